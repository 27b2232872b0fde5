package years

import (
	"fmt"
	"github.com/crossfoot/crossfoot/figures"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr001 = &audit.Rule{
	ID:       "YR001",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "其他年份的数字与本年数相同",
		TitleEN: "Figure labelled with another year equals the report-year figure",
		Explain: "正文中标注为非报告年度（如2021年）的金额，与报告年度（2022年）同一项目的数字完全相同，" +
			"（标注为下一年度的，只在写明“完成”“实际”“决算”等实际数时比较：下一年度尚无实际数），" +
			"而该数字在别处并未标注为该年份：多半是年份写错（应为本年），或误抄了本年数。" +
			"“2019年度本年支出合计”一类写法（2020年报告中，年份之后紧接“本年”）也报告：本年即报告年度，两者矛盾；但该数正是同句前面所写增减（“本年支出合计比上年减少179.59万元，下降2.71%”）的基数时，它是上年的本年支出合计，写上年年份正确，不报告。",
		ExplainEN: "A money figure in prose labelled with a year other than the report year (the next year only when it says 完成, 实际 or 决算: that year has no actual yet) equals, digit for digit, " +
			"the report-year figure of the same item elsewhere (a table column headed with the report year or a report-year " +
			"sentence), and is not labelled with that other year anywhere else: the year label is probably wrong. " +
			"\"2019年度本年支出合计\" in a 2020 report is reported too: 本年 (this year) is the report year; not when the figure is the base of a change written before it in its sentence (\"本年支出合计比上年减少179.59万元，下降2.71%，2023年度本年支出合计为6,633.21万元\"): last year's 本年支出合计, rightly dated.",
		Bad:  "2021年公用经费预算364.35万元（表中2022年公用经费为364.35万元）",
		Good: "2022年公用经费预算364.35万元",
	},
	Run: runYR001,
}

func runYR001(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	yf := yearFigures(p)
	figs := yf.figs
	reported := map[[2]int]bool{}
	var hits []yr001Hit
	for fi := range figs {
		f := &figs[fi]
		if f.Table || f.Base || f.Year == 0 || f.Year == R || f.Year < R-3 || f.Year > R+1 || !significant(f.N) {
			continue
		}
		if f.Year == R+1 && (!actualOfItsYear(f.Pre) || cutOffIn(p.Doc.Text[f.Sent.Start:max(f.Sent.Start, f.Span.Start)], f.Year)) {
			// the next year's figures are plans, which may equal this
			// year's; "截至2023年3月31日，项目累计实际支出…" is a total to a
			// day after the report year, not that year's figure
			continue
		}
		// the same value labelled with f's own year elsewhere: both years may be equal
		var match *yfig
		legit := false
		var fLabel []rune // f's label, once a g needs it
		// the figures g of f's value, in order
		for _, i := range yf.withValue(f.N) {
			g := &figs[i]
			if g.Span == f.Span {
				continue
			}
			if !g.Table && g.Sent == f.Sent {
				// "2021年X万元，与本年X万元持平"; not when the words between
				// the two state a change ("210.00万元，比上年增加30.00万元
				// （2022年…210.00万元）"): then the years' figures differ
				if g.Year == R && !statesChange(p.Doc.Text[min(g.Span.End, f.Span.End):max(g.Span.Start, f.Span.Start)]) {
					legit = true
				}
				continue
			}
			if g.Year == f.Year {
				legit = true
				break
			}
			if g.Year != R {
				continue
			}
			if f.Year == R-1 && g.Table && (cjk.Contains(f.Pre, "结转") || cjk.Contains(f.Pre, "结余")) && carriedFromLastYear(g.RowText+g.Head) {
				// "2025年…预计年末结转结余79.90万元" and a 2026 table's 上年结转
				// row of 79.90: last year's closing balance is this year's
				// opening one
				legit = true
				break
			}
			if fLabel == nil {
				fLabel = yf.label(int32(fi))
			}
			// the year word is looked for in the row text only: the label
			// before it holds no digit
			// the same item: labels alike, or a figure of seven digits or
			// more, which two items do not share by chance
			if (commonRunes(fLabel, yf.label(i)) >= 3 || longFigure(f.N.Mant)) && !(g.Table && containsYear(g.RowText, f.Year)) {
				if match == nil || !match.Table && g.Table {
					match = g
				}
			}
		}
		if legit || match == nil {
			continue
		}
		key := [2]int{f.Sent.Start, int(f.N.Mant)}
		if reported[key] {
			continue
		}
		reported[key] = true
		hits = append(hits, yr001Hit{f, match})
	}
	// "2019年度本年支出合计X" in a 2020 report: 本年 is the report year, the
	// year written before it another; the figure reads as 本年's
	for fi := range figs {
		f := &figs[fi]
		if f.Table || f.Base || f.Year != R || !significant(f.N) {
			continue
		}
		if y := yearBeforeThisYear(f.Pre); y != 0 && y != R && y >= R-3 && y < R {
			if y == R-1 && baseOfChangeBefore(p.Doc.Text[f.Sent.Start:f.Span.Start], f.N) {
				continue // "本年支出合计比上年减少179.59万元，下降2.71%，2023年度本年支出合计为6,633.21万元": last year's 本年支出合计, the base
			}
			g := *f
			g.Year = y
			reportThisYearClash(p, ry, &g)
		}
	}
	// One wrong year word mislabels every figure after it in its sentence
	// ("2021年度…支出5269.18万元，主要用于：A 120.99万元；B 59.44万元"): the
	// first figure is reported, with the others as related places.
	for i := 0; i < len(hits); {
		j := i + 1
		for j < len(hits) && hits[j].f.Sent == hits[i].f.Sent && hits[j].f.Year == hits[i].f.Year {
			j++
		}
		reportYR001(p, ry, hits[i], hits[i+1:j])
		i = j
	}
}

