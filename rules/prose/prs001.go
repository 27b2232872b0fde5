package prose

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// PRS001 checks a total written with its parts in one sentence.
var PRS001 = &audit.Rule{
	ID:       "PRS001",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "文中分项之和与合计不符",
		TitleEN: "Parts listed in a sentence do not add up to the stated total",
		Explain: "句中写出合计数及其分项（“合计X万元，分别为…”“A a万元、B b万元，支出合计X万元”），分项之和应等于合计；" +
			"以“其中”“主要用于”引出的分项只是一部分，只有分项之和超过合计时才报告。按四舍五入的区间比较，0.01 的尾差不报。各分项都称“原值”而合计称“净值”（或收入、支出互异）时，分项不属于该合计，不比较；“共收到…资金X，其中中央资金a，实际支出b”中的实际支出（已支出、执行数）是所收资金的去向，不是分项；合计名称另含所列各项都不是的一类（“还本付息及发行费用合计”而只列本金、利息）时不比较。“其中”两项恰把合计分成互补的两部分（“已完成4项，未完成3项”）时，两项之和应等于合计。" +
			"若把某一分项的小数点移动一位后恰好相符，提示疑似小数点错位；合计以元为单位、其后“其中”各项以万元为单位而数字相符（或单独一项已超过合计）时，提示单位写错；“收入4,832.79元，其中房屋出租收入3,198.38万元”一类只有一项、该项折算后是合计十倍以上而合计按该项的单位能容下它时，同样提示合计的单位写错。" +
			"“年初预算A，调整后预算B，支出合计X”中的预算不是支出的分项；“支出总计X。收支相抵，结转下年Y”中X含结转下年。" +
			"以比值写出的结构（“三次产业结构调整为6.3:44.3:49.4”，前面写明“结构”或“比例”、各项为百分数）各项之和应为100。" +
			"金额合计后的“其中”列出收支两侧（年初结转、本年收入；本年支出、年末结转）时，两侧各自等于合计；只有一侧相符时，指出另一侧的末项（通常是年末结转结余）。",
		ExplainEN: "When a sentence states a total and its parts, the parts must add up to the total. Parts introduced by " +
			"其中 or 主要用于 are a subset, so only a sum above the total is reported; parts that all name another measure than their total (原值 under 净值, 收入 under 支出) are not its parts, and what was spent (实际支出, 已支出, 执行数) after a 其中 of money received (共收到…资金，其中中央资金…) ends the list; a total after its parts named for a kind none of them is (还本付息及发行费用合计 after 本金 and 利息 only) is not compared. Two counts after 其中 that split the whole in two (已完成4项，未完成3项) must add up to it. Figures are compared as rounding " +
			"intervals; a shifted decimal point that would make the sum right is pointed out, and a total in 元 whose 其中 parts in 万元 make its figure (or one of which alone exceeds it) is reported as a wrong unit, also when its one part (收入4,832.79元，其中房屋出租收入3,198.38万元) is ten times the total or more and the total in the part's unit would hold it. " +
			"Budgets before the spending (年初预算A，调整后预算B，支出合计X) are not its parts, and a 支出总计 may hold the carry-over named after it (结转下年Y). A composition written as a ratio of " +
			"shares (\"三次产业结构调整为6.3:44.3:49.4\", named a 结构 or 比例) must add up to 100. " +
			"A total in money whose 其中 lists both sides of its balance (opening balance and income; spending and closing balance) has each side add up to it; when only one does, the last part of the other (usually the closing balance) is reported.",
		Bad:  "工资福利支出1567.51万元，商品服务支出363.27万元，对个人与家庭补助支出902.59万元，资本性支出10.80万元，支出合计2834.44万元。",
		Good: "工资福利支出1567.51万元，商品服务支出363.27万元，对个人与家庭补助支出902.58万元，资本性支出1.08万元，支出合计2834.44万元。",
	},
	Run: runPRS001,
}

