package prose

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// PRS005 checks 执行率, 控制率, 到位率 … against the figures they divide.
var PRS005 = &audit.Rule{
	ID:       "PRS005",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "执行率等比率与分子分母不符",
		TitleEN: "Execution or control rate differs from actual ÷ plan",
		Explain: "“政府采购预算169.23万元，实际执行67.53万元，执行率39.90%”一类写法中，比率应等于实际数 ÷ 预算（计划、编制）数。" +
			"在同一段内、比率之前的计划数与实际数中，只要有一对相符就不报告；都不相符时报告离比率最近的一对。" +
			"之前另有一个其他比率（“实际到位…，资金到位率…；实际支出…，预算执行率…”）时，计划数仍可用，实际数取其后的；执行率恰等于实际支出 ÷ 到位资金的不报告。" +
			"只在截尾（而非四舍五入）时相符的，以较低置信度提示。“完成年初预算的95.14%”也按实际数 ÷ 预算数核对，只用同一分句内写明的预算数与实际数。" +
			"比率句及其前一句都没有计划数时，段中第一个比率可按本段开头写明的唯一全年预算数核对（实际数与之名称相近，如“项目资金实际到位”与“项目全年预算数”）。" +
			"资产负债率按同一段中本年的负债总额 ÷ 资产总额核对（各只有一个时）。" +
			"只与年初预算相符、而同段另写有全年预算数（含追加、调整）的执行率，按全年预算数报告（“完成年初预算的…%”除外）；“全年预算收入”“年初预算收入”是预算数。" +
			"两数单位不同（万元、元）而按数字本身计算恰与比率相符的，报告单位疑误。" +
			"执行率等于支出 ÷（年初结转 + 本年下达）的不报告；报告中有这样计算的执行率时，句中未写结转数的执行率无从核对，也不报告。",
		ExplainEN: "A rate such as 执行率 or 控制率 must equal the actual figure divided by the planned one stated before it in " +
			"the same paragraph. If any plan/actual pair fits, nothing is reported; otherwise the nearest pair is cited. " +
			"After a rate of another kind (\"实际到位…，资金到位率…；实际支出…，预算执行率…\") the plan still serves, the actual comes after it; an execution rate equal to the spending over the funds received is not reported. " +
			"\"完成年初预算的95.14%\" is checked the same way, against the plan and actual written in its own clause. " +
			"When neither the rate's sentence nor the one before gives a plan, the paragraph's first rate is checked against the one whole-year budget (全年预算数) the paragraph stated earlier, if its actual is named like it (项目资金实际到位 against 项目全年预算数). " +
			"A 资产负债率 is checked against this year's 负债总额 ÷ 资产总额 of its paragraph (one of each). " +
			"An 执行率 that fits only the initial budget (年初预算) while the paragraph gives the year's whole budget (全年预算数, additions included) is reported against the whole budget; 全年预算收入 and 年初预算收入 are budgets. " +
			"Two amounts in different units (万元, 元) whose digits alone give the rate exactly are reported as a wrong unit. " +
			"An 执行率 equal to the spending over the funds available (年初结转 + 本年下达) is not reported; in a report that reckons its rates so, an 执行率 whose sentence names no carry-over cannot be checked and is not reported either.",
		Bad:  "政府采购预算169.23万元，实际执行67.53万元，政府采购执行率49.90%。",
		Good: "政府采购预算169.23万元，实际执行67.53万元，政府采购执行率39.90%。",
	},
	Run: runPRS005,
}

func runPRS005(p *audit.Pass) {
	var ex execRates
	for _, u := range units(p) {
		for _, r := range u.st.Rates {
			checkExecRate(p, u, r, &ex)
		}
		if u.cell == nil {
			checkDebtRatio(p, u)
		}
	}
	for _, f := range ex.pending {
		if ex.onAvailable && !f.stands {
			continue // the report reckons its rates on funds the sentence does not give
		}
		p.Report(f.Finding)
	}
}

// execRates holds PRS005's rate findings until every rate of the document
// has been read: a report that reckons its 执行率 on the funds available
// (年初结转 + 本年下达, onAvailable) gives no base to check a rate against
// where its sentence names no carry-over.
type execRates struct {
	pending     []pendingRate
	onAvailable bool
}

