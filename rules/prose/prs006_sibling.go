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
	if s.Part.Percent || s.Part.Mant <= 0 || !figures.IsMoneyUnit(s.Part.Unit) {
		return
	}
	// Bare shares ("一般公共服务支出40732.24万元，占78.71%；社会保障和就业
	// 支出5849.42万元，占12.00%；…") name no base: those of one sentence are
	// of one whole, which may be stated after them ("上述支出合计…"); at
	// least two siblings must fit it.
	bare := s.BaseLabel == ""
	first := s.Part.Start // the earliest part of the share and its siblings
	var sibs []int
	for j, o := range u.st.Shares {
		if j == k || o.BaseLabel != s.BaseLabel || len(o.Bases) > 0 {
			continue
		}
		if bare && u.sentenceOf(s.Part.Start) != u.sentenceOf(o.Part.Start) {
			continue
		}
		if o.Part.Percent || o.Part.Unit != s.Part.Unit || o.Part.Mant <= 0 {
			return // a sibling this check cannot weigh
		}
		sibs = append(sibs, j)
		first = min(first, o.Part.Start)
	}
	if len(sibs) == 0 || bare && (len(sibs) < 2 || !oneList(u, k, sibs)) {
		return
	}
	// the one whole, stated before the parts, that every sibling fits and
	// the base name allows (支出总额 an outturn, not 全年预算数)
	want := basisOf(s.BaseLabel)
	var whole *figures.Quantity
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.End > first && !bare {
			break
		}
		if bare && isSharePart(u, q) {
			continue
		}
		if q.Percent || q.Permil || q.Approx || q.Unit != s.Part.Unit || q.Mant <= 0 || !bare && !want.compatible(basisOf2(q.Period, q.Lead)) || !fitsAll(u, sibs, q) {
			// (a bare share names no base whose basis could rule a figure out)
			continue
		}
		if whole != nil && (whole.Mant != q.Mant || whole.Dec != q.Dec) {
			return // two figures fit: which is the whole is open
		}
		whole = q
	}
	if whole == nil {
		if bare {
			checkImpliedWhole(p, u, k, sibs)
		}
		return
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, whole.Number, figures.HalfUp)
	if !valid || ok {
		return
	}
	pct := new(bigRat).Mul(computed, hundred)
	sib := u.st.Shares[sibs[0]]
	msg := fmt.Sprintf("写「占%s的%s」；同段「占%s的%s」等是按 %s 计算的（%s ÷ %s），按同一基数 %s ÷ %s 应为 %s%%。",
		s.BaseLabel, show(s.Rate), sib.BaseLabel, show(sib.Rate), show(*whole), show(sib.Part), show(*whole), show(s.Part), show(*whole), figures.FormatRat(pct, s.Rate.Dec))
	msgEN := fmt.Sprintf("The share %s of %s does not match %s ÷ %s, the whole the other shares of %s in the paragraph are taken on (%s).",
		show(s.Rate), s.BaseLabel, s.Part.String(), whole.String(), s.BaseLabel, show(sib.Rate))
	if bare {
		msg = fmt.Sprintf("写「%s，占%s」；同句其他 %d 项占比（如「%s，占%s」）都是按 %s 计算的，按同一基数 %s ÷ %s 应为 %s%%。",
			show(s.Part), show(s.Rate), len(sibs), show(sib.Part), show(sib.Rate), show(*whole), show(s.Part), show(*whole), figures.FormatRat(pct, s.Rate.Dec))
		msgEN = fmt.Sprintf("The share %s of %s does not match %s ÷ %s, the whole the %d other shares of the sentence are taken on (such as %s of %s).",
			show(s.Rate), s.Part.String(), s.Part.String(), whole.String(), len(sibs), show(sib.Rate), sib.Part.String())
	}
	f, at := shareFinding(p, u, s, *whole, pct, 0.6, msg, msgEN, spans(u, &s.Part, whole, &sib.Rate))
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

// isSharePart reports whether q is the part of one of u's shares.
func isSharePart(u *unit, q *figures.Quantity) bool {
	for _, o := range u.st.Shares {
		if o.Part.Start == q.Start {
			return true
		}
	}
	return false
}

