package scores

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

var scr002 = &audit.Rule{
	ID:       "SCR002",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "一级指标分值与明细分值之和不符",
		TitleEN: "Level-1 indicator's points differ from the sum of its items",
		Explain: "评分表中一级指标标注的分值（如“产出指标（50分）”）应等于其下各三级指标分值之和；" +
			"各级指标各有分值列的表（一级指标|分值|二级指标|分值|三级指标|分值|得分），上级合并单元格的分值应等于其所跨各行下一级分值之和。",
		ExplainEN: "The points stated for a level-1 indicator (\"产出指标（50分）\") must equal the sum of the points of " +
			"its items in the detail table; where each level has its own 分值 column, a merged cell's points must equal the sum of the next level's points in its rows.",
		Bad:  "产出指标（50分）：5 + 5 + 2 + 3 + … = 48",
		Good: "产出指标（50分）：5 + 5 + 2 + 3 + … = 50",
	},
	Run: func(p *audit.Pass) {
		for _, st := range scoreTables(p) {
			checkLevelWeights(p, st)
			for _, g := range st.Groups {
				if !g.Declared.OK || len(g.Items) < 2 {
					continue
				}
				if rowsExact(g.Items, false, g.Declared) {
					continue
				}
				sc := sumCheck(weights(g.Items), g.Declared)
				if sc.Exact {
					continue
				}
				p.Report(audit.Finding{
					Severity:   audit.Error,
					Message:    fmt.Sprintf("一级指标「%s」标注分值 %s，但其下%s明细分值合计 %s", g.Display, g.Declared.N.String(), plural(len(g.Items)), sc.Sum.String()),
					MessageEN:  fmt.Sprintf("level-1 indicator %q states %s points but its %d items add up to %s", g.Display, g.Declared.N.String(), len(g.Items), sc.Sum.String()),
					Span:       g.Declared.Span,
					Expr:       sc.Expr,
					Expected:   sc.Sum.String(),
					Actual:     g.Declared.N.String(),
					Difference: diffStr(g.Declared.N, sc.Sum),
					Confidence: 0.9,
					Related:    spans(g.Items, false),
				})
			}
		}
	},
}
