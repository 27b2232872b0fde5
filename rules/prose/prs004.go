package prose

import (
	"fmt"
	"github.com/crossfoot/crossfoot/model"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// PRS004 checks the direction words of a comparison.
var PRS004 = &audit.Rule{
	ID:       "PRS004",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "增减方向用词矛盾",
		TitleEN: "Direction words contradict each other or the figures",
		Explain: "同一比较中，增减额的用词（增加/减少）与幅度的用词（增幅/降幅、增长/下降）方向应一致，" +
			"且应与本期数、基数之差的正负相符（含“由A提高到B”的写法）。例如“比上年增加2070.25万元，降幅50.76%”自相矛盾。" +
			"未写基数时，若幅度只与一个方向相符（D ÷ (X − D) 为增、D ÷ (X + D) 为减），据此指出写错的词。" +
			"带负号的写法（“增长-5%”）不在此列。句中先写完成率不足100%（“完成年度计划的98.3%”“完成率80.7%”），又写“超额完成”，也是用词与数字矛盾；“X43个，超额完成年度目标”而表格中该项的完成率不足100%的同样报告。决算说明中先写“完成全年预算的82.26%”，又写“决算数大于全年预算数的主要原因是…”（或超过100%却写“小于”），同样报告。紧接其后不带数字的“降幅较大”“增幅明显”等与前面的增减方向相反，同样报告。“比年初增加X，比上年末下降R%”中年初与上年末是同一时点，两处增减方向应一致。“X为A，上年（2023年）为B，提高D”一类不写“比”的比较，以A、B两数为准核对用词。" +
			"“除A完成率96.67%外，其余均超额完成”中的完成率是例外项的，不与“超额完成”矛盾。",
		ExplainEN: "Within one comparison the word for the change (增加/减少) and the word for the rate (增幅/降幅) must " +
			"point the same way, and agree with the sign of current − base. \"增加2070.25万元，降幅50.76%\" contradicts itself. " +
			"With no base written, the rate tells which word is wrong when it fits only one direction (D ÷ (X − D) or D ÷ (X + D)). " +
			"\"超额完成\" after a completion rate under 100% in the same clauses (\"完成年度计划的98.3%\", \"完成率80.7%\") contradicts it too, and so does one after a figure whose table row gives a 完成率 under 100%. " +
			"In a 决算说明, \"决算数大于全年预算数的主要原因是…\" after \"完成全年预算的82.26%\" (or 小于 after a rate over 100%) is reported too. A rate word with no figure right after the change (\"比上年增长90.00%，降幅较大\") that contradicts its direction is reported too. \"比年初增加X，比上年末下降R%\" compares twice with one moment (the start of the year is the end of the last): the directions must agree. \"X为A，上年（2023年）为B，提高D\", a comparison with no 比, is checked against A and B." +
			"In \"除A完成率96.67%外，其余均超额完成\" the rate is the exception's and does not contradict 超额完成.",
		Bad:  "项目支出6148.40万元，比2021年4078.15万元增加2070.25万元，降幅50.76%。",
		Good: "项目支出6148.40万元，比2021年4078.15万元增加2070.25万元，增幅50.76%。",
	},
	Run: runPRS004,
}

func runPRS004(p *audit.Pass) {
	us := units(p)
	for i, u := range us {
		for _, c := range u.st.Comparisons {
			checkPolarity(p, u, withStatedBase(p, u, withEarlierCur(us, i, c)))
		}
	}
	for _, u := range proseUnits(p).units { // (a paragraph with no comparison may still say 超额完成)
		checkExceeded(p, u)
		checkBudgetSide(p, u)
		checkSameBase(p, u)
		checkStatedBase(p, u)
	}
}

// sameBaseRe is a change and a rate written as two comparisons back to
// back against one moment under two names: "比年初增加109.75亿元，比上年末
// 下降11.0%" (the start of the year is the end of the year before).
var sameBaseRe = regexp.MustCompile(`比(年初|上年末|上年底|去年末|去年底)(增加|增长|减少|下降)([0-9]+(?:\.[0-9]+)?)(亿元|万元|元|亿|万)?[，,]比(年初|上年末|上年底|去年末|去年底)(增长|增加|下降|减少)([0-9]+(?:\.[0-9]+)?)%`)

