package scores

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/rules/years"
)

// statedTotalRe finds a total score stated in prose: "绩效综合得分为92.7分",
// "自评得分89.35分", "评价总得分为88分".
var statedTotalRe = regexp.MustCompile(`(综合得分|总得分|自评得分|评价得分|最终得分|自评总分|绩效得分)\s*(?:为|是|：|:)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)

// checkStatedTotals reports a total score stated in prose ("绩效综合得分为
// 92.7分") that differs from the score tables' total, when the document's
// score tables all give one total of 100 points (a report on one subject,
// scored in full in the table) and the text names no other year. Grade
// bands ("综合得分90分（含）以上为优") and item scores (below 50) are no
// totals.
func checkStatedTotals(p *audit.Pass) {
	var total *sval
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if !r.Total || r.Score.N.Kind != figures.Value {
				continue
			}
			if w := r.Weight.N; w.Kind == figures.Value && w.Mant != 100*pow10(w.Dec) {
				return // a table of 90 points: an item is scored elsewhere (预算执行率 10分)
			}
			if total != nil && !sumExact([]sval{*total}, r.Score) {
				return // two totals: several subjects
			}
			total = &r.Score
		}
	}
	if total == nil {
		return
	}
	l := audit.LocationOf(p.Doc, total.Span.Start) // the score table's
	for _, pc := range piecesOf(p) {
		if pc.Cell != nil || pc.Has&hasFen == 0 || !cjk.Contains(pc.Text, "得分") && !cjk.Contains(pc.Text, "总分") {
			continue
		}
		for _, m := range statedTotalRe.FindAllStringSubmatchIndex(pc.Text, -1) {
			n := num(pc.Text[m[4]:m[5]])
			if n == nil || sumExact([]sval{{N: *n}}, *total) || n.Mant < 50*pow10(n.Dec) || n.Mant >= 100*pow10(n.Dec) {
				continue // (a total is of 50 to 100 points: 4分 is an item's, 100分 the full mark)
			}
			after := pc.Text[m[1]:min(len(pc.Text), m[1]+24)]
			for _, w := range [...]string{"以上", "以下", "（含）", "(含)", "至", "—", "-", "~", "～", "为优", "为良", "为中", "为差"} {
				if strings.HasPrefix(strings.TrimSpace(after), w) || cjk.Contains(after[:min(len(after), 12)], w) {
					after = ""
					break
				}
			}
			if after == "" && m[1] < len(pc.Text) {
				continue // a grade's band ("综合得分90分（含）以上为优"), not a score
			}
			sent := sentenceAround(pc.Text, m[0])
			if cjk.Contains(sent, "上年") || cjk.Contains(sent, "去年") || years.NamesOtherYear(p, sent) {
				continue // another year's score
			}
			if strings.HasSuffix(pc.Text[:m[0]], "项目") && cjk.Contains(pc.Text[:m[0]], "该项目") {
				continue // "该项目全年预算…。…项目自评得分94.8分": one project's, among others
			}
			if itemOfList(pc.Text[:m[0]]) {
				continue // "2.公立医院改革补助项目：…自评得分91.9分": one project's score
			}
			if severalScores(sent, total) {
				continue // "A项目（…自评得分94.73分）、B项目（…自评得分91分）…": each project's, one the table's
			}
			if cjk.Contains(sent, "整体") && cjk.Contains(l.TableTitle, "项目") {
				continue // the department's 整体 score beside one project's score table
			}
			if cjk.Contains(sent, "平均") || shownElsewhere(p.Doc, pc.Text[m[4]:m[5]], total.Span) {
				// "按算术平均计算，项目支出总体自评得分94.93分": the average of
				// several projects' scores, which a table of the projects
				// shows, not the one score table's total
				continue
			}
			span := model.Span{Start: pc.Span.Start + m[4], End: pc.Span.Start + m[5]}
			p.Report(audit.Finding{
				Severity:   audit.Error,
				Message:    fmt.Sprintf("正文「%s」%s分，与评分表（表%d）合计 %s 不符", pc.Text[m[2]:m[3]], n.String(), l.Table, total.N.String()),
				MessageEN:  fmt.Sprintf("the text states a total score of %s, but the score table (table %d) totals %s", n.String(), l.Table, total.N.String()),
				Span:       span,
				Expr:       fmt.Sprintf("%s ≠ %s", n.String(), total.N.String()),
				Expected:   total.N.String(),
				Actual:     n.String(),
				Difference: diffStr(*n, total.N),
				Confidence: 0.8,
				Related:    []model.Span{total.Span},
			})
		}
	}
}

// shownElsewhere reports whether a cell of a table other than the one
// holding span shows exactly the figure text v: the text quotes that
// table, not the score table.
func shownElsewhere(d *model.Document, v string, span model.Span) bool {
	for _, t := range d.Tables {
		if t.Span.Start <= span.Start && span.End <= t.Span.End {
			continue
		}
		for _, c := range t.Cells {
			if strings.TrimSpace(d.Slice(c.Span)) == v {
				return true
			}
		}
	}
	return false
}

// sentenceAround returns the sentence of text holding offset at.
func sentenceAround(text string, at int) string {
	for _, s := range figures.AppendSentences(nil, text) {
		if at >= s.Start && at < s.End {
			return text[s.Start:s.End]
		}
	}
	return text
}

// itemOfList reports whether the text before a stated score opens with a
// list number and names a project or fund as its subject ("2.公立医院改革
// 补助项目：…", "（三）义务教育资金："): the score is that item's, not the
// whole report's.
func itemOfList(before string) bool {
	t, ok := figures.CutNumbering(strings.TrimSpace(before))
	if !ok {
		return false
	}
	c := strings.IndexAny(t, "：:，,。")
	if c < 0 || !strings.HasPrefix(t[c:], "：") && t[c] != ':' {
		return false // the item is named before a colon: "2.…补助项目："
	}
	head := t[:c]
	return cjk.Contains(head, "项目") || cjk.Contains(head, "资金") || cjk.Contains(head, "专项")
}

// severalScores reports whether sentence sent states three scores or
// more, or two of which one is the score table's total: the sentence lists
// several subjects' scores (projects), of which the table scores one.
func severalScores(sent string, total *sval) bool {
	ms := statedTotalRe.FindAllStringSubmatch(sent, -1)
	if len(ms) < 2 {
		return false
	}
	if len(ms) >= 3 {
		return true // a list of subjects' scores
	}
	for _, m := range ms {
		if n := num(m[2]); n != nil && sumExact([]sval{{N: *n}}, *total) {
			return true
		}
	}
	return false
}
