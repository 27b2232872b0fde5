package prose

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// structureRe is a composition written as a ratio of shares, "7.3:44.3:49.4"
// (two to five terms, full-width colons too).
var structureRe = regexp.MustCompile(`\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){1,4}`)

// checkStructures reports a composition of shares written as a ratio
// ("三次产业结构调整为7.3:44.3:49.4") whose terms do not add up to 100
// within their rounding. Only ratios named a 结构 or 比例 right before are
// read, and only when the terms are shares at all (they add up to 90–110):
// "1:2:3" and "城乡居民收入比2.13:1" are other things.
func checkStructures(p *audit.Pass, u *unit) {
	if !cjk.Contains(u.text, "结构") && !cjk.Contains(u.text, "比例") {
		return
	}
	for _, m := range structureRe.FindAllStringIndex(u.text, -1) {
		lead := u.text[max(0, m[0]-90):m[0]] // (about thirty characters)
		if k := strings.LastIndexAny(lead, "。；;"); k >= 0 {
			lead = lead[k:]
		}
		if !cjk.Contains(lead, "结构") && !cjk.Contains(lead, "比例") {
			continue
		}
		if m[1] < len(u.text) && strings.ContainsRune("%％.0123456789", rune(u.text[m[1]])) {
			continue
		}
		terms := strings.FieldsFunc(u.text[m[0]:m[1]], func(r rune) bool { return r == ':' || r == '：' || r == '∶' || r == ' ' })
		ns := make([]figures.Number, 0, len(terms))
		for _, t := range terms {
			n := figures.ParseCell(t)
			if n.Kind != figures.Value {
				return
			}
			ns = append(ns, n)
		}
		whole := figures.Number{Mant: 100, Kind: figures.Value, Exact: true}
		sum := figures.CheckSum(ns, whole, figures.HalfUp)
		if sum.Consistent || sum.Sum.Mant <= 0 {
			continue
		}
		if s := sum.Sum.Rat(); s.Cmp(big.NewRat(90, 1)) < 0 || s.Cmp(big.NewRat(110, 1)) > 0 {
			continue // not shares in per cent
		}
		text := u.text[m[0]:m[1]]
		f := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: m[0], End: m[1]}}),
			Expr:       sum.Expr,
			Expected:   "100",
			Actual:     sum.Sum.String(),
			Difference: figures.Trimmed(sum.Diff),
			Confidence: 0.7,
		}
		f.Message = fmt.Sprintf("结构比例「%s」各项之和为 %s，应为 100。", text, sum.Sum.String())
		f.MessageEN = fmt.Sprintf("The composition %q adds up to %s, not 100.", text, sum.Sum.String())
		locate(p, u, &f, m[0])
		p.Report(f)
	}
}
