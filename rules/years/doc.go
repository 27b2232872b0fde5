// Package years holds the YR rules: figures and sentences whose year label
// contradicts the report year. It determines the report year from the
// title, "（2022年度）" notes, table headers and the filing date, then flags
// a figure labelled with another year that equals a report-year figure,
// comparisons against a base other than the prior year, paragraphs about
// two earlier years only, and paragraphs copied from a report-year one
// with only the year changed.
//
// The rules are warnings: a year mistake needs a human look. They know
// nothing about file formats.
package years
