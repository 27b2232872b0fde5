package prose

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// namedShareRe is a share that names its part and its whole but writes
// neither figure: "人员经费占基本支出的比重为53.17%".
var namedShareRe = regexp.MustCompile(`(\p{Han}{2,8})占(\p{Han}{2,8}?)(?:的(?:比重|比例)?(?:为|是|达)?|(?:比重|比例)?(?:为|是|达))\s*([0-9]+(?:\.[0-9]+)?)[%％]`)

// checkNamedShares checks such a share against the amounts the paragraph,
// or the one before it, gives the part and the whole by those names ("基本
// 支出888.04万元，…包括人员经费786.71万元": 786.71 ÷ 888.04 = 88.59%), when
// each name has one amount there, in one unit.
func checkNamedShares(p *audit.Pass) {
	us := proseUnits(p).units
	for i, u := range us {
		if !cjk.Contains(u.text, "占") {
			continue
		}
		for _, m := range namedShareRe.FindAllStringSubmatchIndex(u.text, -1) {
			partName, wholeName := u.text[m[2]:m[3]], u.text[m[4]:m[5]]
			if partName == wholeName || cjk.Contains(wholeName, "上年") || cjk.Contains(partName, "上年") {
				continue
			}
			if sharedWithBase(u, m[6]) {
				continue // runPRS006 checks it against the base it names
			}
			var prev *unit
			if i > 0 && u.span.Start-us[i-1].span.End <= 2 {
				prev = us[i-1]
			}
			part, pu, ok1 := namedAmount(u, prev, partName, m[0])
			whole, wu, ok2 := namedAmount(u, prev, wholeName, m[0])
			if ok1 && !ok2 {
				// "人员经费1,876.08万元…人员经费占支出合计的79.73%" with 支出合计
				// only in the table that shows the 人员经费 row
				whole, ok2 = tableWhole(p, part, wholeName)
				wu = nil
			}
			if !ok1 || !ok2 || part.Unit != whole.Unit || whole.Mant <= 0 {
				continue
			}
			rate := figures.ParseCell(u.text[m[6]:m[7]])
			rate.Percent = true
			ok, computed, valid := figures.RatioConsistent(rate, part.Number, whole.Number, figures.HalfUp)
			if !valid || ok {
				continue
			}
			pct := new(bigRat).Mul(computed, hundred)
			if oneLastDigitOff(pct, rate) {
				continue // (a share nudged to make 100%)
			}
			rs := model.Span{Start: u.span.Start + m[6], End: u.span.Start + m[7] + len("%")}
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       rs,
				Expr:       fmt.Sprintf("%s ÷ %s = %s%% ≠ %s%%", part.String(), whole.String(), figures.FormatRat(pct, rate.Dec+2), rate.String()),
				Expected:   figures.FormatRat(pct, rate.Dec) + "%",
				Actual:     rate.String() + "%",
				Confidence: 0.7,
				Related:    []model.Span{pu.spanOf(part)},
			}
			f.Message = fmt.Sprintf("写「%s占%s」%s%%，按%s %s ÷ %s %s 计算应为 %s%%。", partName, wholeName, rate.String(), partName, show(part), wholeName, show(whole), figures.FormatRat(pct, rate.Dec))
			f.MessageEN = fmt.Sprintf("The share of %s in %s is written %s%%, but %s ÷ %s is %s%%.", partName, wholeName, rate.String(), part.String(), whole.String(), figures.FormatRat(pct, rate.Dec))
			at := m[6]
			if want, hint, ok := wholeSlip(rate, part, whole); ok && wu == u {
				// "营业收入71.97亿元；营业成本15.43亿元，营业成本占营业收入的
				// 85.87%": 17.97, two digits swapped, gives the share — the
				// whole is wrong
				f.Span, at = wu.spanOf(whole), whole.Start
				f.Expected, f.Actual = want+whole.Unit, show(whole)
				f.Message += fmt.Sprintf("按所写占比推算，%s %s 应约为 %s%s，%s。", wholeName, show(whole), want, whole.Unit, hint)
				f.MessageEN += fmt.Sprintf(" By the share, %s should be about %s%s.", show(whole), want, whole.Unit)
			} else if want, hint, ok := partSlip(rate, part, whole); ok && pu == u {
				f.Span, at = pu.spanOf(part), part.Start
				f.Expected, f.Actual = want+part.Unit, show(part)
				f.Message += fmt.Sprintf("按所写占比推算，%s %s 应约为 %s%s，%s。", partName, show(part), want, part.Unit, hint)
				f.MessageEN += fmt.Sprintf(" By the share, %s should be about %s%s.", show(part), want, part.Unit)
			}
			locate(p, u, &f, at)
			p.Report(f)
		}
	}
}

// tableWhole returns the figure of the whole of a named share from the
// tables: in every table showing the part's amount (to its digits, in its
// unit) in a row, the row named exactly whole, in that column. ok is false
// when no table has one or the tables give two.
func tableWhole(p *audit.Pass, part figures.Quantity, whole string) (figures.Quantity, bool) {
	x := xrefFactsOf(p)
	want := x.normalizeLabel(whole)
	var hit figures.Quantity
	n := 0
	for _, cf := range x.allCellFacts() {
		if cf.percent || !cf.known || cf.mant != part.Mant || int(cf.dec) != part.Dec || cf.unit != part.Unit {
			continue
		}
		for _, r := range cf.blk.Rows {
			if r.Index == cf.r.Index || x.normalizeLabel(strings.TrimPrefix(r.Label, "其中：")) != want {
				continue
			}
			c := r.Cells[cf.col.Index]
			if !c.HasValue() || c.Num.Mant <= 0 || c.Num.Percent {
				continue
			}
			if n > 0 && (c.Num.Mant != hit.Mant || c.Num.Dec != hit.Dec) {
				return figures.Quantity{}, false
			}
			hit = figures.Quantity{Number: c.Num, Label: whole}
			hit.Unit = part.Unit
			n++
		}
	}
	return hit, n > 0
}

// sharedWithBase reports whether the analysis of u holds the share whose
// rate starts at offset at with its base's figure.
func sharedWithBase(u *unit, at int) bool {
	for _, sh := range u.st.Shares {
		if sh.Rate.Start == at && len(sh.Bases) > 0 {
			return true
		}
	}
	return false
}

// namedAmount returns the one amount of money labelled name in the text of
// u before offset at, else in prev, with its unit; ok is false when there
// is none or several differing.
func namedAmount(u, prev *unit, name string, at int) (figures.Quantity, *unit, bool) {
	for _, w := range []*unit{u, prev} {
		if w == nil {
			continue
		}
		var hit figures.Quantity
		n := 0
		for _, q := range w.st.Quantities {
			if w == u && q.Start >= at {
				break
			}
			if q.Percent || q.Approx || !figures.IsMoneyUnit(q.Unit) || q.Label != name && !strings.HasSuffix(q.Label, name) {
				continue
			}
			if n > 0 && (q.Mant != hit.Mant || q.Dec != hit.Dec) {
				return figures.Quantity{}, nil, false
			}
			hit, n = q, n+1
		}
		if n > 0 {
			return hit, w, true
		}
	}
	return figures.Quantity{}, nil, false
}
