package table

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// tbl007 checks the two-sided summary table of accounts and budgets
// (收入支出决算总表, 收支预算总表): income items on the left, spending items
// on the right, each side adding up to its 本年…合计, that plus the
// carried-over funds to its 总计, and the two 总计 equal. The table
// analysis reads such a table as a form (label, value, label, value), so
// the rule reads the grid itself.
func tbl007(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL007",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "收支总表两侧不平",
			TitleEN: "The two sides of an income and spending summary do not add up",
			Explain: "收入支出决算（预算）总表左列收入、右列支出：每一侧的各项之和应等于“本年收入合计”“本年支出合计”，" +
				"合计加上其后各项（年初结转和结余、年末结转和结余等）应等于该侧“总计”，两侧总计应相等；" +
				"没有合计行的（如预算的财政拨款收支总表），各项之和应等于“总计”。" +
				"某一侧有“其中”行时不核对该侧各项之和，但“其中”列出的是上一行的已知全部分项（上级补助收入 下的返还性收入、一般性转移支付收入、专项转移支付收入）时，核对上一行与这些分项之和；分两级编号时（一、本年支出 下列（一）（二）…），每个一级项目应等于其所列二级项目之和，各一级项目之和再与合计或总计核对；一级项目下是未编号的行（一、本年支出 下列 社会保障和就业支出…）时，只有这些行恰好合计为其一级项目（或只有一个一级项目的行不合计、其余至少一个合计，而全部各行之和与合计不符），才按此读：不合计的一级项目即为发现，再以各一级项目之和核对合计或总计；" +
				"整侧都不编号时（上级补助收入 下列 返还性收入、一般性转移支付收入…），恰好合计为其上一行的各行算作该行的明细，只有一组不合计、而去掉该组后各行之和与合计或总计相符时，发现指向该组的上一行；其余分级方式不核对。" +
				"两侧总计相等、合计与其各项相符而该侧不平时，指出合计与总计之间唯一的结转结余行（如年末结转和结余）。" +
				"合计与总计之间还有结余分配、使用非财政拨款结余等行时，指出其中唯一的年末（期末、结转下年）结转结余行：应为总计减合计与其余各行。",
			ExplainEN: "In the two-sided summary table (收入 on the left, 支出 on the right) each side's items must add up to its " +
				"本年…合计, that plus the rows after it (funds carried over) to its 总计, and the two 总计 must be equal; a side with no 合计 " +
				"row (a budget's 财政拨款收支总表) must add up to its 总计. A side " +
				"with 其中 rows is not summed, but a 其中 list naming the whole known breakdown of the row above it (返还性, 一般性转移支付, 专项转移支付 under 上级补助收入) is checked against that row; one numbered on two levels (一、本年支出 with （一）, （二）, … under it) has each head checked against its sub-items and the heads summed to the 合计 or 总计 (unnumbered rows under the heads are read so only when they add up to their head, or all heads' rows but one's do while the rows all together do not make the total: that head is then reported and the heads summed); on a side numbered nowhere (上级补助收入 then 返还性收入, 一般性转移支付收入, …) rows adding up exactly to the row above them are its items, and when all such runs but one add up and the rows without that one make the total, the finding is that run's row against its items; other nesting is not summed. When both 总计 agree and the 合计 adds up its items, a side that does not add up has its one balance between them (年末结转和结余) named; with other rows between them too (结余分配), the one closing balance (年末, 期末, 结转下年) is named, to be the 总计 less the 合计 and those rows. A side shown by fund beside its 合计 (合计 | 一般公共预算财政拨款 | 政府性基金预算财政拨款) has each row's funds added to its 合计 when that holds on at least two rows and on more rows than break it; a row that does not add up is reported at the one fund whose column, read as the 合计 column holds (总计 = 合计 + the rows between), misses by the same amount, else at its 合计.",
			Bad:  "一、财政拨款收入 28684.21 | 二、事业收入 326.54 | 本年收入合计 29100.75",
			Good: "一、财政拨款收入 28684.21 | 二、事业收入 326.54 | 本年收入合计 29010.75",
		},
		Run: func(p *audit.Pass) {
			ts := p.Doc.Tables
			for ti := 0; ti < len(ts); ti++ {
				t := ts[ti]
				sides, ok := twoSides(p.Doc, t)
				if !ok {
					continue
				}
				// a 续表 after a page break holds the rest of the sides
				// (年初结转和结余 … 收入总计): its rows are read on
				for ti+1 < len(ts) && tables.ContinuedBy(ts[ti], ts[ti+1]) {
					more, ok := twoSides(p.Doc, ts[ti+1])
					if !ok || more[0].label != sides[0].label || more[1].label != sides[1].label {
						break
					}
					for i := range sides {
						sides[i].rows = append(sides[i].rows, more[i].rows...)
					}
					ti++
				}
				name := fmt.Sprintf("表%d", t.Index+1)
				if t.Caption != "" {
					name += "「" + t.Caption + "」"
				}
				var grand [2]*sideRow
				var clean, verified [2]bool
				for i := range sides {
					grand[i], clean[i], verified[i] = checkSide(p, name, &sides[i], grandOf(&sides[1-i]), opt.Rounding)
				}
				checkFundColumns(p, name, t, opt.Rounding)
				for i := range sides {
					checkSideBreakdowns(p, name, &sides[i], opt.Rounding)
				}
				// a side already reported has its mistake placed
				if grand[0] != nil && grand[1] != nil && clean[0] && clean[1] {
					// the suspect is the 总计 whose items were not seen to add
					// up to it, when the other's were
					bad, good := 1, 0
					if verified[1] && !verified[0] {
						bad, good = 0, 1
					}
					if balancedAfter(sides, grand, opt.Rounding) {
						continue // "支出总计 ⏎ 年终结转" against 收入总计 on the last row
					}
					if i, bal, ok := balanceAfterAlone(sides, grand, verified); ok {
						// "支出总计 3305.07 ⏎ 结转下年 70.24" beside "收入总计 3355.31":
						// the side's 总计 adds up, its balance is the other
						// side's total less it
						neg := grand[i].n
						neg.Mant = -neg.Mant
						sc := figures.CheckSum([]figures.Number{grand[1-i].n, neg}, bal.n, opt.Rounding)
						if !sc.Consistent {
							sc.Expr = fmt.Sprintf("%s %s − %s %s = %s ≠ %s", grand[1-i].label, grand[1-i].n, grand[i].label, grand[i].n, sc.Sum, bal.n)
							reportSide(p, nil, bal, sc, fmt.Sprintf("%s「%s」%s 应为另一侧「%s」减本侧「%s」", name, bal.label, bal.n, grand[1-i].label, grand[i].label),
								fmt.Sprintf("table %d: %s %s should be the other side's total less this side's", t.Index+1, bal.label, bal.n), grand[i])
							continue
						}
					}
					if sc := sumNumbers([]figures.Number{grand[good].n}, grand[bad].n, opt.Rounding); !sc.Consistent {
						sc = figures.CheckSum([]figures.Number{grand[good].n}, grand[bad].n, opt.Rounding) // with its difference
						sc.Expr = fmt.Sprintf("%s%s %s ≠ %s%s %s，差 %s", sides[bad].name, strings.TrimPrefix(grand[bad].label, sides[bad].name), grand[bad].n, sides[good].name, strings.TrimPrefix(grand[good].label, sides[good].name), grand[good].n, sc.Diff)
						reportSide(p, nil, grand[bad], sc, name+"两侧「总计」不相等", fmt.Sprintf("table %d: the two 总计 differ", t.Index+1), grand[good])
					}
				}
			}
		},
	}
}

