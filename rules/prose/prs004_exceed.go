package prose

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// exceedWords claim a target was passed.
var exceedWords = [...]string{"超额完成", "超计划完成"}

// checkExceeded reports "超额完成" in a clause chain that gives the
// completion rate as under 100%: "完成年度计划的98.3%，…，超额完成年度计划";
// "实际完成37.51公里，完成率80.7%，超额完成年度目标".
func checkExceeded(p *audit.Pass, u *unit) {
	if !strings.Contains(u.text, "超") {
		return
	}
	for _, w := range exceedWords {
		for from := 0; ; {
			k := strings.Index(u.text[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(w)
			if rate := completionBefore(u, at); rate == nil {
				checkExceededByTable(p, u, at, w)
			} else {
				f := audit.Finding{
					Severity:   audit.Error,
					Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(w)}}),
					Expr:       fmt.Sprintf("%s < 100%%", show(*rate)),
					Expected:   "未完成",
					Actual:     w,
					Confidence: 0.85,
					Related:    spans(u, rate),
				}
				f.Message = fmt.Sprintf("写「%s」，但前面写的完成率是 %s，不足100%%：用词与数字矛盾。", w, show(*rate))
				f.MessageEN = fmt.Sprintf("The text says %q, but the completion rate it gives before is %s, under 100%%.", w, show(*rate))
				locate(p, u, &f, at)
				p.Report(f)
			}
		}
	}
}

// completionBefore returns the completion rate (完成…的R%, 完成率R%) of
// the clause chain before offset at in u's sentence, when it is under
// 100%; nil for none, a rate of 100% or more, or a clause break (；) or a
// negation between.
func completionBefore(u *unit, at int) *figures.Quantity {
	sent := u.sentenceOf(at)
	qs := u.st.Quantities
	for i := len(qs) - 1; i >= 0; i-- {
		q := &qs[i]
		if q.Start >= at || q.Start < sent.Start {
			continue
		}
		between := u.text[q.End:at]
		if strings.Contains(between, "；") || strings.Contains(between, ";") || strings.Contains(between, "未") {
			return nil
		}
		if !q.Percent {
			continue
		}
		if !strings.Contains(q.Lead, "完成") || strings.Contains(q.Lead, "增长") || strings.Contains(q.Lead, "进度") {
			return nil // the nearest rate is another one (增长10.6%, 序时进度)
		}
		if q.Approx || q.Mant <= 0 || q.Mant >= 100*pow10(q.Dec) {
			return nil
		}
		return q
	}
	return nil
}

// checkExceededByTable reports "争取中央预算内投资项目43个，超额完成年度目标"
// when the one table row showing the figure, named like it, gives a
// completion rate (完成率) under 100%.
func checkExceededByTable(p *audit.Pass, u *unit, at int, w string) {
	sent := u.sentenceOf(at)
	qs := u.st.Quantities
	var q *figures.Quantity
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].Start < at && qs[k].Start >= sent.Start {
			q = &qs[k]
			break
		}
	}
	if q == nil || q.Percent || q.Approx || q.Label == "" || utf8.RuneCountInString(q.Label) < 4 || strings.ContainsAny(u.text[q.End:at], "；;") {
		return
	}
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	label := figures.NewLabel(x.normalizeLabel(q.Label))
	written := q.String() + q.Unit // "43个", as a cell of the row writes it
	var rate *cellFacts
	var row *tables.Row
	rows := 0
	for i := range cfs {
		o := &cfs[i]
		if !o.percent || !strings.Contains(o.col.Name(), "完成") || strings.Contains(o.col.Name(), "完成值") || o.rowLbl < 0 {
			continue // the completion rates (完成率), by row
		}
		if !cellNamed(x, o, &label) && !strings.Contains(o.r.Label, q.Label) || !rowWrites(p.Doc, o, written) {
			continue
		}
		if o.r != row {
			rows++
		}
		row, rate = o.r, o
	}
	if rows != 1 || rate == nil {
		return
	}
	n := rate.number()
	if n.Kind != figures.Value || n.Mant <= 0 || n.Mant >= 100*pow10(n.Dec) {
		return
	}
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(w)}}),
		Expr:       fmt.Sprintf("%s%% < 100%%", n.String()),
		Expected:   "未完成",
		Actual:     w,
		Confidence: 0.8,
		Related:    []model.Span{u.spanOf(*q), rate.span()},
	}
	f.Message = fmt.Sprintf("写「%s」，但表%d「%s」行「%s」为 %s%%，不足100%%：用词与表格矛盾。", w, rate.table().Number, rate.r.Label, rate.col.Name(), n.String())
	f.MessageEN = fmt.Sprintf("The text says %q, but table %d row %q gives %s%% under %q, under 100%%.", w, rate.table().Number, rate.r.Label, n.String(), rate.col.Name())
	locate(p, u, &f, at)
	p.Report(f)
}

// rowWrites reports whether a cell of cf's table row holds text (its
// figures are often not read as such in a column of mixed units).
func rowWrites(d *model.Document, cf *cellFacts, text string) bool {
	mt := cf.blk.Table.T
	for c := 0; c < mt.Cols; c++ {
		if cell := mt.At(cf.r.Row, c); cell != nil && strings.Contains(strings.ReplaceAll(d.Slice(cell.Span), " ", ""), text) {
			return true
		}
	}
	return false
}
