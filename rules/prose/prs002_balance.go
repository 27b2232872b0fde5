package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// checkBalances checks the two balances a budget paragraph states in words:
//
//   - "收入总计A…，支出合计B…。收支相抵，结转下年X": X = A − B; with no
//     figure ("收支相抵，预算收支平衡"), A = B;
//   - "当年收支结余D，年末滚存结余E（上年末滚存结余S）": E = S + D.
//
// Each figure must be the paragraph's only one of its kind, in one unit.
func checkBalances(p *audit.Pass, us []*unit, i int) {
	u := us[i]
	if cjk.Contains(u.text, "收支相抵") {
		var prev *unit // the paragraph before, which may give the income ("…收入总计42.39亿元。" ⏎ "…支出总计41.89亿元。收支相抵，…")
		if i > 0 && u.span.Start-us[i-1].span.End <= 2 {
			prev = us[i-1]
		}
		checkNetting(p, u, prev)
	}
	if cjk.Contains(u.text, "结余") || cjk.Contains(u.text, "结存") {
		checkRollForward(p, u)
		checkFlowRollForward(p, u)
		checkRemainderBase(p, u)
	} else if cjk.Contains(u.text, "结转") || cjk.Contains(u.text, "余额") || cjk.Contains(u.text, "原值") || cjk.Contains(u.text, "净值") {
		// funds carried from last year into the next ("上年结转…，结转下年X"), an
		// asset's value rolled forward (年初原值 + 新增 − 处置 = 年末原值)
		checkFlowRollForward(p, u)
	}
	if cjk.Contains(u.text, "辆") && cjk.Contains(u.text, "末") {
		checkFleetRollForward(p, u)
	}
}

// checkFleetRollForward checks a paragraph that carries a fleet forward:
// "截至2025年12月31日，本部门共有车辆11辆，其中：…。2026年计划购置车辆0辆，拟
// 报废处置…车辆2辆，预计2026年末车辆13辆" — the year-end count is the count
// now plus those bought less those disposed of (9, not 13). Each role must be
// the paragraph's only count in 辆 of its kind; the parts after 其中 are
// passed over.
func checkFleetRollForward(p *audit.Pass, u *unit) {
	var start, in, out, closing *figures.Quantity
	for k := range u.st.Quantities {
		q := &u.st.Quantities[k]
		if q.Unit != "辆" || q.Approx || q.Dec != 0 {
			continue
		}
		var slot **figures.Quantity
		switch lead := q.Lead; {
		case cjk.Contains(lead, "年末") || cjk.Contains(lead, "预计") && cjk.Contains(lead, "末"):
			slot = &closing
		case leadHas(q, "购置", "新增", "购入", "更新"):
			slot = &in
		case leadHas(q, "处置", "报废", "减少", "划转", "拍卖"):
			slot = &out
		case leadHas(q, "共有", "现有", "实有", "年初", "保有"):
			slot = &start
		default:
			continue // (a kind of vehicle after 其中)
		}
		if *slot != nil {
			return // two of a role: which is meant is not sure
		}
		*slot = q
	}
	if start == nil || closing == nil || in == nil && out == nil || closing.Start < start.Start {
		return
	}
	ns := []figures.Number{start.Number}
	parts := []*figures.Quantity{start}
	if in != nil {
		ns, parts = append(ns, in.Number), append(parts, in)
	}
	if out != nil {
		n := out.Number
		n.Mant = -n.Mant
		ns, parts = append(ns, n), append(parts, out)
	}
	for i := range ns {
		ns[i].Exact = true // (counts of vehicles are exact)
	}
	want := closing.Number
	want.Exact = true
	if figures.SumHolds(ns, want, figures.HalfUp) {
		return
	}
	sc := figures.CheckSum(ns, want, figures.HalfUp)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*closing),
		Expr:       sc.Expr,
		Expected:   sc.Sum.String() + "辆",
		Actual:     show(*closing),
		Confidence: 0.7,
		Related:    spans(u, parts...),
		Message:    fmt.Sprintf("年末车辆 %s 应等于现有 %s 加购置、减处置后的 %s辆。", show(*closing), show(*start), sc.Sum.String()),
		MessageEN:  fmt.Sprintf("The year-end fleet %s should be the fleet now %s plus purchases less disposals: %s.", show(*closing), show(*start), sc.Sum.String()),
	}
	locate(p, u, &f, closing.Start)
	p.Report(f)
}

