package prose

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// statedBaseRe is the text between a current figure and last year's
// written after it with no comparison word: "比例为18.80%，2023年为19.60%",
// "总投入16.41亿元，上年为15.93亿元" (the year, when written, is group 1).
var statedBaseRe = regexp.MustCompile(`^[，,]\s*(?:上年|去年|上年同期|(\d{4})年(?:度|同期)?)(?:为|是|达到|达)$`)

// statedChangeRe is the text between last year's figure and the change
// after it: "，提高0.80个百分点", "，同比减少0.48亿元".
var statedChangeRe = regexp.MustCompile(`^[，,]\s*(?:比上年|较上年|同比)?(提高|增加|增长|上升|下降|减少|降低|回落)了?$`)

// statedChange is "X为A，上年（2023年）为B，提高D" read from a unit's
// quantities: the current figure, last year's, the change and its word.
type statedChange struct {
	cur, base, d *figures.Quantity
	word         string
	wordAt       int // offset of word in the unit's text
	sign         int // the word's direction
}

// statedChangeAt reads a statedChange from qs[k], qs[k+1], qs[k+2] of u:
// the base is last year's (上年, or the year before the report's or the
// sentence's), the change is in the figures' unit (个百分点 for rates).
func statedChangeAt(p *audit.Pass, u *unit, k int) (statedChange, bool) {
	qs := u.st.Quantities
	if k < 0 || k+2 >= len(qs) {
		return statedChange{}, false
	}
	cur, base, d := &qs[k], &qs[k+1], &qs[k+2]
	if cur.Approx || base.Approx || d.Approx || d.Mant <= 0 || cur.Unit != base.Unit || cur.Percent != base.Percent {
		return statedChange{}, false
	}
	if cur.Percent {
		if d.Unit != "个百分点" && d.Unit != "百分点" {
			return statedChange{}, false
		}
	} else if d.Unit != cur.Unit || cur.Unit == "" {
		return statedChange{}, false
	}
	m := statedBaseRe.FindStringSubmatch(u.text[cur.End:base.Start])
	if m == nil {
		return statedChange{}, false
	}
	if m[1] != "" {
		y, _ := strconv.Atoi(m[1])
		cy := xrefFactsOf(p).reportYear()
		if cy == 0 {
			cy = sentenceYear(u, cur.Start) // "2024年全区一般公共预算支出…"
		}
		if cy == 0 || y != cy-1 {
			return statedChange{}, false // (another year than last: "2020年为…" in a five-year review)
		}
	}
	w := statedChangeRe.FindStringSubmatch(u.text[base.End:d.Start])
	if w == nil {
		return statedChange{}, false
	}
	sc := statedChange{cur: cur, base: base, d: d, word: w[1], wordAt: base.End + len(w[0]) - len(w[1]), sign: 1}
	if strings.HasSuffix(w[0], "了") {
		sc.wordAt -= len("了")
	}
	switch sc.word {
	case "下降", "减少", "降低", "回落":
		sc.sign = -1
	}
	return sc, true
}

// withStatedBase returns c with the current figure and last year's taken
// from "X为A，上年为B，同比增加D，降幅R%" when the analysis found the change
// but no base (no 比 before the year), taking B, the amount right before
// 同比, for the current figure.
func withStatedBase(p *audit.Pass, u *unit, c figures.Comparison) figures.Comparison {
	if c.Base != nil || c.Diff == nil && c.Rate == nil || !cjk.Contains(u.text, "为") {
		return c
	}
	first := c.Diff
	if first == nil || c.Rate != nil && c.Rate.Start < first.Start {
		first = c.Rate
	}
	qs := u.st.Quantities
	for k := range qs {
		if qs[k].Start != first.Start {
			continue
		}
		if sc, ok := statedChangeAt(p, u, k-2); ok && (c.Cur == nil || c.Cur.Start == sc.cur.Start || c.Cur.Start == sc.base.Start) {
			c.Cur, c.Base = sc.cur, sc.base
		}
		break
	}
	return c
}

// checkStatedBase reports "X为A，上年（2023年）为B，提高D" whose direction
// word says the opposite of A − B, when D is |A − B| within rounding: the
// figures agree with each other and only the word is wrong. Changes the
// analysis read as a comparison are checkPolarity's (withStatedBase).
func checkStatedBase(p *audit.Pass, u *unit) {
	qs := u.st.Quantities
	if len(qs) < 3 || !cjk.Contains(u.text, "为") {
		return
	}
	for k := 0; k+2 < len(qs); k++ {
		sc, ok := statedChangeAt(p, u, k)
		if !ok || compared(u, sc.d) {
			continue
		}
		actual := signApart(sc.cur.Number, sc.base.Number)
		if actual == 0 || actual == sc.sign {
			continue
		}
		if size, _, _ := figures.DiffCheck(sc.cur.Number, sc.base.Number, sc.d.Number, 0); !size {
			continue // (a change of another size: PRS002's, or another pair)
		}
		right, more := bySign(actual, "增加", "减少"), bySign(actual, "多", "少")
		if sc.cur.Percent {
			right, more = bySign(actual, "提高", "降低"), bySign(actual, "高", "低")
		}
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: sc.wordAt, End: sc.d.End}}),
			Message:    fmt.Sprintf("写「%s%s」，但 %s 比上年的 %s %s，应为「%s」，方向相反。", sc.word, show(*sc.d), show(*sc.cur), show(*sc.base), more, right),
			MessageEN:  fmt.Sprintf("The text says %q %s, but %s against last year's %s moved the other way.", sc.word, sc.d.String(), sc.cur.String(), sc.base.String()),
			Expr:       fmt.Sprintf("%s − %s = %s", sc.cur.String(), sc.base.String(), diffString(sc.cur.Number, sc.base.Number)),
			Expected:   right,
			Actual:     sc.word,
			Confidence: 0.9,
			Related:    spans(u, sc.cur, sc.base),
		}
		locate(p, u, &f, sc.wordAt)
		p.Report(f)
	}
}

// compared reports whether d is the change or rate of a comparison the
// analysis found in u.
func compared(u *unit, d *figures.Quantity) bool {
	for _, c := range u.st.Comparisons {
		if c.Diff != nil && c.Diff.Start == d.Start || c.Rate != nil && c.Rate.Start == d.Start {
			return true
		}
	}
	return false
}

// sentenceYear returns the year the sentence holding offset at opens with
// (2024年…), 0 for none.
func sentenceYear(u *unit, at int) int {
	t := u.text[u.sentenceOf(at).Start:]
	if len(t) < len("2024年") || t[4:4+len("年")] != "年" {
		return 0
	}
	y, err := strconv.Atoi(t[:4])
	if err != nil || y < 1900 || y > 2100 {
		return 0
	}
	return y
}