func runPRS001(p *audit.Pass) {
	for _, u := range units(p) {
		for _, e := range u.st.Enumerations {
			checkEnumeration(p, u, e)
		}
	}
	checkOpeningBreakdowns(p)
	checkLineBreakdowns(p)
	checkTotalUnits(p)
	// compositions written as ratios hold no figure the analysis keeps:
	// the paragraphs are read for them directly
	d := p.Doc
	for _, b := range d.Blocks {
		para, ok := b.(*model.Paragraph)
		if !ok || para.Kind != model.Body {
			continue
		}
		if txt := d.Slice(para.Span); strings.IndexByte(txt, ':') >= 0 || cjk.Contains(txt, "：") || cjk.Contains(txt, "∶") {
			checkStructures(p, &unit{span: para.Span, text: txt, st: noStatements})
		}
	}
}

// balanceSides returns k when parts[:k] (two or more) add up to total and the rest
// are two or more: the two sides of one balance listed after its total,
// with whether the second side adds up to it too; 0 when no such k.
func balanceSides(parts []figures.Number, total figures.Number) (k int, both bool) {
	for k := 2; k <= len(parts)-2; k++ {
		if figures.SumHolds(parts[:k], total, figures.HalfUp) {
			return k, figures.SumHolds(parts[k:], total, figures.HalfUp)
		}
	}
	return 0, false
}

// reportOtherSide reports the last part of the side that does not add up
// to the total ("…本年支出5106.46万元，年末结转结余316.02万元": 5242.49 −
// 5106.46 = 136.03).
func reportOtherSide(p *audit.Pass, u *unit, e figures.Enumeration, parts []figures.Number, total figures.Number, k int) {
	last := len(parts) - 1
	others := append([]figures.Number{total}, parts[k:last]...)
	for i := 1; i < len(others); i++ {
		others[i].Mant = -others[i].Mant
	}
	want := figures.Number{Kind: figures.Value, Exact: true}
	want.Mant, want.Dec = figures.Sum(others) // total less the side's other parts
	side := figures.CheckSum(parts[k:], total, figures.HalfUp)
	q := e.Parts[last]
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(q),
		Expr:       side.Expr,
		Expected:   want.String() + q.Unit,
		Actual:     show(q),
		Confidence: 0.8,
		Message: fmt.Sprintf("「%s」%s 后“其中”列出收支两侧：前 %d 项之和等于合计，后 %d 项之和 %s 却不等于合计；按合计推算「%s」应为 %s。",
			labelOr(e.Total, "合计"), show(e.Total), k, len(parts)-k, side.Sum.String()+e.Total.Unit, labelOr(q, "末项"), want.String()+q.Unit),
		MessageEN: fmt.Sprintf("The total %s lists both sides of its balance: the first %d parts make it, the other %d add up to %s; by the total, %s should be %s.",
			show(e.Total), k, len(parts)-k, side.Sum.String(), show(q), want.String()+q.Unit),
	}
	for _, r := range e.Parts {
		f.Related = append(f.Related, u.spanOf(r))
	}
	locate(p, u, &f, q.Start)
	p.Report(f)
}