// checkRemainderBase checks a project's remainder against its budgets:
// "年初预算安排3169.72万元，年中追加375.21万元，全年预算数3544.93万元；全年
// 实际支出2927.71万元，…，年末结余242.01万元" leaves 3544.93 − 2927.71 =
// 617.22, and 242.01 is the 年初 budget less the spending: the remainder
// was taken on the wrong budget. Only that case is reported (a remainder
// may leave out sums returned or carried otherwise): the paragraph must
// hold one 年初 budget, one 全年 (or 调整) budget, one spending and one
// remainder, all in one unit.
func checkRemainderBase(p *audit.Pass, u *unit) {
	var initial, whole, spent, rest *figures.Quantity
	for k := range u.st.Quantities {
		q := &u.st.Quantities[k]
		if q.Percent || q.Approx || !figures.IsMoneyUnit(q.Unit) {
			continue
		}
		var slot **figures.Quantity
		switch {
		case leadEnds(q, "年末结余", "结余资金", "结余"):
			slot = &rest
		case cjk.Contains(q.Lead, "年初预算"):
			slot = &initial
		case leadHas(q, "全年预算", "调整后预算", "调整预算"):
			slot = &whole
		case leadHas(q, "实际支出", "支出决算") && !leadHas(q, "预算"):
			slot = &spent
		default:
			continue
		}
		if *slot != nil {
			return // two of a kind: which is meant is not sure
		}
		*slot = q
	}
	if initial == nil || whole == nil || spent == nil || rest == nil || rest.Start < spent.Start ||
		initial.Unit != rest.Unit || whole.Unit != rest.Unit || spent.Unit != rest.Unit {
		return
	}
	neg := spent.Number
	neg.Mant = -neg.Mant
	if figures.SumHolds([]figures.Number{whole.Number, neg}, rest.Number, figures.HalfUp) ||
		!figures.SumHolds([]figures.Number{initial.Number, neg}, rest.Number, figures.HalfUp) {
		return
	}
	sc := figures.CheckSum([]figures.Number{whole.Number, neg}, rest.Number, figures.HalfUp)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*rest),
		Expr:       sc.Expr,
		Expected:   sc.Sum.String() + rest.Unit,
		Actual:     show(*rest),
		Confidence: 0.7,
		Related:    spans(u, whole, spent, initial),
		Message: fmt.Sprintf("「%s」%s 是年初预算 %s 减实际支出 %s 的结果；按全年预算 %s 计算应为 %s%s。",
			labelOr(*rest, "结余"), show(*rest), show(*initial), show(*spent), show(*whole), sc.Sum.String(), rest.Unit),
		MessageEN: fmt.Sprintf("The remainder %s is the initial budget %s less spending %s; on the year's budget %s it is %s.",
			show(*rest), show(*initial), show(*spent), show(*whole), sc.Sum.String()),
	}
	locate(p, u, &f, rest.Start)
	p.Report(f)
}

