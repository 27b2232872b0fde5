package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/tables"
)

// checkDiffUnitSlip reports a change written with neither figure beside it
// whose digits and rate are a table row's while its unit of money is not:
// "到位资金增加539.69元，增幅3.72%" in a paragraph in 万元 beside the row
// 合计 | … | 539.69 | 3.72 of a table in 万元. The digits and the rate
// both agreeing tie the change to the row; the paragraph's other amounts in
// the table's unit say which unit is the report's.
func checkDiffUnitSlip(p *audit.Pass, u *unit, c figures.Comparison) {
	if c.Cur != nil || c.Base != nil || c.Diff == nil || c.Rate == nil || c.Diff.Approx || c.Rate.Approx || !c.Rate.Percent ||
		c.Diff.Mant <= 0 || significant(c.Diff.Number) < 3 || significant(c.Rate.Number) < 2 {
		return
	}
	de, ok := figures.UnitExp(c.Diff.Unit)
	if !ok {
		return
	}
	var hit, rate tables.DataCell
	n := 0
	for _, t := range xrefFactsOf(p).tables.Tables {
		for _, b := range t.Blocks {
			_, _, dc, rc := yearColumns(b)
			if dc < 0 || rc < 0 {
				continue
			}
			for i := range b.Rows {
				d, r := b.At(i, dc), b.At(i, rc)
				if d.Num.Kind != figures.Value || abs64(d.Num.Mant) != c.Diff.Mant || d.Num.Dec != c.Diff.Dec ||
					r.Num.Kind != figures.Value || abs64(r.Num.Mant) != c.Rate.Mant || r.Num.Dec != c.Rate.Dec {
					continue
				}
				if te, ok := figures.UnitExp(d.Unit()); !ok || te-de != 4 && de-te != 4 {
					continue
				}
				if n == 0 || hit.Row != d.Row {
					n++
				}
				hit, rate = d, r
			}
		}
	}
	if n != 1 || !amountIn(u, hit.Unit(), c.Diff) {
		return
	}
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Diff),
		Expr:       fmt.Sprintf("%s ≠ %s%s", show(*c.Diff), hit.Num.String(), hit.Unit()),
		Expected:   c.Diff.String() + hit.Unit(),
		Actual:     show(*c.Diff),
		Confidence: 0.7,
		Related:    spans(u, c.Rate),
	}
	f.Related = append(f.Related, hit.Span, rate.Span)
	f.Message = fmt.Sprintf("%s额写作 %s，%s「%s」行「%s」为 %s%s，同句的%s 与该行「%s」一致：单位疑写错（应为%s）。",
		c.DiffWord, show(*c.Diff), tableName(hit.Table.T), strings.TrimPrefix(hit.Row.Label, "其中："), hit.Column.PathString(), hit.Num.String(), hit.Unit(),
		c.RateWord+show(*c.Rate), rate.Column.PathString(), hit.Unit())
	f.MessageEN = fmt.Sprintf("The change %s is the row %s of %s in %s (its rate %s too): the unit is probably wrong.",
		show(*c.Diff), hit.Row.Label, tableName(hit.Table.T), hit.Unit(), show(*c.Rate))
	locate(p, u, &f, c.Diff.Start)
	p.Report(f)
}

// amountIn reports whether u states an amount in unit other than q.
func amountIn(u *unit, unit string, q *figures.Quantity) bool {
	for k := range u.st.Quantities {
		if o := &u.st.Quantities[k]; o.Start != q.Start && o.Unit == unit && !o.Percent {
			return true
		}
	}
	return false
}
