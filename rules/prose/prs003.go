package prose

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// PRS003 checks a stated rate of change against the change and its base.
var PRS003 = &audit.Rule{
	ID:       "PRS003",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "增减幅度与增减额、基数不符",
		TitleEN: "Stated growth rate differs from change ÷ base",
		Explain: "“X比Y增加D，增长R%”中 R 应等于 D ÷ Y（未写 D 时用 X − Y）。基数 Y 写明时为错误；" +
			"只写 X 和 D、由 X − D 推出基数时为警告：金额以元或万元写到分、增幅写到两位小数时超出舍入即报，" +
			"否则只报明显偏差（相差超过1个百分点且超过一成），或所写幅度恰等于增减额除以本期数（常见的基数用错）。未写基数的“同比增长R%”不检查，" +
			"除非表中唯一一行以该金额为本年数、并列有上年数，且所写幅度恰等于增减额除以本年数（常见的基数用错）；" +
			"注明按可比价、不变价或同口径计算的增速不检查。只写减少额与降幅的，金额的降幅超过100%即报告（上期数推算为正、本期数小于零，" +
			"多半是降幅除以了本期数）；利润、结余、差额等可为负的金额除外。幅度不符、而本期数两位相邻数字互换（或小数点、元与万元错位）后增减额与幅度恰好相符的，指出本期数写错。" +
			"只写基数与增减额时，按增减额末位差一个单位仍相符的不报（幅度按两个显示数之差算出，增减额单独舍入）。" +
			"本期金额比其增加额还小（上年数将为负）、而按相差万倍的单位（元与万元、万元与亿元）读时增减额与幅度恰好相符的，作为单位写错报告（警告）；" +
			"“X万元，上年为Y元，增长R%”这类两数单位相差万倍、而按所写数字（不计单位）R 恰好成立的，也作为单位写错报告（警告）；本期金额与增减额单位相差万倍（“机关运行经费支出315.52元，同比增加33.56万元，增长11.9%”），按所写单位不成立、而以增减额的单位读本期数字时恰好成立的，同样报告（警告）。" +
			"句中只写增减额与幅度（“本年收入合计较上年增加D，增长R%”“与上年相比，本年收入合计减少D，下降R%”）时，取本段此前或紧接其前一段以句首名称写明的唯一金额为本期数 X，按 D ÷ (X ∓ D) 核对（同上，警告）；该金额两位相邻数字互换后恰好相符时指出该金额。",
		ExplainEN: "A fall of more than 100% written with only its amount is reported for money (the current figure would be below zero; the rate was probably taken on the current figure), except for profits, balances and differences. " +
			"In \"X比Y增加D，增长R%\" R must equal D ÷ Y (X − Y when D is not written). With the base written it " +
			"is an error; with the base derived as X − D it is a warning, for amounts in 元/万元 to the cent with a two-decimal " +
			"rate beyond rounding, otherwise only when clearly off (by more than 1 point and a tenth) or when the rate is exactly the change ÷ the current figure (the usual wrong base). Rates with no base are not checked, " +
			"unless the one table row showing the amount as this year's has last year's beside it and the rate is exactly the change ÷ this year's figure " +
			"(the usual wrong base); rates at comparable prices are not checked. When the current figure with two adjacent digits swapped (or its point or unit moved) makes the change and the rate hold, the finding names that figure. With only the base and the change written, a rate that fits the change one in its last place apart is not reported (the rate from the two figures as shown, the change rounded on its own). " +
			"A current amount smaller than its own increase (last year's would be negative) whose change and rate hold in a unit 10⁴ apart (元/万元, 万元/亿元) is reported as a unit written wrong (warning); so is \"X万元，上年为Y元，增长R%\" with units 10⁴ apart whose rate holds on the numbers as written; and so is a current amount in a unit 10⁴ apart from its change's (\"机关运行经费支出315.52元，同比增加33.56万元，增长11.9%\") when the change and the rate fail as written and hold with its digits read in the change's unit." +
			" A change and rate whose sentence states neither figure (\"本年收入合计较上年增加D，增长R%\", or \"与上年相比，本年收入合计减少D，下降R%\") take as X the one amount stated earlier in the paragraph, or in the paragraph just before, under the name the clause opens with, and are checked as D ÷ (X ∓ D) (a warning, as above); when that amount with two adjacent digits swapped makes them hold, the finding is on it.",
		Bad:  "2022年实际执行27.74万元，同比2021年14.02万元，增加13.72万元，增幅79.86%。",
		Good: "2022年实际执行27.74万元，同比2021年14.02万元，增加13.72万元，增幅97.86%。",
	},
	Run: runPRS003,
}

func runPRS003(p *audit.Pass) {
	for _, u := range units(p) {
		for _, c := range u.st.Comparisons {
			checkRate(p, u, withStatedBase(p, u, c)) // "X为A，上年为B，增加D，增长R%"
			checkDiffUnitSlip(p, u, c)
		}
	}
	// (of every paragraph with figures: such a pair makes no statement,
	// and units(p) holds only the texts that make one)
	for _, u := range proseUnits(p).units {
		checkMixedUnits(p, u)
	}
}

