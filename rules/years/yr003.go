package years

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr003 = &audit.Rule{
	ID:       "YR003",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "段落只比较两个以前年度",
		TitleEN: "Paragraph compares two earlier years only",
		Explain: "在报告年度（如2022年）的报告中，一段话只写上年与前年之间的增减（“2021年整体资金支出较2020年增加…”），" +
			"全段没有提到报告年度：多半是沿用上年报告的文字未更新。上年的数字“比上年”增减（“2021年度…比上年减少…”）同样报告。写明“经最终核实”“修订”等的不报告。全文提及上年的次数达到报告年度一半以上时不检查。",
		ExplainEN: "In a report about one year (e.g. 2022), a paragraph states changes between two earlier years only " +
			"(\"2021 spending rose … over 2020\") and never mentions the report year: the text was probably carried over " +
			"from last year's report. The prior year's figure compared \"比上年\" counts too; restated final figures (经最终核实, 修订) do not.",
		Bad:  "本部门2021年整体资金支出较2020年增加891.67万元，提高12.75%。",
		Good: "本部门2022年整体资金支出较2021年增加…",
	},
	Run: runYR003,
}

// revisedRe marks a sentence that restates an earlier year's final
// figures ("经最终核实，2022年全市生产总值…比上年增长…"): meant so.
var revisedRe = regexp.MustCompile(`核实|修订|核定|最终`)

var changeRe = regexp.MustCompile(`增加|减少|增长|下降|提高|降低|增幅|降幅|上升`)
var figureRe = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%|％|万亿元|亿元|万元|千元|元|个百分点)`)

func runYR003(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	d := p.Doc
	// whether the document talks of the prior year as much as of the
	// report year, counted for the first finding: most documents have none
	checked, talksPrior := false, false
	ss := sentencesOf(p)
	uevs := unitEvents(p)
	sevs := sentEvents(p)
	for i, u := range unitsOf(p) {
		if u.Cell != nil {
			continue
		}
		mentionsR := false
		for _, e := range uevs.of(i) {
			if e.Year >= R {
				mentionsR = true
			}
		}
		if mentionsR || namesThisYear(d.Slice(u.Span)) {
			continue // ("…2021年执行率为90.35%，本年执行率较上年降低3.95个百分点")
		}
		lo, hi := ss.of(i)
		for k := lo; k < hi; k++ {
			sent := ss.Spans[k]
			s := d.Slice(sent)
			// the digit years of the sentence: events(s, 0)
			var subj, base *event
			relBase := false // "比上年" after the subject: its year before
			evs := sevs.of(k)
			for i := range evs {
				e := &evs[i]
				if e.Rel {
					relBase = relBase || e.Base && subj != nil && base == nil
					continue
				}
				if e.Base && base == nil {
					base = e
				} else if !e.Base && subj == nil && base == nil {
					subj = e
				}
			}
			if subj == nil || subj.Year != R-1 {
				continue
			}
			// the base: a year two before the report's ("2021年…较2020年"), or
			// the year before the subject's ("2019年度…比上年…" in a 2020
			// report)
			baseYear, from := 0, 0
			switch {
			case base != nil && base.Year == R-2:
				baseYear, from = base.Year, base.End
			case base == nil && relBase:
				baseYear, from = R-2, subj.End
			default:
				continue
			}
			if !changeRe.MatchString(s[from:]) || !figureRe.MatchString(s[from:]) || revisedRe.MatchString(s) {
				continue
			}
			if !checked {
				checked, talksPrior = true, talksOfPrior(d, yearMarksOf(p), R)
			}
			if talksPrior {
				return
			}
			p.Report(audit.Finding{
				Severity: audit.Warning,
				Message: fmt.Sprintf("本段比较的是%d年与%d年，全段未提及报告年度%d年：疑似沿用上年报告的文字，年份与数字都需核对",
					subj.Year, baseYear, R),
				MessageEN: fmt.Sprintf("this paragraph compares %d with %d and never mentions the report year %d: probably carried over from last year's report; check the years and figures",
					subj.Year, baseYear, R),
				Span:       model.Span{Start: sent.Start + subj.Start, End: sent.Start + subj.End},
				Expr:       "「" + shorten(s, 30) + "」",
				Expected:   fmt.Sprintf("%d年", R),
				Actual:     fmt.Sprintf("%d年", subj.Year),
				Confidence: 0.6,
				Hint:       fmt.Sprintf("报告年度判定：%s", firstEvidence(ry)),
				HintEN:     fmt.Sprintf("report year %d", R),
			})
			break
		}
	}
}

// talksOfPrior reports whether d talks about the prior year of R as much as
// about R (a government work report reviewing last year): YR003 does not
// check such a document.
//
// The 年 are read from ym, d's yearMarks (nil: searched for).
func talksOfPrior(d *model.Document, ym yearMarks, R int) bool {
	nR, nPrior := 0, 0
	ys := ym.scanner(d.Text, 0)
	for {
		m, ok := ys.next()
		if !ok {
			break
		}
		if after := d.Text[m[1]:]; carryOver(after) || namesBatch(after) {
			continue // not an event (appendEvents)
		}
		switch yearAt(d.Text, m) {
		case R:
			nR++
		case R - 1:
			nPrior++
		}
	}
	return nPrior*2 >= nR
}

// namesThisYear reports a paragraph that compares the report year, named
// without its digits, with the year before: "本年执行率较上年降低3.95个百分
// 点" (本年 or 今年, not after a year of its own as in "2019年度本年支出合计",
// and 上年 soon after).
func namesThisYear(s string) bool {
	for _, w := range [...]string{"本年", "今年"} {
		for i := 0; ; {
			k := cjk.Index(s[i:], w)
			if k < 0 {
				break
			}
			k += i
			i = k + len(w)
			if strings.HasSuffix(s[:k], "年") || strings.HasSuffix(s[:k], "年度") {
				continue
			}
			after := s[i:]
			if n := cjk.Index(after, "上年"); n >= 0 && utf8.RuneCountInString(after[:n]) <= 10 {
				return true
			}
		}
	}
	return false
}