// carriedFromLastYear reports a row or column of funds carried over from
// the year before (上年结转, 年初结转结余, 上年结余).
func carriedFromLastYear(s string) bool {
	return cjk.ContainsAnyOf(s, "上年结转", "年初结转", "上年结余", "年初结余", "上年财政拨款结转")
}

// longFigure reports a mantissa of seven digits or more (42,163,049.91).
func longFigure(m int64) bool { return m >= 1_000_000 || m <= -1_000_000 }

// yr001Hit is a prose figure YR001 reports, with the report-year figure it
// equals.
type yr001Hit struct{ f, match *yfig }

// yearBeforeThisYear returns the year of "<year>年度本年…" or "<year>年本年…"
// in pre, the clause before a figure, else 0.
func yearBeforeThisYear(pre string) int {
	for _, w := range []string{"年度本年", "年本年"} {
		k := cjk.Index(pre, w)
		if k < 4 {
			continue
		}
		if y, err := strconv.Atoi(pre[k-4 : k]); err == nil && y >= 1990 && y <= 2100 {
			if before := strings.TrimSpace(pre[:k-4]); strings.HasSuffix(before, "与") || strings.HasSuffix(before, "比") || strings.HasSuffix(before, "较") {
				// "与2020年本年支出56,783.22万元相比": that year's 本年支出,
				// the base of the comparison
				return 0
			}
			return y
		}
	}
	return 0
}

// reportThisYearClash reports f, written "<f.Year>年…本年" in a report on
// another year.
func reportThisYearClash(p *audit.Pass, ry *yearVote, f *yfig) {
	R := ry.Year
	p.Report(audit.Finding{
		Severity:   audit.Warning,
		Message:    fmt.Sprintf("此处金额 %s%s 写作「%d年…本年」，而本年是报告年度%d年：年份与“本年”矛盾，疑似年份写错", f.N.String(), f.N.Unit, f.Year, R),
		MessageEN:  fmt.Sprintf("%s %s is written \"%d…本年\" (this year), but this year is the report year %d: the year is probably wrong", f.N.String(), f.N.Unit, f.Year, R),
		Span:       f.Span,
		Expr:       "「" + shorten(f.Pre, 30) + "」",
		Expected:   fmt.Sprintf("%d年", R),
		Actual:     fmt.Sprintf("%d年", f.Year),
		Confidence: 0.8,
		Hint:       fmt.Sprintf("报告年度判定：%s", firstEvidence(ry)),
		HintEN:     fmt.Sprintf("report year %d", R),
	})
}

func reportYR001(p *audit.Pass, ry *yearVote, h yr001Hit, more []yr001Hit) {
	f, match, R := h.f, h.match, ry.Year
	where := "正文"
	whereEN := "prose"
	if match.Table {
		l := audit.LocationOf(p.Doc, match.Span.Start)
		where, whereEN = l.String(), l.English()
	} else {
		l := audit.LocationOf(p.Doc, match.Span.Start)
		where, whereEN = "正文 "+l.String(), "prose, "+l.English()
	}
	fd := audit.Finding{
		Severity: audit.Warning,
		Message: fmt.Sprintf("此处金额 %s%s 标注为%d年，但与%d年（报告年度）同一项目的数字相同（%s），且别处没有%d年的该数：疑似年份写错或误用本年数",
			f.N.String(), f.N.Unit, f.Year, R, where, f.Year),
		MessageEN: fmt.Sprintf("%s %s is labelled %d but equals the %d (report year) figure of the same item (%s), and no %d figure elsewhere has this value: the year is probably wrong",
			f.N.String(), f.N.Unit, f.Year, R, whereEN, f.Year),
		Span:       f.Span,
		Expr:       fmt.Sprintf("%d年 %s = %d年 %s", f.Year, f.N.String(), R, match.N.String()),
		Expected:   fmt.Sprintf("%d年", R),
		Actual:     fmt.Sprintf("%d年", f.Year),
		Confidence: 0.75,
		Hint:       fmt.Sprintf("报告年度判定：%s", firstEvidence(ry)),
		HintEN:     fmt.Sprintf("report year %d", R),
		Related:    []model.Span{match.Span},
	}
	if len(more) > 0 {
		var vals []string
		for _, m := range more {
			vals = append(vals, m.f.N.String()+m.f.N.Unit)
			fd.Related = append(fd.Related, m.f.Span)
		}
		fd.Message += fmt.Sprintf("；同句的 %s 也与报告年度的数字相同", strings.Join(vals, "、"))
		fd.MessageEN += fmt.Sprintf("; so do %s in the same sentence", strings.Join(vals, ", "))
	}
	p.Report(fd)
}

