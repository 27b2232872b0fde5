package scores

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var scr008 = &audit.Rule{
	ID:       "SCR008",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "正文扣分与分值、得分不符",
		TitleEN: "A deduction in the text differs from points minus score",
		Explain: "正文写“分值20分，自评得分19.5分，扣1.5分”时，扣分应等于分值减得分。" +
			"写“…寄宿制学校生活设施改善学校数…未达到年度目标，扣1.6分”而评分表中有该指标（名称至少四个字、句中只有这一项扣分）时，" +
			"扣分应等于该行分值减得分。扣分标准（“每降低1个百分点扣0.1分”“…的，扣1分”）不检查。" +
			"以评分表某一指标为标题的段落（“1.预算执行率。该指标分值8分，…计算得7.72分”）所写分值、得分应与该行一致；" +
			"段内比率×分值恰得所写得分，或以所写得分代入后该表小计（合计）相符时，指出评分表的得分；标题括注的分值（“（2）预算调整率（2分）”）与该行不同、得分相同，而以正文分值代入后该表分值小计（合计）相符时，指出评分表的分值。" +
			"“共扣3.29分，…其中：A扣0.69分；B扣0.60分；C扣1分”中，其中所列各项扣分之和应等于共扣的分数（含扣分标准“每…扣”或括号内再分解的不检查）。",
		ExplainEN: "A sentence such as \"分值20分，自评得分19.5分，扣1.5分\": the deduction must be the points less the score. " +
			"A deduction written after the name of an indicator of the score table (a name of four characters or more, one deduction in the sentence) " +
			"must be that row's points less its score. Scoring rules (\"每降低1个百分点扣0.1分\") and deductions made on top of another scoring (\"另扣1分\") are not checked. " +
			"A paragraph headed by one indicator of the score table (\"1.预算执行率。该指标分值8分，…计算得7.72分\") must give the row's points and score; " +
			"when its own rate × points, or the table's subtotal, bears the text out, the table's score is the one reported; points in brackets after the title (\"（2）预算调整率（2分）\") that differ from the row's, with the same score, are the table's points off when the table's points add up with them. " +
			"\"共扣3.29分，…其中：A扣0.69分；B扣0.60分；C扣1分\": the deductions listed after 其中 must add up to the total (lists with a scoring rule or a bracketed breakdown are not read).",
		Bad:  "投入指标分值20分，自评得分19.5分，扣1.5分。",
		Good: "投入指标分值20分，自评得分19.5分，扣0.5分。",
	},
	Run: runSCR008,
}

const scoreNum = `([0-9]+(?:\.[0-9]+)?)`

var (
	// stated: 分值X分，（自评）得分Y分，扣Z分
	deductStatedRe = regexp.MustCompile(`(?:分值|满分)\s*(?:为)?\s*` + scoreNum + `\s*分[，,、]\s*(?:自评|实际)?得(?:分)?\s*(?:为)?\s*` + scoreNum + `\s*分[，,、]\s*(?:共)?扣(?:分)?\s*(?:为)?\s*` + scoreNum + `\s*分`)
	// a deduction alone: 扣Z分
	deductRe = regexp.MustCompile(`扣(?:除)?\s*` + scoreNum + `\s*分`)
)

