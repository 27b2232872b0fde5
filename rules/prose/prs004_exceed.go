package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// exceedWords claim a target was passed.
var exceedWords = [...]string{"超额完成", "超计划完成"}

// checkExceeded reports "超额完成" in a clause chain that gives the
// completion rate as under 100%: "完成年度计划的98.3%，…，超额完成年度计划";
// "实际完成37.51公里，完成率80.7%，超额完成年度目标".
func checkExceeded(p *audit.Pass, u *unit) {
	if !strings.Contains(u.text, "超") {
		return
	}
	for _, w := range exceedWords {
		for from := 0; ; {
			k := strings.Index(u.text[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(w)
			if rate := completionBefore(u, at); rate != nil {
				f := audit.Finding{
					Severity:   audit.Error,
					Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(w)}}),
					Expr:       fmt.Sprintf("%s < 100%%", show(*rate)),
					Expected:   "未完成",
					Actual:     w,
					Confidence: 0.85,
					Related:    spans(u, rate),
				}
				f.Message = fmt.Sprintf("写「%s」，但前面写的完成率是 %s，不足100%%：用词与数字矛盾。", w, show(*rate))
				f.MessageEN = fmt.Sprintf("The text says %q, but the completion rate it gives before is %s, under 100%%.", w, show(*rate))
				locate(p, u, &f, at)
				p.Report(f)
			}
		}
	}
}

// completionBefore returns the completion rate (完成…的R%, 完成率R%) of
// the clause chain before offset at in u's sentence, when it is under
// 100%; nil for none, a rate of 100% or more, or a clause break (；) or a
// negation between.
func completionBefore(u *unit, at int) *figures.Quantity {
	sent := u.sentenceOf(at)
	qs := u.st.Quantities
	for i := len(qs) - 1; i >= 0; i-- {
		q := &qs[i]
		if q.Start >= at || q.Start < sent.Start {
			continue
		}
		between := u.text[q.End:at]
		if strings.Contains(between, "；") || strings.Contains(between, ";") || strings.Contains(between, "未") {
			return nil
		}
		if !q.Percent {
			continue
		}
		if !strings.Contains(q.Lead, "完成") || strings.Contains(q.Lead, "增长") || strings.Contains(q.Lead, "进度") {
			return nil // the nearest rate is another one (增长10.6%, 序时进度)
		}
		if q.Approx || q.Mant <= 0 || q.Mant >= 100*pow10(q.Dec) {
			return nil
		}
		return q
	}
	return nil
}
