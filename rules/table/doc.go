// Package table holds the table-arithmetic rules (IDs TBL…): totals rows
// against their detail rows (footing), total columns against their
// sub-columns (cross-footing), "其中" subsets, difference columns, rate
// columns, and the diagnosis of the one wrong cell where a row and a column
// both fail.
//
// Structure comes from package tables (computed once per document through
// audit.Fact); where labels do not say which columns add up, the relation
// is inferred from the figures and accepted only when it holds on a clear
// majority of rows. Comparisons use the rounding intervals of package
// figures, so a 0.01 difference from rounding is never an error.
//
// Each rule lives in its own file (tbl001.go, …); checks.go computes the
// shared checks. The package knows nothing about file formats or output.
package table