func runSCR008(p *audit.Pass) {
	var rows []*srow
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if !r.Total && !r.Sub && r.Weight.N.Kind == figures.Value && r.Score.N.Kind == figures.Value {
				rows = append(rows, r)
			}
		}
	}
	// a row whose score the text contradicts (reportTableScore): the
	// text's other deductions from it agree with the text, not the row
	blamed := map[*srow]figures.Number{}
	type pending struct {
		pc   piece
		a, b int
		z    figures.Number
		r    *srow
	}
	var later []pending
	defer func() {
		for _, d := range later {
			if y, ok := blamed[d.r]; ok && isDeduction(d.r.Weight.N, y, d.z) {
				continue
			}
			reportDeduction(p, d.pc, d.a, d.b, d.r.Weight.N, d.r.Score.N, d.z, d.r, []model.Span{d.r.Weight.Span, d.r.Score.Span})
		}
	}()
	checkItemParagraphs(p, rows, blamed)
	for _, pc := range piecesOf(p) {
		if pc.Cell != nil || pc.Has&hasFen == 0 || !cjk.Contains(pc.Text, "扣") {
			continue
		}
		checkTotalDeduction(p, pc)
		var done map[int]bool // deductions checked by their sentence (nil: none, the usual case)
		for _, m := range deductStatedRe.FindAllStringSubmatchIndex(pc.Text, -1) {
			w, s, z := num(pc.Text[m[2]:m[3]]), num(pc.Text[m[4]:m[5]]), num(pc.Text[m[6]:m[7]])
			if done == nil {
				done = map[int]bool{}
			}
			done[m[6]] = true
			if w == nil || s == nil || z == nil {
				continue
			}
			reportDeduction(p, pc, m[6], m[7], *w, *s, *z, nil, nil)
		}
		for _, sent := range figures.AppendSentences(nil, pc.Text) {
			text := pc.Text[sent.Start:sent.End]
			ms := deductRe.FindAllStringSubmatchIndex(text, -1)
			if len(ms) != 1 || done[sent.Start+ms[0][2]] || scoringRule(text[:ms[0][0]]) || extraDeduction(text[:ms[0][0]]) {
				continue
			}
			r := deductedRow(rows, text[:ms[0][0]])
			if own := headRow(rows, pc.Text); own != nil {
				r = own // "（1）绩效目标合理性（分值3分，得分2.50分）。…“优良中等路率”…，扣0.5分"
			}
			if r == nil {
				continue
			}
			z := num(text[ms[0][2]:ms[0][3]])
			if z == nil {
				continue
			}
			if g := gotAfterRe.FindStringSubmatch(text[ms[0][1]:]); g != nil {
				// "扣0.3分，得5.7分": the text agrees with itself; the
				// table's score, if it differs, is the odd one
				if y := num(g[1]); y != nil && isDeduction(r.Weight.N, *y, *z) && !sumExact([]sval{{N: *y}}, r.Score) {
					if _, ok := blamed[r]; !ok {
						reportTableScore(p, pc, sent.Start+ms[0][0], r, *y, *z)
						blamed[r] = *y
					}
					continue
				}
			}
			later = append(later, pending{pc, sent.Start + ms[0][2], sent.Start + ms[0][3], *z, r})
		}
	}
}

// extraDeduction reports a deduction written as one more (另扣, 再扣,
// 另外扣, 额外扣) on top of another scoring: "…完成率98.31%，按完成率计分；
// 但…评价偏低，另扣1分" is not the whole of 分值 − 得分.
func extraDeduction(before string) bool {
	for _, w := range [...]string{"另", "再", "另外", "额外", "又"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// deductedRow returns the score-table row a deduction at the end of
// before is made from: the item that opens its clause group (after the
// last semicolon), with no turn (但) and at most two commas between the
// name and the deduction unless a colon makes the name the heading of the
// whole ("农业社会化服务面积：年度指标值≥12.0万亩，…，扣0.3分"). "背街小巷
// 亮灯率94.2%…扣1分" after "；" is not about 主次干道亮灯率 before it.
func deductedRow(rows []*srow, before string) *srow {
	if k := strings.LastIndexAny(before, "；;"); k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		before = before[k+w:]
	}
	r := rowNamedIn(rows, subjectHead(before))
	if r == nil {
		return nil
	}
	k := cjk.Index(before, strings.TrimSpace(r.Label))
	between := before[k+len(strings.TrimSpace(r.Label)):]
	if cjk.Contains(between, "但") || !strings.HasPrefix(between, "：") && strings.Count(between, "，") > 2 {
		return nil
	}
	return r
}

// subjectHead returns the start of a sentence that may name the item it
// is about: its first twenty characters after a list number ("2.寄宿制学校
// 生活设施改善学校数实际值9所…"), where the subject stands. An indicator
// named later in the sentence is seldom the one deducted from.
func subjectHead(s string) string {
	s, _ = figures.CutNumbering(strings.TrimLeftFunc(s, unicode.IsSpace))
	return cjk.FirstRunes(strings.TrimLeft(s, "“\""), 20)
}

// isDeduction reports whether z is points w less score y (to rounding).
func isDeduction(w, y, z figures.Number) bool {
	want, d := figures.Sum([]figures.Number{w, {Mant: -y.Mant, Dec: y.Dec, Kind: figures.Value}})
	wantN := figures.Number{Mant: want, Dec: d, Kind: figures.Value, Exact: true}
	return sumExact([]sval{{N: wantN}}, sval{N: z}) || roundingGap(z, wantN)
}

// reportTableScore reports the score of row r, which the text contradicts
// with a deduction and a score that agree with the row's points.
func reportTableScore(p *audit.Pass, pc piece, at int, r *srow, y, z figures.Number) {
	l := loc(p, r, r.Score.Span, "得分")
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Location:   l,
		Message:    fmt.Sprintf("表%d「%s」得分 %s，而正文写扣%s分、得%s分（分值 %s），评分表得分疑有误", l.Table, r.Label, r.Score.N.String(), z.String(), y.String(), r.Weight.N.String()),
		MessageEN:  fmt.Sprintf("table %d %q scores %s, but the text deducts %s and gives %s (of %s points): the table's score looks wrong", l.Table, r.Label, r.Score.N.String(), z.String(), y.String(), r.Weight.N.String()),
		Span:       r.Score.Span,
		Expr:       fmt.Sprintf("%s − %s = %s ≠ %s", r.Weight.N.String(), z.String(), y.String(), r.Score.N.String()),
		Expected:   y.String(),
		Actual:     r.Score.N.String(),
		Difference: diffStr(y, r.Score.N),
		Confidence: 0.8,
		Related:    []model.Span{{Start: pc.Span.Start + at, End: pc.Span.Start + at + len("扣")}},
	})
}

