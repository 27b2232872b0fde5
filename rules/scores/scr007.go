package scores

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var scr007 = &audit.Rule{
	ID:       "SCR007",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "正文所述得分与评分表不符",
		TitleEN: "Scores quoted in the text disagree with the score table",
		Explain: "正文中的“自评得分为95.99分，其中：产出指标47分，效益指标30分，满意度指标9分”：各分项之和应等于总分，" +
			"各一级指标得分应等于评分明细表中该指标下各项得分之和（无明细表时与汇总表比较；几个项目的评价汇编只用本项目一节中的表）；“满意度指标（10分，得10分）”同理。" +
			"正文所写的总得分（“绩效综合得分为92.7分”）应等于评分表的合计（文档中评分表只有一个满分100分的合计时检查；等级标准“90分（含）以上”、上年得分不查）。" +
			"所列各项在评定等级的分数线（“总分90分（含）以上为优”）处结束。",
		ExplainEN: "A sentence such as \"自评得分为95.99分，其中：产出指标47分，效益指标30分，满意度指标9分\": the parts must add " +
			"up to the total, and each level-1 indicator's score must equal the sum of its items in the detail score table " +
			"(or the summary table when there is no detail table); likewise \"满意度指标（10分，得10分）\". " +
			"A total score stated in the text (\"绩效综合得分为92.7分\") must be the score table's total, when the document's score tables give one total of 100 points (grade bands and last year's scores aside)." +
			"The list of parts ends at a grade's bound (\"总分90分（含）以上为优\").",
		Bad:  "其中：满意度指标9分（明细表：3 + 3 + 4 = 10）",
		Good: "其中：满意度指标10分",
	},
	Run: runSCR007,
}

