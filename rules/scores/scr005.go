package scores

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

var scr005 = &audit.Rule{
	ID:       "SCR005",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "总分不等于各项之和",
		TitleEN: "Total score is not the sum of the items",
		Explain: "评分表的合计（总分）行的分值和得分，应等于其上（合计在表首时为其下）各项分值、得分之和（小计行不重复计入；表头写明“得分（分值10分）”的预算执行率一项计入）。" +
			"每级指标各有得分列时（一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分），合并单元格中的一级得分应等于其所跨各行的二级得分之和。" +
			"编号分级的一级指标（“三、产出 30”）之下另一种编号的各项（“1.…”“2.…”）分值之和等于其分值时，其得分也应等于各项得分之和。" +
			"各小计行的得分应等于其所辖各项得分之和：小计在各项之上（“决策（小计）”）或之下（“小计”），按表中第一个、最后一个小计的位置判断，所辖各项的分值须与小计分值相符。" +
			"正文逐项写出各指标分值与得分（“产出指标分值50分，得分42.6分；……”）、分值合计100分时，其后所写的综合得分应等于各项得分之和。" +
			"正文逐项写出各指标分值和得分（含“产出指标（分值50分）得42.7分”的写法）、分值合计100时，其后（“合计得89.3分”）或其前（“自评得分93.1分，…其中：…”，文中无评分表时）写的总分应等于各项之和。",
		ExplainEN: "The total row of a score table must equal the sum of the points and scores of the rows above it, or below it when it comes first (subtotal rows are not counted twice; " +
			"an item scored in the table's head, \"得分（分值10分）\", counts). Each subtotal row's score must equal its items' scores: the items above or below it, " +
			"as the table's first and last subtotals show, whose points must make the subtotal's. " +
			"A paragraph giving every indicator's points and score (\"产出指标分值50分，得分42.6分；…\", points making 100) must give their sum as the total score it states after them. " +
			"Indicators written with their points in brackets (产出指标（分值50分）得42.7分) are summed too, against a total after them (合计得89.3分) or, where no score table gives them, one before them whose 其中 lists them.",
		Bad:  "9.99 + 47 + 30 + 9 = 95.99，合计写 96.99",
		Good: "合计 95.99",
	},
	Run: func(p *audit.Pass) {
		checkProseItems(p)
		var items []*srow // the rows since the last total, reused
		for _, st := range scoreTables(p) {
			checkSubtotals(p, st)
			if st.T != nil {
				checkLevelScores(p, st)
			}
			items = items[:0]
			for i, r := range st.Rows {
				if r.Sub {
					continue
				}
				if !r.Total {
					items = append(items, r)
					continue
				}
				// parts keeps the rows while this total is checked: no row
				// is added before the next
				parts, where, whereEN := items, "上", "above"
				if len(parts) == 0 {
					parts, where, whereEN = rowsAfter(st.Rows[i+1:]), "下", "below" // "合计 100 | 94.8" above its items
				}
				items = items[:0]
				if len(parts) < 2 {
					continue
				}
				checkParentScores(p, parts)
				var alt []*srow // withoutParents(parts), once a sum does not check out
				for _, which := range []bool{false, true} {
					stated := r.Weight
					if which {
						stated = r.Score
					}
					if rowsExact(parts, which, stated) {
						continue
					}
					if alt == nil {
						alt = withoutParents(parts)
					}
					if len(alt) < len(parts) {
						if rowsExact(alt, which, stated) {
							continue
						}
					}
					// the items: without the level-1 rows when the points
					// add up so
					items := parts
					if len(alt) < len(parts) && rowsExact(alt, false, r.Weight) {
						items = alt
					}
					vals := weights(items)
					what, whatEN := "分值", "points"
					if which {
						vals, what, whatEN = scoresOf(items), "得分", "score"
					}
					sc := sumCheck(vals, stated)
					if !sc.Exact {
						// with an item scored in the table's head, when it fits
						if w, sv, ok := headerItem(p.Doc, st, parts, r); ok {
							extra := w
							if which {
								extra = sv
							}
							vals = append(vals, extra)
							sc = sumCheck(vals, stated)
						}
					}
					if sc.Exact || scoredElsewhere(scoreTables(p), st, parts, r) {
						continue // (the second test only once a sum fails: it reads every score table)
					}
					f := audit.Finding{
						Severity:   audit.Error,
						Message:    fmt.Sprintf("「%s」行%s %s 不等于其%s%s之和 %s", r.Label, what, stated.N.String(), where, plural(len(vals)), sc.Sum.String()),
						MessageEN:  fmt.Sprintf("total row %q: %s %s is not the sum %s of the %d rows %s", r.Label, whatEN, stated.N.String(), sc.Sum.String(), len(vals), whereEN),
						Location:   loc(p, r, stated.Span, what),
						Span:       stated.Span,
						Expr:       sc.Expr,
						Expected:   sc.Sum.String(),
						Actual:     stated.N.String(),
						Difference: diffStr(stated.N, sc.Sum),
						Confidence: 0.9,
						Related:    spans(items, which),
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

// withoutParents drops rows whose points equal the sum of the two or more
// rows right after them (a level-1 row followed by its items), so that a
// table listing both levels is not summed twice. The rows read as a
// parent's items are kept as items, not tried as parents themselves:
// under "投入 20", "预算执行率 10" is an item even though the two rows after
// it make 5 + 5.
// rowsAfter returns the item rows of a total written above them: those
// up to the next total, subtotals aside.
func rowsAfter(rows []*srow) []*srow {
	var out []*srow
	for _, q := range rows {
		if q.Total {
			break
		}
		if !q.Sub {
			out = append(out, q)
		}
	}
	return out
}

func withoutParents(rows []*srow) []*srow {
	out := make([]*srow, 0, len(rows))
	for i := 0; i < len(rows); {
		if end := parentEnd(rows, i); end >= 0 {
			out = append(out, rows[i+1:end+1]...)
			i = end + 1
			continue
		}
		out = append(out, rows[i])
		i++
	}
	return out
}

// parentEnd returns the last of the rows after rows[i] whose points, two
// or more, add up to its points (rows[i] is their parent: "三、产出 30"
// over "1.职责履行数量 12", "2.职责履行质量 10", "3.职责履行时效 8"), −1 when
// none do.
func parentEnd(rows []*srow, i int) int {
	r := rows[i]
	var acc runningSum
	end := -1 // the parent's last item
	for j := i + 1; j < len(rows); j++ {
		acc.add(rows[j].Weight.N)
		c := cmp(acc.number(), r.Weight.N)
		if c == 0 && j-i >= 2 {
			end = j
		}
		if c >= 0 {
			break
		}
	}
	return end
}

// numberedUnder reports whether the labels make kids the items of r: r
// numbered in one style ("三、产出"), each of kids in another ("1.职责履行
// 数量"), the same for all.
func numberedUnder(r *srow, kids []*srow) bool {
	ps := numberStyle(r.Label)
	if ps == "" {
		return false
	}
	ks := numberStyle(kids[0].Label)
	if ks == "" || ks == ps {
		return false
	}
	for _, k := range kids[1:] {
		if numberStyle(k.Label) != ks {
			return false
		}
	}
	return true
}

// numberStyle names the numbering a label opens with: "一、", "（一）",
// "1.", "（1）", "" for none.
func numberStyle(label string) string {
	t := strings.TrimSpace(label)
	open := strings.HasPrefix(t, "（") || strings.HasPrefix(t, "(")
	t = strings.TrimLeft(t, "（(")
	r, n := utf8.DecodeRuneInString(t)
	switch {
	case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		if open {
			return "（1）"
		}
		rest := strings.TrimLeft(t[n:], "0123456789")
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "．") || strings.HasPrefix(rest, "、") {
			return "1."
		}
	case strings.ContainsRune("一二三四五六七八九十", r):
		if open {
			return "（一）"
		}
		rest := strings.TrimLeft(t[n:], "一二三四五六七八九十")
		if strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "．") {
			return "一、"
		}
	}
	return ""
}

// checkParentScores checks the score of each parent row among the items
// of a total (parentEnd) against its items' scores: a level-1 indicator's
// 得分 is the sum of its level-2 indicators'. The total itself may add up
// over the items and not over the parents, which is then where the
// mistake is: "三、产出 30 | 24.80" over items scoring 23.80.
func checkParentScores(p *audit.Pass, rows []*srow) {
	for i := 0; i < len(rows); i++ {
		end := parentEnd(rows, i)
		if end < 0 {
			continue
		}
		r, kids := rows[i], rows[i+1:end+1]
		if !numberedUnder(r, kids) {
			continue // points alone do not make a parent: 产出 50 over 效益 30 and 满意度 20
		}
		if r.Score.N.Kind != figures.Value || slices.ContainsFunc(kids, func(k *srow) bool { return k.Score.N.Kind != figures.Value }) {
			i = end
			continue
		}
		if !rowsExact(kids, true, r.Score) {
			reportItemsScore(p, r, kids, "「%s」得分 %s 不等于其下%s之和 %s", "row %q: score %s is not the sum %s of its %d items below")
		}
		i = end
	}
}

// runningSum is sumOf over a growing list, one addition at a time: the
// same int64 arithmetic as figures.Sum (multiplying by 10 distributes
// over the wrapped additions), without re-adding the list at each step.
type runningSum struct {
	mant int64
	dec  int
}

func (s *runningSum) add(n figures.Number) {
	if n.Kind != figures.Value {
		return
	}
	for ; s.dec < n.Dec; s.dec++ {
		s.mant *= 10
	}
	s.mant += n.Mant * pow10(s.dec-n.Dec)
}

func (s *runningSum) number() figures.Number {
	return figures.Number{Mant: s.mant, Dec: s.dec, Kind: figures.Value, Exact: true}
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// scoredElsewhere reports a total whose points and score are its items'
// plus one row of another score table: a 总分 of 100 over indicators worth
// 90, the 预算执行率's 10 points (and its score) kept in the fund table.
func scoredElsewhere(tables []*stable, st *stable, items []*srow, total *srow) bool {
	if total.Weight.N.Kind != figures.Value || total.Score.N.Kind != figures.Value {
		return false
	}
	for _, o := range tables {
		if o == st {
			continue
		}
		for _, r := range o.Rows {
			if r.Total || r.Sub || r.Weight.N.Kind != figures.Value || r.Score.N.Kind != figures.Value {
				continue
			}
			ws := append(weights(items), r.Weight)
			ss := append(scoresOf(items), r.Score)
			if sumCheck(ws, total.Weight).Exact && sumCheck(ss, total.Score).Consistent {
				return true
			}
		}
	}
	return false
}

// headPointsRe is the points a header cell declares for the figures under
// it: "得分（分值10分）", "分值：10分".
var headPointsRe = regexp.MustCompile(`分值\s*[:：]?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)

// headerItem returns the points and score of an item scored above the
// indicator rows of a total's own table: the standard 部门整体支出绩效自评表
// opens with the 年度预算执行情况 block, whose column "得分（分值10分）" holds
// the 预算执行率's score, and its 总分 of 100 is that 10 and the indicators'
// 90. It is taken only when the items' points fall short of the total's by
// at least its points.
func headerItem(d *model.Document, st *stable, items []*srow, total *srow) (w, sv sval, ok bool) {
	if total.Weight.N.Kind != figures.Value || st.T == nil {
		return sval{}, sval{}, false
	}
	for _, c := range st.T.Cells {
		if c.Row >= total.Row {
			break
		}
		m := headPointsRe.FindStringSubmatch(d.Slice(c.Span))
		if m == nil {
			continue
		}
		w = sval{N: parseScore(m[1]), OK: true}
		ws := append(weights(items), w)
		if sum := sumOf(ws); w.N.Kind != figures.Value || sum.Rat().Cmp(total.Weight.N.Rat()) > 0 {
			return sval{}, sval{}, false
		}
		// the score: the first figure under the header cell
		for _, u := range st.T.Cells {
			if u.Row <= c.Row || u.Col != c.Col || u.Row >= total.Row {
				continue
			}
			if n := parseScore(strings.TrimSpace(d.Slice(u.Span))); n.Kind == figures.Value {
				return w, sval{N: n, Span: u.Span, OK: true}, true
			}
		}
		return sval{}, sval{}, false
	}
	return sval{}, sval{}, false
}

// nearestMaking returns the shortest run of rows next to a subtotal (the
// first rows of items when the subtotal is above them, the last when it
// is below) whose points add up to points, nil when none does.
func nearestMaking(items []*srow, points sval, top bool) []*srow {
	for n := 2; n < len(items); n++ {
		run := items[len(items)-n:]
		if top {
			run = items[:n]
		}
		if rowsExact(run, false, points) {
			return run
		}
	}
	return nil
}

// checkSubtotals checks the score of each 小计 row against its items'.
// A table puts its subtotals either above their items ("决策（小计） 20"
// first, then its five items) or below them ("小计" after the items, the
// total after the last): the first subtotal with no item before it, or the
// last with none after it, tells which. The items are the rows from the
// subtotal to the next (or back to the last) subtotal or total, and must
// make its points; otherwise the row is left to SCR002.
func checkSubtotals(p *audit.Pass, st *stable) {
	rows := st.Rows
	first, last := -1, -1
	for i, r := range rows {
		if r.Sub {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	top := first == 0 || rows[first-1].Total
	bottom := last+1 == len(rows) || rows[last+1].Total
	if top == bottom {
		return // neither, or a table of one subtotal: unclear
	}
	for i, r := range rows {
		if !r.Sub || r.Weight.N.Kind != figures.Value || r.Score.N.Kind != figures.Value {
			continue
		}
		var items []*srow
		where := "下" // the items: below the row, or above it
		if top {
			end := i + 1
			for end < len(rows) && !rows[end].Sub && !rows[end].Total {
				end++
			}
			items = rows[i+1 : end]
		} else {
			start := i
			for start > 0 && !rows[start-1].Sub && !rows[start-1].Total {
				start--
			}
			items, where = rows[start:i], "上"
		}
		if len(items) > 0 && !rowsExact(items, false, r.Weight) {
			// the rows nearest the subtotal whose points make its points:
			// "预算执行率 10" above a group with no subtotal of its own is
			// not one of the next 小计's items
			items = nearestMaking(items, r.Weight, top)
		}
		if len(items) == 0 || !rowsExact(items, false, r.Weight) || rowsExact(items, true, r.Score) {
			continue
		}
		reportItemsScore(p, r, items, "「%s」行得分 %s 不等于其"+where+"%s之和 %s", "subtotal row %q: score %s is not the sum %s of its %d items")
	}
}

// reportItemsScore reports row r's score when it is not the sum of its
// items' (msg and msgEN take the row's label, its score, then the items'
// count in words and their sum, or their sum and count).
func reportItemsScore(p *audit.Pass, r *srow, items []*srow, msg, msgEN string) {
	vals := scoresOf(items)
	sc := sumCheck(vals, r.Score)
	if sc.Exact {
		return
	}
	reportScoreSum(p, audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf(msg, r.Label, r.Score.N.String(), plural(len(vals)), sc.Sum.String()),
		MessageEN:  fmt.Sprintf(msgEN, r.Label, r.Score.N.String(), sc.Sum.String(), len(vals)),
		Location:   loc(p, r, r.Score.Span, "得分"),
		Span:       r.Score.Span,
		Expr:       sc.Expr,
		Expected:   sc.Sum.String(),
		Actual:     r.Score.N.String(),
		Difference: diffStr(r.Score.N, sc.Sum),
		Confidence: 0.85,
		Related:    spans(items, true),
	}, r.Score.N, sc.Sum)
}