// side is one half of a two-sided table: the grid columns of its labels
// and of its figures, and its name (收入, 支出).
type side struct {
	label, value int
	name, nameEN string
	rows         []sideRow
}

// sideRow is a row of one side: its label (spaces removed) and figure.
type sideRow struct {
	label string
	n     figures.Number
	cell  *model.Cell
}

// readRows reads the rows of s below header row hr that start in both its
// columns: each row's label (as label gives it, spaces removed) and the
// figure of its value cell.
func (s *side) readRows(d *model.Document, t *model.Table, hr int, label func(r, c int) string) {
	for r := hr + 1; r < t.Rows; r++ {
		lc, vc := t.At(r, s.label), t.At(r, s.value)
		if lc == nil || vc == nil || lc.Row != r || vc.Row != r {
			continue
		}
		if l := label(r, s.label); l != "" && tables.Squash(l) != "栏次" { // (栏次 numbers the columns)
			s.rows = append(s.rows, sideRow{l, figures.ParseCell(strings.TrimSpace(d.Slice(vc.Span))), vc})
		}
	}
}

// twoSides finds a two-sided summary table (tables.SummaryLayout) and
// reads the rows of its sides.
func twoSides(d *model.Document, t *model.Table) ([2]side, bool) {
	var s [2]side
	hr, layout, ok := tables.SummaryLayout(d, t)
	if !ok {
		return s, false
	}
	var buf [96]byte
	// label is the cell's text without white space; a cell longer than
	// buf holds prose, not an item
	label := func(r, c int) string {
		raw := d.Slice(t.At(r, c).Span)
		if len(raw) > len(buf) {
			return ""
		}
		b := buf[:0]
		for _, ch := range raw {
			if !unicode.IsSpace(ch) {
				b = utf8.AppendRune(b, ch)
			}
		}
		return string(b)
	}
	s[0].name, s[0].nameEN = "收入", "income"
	s[1].name, s[1].nameEN = "支出", "spending"
	for i := range s {
		s[i].label, s[i].value = layout[i].Label, layout[i].Value
		s[i].readRows(d, t, hr, label)
	}
	return s, true
}

