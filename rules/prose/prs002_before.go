package prose

import (
	"strings"

	"github.com/crossfoot/crossfoot/figures"
)

// amountInSentenceBefore returns the current figure of a comparison that
// opens its sentence with no subject of its own, "…支出6014.13万元，占本年
// 支出合计的58.13%。与2023年度的6014.13万元相比，增加768.17万元": the one
// amount, in the unit of the base, that the sentence just before states.
// Any other amount in that sentence, or a comparison of its own, leaves
// the subject open and nothing is returned.
func amountInSentenceBefore(u *unit, c figures.Comparison) *figures.Quantity {
	if c.Base == nil || c.Diff == nil || c.Base.Percent || c.Diff.Percent || !figures.IsMoneyUnit(c.Base.Unit) || c.Diff.Unit != c.Base.Unit {
		return nil
	}
	s := u.sentenceOf(c.Anchor.Start)
	if s.Start == 0 || c.Base.Start < s.Start {
		return nil
	}
	opening := strings.TrimLeft(u.text[s.Start:c.Base.Start], " \u3000")
	if !opensOnComparison(opening) || strings.ContainsAny(opening, "，,；;：:") {
		return nil
	}
	prev := u.sentenceOf(s.Start - 1)
	if prev.Start == s.Start {
		return nil
	}
	for _, o := range u.st.Comparisons {
		if o.Anchor.Start >= prev.Start && o.Anchor.Start < prev.End {
			return nil
		}
	}
	var cur *figures.Quantity
	for k := range u.st.Quantities {
		q := &u.st.Quantities[k]
		if q.Start < prev.Start || q.Percent {
			continue
		}
		if q.Start >= prev.End {
			break
		}
		if q.Unit != c.Base.Unit || cur != nil || q.Approx || q.Mant <= 0 || lastYearWord(q.Lead) {
			return nil
		}
		cur = q
	}
	return cur
}

// opensOnComparison reports whether a sentence opens on the comparison's own word,
// with no subject before it: 与…相比, 较…, 比…, 同比….
func opensOnComparison(s string) bool {
	for _, w := range [...]string{"与", "较", "比", "同比", "和"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