// leadEnds reports whether q's lead, without linking words, ends with one
// of words.
func leadEnds(q *figures.Quantity, words ...string) bool {
	l := strings.TrimRight(q.Lead, "为是达：:， ")
	for _, w := range words {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// onlyOne returns the one quantity of qs before end for which ok holds,
// nil when none or several.
func onlyOne(qs []figures.Quantity, end int, ok func(*figures.Quantity) bool) *figures.Quantity {
	var one *figures.Quantity
	for k := range qs {
		q := &qs[k]
		if q.Start >= end || q.Percent || q.Approx || !ok(q) {
			continue
		}
		if one != nil {
			return nil
		}
		one = q
	}
	return one
}

func checkNetting(p *audit.Pass, u, prev *unit) {
	at := cjk.Index(u.text, "收支相抵")
	if cjk.Contains(u.text[at+len("收支相抵"):], "收支相抵") {
		return // two nettings: which totals each nets is not sure
	}
	qs := u.st.Quantities
	isIn := func(q *figures.Quantity) bool { return leadEnds(q, "收入总计", "收入合计") }
	in, inU := onlyOne(qs, at, isIn), u
	out := onlyOne(qs, at, func(q *figures.Quantity) bool { return leadEnds(q, "支出总计", "支出合计") })
	if in == nil && prev != nil && out != nil && !cjk.Contains(u.text[:at], "收入") {
		in, inU = onlyOne(prev.st.Quantities, len(prev.text), isIn), prev
	}
	if in == nil || out == nil || in.Unit != out.Unit || !figures.IsMoneyUnit(in.Unit) {
		return
	}
	inSpan := inU.spanOf(*in)
	sent := u.sentenceOf(at)
	var net *figures.Quantity
	for k := range qs {
		if q := &qs[k]; q.Start > at && q.Start < sent.End {
			net = q
			break
		}
	}
	after := u.text[at+len("收支相抵") : sent.End]
	switch {
	case net != nil:
		gap := u.text[at+len("收支相抵") : net.Start]
		if net.Percent || net.Approx || net.Unit != in.Unit || !cjk.Contains(gap, "结转") && !cjk.Contains(gap, "结余") || len([]rune(gap)) > 10 {
			return
		}
		if figures.SumHolds([]figures.Number{out.Number, net.Number}, in.Number, figures.HalfUp) {
			return
		}
		if in.Number.Rat().Cmp(out.Number.Rat()) == 0 && leadEnds(out, "支出总计") {
			// "收入总计169.78亿元…支出总计169.78亿元。收支相抵，结转下年4.16亿元":
			// the 支出总计 that equals the income holds the carry-over
			return
		}
		diff := diffString(in.Number, out.Number)
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       u.spanOf(*net),
			Expr:       fmt.Sprintf("%s − %s = %s ≠ %s", in.String(), out.String(), diff, net.String()),
			Expected:   diff + net.Unit,
			Actual:     show(*net),
			Confidence: 0.8,
			Related:    []model.Span{inSpan, u.spanOf(*out)},
		}
		f.Message = fmt.Sprintf("「收支相抵」后写 %s，但同段收入 %s 减支出 %s 为 %s%s。", show(*net), show(*in), show(*out), diff, net.Unit)
		f.MessageEN = fmt.Sprintf("The text nets income %s and spending %s to %s, but their difference is %s.", show(*in), show(*out), show(*net), diff)
		locate(p, u, &f, net.Start)
		p.Report(f)
	case cjk.Contains(after, "平衡"):
		if figures.SumHolds([]figures.Number{out.Number}, in.Number, figures.HalfUp) {
			return
		}
		diff := diffString(in.Number, out.Number)
		f := audit.Finding{
			Severity:   audit.Error,
			Span:       u.spanOf(*out),
			Expr:       fmt.Sprintf("%s − %s = %s ≠ 0", in.String(), out.String(), diff),
			Expected:   show(*in),
			Actual:     show(*out),
			Confidence: 0.8,
			Related:    []model.Span{inSpan},
		}
		f.Message = fmt.Sprintf("写「收支相抵」后收支平衡，但同段收入 %s 与支出 %s 相差 %s%s。", show(*in), show(*out), diff, out.Unit)
		f.MessageEN = fmt.Sprintf("The text says income %s and spending %s balance, but they differ by %s.", show(*in), show(*out), diff)
		locate(p, u, &f, out.Start)
		p.Report(f)
	}
}

func checkRollForward(p *audit.Pass, u *unit) {
	qs := u.st.Quantities
	end := len(u.text)
	start := onlyOne(qs, end, func(q *figures.Quantity) bool {
		return leadEnds(q, "上年末滚存结余", "上年末累计结存", "上年末累计结余", "年初滚存结余", "年初累计结存", "年初累计结余")
	})
	closing := onlyOne(qs, end, func(q *figures.Quantity) bool {
		return !cjk.Contains(q.Lead, "上年末") && !cjk.Contains(q.Lead, "年初") && leadEnds(q, "年末滚存结余", "年末累计结存", "年末累计结余")
	})
	flow := onlyOne(qs, end, func(q *figures.Quantity) bool {
		return leadEnds(q, "当年收支结余", "当期结存", "当年结余", "当期收支结余")
	})
	if start == nil || closing == nil || flow == nil || start.Unit != closing.Unit || flow.Unit != closing.Unit || !figures.IsMoneyUnit(closing.Unit) {
		return
	}
	reportRollForward(p, u, closing, []*figures.Quantity{start, flow}, false,
		"年末结余 %[1]s 应等于上年末 %[2]s 加当年收支结余 %[3]s，即 %[5]s。",
		"The year-end balance %[1]s should be last year-end's %[2]s plus the year's surplus %[3]s, i.e. %[5]s.")
}

// reportRollForward reports closing unless it is the sum of parts (the
// last subtracted when minusLast), with the message formats given: %[1]s
// the closing figure, %[2]s… the parts, %[5]s the sum in the closing
// figure's unit.
func reportRollForward(p *audit.Pass, u *unit, closing *figures.Quantity, parts []*figures.Quantity, minusLast bool, zh, en string) {
	ns := make([]figures.Number, len(parts))
	args := []any{show(*closing)}
	for k, q := range parts {
		ns[k] = q.Number
		args = append(args, show(*q))
	}
	if minusLast {
		ns[len(ns)-1].Mant = -ns[len(ns)-1].Mant
	}
	if figures.SumHolds(ns, closing.Number, figures.HalfUp) {
		return
	}
	sc := figures.CheckSum(ns, closing.Number, figures.HalfUp)
	for len(args) < 4 {
		args = append(args, "")
	}
	args = append(args, sc.Sum.String()+closing.Unit)
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(*closing),
		Expr:       sc.Expr,
		Expected:   sc.Sum.String() + closing.Unit,
		Actual:     show(*closing),
		Confidence: 0.75,
		Related:    spans(u, parts...),
		Message:    fmt.Sprintf(zh, args...),
		MessageEN:  fmt.Sprintf(en, args...),
	}
	for k, q := range parts {
		// the closing balance short by exactly one term: that term was left
		// out ("年末结转和结余102.25万元" = 收入 − 支出, 年初 forgotten)
		rest := append(append([]figures.Number(nil), ns[:k]...), ns[k+1:]...)
		if k < len(parts)-1 || !minusLast {
			if figures.SumHolds(rest, closing.Number, figures.HalfUp) {
				f.Hint = fmt.Sprintf("所写年末数恰为不计「%s」%s 的结果，疑漏计此项。", labelOr(*q, "该项"), show(*q))
				f.HintEN = fmt.Sprintf("The closing balance written is the result without %s: it seems left out.", show(*q))
			}
		}
	}
	if minusLast {
		added := append([]figures.Number(nil), ns...)
		added[len(added)-1].Mant = -added[len(added)-1].Mant
		if figures.SumHolds(added, closing.Number, figures.HalfUp) {
			q := parts[len(parts)-1]
			f.Hint = fmt.Sprintf("所写年末数恰为把「%s」%s 加上而非减去的结果。", labelOr(*q, "该项"), show(*q))
			f.HintEN = fmt.Sprintf("The closing figure written is the result of adding %s instead of subtracting it.", show(*q))
		}
	}
	if k, slip, ok := scaleSlipTerm(ns, closing.Number); ok {
		// one term off by a power of ten makes the balance hold: that term
		// is the suspect ("年初结转资金182,700.00万元" for 18.27万元)
		q := parts[k]
		f.Span = u.spanOf(*q)
		f.Message = fmt.Sprintf("「%s」%s 疑为小数点或单位错位：按%s计，等式恰好成立。", labelOr(*q, "该项"), show(*q), slip) + f.Message
		f.MessageEN = fmt.Sprintf("%s looks misplaced by a power of ten: read %s, the balance holds. ", show(*q), slip) + f.MessageEN
		f.Hint, f.HintEN = "", ""
		locate(p, u, &f, q.Start)
		p.Report(f)
		return
	}
	locate(p, u, &f, closing.Start)
	p.Report(f)
}