// pendingRate is a finding on a rate, and whether it stands however the
// report reckons its 执行率: the rate's sentences name funds carried over,
// or the rate is of another kind (完成率, 控制率).
type pendingRate struct {
	audit.Finding
	stands bool
}

func checkExecRate(p *audit.Pass, u *unit, r figures.Rate, ex *execRates) {
	// only figures of the rate's sentence and the one before it; for
	// "年初预算为A，支出决算为B，完成年初预算的C%", of its own clause: a plan
	// further back ("三公经费预算23.00万元…；公务接待费支出1.86万元，完成预算的
	// 62.00%") is another item's
	sents := u.st.Sentences
	from, own, partsBefore := 0, 0, false
	for i, s := range sents {
		if r.Value.Start >= s.Start && r.Value.Start < s.End {
			from, own = sents[max(0, i-1)].Start, s.Start
			partsBefore = i > 0 && strings.HasPrefix(strings.TrimSpace(u.text[sents[i-1].Start:sents[i-1].End]), "其中")
			if r.Kind == "完成" {
				from = s.Start
				if k := strings.LastIndex(u.text[from:r.Value.Start], "；"); k >= 0 {
					from += k
				}
			}
		}
	}
	if from < own && namesRanked(u.text[own:r.Value.Start]) {
		// "预算规模最大的是A，全年预算X万元，实际支出Y万元。执行率最低的是B，
		// 执行率为Z%": the rate is of the item its sentence names, not of
		// the one before
		from = own
	}
	near := func(qs []figures.Quantity, from int) []figures.Quantity {
		// the figures come in text order: those from `from` on are a
		// suffix, returned without copying
		k := 0
		for k < len(qs) && qs[k].Start < from {
			k++
		}
		suffix := true
		for _, q := range qs[k:] {
			suffix = suffix && q.Start >= from
		}
		if suffix {
			return qs[k:len(qs):len(qs)]
		}
		var out []figures.Quantity
		for _, q := range qs {
			if q.Start >= from {
				out = append(out, q)
			}
		}
		return out
	}
	// a rate stated before this one has used the figures before it:
	// "实验室能力建设项目支出536.18万元，执行率95.75%；慢性病及地方病防治项目
	// 执行率91.84%" gives the second rate no figures of its own
	// A rate of another kind before it ("实际到位X，资金到位率100%；实际支出Y，
	// 预算执行率R%") has used its actual only: the plan both divide stays.
	planFrom := from
	for _, o := range u.st.Rates {
		if o.Value.End <= r.Value.Start && o.Value.End > from {
			if o.Kind == r.Kind {
				planFrom = o.Value.End
			}
			from = o.Value.End
		}
	}
	acts, plans := near(r.Actuals, from), near(r.Plans, planFrom)
	if len(plans) == 0 && len(acts) > 0 && planFrom == from && acts[0].Start >= own {
		// "本年度项目全年预算数1110.96万元，…。分资金来源看，…。截至12月31日，
		// 项目资金实际到位1054.87万元，资金到位率94.14%": the year's whole
		// budget the paragraph opened with, when it states one and only one
		first := !slices.ContainsFunc(u.st.Rates, func(o figures.Rate) bool { return o.Value.End <= r.Value.Start })
		if w := wholeYearPlan(r.Plans); w != nil && len(r.Plans) <= 2 && first && sharesBigram(acts[len(acts)-1].Lead, w.Lead) {
			plans = []figures.Quantity{*w} // (the first rate of the paragraph, its actual named like the budget: 项目资金 of 项目全年预算)
		}
	}
	if len(plans) == 0 || len(acts) == 0 {
		return
	}
	if partsBefore && plans[len(plans)-1].Start >= own && acts[len(acts)-1].Start < own {
		// "…支出合计1258577.78元。其中：基本支出…；项目支出392846.50元。全年预算数
		// 1302000.00元，预算执行率96.66%": the sentence before lists parts of
		// a figure; the rate's sentence gives its plan, not one of them
		return
	}
	if k := strings.LastIndex(u.text[own:r.Value.Start], "；"); k >= 0 {
		// "完成新建管网88.4公里，完成计划86公里的102.79%；改造供水厂2座，完成率
		// 100%": a clause with a figure of its own rates that figure, not
		// the plan and actual of the clause before
		clause := own + k
		if plans[len(plans)-1].Start < clause && acts[len(acts)-1].Start < clause && slices.ContainsFunc(u.st.Quantities, func(q figures.Quantity) bool {
			return q.Start > clause && q.End <= r.Value.Start && !q.Percent
		}) {
			return
		}
	}
	if pl, ac := plans[len(plans)-1], acts[len(acts)-1]; pl.Unit == "分" || ac.Unit == "分" {
		// "综合得分95.78分。其中预算执行率得分9.78分（执行率97.84%×10分）":
		// scores, not the amounts the rate divides
		return
	}
	// the figures must be about what the rate measures: some pair of
	// characters of the rate's name ("政府采购" of 政府采购执行率) recurs in them
	// ("完成年初预算的95.14%" names its plan itself)
	name := labelOr(r.Value, r.Kind)
	if r.Kind == "完成" {
		name = strings.TrimSuffix(r.Value.Lead, "的")
		if name == "" {
			name = "完成" + strings.TrimPrefix(strings.TrimPrefix(plans[len(plans)-1].Lead, "完成"), "为") + "的比例" // "完成全年预算1,600,000.00元的90.36%"
		}
	} else if stem := strings.TrimSuffix(r.Value.Label, r.Kind); stem != "" && !(r.Kind == "到位率" && genericStem(stem)) && !sharesBigramJoined(stem, plans[len(plans)-1].Lead, acts[len(acts)-1].Lead) {
		// a bare "执行率" names nothing else: it is the rate of the figures
		// just before it in its sentence
		return
	}
	rate := r.Value.Number
	pl, ac := plans[len(plans)-1], acts[len(acts)-1]
	if (cjk.Contains(pl.Lead, "÷") || cjk.Contains(ac.Lead, "÷")) && slices.ContainsFunc(u.st.Quantities, func(q figures.Quantity) bool {
		return q.Percent && q.End <= min(ac.Start, pl.Start) && q.Start != r.Value.Start
	}) {
		// "执行率为94.78%（实际支出34,587.52万元÷全年预算36,491.89万元），其中
		// 项目支出执行率88.24%": the formula written out is the rate's
		// before it, not this one's
		return
	}
	if r.Kind == "到位率" && cjk.Contains(pl.Lead, "到位") && cjk.Contains(ac.Lead, "到位") {
		// "各级资金实际到位X，…其中农机补贴资金到位Y，到位率仅为R%": two
		// amounts received, no plan they were received against
		return
	}
	onInitial := false // fits only a 年初 budget while the year's whole budget is written too
	for _, plan := range plans {
		for _, a := range acts {
			acN, plN, ok := inOneUnit(a, plan)
			if !ok {
				continue
			}
			if cappedAtFull(r, rate, acN, plN) {
				return
			}
			if ok, valid := figures.RatioHolds(rate, acN, plN, figures.HalfUp); valid && ok {
				if r.Kind == "完成" || !initialPlan(plan) {
					return
				}
				if whole := wholeYearPlan(plans); whole != nil {
					onInitial, pl, ac = true, *whole, a
				} else {
					return
				}
			}
		}
	}
	carry := carriedOver(u, planFrom, r.Value.Start)
	if len(carry) > 0 && carryOverBaseHolds(r, acts, plans, carry) {
		// "年初结转123.97万元，本年下达1,253.59万元，支出1,335.19万元，…执行率
		// 96.92%": the spending over the funds available
		ex.onAvailable = true
		return
	}
	if planFrom < from && otherBaseHolds(u, r, ac, planFrom) {
		// "实际到位资金10,515.02万元，资金到位率95.64%；全年实际支出9,792.55万元，
		// 预算执行率93.13%": the execution rate over the funds received,
		// as many reports reckon it
		return
	}
	acN, plN, ok := inOneUnit(ac, pl)
	if !ok {
		reportUnitSlip(p, u, r, name, ac, pl)
		return
	}
	_, computed, valid := figures.RatioConsistent(rate, acN, plN, figures.HalfUp)
	if !valid {
		return
	}
	truncOK, _ := figures.RatioHolds(rate, acN, plN, figures.Truncate)
	shown := computed
	suffix := ""
	if rate.Percent {
		shown = new(bigRat).Mul(computed, hundred)
		suffix = "%"
	} else if r.Value.Unit == "倍" {
		suffix = "倍"
	}
	dec := max(rate.Dec, 2)
	// each text written once for the finding's texts
	acS, plS, value, expected := acN.String(), plN.String(), show(r.Value), figures.FormatRat(shown, rate.Dec)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(r.Value),
		Expr:       fmt.Sprintf("%s ÷ %s = %s%s ≠ %s", acS, plS, figures.FormatRat(shown, dec+2), suffix, value),
		Expected:   expected + suffix,
		Actual:     value,
		Confidence: 0.7,
		Related:    spans(u, &pl, &ac),
	}
	f.Message = fmt.Sprintf("「%s」写为 %s，按「%s」%s ÷「%s」%s 计算应为 %s%s。", name, value, labelOr(ac, "实际数"), show(ac), labelOr(pl, "计划数"), show(pl), expected, suffix)
	if onInitial {
		f.Message += "所写比率是除以年初预算得出的，而同段写明了全年预算数（含追加调整）。"
		f.MessageEN += " The rate written is over the initial budget, while the paragraph gives the year's whole budget."
	}
	f.MessageEN = fmt.Sprintf("The rate %s does not match %s ÷ %s = %s%s.", value, acS, plS, figures.FormatRat(shown, dec), suffix)
	if truncOK {
		f.Confidence = 0.5
		f.Hint = "按截尾（舍去）计算与所写相符，按四舍五入则不符。"
		f.HintEN = "It matches when truncated, not when rounded half up."
	}
	if r.Kind == "控制率" && r.Value.Unit == "倍" {
		f.Hint += "控制率通常以百分数表示。"
	}
	at := r.Value.Start
	if q, want, hint, ok := slipByRate(rate, ac, pl, acN, plN); ok {
		// "分配资金849.95万元，实际支出280.28万元，执行率96.51%": 849.95 ×
		// 96.51% is 820.28, the 280.28 with two digits swapped
		f.Span, at = u.spanOf(q), q.Start
		f.Expected, f.Actual = want+q.Unit, show(q) // (of the figure now flagged)
		f.Message += fmt.Sprintf("按所写比率推算，%s 应约为 %s%s，%s。", show(q), want, q.Unit, hint)
		f.MessageEN += fmt.Sprintf(" By the rate, %s should be about %s%s.", show(q), want, q.Unit)
	} else if got, other, ok := rowNeighbourFits(p, rate, ac, pl); ok && other.Column.Period == tables.PeriodPrevious && got.Column.Period != tables.PeriodPrevious {
		// "支出决算为12.68万元，完成预算的107.07%" where 107.07% is the row's
		// 上年决算数 15.80 ÷ 14.76: the rate was worked out on last year's
		f.Hint = fmt.Sprintf("所写比率恰为%s「%s」行「%s」%s ÷ %s：疑用上年数计算。",
			tableName(got.Table.T), strings.TrimPrefix(got.Row.Label, "其中："), other.Column.PathString(), other.Num.String(), plS)
		f.HintEN = fmt.Sprintf("The rate written is the row's %s, %s ÷ %s: probably worked out on last year's figure.", other.Column.PathString(), other.Num.String(), plS)
	} else if ok && got.Column.Period != tables.PeriodCurrent {
		// "全年实际到位资金1,638.00万元，资金到位率98.33%" beside the row
		// 预算 1,715.00 | 到位 1,686.30 | 上年到位 1,638.00: the rate is
		// the row's, the figure was copied from the column beside
		f.Span, at = u.spanOf(ac), ac.Start
		f.Expected, f.Actual = other.Num.String()+ac.Unit, show(ac)
		f.Message += fmt.Sprintf("%s「%s」行中 %s 在「%s」列；同行「%s」列 %s ÷ %s 正是所写的 %s：疑 %s 取错了列（应为 %s%s）。",
			tableName(got.Table.T), strings.TrimPrefix(got.Row.Label, "其中："), show(ac), got.Column.PathString(), other.Column.PathString(), other.Num.String(), plS, value, show(ac), other.Num.String(), ac.Unit)
		f.MessageEN += fmt.Sprintf(" In %s's row %s, %s is in column %s; the row's %s, %s ÷ %s, is the rate written: the figure was taken from the wrong column.",
			tableName(got.Table.T), got.Row.Label, show(ac), got.Column.PathString(), other.Column.PathString(), other.Num.String(), plS)
		f.Related = append(f.Related, got.Span, other.Span)
	}
	locate(p, u, &f, at)
	ex.pending = append(ex.pending, pendingRate{f, len(carry) > 0 || r.Kind != "执行率"})
}

