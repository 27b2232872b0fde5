package years

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr002 = &audit.Rule{
	ID:       "YR002",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "比较基期不是上年",
		TitleEN: "Comparison base is not the prior year",
		Explain: "报告年度的数字与更早的年份（如2022年报告中“较2020年”）比较，而同一句的其他指标都与上年（2021年）比较，" +
			"或基数与别处上年的数字相同，或全文其他比较（至少两处）都以上年为基期、只有这一句与更早的年份比较：多半是基期年份写错。多年对比（如同一指标“较2021年…，较2019年…”）不报。" +
			"一年的数字与同一年比较（“2024年…预算17.80万元，比2024年减少23.60万元”）也报告：两个年份必有一个写错；“比2024年年初预算”等同年内的比较不报。",
		ExplainEN: "A report-year figure is compared with a year before the prior year (\"较2020年\" in a 2022 report) while the " +
			"same sentence compares its other items with the prior year, or the base value equals a prior-year figure elsewhere, or every " +
			"other comparison of the text (two or more) is with the prior year and this sentence alone with an earlier one: " +
			"the base year is probably wrong. Multi-year comparisons of one item are not reported. A figure compared with its own " +
			"year (\"2024年…17.80万元，比2024年减少\") is reported too; \"比2024年年初预算\" is a comparison within a year and is not.",
		Bad:  "2022年收入8982.84万元，较2021年收入5205.51万元…；财政拨款7650.85万元，较2020年拨款收入4679.80万元",
		Good: "…财政拨款7650.85万元，较2021年拨款收入4679.80万元",
	},
	Run: runYR002,
}

func runYR002(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	yf := yearFigures(p)
	d := p.Doc
	ss := sentencesOf(p)
	sevs := sentEvents(p)
	// the bases of the whole text: a report that compares with the prior
	// year everywhere else and once with an earlier year has that year wrong
	priorAll, oddAll := 0, map[int]int{}
	for k := range ss.Spans {
		for _, e := range sevs.of(k) {
			switch {
			case !e.Base:
			case e.Year == R-1:
				priorAll++
			case !e.Rel && e.Year < R-1:
				oddAll[e.Year]++
			}
		}
	}
	unit, lastSubj := 0, 0 // the unit of sentence k, and the last figure's year in it before k
	for k, sent := range ss.Spans {
		evs := sevs.of(k)
		for unit+1 < len(ss.First) && int(ss.First[unit+1]) <= k {
			unit, lastSubj = unit+1, 0
		}
		subjBefore := lastSubj
		for _, e := range evs {
			if !e.Base && !e.Rel {
				lastSubj = e.Year
			}
		}
		if i := sameYearBase(d.Slice(sent), evs); i >= 0 {
			reportSameYear(p, sent, evs, i, R)
			continue
		}
		if i := selfBase(d.Slice(sent), evs, R); i >= 0 && subjBefore == R {
			// "2019年度收入总计18004.88万元…。与2019年度相比，收、支总计各增加
			// 4854.00万元" in a 2019 report: the sentence names no year of its
			// own, the one before is the report year's
			reportSameYear(p, sent, evs, i, R)
			continue
		}
		subjectR, priorBase, subject := false, false, false
		for _, e := range evs {
			if !e.Base && e.Year == R {
				subjectR = true
			}
			if !e.Base && !e.Rel {
				subject = true
			}
			if e.Base && e.Year == R-1 {
				priorBase = true
			}
		}
		if !subjectR && subject {
			continue // (a sentence naming no year speaks of the report year: "2.卫生健康支出4819.03万元，比2022年预算增加…")
		}
		s := d.Slice(sent)
		if cjk.Contains(s, "年均") || yearSpan(s) {
			continue // "2013—2017年…年均增长10.41%，2017年比2015年增长21.85%": a span of years, compared every way
		}
		for i, e := range evs {
			if !e.Base || e.Rel || e.Year >= R-1 || e.Year < R-10 {
				continue
			}
			if !subject && actualAfter(s[e.End:]) {
				continue // "比2023年预算执行数增加" in a 2025 budget: the last year with actual figures
			}
			// Multi-year comparison of one item: the odd base follows
			// another comparison without a new figure in between.
			newItem := newFigureSince(s, evs, i)
			var base, match *yfig
			if bi := baseValue(yf.figs, yf.sentFigs[k], yf.sentFigs[k+1], sent, s, e); bi >= 0 {
				base = &yf.figs[bi]
				baseLabel := yf.label(bi)
				for _, gi := range yf.withValue(base.N) {
					g := &yf.figs[gi]
					if g.Year == R-1 && significant(g.N) && g.Span != base.Span && commonRunes(yf.label(gi), baseLabel) >= 2 {
						match = g
						break
					}
				}
			}
			conf := 0.0
			why, whyEN := "", ""
			switch {
			case match != nil:
				conf = 0.8
				l := audit.LocationOf(d, match.Span.Start)
				why = fmt.Sprintf("基数 %s 与%d年的数字相同（%s）", base.N.String(), R-1, l.String())
				whyEN = fmt.Sprintf("the base %s equals the %d figure (%s)", base.N.String(), R-1, l.English())
			case priorBase && newItem:
				conf = 0.65
				why = fmt.Sprintf("同一句的其他指标均与%d年比较", R-1)
				whyEN = fmt.Sprintf("the sentence compares its other items with %d", R-1)
			case priorAll >= 2 && oddAll[e.Year] == 1 && bases(evs) == 1 && !(base == nil && planBaseline(e.Year, R)):
				conf = 0.55
				why = fmt.Sprintf("全文其他 %d 处比较均以%d年为基期", priorAll, R-1)
				whyEN = fmt.Sprintf("the %d other comparisons of the text are all with %d", priorAll, R-1)
			default:
				continue
			}
			span := model.Span{Start: sent.Start + e.Start, End: sent.Start + e.End}
			f := audit.Finding{
				Severity: audit.Warning,
				Message: fmt.Sprintf("%d年的数字与%d年比较，而上年是%d年：%s，疑似基期年份写错",
					R, e.Year, R-1, why),
				MessageEN: fmt.Sprintf("a %d figure is compared with %d, but the prior year is %d: %s; the base year is probably wrong",
					R, e.Year, R-1, whyEN),
				Span:       span,
				Expr:       "「" + shorten(s[clauseStart(s, e.Start):clauseEnd(s, e.End)], 30) + "」",
				Expected:   fmt.Sprintf("%d年", R-1),
				Actual:     fmt.Sprintf("%d年", e.Year),
				Confidence: conf,
			}
			if match != nil {
				f.Related = []model.Span{match.Span}
			}
			p.Report(f)
		}
	}
}