// checkSameBase reports sameBaseRe's two comparisons going opposite ways.
func checkSameBase(p *audit.Pass, u *unit) {
	if !cjk.ContainsAnyOf(u.text, "比年初", "比上年末", "比上年底", "比去年末", "比去年底") {
		return
	}
	for _, m := range sameBaseRe.FindAllStringSubmatchIndex(u.text, -1) {
		w1, w2 := u.text[m[4]:m[5]], u.text[m[12]:m[13]]
		change := u.text[m[6]:m[7]] // the change with its unit, when written
		if m[9] >= 0 {
			change = u.text[m[6]:m[9]]
		}
		up1 := w1 == "增加" || w1 == "增长"
		up2 := w2 == "增加" || w2 == "增长"
		if up1 == up2 || u.text[m[6]:m[7]] == "0" || strings.Trim(u.text[m[14]:m[15]], "0.") == "" {
			continue
		}
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       model.Span{Start: u.span.Start + m[12], End: u.span.Start + m[15] + len("%")},
			Message:    fmt.Sprintf("「比%s%s%s」与「比%s%s%s%%」比的是同一时点，增减方向却相反；疑似「%s」用词有误。", u.text[m[2]:m[3]], w1, change, u.text[m[10]:m[11]], w2, u.text[m[14]:m[15]], w2),
			MessageEN:  fmt.Sprintf("%q and %q compare with one moment (%s, %s) but go opposite ways.", w1, w2, u.text[m[2]:m[3]], u.text[m[10]:m[11]]),
			Expr:       fmt.Sprintf("%s%s ↔ %s%s%%", w1, change, w2, u.text[m[14]:m[15]]),
			Confidence: 0.8,
		}
		locate(p, u, &f, m[12])
		p.Report(f)
	}
}

// withEarlierCur returns c with its current figure taken from the
// paragraph just before us[i] when its own sentence and paragraph do not
// state it: "其中：基本支出3463.44万元…" ⏎ "基本支出较2020年的3508.75万元增加
// 45.31万元" (figures.NamedBefore). The figure's offsets are made relative
// to us[i], so that its span is right.
func withEarlierCur(us []*unit, i int, c figures.Comparison) figures.Comparison {
	if c.Cur != nil || c.Base == nil || c.Diff == nil || i == 0 {
		return c
	}
	prev, u := us[i-1], us[i]
	if gap := u.span.Start - prev.span.End; gap < 0 || gap > 2 || prev.cell != nil || u.cell != nil {
		return c // not the paragraph right before
	}
	if subjectElsewhere(u, c.Base.Start, prev.text) {
		return c // "市级补助资金本年未安排，上年同期执行26.16万元" after a paragraph on 省级补助资金
	}
	q := figures.NamedBefore(prev.st.Quantities, c.Base)
	if q == nil {
		return c
	}
	cur := *q
	shift := prev.span.Start - u.span.Start
	cur.Start, cur.End, cur.LeadStart = cur.Start+shift, cur.End+shift, cur.LeadStart+shift
	c.Cur = &cur
	return c
}

// bySign returns pos for sign 1, neg for −1, "" otherwise.
func bySign(sign int, pos, neg string) string {
	switch sign {
	case 1:
		return pos
	case -1:
		return neg
	}
	return ""
}

func signWord(s int) string {
	if s > 0 {
		return "增加"
	}
	return "减少"
}

