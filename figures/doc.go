// Package figures reads numbers, units, years, labels and statements out of
// table cells and prose, each with its span, and does the rounding-aware
// arithmetic the rules need: a value shown with d decimals stands for the
// interval ±0.5·10⁻ᵈ (XBRL Calculations 1.1), sums and ratios are compared by
// interval overlap, and amounts are kept exact as integer mantissas.
//
// figures depends on the standard library only. It knows nothing about
// documents, tables or rules.
package figures