// carriedOver returns the figures of u.text[from:to] naming funds carried
// over from last year (年初结转, 上年结余).
func carriedOver(u *unit, from, to int) []figures.Quantity {
	var out []figures.Quantity
	for _, q := range u.st.Quantities {
		if q.Start < from || q.End > to || q.Percent {
			continue
		}
		if n := q.Lead + q.Label; cjk.ContainsAnyOf(n, "结转", "结余") && cjk.ContainsAnyOf(n, "年初", "上年") {
			out = append(out, q)
		}
	}
	return out
}

// carryOverBaseHolds reports whether rate r holds as an actual of acts
// over a plan of plans plus a carry-over of carry.
func carryOverBaseHolds(r figures.Rate, acts, plans, carry []figures.Quantity) bool {
	for _, c := range carry {
		for _, pl := range plans {
			if pl.Start == c.Start || !sameUnit(pl, c) {
				continue
			}
			m, dec := figures.Sum([]figures.Number{pl.Number, c.Number})
			base := figures.Number{Mant: m, Dec: dec, Unit: pl.Unit, Kind: figures.Value}
			for _, a := range acts {
				if !sameUnit(a, pl) {
					continue
				}
				if ok, valid := figures.RatioHolds(r.Value.Number, a.Number, base, figures.HalfUp); valid && ok {
					return true
				}
			}
		}
	}
	return false
}

