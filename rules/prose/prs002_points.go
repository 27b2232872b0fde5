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

// checkPointsByTable checks "教育经费占一般公共预算支出的比例为18.28%，比上年
// 提高0.98个百分点" whose last year's share only a table shows: the one row
// named like the figure that shows it, to its digits, in the report year's
// column and a share in last year's (17.39): the change is 0.89 points.
func checkPointsByTable(p *audit.Pass, u *unit, c figures.Comparison) {
	if c.Cur == nil || c.Base != nil || c.Diff == nil || !c.Cur.Percent || !cjk.Contains(c.Diff.Unit, "百分点") ||
		c.Cur.Label == "" || c.Cur.Approx || c.Diff.Approx || c.Annual != nil || digitsOf(c.Cur.Mant) < 3 {
		return
	}
	x := xrefFactsOf(p)
	R := x.reportYear()
	if R == 0 || x.baseYearAt(u.text, c.Anchor) != R-1 {
		return
	}
	cfs := x.allCellFacts()
	label := figures.NewLabel(x.normalizeLabel(c.Cur.Label))
	// the rows showing the share, to its digits, with last year's beside
	// it: the one named like the figure, else (four digits or more, not
	// shown so by chance) the only one
	var cur, prev *cellFacts
	named, rows := false, 0
	for i := range cfs {
		cf := &cfs[i]
		if cf.year != R || !sharesShown(cf) || cf.mant != c.Cur.Mant || int(cf.dec) != c.Cur.Dec {
			continue
		}
		o := shareOfYear(cfs, i, R-1)
		if o == nil {
			continue
		}
		isNamed := cellNamed(x, cf, &label)
		switch {
		case isNamed && !named:
			cur, prev, named, rows = cf, o, true, 1
		case isNamed == named && (cur == nil || cur.r != cf.r):
			cur, prev = cf, o
			rows++
		}
	}
	if cur == nil || rows > 1 || !named && digitsOf(c.Cur.Mant) < 4 {
		return
	}
	cn, pn := cur.number(), prev.number()
	cn.Percent, pn.Percent = false, false
	d := c.Diff.Number
	mag, dir, exp := figures.DiffCheck(cn, pn, d, c.DiffSign)
	if mag || !dir && c.DiffSign != 0 {
		return // (a reversed direction is PRS004's and XRF004's)
	}
	if exp.Mant < 0 {
		exp.Mant = -exp.Mant
	}
	dc, pc := cur.dataCell(), prev.dataCell()
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Diff),
		Expr:       fmt.Sprintf("%s − %s = %s ≠ %s", cn.String(), pn.String(), exp.String(), d.String()),
		Expected:   exp.String() + c.Diff.Unit,
		Actual:     show(*c.Diff),
		Confidence: 0.7,
		Related:    []model.Span{u.spanOf(*c.Cur), dc.Span, pc.Span},
	}
	f.Message = fmt.Sprintf("写「%s%s」，按表%d「%s」行本年 %s%%、上年 %s%% 计算应为 %s%s。", c.DiffWord, show(*c.Diff), dc.Table.Number, dc.Row.Label, cn.String(), pn.String(), exp.String(), c.Diff.Unit)
	f.MessageEN = fmt.Sprintf("The stated change %s does not match table %d, row %q: %s%% − %s%% = %s points.", show(*c.Diff), dc.Table.Number, dc.Row.Label, cn.String(), pn.String(), exp.String())
	if dg := figures.Diagnose(d, exp); dg.Slip != figures.NoSlip {
		f.Hint, f.HintEN = dg.Hint, dg.HintEN
	}
	locate(p, u, &f, c.Diff.Start)
	p.Report(f)
}

// sharesShown reports whether cell cf shows a percentage: by its sign, its
// column or its row's unit (占一般公共预算支出比例（%）).
func sharesShown(cf *cellFacts) bool {
	return cf.percent || cf.unit == "%" || strings.HasSuffix(cf.r.Label, "（%）") || strings.HasSuffix(cf.r.Label, "(%)")
}

// shareOfYear returns the percentage of year in the row of cfs[i], nil when
// none or two.
func shareOfYear(cfs []cellFacts, i, year int) *cellFacts {
	cf := &cfs[i]
	var out *cellFacts
	for _, step := range [2]int{-1, 1} {
		for j := i + step; j >= 0 && j < len(cfs) && cfs[j].r == cf.r; j += step {
			if o := &cfs[j]; o.year == year && sharesShown(o) {
				if out != nil {
					return nil
				}
				out = o
			}
		}
	}
	return out
}

// shareNamedBefore returns the share a change in points is of when the
// sentence names it by its part and writes it earlier in the paragraph:
// "项目支出1,041.64万元，占39.73%。项目支出占比比上年的37.04%提高7.26个百分点"
// compares 39.73% with 37.04%. The subject before the anchor must be the
// part's label followed by 占比 or 比重, and the share the last one of that
// part before the sentence; nil otherwise.
func shareNamedBefore(u *unit, c figures.Comparison) *figures.Quantity {
	if c.Base == nil || !c.Base.Percent || !cjk.Contains(c.Diff.Unit, "百分点") {
		return nil
	}
	s := u.sentenceOf(c.Anchor.Start)
	subject := strings.TrimSpace(u.text[s.Start:c.Anchor.Start])
	if k := strings.LastIndexAny(subject, "，,；;："); k >= 0 {
		subject = strings.TrimSpace(subject[k+1:])
	}
	part := ""
	for _, w := range [...]string{"所占比重", "的比重", "占比", "比重"} {
		if rest, ok := strings.CutSuffix(subject, w); ok {
			part = rest
			break
		}
	}
	if utf8.RuneCountInString(part) < 2 {
		return nil
	}
	var hit *figures.Quantity
	for i := range u.st.Shares {
		sh := &u.st.Shares[i]
		if sh.Rate.End <= s.Start && sh.Part.Label == part && sh.Rate.Percent && !sh.Rate.Approx {
			hit = &sh.Rate
		}
	}
	return hit
}
