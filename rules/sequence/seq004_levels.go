package sequence

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// levelCountRe finds a count of indicators of a level: "13个三级指标",
// "三级指标13项".
var levelCountRe = regexp.MustCompile(`(?:([1-9][0-9]?|[一二三四五六七八九十两]{1,3})[个项](一级|二级|三级)指标|(一级|二级|三级)指标(?:共)?([1-9][0-9]?|[一二三四五六七八九十两]{1,3})[个项]([一二三]级)?)`)

// levelCounts are the indicators per level of a document's one score table
// with 一级指标, 二级指标 and 三级指标 columns, by level name, and that
// table; nil when there is no such table or more than one.
type levelCounts struct {
	n map[string]int
	// spanning counts, per level, the indicators whose cell spans the
	// levels above it too (a 预算执行率 row written across 一级, 二级 and
	// 三级): authors count them as indicators of the level or leave them
	// out, and both are right
	spanning map[string]int
	table    *model.Table
	scored   bool // a score table (分值, 得分), not a table of targets
}

type levelCountsKey struct{ scored bool }

// levelNames are the headers of a score table's three level columns, top down.
var levelNames = [...]string{"一级指标", "二级指标", "三级指标"}

// indicatorLevels counts the distinct cells under each level's header of
// the document's one score table headed 一级指标 | 二级指标 | 三级指标: merged
// cells count once, and 小计, 合计 and 总分 rows, and the grade's row
// (评价等级), are no indicators.
func indicatorLevels(d *model.Document) *levelCounts { return levelTable(d, true) }

// targetLevels is indicatorLevels for the document's one table of
// performance targets headed by the three levels with no score column
// (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值).
func targetLevels(d *model.Document) *levelCounts { return levelTable(d, false) }

// levelTable counts the indicators of the document's one table headed by
// the three levels with a score column (scored) or without one.
func levelTable(d *model.Document, scoredTable bool) *levelCounts {
	var found *levelCounts
	var seen map[string]bool
	var path [3]string
	for _, t := range d.Tables {
		cols := map[string]int{}
		head := -1
		scored := false // a score table: 分值, 权重 or 得分 in its header
		for _, c := range t.Cells {
			if c.Row > 2 {
				continue
			}
			switch s := cjk.TrimSpace(d.Slice(c.Span)); s {
			case "一级指标", "二级指标", "三级指标":
				cols[s], head = c.Col, max(head, c.Row+c.RowSpan-1)
			default:
				scored = scored || cjk.Contains(s, "分值") || cjk.Contains(s, "权重") || cjk.Contains(s, "得分")
			}
		}
		if len(cols) != 3 || scored != scoredTable {
			continue // (a table of indicators' targets and results lists a part of them: 产出, 效益, 满意度)
		}
		if found != nil && !cjk.Contains(t.Caption, "续") {
			return nil // two tables: which one the text counts is not known
		}
		// an indicator is its name under its parents' names, carried down
		// the rows (and on into a 续表): a text export repeats a merged
		// 二级指标 on each row
		if found == nil {
			found = &levelCounts{n: map[string]int{}, spanning: map[string]int{}, table: t, scored: scoredTable}
			seen = map[string]bool{}
		}
		for r := head + 1; r < t.Rows; r++ {
			for k, level := range levelNames {
				c := t.At(r, cols[level])
				if c == nil {
					continue
				}
				s := cjk.TrimSpace(d.Slice(c.Span))
				if s == "" {
					continue
				}
				if cjk.Contains(s, "小计") || cjk.Contains(s, "合计") || cjk.Contains(s, "总分") || cjk.Contains(s, "总计") {
					break // a total row names no indicator
				}
				if k == 0 && (strings.HasSuffix(s, "等级") || strings.HasSuffix(s, "评价结果")) {
					break // nor a grade's row ("评价等级 | 优"); a 预算执行率 row spanning the levels is an indicator
				}
				path[k] = s
				for j := k + 1; j < len(path); j++ {
					path[j] = "" // (a new parent: its children are new)
				}
				if key := strings.Join(path[:k+1], "›"); !seen[key] {
					seen[key] = true
					found.n[level]++
					if k > 0 && c == t.At(r, cols[levelNames[k-1]]) {
						found.spanning[level]++
					}
				}
			}
		}
	}
	return found
}