func checkEnumeration(p *audit.Pass, u *unit, e figures.Enumeration) {
	if e.Written != nil && mixedUnits(p, u, e) {
		return
	}
	if len(e.Parts) == 1 && e.Parts[0].Unit != e.Total.Unit {
		partOverTotal(p, u, e.Total, e.Parts[0])
		return
	}
	if namesUnlistedPart(e) {
		return // "…利息5429.00万元，还本付息及发行费用合计31106.71万元": the 发行费用 is not listed
	}
	if k := spendingAfterReceipt(e); k >= 0 {
		// "共收到…资金238.08万元，其中中央资金126.88万元，实际支出232.39万元":
		// what was spent of the money received ends the list
		if k == 0 {
			return
		}
		e.Parts = e.Parts[:k]
	}
	if !e.Complete && complementaryParts(e) {
		e.Complete = true // "共设置三级绩效指标8项，其中已完成4项，未完成3项": all of them
	}
	total := exactIfCount(e.Total)
	var buf [16]figures.Number // the parts of the common case, on the stack
	if !enumerationReported(appendNumbers(buf[:0], e.Parts), total, e.Complete) {
		return // the common case: no expression built
	}
	if limitFigure(u, e.Total) || slices.ContainsFunc(e.Parts, func(q figures.Quantity) bool { return limitFigure(u, q) }) {
		return // "最高额度40万元，其中，双缴存职工最高额度60万元": limits do not add up
	}
	if budgetsBeforeSpending(e) {
		return // "年初预算A，调整后预算B，全年支出合计X": versions of a budget, then what was spent
	}
	if partsOfAnotherMeasure(e) {
		return // "处置资产原值27483.30万元，净值5357.01万元，其中报废报损原值a，无偿划转原值b": the parts are of the 原值
	}
	if enumerationStagesDiffer(e) {
		return // "年中调增11812.23万元，其中项目支出年初预算仅12557.97万元": another stage of the budget, no part
	}
	if !e.Complete && twoBreakdowns(e) {
		return // "中小企业合同金额X，其中：授予小微企业a；货物采购授予中小企业b": by size, then by kind
	}
	if nestedParts(e.Parts) {
		return // "其中应整改金额11867.70万元，已整改金额9796.14万元": the second is part of the first
	}
	parts := numbers(e.Parts)
	if overrun(u, e, parts, total) {
		return // "其中一般债务a，专项债务b，债务余额在限额以内，限额空间c": the list ended before c
	}
	if e.Complete && carriedAfter(u, e, parts, total) {
		return // "…，支出总计981462.88万元。收支相抵，结转下年10131.61万元": the total holds the carry-over
	}
	if figures.IsMoneyUnit(e.Total.Unit) && len(e.Parts) >= 4 && cjk.ContainsAnyOf(e.Parts[len(e.Parts)-1].Label, "结转", "结余", "年末") {
		// "收入支出总计X，其中：年初结转a，本年收入b，本年支出c，年末结转d":
		// a + b = c + d = X
		if k, both := balanceSides(parts, total); both {
			return
		} else if k > 0 {
			reportOtherSide(p, u, e, parts, total, k)
			return
		}
	}
	chk := figures.CheckSum(parts, total, figures.HalfUp)
	sum, shown := chk.Sum.String(), show(e.Total) // each written once for the texts below
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(e.Total),
		Expr:       chk.Expr,
		Expected:   sum,
		Actual:     total.String(),
		Difference: figures.Trimmed(chk.Diff),
		Confidence: 0.9,
	}
	// one array for the parts and, first, a part a hint may name
	f.Related = make([]model.Span, 0, len(e.Parts)+1)
	for _, q := range e.Parts {
		f.Related = append(f.Related, u.spanOf(q))
	}
	what := labelOr(e.Total, "合计")
	if e.Total.Total && e.Total.Label != "" {
		what += "合计"
	}
	if e.Complete {
		f.Message = fmt.Sprintf("「%s」%s 与所列分项之和 %s 不符。", what, shown, sum+e.Total.Unit)
		f.MessageEN = fmt.Sprintf("The total %s does not equal the sum of the parts listed with it (%s).", shown, sum)
	} else {
		f.Message = fmt.Sprintf("「%s」后“%s”所列分项之和 %s 已超过合计 %s。", what, e.Marker, sum+e.Total.Unit, shown)
		f.MessageEN = fmt.Sprintf("The parts listed after %q add up to %s, more than the total %s.", e.Marker, sum, shown)
	}
	if !figures.IsMoneyUnit(e.Total.Unit) && !e.Complete {
		// counts of people, places and things often overlap ("其中因私出境…，
		// 赴港澳台出境…"): worth a look, not a contradiction — unless the list
		// is written as a breakdown of whole counts ("其中：行政人员39人、…")
		f.Severity, f.Confidence = audit.Info, 0.3
		if listStyle(u.text, e) && exactParts(parts) || figures.KnownDisjoint(e.Total.Label, labelsOfParts(e)) || partsNamedBefore(u.text, e) || ofEachKind(e) && exactParts(parts) {
			// (or classes that cannot overlap: 行政人员 and 事业人员 of the 在职,
			// the kinds of 各级各类学校)
			f.Severity, f.Confidence = audit.Warning, 0.6
		}
	}
	if e.Complete && e.Marker != "分别为" && e.Marker != "分别是" && e.Marker != "合计" && (isBasicProjectSplit(e) || !figures.IsMoneyUnit(e.Total.Unit)) {
		// 支出 = 基本支出 + 项目支出 holds unless other kinds (经营支出…) exist
		f.Severity, f.Confidence = audit.Warning, 0.6
	}
	if i, fixed, ok := figures.MagnitudeSlip(parts, total); ok {
		q := e.Parts[i]
		f.Hint = fmt.Sprintf("疑似小数点错位：「%s」%s 若为 %s，则分项之和与合计相符。", labelOr(q, "该项"), show(q), figures.Trimmed(fixed)+q.Unit)
		f.HintEN = fmt.Sprintf("Possibly a shifted decimal point: with %s as %s the parts add up.", show(q), figures.Trimmed(fixed))
		f.Related = slices.Insert(f.Related, 0, u.spanOf(q))
	} else if chk.Sum.Mant != 0 && total.Mant != 0 {
		if d := figures.Diagnose(total, chk.Sum); d.Slip != figures.NoSlip {
			f.Hint, f.HintEN = d.Hint, d.HintEN
		}
	}
	at := e.Total.Start
	if k, want, ok := slippedPart(e.Parts, parts, total); ok {
		// "余额71.91亿元。其中：一般债务余额24.79亿元，专项债务余额47.21亿元":
		// only 47.12 for 47.21 makes the list add up — the finding is there
		q := e.Parts[k]
		f.Span, at = u.spanOf(q), q.Start
		w := figures.Trimmed(want)
		f.Expected, f.Actual = w+q.Unit, show(q) // (of the figure now flagged)
		f.Related = slices.Insert(f.Related, 0, u.spanOf(e.Total))
		f.Message += fmt.Sprintf("按合计与其余分项，「%s」%s 应为 %s%s。", labelOr(q, "该项"), show(q), w, q.Unit)
		f.MessageEN += fmt.Sprintf(" By the total and the other parts, %s should be %s.", show(q), w)
	}
	locate(p, u, &f, at)
	p.Report(f)
}

