package scores

import (
	"fmt"
	"math/big"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// SCR009 checks the funds row of a 项目支出绩效自评表, whose score is its
// execution rate times its points (财预〔2020〕10号's 预算执行率 indicator).
var scr009 = &audit.Rule{
	ID:       "SCR009",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "执行率得分与执行率 × 分值不符",
		TitleEN: "Execution score differs from execution rate × points",
		Explain: "项目支出绩效自评表中“年度资金总额”一行的得分按预算执行率计算：得分 = 分值 × 执行率（执行率超过100%的按100%计）。" +
			"按四舍五入与截尾两种取法都不相符时报告；执行率不足100%却给满分，是常见的错误。",
		ExplainEN: "In a project self-evaluation form (项目支出绩效自评表), the funds row's score is its points times the execution rate " +
			"(capped at 100%). A score that fits neither rounding nor truncation is reported; full points for a rate under 100% is the usual slip.",
		Bad:  "年度资金总额 | 1849.30 | 1819.91 | 10 | 98.41% | 10.00",
		Good: "年度资金总额 | 1849.30 | 1819.91 | 10 | 98.41% | 9.84",
	},
	Run: runSCR009,
}

var hundredPct = figures.Number{Kind: figures.Value, Mant: 100, Percent: true}

func runSCR009(p *audit.Pass) {
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if !r.Exec.OK || r.Weight.N.Mant <= 0 || r.Total || r.Sub {
				continue
			}
			rate := r.Exec.N
			if rate.Float() > 100 {
				rate = hundredPct // (a rate over 100% scores the full points)
			}
			score := r.Score.N
			score.Exact = false // (rounded from the rate's product: not an exact score)
			ok, can := figures.RatioHolds(rate, score, r.Weight.N, figures.HalfUp)
			if !can || ok {
				continue
			}
			if ok, _ := figures.RatioHolds(rate, score, r.Weight.N, figures.Truncate); ok {
				continue
			}
			// the score the rate gives, at the score's decimals
			want := new(big.Rat).Mul(rate.Rat(), r.Weight.N.Rat())
			want.Quo(want, big.NewRat(100, 1))
			w := want.FloatString(max(r.Score.N.Dec, 2))
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    fmt.Sprintf("「%s」执行率 %s，分值 %s，执行率得分应为 %s，表中为 %s", r.Label, r.Exec.N.String()+"%", r.Weight.N.String(), w, r.Score.N.String()),
				MessageEN:  fmt.Sprintf("%q: execution rate %s of %s points gives %s, not %s", r.Label, r.Exec.N.String()+"%", r.Weight.N.String(), w, r.Score.N.String()),
				Location:   loc(p, r, r.Score.Span, "得分"),
				Span:       r.Score.Span,
				Expr:       fmt.Sprintf("%s × %s%% = %s ≠ %s", r.Weight.N.String(), rate.String(), w, r.Score.N.String()),
				Expected:   w,
				Actual:     r.Score.N.String(),
				Confidence: 0.75,
				Related:    spans([]*srow{r}, true),
			})
		}
	}
}