// sameYearBase returns the index of a base year that is the year of the
// figure it is compared with: "2024年“三公”经费预算17.80万元，比2024年减少
// 23.60万元" (one of the two years is wrong), or -1. The base must be a
// whole year followed by the change ("比2024年减少", "与2024年相比"):
// "比2024年年初预算增加" compares a final figure with that year's budget.
func sameYearBase(s string, evs []event) int {
	subject := -1
	for i, e := range evs {
		switch {
		case e.Rel && !e.Base:
			subject = -1 // "…，本年未购置；": the report year speaks now
		case e.Rel:
		case !e.Base:
			subject = i
		case subject >= 0 && evs[subject].Year == e.Year && (changeFollows(s[e.End:]) || sameKindFollows(s[evs[subject].End:e.Start], s[e.End:])) && !strings.ContainsAny(s[evs[subject].End:e.Start], "；;"):
			// (a year before a ； is another clause's: "2018年购置1辆；公务
			// 用车运行费12.09万元，比2018年增加…")
			return i
		}
	}
	return -1
}

// yearSpan reports a span of years in s: 2013—2017年, 2019-2023年, 2020至2024年
// (yearSpanRe, its test oracle, by a regular expression: the plain scan
// costs a tenth as much, run on every sentence).
func yearSpan(s string) bool {
	isYear4 := func(i int) bool {
		return i+4 <= len(s) && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigitByte(s[i+2]) && isDigitByte(s[i+3])
	}
	skipSpace := func(i int) int {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		return i
	}
	for i := 0; i+4 <= len(s); i++ {
		if !isYear4(i) || i > 0 && isDigitByte(s[i-1]) {
			continue
		}
		j := skipSpace(i + 4)
		r, n := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune("—–-－~～至到", r) || n == 0 {
			continue
		}
		k := skipSpace(j + n)
		if isYear4(k) && strings.HasPrefix(s[skipSpace(k+4):], "年") {
			return true
		}
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// selfBase returns the index of the one year of a sentence that names no
// other, when it is report year R as a comparison base followed by the
// change ("与2019年度相比，…增加"), or -1.
func selfBase(s string, evs []event, R int) int {
	if len(evs) != 1 || !evs[0].Base || evs[0].Rel || evs[0].Year != R || !changeFollows(s[evs[0].End:]) {
		return -1
	}
	return 0
}

// sameKindFollows reports a base year followed by the kind of figure the
// subject's words (between its year and the base) name, then the change:
// "2016年“三公”经费预算数为31.80万元，比2016年预算35.00万元减少" compares a
// budget with the same year's budget.
func sameKindFollows(subject, after string) bool {
	after = strings.TrimPrefix(after, "度")
	for _, w := range [...]string{"预算", "决算"} {
		rest, ok := strings.CutPrefix(after, w)
		if !ok || !cjk.Contains(subject, w) {
			continue
		}
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "数"), "的")
		if loc := moneyRe.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			rest = rest[loc[1]:]
		}
		return startsWithChange(rest) || strings.HasPrefix(rest, "相比")
	}
	return false
}