// scaleSlipTerm returns the one term of ns (signed as summed) which, read
// at a power of ten other than the one written (÷10⁴, ÷100, ÷10, ×10,
// ×100, ×10⁴), makes the sum total, and how it would be read.
func scaleSlipTerm(ns []figures.Number, total figures.Number) (int, string, bool) {
	found, how := -1, ""
	for k := range ns {
		if rest := append(append([]figures.Number(nil), ns[:k]...), ns[k+1:]...); figures.SumHolds(rest, total, figures.HalfUp) {
			continue // the term left out, not misread: its tenth or ten-thousandth is lost in rounding too
		}
		for _, e := range [...]struct {
			shift int
			how   string
		}{{4, "÷10000"}, {2, "÷100"}, {1, "÷10"}, {-1, "×10"}, {-2, "×100"}, {-4, "×10000"}} {
			alt := append([]figures.Number(nil), ns...)
			n := alt[k]
			if e.shift > 0 {
				n.Dec += e.shift
			} else {
				for i := 0; i < -e.shift; i++ {
					if n.Dec > 0 {
						n.Dec--
					} else {
						n.Mant *= 10
					}
				}
			}
			alt[k] = n
			if figures.SumHolds(alt, total, figures.HalfUp) {
				if found >= 0 {
					return 0, "", false // two readings: no one term to blame
				}
				found, how = k, e.how
			}
		}
	}
	return found, how, found >= 0
}