// rateInRowOf reports whether a table row shows figure cur (to its digits
// and unit) and, in a rate column, rate's size.
func rateInRowOf(p *audit.Pass, cur, rate *figures.Quantity) bool {
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || cf.mant != cur.Mant || int(cf.dec) != cur.Dec || cf.unit != cur.Unit {
			continue
		}
		for _, rc := range cf.blk.Columns {
			n := cf.r.Cells[rc.Index].Num
			if rc.Role == tables.Rate && n.Kind == figures.Value && n.Dec == rate.Dec && abs64(n.Mant) == rate.Mant {
				return true
			}
		}
	}
	return false
}

func checkRate(p *audit.Pass, u *unit, c figures.Comparison) {
	if c.Rate == nil || c.Rate.Approx || c.Comparable || c.Rate.Chinese {
		return
	}
	for _, q := range []*figures.Quantity{c.Cur, c.Base, c.Diff} {
		if q != nil && q.Approx {
			return
		}
	}
	if c.Cur != nil && c.Cur.Percent {
		return // a rate of a rate: relative or in points, ambiguous
	}
	if c.Base == nil && c.Cur != nil && c.Diff != nil && c.Cur.Year != 0 && c.Cur.End <= c.Anchor.Start && thisYearWord(u.text[c.Cur.End:c.Anchor.Start]) {
		// "2023年同类项目支出2987.30万元，本年较上年增加484.26万元" in a 2024
		// report: the figure before the change is the earlier year's, the
		// base, when the words before the anchor name this year the subject
		if ry := xrefFactsOf(p).reportYear(); ry != 0 && c.Cur.Year == ry-1 {
			c.Base, c.Cur = c.Cur, nil
		}
	}
	if c.Base == nil && c.Cur != nil && c.Diff != nil && c.Cur.End <= c.Anchor.Start && lastYearWord(u.text[:c.Cur.Start]) && thisYearWord(u.text[c.Cur.End:c.Anchor.Start]) {
		// "项目支出上年预算6271.70万元，本年比上年增加1128.91万元，增长
		// 18.00%": the figure is named last year's, the base
		c.Base, c.Cur = c.Cur, nil
	}
	if c.Base == nil && c.Cur == nil && c.Diff != nil {
		// "机关运行经费支出315.52元，同比增加33.56万元，增长11.9%": a figure in
		// another unit is not taken for the current one; it is when the
		// change and the rate hold with its digits in the change's unit
		if q := amountBefore(u, c.Diff.Start); q != nil && q.Unit != c.Diff.Unit {
			cc := c
			cc.Cur = q
			if unit, ok := curUnitApart(cc); ok {
				reportCurUnitApart(p, u, cc, unit)
				return
			}
		}
	}
	if c.Base == nil && c.Cur == nil {
		if !checkRateByNamedCurrent(p, u, c) {
			checkImpossibleFall(p, u, c)
		}
		return
	}
	if c.Base == nil && c.Cur != nil && c.Diff == nil && c.RateSign != 0 {
		checkRateByTable(p, u, c) // "X，比上年增长R%": the base, if anywhere, in a table
		return
	}
	if unit, ok := curUnitSlip(c); ok {
		reportCurUnitSlip(p, u, c, unit)
		return
	}
	if holds, known := rateHoldsFixed(c); known && holds {
		return // the common case, told without big.Rat
	}
	var diff, base figures.Interval
	sev, conf := audit.Error, 0.9
	switch {
	case c.Base != nil && c.Diff != nil:
		diff, base = c.Diff.Interval(figures.HalfUp), c.Base.Interval(figures.HalfUp)
	case c.Base != nil && c.Cur != nil:
		diff = c.Cur.Interval(figures.HalfUp).Sub(c.Base.Interval(figures.HalfUp))
		base = c.Base.Interval(figures.HalfUp)
	case c.Cur != nil && c.Diff != nil && c.DiffSign != 0 && c.Diff.Mant > 0 && sameSignWords(c):
		diff = c.Diff.Interval(figures.HalfUp)
		if c.DiffSign > 0 {
			base = c.Cur.Interval(figures.HalfUp).Sub(diff)
		} else {
			base = c.Cur.Interval(figures.HalfUp).Add(diff)
		}
		sev, conf = audit.Warning, 0.6
	default:
		return
	}
	if base.Lo.Sign() <= 0 {
		return
	}
	ok, computed, valid := figures.RateCheck(c.Rate.Number, diff, base)
	if !valid || ok {
		return
	}
	if c.Base != nil && c.Diff != nil && c.Cur != nil {
		// "实际支出6.71万元，较上年决算9.24万元减少2.52万元，下降27.38%": the
		// rate is worked out from the two figures (9.24 − 6.71 = 2.53), the
		// change shown rounded on its own; either way is right
		d2 := c.Cur.Interval(figures.HalfUp).Sub(base)
		if d2.Hi.Sign() < 0 {
			d2 = base.Sub(c.Cur.Interval(figures.HalfUp))
		}
		if ok2, _, valid2 := figures.RateCheck(c.Rate.Number, d2, base); valid2 && ok2 {
			return
		}
	}
	if c.Base != nil && c.Diff != nil && c.Cur == nil && c.Diff.Dec > 0 {
		// "上年决算数为11.66万元，本年比上年减少0.54万元，降幅为4.55%", the
		// current figure (11.13) in the sentence before: the rate worked out
		// from the two figures as shown (11.66 − 11.13 = 0.53) may differ by
		// one in the last place from the change rounded on its own
		ulp := new(big.Rat).SetFrac64(1, 1)
		for range c.Diff.Dec {
			ulp.Quo(ulp, big.NewRat(10, 1))
		}
		wide := diff.Add(figures.Interval{Lo: new(big.Rat).Neg(ulp), Hi: ulp})
		if ok2, _, valid2 := figures.RateCheck(c.Rate.Number, wide, base); valid2 && ok2 {
			return
		}
	}
	if sev == audit.Warning && significant(c.Diff.Number) <= 2 && c.Diff.Dec > 0 {
		// "支出决算为1.57万元，…比上年减少0.15万元，下降9.25%": a change of
		// two significant digits one in its last place away (0.16) gives
		// the rate: a rounding of the change alone, not worth a finding
		ulp := new(big.Rat).SetFrac64(1, 1)
		for range c.Diff.Dec {
			ulp.Quo(ulp, big.NewRat(10, 1))
		}
		d := diff.Add(figures.Interval{Lo: new(big.Rat).Neg(ulp), Hi: ulp})
		if rateHoldsOn(c, c.Cur.Interval(figures.HalfUp), d) {
			return
		}
	}
	if sev == audit.Warning && rateInRowOf(p, c.Cur, c.Rate) {
		// "…9.11万元，较上年减少0.94万元，下降9.28%" with a table row 9.11 |
		// 10.05 | −9.28%: the rate quotes the table, worked out on figures
		// before rounding; the base derived here is the approximate one
		return
	}
	if sev == audit.Warning && !grosslyOff(computed, c.Rate.Rat()) && !moneyToTheCent(c) && !onCurrent(c) {
		// a base derived as X − D is itself approximate (and statistics
		// offices often adjust the earlier figure): report only clear
		// misses, unless both are amounts of money written to the cent,
		// which accounts do not revise
		return
	}
	expr := rateExpr(c)
	dec := max(c.Rate.Dec, 2)
	got := figures.FormatRat(computed, dec)
	f := audit.Finding{
		Severity:   sev,
		Span:       u.spanOf(*c.Rate),
		Expr:       fmt.Sprintf("%s = %s%% ≠ %s%%", expr, got, c.Rate.String()),
		Expected:   figures.FormatRat(computed, c.Rate.Dec) + "%",
		Actual:     show(*c.Rate),
		Difference: figures.FormatRat(new(big.Rat).Sub(computed, absRat(c.Rate.Rat())), dec),
		Confidence: conf,
		Related:    spans(u, c.Cur, c.Base, c.Diff),
	}
	f.Message = fmt.Sprintf("写「%s%s」，按%s计算应为 %s%%。", c.RateWord, show(*c.Rate), exprWords(c), figures.FormatRat(computed, c.Rate.Dec))
	f.MessageEN = fmt.Sprintf("The stated rate %s does not match %s = %s%%.", show(*c.Rate), expr, got)
	// a rate computed on the wrong base: D ÷ X instead of D ÷ Y
	if c.Cur != nil && c.Diff != nil {
		if alt, _, ok2 := figures.RateCheck(c.Rate.Number, c.Diff.Interval(figures.HalfUp), c.Cur.Interval(figures.HalfUp)); ok2 && alt {
			f.Hint = "该增幅等于增减额除以本期数，疑似用错了基数（应除以比较基数）。"
			f.HintEN = "The rate equals the change divided by the current figure: probably the wrong base (divide by the earlier figure)."
		}
	}
	// the words point the wrong way: the base of the other direction fits
	if c.Base == nil && c.Cur != nil && c.Diff != nil && f.Hint == "" {
		x, d := c.Cur.Interval(figures.HalfUp), c.Diff.Interval(figures.HalfUp)
		other, right := x.Add(d), "减少"
		if c.DiffSign < 0 {
			other, right = x.Sub(d), "增加"
		}
		if alt, _, ok2 := figures.RateCheck(c.Rate.Number, d, other); ok2 && alt && other.Lo.Sign() > 0 {
			f.Hint = fmt.Sprintf("若为%s，%s ÷ (%s %s %s) 与所写幅度相符：疑为增减方向写反（应为%s）。",
				right, c.Diff.String(), c.Cur.String(), bySign(-c.DiffSign, "−", "+"), c.Diff.String(), right)
			f.HintEN = "The rate fits the opposite direction of change: the direction words are probably wrong."
			f.Confidence = 0.8
		}
	}
	at := c.Rate.Start
	if want, ok := curSlip(c); ok && f.Hint == "" {
		// "2024年预算数为1815.95万元，比上年减少558.41万元，下降23.17%":
		// 1851.95, two digits swapped, gives the rate written — the figure
		// is wrong, not the rate
		hint := slipHint(c.Cur.Number, want)
		f.Span, at = u.spanOf(*c.Cur), c.Cur.Start
		f.Expected, f.Actual, f.Difference = want.String()+c.Cur.Unit, show(*c.Cur), ""
		f.Message += fmt.Sprintf("按所写增减与幅度推算，%s 应为 %s%s，%s。", show(*c.Cur), want.String(), c.Cur.Unit, hint)
		f.MessageEN += fmt.Sprintf(" By the change and the rate written, %s should be %s%s.", show(*c.Cur), want.String(), c.Cur.Unit)
	}
	locate(p, u, &f, at)
	p.Report(f)
}

