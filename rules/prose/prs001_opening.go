package prose

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
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
		k := strings.Index(u.text, "中：")
		if k < 0 {
			k = strings.Index(u.text, "中:")
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
