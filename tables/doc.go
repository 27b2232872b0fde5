// Package tables understands the tables of a parsed report: which rows are
// headers and which hold data, the column paths composed from multi-level
// headers ("支出合计 › 其中 › 基本支出 › 其中 › 人员支出"), row labels and
// their hierarchy (一、/（一）/1./（1）/其中), total rows and columns, year,
// difference, rate and score columns, units, and every data cell's figure.
//
// One model.Table often holds several logical tables (a title row such as
// "年度收入情况（万元）" followed by its own header and data rows); each is a
// Block. Tables that are forms (联系人 | 杨琛 | 联系电话 | …) or prose grids
// are classified as such (Kind Form, Text) and carry no arithmetic.
//
// # Using it from a rule
//
// Compute the analysis once per document through the shared fact key:
//
//	a := audit.Fact(pass, tables.FactKey, tables.Analyze)
//
// Then walk a.Tables → Table.Blocks → Block.Rows / Block.Columns, or take
// every figure at once with a.DataCells(). A DataCell carries:
//
//   - Num: the parsed figures.Number (exact mantissa, decimals, %, unit);
//   - Span: the figure's bytes in Document.Text (for Finding.Span);
//   - Row: Label ("2.州中小微企业服务中心"), LabelPath, Marker/Level/Parent
//     (numbering), Total/Subtotal (合计 rows), Subset/List (其中 rows),
//     Group (a heading row without figures, "按收入性质分：");
//   - Column: Path/PathString(), Name(), Role (Amount, Diff, Rate,
//     ScoreMax 分值/权重, ScoreGot 得分, OtherText), RateKind (growth,
//     execution, share, score rate), Year (2022) and Period (本年/上年, or
//     the later/earlier year), Budget/Actual (预算 vs 决算/执行), Total;
//   - Unit(): the figure's own unit, else the column's, else the block's
//     ("万元" from "单位：万元", "（万元）" or a title such as
//     "年度收入情况（万元）"); compare 元 and 万元 tables with
//     figures.UnitScale.
//
// Score tables (Block.Kind == Score) have ScoreMax and ScoreGot columns;
// the table rules leave their scoring arithmetic to the SCR rules.
//
// tables knows nothing about rules, findings or output formats; it depends
// on model and figures only. Analyze never fails: a table it cannot make
// sense of becomes a Text block.
package tables
