package prose

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// checkSiblingBase checks share k of u, whose base the paragraph states
// under no matching name, against the whole its sibling shares confirm.
// Shares of one base name in a paragraph are shares of one whole: when each
// of the others is exactly its part ÷ one figure F stated earlier in the
// paragraph, F is that whole, and share k must be its part ÷ F too:
//
//	实际执行73312062.92元…其中，基本支出执行24964073.99元，占支出总额的31.96%；
//	项目支出执行48347988.93元，占支出总额的65.95%。
//
// 65.95% is 48347988.93 ÷ 73312062.92, so 31.96% should be 34.05% (it is
// the part ÷ 全年预算数, which the name 支出总额 does not allow). Nothing is
// reported when the siblings do not all fit one figure whose basis (outturn,
// budget) the base name allows, or when share k fits it.
func checkSiblingBase(p *audit.Pass, u *unit, k int) {
	s := u.st.Shares[k]
	if s.BaseLabel == "" || s.Part.Percent || s.Part.Mant <= 0 || !figures.IsMoneyUnit(s.Part.Unit) {
		return
	}
	first := s.Part.Start // the earliest part of the share and its siblings
	var sibs []int
	for j, o := range u.st.Shares {
		if j == k || o.BaseLabel != s.BaseLabel || len(o.Bases) > 0 {
			continue
		}
		if o.Part.Percent || o.Part.Unit != s.Part.Unit || o.Part.Mant <= 0 {
			return // a sibling this check cannot weigh
		}
		sibs = append(sibs, j)
		first = min(first, o.Part.Start)
	}
	if len(sibs) == 0 {
		return
	}
	// the one whole, stated before the parts, that every sibling fits and
	// the base name allows (支出总额 an outturn, not 全年预算数)
	want := basisOf(s.BaseLabel)
	var whole *figures.Quantity
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.End > first {
			break
		}
		if q.Percent || q.Permil || q.Approx || q.Unit != s.Part.Unit || q.Mant <= 0 || !want.compatible(basisOf2(q.Period, q.Lead)) || !fitsAll(u, sibs, q) {
			continue
		}
		if whole != nil && (whole.Mant != q.Mant || whole.Dec != q.Dec) {
			return // two figures fit: which is the whole is open
		}
		whole = q
	}
	if whole == nil {
		return
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, whole.Number, figures.HalfUp)
	if !valid || ok {
		return
	}
	pct := new(bigRat).Mul(computed, hundred)
	sib := u.st.Shares[sibs[0]]
	f, at := shareFinding(u, s, *whole, pct, 0.6,
		fmt.Sprintf("写「占%s的%s」；同段「占%s的%s」等是按 %s 计算的（%s ÷ %s），按同一基数 %s ÷ %s 应为 %s%%。",
			s.BaseLabel, show(s.Rate), sib.BaseLabel, show(sib.Rate), show(*whole), show(sib.Part), show(*whole), show(s.Part), show(*whole), figures.FormatRat(pct, s.Rate.Dec)),
		fmt.Sprintf("The share %s of %s does not match %s ÷ %s, the whole the other shares of %s in the paragraph are taken on (%s).",
			show(s.Rate), s.BaseLabel, s.Part.String(), whole.String(), s.BaseLabel, show(sib.Rate)),
		spans(u, &s.Part, whole, &sib.Rate))
	locate(p, u, &f, at)
	p.Report(f)
}

// fitsAll reports whether each of the shares sibs of u is its part ÷ q.
func fitsAll(u *unit, sibs []int, q *figures.Quantity) bool {
	for _, j := range sibs {
		o := u.st.Shares[j]
		if ok, valid := figures.RatioHolds(o.Rate.Number, o.Part.Number, q.Number, figures.HalfUp); !valid || !ok {
			return false
		}
	}
	return true
}