// carriedAfter reports whether a carry-over written after the total in
// its paragraph (结转下年, 年末结余) makes the parts add up to it: a budget
// report's 支出总计 balances the 收入总计 with what is carried into next
// year, named in the sentence after.
func carriedAfter(u *unit, e figures.Enumeration, parts []figures.Number, total figures.Number) bool {
	for _, q := range u.st.Quantities {
		if q.Start <= e.Total.End || q.Percent || q.Unit != e.Total.Unit {
			continue
		}
		if n := q.Lead + q.Label; !cjk.Contains(n, "结转") && !cjk.Contains(n, "结余") {
			continue
		}
		if figures.SumHolds(append(slices.Clone(parts), q.Number), total, figures.HalfUp) {
			return true
		}
	}
	return false
}

// budgetsBeforeSpending reports an enumeration whose parts are all
// budgets (年初预算, 调整后预算, 计划) and whose total is spending: the
// figures are stages of one budget and its outturn, not parts of a sum.
func budgetsBeforeSpending(e figures.Enumeration) bool {
	name := func(q figures.Quantity) string { return q.Lead + q.Label + q.Period }
	t := name(e.Total)
	if cjk.Contains(t, "预算") || !cjk.Contains(t, "支出") && !cjk.Contains(t, "执行") {
		return false
	}
	for _, q := range e.Parts {
		if n := name(q); !cjk.Contains(n, "预算") && !cjk.Contains(n, "计划") {
			return false
		}
	}
	return len(e.Parts) > 0
}