// checkSide checks one side's items against its 合计 and its 总计 against
// 合计 plus the rows between. It returns the side's 总计 row (nil if none)
// and whether it reported nothing: one mistake gets one finding, so a 合计
// that fails its items is not checked again inside 总计.
//
// other is the other side's 总计, when it has one: a side whose 总计 it
// equals has a wrong item, not a wrong 总计, and the item a typing slip
// explains is the one reported.
func checkSide(p *audit.Pass, name string, s *side, other *sideRow, r figures.Rounding) (row *sideRow, clean, verified bool) {
	sub, grand := -1, -1
	for i, row := range s.rows {
		switch {
		case sub < 0 && cjk.Contains(row.label, "合计"):
			sub = i
		case sub >= 0 && grand < 0 && isGrandTotal(row.label):
			grand = i
		}
	}
	// a side with no 合计 (a budget's 财政拨款收支总表: the items, then
	// 收入总计): its items add up to the 总计 itself
	onlyGrand := sub < 0
	if onlyGrand {
		sub = slices.IndexFunc(s.rows, func(row sideRow) bool { return isGrandTotal(row.label) })
	}
	if sub < 0 || s.rows[sub].n.Kind != figures.Value {
		return nil, true, false
	}
	// the items: every row above 合计 (below a 总计 written first, "收入总计
	// ⏎ 一、… ⏎ 本年收入合计 ⏎ 上年结转"), unless one is a 其中 row or a
	// sub-item, when what adds up to what cannot be told
	items, plain := s.rows[:sub], true
	top := -1 // a 总计 above the items
	if !onlyGrand {
		top = slices.IndexFunc(items, func(row sideRow) bool { return isGrandTotal(row.label) })
	}
	if top >= 0 {
		items = s.rows[top+1 : sub]
	}
	for _, row := range items {
		if strings.HasPrefix(row.label, "其中") || subItem(row.label) {
			plain = false
		}
	}
	// reportItems reports a head whose items do not add up to it
	reportItems := func(head *sideRow, kids []sideRow, sc figures.SumCheck) {
		reportSide(p, kids, head, sc, fmt.Sprintf("%s%s一侧「%s」与其所列各项之和不符", name, s.name, head.label),
			fmt.Sprintf("%s side: %s is not the sum of the items under it", s.nameEN, head.label), nil)
	}
	if plain && slices.ContainsFunc(items, func(row sideRow) bool { return topItem(row.label) }) {
		// "一、本年支出 ⏎ 社会保障和就业支出 ⏎ … ⏎ 二、年末结转结余": the
		// unnumbered rows under each head that add up to it are its items
		heads, groups, bad, ok := nestedItems(items, r)
		if ok && len(heads) < len(items) && bad >= 0 {
			// one head's rows do not add up to it, the others' do: that
			// head is the finding, unless all the rows make the total
			// side by side (then none are its items, as before); the
			// heads then make the total, or it is reported with their sum
			flat := withoutSubtotalled(items, r)
			if sc, ok := sideSum(flat, s.rows[sub].n, r); ok && !sc.Consistent && !holdsWithoutBreakdowns(flat, s.rows[sub].n, r) {
				sc, _ := sideSum(groups[bad], heads[bad].n, r)
				reportItems(&heads[bad], groups[bad], sc)
				if sc, ok := sideSum(heads, s.rows[sub].n, r); ok && !sc.Consistent {
					reportSide(p, heads, &s.rows[sub], sc, fmt.Sprintf("%s%s一侧「%s」与各项之和不符", name, s.name, s.rows[sub].label),
						fmt.Sprintf("%s side: %s is not the sum of the items", s.nameEN, s.rows[sub].label), nil)
				}
				return nil, false, false
			}
		} else if ok && len(heads) < len(items) {
			items = heads
		}
	}
	if !plain {
		// "一、本年支出 ⏎ （一）一般公共服务支出 ⏎ … ⏎ 二、结转下年": each
		// numbered head adds up its sub-items and the heads add up to the
		// side's total
		if heads, groups, bad, ok := nestedItems(items, r); ok && bad < 0 {
			for i, kids := range groups {
				if sc, ok := sideSum(kids, heads[i].n, r); ok && !sc.Consistent && !holdsWithoutBreakdowns(kids, heads[i].n, r) {
					reportItems(&heads[i], kids, sc)
					return nil, false, false
				}
			}
			items, plain = heads, true
		}
	}
	items = withoutSubtotalled(items, r)
	itemsAdd := false
	if plain && len(items) >= 2 {
		sc, ok := sideSum(items, s.rows[sub].n, r)
		itemsAdd = ok && (sc.Consistent || holdsWithoutBreakdowns(items, s.rows[sub].n, r))
		if ok && !itemsAdd {
			if head, run, _, ok := oneBadBreakdown(items, s.rows[sub].n, r); ok {
				// "上级补助收入 ⏎ 返还性收入 ⏎ …" unmarked, its items off while
				// the other runs add up to their rows and the heads to the
				// total: the run is the mistake, and in it the one item a
				// typing slip explains, if one does
				sc, _ := sideSum(run, head.n, r)
				if pt, want, d, ok := slippedPart(run, sc); ok {
					reportSlipped(p, pt, want, d, sc,
						fmt.Sprintf("%s%s一侧「%s」%s 使「%s」与其所列各项之和不符，而其余各项均相符，疑为 %s", name, s.name, pt.label, pt.n.String(), head.label, want.String()),
						fmt.Sprintf("%s side: %s %s breaks %s's items, while the rest add up; probably %s", s.nameEN, pt.label, pt.n.String(), head.label, want.String()),
						head.cell.Span)
					return nil, false, false
				}
				reportItems(&head, run, sc)
				return nil, false, false
			}
			if g := grandOf(s); g != nil && other != nil && other.n.Kind == figures.Value && sumNumbers([]figures.Number{other.n}, g.n, r).Exact && subMakesGrand(s, sub, g, r) {
				// the 合计 makes the 总计 both sides agree on: an item is wrong
				if pt, want, d, ok := slippedPart(items, sc); ok {
					reportSlipped(p, pt, want, d, sc,
						fmt.Sprintf("%s%s一侧「%s」%s 使「%s」与各项之和不符，而合计与两侧总计相符，疑为 %s", name, s.name, pt.label, pt.n.String(), s.rows[sub].label, want.String()),
						fmt.Sprintf("%s side: %s %s breaks the side's %s, which agrees with both sides' totals; probably %s", s.nameEN, pt.label, pt.n.String(), s.rows[sub].label, want.String()),
						s.rows[sub].cell.Span)
					return nil, false, false
				}
			}
			reportSide(p, items, &s.rows[sub], sc, fmt.Sprintf("%s%s一侧「%s」与各项之和不符", name, s.name, s.rows[sub].label),
				fmt.Sprintf("%s side: %s is not the sum of the items", s.nameEN, s.rows[sub].label), nil)
			return nil, false, false
		}
	}
	if onlyGrand {
		return &s.rows[sub], true, itemsAdd
	}
	var between []sideRow
	switch {
	case top >= 0:
		// the 总计 first: it adds the 合计 and the rows after it up to
		// the first whose sum makes it (上年结转), when the items follow
		// ("收入总计 ⏎ 本年收入合计 ⏎ 上年结转 ⏎ 一、…"); unknown otherwise
		grand = top
		if s.rows[grand].n.Kind != figures.Value {
			return nil, true, false
		}
		for k := sub + 1; k <= len(s.rows); k++ {
			if sc, ok := sideSum(append([]sideRow{s.rows[sub]}, s.rows[sub+1:k]...), s.rows[grand].n, r); ok && sc.Consistent {
				return &s.rows[grand], true, itemsAdd
			}
		}
		return &s.rows[grand], true, false
	case grand >= 0:
		between = s.rows[sub+1 : grand]
	}
	if grand < 0 || s.rows[grand].n.Kind != figures.Value {
		return nil, true, false
	}
	for _, row := range between {
		if strings.HasPrefix(row.label, "其中") {
			return &s.rows[grand], true, false // a part of the row before: the sum is not plain
		}
	}
	parts := append([]sideRow{s.rows[sub]}, between...)
	if sc, ok := sideSum(parts, s.rows[grand].n, r); ok && !sc.Consistent {
		// "年初财政拨款结转和结余 53.26" then its funds, unmarked
		// ("一般公共预算财政拨款 53.26", "政府性基金预算财政拨款 0.00")
		if holdsWithoutBreakdowns(parts, s.rows[grand].n, r) {
			return &s.rows[grand], true, itemsAdd
		}
		if other != nil && other.n.Kind == figures.Value && sumNumbers([]figures.Number{other.n}, s.rows[grand].n, r).Exact {
			if pt, want, d, ok := slippedPart(between, sc); ok {
				g := &s.rows[grand]
				reportSlipped(p, pt, want, d, sc,
					fmt.Sprintf("%s%s一侧「%s」%s 使该侧「%s」不平，而两侧总计相等（%s），疑为 %s", name, s.name, pt.label, pt.n.String(), g.label, g.n.String(), want.String()),
					fmt.Sprintf("%s side: %s %s breaks the side's %s, while both sides' totals agree (%s); probably %s", s.nameEN, pt.label, pt.n.String(), g.label, g.n.String(), want.String()),
					g.cell.Span, other.cell.Span)
				return &s.rows[grand], false, false
			}
			if bal, others, ok := closingOfSide(between); ok && itemsAdd {
				// the 合计 adds up its items and both sides' totals agree:
				// the one closing balance between them is the figure off
				// ("年末结转和结余 483.44" for 21223.28 − 19660.81 = 1562.47;
				// "结余分配 0.00 ⏎ 年末结转和结余 326.95" for 23670.78 −
				// 23334.15 − 0.00 = 336.63)
				g, sub := &s.rows[grand], &s.rows[sub]
				terms := []figures.Number{g.n, negated(sub.n)}
				expr := fmt.Sprintf("%s %s − %s %s", g.label, g.n, sub.label, sub.n)
				for _, o := range others {
					terms = append(terms, negated(o.n))
					expr += fmt.Sprintf(" − %s %s", o.label, o.n)
				}
				bc := figures.CheckSum(terms, bal.n, r)
				bc.Expr = fmt.Sprintf("%s = %s ≠ %s", expr, bc.Sum, bal.n)
				reportSide(p, nil, bal, bc,
					fmt.Sprintf("%s%s一侧「%s」%s 使该侧「%s」不平，而「%s」与其各项相符、两侧总计相等（%s）：应为 %s", name, s.name, bal.label, bal.n.String(), g.label, sub.label, g.n.String(), bc.Sum),
					fmt.Sprintf("%s side: %s %s breaks the side's %s, while %s adds up its items and both sides' totals agree (%s); it should be %s", s.nameEN, bal.label, bal.n.String(), g.label, sub.label, g.n.String(), bc.Sum), g)
				return &s.rows[grand], false, false
			}
		}
		reportSide(p, parts, &s.rows[grand], sc, fmt.Sprintf("%s%s一侧「%s」不等于「%s」与其后各项之和", name, s.name, s.rows[grand].label, s.rows[sub].label),
			fmt.Sprintf("%s side: %s is not %s plus the rows after it", s.nameEN, s.rows[grand].label, s.rows[sub].label), nil)
		return &s.rows[grand], false, false
	}
	return &s.rows[grand], true, itemsAdd
}