// cappedAtFull reports a 完成率 of 100% whose actual reaches its target:
// performance evaluations cap a target met or exceeded at 100%
// ("年度指标值为≥2.5万人，实际完成2.61万人，完成率100%").
// genericStem reports a rate's name before its kind that names no item
// ("资金到位率"): a 到位率 is then of the figures before it whatever their
// names (the funds received over the budget; a 资金执行率 may be over the
// funds received or the budget, and is left to its names).
func genericStem(stem string) bool {
	switch stem {
	case "资金", "预算", "项目", "资金预算", "项目资金", "预算资金", "整体", "总体", "综合":
		return true
	}
	return false
}

// otherBaseHolds reports whether the rate r holds as actual ac over some
// other figure of the text between from and the rate (the funds received
// an earlier rate was of).
func otherBaseHolds(u *unit, r figures.Rate, ac figures.Quantity, from int) bool {
	for _, q := range u.st.Quantities {
		if q.Start < from || q.End > r.Value.Start || q.Percent || q.Start == ac.Start {
			continue
		}
		if acN, qN, ok := inOneUnit(ac, q); ok {
			if ok, valid := figures.RatioHolds(r.Value.Number, acN, qN, figures.HalfUp); valid && ok {
				return true
			}
		}
	}
	return false
}