func checkPolarity(p *audit.Pass, u *unit, c figures.Comparison) {
	actual := 0 // sign of X − Y when both are written and clearly apart
	if c.Cur != nil && c.Base != nil && !c.Cur.Approx && !c.Base.Approx && !c.Comparable {
		actual = signApart(c.Cur.Number, c.Base.Number)
	}
	report := func(at figures.Range, msg, msgEN, expr string, rel ...*figures.Quantity) {
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at.Start, End: at.End}}),
			Message:    msg,
			MessageEN:  msgEN,
			Expr:       expr,
			Confidence: 0.9,
			Related:    spans(u, rel...),
		}
		locate(p, u, &f, at.Start)
		p.Report(f)
	}
	// xy is "X − Y = D" when actual is known, written out only for a finding
	xy := func() string {
		if actual == 0 {
			return ""
		}
		return fmt.Sprintf("%s − %s = %s", c.Cur.String(), c.Base.String(), diffString(c.Cur.Number, c.Base.Number))
	}
	// "由Y提高到X" with X below Y
	if c.ToSign != 0 && actual != 0 && actual != c.ToSign {
		report(c.ToAt,
			fmt.Sprintf("写「由%s%s到%s」，但后者比前者%s，方向相反。", show(*c.Base), c.ToWord, show(*c.Cur), bySign(actual, "大", "小")),
			fmt.Sprintf("The text says %q from %s to %s, but the figure moved the other way.", c.ToWord, c.Base.String(), c.Cur.String()),
			xy(), c.Cur, c.Base)
		return
	}
	// the change word against the figures
	if c.Diff != nil && c.DiffSign != 0 && c.Diff.Mant > 0 && actual != 0 && actual != c.DiffSign {
		report(c.DiffAt,
			fmt.Sprintf("写「%s%s」，但 %s 比 %s %s，方向相反。", c.DiffWord, show(*c.Diff), show(*c.Cur), show(*c.Base), bySign(actual, "多", "少")),
			fmt.Sprintf("The text says %q but %s − %s has the opposite sign.", c.DiffWord, c.Cur.String(), c.Base.String()),
			xy(), c.Diff, c.Cur, c.Base)
		return
	}
	// the rate word against the change word
	if c.Diff != nil && c.Rate != nil && c.DiffSign != 0 && c.RateSign != 0 && c.DiffSign != c.RateSign && c.Diff.Mant > 0 && c.Rate.Mant > 0 {
		right := c.DiffSign
		byRate := 0
		if actual != 0 {
			right = actual
		} else if byRate = signByRate(c); byRate != 0 {
			right = byRate
		}
		which := c.RateWord
		at := c.RateAt
		if right != c.DiffSign {
			which, at = c.DiffWord, c.DiffAt
		}
		msg := fmt.Sprintf("同一比较中先写「%s%s」，又写「%s%s」，增减方向自相矛盾", c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate))
		expr := xy()
		switch {
		case actual != 0:
			msg += fmt.Sprintf("；按 %s 应为%s，「%s」用词有误。", expr, signWord(actual), which)
		case byRate != 0:
			expr = fmt.Sprintf("%s ÷ (%s %s %s) = %s", c.Diff.String(), c.Cur.String(), bySign(byRate, "−", "+"), c.Diff.String(), show(*c.Rate))
			msg += fmt.Sprintf("；%s，应为%s，「%s」用词有误。", expr, signWord(byRate), which)
		default:
			expr = fmt.Sprintf("%s%s ↔ %s%s", c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate))
			msg += fmt.Sprintf("；疑似「%s」用词有误。", which)
		}
		report(at, msg,
			fmt.Sprintf("The change is called %q but the rate %q: the directions contradict each other.", c.DiffWord, c.RateWord),
			expr, c.Diff, c.Rate, c.Cur, c.Base)
		return
	}
	if checkTrailingWord(p, u, c) {
		return
	}
	// the rate word against the figures, when no change is written
	if c.Diff == nil && c.Rate != nil && c.RateSign != 0 && c.Rate.Mant > 0 && actual != 0 && actual != c.RateSign && !c.Cur.Percent {
		report(c.RateAt,
			fmt.Sprintf("写「%s%s」，但 %s 比 %s %s，方向相反。", c.RateWord, show(*c.Rate), show(*c.Cur), show(*c.Base), bySign(actual, "多", "少")),
			fmt.Sprintf("The text says %q but %s − %s has the opposite sign.", c.RateWord, c.Cur.String(), c.Base.String()),
			xy(), c.Rate, c.Cur, c.Base)
	}
}

// signApart returns the sign of x − y when their rounding intervals are
// apart (the difference's interval excludes 0), else 0; on the int64 path
// when it fits.
func signApart(x, y figures.Number) int {
	fx, ok1 := x.Fixed(figures.HalfUp)
	fy, ok2 := y.Fixed(figures.HalfUp)
	if ok1 && ok2 {
		if d, ok := fx.Add(fy.Neg()); ok {
			// the ends are the values times 2·10^Dec > 0: same signs
			switch {
			case d.Lo > 0:
				return 1
			case d.Hi < 0:
				return -1
			}
			return 0
		}
	}
	return signApartBig(x, y)
}

// signApartBig is signApart in big.Rat: the fallback and the tests' oracle.
func signApartBig(x, y figures.Number) int {
	iv := x.Interval(figures.HalfUp).Sub(y.Interval(figures.HalfUp))
	switch {
	case iv.Lo.Sign() > 0:
		return 1
	case iv.Hi.Sign() < 0:
		return -1
	}
	return 0
}

func diffString(x, y figures.Number) string {
	_, _, e := figures.DiffCheck(x, y, figures.Number{Kind: figures.Value}, 0)
	return e.String()
}