// withoutSubtotalled returns items with the rows a 小计 among them adds
// left out ("国有土地使用权出让收入 ⏎ 其他政府性基金收入 ⏎ 本级收入小计 ⏎ 上级补助收入
// …"): the rows just before it, back to the previous 小计, when they add
// up to it, else the run just after it that does. items is returned as it
// is when it has no 小计 or one that no run adds up to.
func withoutSubtotalled(items []sideRow, r figures.Rounding) []sideRow {
	covered := make([]bool, len(items))
	any, from := false, 0
	for k, row := range items {
		if !cjk.Contains(row.label, "小计") || row.n.Kind != figures.Value {
			continue
		}
		if sc, ok := sideSum(items[from:k], row.n, r); ok && sc.Consistent && k-from >= 2 {
			for i := from; i < k; i++ {
				covered[i] = true
			}
			any = true
		} else {
			for j := k + 3; j <= len(items); j++ {
				if sc, ok := sideSum(items[k+1:j], row.n, r); ok && sc.Consistent {
					for i := k + 1; i < j; i++ {
						covered[i] = true
					}
					any = true
					break
				}
			}
		}
		from = k + 1
	}
	if !any {
		return items
	}
	var kept []sideRow
	for i, row := range items {
		if !covered[i] {
			kept = append(kept, row)
		}
	}
	return kept
}