func cappedAtFull(r figures.Rate, rate, ac, pl figures.Number) bool {
	if r.Kind != "完成率" && r.Kind != "达成率" || !rate.Percent || rate.Float() != 100 {
		return false
	}
	return ac.Float() >= pl.Float()
}

// slipByRate returns the one figure of a failed rate (the actual or the
// plan) that, with two adjacent digits swapped or its decimal point moved
// by one or four places, makes the written rate hold — the typing slip
// that explains the failure — with the value it should have. When both
// figures have such a reading (180.64 ÷ 1862.00 for 97.01%: 1806.40, or
// 186.20), which one slipped is not known, and none is returned.
func slipByRate(rate figures.Number, ac, pl figures.Quantity, acN, plN figures.Number) (figures.Quantity, string, string, bool) {
	var hit figures.Quantity
	var want, hint string
	n := 0
	for k, q := range [2]figures.Quantity{ac, pl} {
		shown := acN
		if k == 1 {
			shown = plN
		}
		for _, v := range slipReadings(shown) {
			num, den := v, plN
			if k == 1 {
				num, den = acN, v
			}
			if ok, _, valid := figures.RatioConsistent(rate, num, den, figures.HalfUp); valid && ok {
				want = v.String()
				if v.Dec > shown.Dec { // (the point moved left: 57,100.00 → 5.71, not 5.710000)
					want = strings.TrimRight(strings.TrimRight(want, "0"), ".")
				}
				hit, hint = q, figures.Diagnose(shown, v).Hint
				n++
				break
			}
		}
	}
	if n != 1 || hint == "" {
		return figures.Quantity{}, "", "", false
	}
	return hit, want, hint, true
}

