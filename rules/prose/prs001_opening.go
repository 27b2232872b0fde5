package prose

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// checkOpeningBreakdowns checks a paragraph that opens with its whole's
// name and 中 ("已整改问题金额中：上缴财政3351.80万元，归还原资金渠道…"), the
// whole's figure given in the paragraph before ("…已整改问题金额14785.80万
// 元"): the parts listed, a subset as after 其中, may not add up to more.
func checkOpeningBreakdowns(p *audit.Pass) {
	us := proseUnits(p).units
	for i := 1; i < len(us); i++ {
		u, prev := us[i], us[i-1]
		if gap := u.span.Start - prev.span.End; gap < 0 || gap > 2 {
			continue // not the paragraph right before
		}
		k := cjk.Index(u.text, "中：")
		if k < 0 {
			k = cjk.Index(u.text, "中:")
		}
		if k < 0 {
			continue
		}
		name := strings.TrimSpace(u.text[:k])
		if n := utf8.RuneCountInString(name); n < 4 || n > 16 || strings.ContainsAny(name, "0123456789，,。；;、") {
			continue
		}
		// the parts: the amounts of the opening sentence, after the colon
		sent := u.sentenceOf(k)
		var parts []figures.Quantity
		for _, q := range u.st.Quantities {
			if q.Start > k && q.Start < sent.End {
				parts = append(parts, q)
			}
		}
		if len(parts) < 2 {
			continue
		}
		var whole *figures.Quantity
		for j := range prev.st.Quantities {
			q := &prev.st.Quantities[j]
			if strings.HasSuffix(strings.TrimRight(q.Lead, "为是达：: "), name) {
				if whole != nil {
					whole = nil
					break // named twice: which is meant is not sure
				}
				whole = q
			}
		}
		if whole == nil || whole.Approx || whole.Percent || !figures.IsMoneyUnit(whole.Unit) {
			continue
		}
		nums := make([]figures.Number, 0, len(parts))
		for _, q := range parts {
			if q.Percent || q.Approx || q.Unit != whole.Unit {
				nums = nil
				break
			}
			nums = append(nums, q.Number)
		}
		if nums == nil {
			continue
		}
		sc := figures.CheckSum(nums, whole.Number, figures.HalfUp)
		// a subset: only a sum above the whole is a contradiction
		if sc.Consistent || !sumAbove(nums, whole.Number) {
			continue
		}
		f := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: 0, End: k}}),
			Expr:       sc.Expr,
			Expected:   "≤ " + show(*whole),
			Actual:     sc.Sum.String() + whole.Unit,
			Confidence: 0.7,
			Related:    []model.Span{prev.spanOf(*whole)},
		}
		for _, q := range parts {
			f.Related = append(f.Related, u.spanOf(q))
		}
		f.Message = fmt.Sprintf("「%s中」所列分项之和 %s%s 已超过上段所写%s %s。", name, sc.Sum.String(), whole.Unit, name, show(*whole))
		f.MessageEN = fmt.Sprintf("The parts listed under %q add up to %s, more than the %s the paragraph before gives.", name, sc.Sum.String(), show(*whole))
		locate(p, u, &f, 0)
		p.Report(f)
	}
}

// sumAbove reports whether the parts add up to more than the total.
func sumAbove(parts []figures.Number, total figures.Number) bool {
	_, diff, _ := figures.SumDiff(parts, total)
	return diff < 0
}