// scoringRule reports the words of a scoring standard before a deduction
// ("每降低1个百分点扣0.1分", "未完成的，扣1分", "按比例扣分"): no deduction made.
func scoringRule(before string) bool {
	if k := strings.LastIndexAny(before, "，,；;"); k >= 0 {
		tail := before[k:]
		if cjk.Contains(tail, "每") || cjk.Contains(tail, "按") {
			return true
		}
		if strings.HasSuffix(strings.TrimSpace(before[:k]), "的") {
			return true
		}
	}
	return cjk.Contains(before, "每") && !cjk.Contains(before, "每年")
}

// rowNamedIn returns the one score-table row whose item name (four
// characters or more) stands in s, the longest if one holds another; nil
// for none or two unrelated.
func rowNamedIn(rows []*srow, s string) *srow {
	var best *srow
	for _, r := range rows {
		l := strings.TrimSpace(r.Label)
		if utf8.RuneCountInString(l) < 4 || !cjk.Contains(s, l) {
			continue
		}
		bl := ""
		if best != nil {
			bl = strings.TrimSpace(best.Label)
		}
		switch {
		case best == nil:
			best = r
		case bl == l:
			if !sameRow(best, r) {
				return nil // one name, two rows that differ: which is meant is not sure
			}
		case cjk.Contains(l, bl):
			best = r // the longer name
		case cjk.Contains(bl, l):
		default:
			return nil
		}
	}
	return best
}

// sameRow reports two rows (of a summary and a detail table) that give the
// same points and score: either one names the item.
func sameRow(a, b *srow) bool {
	return sumExact([]sval{a.Weight}, b.Weight) && sumExact([]sval{a.Score}, b.Score)
}

// reportDeduction reports deduction z at text[a:b] of pc when it is not
// points w less score s.
func reportDeduction(p *audit.Pass, pc piece, a, b int, w, s, z figures.Number, r *srow, rel []model.Span) {
	if isDeduction(w, s, z) {
		return // (a deduction and a score each rounded: 25 − 23.78, 扣1.23分)
	}
	want, d := figures.Sum([]figures.Number{w, {Mant: -s.Mant, Dec: s.Dec, Kind: figures.Value}})
	wantN := figures.Number{Mant: want, Dec: d, Kind: figures.Value, Exact: true}
	where, whereEN := "", ""
	if r != nil {
		l := audit.LocationOf(p.Doc, r.Score.Span.Start)
		where = fmt.Sprintf("（表%d「%s」）", l.Table, r.Label)
		whereEN = fmt.Sprintf(" (table %d, %q)", l.Table, r.Label)
	}
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("写「扣%s分」，但分值 %s 减得分 %s%s 为 %s 分", z.String(), w.String(), s.String(), where, figures.FormatFixed(want, d)),
		MessageEN:  fmt.Sprintf("the text deducts %s points, but the points %s less the score %s%s are %s", z.String(), w.String(), s.String(), whereEN, figures.FormatFixed(want, d)),
		Span:       model.Span{Start: pc.Span.Start + a, End: pc.Span.Start + b},
		Expr:       fmt.Sprintf("%s − %s = %s ≠ %s", w.String(), s.String(), figures.FormatFixed(want, d), z.String()),
		Expected:   figures.FormatFixed(want, d),
		Actual:     z.String(),
		Difference: diffStr(wantN, z),
		Confidence: 0.8,
		Related:    rel,
	})
}

