// Package tableview shows how crossfoot understood a document's tables
// (`crossfoot extract --tables`): each table's blocks with their kind and
// unit, each value column with its header path and role (合计, 本年/上年,
// 增减额, 增减率, 分值, 得分), each data row with its label and role (合计,
// 其中, level, parent row) and the figures read from its cells. A reviewer
// who doubts a finding reads here which row crossfoot took for the total
// and which columns for the parts.
//
// It writes Markdown (Chinese or English) and a versioned JSON wire form.
// It knows the model and the table analysis; nothing of parsers, rules or
// findings.
package tableview
