package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// checkLeadInBase checks share s of u, whose paragraph does not state its
// base, against the whole a lead-in paragraph states just before it:
//
//	2024年度一般公共预算财政拨款基本支出713.73万元，其中：
//	人员经费644.80万元，占基本支出的29.34%，主要包括：…
//	公用经费68.93万元，占基本支出的9.66%，主要包括：…
//
// 644.80 ÷ 713.73 is 90.34%. The lead-in ends with a colon and holds one
// amount named as the share's base, in the part's unit; the paragraphs in
// between may hold only shares of that base. It reports whether it found
// such a base (whether or not the share fits it).
func checkLeadInBase(p *audit.Pass, u *unit, s figures.Share) bool {
	if s.Part.Percent || s.Part.Mant <= 0 || !figures.IsMoneyUnit(s.Part.Unit) || cjk.Contains(s.BaseLabel, "上年") {
		return false
	}
	us := proseUnits(p).units
	i := 0
	for i < len(us) && us[i] != u {
		i++
	}
	var base *figures.Quantity
	var lead *unit
	for j := i - 1; j >= 0 && us[j+1].span.Start-us[j].span.End <= 2; j-- {
		o := us[j]
		if !strings.HasSuffix(strings.TrimSpace(o.text), "：") && !strings.HasSuffix(strings.TrimSpace(o.text), ":") {
			if !onlySharesOf(o, s.BaseLabel) {
				return false
			}
			continue // a sibling share's paragraph ("人员经费…占基本支出的…")
		}
		for k := range o.st.Quantities {
			q := &o.st.Quantities[k]
			if q.Percent || q.Approx || q.Unit != s.Part.Unit || q.Mant <= 0 || !strings.HasSuffix(strings.TrimRight(q.Lead, "为是达：: "), s.BaseLabel) || cjk.Contains(q.Lead, "上年") {
				continue
			}
			if base != nil {
				return false // two amounts of that name
			}
			base = q
		}
		lead = o
		break
	}
	if base == nil {
		return false
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, base.Number, figures.HalfUp)
	if !valid || ok {
		return true
	}
	pct := new(bigRat).Mul(computed, hundred)
	reportShareBase(p, u, s, base.Number, pct, 0.6, lead.spanOf(*base),
		fmt.Sprintf("写「占%s的%s」，按 %s ÷ 上文「%s」%s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), show(s.Part), strings.TrimRight(base.Lead, "为是达：: "), show(*base), figures.FormatRat(pct, s.Rate.Dec)),
		fmt.Sprintf("The share %s does not match %s ÷ %s, the %s stated in the paragraph before.", show(s.Rate), s.Part.String(), base.String(), s.BaseLabel))
	return true
}

// onlySharesOf reports whether every share of u is of a base named base
// (and u has at least one).
func onlySharesOf(u *unit, base string) bool {
	for _, s := range u.st.Shares {
		if s.BaseLabel != base || len(s.Bases) > 0 {
			return false
		}
	}
	return len(u.st.Shares) > 0
}

// checkTableNamedBase checks share s, whose base no paragraph near it
// states, against the one amount the tables give under the base's exact
// name in the report's year ("民生支出合计13449.76万元，占一般公共预算支出的
// 60.2%" against 表2's 一般公共预算支出合计, 22338.96): every cell so named,
// of the basis the name allows (an outturn unless it says 预算), in a
// column of the report year or of no year, must show the same amount. The
// name must be four characters or more. It reports whether it found the
// base (whether or not the share fits it).
func checkTableNamedBase(p *audit.Pass, u *unit, s figures.Share) bool {
	if s.Part.Percent || s.Part.Mant <= 0 || !figures.IsMoneyUnit(s.Part.Unit) || cjk.RuneCountUpTo(s.BaseLabel, 4) < 4 || cjk.Contains(s.BaseLabel, "上年") || isChangeFigure(&s.Part) {
		return false // (a change, "比上年增加D万元，占…", is not the part)
	}
	x := xrefFactsOf(p)
	if x.budgetReport() || x.underDraft(u) {
		return false // (its tables' years and bases say too little)
	}
	name := x.normalizeLabel(s.BaseLabel)
	if pl, bl := figures.NewLabel(x.normalizeLabel(s.Part.Label)), figures.NewLabel(name); pl.S == bl.S || pl.Matches(&bl) {
		// "一般公共预算支出87.28亿元，一般公共预算教育支出占一般公共预算支出
		// 的比例为18.80%": the amount is the base, the part is unstated
		return false
	}
	want, ry := basisOf(s.BaseLabel), x.reportYear()
	var base *cellFacts
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || !cf.known || cf.mant <= 0 || cf.year != 0 && cf.year != ry || !want.compatible(cf.basis) || !rowNamedExactly(x, cf, name) {
			continue
		}
		if base != nil && !sameAmount(base, cf) {
			return false // two amounts of that name: which is meant is open
		}
		base = cf
	}
	if base == nil {
		return false
	}
	bn := base.number()
	bn.Unit = base.unit
	bq, ok := figures.InUnitOf(figures.Quantity{Number: bn}, s.Part.Unit)
	if !ok || bq.Mant <= 0 {
		return true
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, bq.Number, figures.HalfUp)
	if !valid || ok || proseBaseFits(p, x, s) || fitsAmountBefore(u, s) {
		return true
	}
	pct := new(bigRat).Mul(computed, hundred)
	dc := base.dataCell()
	reportShareBase(p, u, s, bq.Number, pct, 0.5, dc.Span,
		fmt.Sprintf("写「占%s的%s」，按 %s ÷ 表%d「%s」%s%s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), show(s.Part), dc.Table.Number, dc.Row.Label, bn.String(), bn.Unit, figures.FormatRat(pct, s.Rate.Dec)),
		fmt.Sprintf("The share %s does not match %s ÷ %s%s, the %s of table %d.", show(s.Rate), s.Part.String(), bn.String(), base.unit, s.BaseLabel, dc.Table.Number))
	return true
}

// reportShareBase reports share s against a base found beside its
// paragraph (at span baseAt), pct being part ÷ base in percent, as
// shareFinding makes the finding.
func reportShareBase(p *audit.Pass, u *unit, s figures.Share, base figures.Number, pct *bigRat, conf float64, baseAt model.Span, msg, msgEN string) {
	base.Unit = s.Part.Unit
	f, at := shareFinding(p, u, s, figures.Quantity{Number: base}, pct, conf, msg, msgEN, []model.Span{u.spanOf(s.Part), baseAt})
	locate(p, u, &f, at)
	p.Report(f)
}

// rowNamedExactly reports whether cf's row is named name (normalised),
// or name plus 合计 or 总计.
func rowNamedExactly(x *xrefFacts, cf *cellFacts, name string) bool {
	if !cf.rowNamed() {
		return false
	}
	l := x.cellLabels.labels[cf.rowLbl].S
	return l == name || strings.TrimSuffix(strings.TrimSuffix(l, "合计"), "总计") == name
}

// fitsAmountBefore reports a share that is exactly its part ÷ an amount
// its paragraph states before the part: "国有资本经营预算收入1,532.67万元，…利润
// 收入854.72万元，占收入总额的55.8%" takes the paragraph's total as 收入总额,
// whatever a table of that name shows (收入总计 with transfers and balances).
func fitsAmountBefore(u *unit, s figures.Share) bool {
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.Start >= s.Part.Start {
			break
		}
		if q.Percent || q.Unit != s.Part.Unit || q.Mant <= 0 {
			continue
		}
		if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, q.Number, figures.HalfUp); valid && ok {
			return true
		}
	}
	return false
}