// oneList reports whether share k and its siblings sibs read as one list:
// between the first part and the last share no figure stands but their
// parts and percentages ("…支出900万元，其中基本支出600万元，占66.67%" puts
// another whole between two lists of one sentence).
func oneList(u *unit, k int, sibs []int) bool {
	lo, hi := u.st.Shares[k].Part.Start, u.st.Shares[k].Rate.End
	for _, j := range sibs {
		lo, hi = min(lo, u.st.Shares[j].Part.Start), max(hi, u.st.Shares[j].Rate.End)
	}
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.Start < lo || q.Start >= hi || q.Percent || q.Permil {
			continue
		}
		if !isSharePart(u, q) {
			return false
		}
	}
	return true
}

// checkImpliedWhole checks bare share k against the whole its siblings
// imply when the paragraph states none: each sibling's part ÷ its rate is
// an interval of wholes (5.18% of 178.25万元: 3438.8–3445.4万元), and when
// those intervals meet, share k's part ÷ its rate must meet them too.
//
//	教育支出2,502.71万元，占68.38%；社会保障和就业支出500.52万元，占14.54%；
//	卫生健康支出178.25万元，占5.18%；住房保障支出261.64万元，占7.60%。
//
// The three others agree on a whole of about 3,442万元, of which 2,502.71
// is 72.7%, not 68.38%.
func checkImpliedWhole(p *audit.Pass, u *unit, k int, sibs []int) {
	whole, ok := impliedWhole(u.st.Shares[sibs[0]])
	if !ok {
		return
	}
	for _, j := range sibs[1:] {
		w, ok := impliedWhole(u.st.Shares[j])
		if !ok {
			return
		}
		if whole.Lo.Cmp(w.Lo) < 0 {
			whole.Lo = w.Lo
		}
		if whole.Hi.Cmp(w.Hi) > 0 {
			whole.Hi = w.Hi
		}
		if whole.Lo.Cmp(whole.Hi) > 0 {
			return // the siblings are not of one whole
		}
	}
	s := u.st.Shares[k]
	own, ok := impliedWhole(s)
	if !ok || own.Overlaps(whole) {
		return
	}
	// the whole's middle, at the part's precision, for the message
	mid := new(bigRat).Add(whole.Lo, whole.Hi)
	mid.Quo(mid, new(bigRat).SetInt64(2))
	pct := new(bigRat).Quo(s.Part.Rat(), mid)
	pct.Mul(pct, hundred)
	midText := figures.FormatRat(mid, s.Part.Dec)
	base := figures.Quantity{Number: figures.ParseCell(midText)}
	if base.Kind != figures.Value {
		return
	}
	base.Unit = s.Part.Unit
	sib := u.st.Shares[sibs[0]]
	f, at := shareFinding(p, u, s, base, pct, 0.5,
		fmt.Sprintf("写「%s，占%s」；同句其他 %d 项占比（如「%s，占%s」）都对应约 %s%s 的总数，按此 %s ÷ %s%s 约为 %s%%。",
			show(s.Part), show(s.Rate), len(sibs), show(sib.Part), show(sib.Rate), midText, s.Part.Unit, show(s.Part), midText, s.Part.Unit, figures.FormatRat(pct, s.Rate.Dec)),
		fmt.Sprintf("The share %s of %s does not fit the whole of about %s %s that the %d other shares of the sentence imply (such as %s of %s).",
			show(s.Rate), s.Part.String(), midText, s.Part.Unit, len(sibs), show(sib.Rate), sib.Part.String()),
		spans(u, &s.Part, &sib.Rate))
	locate(p, u, &f, at)
	p.Report(f)
}

// impliedWhole is the interval of wholes of which share s's part is its
// rate: part ÷ rate, each as the interval its shown digits stand for.
func impliedWhole(s figures.Share) (figures.Interval, bool) {
	if s.Rate.Mant <= 0 || s.Part.Mant <= 0 || !s.Rate.Percent {
		return figures.Interval{}, false
	}
	r := s.Rate.Interval(figures.HalfUp).Scale(new(bigRat).SetFrac64(1, 100))
	return s.Part.Interval(figures.HalfUp).Div(r)
}
