// Package sequence holds the SEQ rules: numbering that repeats or skips
// (一、二、四、; （1）（2）（2）; 指标1…指标8, 指标4 in a table column) and
// variants of the reporting body's name that drop or add an inner segment
// ("湘西土家族苗族工业和信息化局" for "湘西土家族苗族自治州工业和信息化局").
//
// Numbering is read from the text itself (paragraph starts, cell lines and
// table columns); restarts at 1 under a new higher-level item are allowed.
// The package knows nothing about file formats.
package sequence