// slipReadings returns n with two adjacent digits swapped (each pair that
// differs) and with its decimal point moved by one or four places.
func slipReadings(n figures.Number) []figures.Number {
	if n.Kind != figures.Value || n.Mant <= 0 {
		return nil
	}
	var out []figures.Number
	digits := []byte(strconv.FormatInt(n.Mant, 10))
	for i := 0; i+1 < len(digits); i++ {
		if digits[i] == digits[i+1] || i == 0 && digits[i+1] == '0' {
			continue
		}
		digits[i], digits[i+1] = digits[i+1], digits[i]
		if m, err := strconv.ParseInt(string(digits), 10, 64); err == nil {
			out = append(out, figures.Number{Kind: figures.Value, Mant: m, Dec: n.Dec, Exact: n.Exact})
		}
		digits[i], digits[i+1] = digits[i+1], digits[i]
	}
	for _, k := range [...]int{1, -1, 4, -4} {
		v := n
		if d := v.Dec - k; d >= 0 && d <= 12 { // ×10ᵏ: the point k places right
			v.Dec = d
			out = append(out, v)
		} else if k > 0 && v.Dec == 0 && v.Mant < 1e12 {
			v.Mant *= int64(math.Pow10(k))
			out = append(out, v)
		}
	}
	return out
}

// reportUnitSlip reports a rate of two amounts of money in different units
// that holds only on their digits: "调整预算2,886.83万元，实际支出2,725.43元，
// 项目预算执行率94.41%" — 2,725.43 ÷ 2,886.83 is 94.41%, so one of the
// units is wrong (元 for 万元).
func reportUnitSlip(p *audit.Pass, u *unit, r figures.Rate, name string, ac, pl figures.Quantity) {
	if !figures.IsMoneyUnit(ac.Unit) || !figures.IsMoneyUnit(pl.Unit) || ac.Unit == pl.Unit || ac.Approx || pl.Approx {
		return
	}
	if ok, valid := figures.RatioHolds(r.Value.Number, ac.Number, pl.Number, figures.HalfUp); !valid || !ok {
		return // (a rate that fits neither reading is left alone)
	}
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(ac),
		Expr:       fmt.Sprintf("%s ÷ %s = %s（单位%s与%s不同）", ac.String(), pl.String(), show(r.Value), ac.Unit, pl.Unit),
		Expected:   ac.String() + pl.Unit,
		Actual:     show(ac),
		Confidence: 0.75,
		Related:    spans(u, &pl, &r.Value),
	}
	f.Message = fmt.Sprintf("「%s」%s 与「%s」%s 单位不同，而按两数本身计算「%s」正是 %s：%s 的单位疑为%s之误。", labelOr(ac, "实际数"), show(ac), labelOr(pl, "计划数"), show(pl), name, show(r.Value), show(ac), pl.Unit)
	f.MessageEN = fmt.Sprintf("%s and %s are in different units, yet their digits give the rate %s exactly: the unit of %s is probably wrong (%s).", show(ac), show(pl), show(r.Value), show(ac), pl.Unit)
	locate(p, u, &f, ac.Start)
	p.Report(f)
}

// initialPlan reports a plan written as the year's initial budget (年初预算).
func initialPlan(q figures.Quantity) bool {
	return cjk.Contains(q.Lead, "年初") || q.Period == "年初预算" || q.Period == "年初"
}

// wholeYearPlan returns the one plan of plans written as the year's whole
// budget, additions and adjustments included (全年预算数, 调整后预算, 调整预算),
// nil for none or several.
func wholeYearPlan(plans []figures.Quantity) *figures.Quantity {
	var one *figures.Quantity
	for k := range plans {
		l := plans[k].Lead
		if cjk.Contains(l, "年初") || !cjk.Contains(l, "全年预算") && !cjk.Contains(l, "调整后") && !cjk.Contains(l, "调整预算") {
			continue
		}
		if one != nil {
			return nil
		}
		one = &plans[k]
	}
	return one
}

// sharesBigram reports whether two consecutive characters of a occur in b.
func sharesBigram(a, b string) bool {
	if !utf8.ValidString(a) {
		return sharesBigramRunes(a, b)
	}
	// each pair of runes of a, as the bytes they are written with
	prev := -1 // start of the previous rune
	for i := range a {
		if prev >= 0 {
			_, w := utf8.DecodeRuneInString(a[i:])
			if cjk.Contains(b, a[prev:i+w]) {
				return true
			}
		}
		prev = i
	}
	return false
}

