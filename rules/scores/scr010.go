package scores

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// SCR010 checks that an indicator whose actual value misses its target,
// written as a bound, does not score its full points.
var scr010 = &audit.Rule{
	ID:       "SCR010",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "未达年度指标值却得满分",
		TitleEN: "Full points for an indicator that missed its target",
		Explain: "绩效指标表中，年度指标值写作下限（“≥85%”“≥320次”）而实际完成值低于它，或写作上限（“≤5%”）而实际完成值高于它，该指标未完成，得分不应等于分值。" +
			"不少评分标准对达到目标值95%以上的按满分计，故只在差距超过5%时报告；只比较单位相同的两数。",
		ExplainEN: "In an indicator table, an actual value below a target written as a floor (≥85%, ≥320次), or above one written as a ceiling (≤5%), " +
			"means the indicator was missed: it may not score its full points. Many scoring standards give full points from 95% of the target, so only a shortfall beyond 5% is reported; only values in one unit are compared.",
		Bad:  "城区生活垃圾分类覆盖率 | ≥85% | 80.67% | 5 | 5.00",
		Good: "城区生活垃圾分类覆盖率 | ≥85% | 80.67% | 5 | 4.75",
	},
	Run: runSCR010,
}

func runSCR010(p *audit.Pass) {
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if !r.Target.OK || !r.Actual.OK || r.Weight.N.Mant <= 0 || r.Total || r.Sub || cmp(r.Score.N, r.Weight.N) != 0 {
				continue
			}
			t, a := r.Target.N, r.Actual.N
			if t.Percent != a.Percent || t.Unit != a.Unit || a.Bound != "" {
				continue
			}
			// (many 评分标准 give full points from 95% of a target on: a
			// shortfall within it is no contradiction)
			var missed bool
			switch t.Bound {
			case "≥", ">=", ">":
				missed = a.Float() < 0.95*t.Float()
			case "≤", "<=", "<":
				missed = a.Float() > 1.05*t.Float()
			}
			if !missed {
				continue
			}
			shown := func(n figures.Number) string {
				s := n.Bound + n.String()
				if n.Percent {
					s += "%"
				}
				return s + n.Unit
			}
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    fmt.Sprintf("「%s」年度指标值 %s，实际完成 %s，未达目标，却得满分 %s（分值 %s）", r.Label, shown(t), shown(a), r.Score.N.String(), r.Weight.N.String()),
				MessageEN:  fmt.Sprintf("%q: target %s, actual %s (missed), yet full points %s of %s", r.Label, shown(t), shown(a), r.Score.N.String(), r.Weight.N.String()),
				Location:   loc(p, r, r.Score.Span, "得分"),
				Span:       r.Score.Span,
				Expr:       fmt.Sprintf("%s 未达 %s，得分 %s = 分值 %s", shown(a), shown(t), r.Score.N.String(), r.Weight.N.String()),
				Expected:   "< " + r.Weight.N.String(),
				Actual:     r.Score.N.String(),
				Confidence: 0.7,
				Related:    spans([]*srow{r}, false),
			})
		}
	}
}