// budgetStage names the stage of a budget that a figure's words say: an
// adjustment (调增, 追加, 调减), the initial budget (年初) or the whole
// year's (全年, 调整后); "" when none.
func budgetStage(q figures.Quantity) string {
	n := q.Lead + q.Label + q.Period
	switch {
	case cjk.Contains(n, "调增") || cjk.Contains(n, "追加") || cjk.Contains(n, "调减"):
		return "adjustment"
	case cjk.Contains(n, "年初预算") || cjk.Contains(n, "年初"):
		return "initial"
	case cjk.Contains(n, "全年预算") || cjk.Contains(n, "调整后"):
		return "whole"
	}
	return ""
}

// complementaryParts reports a 其中 of two counts that split the whole in
// two, one named as the other negated ("已完成4项，未完成3项", "达标…，未达标…").
func complementaryParts(e figures.Enumeration) bool {
	if len(e.Parts) != 2 || !figures.IsCountUnit(e.Total.Unit) {
		return false
	}
	a, b := e.Parts[0].Label, e.Parts[1].Label
	if strings.HasPrefix(a, "未") {
		a, b = b, a
	}
	if !strings.HasPrefix(b, "未") || a == "" {
		return false
	}
	return strings.HasPrefix(a, "已") || a == strings.TrimPrefix(b, "未")
}

// namesUnlistedPart reports a total written after its parts whose name
// joins a kind none of the parts is ("还本付息及发行费用合计" after 本金 and
// 利息 only): the list is not the whole.
func namesUnlistedPart(e figures.Enumeration) bool {
	name, ok := strings.CutSuffix(e.Total.Label, "合计")
	if !ok && e.Marker != "合计" {
		return false // (a 其中 list's total names its item, not its parts)
	}
	k := max(strings.LastIndex(name, "及"), strings.LastIndex(name, "和"))
	if k < 0 {
		return false
	}
	last := name[k+len("及"):]
	if n := utf8.RuneCountInString(last); n < 2 || n > 6 {
		return false
	}
	head := string([]rune(last)[:2])
	for _, q := range e.Parts {
		if cjk.Contains(q.Label, head) {
			return false
		}
	}
	return true
}

// spendingAfterReceipt returns the index of the first part of e that says
// what was spent (实际支出, 已支出, 执行数) under a total of money received
// (收到, 到位, 下达, 收入): no part of it, but the next figure of the
// sentence. −1 when there is none.
func spendingAfterReceipt(e figures.Enumeration) int {
	if !cjk.ContainsAnyOf(e.Total.Label, "收到", "到位", "下达", "收入", "拨付", "安排", "筹集") {
		return -1
	}
	for k, q := range e.Parts {
		if cjk.HasAnyPrefix(q.Label, "实际支出", "已支出", "实际使用", "支出", "执行数", "实际执行") {
			return k
		}
	}
	return -1
}

// measureWords name what an amount measures: a 其中 whose parts all name
// one of them is not a breakdown of a total naming another.
var measureWords = [...]string{"原值", "净值", "收入", "支出"}

// partsOfAnotherMeasure reports a 其中 whose parts all end in one measure
// word and whose total ends in another ("原值" parts under "净值").
func partsOfAnotherMeasure(e figures.Enumeration) bool {
	measure := func(l string) string {
		for _, w := range measureWords {
			if strings.HasSuffix(l, w) {
				return w
			}
		}
		return ""
	}
	t := measure(e.Total.Label)
	if t == "" || len(e.Parts) == 0 {
		return false
	}
	for _, q := range e.Parts {
		if m := measure(q.Label); m == "" || m == t {
			return false
		}
	}
	return true
}

// enumerationStagesDiffer reports a total of one stage of a budget whose 其中 names a
// figure of another stage: not its part ("年中调增11812.23万元，其中项目支出
// 年初预算仅12557.97万元").
func enumerationStagesDiffer(e figures.Enumeration) bool {
	t := budgetStage(e.Total)
	if t == "" {
		return false
	}
	return slices.ContainsFunc(e.Parts, func(q figures.Quantity) bool {
		s := budgetStage(q)
		return s != "" && s != t
	})
}