// onCurrent reports a rate that is exactly the change ÷ the current figure
// ("缴存余额75.25亿元，比上年末净增4.54亿元，增长6.03%": 4.54 ÷ 75.25), the
// usual wrong base: reported even when the base derived as X − D makes
// the miss small.
func onCurrent(c figures.Comparison) bool {
	if c.Cur == nil || c.Diff == nil || c.Base != nil {
		return false
	}
	ok, _, valid := figures.RateCheck(c.Rate.Number, c.Diff.Interval(figures.HalfUp), c.Cur.Interval(figures.HalfUp))
	return valid && ok
}

// curSlip returns the one reading of the comparison's current figure (two
// adjacent digits swapped, the point moved) with which its change and rate
// hold, when there is exactly one.
func curSlip(c figures.Comparison) (figures.Number, bool) {
	if c.Cur == nil || c.Rate == nil || c.Diff == nil && c.Base == nil {
		return figures.Number{}, false
	}
	found := 0
	var want figures.Number
	for _, r := range slipReadings(c.Cur.Number) {
		x := r.Interval(figures.HalfUp)
		var diff, base figures.Interval
		switch {
		case c.Base != nil && c.Diff != nil:
			continue // (the rate is D ÷ Y: X plays no part)
		case c.Base != nil:
			base = c.Base.Interval(figures.HalfUp)
			diff = x.Sub(base)
		default:
			diff = c.Diff.Interval(figures.HalfUp)
			if c.DiffSign > 0 {
				base = x.Sub(diff)
			} else {
				base = x.Add(diff)
			}
		}
		if base.Lo.Sign() <= 0 {
			continue
		}
		if ok, _, valid := figures.RateCheck(c.Rate.Number, diff, base); valid && ok {
			found++
			want = r
		}
	}
	for want.Dec > c.Cur.Dec && want.Mant%10 == 0 {
		want.Mant, want.Dec = want.Mant/10, want.Dec-1 // 4.30, not 4.300000, for 43000.00 written in 元
	}
	return want, found == 1
}