// checkLevelCounts reports "由…4个一级指标、8个二级指标和13个三级指标构成"
// against the score table's rows: 12 三级 indicators listed.
func checkLevelCounts(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "级指标") {
		return
	}
	lc := audit.Fact(p, levelCountsKey{true}, indicatorLevels)
	if cjk.Contains(txt, "目标") {
		// "绩效目标共设置三级指标15个，…具体如下：" counts the targets'
		// table, when there is one
		if tl := audit.Fact(p, levelCountsKey{false}, targetLevels); tl != nil {
			lc = tl
		}
	}
	if lc == nil {
		return
	}
	for _, m := range levelCountRe.FindAllStringSubmatchIndex(txt, -1) {
		num, level := m[2], m[4]
		if num < 0 {
			num, level = m[8], m[6]
		}
		nEnd, lEnd := m[3], m[5]
		if m[2] < 0 {
			nEnd, lEnd = m[9], m[7]
		}
		if m[2] < 0 && m[10] >= 0 {
			continue // "一级指标共15项三级指标": the count is of the level after it
		}
		if leavesOut(txt, m[0], m[1]) {
			continue // "三级指标十二个（不含预算执行率）": the table lists the one left out too
		}
		n := announced(txt[num:nEnd])
		want, ok := lc.n[txt[level:lEnd]+"指标"]
		if !ok || want == 0 || n == want || n == want-lc.spanning[txt[level:lEnd]+"指标"] || citesOtherTable(txt, lc.table) {
			continue // (a paragraph citing another table, "指标完成情况见表8", counts that table's)
		}
		msg := fmt.Sprintf("写「%s」，%s列出的%s是 %d 个", txt[m[0]:m[1]], tableKind(lc), txt[level:lEnd]+"指标", want)
		msgEN := fmt.Sprintf("the text counts %d %s indicators, the %s lists %d", n, txt[level:lEnd], tableKindEN(lc), want)
		if k := lc.spanning[txt[level:lEnd]+"指标"]; k > 0 {
			msg += fmt.Sprintf("（其中 %d 个跨上级各列书写，不计则为 %d 个）", k, want-k)
			msgEN += fmt.Sprintf(" (%d of them written across the levels above; %d without them)", k, want-k)
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    msg,
			MessageEN:  msgEN,
			Span:       model.Span{Start: sp.Start + m[0], End: sp.Start + m[1]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, want),
			Expected:   strconv.Itoa(want),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
		})
	}
}

// leavesOut reports whether the count txt[from:to] is said to leave some
// indicators out: "（不含预算执行率）" or "，不包括…" right after it, or
// "除…外" earlier in its clause.
func leavesOut(txt string, from, to int) bool {
	rest := strings.TrimLeft(txt[to:], " （(，,")
	for _, w := range [...]string{"不含", "不包括", "不包含", "不计", "未含", "除"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	clause := txt[:from]
	if i := strings.LastIndexAny(clause, "。；;"); i >= 0 {
		clause = clause[i:]
	}
	if i := strings.LastIndex(clause, "除"); i >= 0 && cjk.Contains(clause[i:], "外") {
		return true
	}
	return false
}

// tableRefRe is a table cited by its number: "见表8", "（表 5）".
var tableRefRe = regexp.MustCompile(`表\s*([0-9]{1,2})`)

// citesOtherTable reports whether txt cites a table by number and none of
// the numbers is t's (its caption's "表N", else its place in the document).
func citesOtherTable(txt string, t *model.Table) bool {
	own := t.Index + 1
	if m := tableRefRe.FindStringSubmatch(t.Caption); m != nil && strings.HasPrefix(strings.TrimSpace(t.Caption), "表") {
		own, _ = strconv.Atoi(m[1])
	}
	cited := false
	for _, m := range tableRefRe.FindAllStringSubmatch(txt, -1) {
		n, _ := strconv.Atoi(m[1])
		if n == own {
			return false
		}
		cited = true
	}
	return cited
}

// tableKind names lc's table in a message: 评分表, or the targets' table
// by its caption.
func tableKind(lc *levelCounts) string {
	if lc.scored {
		return "评分表"
	}
	if c := lc.table.Caption; c != "" {
		return "「" + c + "」"
	}
	return "绩效目标表"
}

func tableKindEN(lc *levelCounts) string {
	if lc.scored {
		return "score table"
	}
	return "targets' table"
}