// sharesBigramJoined is sharesBigram(a, p+q) without joining p and q: a
// pair of a is at most 8 bytes (two runes, an invalid byte read as U+FFFD),
// so one found across the join lies within 7 bytes on either side of it.
func sharesBigramJoined(a, p, q string) bool {
	const k = 7
	return sharesBigram(a, p) || sharesBigram(a, q) || sharesBigram(a, p[len(p)-min(k, len(p)):]+q[:min(k, len(q))])
}

// sharesBigramRunes is sharesBigram by rune conversion, which writes an
// invalid byte as U+FFFD.
func sharesBigramRunes(a, b string) bool {
	ra := []rune(a)
	for i := 0; i+1 < len(ra); i++ {
		if cjk.Contains(b, string(ra[i:i+2])) {
			return true
		}
	}
	return false
}

// inOneUnit returns the figures of a and b (counts exact) in one unit: as
// written when their units are the same, else a count in 人 or 名 against
// one in 万人 or 万名 ("计划为12.50万名…，实际完成130812人") is read in 万,
// the count's digits all kept (13.0812万, exact).
func inOneUnit(a, b figures.Quantity) (figures.Number, figures.Number, bool) {
	if sameUnit(a, b) {
		return exactIfCount(a), exactIfCount(b), true
	}
	if a.Percent || b.Percent {
		return figures.Number{}, figures.Number{}, false
	}
	person := func(u string) bool { return u == "人" || u == "名" }
	an, bn := exactIfCount(a), exactIfCount(b)
	switch {
	case person(a.Unit) && strings.HasPrefix(b.Unit, "万") && person(strings.TrimPrefix(b.Unit, "万")) && an.Dec+4 <= 18:
		an.Dec += 4
		an.Unit = b.Unit
		return an, bn, true
	case person(b.Unit) && strings.HasPrefix(a.Unit, "万") && person(strings.TrimPrefix(a.Unit, "万")) && bn.Dec+4 <= 18:
		bn.Dec += 4
		bn.Unit = a.Unit
		return an, bn, true
	}
	return figures.Number{}, figures.Number{}, false
}

func sameUnit(a, b figures.Quantity) bool {
	return a.Unit == b.Unit && a.Percent == b.Percent
}

// namesRanked reports words naming the item that ranks first or last
// ("执行率最低的是", "最高的为"): what follows is about that item alone.
func namesRanked(s string) bool {
	for _, w := range [...]string{"最低的是", "最高的是", "最大的是", "最小的是", "最低的为", "最高的为", "最低的项目是", "最高的项目是", "较低的是", "较高的是"} {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// rowNeighbourFits returns the one table row that shows both actual ac and
// plan pl as written, and another amount of that row (got is ac's cell,
// other the amount) that over pl gives the rate written: the rate is the
// row's and ac was taken from the wrong column.
func rowNeighbourFits(p *audit.Pass, rate figures.Number, ac, pl figures.Quantity) (got, other tables.DataCell, ok bool) {
	if ac.Approx || pl.Approx || significant(ac.Number) < 3 {
		return got, other, false
	}
	n := 0
	for _, t := range xrefFactsOf(p).tables.Tables {
		for _, b := range t.Blocks {
			for i := range b.Rows {
				ai, pi := -1, -1
				for j := range b.Columns {
					switch d := b.At(i, j); {
					case b.Columns[j].Role != tables.Amount:
					case ai < 0 && sameShown(d, &ac):
						ai = j
					case pi < 0 && sameShown(d, &pl):
						pi = j
					}
				}
				if ai < 0 || pi < 0 {
					continue
				}
				for j, c := range b.Columns {
					d := b.At(i, j)
					if j == ai || j == pi || c.Role != tables.Amount || d.Num.Kind != figures.Value || d.Num.Mant <= 0 || d.Unit() != ac.Unit {
						continue
					}
					if holds, valid := figures.RatioHolds(rate, d.Num, pl.Number, figures.HalfUp); valid && holds {
						if n == 0 || other.Num != d.Num {
							n++
						}
						got, other = b.At(i, ai), d
					}
				}
			}
		}
	}
	return got, other, n == 1
}
