package table

import (
	"slices"
	"strings"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// Balance tables roll a balance forward by their columns' names:
// 年末累计结存 = 年初累计结存 + 当期结存 (a sum crossFooting checks, see
// rollForward), and 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出
// (flowRollForward).

// rollForward flags in kids (cleared by headerChildren) the columns a
// closing balance adds up from by their names, and returns how many: for
// 年末累计结存 (期末余额, 年末滚存结余, …) the opening column of the same name
// (年初累计结存) and the one column of the period's balance (当期结存, 本年
// 收支结余); 0 when either is missing or not alone, or when an amount column
// other than the year's 收入 and 支出 stands beside them (结余分配, 调整).
func rollForward(b *tables.Block, t *tables.Column, kids []bool) int {
	name := squashName(t.Name())
	var opening string
	for _, p := range [...][2]string{{"年末", "年初"}, {"期末", "期初"}} {
		if rest, ok := strings.CutPrefix(name, p[0]); ok && isBalanceWord(rest) {
			opening = p[1] + rest
		}
	}
	if opening == "" {
		return 0
	}
	open, period := -1, -1
	for _, c := range b.Columns {
		if c == t || c.Role != tables.Amount {
			continue
		}
		n := squashName(c.Name())
		switch {
		case n == opening:
			if open >= 0 {
				return 0
			}
			open = c.Index
		case isBalanceWord(n) && cjk.HasAnyPrefix(n, "当期", "本期", "本年", "当年", "收支"):
			if period >= 0 {
				return 0
			}
			period = c.Index
		case !cjk.Contains(n, "收入") && !cjk.Contains(n, "支出"):
			return 0 // another flow (结余分配, 调整): the balance is more than the two
		}
	}
	if open < 0 || period < 0 {
		return 0
	}
	kids[open], kids[period] = true, true
	return 2
}

// isBalanceWord reports whether a column name ends in a balance: 结存,
// 结余, 余额, 滚存结余.
func isBalanceWord(n string) bool {
	return strings.HasSuffix(n, "结存") || strings.HasSuffix(n, "结余") || strings.HasSuffix(n, "余额")
}

// squashName is a column name without white space and its bracketed unit:
// "年末累计结存（万元）" → "年末累计结存".
func squashName(n string) string {
	n = strings.Join(strings.Fields(n), "")
	if i := strings.IndexAny(n, "（("); i > 0 {
		n = n[:i]
	}
	return n
}

// flowRollForward checks 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出
// (期末结余 = 期初结余 + 本期到位 − 本期支出) on each row of a block whose
// amount columns are these four only (any
// other flow, 结余分配 or 调整, may enter the balance). The relation is the
// columns' definition; with no row holding it, and some breaking it, it is
// reported as a warning (the table may leave a flow out).
func flowRollForward(b *tables.Block, r figures.Rounding, all bool) []*check {
	open, in, out, closing := -1, -1, -1, -1
	in2 := -1     // a second inflow: 下达 beside 到位 (see rollRows)
	var amb []int // flows whose direction their names leave open (发放, 回收)
	parts := 0    // columns of one kind of spending beside the flow's
	for _, c := range b.Columns {
		if c.Role != tables.Amount || c.PerUnit {
			continue
		}
		name := c.Name()
		if len(c.Path) >= 2 {
			// "本年举借 › 小计 | 新增债券 | 再融资债券": the group's 小计 is
			// the flow, its parts are not
			if !isSubtotalName(name) {
				if groupHasSubtotal(b, c.Path[0]) {
					continue
				}
			} else {
				name = c.Path[0]
			}
		}
		n := yearlessBalance(squashName(name), c, b)
		if strings.HasPrefix(n, "其中") {
			continue // a part of another column ("本期末户数 | 其中：亏损企业"), no flow
		}
		switch {
		case closing < 0 && closingBalance(n):
			closing = c.Index
		case open < 0 && openingBalance(n):
			open = c.Index
		case cjk.Contains(n, "拟"):
			continue // "2026年拟调用" beside the year's roll-forward: next year's plan, no flow of it
		case cjk.ContainsAnyOf(n, "收入", "到位", "下达", "分配", "拨入", "收取", "收到", "到账", "增加", "新增", "入库", "举借", "提取", "计提", "补充") && !cjk.ContainsAnyOf(n, "支出", "减少", "退库", "偿还", "使用"):
			switch {
			case in < 0:
				in = c.Index
			case in2 < 0 && allotted(b, in) != allotted(b, c.Index):
				in2 = c.Index // "本年资金 › 分配 | 到位": funds allotted and funds received
			default:
				return nil // a third inflow, or two of a kind
			}
		case cjk.ContainsAnyOf(n, "可支配", "可用资金"):
			continue // 可支配资金 = 年初结转 + 本年到位, a step of the roll-forward
		case cjk.ContainsAnyOf(n, "限额"):
			continue // 债务限额 beside 年初余额 | 本年举借 | 本年偿还 | 年末余额: a ceiling, no flow
		case out < 0 && (cjk.ContainsAnyOf(n, "支出", "支付", "退还", "减少", "退库", "注销", "偿还", "消除", "处置", "报废", "核销", "调用", "动用") || strings.HasPrefix(n, "本年使用") || strings.HasPrefix(n, "本期使用")) && !cjk.ContainsAnyOf(n, "收入", "增加", "新增", "举借"):
			out = c.Index
		case out >= 0 && spendingPart(n) && (flowSubtotal(squashName(b.Columns[out].Name())) || spendingPart(squashName(b.Columns[out].Name()))):
			parts++ // "本年支出小计 | 基本支出 | 项目支出": the parts of the flow
			continue
		case out >= 0 && flowSubtotal(n) && spendingPart(squashName(b.Columns[out].Name())) && cjk.Contains(n, "支出"):
			out = c.Index // "基本支出 | 项目支出 | 本年支出合计": the flow after its parts
		case cjk.ContainsAnyOf(n, "利息", "付息", "息费"):
			continue // "本年支付利息" beside 年初余额 | 本年新增 | 本年偿还本金 | 年末余额: no flow of the principal
		case len(amb) < 2 && cjk.ContainsAnyOf(n, "发放", "回收"):
			amb = append(amb, c.Index) // a loan's issue or recovery: which way it moves the balance is told below
		default:
			return nil // a fifth amount column, or a second of a kind
		}
	}
	if parts > 0 && out >= 0 && spendingPart(squashName(b.Columns[out].Name())) {
		return nil // "基本支出 | 项目支出" with no column of their sum
	}
	// "年初余额 | 发放额 | 回收额 | 年末余额": 发放 raises a loan balance and
	// lowers a fund's, 回收 the other way; the columns go where the rows
	// hold on more of them (both ways tried when both are open)
	var tries [][2]int
	switch {
	case len(amb) == 1 && in < 0 && out >= 0:
		tries = [][2]int{{amb[0], out}}
	case len(amb) == 1 && out < 0 && in >= 0:
		tries = [][2]int{{in, amb[0]}}
	case len(amb) == 2 && in < 0 && out < 0:
		tries = [][2]int{{amb[0], amb[1]}, {amb[1], amb[0]}}
	case len(amb) > 0:
		return nil
	}
	if len(tries) > 0 {
		if open < 0 || closing < 0 || open > closing || !samePeriod(b, open, closing) {
			return nil
		}
		var made []*check
		sup, brk := 0, 0
		for _, t := range tries {
			m, s, k := rollRows(b, open, t[0], t[1], closing, r, all)
			if s > sup || s == sup && made == nil {
				made, sup, brk = m, s, k
			}
		}
		if sup == 0 || brk > sup {
			return nil // neither way holds: another kind of table
		}
		return made
	}
	if open < 0 || in < 0 || out < 0 || closing < 0 || open > closing || !samePeriod(b, open, closing) {
		return nil
	}
	made, sup, brk := rollRows(b, open, in, out, closing, r, all)
	if in2 >= 0 {
		// Funds allotted (下达, 分配) and funds received (到位): the balance
		// left is what was received and not spent, unless the table holds
		// with the allotment on more rows.
		made2, sup2, brk2 := rollRows(b, open, in2, out, closing, r, all)
		if allotted(b, in) == (sup2 > sup || sup2 == sup && brk2 < brk) {
			made, sup, brk = made2, sup2, brk2
		}
		if sup == 0 {
			return nil // neither holds on any row: which one the table means is open
		}
	}
	if brk > sup && sup > 0 {
		return nil // the table is no plain roll-forward
	}
	for _, c := range made {
		c.weak = sup == 0
	}
	return made
}

// rollRows makes the checks of closing = open + in − out on each row of
// b, with the rows that hold (sup) and break (brk) it.
func rollRows(b *tables.Block, open, in, out, closing int, r figures.Rounding, all bool) (made []*check, sup, brk int) {
	for i, row := range b.Rows {
		if row.Group || tables.RatioLabel(row.Label) {
			continue
		}
		total := b.At(i, closing)
		sc, keep := tallyRoll([]tables.DataCell{b.At(i, open), b.At(i, in), b.At(i, out)}, total, kCross, r, all, &sup, &brk)
		if !keep {
			continue
		}
		made = append(made, &check{kind: kCross, block: b, target: total, pcols: []int{open, in, out}, neg: 1 << 2,
			sum: sc, ok: sc.Consistent, exact: sc.Exact, conf: 0.85, basis: "表头（年末 = 年初 + 收入 − 支出）"})
	}
	return made, sup, brk
}

// allotted reports an inflow column of funds allotted (下达, 分配) rather
// than received.
func allotted(b *tables.Block, col int) bool {
	n := squashName(b.Columns[col].Name())
	return cjk.ContainsAnyOf(n, "下达", "分配") && !cjk.ContainsAnyOf(n, "到位", "到账", "收到")
}

// isSubtotalName reports a column named as its group's total: 小计, 合计.
func isSubtotalName(n string) bool {
	n = squashName(n)
	return n == "小计" || n == "合计"
}

// groupHasSubtotal reports whether a column of b under the header group
// named g is its 小计 (or 合计).
func groupHasSubtotal(b *tables.Block, g string) bool {
	for _, c := range b.Columns {
		if len(c.Path) >= 2 && c.Path[0] == g && isSubtotalName(c.Name()) {
			return true
		}
	}
	return false
}

// openingBalance reports a column of the balance at a period's start:
// 年初结转和结余, 期初余额, 上年末累计结余, 上年结转, 年初结转, 年初数.
func openingBalance(n string) bool {
	if cjk.HasAnyPrefix(n, "上年结转", "上年结余") || n == "年初结转" || n == "期初结转" {
		return true
	}
	return cjk.HasAnyPrefix(n, "年初", "期初", "上年末", "上期末") && (isBalanceWord(n) || strings.HasSuffix(n, "数") || assetValue(n))
}

// assetValue reports a column of an asset's value at a date: 年初原值,
// 年末净值 (the stock a 本年增加 | 本年减少 table rolls forward).
func assetValue(n string) bool {
	return strings.HasSuffix(n, "原值") || strings.HasSuffix(n, "净值")
}

// closingBalance reports a column of the balance at a period's end:
// 年末结转和结余, 期末余额, 本年末累计结余, 年末数.
func closingBalance(n string) bool {
	return cjk.HasAnyPrefix(n, "年末", "期末", "本年末", "本期末") && (isBalanceWord(n) || strings.HasSuffix(n, "数") || assetValue(n)) ||
		n == "年终结转" || n == "年终结余" || n == "年终结转结余" || n == "年末结转" || n == "期末结转"
}

// yearlessBalance names a balance dated by its year by its period instead:
// "2022年末累计结余" beside "本年末累计结余" is 上年末累计结余, and the same
// dated in the current year, or beside "2022年初…", 本年末累计结余.
func yearlessBalance(n string, c *tables.Column, b *tables.Block) string {
	if len(n) < len("2022年末") || !isDigits(n[:4]) || !strings.HasPrefix(n[4:], "年") {
		return n
	}
	rest := n[len("2022年"):]
	if r, ok := strings.CutPrefix(rest, "年"); ok && (strings.HasPrefix(r, "初") || strings.HasPrefix(r, "末")) {
		rest = r // "2024年年初数": the year's start, as "2024年初数"
	}
	switch {
	case strings.HasPrefix(rest, "末") && (c.Period == tables.PeriodCurrent || opensSameYear(b, n[:4])):
		return "本年" + rest
	case strings.HasPrefix(rest, "末"):
		return "上年" + rest
	case strings.HasPrefix(rest, "初"):
		return "年" + rest
	}
	return n
}

// opensSameYear reports whether a column of b opens year y ("2023年初结转
// 结余" for y = "2023"): beside it, "2023年末结转结余" closes the same year.
func opensSameYear(b *tables.Block, y string) bool {
	for _, c := range b.Columns {
		if n := squashName(c.Name()); strings.HasPrefix(n, y+"年初") || strings.HasPrefix(n, y+"年年初") {
			return true
		}
	}
	return false
}

// balanceStem is a balance column's name without its period (年初, 上年末,
// 年末, …) and a closing 数: 累计结余 of 上年末累计结余.
func balanceStem(n string) string {
	for _, p := range [...]string{"上年末", "上期末", "本年末", "本期末", "上年", "年初", "期初", "年末", "期末", "年终"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			n = rest
			break
		}
	}
	return strings.TrimSuffix(n, "数")
}

