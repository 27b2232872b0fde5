package table

import (
	"fmt"

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
			Explain:   "当某一单元格所在的列合计与行合计同时不平，且改正这一个数即可使两者（近似）平衡时，判定该单元格为错数，给出按列和按行应有的数，并识别小数点错位（×10、÷10、×100、×10⁴）或相邻数字颠倒。此时不再另报该行、该列。",
			ExplainEN: "When a cell's column total and row total both fail and correcting that one figure would (nearly) balance both, the cell is reported as the wrong one, with the values its column and its row imply and a diagnosis of shifted decimals (×10, ÷10, ×100, ×10⁴) or swapped digits. The row and column failures are then not reported separately.",
			Bad:       "汇总行「上年结转」1958.52，而各单位上年结转之和为 195.85",
			Good:      "汇总行「上年结转」195.85",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, d := range res.cells {
				b := d.cell.Block
				names := res.nameOf(b)
				exp := d.byCol.String()
				expr := "列：" + expression(d.col) + "；行：" + expression(d.row)
				msg := fmt.Sprintf("%s行%s列%s: %s 使所在列与所在行均不平，疑为错数（按列应为 %s", names.prefix, rowName(d.cell.Row), colName(d.cell.Column), d.cell.Num.String(), exp)
				msgEN := fmt.Sprintf("%s, row %s, column %s: %s breaks both its column and its row total; probably wrong (its column implies %s", names.prefixEN, rowNameEN(d.cell.Row), colNameEN(d.cell.Column), d.cell.Num.String(), exp)
				if d.agree {
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
