// Package tables understands the tables of a parsed report: which rows are
// headers and which hold data, the column paths composed from multi-level
// headers ("支出合计 › 其中 › 基本支出 › 其中 › 人员支出"), row labels and
// their hierarchy (一、/1./（1）/其中), total rows and columns, year,
// difference, rate and score columns, units, and every data cell's figure.
//
// One model.Table often holds several logical tables (a title row such as
// "年度收入情况（万元）" followed by its own header and data rows); each is a
// Block. Tables that are forms (联系人 | 杨琛 | 联系电话 | …) or prose grids
// are classified as such and carry no arithmetic.
//
// Analyze computes everything once; rules obtain it through audit.Fact (see
// rules/table) and read it, never re-deriving structure. tables knows
// nothing about rules, findings or output formats; it depends on model and
// figures only.
package tables