// samePeriod reports whether the opening and closing columns name the same
// balance: 年初结转和结余 and 年末结转和结余, 上年结转 and 年末结余 (funds
// carried over and left over), 年初数 and 年末数; not 年初预算 and 年末余额.
func samePeriod(b *tables.Block, open, closing int) bool {
	oc, cc := b.Columns[open], b.Columns[closing]
	// (a forecast's closing balance is the same stock: 年末预计结转结余)
	o := strings.TrimPrefix(balanceStem(yearlessBalance(squashName(oc.Name()), oc, b)), "预计")
	c := strings.TrimPrefix(balanceStem(yearlessBalance(squashName(cc.Name()), cc, b)), "预计")
	if o == c {
		return true
	}
	carried := func(s string) bool {
		return s == "结转" || s == "结余" || s == "结转结余" || s == "结转和结余"
	}
	return carried(o) && carried(c)
}

// periodRows reports whether the block's rows, totals and headings aside,
// are periods ("2022年", "2023年1—3月", "第一期"): a balance at each
// period's start or end is no flow a total row adds up.
func periodRows(b *tables.Block) bool {
	n := 0
	for _, r := range b.Rows {
		if r.Total || r.Group {
			continue
		}
		if !periodLabel(r.Label) {
			return false
		}
		n++
	}
	return n >= 2
}