// thisYearWord reports words naming the current year as a subject, in the
// last clause of s ("…，本年" before 较上年; not "占本年支出合计的…%。").
// lastYearWord reports whether the clause that ends s names last year
// the subject of its figure ("项目支出上年预算", "上年同期").
func lastYearWord(s string) bool {
	if k := strings.LastIndexAny(s, "，,。；;"); k >= 0 {
		s = s[k:]
	}
	return (cjk.Contains(s, "上年") || cjk.Contains(s, "去年") || cjk.Contains(s, "上期")) && !thisYearWord(s)
}

func thisYearWord(s string) bool {
	if k := strings.LastIndexAny(s, "，,。；;"); k >= 0 {
		s = s[k:]
	}
	return cjk.Contains(s, "本年") || cjk.Contains(s, "今年") || cjk.Contains(s, "本期") || cjk.Contains(s, "当年")
}

// rateHoldsFixed is checkRate's choice of diff and base and its test,
// on the int64 path: holds is true when checkRate reports nothing because
// the base is not positive, the rate cannot be checked or it fits. known
// is false when checkRate must decide (a mismatch, a figure too large,
// a case it does not check): checkRate then runs in big.Rat as before.
func rateHoldsFixed(c figures.Comparison) (holds, known bool) {
	fixed := func(q *figures.Quantity) (figures.Fixed, bool) { return q.Fixed(figures.HalfUp) }
	var diff, base figures.Fixed
	var ok1, ok2, ok3 bool
	switch {
	case c.Base != nil && c.Diff != nil:
		diff, ok1 = fixed(c.Diff)
		base, ok2 = fixed(c.Base)
		ok3 = true
	case c.Base != nil && c.Cur != nil:
		var cur figures.Fixed
		cur, ok1 = fixed(c.Cur)
		base, ok2 = fixed(c.Base)
		if ok1 && ok2 {
			diff, ok3 = cur.Add(base.Neg())
		}
	case c.Cur != nil && c.Diff != nil && c.DiffSign != 0 && c.Diff.Mant > 0 && sameSignWords(c):
		// the base derived as X ∓ D: the usual "X，增加D，增长R%"
		var cur figures.Fixed
		diff, ok1 = fixed(c.Diff)
		cur, ok2 = fixed(c.Cur)
		if ok1 && ok2 {
			if c.DiffSign > 0 {
				base, ok3 = cur.Add(diff.Neg())
			} else {
				base, ok3 = cur.Add(diff)
			}
		}
	default:
		return true, true // checkRate checks nothing
	}
	if !ok1 || !ok2 || !ok3 {
		return false, false
	}
	if base.Lo <= 0 {
		return true, true // as base.Lo.Sign() <= 0
	}
	ok, valid, fits := figures.RateHolds(c.Rate.Number, diff, base)
	if !fits {
		return false, false
	}
	return !valid || ok, true
}