// checkLineBreakdowns checks a total that ends its paragraph with 其中：
// and whose parts open the paragraphs after it, one a line ("基本支出
// 1824.03万元，其中：" ⏎ "人员经费1364.76万元，主要包括：…" ⏎ "公用经费
// 189.26万元，…"). A known whole breakdown (基本支出 of 人员经费 and 公用经费)
// must add up to the total; other parts, a subset, may not exceed it. A
// part whose digits, swapped or shifted, would make the sum is named.
func checkLineBreakdowns(p *audit.Pass) {
	us := proseUnits(p).units
	for i := 0; i+2 < len(us); i++ {
		u := us[i]
		t := strings.TrimRight(u.text, " \u3000")
		k := len(t) - len("其中：")
		if !strings.HasSuffix(t, "其中：") && !strings.HasSuffix(t, "其中:") {
			continue
		}
		if strings.HasSuffix(t, "其中:") {
			k = len(t) - len("其中:")
		}
		var whole *figures.Quantity
		for j := range u.st.Quantities {
			if q := &u.st.Quantities[j]; q.End <= k {
				whole = q
			}
		}
		if whole == nil || whole.Approx || whole.Percent || !figures.IsMoneyUnit(whole.Unit) || strings.TrimRight(u.text[whole.End:k], "，, ") != "" {
			continue // the total right before 其中
		}
		var parts []figures.Quantity
		var names []string
		var owners []*unit
		for j := i + 1; j < len(us) && len(parts) < 8; j++ {
			v, prev := us[j], us[j-1]
			if gap := v.span.Start - prev.span.End; gap < 0 || gap > 2 || len(v.st.Quantities) == 0 {
				break
			}
			q := v.st.Quantities[0]
			lead := strings.TrimSpace(v.text[:q.Start])
			if n := utf8.RuneCountInString(lead); n < 2 || n > 12 || strings.ContainsAny(lead, "，,。；;：:0123456789") || q.Approx || q.Percent || q.Unit != whole.Unit {
				break
			}
			parts, names, owners = append(parts, q), append(names, lead), append(owners, v)
		}
		if len(parts) < 2 {
			continue
		}
		nums := make([]figures.Number, len(parts))
		for j, q := range parts {
			nums[j] = q.Number
		}
		complete := figures.KnownComplete(whole.Lead, names)
		sc := figures.CheckSum(nums, whole.Number, figures.HalfUp)
		if sc.Consistent || !complete && !sumAbove(nums, whole.Number) {
			continue
		}
		// the part a slip explains: shown, it should be part + (total − sum)
		at, atU, hint := whole, u, ""
		var slipped string // the value the part flagged should have
		if complete {
		slips:
			for j, q := range parts {
				m, d := figures.Sum([]figures.Number{q.Number, sc.Diff})
				for _, off := range [...]int64{0, -1, 1} { // (the total's last digit rounded on its own)
					want := figures.Number{Kind: figures.Value, Mant: m + off, Dec: d}
					if dg := figures.Diagnose(q.Number, want); dg.Slip == figures.Transposed || dg.Slip == figures.Magnitude {
						at, atU, hint = &parts[j], owners[j], fmt.Sprintf("；%s 疑为 %s%s", show(q), want.String(), q.Unit)
						slipped = want.String() + q.Unit
						break slips
					}
				}
			}
		}
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       atU.spanOf(*at),
			Expr:       sc.Expr,
			Expected:   sc.Sum.String() + whole.Unit,
			Actual:     show(*whole),
			Confidence: 0.8,
			Related:    []model.Span{u.spanOf(*whole)},
		}
		if slipped != "" {
			f.Expected, f.Actual = slipped, show(*at) // (of the part flagged)
		}
		for j, q := range parts {
			f.Related = append(f.Related, owners[j].spanOf(q))
		}
		if complete {
			f.Message = fmt.Sprintf("「%s」%s，其下各段所列%s之和为 %s%s，不相等%s。", strings.TrimSpace(whole.Lead), show(*whole), strings.Join(names, "、"), sc.Sum.String(), whole.Unit, hint)
			f.MessageEN = fmt.Sprintf("%s is given as %s, but the parts in the paragraphs after it (%s) add up to %s.", whole.Lead, show(*whole), strings.Join(names, ", "), sc.Sum.String())
		} else {
			f.Severity, f.Expected = audit.Warning, "≤ "+show(*whole)
			f.Message = fmt.Sprintf("「%s」%s，其下各段所列%s之和 %s%s 已超过它。", strings.TrimSpace(whole.Lead), show(*whole), strings.Join(names, "、"), sc.Sum.String(), whole.Unit)
			f.MessageEN = fmt.Sprintf("The parts in the paragraphs after %s (%s) add up to %s, more than it.", show(*whole), strings.Join(names, ", "), sc.Sum.String())
		}
		locate(p, atU, &f, at.Start)
		p.Report(f)
	}
}