// containsYear is strings.Contains(s, strconv.Itoa(y)+"年") without
// building the word on the heap.
func containsYear(s string, y int) bool {
	var buf [24]byte
	w := append(strconv.AppendInt(buf[:0], int64(y), 10), "年"...)
	return cjk.Contains(s, string(w))
}

// firstEvidence is the year and its strongest evidence line, for a hint.
func firstEvidence(ry *yearVote) string {
	if len(ry.votes) == 0 {
		return fmt.Sprintf("%d年", ry.Year)
	}
	return fmt.Sprintf("%d年（%s）", ry.Year, ry.firstEvidence())
}

// actualOfItsYear reports a clause that gives the actual figure of its year
// (完成, 实际, 决算, 执行数), not a plan: in a 2020 report "2021年…收入完成
// 62584.91万元" cannot be 2021's, which has not been accounted for.
func actualOfItsYear(pre string) bool {
	for _, n := range [...]string{"一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算"} {
		pre = strings.ReplaceAll(pre, n, "") // the names of budgets, not plans
	}
	for _, w := range [...]string{"预计", "预期", "计划", "预算", "安排", "目标", "草案", "力争", "争取"} {
		if cjk.Contains(pre, w) {
			return false
		}
	}
	for _, w := range [...]string{"完成", "实际", "决算", "执行数", "实现"} {
		if cjk.Contains(pre, w) {
			return true
		}
	}
	return false
}

// statesChange reports whether s states a change by a figure other than
// zero: a change word followed by a figure with a digit 1–9 ("增加30.00万元",
// "增长16.67%"; not "增加0.00万元", nor "增长" alone).
func statesChange(s string) bool {
	for _, w := range [...]string{"增加", "减少", "增长", "下降", "提高", "降低"} {
		for i := cjk.Index(s, w); i >= 0; {
			rest := strings.TrimPrefix(s[i+len(w):], "了")
			j := 0
			for j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '.' || rest[j] == ',') {
				if rest[j] >= '1' && rest[j] <= '9' {
					return true
				}
				j++
			}
			k := cjk.Index(s[i+len(w):], w)
			if k < 0 {
				break
			}
			i += len(w) + k
		}
	}
	return false
}

// cutOffIn reports a cut-off date in year y in pre, "截至2023年3月31日":
// 截至 or 截止 before the year and a month after it.
func cutOffIn(pre string, y int) bool {
	ys := strconv.Itoa(y) + "年"
	for from := 0; ; {
		k := cjk.Index(pre[from:], ys)
		if k < 0 {
			return false
		}
		k += from
		before := strings.TrimRight(pre[:k], " ")
		after := pre[k+len(ys):]
		if (strings.HasSuffix(before, "截至") || strings.HasSuffix(before, "截止") || strings.HasSuffix(before, "截止到")) && monthNext(after) {
			return true
		}
		from = k + len(ys)
	}
}

// monthNext reports whether s opens with a month: "3月", "12月".
func monthNext(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(s[i:], "月")
}

// baseOfChangeBefore reports whether n is the base of a change stated
// earlier in its sentence (before, the sentence up to n): a change written
// with its amount and its rate, in n's unit, whose rate is the amount
// ÷ n. Such a figure is last year's, and "上年度本年支出合计" names it
// rightly.
func baseOfChangeBefore(before string, n amount) bool {
	st := figures.Analyze(before)
	for _, c := range st.Comparisons {
		if c.Diff == nil || c.Rate == nil || c.Base != nil || c.Diff.Unit != n.Unit || c.Diff.Mant <= 0 || c.Rate.Mant <= 0 || c.DiffSign != c.RateSign {
			continue
		}
		base := figures.Number{Mant: n.Mant, Dec: n.Dec, Kind: figures.Value}
		if ok, _, valid := figures.RateCheck(c.Rate.Number, c.Diff.Interval(figures.HalfUp), base.Interval(figures.HalfUp)); ok && valid {
			return true
		}
	}
	return false
}