var (
	// every match starts with 得分, 总分 or 满分: it runs only around them
	proseTotalRe = mustRunRegexp(`(得分|总分|满分|总分值)\s*(?:为|：|:|是)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`,
		"得分", "总分", "满分")
	partRe = regexp.MustCompile(`([\p{Han}“”"]{2,16}?)(?:指标)?\s*(?:得分|得)?\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
	// gotAfterRe is the score written after a part's points: "…20分，得18.5分"
	gotAfterRe = regexp.MustCompile(`^\s*[，,]\s*(?:实际)?得(?:分)?\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
	// headRe is the oracle of appendHeads, which SCR007 runs instead
	headRe = regexp.MustCompile(`([\p{Han}]{2,12}?)(?:指标)?\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[，,、;；]\s*(?:实际)?得\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[)）]`)
)

// reference is what a prose figure is compared with.
type reference struct {
	sum   figures.SumCheck
	where string
	whEN  string
	rel   []model.Span
}

func runSCR007(p *audit.Pass) {
	checkStatedTotals(p)
	d := p.Doc
	groups := detailGroups(p)
	var summary, subs []*srow
	for _, st := range scoreTables(p) {
		if !st.Detail {
			for _, r := range st.Rows {
				switch {
				case r.Sub && len(st.Groups) == 0:
					// "产出指标小计" of a table whose groups were not read:
					// the level-1 indicator's totals
					subs = append(subs, r)
				case !r.Total && !r.Sub:
					summary = append(summary, r)
				}
			}
		}
	}
	// ref returns the table value for an indicator name: the detail group's
	// item sum, else a summary row. Unless full, a reference that does not
	// match stated is returned empty: the caller only asks whether it does.
	ref := func(name string, stated figures.Number, score, full bool, at int) (reference, bool) {
		if g := matchGroup(groupsIn(p, groups, at), name); g != nil {
			if rowsExact(g.Items, score, sval{N: stated}) {
				return reference{sum: figures.SumCheck{Exact: true}}, true // callers need no more
			}
			if !full {
				return reference{}, true
			}
			parts := weights(g.Items)
			if score {
				parts = scoresOf(g.Items)
			}
			l := audit.LocationOf(d, g.Items[0].Weight.Span.Start)
			return reference{sum: sumCheck(parts, sval{N: stated}), where: fmt.Sprintf("评分明细表（表%d）「%s」各项合计", l.Table, g.Display), whEN: fmt.Sprintf("the items of %q in table %d", g.Display, l.Table), rel: spans(g.Items, score)}, true
		}
		var hit *srow
		for _, r := range summary {
			if sameName(r.normName(), name) && sameSection(p, r, at) {
				if hit != nil {
					return reference{}, false
				}
				hit = r
			}
		}
		if hit == nil {
			for _, r := range subs {
				if n, ok := strings.CutSuffix(r.normName(), "小计"); ok && sameName(n, name) && sameSection(p, r, at) {
					if hit != nil {
						return reference{}, false
					}
					hit = r
				}
			}
		}
		if hit == nil {
			return reference{}, false
		}
		v := hit.Weight
		if score {
			v = hit.Score
		}
		if sumExact([]sval{v}, sval{N: stated}) {
			return reference{sum: figures.SumCheck{Exact: true}}, true // callers need no more
		}
		if !full {
			return reference{}, true
		}
		l := audit.LocationOf(d, v.Span.Start)
		return reference{sum: sumCheck([]sval{v}, sval{N: stated}), where: fmt.Sprintf("汇总表（表%d）「%s」", l.Table, hit.Label), whEN: fmt.Sprintf("the summary table %d row %q", l.Table, hit.Label), rel: []model.Span{v.Span}}, true
	}
	check := func(name string, n figures.Number, span model.Span, score bool, quote string) {
		r, ok := ref(name, n, score, true, span.Start)
		if !ok || r.sum.Exact || roundingGap(n, r.sum.Sum) {
			return // (a sum of item scores each rounded may miss by one in the last place)
		}
		what, whatEN := "分值", "points"
		if score {
			what, whatEN = "得分", "score"
		}
		p.Report(audit.Finding{
			Severity:   audit.Error,
			Message:    fmt.Sprintf("正文「%s」%s %s，与%s %s 不符", name, what, n.String(), r.where, r.sum.Sum.String()),
			MessageEN:  fmt.Sprintf("the text gives %q a %s of %s, but %s give %s", name, whatEN, n.String(), r.whEN, r.sum.Sum.String()),
			Span:       span,
			Expr:       "「" + quote + "」：" + r.sum.Expr,
			Expected:   r.sum.Sum.String(),
			Actual:     n.String(),
			Difference: diffStr(n, r.sum.Sum),
			Confidence: 0.85,
			Related:    r.rel,
		})
	}
	keys := buffersOf(p)      // the keyword characters' ends (findAt)
	var sents []figures.Range // each piece's, reused
	var heads [][8]int        // each sentence's matches of headRe, reused
	for _, pc := range piecesOf(p) {
		// a sentence below needs 得 and a bracket (for headRe) or 其中: a
		// piece without is not split into sentences
		if pc.Has&hasFen == 0 || pc.Has&(hasDe|hasQizhong) == 0 {
			continue
		}
		// a piece whose 其中 has no total before it (totalBeforeQizhong)
		// needs what one without 其中 needs
		if pc.Has&hasQizhong == 0 || !totalBeforeQizhong(pc.Text, pc.Span.Start, keys.keysIn(pc.Span)) {
			if pc.Has&hasDe == 0 || strings.IndexByte(pc.Text, '(') < 0 && !cjk.Contains(pc.Text, "（") {
				continue
			}
			// headRe has no anchors: a match in a sentence is one in the
			// whole piece, so a piece without any holds none in a sentence
			if heads = appendHeads(heads[:0], pc.Text); len(heads) == 0 {
				continue
			}
		}
		sents = figures.AppendSentences(sents[:0], pc.Text)
		for si, sr := range sents {
			s := pc.Text[sr.Start:sr.End]
			base := pc.Span.Start + sr.Start
			// "（10分，得10分）" after an indicator name; headRe needs 得 and a
			// bracket, so most sentences skip the scan
			// (strings.ContainsAny with a non-ASCII set decodes s rune by rune)
			// the sentence's keywords, and where the first 其中 starts, read
			// from its keyword characters rather than by scans of s
			sk, qizhong := keywordsIn(s, base, keys.keysIn(model.Span{Start: base, End: base + len(s)}))
			heads = heads[:0]
			if sk&hasDe != 0 && (strings.IndexByte(s, '(') >= 0 || cjk.Contains(s, "（")) {
				heads = appendHeads(heads, s)
			}
			for _, m := range heads {
				name := normName(s[m[2]:m[3]])
				w, sc := num(s[m[4]:m[5]]), num(s[m[6]:m[7]])
				if w == nil || sc == nil {
					continue
				}
				q := s[m[0]:m[1]]
				check(name, *w, model.Span{Start: base + m[4], End: base + m[5]}, false, q)
				check(name, *sc, model.Span{Start: base + m[6], End: base + m[7]}, true, q)
			}
			if pc.Has&hasQizhong == 0 {
				continue
			}
			i := qizhong // strings.Index(s, "其中")
			if i < 0 {
				continue
			}
			ts, tbase := s, base // the text holding the total, and its offset
			tms := proseTotalRe.findAt(s[:i], base, keys.keysIn(model.Span{Start: base, End: base + i}))
			if tms == nil && si > 0 && strings.Trim(s[:i], " 　") == "" {
				// "…综合得分为96.92分，评价等级为“优”。其中：投入指标…": the
				// total ends the sentence before
				prev := sents[si-1]
				ts, tbase = pc.Text[prev.Start:prev.End], pc.Span.Start+prev.Start
				tms = proseTotalRe.findAt(ts, tbase, keys.keysIn(model.Span{Start: tbase, End: tbase + len(ts)}))
			}
			if tms == nil {
				continue
			}
			tm := tms[0] // the first, as FindStringSubmatchIndex finds it
			total := num(ts[tm[4]:tm[5]])
			if total == nil {
				continue
			}
			// "得分…其中" lists scores; "总分100分，其中产出指标50分" may list
			// the points: then a part is reported only if it matches neither.
			scored := cjk.Contains(ts[tm[2]:tm[3]], "得")
			var parts []sval
			var names, quotes []string
			consumed := 0      // the end of the last part read, in the parts' text
			var weights []sval // the parts' points, where written
			for _, m := range partRe.FindAllStringSubmatchIndex(partsText(s[i+len("其中"):]), -1) {
				if m[0] < consumed {
					continue // the score of the part before ("分值20分，得分19.5分")
				}
				off := i + len("其中")
				name := normName(strings.TrimLeft(s[off+m[2]:off+m[3]], "、，,：:"))
				n := num(s[off+m[4] : off+m[5]])
				g := gotAfterRe.FindStringSubmatchIndex(s[off+m[1]:])
				if n != nil && weightWord(name) && g != nil {
					// "投入指标分值20分，得分19.5分": a part's points, then its score
					name = trimWeightWord(name)
				}
				if thresholdAfter(s[off+m[5]:]) || cjk.Contains(name, "总分") {
					break // "…预算执行率10分；总分90分（含）以上为“优”": a grade's threshold ends the list
				}
				if n == nil || name == "" || weightWord(name) {
					continue // "投入指标得分19.78分（满分20分）": the points, not a part
				}
				if strings.HasSuffix(name, "扣") {
					continue // "预算编制科学性扣1分", "合计扣15.30分": a deduction
				}
				sp := model.Span{Start: base + off + m[4], End: base + off + m[5]}
				if g != nil {
					// "投入指标20分，得18.5分": 20 is the points, 18.5 the score
					at := off + m[1]
					if sc := num(s[at+g[2] : at+g[3]]); sc != nil {
						weights = append(weights, sval{N: *n})
						n, sp = sc, model.Span{Start: base + at + g[2], End: base + at + g[3]}
						consumed = m[1] + g[1]
					}
				}
				parts = append(parts, sval{N: *n, Span: sp, OK: true})
				names = append(names, name)
				qend := off + m[1]
				if consumed > m[1] {
					qend = off + consumed
				}
				quotes = append(quotes, strings.TrimLeft(s[off+m[0]:qend], "、，,：: "))
			}
			if len(parts) < 2 {
				continue
			}
			// a total in the sentence before may head a partial list
			// ("自评得分93.5分…。其中项目产出得分29.5分、项目效益得分19.0分"):
			// summed only when the parts' points make the full 100
			whole := ts == s || len(weights) == len(parts) && sumExact(weights, sval{N: figures.Number{Mant: 100, Kind: figures.Value, Exact: true}})
			if whole && !sumExact(parts, sval{N: *total}) {
				sc := sumCheck(parts, sval{N: *total})
				tsp := model.Span{Start: tbase + tm[4], End: tbase + tm[5]}
				p.Report(audit.Finding{
					Severity:   audit.Error,
					Message:    fmt.Sprintf("正文总分 %s 不等于所列各项（%s）之和 %s", total.String(), strings.Join(names, "、"), sc.Sum.String()),
					MessageEN:  fmt.Sprintf("the stated total %s is not the sum %s of the parts listed", total.String(), sc.Sum.String()),
					Span:       tsp,
					Expr:       sc.Expr,
					Expected:   sc.Sum.String(),
					Actual:     total.String(),
					Difference: diffStr(*total, sc.Sum),
					Confidence: 0.9,
				})
			}
			for k, pt := range parts {
				if !scored {
					if r, ok := ref(names[k], pt.N, false, false, pt.Span.Start); ok && r.sum.Exact {
						continue // the points of the indicator
					}
				}
				check(names[k], pt.N, pt.Span, true, quotes[k])
			}
		}
	}
}

// partsText is the text after 其中 that lists the parts: up to the grade
// the sentence goes on to ("，自评等级为“良”（90分及以上为优，80分至90分为
// 良…）"), whose bands are no parts.
func partsText(s string) string {
	end := len(s)
	for _, w := range [...]string{"等级", "等次", "分及以上", "分以上", "分至", "分以下"} {
		if k := cjk.Index(s, w); k >= 0 && k < end {
			end = k
		}
	}
	return s[:end]
}

// trimWeightWord removes weightWord's word from the end of name.
func trimWeightWord(name string) string {
	for _, w := range []string{"总分值", "满分", "分值", "权重", "标准分"} {
		if t, ok := strings.CutSuffix(name, w); ok {
			return t
		}
	}
	return name
}

// weightWord reports whether a part's name is the word for its points
// (满分, 分值, 权重, 标准分): "（满分20分）" after a part's score.
func weightWord(name string) bool {
	for _, w := range []string{"满分", "分值", "权重", "标准分", "总分值"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// totalBeforeQizhong reports whether proseTotalRe may match in text s
// before a 其中 that follows it (keys are the ends of the keyword
// characters of s, base its offset in the text): whether one of the
// regexp's needs ends at or before the start of the last 其中 of s. A
// sentence's total is looked for before its first 其中 only, so a piece
// without such a need gives no sentence one (TestTotalBeforeQizhong).
func totalBeforeQizhong(s string, base int, keys []int32) bool {
	last := -1 // the start of the last 其中
	for _, e := range keys {
		if keywordAt(s, int(e)-base)&hasQizhong != 0 {
			last = int(e) - base - 2
		}
	}
	for _, e := range keys {
		for i, n := range proseTotalRe.needs {
			a := int(e) - base - proseTotalRe.keyAt[i]
			if a >= 0 && a+len(n) <= last && strings.HasPrefix(s[a:], n) {
				return true
			}
		}
	}
	return false
}

// thresholdAfter reports whether the text after a score makes it a
// grade's bound: "分（含）以上", "分以下", "分及以上".
func thresholdAfter(rest string) bool {
	rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), "分")
	for _, w := range [...]string{"（含）", "(含)", "以上", "以下", "及以上", "及以下", "至"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