// partsNamedBefore reports whether the words just before the total name
// every part ("带动脱贫户（含监测户）1614户…，其中脱贫户1358户、监测户296户"):
// the total is said to be made of those classes, which do not overlap.
func partsNamedBefore(text string, e figures.Enumeration) bool {
	if len(e.Parts) < 2 {
		return false
	}
	before := text[:e.Total.Start]
	if k := strings.LastIndexAny(before, "，。；"); k >= 0 {
		before = before[k:]
	}
	for _, q := range e.Parts {
		if q.Label == "" || !cjk.Contains(before, q.Label) {
			return false
		}
	}
	return true
}

// slippedPart returns the one part of a failed list that, with two
// adjacent digits swapped or its point moved by one or four places
// (slipReadings), makes the parts add up to the total, with the value it
// should have; false when no part or more than one does, or when the
// total itself has such a reading (which one slipped is then not known).
func slippedPart(qs []figures.Quantity, parts []figures.Number, total figures.Number) (int, figures.Number, bool) {
	for _, r := range slipReadings(total) {
		if figures.SumHolds(parts, r, figures.HalfUp) {
			return 0, figures.Number{}, false
		}
	}
	found, k := 0, -1
	var want figures.Number
	trial := slices.Clone(parts)
	for i := range parts {
		for _, r := range slipReadings(parts[i]) {
			trial[i] = r
			if figures.SumHolds(trial, total, figures.HalfUp) {
				found, k, want = found+1, i, r
				break
			}
		}
		trial[i] = parts[i]
	}
	return k, want, found == 1 && k < len(qs)
}

// mixedUnits checks an enumeration whose figures mix units of money
// (3.79亿元，其中A 7757.11万元、B 3.01万元) for a unit slip, and reports
// whether it is done with: a part whose digits, read in the total's unit,
// make the parts add up exactly is reported as written in the wrong unit;
// a total whose parts all share another unit is left to checkTotalUnits
// (its digits may be the slip); otherwise the sum is checked as usual.
func mixedUnits(p *audit.Pass, u *unit, e figures.Enumeration) bool {
	w := e.Written
	partsUnit := w.Parts[0].Unit
	for k, q := range w.Parts {
		if q.Unit != partsUnit {
			partsUnit = ""
		}
		if q.Unit == w.Total.Unit || q.Mant == 0 {
			continue // (0元 is 0万元: a zero is in no unit)
		}
		trial := numbers(e.Parts)
		fixed := q
		fixed.Unit = w.Total.Unit
		r, ok := figures.InUnitOf(fixed, e.Total.Unit)
		if !ok {
			continue
		}
		trial[k] = r.Number
		if !figures.SumHolds(trial, e.Total.Number, figures.HalfUp) {
			continue
		}
		sum, d := figures.Sum(trial)
		f := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(q),
			Message:    fmt.Sprintf("「%s」写为 %s；作 %s 时，「%s」%s 的各分项之和才相符：单位疑为%s之误。", labelOr(q, "该项"), show(q), q.Number.String()+w.Total.Unit, labelOr(w.Total, "合计"), show(w.Total), w.Total.Unit),
			MessageEN:  fmt.Sprintf("%s is written in %s; the parts add up to the total %s only with it in %s.", show(q), q.Unit, show(w.Total), w.Total.Unit),
			Expr:       fmt.Sprintf("%s（%s）= %s", figures.FormatFixed(sum, d), e.Total.Unit, show(e.Total)),
			Expected:   q.Number.String() + w.Total.Unit,
			Actual:     show(q),
			Confidence: 0.75,
			Related:    []model.Span{u.spanOf(w.Total)},
		}
		locate(p, u, &f, q.Start)
		p.Report(f)
		return true
	}
	return partsUnit != "" // (all parts in one unit, the total in another)
}

// enumerationReported reports whether checkEnumeration reports the
// enumeration whose parts and total are given: the parts do not add up to
// the total, and, for a 其中 subset (not complete), which may leave things
// out, they exceed it. It is enumerationReportedSum without the sum's
// expression (TestEnumerationReported compares them).
func enumerationReported(parts []figures.Number, total figures.Number, complete bool) bool {
	if figures.SumHolds(parts, total, figures.HalfUp) {
		return false
	}
	_, diff, _ := figures.SumDiff(parts, total) // CheckSum's Diff.Mant
	return complete || diff < 0
}