// rateExpr is the computation checkRate made, written out: the cases of
// its switch, in the same order.
func rateExpr(c figures.Comparison) string {
	switch {
	case c.Base != nil && c.Diff != nil:
		return fmt.Sprintf("%s ÷ %s", c.Diff.String(), c.Base.String())
	case c.Base != nil && c.Cur != nil:
		return fmt.Sprintf("(%s − %s) ÷ %s", c.Cur.String(), c.Base.String(), c.Base.String())
	}
	return fmt.Sprintf("%s ÷ (%s %s %s)", c.Diff.String(), c.Cur.String(), bySign(c.DiffSign, "−", "+"), c.Diff.String())
}

func exprWords(c figures.Comparison) string {
	switch {
	case c.Base != nil && c.Diff != nil:
		return fmt.Sprintf(" %s ÷ %s ", c.Diff.String(), c.Base.String())
	case c.Base != nil:
		return fmt.Sprintf(" (%s − %s) ÷ %s ", c.Cur.String(), c.Base.String(), c.Base.String())
	}
	return fmt.Sprintf("增减额 %s 与本期数 %s 推算的基数", c.Diff.String(), c.Cur.String())
}

// sameSignWords: when both words are written they agree (else PRS004 reports).
func sameSignWords(c figures.Comparison) bool {
	return c.RateSign == 0 || c.RateSign == c.DiffSign
}

func absRat(r *big.Rat) *big.Rat { return new(big.Rat).Abs(r) }

// grosslyOff reports whether computed and stated (both in percent) differ by
// more than 1 percentage point and more than 10 % of the stated value.
// moneyToTheCent reports whether the comparison's current figure and
// change are amounts of money in 元 or 万元 with two decimals or more and
// its rate has two decimals too, as in accounts and budgets ("学费收入
// 624.38万元，比上年增加26.26万元，增长4.93%"); statistical bulletins
// (亿元, rates to one decimal) compare with revised figures.
func moneyToTheCent(c figures.Comparison) bool {
	if c.Rate.Dec < 2 {
		return false
	}
	for _, q := range []*figures.Quantity{c.Cur, c.Diff} {
		if q == nil || q.Dec < 2 || q.Unit != "元" && q.Unit != "万元" {
			return false
		}
	}
	return true
}

func grosslyOff(computed, stated *big.Rat) bool {
	d := new(big.Rat).Sub(computed, absRat(stated))
	d.Abs(d)
	tenth := new(big.Rat).Mul(absRat(stated), big.NewRat(1, 10))
	return d.Cmp(big.NewRat(1, 1)) > 0 && d.Cmp(tenth) > 0
}