// withoutBreakdowns returns rows without the runs that break down the row
// before them: after a row R, the longest run of following rows (two or
// more, or one equal to R) whose figures add up to R's. It repeats until
// no run is left, so that a nesting two levels deep, unmarked, is read
// too: "转移性收入 ⏎ 上级补助收入 ⏎ 返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项转移
// 支付收入 ⏎ 债务转贷收入 ⏎ 调入资金 ⏎ …" leaves the items of 上级补助收入
// out first, then 上级补助收入 and its siblings, items of 转移性收入.
func withoutBreakdowns(rows []sideRow, r figures.Rounding) []sideRow {
	for {
		kept := pick(rows, breakdownHeads(rows, r))
		if len(kept) == len(rows) {
			return rows
		}
		rows = kept
	}
}

// breakdownHeads returns the places in rows of withoutBreakdowns' rows.
func breakdownHeads(rows []sideRow, r figures.Rounding) []int {
	var kept []int
	for i := 0; i < len(rows); i++ {
		kept = append(kept, i)
		if rows[i].n.Kind != figures.Value {
			continue
		}
		run := 0
		for j := len(rows); j > i+1; j-- {
			if sc, ok := sideSum(rows[i+1:j], rows[i].n, r); ok && sc.Consistent {
				run = j - i - 1
				break
			}
			if j == i+2 && rows[i+1].n.Kind == figures.Value && rows[i+1].n.Mant == rows[i].n.Mant && rows[i+1].n.Dec == rows[i].n.Dec {
				run = 1
			}
		}
		i += run
	}
	return kept
}