// periodLabel reports a row label that names a period: a year, a month or
// quarter, or 第N期.
func periodLabel(l string) bool {
	l = strings.TrimSpace(l)
	if strings.HasPrefix(l, "第") && strings.HasSuffix(l, "期") {
		return true
	}
	if k := cjk.Index(l, "年"); k >= 4 && isDigits(l[k-4:k]) {
		rest := l[k+len("年"):]
		return rest == "" || rest == "度" || strings.HasSuffix(rest, "月") || strings.HasSuffix(rest, "季度")
	}
	return false
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// dropBalances removes from cols the balances at a period's start or end
// (期初结余, 期末结余, 年末余额) of a block whose rows are periods: their
// 合计 row shows the last balance, or none.
func dropBalances(b *tables.Block, cols []*tables.Column) []*tables.Column {
	if !periodRows(b) {
		return cols
	}
	out := cols[:0]
	for _, c := range cols {
		n := squashName(c.Name())
		if isBalanceWord(n) && cjk.HasAnyPrefix(n, "期初", "期末", "年初", "年末") {
			continue
		}
		out = append(out, c)
	}
	return out
}

// rowRollForward checks a roll-forward laid out in rows ("年初债务余额 ⏎
// 本年新增债务 ⏎ 本年偿还本金 ⏎ 年末债务余额", the columns 一般债务 | 专项债务 |
// 合计): in each amount column the closing row is the opening one plus the
// inflow less the outflow. Rows of interest (本年支付利息) may stand beside;
// any other row of a flow makes the block no plain roll-forward.
func rowRollForward(b *tables.Block, r figures.Rounding, all bool) []*check {
	open, in, out, closing := -1, -1, -1, -1
	// balances dated by their years' ends ("一、2023年末隐性债务余额 …
	// 四、2024年末隐性债务余额"): the earlier is the opening one
	dOpen, dClose := datedBalances(b)
	// a housing fund's balance: 缴存 flows in, 提取 out (提取 is a provision
	// made, an inflow, elsewhere)
	deposits := slices.ContainsFunc(b.Rows, func(r *tables.Row) bool { return cjk.ContainsAnyOf(r.Label, "缴存额", "归集额") })
	for i, row := range b.Rows {
		if row.Group {
			continue
		}
		if p := row.Parent; p >= 0 && (p == in || p == out || p == open || p == closing) {
			continue // a part of one of the four ("二、本年财政拨款收入 ⏎ 1.一般公共预算财政拨款")
		}
		n := squashName(strings.TrimSpace(strings.TrimPrefix(row.Label, row.Marker)))
		switch {
		case i == dOpen:
			open = i
		case i == dClose:
			closing = i
		case closing < 0 && closingBalance(n):
			closing = i
		case open < 0 && openingBalance(n):
			open = i
		case in < 0 && (cjk.ContainsAnyOf(n, "新增", "举借", "增加", "收入", "到位") || deposits && cjk.ContainsAnyOf(n, "缴存额", "归集额")) && !cjk.ContainsAnyOf(n, "偿还", "减少", "支出"):
			in = i
		case out < 0 && (cjk.ContainsAnyOf(n, "偿还", "减少", "支出", "处置", "化解") || deposits && cjk.Contains(n, "提取")) && !cjk.ContainsAnyOf(n, "新增", "举借", "增加", "收入"):
			out = i
		case cjk.ContainsAnyOf(n, "利息", "付息", "息费", "限额", "利率"):
			continue
		case cjk.ContainsAnyOf(n, "收支结余", "收支差额", "本年结余", "当年结余", "当期结余"):
			continue // the year's balance, the inflow less the outflow: no third flow
		default:
			return nil
		}
	}
	if open < 0 || in < 0 || out < 0 || closing < 0 || !(open < in && open < out && in < closing && out < closing) {
		return nil
	}
	var made []*check
	sup, brk := 0, 0
	for _, c := range b.Columns {
		if c.Role != tables.Amount || c.PerUnit {
			continue
		}
		total := b.At(closing, c.Index)
		sc, keep := tallyRoll([]tables.DataCell{b.At(open, c.Index), b.At(in, c.Index), b.At(out, c.Index)}, total, kFooting, r, all, &sup, &brk)
		if !keep {
			continue
		}
		made = append(made, &check{kind: kFooting, block: b, target: total, prows: []int{open, in, out}, neg: 1 << 2,
			sum: sc, ok: sc.Consistent, exact: sc.Exact, conf: 0.85, basis: "行名（年末 = 年初 + 新增 − 减少）",
			group: "年初 + " + b.Rows[in].Label + " − " + b.Rows[out].Label})
	}
	if brk > sup && sup > 0 {
		return nil
	}
	for _, c := range made {
		c.weak = sup == 0
	}
	return made
}

// tallyRoll compares total with open + in − out (cells, in that order),
// counting a failure in brk and a hold on figures that are not all zero in
// sup, and reports whether a check of kind k is to be made of it.
func tallyRoll(cells []tables.DataCell, total tables.DataCell, k checkKind, r figures.Rounding, all bool, sup, brk *int) (figures.SumCheck, bool) {
	if total.Num.Kind != figures.Value || !allNumeric(append(cells, total)) {
		return figures.SumCheck{}, false
	}
	ns := []figures.Number{asValue(cells[0].Num), asValue(cells[1].Num), neg(asValue(cells[2].Num))}
	sc := sumNumbers(ns, asValue(total.Num), r)
	switch {
	case !sc.Consistent:
		*brk++
	case nontrivial(cells, total):
		*sup++
	}
	return sc, all || !unseen(k, sc.Consistent, sc.Exact)
}

// datedBalances returns the rows of b naming a balance at the end of two
// consecutive years ("2023年末隐性债务余额", "2024年末隐性债务余额"), the
// earlier and the later, when there are exactly two such rows of one
// balance; −1, −1 otherwise.
func datedBalances(b *tables.Block) (int, int) {
	type dated struct {
		row, year int
		rest      string
	}
	var ds []dated
	for i, row := range b.Rows {
		n := squashName(strings.TrimSpace(strings.TrimPrefix(row.Label, row.Marker)))
		if len(n) < len("2024年末") || !isDigits(n[:4]) || !strings.HasPrefix(n[4:], "年末") {
			continue
		}
		rest := n[len("2024年末"):]
		if !isBalanceWord(rest) {
			continue
		}
		y := 0
		for _, c := range n[:4] {
			y = y*10 + int(c-'0')
		}
		ds = append(ds, dated{i, y, rest})
	}
	if len(ds) != 2 || ds[0].rest != ds[1].rest || ds[1].year != ds[0].year+1 {
		return -1, -1
	}
	return ds[0].row, ds[1].row
}

// flowSubtotal reports a flow column named as the sum of its parts: 本年支出
// 小计, 本年支出合计, 支出合计.
func flowSubtotal(n string) bool {
	return strings.HasSuffix(n, "小计") || strings.HasSuffix(n, "合计")
}

// spendingPart reports a column of one kind of spending, a part of the
// year's: 基本支出, 项目支出, 人员经费, 公用经费 (and their 其中 forms).
func spendingPart(n string) bool {
	n = strings.TrimPrefix(strings.TrimPrefix(n, "其中"), "：")
	switch n {
	case "基本支出", "项目支出", "人员经费", "公用经费", "上缴上级支出", "对附属单位补助支出", "经营支出":
		return true
	}
	return false
}