// openingWords and closingWords end the leads of the balances a sentence
// rolls forward: "年初结转结余220.98万元，本年收入…，本年支出…，年末结转结余…".
var (
	openingWords = []string{"年初结转结余", "年初结转和结余", "年初结余", "年初结存", "年初滚存结余", "年初累计结存", "年初累计结余",
		"上年结转资金", "上年结转结余", "上年结转和结余", "上年结余资金", "年初结转资金", "年初结转结余资金", "上年结转", "年初结转", "上年结余", "年初余额"}
	closingWords = []string{"年末结转结余", "年末结转和结余", "年末结余", "年末结存", "年末滚存结余", "年末累计结存", "年末累计结余",
		"年末结转结余资金", "年末结余资金", "年末结转资金", "结转下年", "年末余额"}
)

// checkFlowRollForward checks a sentence that rolls a balance forward
// through the year's income and spending: "年初结转结余220.98万元，本年收入
// 6742.14万元，本年支出6555.52万元，年末结转结余186.62万元": the closing
// balance is the opening one plus the income less the spending. The
// sentence must hold these four amounts only, in one unit, the closing
// balance last: any other figure (结余分配, 调整) may be a part of the
// roll-forward.
func checkFlowRollForward(p *audit.Pass, u *unit) {
	for _, sent := range u.st.Sentences {
		var qs [4]*figures.Quantity
		n := 0
		for k := range u.st.Quantities {
			q := &u.st.Quantities[k]
			if q.Start < sent.Start || q.End > sent.End || q.Percent {
				continue
			}
			if n == len(qs) && isChangeFigure(q) {
				continue // "…，年末结转结余X，较年初减少D": the change annotates the closing balance
			}
			if n == 0 && leadEnds(q, "总计", "合计") && strings.HasPrefix(strings.TrimLeft(u.text[q.End:], "，, "), "其中") {
				continue // "财政拨款收入总计6036.84万元，其中年初…，本年…": the sum of the first two, then the roll-forward
			}
			if n == len(qs) || q.Approx || !figures.IsMoneyUnit(q.Unit) {
				n = -1 // a fifth figure, or one of another kind
				break
			}
			qs[n] = q
			n++
		}
		if n != len(qs) {
			continue
		}
		// the four by their words, in any order ("本年收入a，年初结转和结余b；
		// 本年支出c，年末结转和结余d")
		var start, in, out, closing *figures.Quantity
		for _, q := range qs {
			switch {
			case (leadEnds(q, openingWords...) || stockAt(q, "年初") || balanceAt(q, "年初")) && start == nil:
				start = q
			case (leadEnds(q, closingWords...) || stockAt(q, "年末") || balanceAt(q, "年末")) && !cjk.Contains(q.Lead, "年初") && closing == nil:
				closing = q
			case leadHas(q, "收入", "收到", "筹集", "拨入", "到位", "新增", "购置", "归集") && !leadHas(q, "支出", "处置", "报废") && in == nil:
				in = q
			case leadHas(q, "支出", "使用", "拨出", "处置", "报废", "核销", "提取") && out == nil:
				out = q
			}
		}
		if start == nil || in == nil || out == nil || closing == nil || closing != qs[3] ||
			start.Unit != closing.Unit || in.Unit != closing.Unit || out.Unit != closing.Unit {
			continue
		}
		zh, en := "年末结余 %[1]s 应等于年初 %[2]s 加收入 %[3]s 减支出 %[4]s，即 %[5]s。",
			"The closing balance %[1]s should be the opening %[2]s plus income %[3]s less spending %[4]s, i.e. %[5]s."
		if stockAt(start, "年初") {
			zh, en = "年末数 %[1]s 应等于年初数 %[2]s 加新增 %[3]s 减处置 %[4]s，即 %[5]s。",
				"The year-end value %[1]s should be the opening %[2]s plus additions %[3]s less disposals %[4]s, i.e. %[5]s."
		}
		reportRollForward(p, u, closing, []*figures.Quantity{start, in, out}, true, zh, en)
	}
}

// stockAt reports an asset's value at a date: "2024年初固定资产原值",
// "年末固定资产原值" (when is 年初 or 年末).
func stockAt(q *figures.Quantity, when string) bool {
	return cjk.Contains(q.Lead, when) && leadEnds(q, "原值", "净值")
}

// balanceAt reports a balance of one kind of funds at a date: "年初财政拨款
// 结转和结余", "年末财政拨款结转和结余" (when is 年初 or 年末).
func balanceAt(q *figures.Quantity, when string) bool {
	return cjk.Contains(q.Lead, when) && leadEnds(q, "结转和结余", "结转结余")
}

// leadHas reports whether q's lead holds one of words.
func leadHas(q *figures.Quantity, words ...string) bool {
	for _, w := range words {
		if cjk.Contains(q.Lead, w) {
			return true
		}
	}
	return false
}