// checkImpossibleFall reports a fall of more than 100% in an amount of
// money stated with neither its base nor its current value ("“三公”经费
// 支出减少18.69万元，下降135.53%"): the base would be 18.69 ÷ 135.53% =
// 13.79万元 and the amount now 13.79 − 18.69 < 0, which spending, income
// or a budget cannot be. (A rate written on this year's figure instead of
// the last's gives such a number.) Amounts that can go below zero
// (利润, 盈余, 结余 of a fund that may run a deficit, 差额, 净…) are left
// alone.
func checkImpossibleFall(p *audit.Pass, u *unit, c figures.Comparison) {
	if c.Diff == nil || c.Rate == nil || !figures.IsMoneyUnit(c.Diff.Unit) || c.Diff.Mant <= 0 || !c.Rate.Percent || c.Rate.Mant <= 0 {
		return
	}
	if c.RateSign >= 0 || c.DiffSign > 0 {
		return // only a fall, written as one
	}
	hundred := figures.Number{Kind: figures.Value, Mant: 100}
	if r := c.Rate.Number; r.Rat().Cmp(hundred.Rat()) <= 0 {
		return
	}
	sent := u.sentenceOf(c.Rate.Start)
	for _, w := range [...]string{"利润", "盈余", "亏损", "差额", "赤字", "净", "结余", "余额"} {
		if cjk.Contains(u.text[sent.Start:sent.End], w) {
			return
		}
	}
	base := new(big.Rat).Quo(c.Diff.Rat(), new(big.Rat).Quo(c.Rate.Rat(), big.NewRat(100, 1)))
	now := new(big.Rat).Sub(base, c.Diff.Rat())
	dec := max(c.Diff.Dec, 2)
	baseS, nowS := figures.FormatRat(base, dec), figures.FormatRat(now, dec)
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(*c.Rate),
		Expr:       fmt.Sprintf("%s ÷ %s = %s，%s − %s = %s < 0", c.Diff.String(), show(*c.Rate), baseS, baseS, c.Diff.String(), nowS),
		Actual:     show(*c.Rate),
		Confidence: 0.8,
		Related:    []model.Span{u.spanOf(*c.Diff)},
	}
	f.Message = fmt.Sprintf("写「%s%s」，金额的降幅不会超过100%%：按减少额 %s 推算，上期为 %s，本期为 %s，小于零。降幅的基数应为上期数，疑似除以了本期数。", c.RateWord, show(*c.Rate), show(*c.Diff), baseS+c.Diff.Unit, nowS+c.Diff.Unit)
	f.MessageEN = fmt.Sprintf("A fall of %s in an amount of money is impossible: with the fall of %s the earlier figure would be %s and the current one %s, below zero. The rate was probably taken on the current figure instead of the earlier one.", show(*c.Rate), show(*c.Diff), baseS, nowS)
	locate(p, u, &f, c.Rate.Start)
	p.Report(f)
}

// checkRateByTable checks "税收收入完成X万元，比上年增长R%" whose last-year
// figure only a table shows: the one row named like the figure that shows
// it in the report year's column and a figure in last year's. Only the
// usual slip is reported, a rate that is the change divided by this year's
// figure: any other difference may be a row or a basis the words do not
// name (a growth at comparable prices, a revised last year).
func checkRateByTable(p *audit.Pass, u *unit, c figures.Comparison) {
	x := xrefFactsOf(p)
	R := x.reportYear()
	if R == 0 || c.Cur.Label == "" || !figures.IsMoneyUnit(c.Cur.Unit) || c.Annual != nil || x.baseYearAt(u.text, c.Anchor) != R-1 {
		return
	}
	cfs := x.allCellFacts()
	label := figures.NewLabel(x.normalizeLabel(c.Cur.Label))
	iv := scaleOf(c.Cur.Number, c.Cur.Unit)
	var cur, prev *cellFacts
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || !cf.known || cf.rowLbl < 0 || cf.year != R || !scaledOverlap(&iv, c.Cur.Number, c.Cur.Unit, &cf.iv, cf.number(), cf.unit) || !cellNamed(x, cf, &label) {
			continue
		}
		o := yearCellOf(cfs, i, R-1)
		if o == nil {
			continue
		}
		if cur != nil && cur.r != cf.r {
			return // two rows: the text could mean either
		}
		cur, prev = cf, o
	}
	if cur == nil {
		return
	}
	cn, pn := cur.number(), prev.number()
	if pn.Kind != figures.Value || cn.Kind != figures.Value || pn.Mant <= 0 || cn.Mant <= 0 {
		return
	}
	ci, pi := cn.Interval(figures.HalfUp), pn.Interval(figures.HalfUp)
	d := ci.Sub(pi)
	if d.Lo.Sign()*c.RateSign < 0 && d.Hi.Sign()*c.RateSign < 0 {
		return // the other direction: XRF004's
	}
	ok, computed, valid := figures.RateCheck(c.Rate.Number, d, pi)
	if !valid || ok {
		return
	}
	if alt, _, ok2 := figures.RateCheck(c.Rate.Number, d, ci); !ok2 || !alt {
		return
	}
	dc, pc := cur.dataCell(), prev.dataCell()
	got := figures.FormatRat(computed, c.Rate.Dec)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Rate),
		Expr:       fmt.Sprintf("(%s − %s) ÷ %s = %s%% ≠ %s%%", cn.String(), pn.String(), pn.String(), figures.FormatRat(computed, max(c.Rate.Dec, 2)), c.Rate.String()),
		Expected:   got + "%",
		Actual:     show(*c.Rate),
		Confidence: 0.75,
		Related:    []model.Span{u.spanOf(*c.Cur), dc.Span, pc.Span},
		Hint:       "所写幅度等于增减额除以本年数，疑似用错了基数（应除以上年数）。",
		HintEN:     "The stated rate equals the change divided by this year's figure: probably the wrong base (divide by last year's).",
	}
	f.Message = fmt.Sprintf("写「%s%s」，按表%d「%s」行本年 %s、上年 %s 计算应为 %s%%。", c.RateWord, show(*c.Rate), dc.Table.Number, dc.Row.Label, cn.String(), pn.String(), got)
	f.MessageEN = fmt.Sprintf("The stated rate %s does not match table %d, row %q: (%s − %s) ÷ %s = %s%%.", show(*c.Rate), dc.Table.Number, dc.Row.Label, cn.String(), pn.String(), pn.String(), got)
	locate(p, u, &f, c.Rate.Start)
	p.Report(f)
}

