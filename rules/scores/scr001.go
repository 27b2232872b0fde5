package scores

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

var scr001 = &audit.Rule{
	ID:       "SCR001",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:     "得分超过分值",
		TitleEN:   "Score exceeds the item's points",
		Explain:   "评分表中每一项的得分不能超过该项的分值（满分）。",
		ExplainEN: "In a score table, no item may score more than its points (分值).",
		Bad:       "在职人员控制率 | 分值 3 | 得分 5",
		Good:      "在职人员控制率 | 分值 3 | 得分 3",
	},
	Run: func(p *audit.Pass) {
		for _, st := range scoreTables(p) {
			for _, r := range st.Rows {
				if r.Weight.N.Mant <= 0 || cmp(r.Score.N, r.Weight.N) <= 0 {
					continue
				}
				p.Report(audit.Finding{
					Severity:   audit.Error,
					Message:    fmt.Sprintf("「%s」得分 %s 超过分值 %s", r.Label, r.Score.N.String(), r.Weight.N.String()),
					MessageEN:  fmt.Sprintf("%q scores %s, more than its %s points", r.Label, r.Score.N.String(), r.Weight.N.String()),
					Location:   loc(p, r, r.Score.Span, "得分"),
					Span:       r.Score.Span,
					Expr:       fmt.Sprintf("%s > %s", r.Score.N.String(), r.Weight.N.String()),
					Expected:   "≤ " + r.Weight.N.String(),
					Actual:     r.Score.N.String(),
					Difference: diffStr(r.Score.N, r.Weight.N),
					Confidence: 0.95,
					Related:    spans([]*srow{r}, false),
				})
			}
		}
	},
}