// enumerationReportedSum is enumerationReported from figures.CheckSum, as
// checkEnumeration once decided: the tests' oracle.
func enumerationReportedSum(parts []figures.Number, total figures.Number, complete bool) bool {
	chk := figures.CheckSum(parts, total, figures.HalfUp)
	if chk.Consistent {
		return false
	}
	over := chk.Diff.Mant < 0 // parts exceed the total
	return complete || over
}

// ofEachKind reports a total said to be of every kind (共有各级各类学校763所,
// 各类…): the parts after its 其中 are its kinds, which do not overlap.
func ofEachKind(e figures.Enumeration) bool {
	return cjk.Contains(e.Total.Label, "各类") // (各级各类 too)
}

// listStyle reports a list introduced by "其中：" (a colon after the marker).
func listStyle(text string, e figures.Enumeration) bool {
	rest := figures.Normalize(text[e.MarkerAt.End:min(len(text), e.MarkerAt.End+3)])
	return strings.HasPrefix(strings.TrimSpace(rest), ":")
}

func exactParts(ns []figures.Number) bool {
	for _, n := range ns {
		if !n.Exact {
			return false
		}
	}
	return true
}

func isBasicProjectSplit(e figures.Enumeration) bool {
	if len(e.Parts) != 2 {
		return false
	}
	a, b := e.Parts[0].Label, e.Parts[1].Label
	return cjk.Contains(a+b, "基本支出") && cjk.Contains(a+b, "项目支出")
}

// limitWords name a bound rather than an amount.
var limitWords = []string{"最高", "最低", "上限", "下限", "不超过", "不低于"}

// limitFigure reports whether figure q's words name a bound (个人住房贷款最高
// 额度40万元): bounds of the parts of a group are not parts of the group's.
func limitFigure(u *unit, q figures.Quantity) bool {
	lead := u.text[q.LeadStart:q.Start]
	return slices.ContainsFunc(limitWords, func(w string) bool { return cjk.Contains(lead, w) })
}

// labelsOfParts returns the labels of an enumeration's parts.
func labelsOfParts(e figures.Enumeration) []string {
	ls := make([]string, len(e.Parts))
	for i, q := range e.Parts {
		ls[i] = q.Label
	}
	return ls
}

// twoBreakdowns reports a list some of whose parts are the total's own
// name narrowed by a qualifier (货物采购授予中小企业合同金额 of 主管预算单位授予
// 中小企业合同金额)
// and some not (授予小微企业合同金额): two breakdowns by different measures,
// which overlap.
func twoBreakdowns(e figures.Enumeration) bool {
	t := e.Total.Label
	if utf8.RuneCountInString(t) < 4 {
		return false
	}
	tr := []rune(t)
	narrowed := 0
	for _, q := range e.Parts {
		// the part ends with the whole total name, or with a long end of it
		// past the subject ("主管预算单位授予中小企业合同金额": 授予中小企业合同金额)
		pr := []rune(q.Label)
		n := 0
		for n < len(pr) && n < len(tr) && pr[len(pr)-1-n] == tr[len(tr)-1-n] {
			n++
		}
		if len(pr) > n && (n == len(tr) || n >= 8) {
			narrowed++
		}
	}
	return narrowed > 0 && narrowed < len(e.Parts)
}

// nestedParts reports parts of which one is a stage of another, named by
// the same words after 应/已/未/实际: 应整改金额 and 已整改金额, 应收 and 已收;
// or a part after the first that is only what has been paid or spent
// (已支付, 已拨付): "计划总投资X，其中衔接资金Y，已支付Z" pays out of Y. They
// are no split of the total.
func nestedParts(parts []figures.Quantity) bool {
	seen := map[string]string{}
	for i, q := range parts {
		l := q.Label
		if i > 0 && strings.HasPrefix(l, "已") && cjk.ContainsAnyOf(l, "支付", "拨付", "使用", "支出", "报账", "兑付") && !strings.HasPrefix(parts[0].Label, "已") {
			return true
		}
		for _, w := range [...]string{"应", "已", "未", "实际"} {
			if rest, ok := strings.CutPrefix(l, w); ok && utf8.RuneCountInString(rest) >= 2 {
				if prev, ok := seen[rest]; ok && prev != w {
					return true
				}
				seen[rest] = w
				break
			}
		}
	}
	return false
}

