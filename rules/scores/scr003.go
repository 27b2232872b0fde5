package scores

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

var scr003 = &audit.Rule{
	ID:       "SCR003",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "汇总表与评分明细表不符",
		TitleEN: "Summary score table disagrees with the detail table",
		Explain: "一级指标汇总表（一级指标 | 指标分值 | 自评得分 | 得分率）中各指标的分值和得分，应等于评分明细表中该一级指标下各项的合计；几个项目的评价汇编（两个以上以项目命名的一级标题下各有评分表）只与本项目一节中的明细表比较。",
		ExplainEN: "In a summary table (一级指标 | 指标分值 | 自评得分 | 得分率), each level-1 indicator's points and score  In a compilation of several projects' evaluations (two or more top-level sections named for projects, each with score tables) only the detail table of the summary's own section counts." +
			"must equal the sums of its items in the detail score table.",
		Bad:  "汇总表：满意度指标 10 | 9；明细表：3 + 3 + 4 = 10",
		Good: "汇总表：满意度指标 10 | 10",
	},
	Run: func(p *audit.Pass) {
		groups := detailGroups(p)
		if len(groups) == 0 {
			return
		}
		for _, st := range scoreTables(p) {
			if st.Detail {
				continue
			}
			for _, r := range st.Rows {
				if r.Total || r.Sub {
					continue
				}
				g := matchGroup(groupsIn(p, groups, st.T.Span.Start), r.normName())
				if g == nil || g.Table == st.T {
					continue
				}
				for _, which := range []bool{false, true} {
					stated := r.Weight
					if which {
						stated = r.Score
					}
					if rowsExact(g.Items, which, stated) {
						continue
					}
					parts := weights(g.Items)
					what, whatEN := "分值", "points"
					if which {
						parts, what, whatEN = scoresOf(g.Items), "得分", "score"
					}
					sc := sumCheck(parts, stated)
					if sc.Exact {
						continue
					}
					gl := audit.LocationOf(p.Doc, g.Items[0].Weight.Span.Start)
					f := audit.Finding{
						Severity:   audit.Error,
						Message:    fmt.Sprintf("汇总表「%s」%s为 %s，但评分明细表（表%d）「%s」下各项%s合计 %s", r.Label, what, stated.N.String(), gl.Table, g.Display, what, sc.Sum.String()),
						MessageEN:  fmt.Sprintf("the summary gives %q %s %s, but its items in the detail table (table %d, %q) add up to %s", r.Label, whatEN, stated.N.String(), gl.Table, g.Display, sc.Sum.String()),
						Location:   loc(p, r, stated.Span, what),
						Span:       stated.Span,
						Expr:       sc.Expr,
						Expected:   sc.Sum.String(),
						Actual:     stated.N.String(),
						Difference: diffStr(stated.N, sc.Sum),
						Confidence: 0.9,
						Related:    spans(g.Items, which),
					}
					if which {
						reportScoreSum(p, f, stated.N, sc.Sum)
					} else {
						p.Report(f) // (points are given, never worked out: no rounding)
					}
				}
			}
		}
	},
}

// detailGroups returns the level-1 groups of all detail tables that have items.
func detailGroups(p *audit.Pass) []*group {
	n := 0
	for _, st := range scoreTables(p) {
		n += len(st.Groups)
	}
	if n == 0 {
		return nil
	}
	out := make([]*group, 0, n) // one allocation, not one per doubling
	for _, st := range scoreTables(p) {
		for _, g := range st.Groups {
			if len(g.Items) > 0 && g.Name != "" {
				out = append(out, g)
			}
		}
	}
	return out
}

// matchGroup returns the one group named like name (exact match first,
// then a unique prefix match), or nil.
func matchGroup(groups []*group, name string) *group {
	if name == "" {
		return nil
	}
	var exact, pre []*group
	for _, g := range groups {
		switch {
		case g.Name == name:
			exact = append(exact, g)
		case sameName(g.Name, name):
			pre = append(pre, g)
		}
	}
	if len(exact) == 1 {
		return exact[0]
	}
	if len(exact) == 0 && len(pre) == 1 {
		return pre[0]
	}
	return nil
}