// holdsWithoutBreakdowns reports whether rows add up to total once the
// runs breaking down the row before them are left out ("上级补助收入
// 265882.83" followed by 返还性收入, 一般性转移支付收入 and 专项转移支付收入,
// unmarked): the side is then consistent.
func holdsWithoutBreakdowns(rows []sideRow, total figures.Number, r figures.Rounding) bool {
	kept := withoutBreakdowns(rows, r)
	if len(kept) == len(rows) {
		return false
	}
	sc, ok := sideSum(kept, total, r)
	return ok && sc.Consistent
}

// isGrandTotal reports a side's 总计 row label (spaces removed).
func isGrandTotal(label string) bool { return strings.HasSuffix(label, "总计") }

// nestedItems reads a side's items numbered on two levels: heads "一、…"
// each followed by its sub-items "（一）…" (or none). It returns the heads
// and, for each, its sub-items; ok is false for any other shape (a 其中
// row, a third level, a sub-item before the first head). Unnumbered rows
// under the heads ("一、本年支出 ⏎ 社会保障和就业支出 ⏎ … ⏎ 二、年末结转结余")
// are read as their items only when each head's unnumbered rows add up to
// it, or all heads' but one's, bad (-1 when none): unnumbered, they might
// as well be more items of the side, unless two or more of them add up to
// their head elsewhere. The one group that does not is then the mistake.
func nestedItems(items []sideRow, r figures.Rounding) (heads []sideRow, groups [][]sideRow, bad int, ok bool) {
	sub := ""      // the sub-items' numbering
	plain := false // the sub-items are unnumbered
	for _, row := range items {
		switch k := tables.NumberingKind(row.label); {
		case topItem(row.label):
			heads = append(heads, row)
			groups = append(groups, nil)
		case len(heads) > 0 && k != "" && !plain && (sub == "" || k == sub) && subItem(row.label):
			sub = k
			groups[len(groups)-1] = append(groups[len(groups)-1], row)
		case len(heads) > 0 && k == "" && sub == "":
			plain = true
			groups[len(groups)-1] = append(groups[len(groups)-1], row)
		default:
			return nil, nil, -1, false
		}
	}
	bad = -1
	if plain {
		added := false // a group of two rows or more adds up
		for i, kids := range groups {
			if len(kids) == 0 {
				continue
			}
			sc, ok := sideSum(kids, heads[i].n, r)
			switch {
			case ok && sc.Consistent:
				added = true
			case len(kids) == 1 && sumNumbers([]figures.Number{asValue(kids[0].n)}, heads[i].n, r).Consistent:
			case ok && bad < 0 && len(kids) >= 2:
				bad = i
			default:
				return nil, nil, -1, false
			}
		}
		if bad >= 0 && !added {
			return nil, nil, -1, false
		}
	}
	return heads, groups, bad, len(heads) >= 2
}