// checkTotalUnits checks a total followed by 其中 and parts in another unit
// of money whose sum is the total's digits exactly: "政府采购预算总额3245.93
// 元，其中：货物预算1006.24万元，工程预算389.51万元，服务预算1850.18万元"
// adds up in 万元, so the total's 元 is a slip (the analysis pairs a total
// with parts of its own unit only, and misses it).
func checkTotalUnits(p *audit.Pass) {
	for _, u := range proseUnits(p).units {
		qs := u.st.Quantities
		for i, t := range qs {
			if t.Approx || t.Percent || !figures.IsMoneyUnit(t.Unit) || i+2 >= len(qs) {
				continue
			}
			first := i + 1 // the first part
			after := t.End // where the text after the total goes on
			if rest := u.text[t.End:]; strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") {
				// "追回医保基金135.60元（含违约金25.10万元），其中…": past the aside
				if k := strings.IndexAny(rest, "）)"); k > 0 {
					_, w := utf8.DecodeRuneInString(rest[k:])
					after = t.End + k + w
					for first < len(qs) && qs[first].Start < after {
						first++
					}
				}
			}
			if first >= len(qs) || after > qs[first].Start {
				continue
			}
			gap := strings.Trim(u.text[after:qs[first].Start], "，,：:）) ")
			if !strings.HasPrefix(gap, "其中") {
				continue
			}
			end := len(u.text) // the parts run to the full stop (a ； separates them)
			if k := strings.Index(u.text[t.End:], "。"); k >= 0 {
				end = t.End + k
			}
			var parts []figures.Number
			var used []figures.Quantity
			unit := ""
			for _, q := range qs[first:] {
				if q.Percent {
					continue // "…116.65万元，占追回总额的86.02%；…": a share of a part
				}
				if q.Start >= end || q.Approx || !figures.IsMoneyUnit(q.Unit) {
					break
				}
				if unit == "" {
					unit = q.Unit
				}
				if q.Unit != unit {
					parts = nil
					break
				}
				parts = append(parts, q.Number)
				used = append(used, q)
			}
			if len(parts) == 1 && unit != t.Unit && oneBigPart(p, u, t, used[0]) {
				continue
			}
			if len(parts) < 2 || unit == t.Unit || !figures.SumHolds(parts, t.Number, figures.HalfUp) {
				continue
			}
			sum, d := figures.Sum(parts)
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       u.spanOf(t),
				Expr:       fmt.Sprintf("%s（%s）= %s", figures.FormatFixed(sum, d), unit, t.Number.String()),
				Expected:   t.Number.String() + unit,
				Actual:     show(t),
				Confidence: 0.75,
			}
			for _, q := range used {
				f.Related = append(f.Related, u.spanOf(q))
			}
			f.Message = fmt.Sprintf("「%s」写为 %s，而其后“其中”所列各项（%s）之和恰为 %s%s：单位疑为%s之误。", labelOr(t, "合计"), show(t), unit, figures.FormatFixed(sum, d), unit, unit)
			f.MessageEN = fmt.Sprintf("%s is written in %s, but the parts after it, in %s, add up to exactly %s%s: the unit is probably wrong.", show(t), t.Unit, unit, figures.FormatFixed(sum, d), unit)
			locate(p, u, &f, t.Start)
			p.Report(f)
		}
	}
}

// oneBigPart reports, and reports whether it did, the one part after
// 其中 in a larger unit of money than its total, more than the total as
// written and no more than its figure read in the part's unit: "追回医保
// 基金135.60元（含违约金25.10万元），其中定点医院追回116.65万元" — the
// total is 135.60万元.
func oneBigPart(p *audit.Pass, u *unit, t, q figures.Quantity) bool {
	te, ok1 := figures.UnitExp(t.Unit)
	qe, ok2 := figures.UnitExp(q.Unit)
	if !ok1 || !ok2 || qe <= te {
		return false
	}
	if q.Number.Float()*math.Pow10(qe-te) <= t.Number.Float() {
		return false // within the total as written
	}
	if q.Number.Float() > t.Number.Float() {
		return false // more than the total's figure in the part's unit too: not a unit slip
	}
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(t),
		Expr:       fmt.Sprintf("%s%s > %s%s", q.Number.String(), q.Unit, t.Number.String(), t.Unit),
		Expected:   t.Number.String() + q.Unit,
		Actual:     show(t),
		Confidence: 0.7,
		Related:    []model.Span{u.spanOf(q)},
	}
	f.Message = fmt.Sprintf("「%s」写为 %s，而其后“其中”的「%s」%s 已超过它；按%s读则相容：单位疑为%s之误。", labelOr(t, "合计"), show(t), labelOr(q, "该项"), show(q), q.Unit, q.Unit)
	f.MessageEN = fmt.Sprintf("%s is written in %s, but its part %s after 其中 is larger; read in %s it fits: the unit is probably wrong.", show(t), t.Unit, show(q), q.Unit)
	locate(p, u, &f, t.Start)
	p.Report(f)
	return true
}
