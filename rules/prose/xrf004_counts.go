package prose

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// countChangeReversed checks a count and its change against last year
// written in the count's unit ("年末全县常住人口33.90万人，比上年末增加0.13万人",
// "在校学员12114人，比上年增加223人") against the one table row that shows the
// count exactly for the report year beside last year's figure (or its
// 增减 column): a change of the written size and the other sign means the
// direction word is reversed. Amounts of money are checkDirectionByTable's;
// counts there are left out because prose counts are not cross-referenced.
func countChangeReversed(p *audit.Pass, x *xrefFacts, cfs []cellFacts, done map[int]bool) {
	ry := x.reportYear()
	if ry == 0 {
		return
	}
	for _, u := range proseUnits(p).units {
		for _, c := range u.st.Comparisons {
			d := c.Diff
			if c.Base != nil || d == nil || c.DiffSign == 0 || d.Mant <= 0 || d.Approx || d.Percent || d.Unit == "" ||
				figures.IsMoneyUnit(d.Unit) || strings.HasSuffix(d.Unit, "百分点") || done[u.span.Start+d.Start] {
				continue
			}
			if c.Rate != nil && c.RateSign != c.DiffSign {
				continue // "增加…降幅" contradicts itself: PRS004's
			}
			if x.baseYearAt(u.text, c.Anchor) != ry-1 {
				continue
			}
			cur := countBefore(u, c)
			if cur == nil || cur.Unit != d.Unit {
				continue
			}
			cell, change, rows := countRow(x, cfs, u.text, cur, ry)
			if rows != 1 || change.Mant == 0 || signOf(change.Mant) == c.DiffSign {
				continue
			}
			if abs64(change.Mant) != d.Mant || int(change.Dec) != d.Dec {
				continue // another size: another row, or a slip XRF001 may see
			}
			reportCountReversed(p, u, c, cur, cell, change)
		}
	}
}

// countBefore returns the count the comparison c is about: its current
// figure, or the figure right before its anchor in the same clause, when
// that one is a count (not money, not a percentage) with a label.
func countBefore(u *unit, c figures.Comparison) *figures.Quantity {
	if c.Cur != nil {
		return countFigure(c.Cur)
	}
	sent := u.sentenceOf(c.Anchor.Start)
	var last *figures.Quantity
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.End > c.Anchor.Start {
			break
		}
		if q.Start >= sent.Start {
			last = q
		}
	}
	if last == nil || strings.ContainsAny(u.text[last.End:c.Anchor.Start], "；;。") {
		return nil
	}
	return countFigure(last)
}

// countFigure returns q when it is a labelled count or measure outside
// money, nil otherwise.
func countFigure(q *figures.Quantity) *figures.Quantity {
	if q.Approx || q.Chinese || q.Percent || q.Label == "" || q.Unit == "" || figures.IsMoneyUnit(q.Unit) {
		return nil
	}
	return q
}

// countRow finds the rows showing count a exactly in a column of the
// report year (or of no year), named like a or named by its column with
// the row's name written before a in the sentence ("老年大学（学校）40所，在校
// 学员12114人" for the row 老年大学（学校） under 2024年在校学员（人）), that
// also show last year's figure or a change. It returns the last such
// cell, its row's change and the number of rows.
func countRow(x *xrefFacts, cfs []cellFacts, text string, a *figures.Quantity, ry int) (*cellFacts, figures.Number, int) {
	named := figureNamer(x, text, a)
	var cell *cellFacts
	var change figures.Number
	rows := 0
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || cf.rowLbl < 0 || cf.year != ry && cf.year != 0 || cf.year == 0 && yearCellOf(cfs, i, ry) != nil {
			continue
		}
		if !sameCount(a, cf) && !sameFigureInUnit(a, cf) {
			continue
		}
		if !named(cf) && !namedByColumnInSentence(cf, text, a) {
			continue
		}
		var ch figures.Number
		if o := yearCellOf(cfs, i, ry-1); o != nil {
			n, b := cf.number(), o.number()
			if b.Kind != figures.Value {
				continue
			}
			m, dec := figures.Sum([]figures.Number{n, {Mant: -b.Mant, Dec: b.Dec, Kind: figures.Value}})
			ch = figures.Number{Mant: m, Dec: dec, Kind: figures.Value}
		} else if dn, ok := diffCell(cf); ok {
			ch = dn
		} else {
			continue
		}
		if cell == nil || cell.r != cf.r {
			rows++
		}
		cell, change = cf, ch
	}
	return cell, change, rows
}

// namedByColumnInSentence reports a figure named by cell cf's column (its
// year and unit aside: 在校学员 for 2024年在校学员（人）) in a sentence that
// names the cell's row before it.
func namedByColumnInSentence(cf *cellFacts, text string, a *figures.Quantity) bool {
	col := yearless(cf.col.Name())
	if i := strings.IndexAny(col, "（("); i > 0 {
		col = col[:i]
	}
	if utf8.RuneCountInString(col) < 2 || col != a.Label {
		return false
	}
	row := strings.TrimLeft(strings.TrimSpace(cf.r.Label), "\u3000 ")
	if utf8.RuneCountInString(row) < 2 {
		return false
	}
	start := strings.LastIndexAny(text[:a.LabelStart], "。；;")
	return cjk.Contains(text[max(start, 0):a.LabelStart], row)
}

func reportCountReversed(p *audit.Pass, u *unit, c figures.Comparison, cur *figures.Quantity, cell *cellFacts, change figures.Number) {
	right := bySign(signOf(change.Mant), "增加", "减少")
	at := c.DiffAt.Start
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: c.Diff.End}}),
		Expr:       fmt.Sprintf("%s%s ↔ %s", c.DiffWord, show(*c.Diff), change.String()),
		Expected:   right,
		Actual:     c.DiffWord,
		Confidence: 0.8,
		Related:    []model.Span{u.spanOf(*cur), cell.span()},
	}
	tbl := cell.table().Number
	f.Message = fmt.Sprintf("写「%s%s」，但表%d「%s」行「%s」为 %s，比上年的变化为 %s，应为%s，方向写反。",
		c.DiffWord, show(*c.Diff), tbl, cell.r.Label, cell.col.Name(), cell.number().String(), change.String(), right)
	f.MessageEN = fmt.Sprintf("The text says %q %s, but table %d row %q shows %s under %q, a change of %s from last year: the direction is reversed.",
		c.DiffWord, show(*c.Diff), tbl, cell.r.Label, cell.number().String(), cell.col.Name(), change.String())
	locate(p, u, &f, at)
	p.Report(f)
}