// topItem reports a label numbered "一、" (a Chinese numeral and 、).
func topItem(label string) bool {
	r, w := utf8.DecodeRuneInString(label)
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	rest := strings.TrimLeft(label[w:], "一二三四五六七八九十")
	return strings.HasPrefix(rest, "、")
}

// subItem reports a label numbered below the top level: （一）, 1., (1).
func subItem(label string) bool {
	return strings.HasPrefix(label, "（") || strings.HasPrefix(label, "(") || len(label) > 0 && label[0] >= '0' && label[0] <= '9'
}

// sideSum checks rows' figures against total: blanks and dashes count as
// zero; a row holding text makes the sum unusable.
func sideSum(rows []sideRow, total figures.Number, r figures.Rounding) (figures.SumCheck, bool) {
	ns := make([]figures.Number, 0, len(rows))
	values := 0
	for _, row := range rows {
		switch {
		case row.n.Kind == figures.Value:
			values++
		case row.n.Kind == figures.Text:
			return figures.SumCheck{}, false
		}
		ns = append(ns, asValue(row.n))
	}
	if values < 2 {
		return figures.SumCheck{}, false
	}
	return figures.CheckSum(ns, total, r), true
}

func reportSide(p *audit.Pass, parts []sideRow, target *sideRow, sc figures.SumCheck, msg, msgEN string, related *sideRow) {
	f := audit.Finding{
		Severity:   audit.Error,
		Message:    msg,
		MessageEN:  msgEN,
		Span:       target.cell.Span,
		Location:   audit.LocationOf(p.Doc, target.cell.Span.Start),
		Expr:       sc.Expr,
		Expected:   sc.Sum.String(),
		Actual:     target.n.String(),
		Difference: sc.Diff.String(),
		Confidence: 0.9,
	}
	if related != nil {
		f.Related = []model.Span{related.cell.Span}
	}
	f.Hint, f.HintEN = sideHint(parts, target, sc)
	p.Report(f)
}

// sideHint names the one row whose typing slip would explain a side that
// does not add up, as partHint does for a table's sums: the item that,
// corrected by the difference, reads as its digits swapped or shifted, or
// else the total.
func sideHint(parts []sideRow, target *sideRow, sc figures.SumCheck) (string, string) {
	for _, row := range parts {
		if row.n.Kind != figures.Value {
			continue
		}
		want := atDec(sub(row.n, neg(sc.Diff)), row.n.Dec) // row + (total − sum)
		if d := figures.Diagnose(row.n, want); d.Slip == figures.Magnitude || d.Slip == figures.Transposed {
			return fmt.Sprintf("「%s」的 %s %s", row.label, row.n.String(), d.Hint),
				fmt.Sprintf("%s %s of “%s”", d.HintEN, row.n.String(), row.label)
		}
	}
	if d := figures.Diagnose(target.n, atDec(sc.Sum, target.n.Dec)); d.Slip != figures.NoSlip {
		return fmt.Sprintf("「%s」%s", target.label, d.Hint), "the total " + d.HintEN
	}
	return "", ""
}

// grandOf returns side s's 总计 row, nil when it has none.
func grandOf(s *side) *sideRow {
	for i := range s.rows {
		if isGrandTotal(s.rows[i].label) {
			return &s.rows[i]
		}
	}
	return nil
}

// slippedPart returns the one row of rows (the balances between a side's
// 合计 and its 总计) that, corrected by the side's difference, reads as its
// own digits swapped or shifted.
func slippedPart(rows []sideRow, sc figures.SumCheck) (*sideRow, figures.Number, figures.Diagnosis, bool) {
	var hit *sideRow
	var want figures.Number
	var diag figures.Diagnosis
	for i := range rows {
		row := &rows[i]
		if row.n.Kind != figures.Value {
			continue
		}
		w := atDec(sub(row.n, neg(sc.Diff)), row.n.Dec) // row + (total − sum)
		if d := figures.Diagnose(row.n, w); d.Slip == figures.Magnitude || d.Slip == figures.Transposed {
			if hit != nil {
				return nil, want, diag, false
			}
			hit, want, diag = row, w, d
		}
	}
	return hit, want, diag, hit != nil
}

