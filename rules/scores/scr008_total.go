package scores

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// totalDeductRe is a paragraph's total deduction: "本项目共扣3.29分".
var totalDeductRe = regexp.MustCompile(`共扣(?:除|减)?\s*` + scoreNum + `\s*分`)

// checkTotalDeduction checks "共扣3.29分，共有三项指标未得满分，其中：“A”指标扣
// 0.69分；“B”指标扣0.60分；“C”指标扣1分" in one paragraph: the deductions
// listed after 其中 add up to the total. A list with a scoring rule (每…扣),
// a deduction in brackets (a breakdown of another) or fewer than two
// deductions is not read.
func checkTotalDeduction(p *audit.Pass, pc piece) {
	if !cjk.Contains(pc.Text, "共扣") {
		return
	}
	ms := totalDeductRe.FindAllStringSubmatchIndex(pc.Text, -1)
	if len(ms) != 1 {
		return // two totals: which list is whose is not known
	}
	m := ms[0]
	total := num(pc.Text[m[2]:m[3]])
	rest := pc.Text[m[1]:]
	k := cjk.Index(rest, "其中")
	if total == nil || k < 0 || strings.ContainsAny(rest[:k], "。；;") {
		return // the 其中 must be in the total's sentence
	}
	list := rest[k:]
	if i := strings.Index(list, "。"); i >= 0 {
		list = list[:i]
	}
	var parts []figures.Number
	var terms []string
	for _, d := range deductRe.FindAllStringSubmatchIndex(list, -1) {
		before := list[:d[0]]
		if scoringRule(before) || extraDeduction(before) || strings.Count(before, "（")+strings.Count(before, "(") > strings.Count(before, "）")+strings.Count(before, ")") {
			return
		}
		z := num(list[d[2]:d[3]])
		if z == nil {
			return
		}
		parts = append(parts, *z)
		terms = append(terms, list[d[2]:d[3]])
	}
	if len(parts) < 2 || figures.SumHolds(parts, *total, figures.HalfUp) {
		return
	}
	sum := figures.FormatFixed(figures.Sum(parts))
	expr := fmt.Sprintf("%s = %s ≠ %s", strings.Join(terms, " + "), sum, total.String())
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Span:       model.Span{Start: pc.Span.Start + m[0], End: pc.Span.Start + m[1]},
		Message:    fmt.Sprintf("写「共扣%s分」，其后“其中”所列各项扣分之和为 %s 分。", total.String(), sum),
		MessageEN:  fmt.Sprintf("The text deducts %s points in all, but the deductions listed after 其中 add up to %s.", total.String(), sum),
		Expr:       expr,
		Expected:   sum,
		Actual:     total.String(),
		Confidence: 0.8,
	})
}