// curUnitSlip returns the unit of money in which the comparison's current
// figure makes its change and rate hold, when the figure as written is
// smaller than its own increase: "医疗收入57.07万元，比上年增加24,210.00万元，
// 增长4.4%" holds with 57.07亿元 (570,700万元). Only units 10⁴ apart (元,
// 万元, 亿元: the slips of a tired author) are tried, and only when one of
// them holds.
func curUnitSlip(c figures.Comparison) (string, bool) {
	if c.Cur != nil && c.Diff != nil && c.Cur.Unit != c.Diff.Unit {
		return curUnitApart(c)
	}
	if c.Cur == nil || c.Diff == nil || c.Base != nil || c.Rate == nil || c.DiffSign <= 0 || c.Cur.Unit != c.Diff.Unit || c.Rate.Mant < 10 {
		return "", false
	}
	k, ok := figures.UnitExp(c.Cur.Unit)
	if !ok || c.Cur.Interval(figures.HalfUp).Sub(c.Diff.Interval(figures.HalfUp)).Hi.Sign() > 0 {
		return "", false // (as written, a positive base: checkRate's)
	}
	found, want := 0, ""
	for _, alt := range []string{"元", "万元", "亿元"} {
		ka, _ := figures.UnitExp(alt)
		if ka != k+4 && ka != k-4 {
			continue
		}
		if rateHoldsOn(c, c.Cur.Interval(figures.HalfUp).Scale(unitScale(ka, k)), c.Diff.Interval(figures.HalfUp)) {
			found, want = found+1, alt
		}
	}
	return want, found == 1
}

// amountBefore returns the labelled amount of money right before offset at
// in its sentence, with no other figure and no clause end between, or nil.
func amountBefore(u *unit, at int) *figures.Quantity {
	var last *figures.Quantity
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if q.End > at {
			break
		}
		last = q
	}
	if last == nil || last.Label == "" || last.Percent || last.Approx || !figures.IsMoneyUnit(last.Unit) ||
		strings.ContainsAny(u.text[last.End:at], "；;。") || u.sentenceOf(last.Start) != u.sentenceOf(at) {
		return nil
	}
	return last
}

// curUnitApart returns the change's unit of money when the comparison's
// current figure is written in another unit 10⁴ apart and the change and
// rate hold only with the figure read in the change's unit:
// "机关运行经费支出315.52元，同比增加33.56万元，增长11.9%" (315.52万元).
func curUnitApart(c figures.Comparison) (string, bool) {
	if c.Base != nil || c.Rate == nil || c.DiffSign == 0 || c.RateSign != c.DiffSign || c.Rate.Mant < 10 || c.Cur.Approx || c.Diff.Mant <= 0 {
		return "", false
	}
	k, ok1 := figures.UnitExp(c.Cur.Unit)
	kd, ok2 := figures.UnitExp(c.Diff.Unit)
	if !ok1 || !ok2 || k-kd != 4 && kd-k != 4 {
		return "", false
	}
	x, d := c.Cur.Interval(figures.HalfUp), c.Diff.Interval(figures.HalfUp)
	if rateHoldsOn(c, x.Scale(unitScale(k, kd)), d) || !rateHoldsOn(c, x, d) {
		return "", false // (it holds as written, or not with the digits in the change's unit either)
	}
	return c.Diff.Unit, true
}

// impliedBase is the base a change d from the current figure x implies:
// x − d for a rise, x + d for a fall.
func impliedBase(x, d figures.Interval, sign int) figures.Interval {
	if sign < 0 {
		return x.Add(d)
	}
	return x.Sub(d)
}

// rateHoldsOn reports whether c's rate is the change d over the positive
// base the current figure x implies, within rounding.
func rateHoldsOn(c figures.Comparison, x, d figures.Interval) bool {
	base := impliedBase(x, d, c.DiffSign)
	if base.Lo.Sign() <= 0 {
		return false
	}
	ok, _, valid := figures.RateCheck(c.Rate.Number, d, base)
	return valid && ok
}

// unitScale is 10^(from − to): what a figure in the unit of exponent from
// is worth in the unit of exponent to (万元 in 元: 10⁴).
func unitScale(from, to int) *big.Rat {
	if from >= to {
		return pow10Rat(from - to)
	}
	return new(big.Rat).Inv(pow10Rat(to - from))
}

