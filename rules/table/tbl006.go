package table

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

func tbl006(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL006",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:     "行列同时不平：定位错误单元格",
			TitleEN:   "Row and column both fail: the wrong cell",
			Explain:   "当某一单元格所在的列合计与行合计同时不平，且改正这一个数即可使两者（近似）平衡时，判定该单元格为错数，给出按列和按行应有的数，并识别小数点错位（×10、÷10、×100、×10⁴）或相邻数字颠倒。此时不再另报该行、该列。同一行的增减额（本年 − 上年）与完成率（本年 ÷ 预算）同时不符、而按增减额推得的本年数恰使完成率相符时，也判定该本年数为错数。",
			ExplainEN: "When a cell's column total and row total both fail and correcting that one figure would (nearly) balance both, the cell is reported as the wrong one, with the values its column and its row imply and a diagnosis of shifted decimals (×10, ÷10, ×100, ×10⁴) or swapped digits. The row and column failures are then not reported separately. So is a cell that breaks both its row's 增减额 (this year − last) and a rate (this year ÷ budget) where the value the difference implies makes the rate hold.",
			Bad:       "汇总行「上年结转」1958.52，而各单位上年结转之和为 195.85",
			Good:      "汇总行「上年结转」195.85",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, d := range res.cells {
				b := d.cell.Block
				names := res.nameOf(b)
				exp := d.byCol.String()
				var expr string
				msg := fmt.Sprintf("%s%s列%s: %s 使所在列与所在行均不平，疑为错数（按列应为 %s", names.prefix, rowAt(d.cell.Row), colName(d.cell.Column), d.cell.Num.String(), exp)
				msgEN := fmt.Sprintf("%s%s, column %s: %s breaks both its column and its row total; probably wrong (its column implies %s", names.prefixEN, rowAtEN(d.cell.Row), colNameEN(d.cell.Column), d.cell.Num.String(), exp)
				if d.byRate {
					// the row's relation is its rate: show it recomputed with
					// the value the column implies
					num, den := d.row.part(0).Num, d.row.part(1).Num
					if d.cell.Span == d.row.part(0).Span {
						num = d.byCol
					} else {
						den = d.byCol
					}
					again := rateResultOf(d.row.target.Num, num, den, d.row.growth, d.row.pct || d.row.target.Num.Percent)
					shown := p.Doc.Slice(d.row.target.Span)
					same, sameEN := "与表中一致", "as shown"
					if strings.TrimSuffix(again.computed, "%") != strings.TrimSuffix(strings.TrimSpace(shown), "%") {
						same, sameEN = "与表中 "+shown+" 在四舍五入误差内", "within rounding of the shown "+shown
					}
					msg = fmt.Sprintf("%s%s列%s: %s 与所在列的合计不平，本行%s也因此不符，疑为错数（按列应为 %s，以此计算%s为 %s，%s）",
						names.prefix, rowAt(d.cell.Row), colName(d.cell.Column), d.cell.Num.String(), colName(d.row.target.Column), exp, colName(d.row.target.Column), again.computed, same)
					msgEN = fmt.Sprintf("%s%s, column %s: %s breaks its column's total and so its row's %s; probably wrong (its column implies %s, which gives %s %s, %s)",
						names.prefixEN, rowAtEN(d.cell.Row), colNameEN(d.cell.Column), d.cell.Num.String(), colNameEN(d.row.target.Column), exp, colNameEN(d.row.target.Column), again.computed, sameEN)
					expr = "列：" + expression(d.col) + "；行：" + d.row.rate.expr
					if d.col.kind == kSubset {
						msg = fmt.Sprintf("%s%s列%s: %s 使所在列“其中”各项之和超过%s，本行%s也因此不符，疑为错数（按%s应为 %s，以此计算%s为 %s，%s）",
							names.prefix, rowAt(d.cell.Row), colName(d.cell.Column), d.cell.Num.String(), rowName(d.col.target.Row), colName(d.row.target.Column), rowName(d.col.target.Row), exp, colName(d.row.target.Column), again.computed, same)
						msgEN = fmt.Sprintf("%s%s, column %s: %s makes the 其中 parts exceed %s and breaks its row's %s; probably wrong (%s implies %s, which gives %s %s, %s)",
							names.prefixEN, rowAtEN(d.cell.Row), colNameEN(d.cell.Column), d.cell.Num.String(), rowNameEN(d.col.target.Row), colNameEN(d.row.target.Column), rowNameEN(d.col.target.Row), exp, colNameEN(d.row.target.Column), again.computed, sameEN)
					}
					if d.byDiff {
						msg = fmt.Sprintf("%s%s列%s: %s 使本行%s与%s均不符，疑为错数（按%s应为 %s，以此计算%s为 %s，%s）",
							names.prefix, rowAt(d.cell.Row), colName(d.cell.Column), d.cell.Num.String(), colName(d.col.target.Column), colName(d.row.target.Column), colName(d.col.target.Column), exp, colName(d.row.target.Column), again.computed, same)
						msgEN = fmt.Sprintf("%s%s, column %s: %s breaks both its row's %s and %s; probably wrong (%s implies %s, which gives %s %s, %s)",
							names.prefixEN, rowAtEN(d.cell.Row), colNameEN(d.cell.Column), d.cell.Num.String(), colNameEN(d.col.target.Column), colNameEN(d.row.target.Column), colNameEN(d.col.target.Column), exp, colNameEN(d.row.target.Column), again.computed, sameEN)
						expr = expression(d.col) + "；" + d.row.rate.expr
					}
				} else if expr = "列：" + expression(d.col) + "；行：" + expression(d.row); d.agree {
					msg += "，与按行一致）"
					msgEN += ", as does its row)"
				} else {
					msg += fmt.Sprintf("，按行应为 %s）", d.byRow.String())
					msgEN += fmt.Sprintf(", its row %s)", d.byRow.String())
				}
				f := audit.Finding{
					Severity:   audit.Error,
					Message:    msg,
					MessageEN:  msgEN,
					Location:   res.location(p.Doc, d.cell),
					Span:       d.cell.Span,
					Expr:       expr,
					Expected:   exp,
					Actual:     d.cell.Num.String(),
					Difference: sub(d.cell.Num, d.byCol).String(),
					Confidence: d.conf,
					Hint:       d.hint.Hint,
					HintEN:     d.hint.HintEN,
					Related:    []model.Span{d.col.target.Span, d.row.target.Span},
				}
				p.Report(f)
			}
		},
	}
}
