package table

import "github.com/crossfoot/crossfoot/audit"

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
				// The messages, the expression and the figures are written
				// into one buffer and cut from one string:
				// "%s行%s列%s: %s 使所在列与所在行均不平，疑为错数（按列应为 %s" + "，与按行一致）" or "，按行应为 %s）",
				// "%s, row %s, column %s: %s breaks both its column and its row total; probably wrong (its column implies %s" + …
				var mb [1024]byte
				b6 := append(mb[:0], names.prefix...)
				b6 = append(b6, "行"...)
				b6 = appendRowName(b6, d.cell.Row)
				b6 = append(b6, "列"...)
				b6 = appendColName(b6, d.cell.Column)
				b6 = append(b6, ": "...)
				b6 = d.cell.Num.Append(b6)
				b6 = append(b6, " 使所在列与所在行均不平，疑为错数（按列应为 "...)
				b6 = d.byCol.Append(b6)
				if d.agree {
					b6 = append(b6, "，与按行一致）"...)
				} else {
					b6 = append(b6, "，按行应为 "...)
					b6 = d.byRow.Append(b6)
					b6 = append(b6, "）"...)
				}
				nMsg := len(b6)
				b6 = append(b6, names.prefixEN...)
				b6 = append(b6, ", row "...)
				b6 = appendRowNameEN(b6, d.cell.Row)
				b6 = append(b6, ", column "...)
				b6 = appendColNameEN(b6, d.cell.Column)
				b6 = append(b6, ": "...)
				b6 = d.cell.Num.Append(b6)
				b6 = append(b6, " breaks both its column and its row total; probably wrong (its column implies "...)
				b6 = d.byCol.Append(b6)
				if d.agree {
					b6 = append(b6, ", as does its row)"...)
				} else {
					b6 = append(b6, ", its row "...)
					b6 = d.byRow.Append(b6)
					b6 = append(b6, ")"...)
				}
				nEN := len(b6)
				b6 = append(b6, "列："...)
				b6 = append(b6, expression(d.col)...)
				b6 = append(b6, "；行："...)
				b6 = append(b6, expression(d.row)...)
				nExpr := len(b6)
				b6 = d.byCol.Append(b6)
				nExp := len(b6)
				b6 = d.cell.Num.Append(b6)
				nAct := len(b6)
				b6 = sub(d.cell.Num, d.byCol).Append(b6)
				all := string(b6)
				f := audit.Finding{
					Severity:   audit.Error,
					Message:    all[:nMsg],
					MessageEN:  all[nMsg:nEN],
					Location:   res.location(p.Doc, d.cell),
					Span:       d.cell.Span,
					Expr:       all[nEN:nExpr],
					Expected:   all[nExpr:nExp],
					Actual:     all[nExp:nAct],
					Difference: all[nAct:],
					Confidence: d.conf,
					Hint:       d.hint.Hint,
					HintEN:     d.hint.HintEN,
					Related:    res.takeSpans(2),
				}
				f.Related[0], f.Related[1] = d.col.target.Span, d.row.target.Span
				p.Report(f)
			}
		},
	}
}
