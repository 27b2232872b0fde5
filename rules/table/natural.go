package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// checkNaturalGrowth checks the rows of a population table that define one
// another: 人口自然增长率 = 出生率 − 死亡率, in every column of figures
// (2024年, 2023年). The finding is on the growth rate's cell: the two rates
// it is worked out from are read directly, it is not.
func checkNaturalGrowth(p *audit.Pass, res *results, r figures.Rounding) {
	for _, t := range Analysis(p).Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic {
				continue
			}
			birth, death, nat := -1, -1, -1
			for i, row := range b.Rows {
				switch l := row.Label; {
				case cjk.Contains(l, "自然增长率"):
					nat = i
				case cjk.Contains(l, "出生率"):
					birth = i
				case cjk.Contains(l, "死亡率"):
					death = i
				}
			}
			if birth < 0 || death < 0 || nat < 0 {
				continue
			}
			for _, c := range b.Columns {
				if c.Role != tables.Amount {
					continue
				}
				bn, dn, nn := b.Rows[birth].Cells[c.Index].Num, b.Rows[death].Cells[c.Index].Num, b.Rows[nat].Cells[c.Index].Num
				if bn.Kind != figures.Value || dn.Kind != figures.Value || nn.Kind != figures.Value {
					continue
				}
				ns := []figures.Number{bn, neg(dn)}
				if figures.SumHolds(ns, nn, r) {
					continue
				}
				sc := figures.CheckSum(ns, nn, r)
				d := sc.Diff
				if d.Mant < 0 {
					d.Mant = -d.Mant
				}
				expr := fmt.Sprintf("%s − %s = %s ≠ %s，差 %s", bn.String(), dn.String(), sc.Sum.String(), nn.String(), d.String())
				cell := b.At(nat, c.Index)
				names := res.nameOf(b)
				p.Report(audit.Finding{
					Severity:   audit.Error,
					Message:    fmt.Sprintf("%s%s: %s应等于出生率 − 死亡率", names.prefix, rowAt(b.Rows[nat]), colName(c)),
					MessageEN:  fmt.Sprintf("%s%s: %s must be the birth rate minus the death rate", names.prefixEN, rowAtEN(b.Rows[nat]), colNameEN(c)),
					Location:   res.location(p.Doc, cell),
					Span:       cell.Span,
					Expr:       expr,
					Expected:   sc.Sum.String(),
					Actual:     p.Doc.Slice(cell.Span),
					Confidence: 0.9,
					Related:    []model.Span{b.At(birth, c.Index).Span, b.At(death, c.Index).Span},
				})
			}
		}
	}
}