// subMakesGrand reports whether side s's 合计 (row sub) and the rows after
// it up to its 总计 g add up to g.
func subMakesGrand(s *side, sub int, g *sideRow, r figures.Rounding) bool {
	var parts []sideRow
	for i := sub; i < len(s.rows) && &s.rows[i] != g; i++ {
		parts = append(parts, s.rows[i])
	}
	sc, ok := sideSum(parts, g.n, r)
	return ok && sc.Consistent
}

// reportSlipped reports the side row pt whose typing slip (d: it should
// read want) breaks a sum that the other figures bear out: "城乡社区支出
// 916.51" where 196.51 makes the 本年支出合计 1,125.23 both sides' 总计
// agree with, or "年末结转和结余 679.69" where 697.69 makes the 总计.
func reportSlipped(p *audit.Pass, pt *sideRow, want figures.Number, d figures.Diagnosis, sc figures.SumCheck, msg, msgEN string, related ...model.Span) {
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Message:    msg,
		MessageEN:  msgEN,
		Span:       pt.cell.Span,
		Location:   audit.LocationOf(p.Doc, pt.cell.Span.Start),
		Expr:       sc.Expr,
		Expected:   want.String(),
		Actual:     pt.n.String(),
		Difference: sc.Diff.String(),
		Confidence: 0.85,
		Related:    related,
		Hint:       d.Hint,
		HintEN:     d.HintEN,
	})
}

// balanceAfterAlone returns the side whose items were seen to add up to
// its 总计 and that lists one balance (结转下年, 年末结余) after it, with
// that row: the row the other side's total less this one's must give.
func balanceAfterAlone(sides [2]side, grand [2]*sideRow, verified [2]bool) (int, *sideRow, bool) {
	for i := range 2 {
		rows := sides[i].rows
		k := slices.IndexFunc(rows, func(s sideRow) bool { return s.cell == grand[i].cell })
		if !verified[i] || k < 0 || k != len(rows)-2 {
			continue
		}
		if bal := &rows[k+1]; (cjk.Contains(bal.label, "结转") || cjk.Contains(bal.label, "结余")) && bal.n.Kind == figures.Value {
			return i, bal, true
		}
	}
	return 0, nil, false
}

// balancedAfter reports whether one side's 总计 plus the balances listed
// after it on that side (年终结转, 年末结余) makes the other side's 总计:
// "支出总计 7386.03 ⏎ 年终结转 357.71" beside "收入总计 7743.74" on the
// last row, where the side carries its balance below its total.
func balancedAfter(sides [2]side, grand [2]*sideRow, r figures.Rounding) bool {
	for i := range 2 {
		rows := sides[i].rows
		k := slices.IndexFunc(rows, func(s sideRow) bool { return s.cell == grand[i].cell })
		if k < 0 || k == len(rows)-1 {
			continue
		}
		parts := []figures.Number{grand[i].n}
		for _, after := range rows[k+1:] {
			if !cjk.Contains(after.label, "结转") && !cjk.Contains(after.label, "结余") || after.n.Kind != figures.Value {
				parts = nil
				break
			}
			parts = append(parts, after.n)
		}
		if parts != nil && sumNumbers(parts, grand[1-i].n, r).Consistent {
			return true
		}
	}
	return false
}

// closingOfSide returns, of the rows between a side's 合计 and its 总计,
// the one that carries funds over (结转, 结余) when it is the only row or
// the only closing one (年末…, 结转下年, 期末…), with the other rows; ok is
// false otherwise.
func closingOfSide(between []sideRow) (*sideRow, []sideRow, bool) {
	carries := func(l string) bool { return cjk.Contains(l, "结转") || cjk.Contains(l, "结余") }
	if len(between) == 1 {
		return &between[0], nil, carries(between[0].label)
	}
	at := -1
	for i, row := range between {
		if row.n.Kind == figures.Text {
			return nil, nil, false
		}
		l := row.label
		if carries(l) && (cjk.Contains(l, "年末") || cjk.Contains(l, "期末") || cjk.Contains(l, "结转下年") || cjk.Contains(l, "滚存")) {
			if at >= 0 {
				return nil, nil, false
			}
			at = i
		}
	}
	if at < 0 || between[at].n.Kind != figures.Value {
		return nil, nil, false
	}
	others := make([]sideRow, 0, len(between)-1)
	for i, row := range between {
		if i != at && row.n.Kind == figures.Value {
			others = append(others, row)
		}
	}
	return &between[at], others, true
}

// negated returns n with its sign turned.
func negated(n figures.Number) figures.Number {
	n.Mant = -n.Mant
	return n
}