// signByRate infers the direction of a change from its stated rate when the
// base is not written: of the two bases X − D (an increase) and X + D (a
// decrease) it returns the sign of the one under which D ÷ base is the
// stated rate, or 0 when neither or both fit. It decides on the int64 path
// (figures.RateHolds) when the figures fit, else as signByRateBig.
func signByRate(c figures.Comparison) int {
	if c.Cur == nil || c.Diff == nil || c.Rate == nil || c.Cur.Percent || c.Cur.Approx || c.Diff.Approx || c.Rate.Approx || c.Comparable {
		return 0
	}
	x, ok1 := c.Cur.Fixed(figures.HalfUp)
	d, ok2 := c.Diff.Fixed(figures.HalfUp)
	if !ok1 || !ok2 {
		return signByRateBig(c)
	}
	fits := func(base figures.Fixed, ok bool) (fit, known bool) {
		if !ok {
			return false, false
		}
		if base.Lo <= 0 { // base.Interval().Lo.Sign() <= 0: the ends share the sign of the values
			return false, true
		}
		holds, valid, fitsInt := figures.RateHolds(c.Rate.Number, d, base)
		return valid && holds, fitsInt
	}
	up, ok3 := fits(x.Add(d.Neg()))
	down, ok4 := fits(x.Add(d))
	if !ok3 || !ok4 {
		return signByRateBig(c)
	}
	return signOfFits(up, down)
}

// signOfFits is the sign of the one base that fits, 0 for neither or both.
func signOfFits(up, down bool) int {
	switch {
	case up && !down:
		return 1
	case down && !up:
		return -1
	}
	return 0
}

// signByRateBig is signByRate in big.Rat intervals: the fallback and the
// tests' oracle.
func signByRateBig(c figures.Comparison) int {
	if c.Cur == nil || c.Diff == nil || c.Rate == nil || c.Cur.Percent || c.Cur.Approx || c.Diff.Approx || c.Rate.Approx || c.Comparable {
		return 0
	}
	x, d := c.Cur.Interval(figures.HalfUp), c.Diff.Interval(figures.HalfUp)
	fits := func(base figures.Interval) bool {
		if base.Lo.Sign() <= 0 {
			return false
		}
		ok, _, valid := figures.RateCheck(c.Rate.Number, d, base)
		return valid && ok
	}
	return signOfFits(fits(x.Sub(d)), fits(x.Add(d)))
}

// subjectElsewhere reports whether the sentence holding byte at of u opens
// with a subject (its first four Han runes) that the text before does not
// name: its figures are of something else than the paragraph before's.
func subjectElsewhere(u *unit, at int, before string) bool {
	sent := u.sentenceOf(at)
	head := u.text[sent.Start:min(sent.End, len(u.text))]
	n, end := 0, 0
	for i, r := range head {
		if !unicode.Is(unicode.Han, r) || n == 4 {
			end = i
			break
		}
		n++
		end = i + utf8.RuneLen(r)
	}
	return n == 4 && !cjk.Contains(before, head[:end])
}

// trailingWords are a rate's word written without a figure right after a
// change ("比上年增长90.00%，降幅较大"), with the direction each gives.
var trailingWords = [...]struct {
	w    string
	sign int
}{{"增幅", 1}, {"涨幅", 1}, {"增长幅度", 1}, {"降幅", -1}, {"减幅", -1}, {"下降幅度", -1}}

// checkTrailingWord reports a rate's word with no figure that follows the
// comparison's last figure in the next clause and contradicts its
// direction: "在建工程59,514.20万元，比上年增长90.00%，降幅较大".
func checkTrailingWord(p *audit.Pass, u *unit, c figures.Comparison) bool {
	last, sign, word := c.Rate, c.RateSign, c.RateWord
	if last == nil {
		last, sign, word = c.Diff, c.DiffSign, c.DiffWord
	}
	if last == nil || sign == 0 || last.Mant <= 0 {
		return false
	}
	rest := u.text[last.End:]
	trimmed := strings.TrimLeft(rest, "，, ")
	if len(trimmed) == len(rest) {
		return false // (the next clause only)
	}
	for _, t := range trailingWords {
		after, ok := strings.CutPrefix(trimmed, t.w)
		if !ok || t.sign == sign {
			continue
		}
		if !cjk.HasAnyPrefix(after, "较大", "明显", "显著", "较小", "不大", "较快", "较高", "较低", "达") {
			return false
		}
		at := last.End + len(rest) - len(trimmed)
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(t.w)}}),
			Message:    fmt.Sprintf("先写「%s%s」，接着写「%s」，增减方向自相矛盾。", word, show(*last), t.w),
			MessageEN:  fmt.Sprintf("The change is called %q and then %q: the directions contradict each other.", word, t.w),
			Expr:       fmt.Sprintf("%s%s ↔ %s", word, show(*last), t.w),
			Confidence: 0.8,
			Related:    spans(u, last),
		}
		locate(p, u, &f, at)
		p.Report(f)
		return true
	}
	return false
}