var (
	// itemScoreRe is the score an item's paragraph gives it: "…计算得7.72分"
	itemScoreRe = regexp.MustCompile(`得(?:分)?\s*(?:为)?\s*` + scoreNum + `\s*分`)
	// itemWeightRe is its points: "该指标分值8分"
	itemWeightRe = regexp.MustCompile(`分值\s*(?:为)?\s*` + scoreNum + `\s*分`)
	// headWeightRe is its points in brackets after the title, before
	// the first colon or full stop: "（2）预算调整率（2分）："
	headWeightRe = regexp.MustCompile(`^[^。：:；;]{0,40}?[（(]\s*` + scoreNum + `\s*分\s*[)）]`)
	// pctRe is a percentage the paragraph states (a rate the score is
	// worked out from)
	pctRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*[%％]`)
)

// checkItemParagraphs checks a paragraph about one indicator of the score
// table ("1.预算执行率。该指标分值8分，…预算执行率96.51%，按“预算执行率×指标
// 分值”计算得7.72分") against its row: the same points, and the score it
// gives must be the row's. When the paragraph's own rate × points makes its
// score (96.51% × 8 = 7.72), the table's score is the one named.
// Rows it blames go to blamed.
func checkItemParagraphs(p *audit.Pass, rows []*srow, blamed map[*srow]figures.Number) {
	for _, pc := range piecesOf(p) {
		if pc.Cell != nil || pc.Has&hasFen == 0 || pc.Has&hasDe == 0 {
			continue
		}
		r := headRow(rows, pc.Text) // (the name must head the paragraph, as its title)
		if r == nil {
			continue
		}
		ws := itemWeightRe.FindAllStringSubmatch(pc.Text, -1)
		if len(ws) == 0 {
			ws = headWeightRe.FindAllStringSubmatch(pc.Text, 1) // "（2）预算调整率（2分）："
		}
		ss := itemScoreRe.FindAllStringSubmatchIndex(pc.Text, -1)
		if len(ws) != 1 || len(ss) != 1 {
			continue
		}
		w, y := num(ws[0][1]), num(pc.Text[ss[0][2]:ss[0][3]])
		if w == nil || y == nil {
			continue
		}
		if !sumExact([]sval{{N: *w}}, r.Weight) && sumExact([]sval{{N: *y}}, r.Score) && fixesSumOf(p, r, *w, weightOf) {
			// "（2）预算调整率（2分）：…得2.00分" against a row of 3 points
			// whose group (or table) of points adds up with 2, not with 3:
			// the table's points are the figure off
			reportTableWeight(p, pc, ws[0][1], r, *w)
			continue
		}
		if !sumExact([]sval{{N: *w}}, r.Weight) || sumExact([]sval{{N: *y}}, r.Score) {
			continue
		}
		if cmp(r.Score.N, r.Weight.N) > 0 {
			continue // a score above its points: SCR001's
		}
		byRate := false
		for _, m := range pctRe.FindAllStringSubmatch(pc.Text[:ss[0][0]], -1) {
			if pct := num(m[1]); pct != nil && rateTimesPoints(*pct, *w, *y) {
				byRate = true
			}
		}
		// or the text's score makes the row's subtotal (or total) add up,
		// which the row's own does not
		bySum := fixesSum(p, r, *y)
		why := "按正文所写比率与分值算得"
		if bySum {
			why = "按正文之数该表小计（合计）相符"
		}
		byRate = byRate || bySum
		l2 := loc(p, r, r.Score.Span, "得分")
		f := audit.Finding{
			Severity:   audit.Error,
			Expr:       fmt.Sprintf("%s ≠ %s", y.String(), r.Score.N.String()),
			Confidence: 0.8,
		}
		if byRate {
			blamed[r] = *y // (the text's other deductions from the row agree with the text)
			f.Location, f.Span = l2, r.Score.Span
			f.Expected, f.Actual = y.String(), r.Score.N.String()
			f.Related = []model.Span{{Start: pc.Span.Start + ss[0][2], End: pc.Span.Start + ss[0][3]}}
			f.Message = fmt.Sprintf("表%d「%s」得分 %s，而正文写得 %s 分（分值 %s），%s，评分表得分疑有误", l2.Table, r.Label, r.Score.N.String(), y.String(), w.String(), why)
			f.MessageEN = fmt.Sprintf("table %d %q scores %s, but the text gives %s (of %s points), which its rate, or the table's subtotal, bears out: the table's score looks wrong", l2.Table, r.Label, r.Score.N.String(), y.String(), w.String())
		} else {
			f.Span = model.Span{Start: pc.Span.Start + ss[0][2], End: pc.Span.Start + ss[0][3]}
			f.Expected, f.Actual = r.Score.N.String(), y.String()
			f.Related = []model.Span{r.Score.Span}
			f.Message = fmt.Sprintf("正文写「%s」得 %s 分，评分表（表%d）该行为 %s 分", r.Label, y.String(), l2.Table, r.Score.N.String())
			f.MessageEN = fmt.Sprintf("the text scores %q %s, the score table (table %d) %s", r.Label, y.String(), l2.Table, r.Score.N.String())
		}
		p.Report(f)
	}
}

// headRow returns the score-table row that titles a paragraph ("（1）绩效
// 目标合理性（分值3分…）。", "1.预算执行率。"): the item its deductions are
// taken from, whatever other indicator they mention; nil when none.
func headRow(rows []*srow, text string) *srow {
	head := subjectHead(text)
	r := rowNamedIn(rows, head)
	if r == nil {
		return nil
	}
	l := strings.TrimSpace(r.Label)
	k := cjk.Index(head, l)
	if k < 0 || k > 9 {
		return nil
	}
	rest := head[k+len(l):]
	if q, ok := strings.CutPrefix(rest, "”"); ok {
		// "3.“资金使用合规性”指标分值5分，得分4.00分": the name quoted, the
		// points right after it
		rest = strings.TrimPrefix(q, "指标")
		if strings.HasPrefix(rest, "分值") {
			return r
		}
	}
	if !strings.ContainsAny(rest[:min(len(rest), 3)], "。：:（(") {
		return nil
	}
	return r
}

// rateTimesPoints reports whether pct% of points w is y, to y's last digit.
func rateTimesPoints(pct, w, y figures.Number) bool {
	// pct·w/100 against y: scaled to integers over 10^(pct.Dec+w.Dec+2)
	prod := float64(pct.Mant) * float64(w.Mant) / math.Pow10(pct.Dec+w.Dec+2)
	half := 0.5 / math.Pow10(y.Dec)
	v := float64(y.Mant) / math.Pow10(y.Dec)
	return prod >= v-half-1e-9 && prod <= v+half+1e-9
}

// fixesSum reports whether score y in row r's place makes the first 小计
// (else 合计) row below r in its table add up, where the table's own score
// does not.
func fixesSum(p *audit.Pass, r *srow, y figures.Number) bool { return fixesSumOf(p, r, y, scoreOf) }

func scoreOf(r *srow) sval  { return r.Score }
func weightOf(r *srow) sval { return r.Weight }

// fixesSumOf is fixesSum for the column pick reads (the score or the
// points).
func fixesSumOf(p *audit.Pass, r *srow, y figures.Number, pick func(*srow) sval) bool {
	for _, st := range scoreTables(p) {
		at := slices.Index(st.Rows, r)
		if at < 0 {
			continue
		}
		start := 0
		for i := at - 1; i >= 0; i-- {
			if st.Rows[i].Sub || st.Rows[i].Total {
				start = i + 1
				break
			}
		}
		for i := at + 1; i < len(st.Rows); i++ {
			sum := st.Rows[i]
			if !sum.Sub && !sum.Total {
				continue
			}
			if pick(sum).N.Kind != figures.Value {
				return false
			}
			var own, fixed []sval
			for _, it := range st.Rows[start:i] {
				if it.Sub || it.Total || pick(it).N.Kind != figures.Value {
					continue
				}
				own = append(own, pick(it))
				if it == r {
					fixed = append(fixed, sval{N: y})
				} else {
					fixed = append(fixed, pick(it))
				}
			}
			return len(own) >= 2 && !sumExact(own, pick(sum)) && sumExact(fixed, pick(sum))
		}
	}
	return false
}

// reportTableWeight reports the points of score-table row r, which the
// paragraph pc titled by it writes as w (written: its text), and with
// which its group's (or the table's) points add up.
func reportTableWeight(p *audit.Pass, pc piece, written string, r *srow, w figures.Number) {
	l := loc(p, r, r.Weight.Span, "分值")
	k := strings.Index(pc.Text, written)
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Location:   l,
		Span:       r.Weight.Span,
		Expr:       fmt.Sprintf("%s ≠ %s", w.String(), r.Weight.N.String()),
		Expected:   w.String(),
		Actual:     r.Weight.N.String(),
		Confidence: 0.8,
		Related:    []model.Span{{Start: pc.Span.Start + k, End: pc.Span.Start + k + len(written)}},
		Message:    fmt.Sprintf("表%d「%s」分值 %s，而正文写该指标 %s 分，按正文之数该表分值小计（合计）相符，评分表分值疑有误", l.Table, r.Label, r.Weight.N.String(), w.String()),
		MessageEN:  fmt.Sprintf("table %d %q has %s points, but the text gives %s, with which the table's points add up: the table's points look wrong", l.Table, r.Label, r.Weight.N.String(), w.String()),
	})
}
