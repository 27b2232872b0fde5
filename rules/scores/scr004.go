package scores

import (
	"fmt"
	"math/big"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

var scr004 = &audit.Rule{
	ID:       "SCR004",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:     "得分率不等于得分除以分值",
		TitleEN:   "Score rate is not score ÷ points",
		Explain:   "得分率应等于得分 ÷ 分值。得分和分值是精确数，9 ÷ 10 = 90%，不能写成100%；得分率本身按显示位数四舍五入比较。",
		ExplainEN: "The score rate must equal score ÷ points. Scores and points are exact: 9 ÷ 10 is 90%, not 100%; the rate is compared within its own rounding.",
		Bad:       "满意度指标 | 10 | 9 | 100%",
		Good:      "满意度指标 | 10 | 9 | 90%",
	},
	Run: func(p *audit.Pass) {
		for _, st := range scoreTables(p) {
			for _, r := range st.Rows {
				if !r.Rate.OK || r.Weight.N.Mant <= 0 {
					continue
				}
				if c, known := rateConsistentQuick(r.Rate.N, r.Score.N, r.Weight.N); known && c {
					continue
				}
				// the ratio is made only for a mismatch, which is reported
				ok, can := figures.RatioHolds(r.Rate.N, r.Score.N, r.Weight.N, figures.HalfUp)
				if !can || ok {
					continue
				}
				q := figures.Quotient(r.Score.N, r.Weight.N)
				pct := new(big.Rat).Mul(q, big.NewRat(100, 1))
				dec := r.Rate.N.Dec
				want := pct.FloatString(dec) + "%"
				p.Report(audit.Finding{
					Severity:   audit.Error,
					Message:    fmt.Sprintf("「%s」得分率 %s%% 与得分 ÷ 分值不符：%s ÷ %s = %s", r.Label, r.Rate.N.String(), r.Score.N.String(), r.Weight.N.String(), want),
					MessageEN:  fmt.Sprintf("%q: rate %s%% but score ÷ points = %s ÷ %s = %s", r.Label, r.Rate.N.String(), r.Score.N.String(), r.Weight.N.String(), want),
					Location:   loc(p, r, r.Rate.Span, "得分率"),
					Span:       r.Rate.Span,
					Expr:       fmt.Sprintf("%s ÷ %s = %s ≠ %s%%", r.Score.N.String(), r.Weight.N.String(), want, r.Rate.N.String()),
					Expected:   want,
					Actual:     r.Rate.N.String() + "%",
					Confidence: 0.95,
					Related:    spans([]*srow{r}, true),
				})
			}
		}
	},
}
