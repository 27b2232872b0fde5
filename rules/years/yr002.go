package years

import (
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

var yr002 = &audit.Rule{
	ID:       "YR002",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "比较基期不是上年",
		TitleEN: "Comparison base is not the prior year",
		Explain: "报告年度的数字与更早的年份（如2022年报告中“较2020年”）比较，而同一句的其他指标都与上年（2021年）比较，" +
			"或基数与别处上年的数字相同：多半是基期年份写错。多年对比（如同一指标“较2021年…，较2019年…”）不报。",
		ExplainEN: "A report-year figure is compared with a year before the prior year (\"较2020年\" in a 2022 report) while the " +
			"same sentence compares its other items with the prior year, or the base value equals a prior-year figure elsewhere: " +
			"the base year is probably wrong. Multi-year comparisons of one item are not reported.",
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
	for k, sent := range ss.Spans {
		evs := sevs.of(k)
		subjectR, priorBase := false, false
		for _, e := range evs {
			if !e.Base && e.Year == R {
				subjectR = true
			}
			if e.Base && e.Year == R-1 {
				priorBase = true
			}
		}
		if !subjectR {
			continue
		}
		s := d.Slice(sent)
		for i, e := range evs {
			if !e.Base || e.Rel || e.Year >= R-1 || e.Year < R-10 {
				continue
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
			var l audit.Location
			switch {
			case match != nil:
				conf = 0.8
				l = audit.LocationOf(d, match.Span.Start)
			case priorBase && newItem:
				conf = 0.65
			default:
				continue
			}
			// why: "基数 %s 与%d年的数字相同（%s）" or "同一句的其他指标均与%d年比较",
			// written into the messages
			why := func(t *findingText, en bool) {
				switch {
				case match != nil && !en:
					t.str("基数 ")
					t.b = figures.AppendFixed(t.b, base.N.Mant, base.N.Dec)
					t.str(" 与")
					t.year(R - 1)
					t.str("的数字相同（")
					t.str(l.String())
					t.str("）")
				case match != nil:
					t.str("the base ")
					t.b = figures.AppendFixed(t.b, base.N.Mant, base.N.Dec)
					t.str(" equals the ")
					t.num(R - 1)
					t.str(" figure (")
					t.str(l.English())
					t.str(")")
				case !en:
					t.str("同一句的其他指标均与")
					t.year(R - 1)
					t.str("比较")
				default:
					t.str("the sentence compares its other items with ")
					t.num(R - 1)
				}
			}
			span := model.Span{Start: sent.Start + e.Start, End: sent.Start + e.End}
			var buf [1024]byte
			t := newFindingText(buf[:])
			t.year(R)
			t.str("的数字与")
			t.year(e.Year)
			t.str("比较，而上年是")
			t.year(R - 1)
			t.str("：")
			why(&t, false)
			t.str("，疑似基期年份写错")
			t.end()
			t.str("a ")
			t.num(R)
			t.str(" figure is compared with ")
			t.num(e.Year)
			t.str(", but the prior year is ")
			t.num(R - 1)
			t.str(": ")
			why(&t, true)
			t.str("; the base year is probably wrong")
			t.end()
			t.str("「")
			t.str(shorten(s[clauseStart(s, e.Start):clauseEnd(s, e.End)], 30))
			t.str("」")
			t.end()
			t.year(R - 1)
			t.end()
			t.year(e.Year)
			t.end()
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       span,
				Confidence: conf,
			}
			t.cut(&f.Message, &f.MessageEN, &f.Expr, &f.Expected, &f.Actual)
			if match != nil {
				f.Related = []model.Span{match.Span}
			}
			p.Report(f)
		}
	}
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