// reportCurUnitSlip reports the current figure of c written in the wrong
// unit of money (see curUnitSlip).
func reportCurUnitSlip(p *audit.Pass, u *unit, c figures.Comparison, want string) {
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Cur),
		Expr:       fmt.Sprintf("%s − %s < 0", show(*c.Cur), show(*c.Diff)),
		Expected:   c.Cur.String() + want,
		Actual:     show(*c.Cur),
		Confidence: 0.7,
		Related:    spans(u, c.Diff, c.Rate),
	}
	f.Message = fmt.Sprintf("「%s」比其%s额 %s 还小，上年数将为负；按 %s%s 计，%s%s、%s%s 恰好成立：疑为单位写错（应为%s）。",
		show(*c.Cur), c.DiffWord, show(*c.Diff), c.Cur.String(), want, c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate), want)
	f.MessageEN = fmt.Sprintf("%s is smaller than its own increase %s; read as %s%s, the change and the rate %s hold: the unit is probably wrong (%s).",
		show(*c.Cur), show(*c.Diff), c.Cur.String(), want, show(*c.Rate), want)
	locate(p, u, &f, c.Cur.Start)
	p.Report(f)
}

// reportCurUnitApart reports the current figure of c written in another
// unit than its change's, in which the change and the rate do not hold
// (see curUnitApart).
func reportCurUnitApart(p *audit.Pass, u *unit, c figures.Comparison, want string) {
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Cur),
		Expr:       fmt.Sprintf("%s ↔ %s%s、%s%s", show(*c.Cur), c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate)),
		Expected:   c.Cur.String() + want,
		Actual:     show(*c.Cur),
		Confidence: 0.7,
		Related:    spans(u, c.Diff, c.Rate),
	}
	f.Message = fmt.Sprintf("「%s」与其后的%s%s、%s%s 不相符；按 %s%s 计恰好成立：疑为单位写错（应为%s）。",
		show(*c.Cur), c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate), c.Cur.String(), want, want)
	f.MessageEN = fmt.Sprintf("%s does not fit the change %s and the rate %s after it; read as %s%s, they hold: the unit is probably wrong (%s).",
		show(*c.Cur), show(*c.Diff), show(*c.Rate), c.Cur.String(), want, want)
	locate(p, u, &f, c.Cur.Start)
	p.Report(f)
}

// checkMixedUnits reports "生均公用经费2,271万元，上年为2,254元，增长0.7%":
// two amounts in units of money 10⁴ apart whose rate holds on the numbers
// as written (2,271 ÷ 2,254 − 1 = 0.75 %) and not with their units — one
// of the two units is written wrong. (Were the units right, the rate would
// be near 10⁶ % or −100 %: a small rate that fits the numbers as written
// is no coincidence, even with one digit.)
func checkMixedUnits(p *audit.Pass, u *unit) {
	if len(u.st.Quantities) < 3 || !cjk.Contains(u.text, "上") && !cjk.Contains(u.text, "去年") {
		return
	}
	for _, c := range figures.MixedUnitPairs(u.text, u.st.Quantities) {
		kx, okx := figures.UnitExp(c.Cur.Unit)
		ky, oky := figures.UnitExp(c.Base.Unit)
		if !okx || !oky || kx-ky != 4 && ky-kx != 4 || c.Base.Mant <= 0 || c.Cur.Mant <= 0 {
			continue
		}
		x, y := c.Cur.Interval(figures.HalfUp), c.Base.Interval(figures.HalfUp)
		d := x.Sub(y)
		if d.Lo.Sign()*c.RateSign < 0 && d.Hi.Sign()*c.RateSign < 0 {
			continue // the words go the other way on the numbers as written
		}
		ok, computed, valid := figures.RateCheck(c.Rate.Number, d, y)
		if !valid || !ok {
			continue
		}
		f := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(*c.Cur),
			Expr:       fmt.Sprintf("(%s − %s) ÷ %s = %s%% ≈ %s%%", c.Cur.String(), c.Base.String(), c.Base.String(), figures.FormatRat(computed, max(c.Rate.Dec, 2)), c.Rate.String()),
			Expected:   c.Cur.String() + c.Base.Unit,
			Actual:     show(*c.Cur),
			Confidence: 0.7,
			Related:    spans(u, c.Base, c.Rate),
		}
		f.Message = fmt.Sprintf("「%s」与上年「%s」单位不同，按所写单位相差上万倍；而把两数当作同一单位，%s%s 恰好成立：疑为单位写错。",
			show(*c.Cur), show(*c.Base), c.RateWord, show(*c.Rate))
		f.MessageEN = fmt.Sprintf("%s and last year's %s are in units 10,000 apart, yet the rate %s holds on the numbers as written: one of the units is probably wrong.",
			show(*c.Cur), show(*c.Base), show(*c.Rate))
		locate(p, u, &f, c.Cur.Start)
		p.Report(f)
	}
}