// overrun reports a list read one figure too far: the parts add up to the
// total without the one at its far end (the last after 其中, the first
// before a 合计), and a clause of its own stands between that one and the
// others — "其中一般债务149820.00万元，专项债务163900.00万元，债务余额在限额以内，
// 限额空间9380.00万元"; "日常养护2,675.8公里；实施预防性养护32.8公里、修复性养护
// 17.8公里，合计50.6公里".
func overrun(u *unit, e figures.Enumeration, parts []figures.Number, total figures.Number) bool {
	n := len(parts)
	if n < 3 {
		return false
	}
	if e.Marker == "合计" {
		return figures.SumHolds(parts[1:], total, figures.HalfUp) && clauseBetween(between(u.text, e.Parts[0], e.Parts[1]))
	}
	return figures.SumHolds(parts[:n-1], total, figures.HalfUp) && clauseBetween(between(u.text, e.Parts[n-2], e.Parts[n-1]))
}

// clauseBetween reports whether the words between two figures end one
// clause and open another: a semicolon, or a clause with no figure between
// two commas ("，债务余额在限额以内，").
func clauseBetween(g string) bool {
	if strings.ContainsAny(g, "；;") {
		return true
	}
	first := strings.Index(g, "，")
	if first < 0 {
		return false
	}
	rest := g[first+len("，"):]
	second := strings.Index(rest, "，")
	return second >= 0 && utf8.RuneCountInString(rest[:second]) >= 4 && !strings.ContainsAny(rest[:second], "0123456789")
}

// between returns the words from figure a's end to the lead of figure b.
func between(text string, a, b figures.Quantity) string {
	if b.LeadStart < a.End || b.LeadStart > len(text) {
		return ""
	}
	return text[a.End:b.LeadStart]
}

// partOverTotal reports a total in one money unit whose one 其中 part,
// in another, exceeds it ("出租出借收入4,832.79元，其中房屋出租收入3,198.38
// 万元"): the total is written in the wrong unit when, in the part's, it
// holds the part.
func partOverTotal(p *audit.Pass, u *unit, total, part figures.Quantity) {
	if !figures.IsMoneyUnit(total.Unit) || !figures.IsMoneyUnit(part.Unit) || part.Mant <= 0 || total.Mant <= 0 {
		return
	}
	te, ok1 := figures.UnitExp(total.Unit)
	pe, ok2 := figures.UnitExp(part.Unit)
	if !ok1 || !ok2 || pe <= te {
		return // (a part in a smaller unit than its total: 万元 under 亿元 is no slip)
	}
	// the part, in the total's unit, is ten times the total or more (no
	// rounding makes that), while the total, read in the part's unit,
	// holds the part
	if part.Float()*math.Pow10(pe-te) < 10*total.Float() || total.Float() < part.Float() {
		return
	}
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(total),
		Message:    fmt.Sprintf("「%s」写为 %s，其中「%s」%s 已超过它；作 %s 时才容得下该项：单位疑为%s之误。", labelOr(total, "合计"), show(total), labelOr(part, "该项"), show(part), total.Number.String()+part.Unit, part.Unit),
		MessageEN:  fmt.Sprintf("%s is written in %s, but its part %s alone exceeds it; in %s it would hold it.", show(total), total.Unit, show(part), part.Unit),
		Expr:       fmt.Sprintf("%s > %s", show(part), show(total)),
		Expected:   total.Number.String() + part.Unit,
		Actual:     show(total),
		Confidence: 0.7,
		Related:    []model.Span{u.spanOf(part)},
	}
	locate(p, u, &f, total.Start)
	p.Report(f)
}