// changeFollows reports whether after (the text after a base year's 年)
// goes straight on to the change: 增加, 下降, … or 相比.
func changeFollows(after string) bool {
	after = strings.TrimPrefix(after, "度")
	after = strings.TrimPrefix(strings.TrimPrefix(after, "末"), "底") // 比2018年末增加
	if rest, ok := strings.CutPrefix(after, "的"); ok {
		// "比2017年的45.12万元减少7.66万元": the base figure, then the change
		if loc := moneyRe.FindStringIndex(rest); loc != nil && loc[0] == 0 {
			after = rest[loc[1]:]
		}
	}
	return startsWithChange(after) || strings.HasPrefix(after, "相比")
}

// reportSameYear reports evs[i], a base year equal to its figure's year.
func reportSameYear(p *audit.Pass, sent model.Span, evs []event, i, R int) {
	d := p.Doc
	s := d.Slice(sent)
	e := evs[i]
	subj := evs[0]
	for _, o := range evs[:i] {
		if !o.Base && !o.Rel {
			subj = o
		}
	}
	expected, hint, hintEN := "", "", ""
	switch e.Year {
	case R:
		expected = fmt.Sprintf("%d年", R-1)
	case R - 1:
		// the report year's figure labelled with the prior year, as in
		// "2024年…预算17.80万元，比2024年减少" of a 2025 budget
		expected = fmt.Sprintf("%d年…比%d年", R, R-1)
		hint = fmt.Sprintf("报告年度为%d年，前一个年份可能应为%d年。", R, R)
		hintEN = fmt.Sprintf("The report year is %d; the first year may be meant as %d.", R, R)
	}
	p.Report(audit.Finding{
		Severity:  audit.Warning,
		Message:   fmt.Sprintf("%d年的数字与同一年（%d年）比较，其中一个年份写错", subj.Year, e.Year),
		MessageEN: fmt.Sprintf("a %d figure is compared with the same year %d: one of the two years is wrong", subj.Year, e.Year),
		Span:      model.Span{Start: sent.Start + e.Start, End: sent.Start + e.End},
		Related:   []model.Span{{Start: sent.Start + subj.Start, End: sent.Start + subj.End}},
		Expr:      "「" + shorten(s[clauseStart(s, subj.Start):clauseEnd(s, e.End)], 40) + "」",
		Expected:  expected,
		Actual:    fmt.Sprintf("%d年", e.Year),
		Hint:      hint,
		HintEN:    hintEN,
		// a year compared with itself is a slip whichever year is wrong
		Confidence: 0.8,
	})
}

// bases counts the comparison bases among evs.
func bases(evs []event) int {
	n := 0
	for _, e := range evs {
		if e.Base {
			n++
		}
	}
	return n
}

// newFigureSince reports whether, between the comparison before evs[i]
// (or the sentence start) and evs[i], the sentence states a new figure with
// a label of its own: the odd comparison is about a different item.
func newFigureSince(s string, evs []event, i int) bool {
	from := -1
	for k := i - 1; k >= 0; k-- {
		if evs[k].Base {
			from = evs[k].End
			break
		}
	}
	if from < 0 {
		return false
	}
	// skip the previous comparison's own clause and the change clause after it
	seg := s[from:evs[i].Start]
	clauses := strings.FieldsFunc(seg, func(r rune) bool { return r == '，' || r == ',' || r == '；' || r == ';' })
	for _, c := range clauses[min(1, len(clauses)):] {
		if moneyRe.MatchString(c) && !startsWithChange(c) && len(label(moneyRe.ReplaceAllString(c, ""))) >= 6 {
			return true
		}
	}
	return false
}

var changeWords = []string{"增加", "减少", "增长", "下降", "提高", "降低", "增幅", "降幅", "上升", "持平", "多", "少"}

func startsWithChange(c string) bool {
	c = strings.TrimSpace(c)
	for _, w := range changeWords {
		if strings.HasPrefix(c, w) {
			return true
		}
	}
	return false
}

// baseValue returns the index of the first money figure of the clause
// holding the base year, if it comes after the year ("较2020年拨款收入
// 4679.80万元"), else -1; figs[lo:hi] are the money figures of the sentence.
func baseValue(figs []yfig, lo, hi int32, sent model.Span, s string, e event) int32 {
	end := clauseEnd(s, e.End)
	for i := lo; i < hi; i++ {
		off := figs[i].Span.Start - sent.Start
		if off >= e.End && off < end {
			return i
		}
	}
	return -1
}

// actualAfter reports a base year followed by an actual figure's words
// (2023年预算执行数, 2023年决算).
func actualAfter(after string) bool {
	w := after[:min(len(after), 18)] // the next six runes or so
	return cjk.Contains(w, "执行") || cjk.Contains(w, "决算") || cjk.Contains(w, "实际")
}

// planBaseline reports a base year that ends the five-year plan before the
// one year R falls in (2020 for 2021–2025, the 十四五 targets' baseline):
// "万元GDP用水量较2020年下降14.6%", with no base figure, measures against
// it on purpose ("与2020年度总计1942.95万元相比" in a 2022 report does not).
func planBaseline(base, R int) bool {
	return base%5 == 0 && R > base && R-base <= 5
}
