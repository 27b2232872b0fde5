package table

import (
	"slices"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/tables"
)

// An unmarked nesting ("上级补助收入 ⏎ 返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项
// 转移支付收入 ⏎ 债务转贷收入 ⏎ …", nothing numbered or indented) is read from
// the figures: a run of rows adding up exactly to the row before it is
// that row's items (appendWithoutItems, withoutBreakdowns). A run with a
// wrong figure does not add up, and the total was then compared with
// every row of the side, heads and items together: a sum no reviewer can
// act on. When the other runs add up, the one that does not is found as
// the run whose leaving out makes the heads add up to the total; it is
// then the finding, its items against its head.

// badRun is the run of rows, right after row head, that do not add up to
// it, and heads: the rows the total covers without them.
type badRun struct {
	head       int
	run, heads []int
}

// oneBadRun looks among headed, the rows of top without the runs that add
// up exactly to the row before them (appendWithoutItems), for one run more
// that does not: two to twelve rows right after a row of headed, none of
// them the head of a run left out, that left out too make the rest add up
// to row t within rounding in every column of cols where they can be read
// (one at least, its total of three significant digits or more), while
// they fail their head in one. The run may end in further breakdowns of
// its head that add up exactly ("医院 ⏎ 公立医院 ⏎ 民营医院 ⏎ 三级医院 ⏎ …",
// by ownership, then by grade): the first is then the run reported. ok is
// false when no run of top was left out (nothing shows the rows nest),
// when headed adds up already, or unless exactly one run makes it.
//
// A run is not taken when its first rows alone make its head (社会保障和
// 就业支出 ⏎ 机关事业单位基本养老保险缴费支出, one item, then the next head),
// nor when one of its rows has items of its own (a 小计 short of its
// items puts its head out as well: the mistake is that row's).
func oneBadRun(b *tables.Block, t int, top, headed []int, cols []*tables.Column, r figures.Rounding) (badRun, bool) {
	if len(headed) == len(top) || len(headed) < 3 || holdsIn(b, t, headed, cols, r) {
		return badRun{}, false
	}
	// pos[k] is headed[k]'s place in top: a run is consecutive there
	pos := make([]int, len(headed))
	for k, i := range headed {
		pos[k] = slices.Index(top, i)
	}
	var found badRun
	n := 0
	rest := make([]int, 0, len(headed))
	for k, p := range headed {
		if b.Rows[p].Total || b.Rows[p].Group {
			continue
		}
		for j := k + 2; j < len(headed) && j-k <= 12; j++ {
			if pos[j] != pos[k]+j-k {
				break // a run left out lies between: the heads nest deeper
			}
			run := headed[k+1 : j+1]
			if slices.ContainsFunc(run, func(i int) bool { return b.Rows[i].Total || b.Rows[i].Group || sibling(b, p, i) }) {
				break
			}
			rest = append(append(rest[:0], headed[:k+1]...), headed[j+1:]...)
			if !holdsIn(b, t, rest, cols, r) {
				continue
			}
			items, ok := runItems(b, p, run, cols, r)
			if !ok || !failsIn(b, p, items, cols, r) {
				continue
			}
			if n++; n > 1 {
				return badRun{}, false
			}
			found = badRun{head: p, run: slices.Clone(items), heads: slices.Clone(rest)}
		}
	}
	return found, n == 1
}

// runItems returns the rows of run that are row p's items: run, or its
// first rows when the rest are further breakdowns of p that add up exactly
// (moreBreakdowns). ok is false when its first rows alone make p within
// rounding in every column where they can be read (p's items end there),
// or when one of its rows heads rows of its own.
func runItems(b *tables.Block, p int, run []int, cols []*tables.Column, r figures.Rounding) ([]int, bool) {
	for _, row := range b.Rows {
		if row.Parent >= 0 && slices.Contains(run, row.Parent) {
			return nil, false
		}
	}
	for k := 1; k < len(run); k++ {
		if makes(b, p, run[:k], cols, r) {
			return nil, false
		}
	}
	for k := 2; k+2 <= len(run); k++ {
		if moreBreakdowns(b, p, run[k:], cols, r) == len(run)-k {
			return run[:k], true
		}
	}
	return run, true
}

// makes reports whether rows idx add up to row p within rounding in every
// column of cols where they can be read, one at least.
func makes(b *tables.Block, p int, idx []int, cols []*tables.Column, r figures.Rounding) bool {
	applied := false
	for _, c := range cols {
		if !rowSumApplies(b, p, idx, c) {
			continue
		}
		if !rowSumOf(b, p, idx, c, r).Consistent {
			return false
		}
		applied = true
	}
	return applied
}

// holdsIn reports whether rows idx add up to row t within rounding in
// every column of cols where they can be read (rowSumApplies), one at
// least, with a total of three significant digits or more in one.
func holdsIn(b *tables.Block, t int, idx []int, cols []*tables.Column, r figures.Rounding) bool {
	applied, sig := false, false
	for _, c := range cols {
		if !rowSumApplies(b, t, idx, c) {
			continue
		}
		if !rowSumOf(b, t, idx, c, r).Consistent {
			return false
		}
		applied = true
		sig = sig || significant(b.Rows[t].Cells[c.Index].Num)
	}
	return applied && sig
}

// failsIn reports whether rows idx fail row p in a column of cols where
// they can be read, two of them showing a figure other than zero there.
func failsIn(b *tables.Block, p int, idx []int, cols []*tables.Column, r figures.Rounding) bool {
	for _, c := range cols {
		if rowSumApplies(b, p, idx, c) && nonZeroParts(b, idx, c) >= 2 && !rowSumOf(b, p, idx, c, r).Consistent {
			return true
		}
	}
	return false
}

// oneBadBreakdown is oneBadRun on a side of a two-sided summary table
// (TBL007): among rows, without the runs that break down the row before
// them (withoutBreakdowns), the one run more, right after a row, that
// fails it while its leaving out makes the rest add up to total (and that
// is no item and siblings, nor two breakdowns: plainRun). It returns the
// head, its run and the rest.
func oneBadBreakdown(rows []sideRow, total figures.Number, r figures.Rounding) (head sideRow, run, heads []sideRow, ok bool) {
	kept := nestedHeads(rows, r)
	if len(kept) == len(rows) || len(kept) < 3 || !significant(total) {
		return sideRow{}, nil, nil, false
	}
	if sc, ok := sideSum(pick(rows, kept), total, r); !ok || sc.Consistent {
		return sideRow{}, nil, nil, false
	}
	n := 0
	var rest []int
	for k, p := range kept {
		if rows[p].n.Kind != figures.Value {
			continue
		}
		for j := k + 2; j < len(kept) && j-k <= 12; j++ {
			if kept[j] != p+j-k {
				break // a run left out lies between
			}
			items := pick(rows, kept[k+1:j+1])
			if sc, ok := sideSum(items, rows[p].n, r); !ok || sc.Consistent || !plainRun(items, rows[p].n, r) || exceeds(items, rows[p].n) {
				continue
			}
			rest = append(append(rest[:0], kept[:k+1]...), kept[j+1:]...)
			// (the rest may nest again, the head among its siblings: "转移性
			// 收入 ⏎ 上级补助收入 ⏎ [its run] ⏎ 债务转贷收入 ⏎ …")
			if sc, ok := sideSum(withoutBreakdowns(pick(rows, rest), r), total, r); !ok || !sc.Consistent {
				continue
			}
			if n++; n > 1 {
				return sideRow{}, nil, nil, false
			}
			head, run, heads = rows[p], items, pick(rows, rest)
		}
	}
	return head, run, heads, n == 1
}

// nestedHeads is breakdownHeads repeated on its own result until no run
// is left (as withoutBreakdowns does): the places in rows of the rows that
// no other row breaks down, at any depth.
func nestedHeads(rows []sideRow, r figures.Rounding) []int {
	idx := make([]int, len(rows))
	for i := range idx {
		idx[i] = i
	}
	for {
		h := breakdownHeads(pick(rows, idx), r)
		if len(h) == len(idx) {
			return idx
		}
		for k, i := range h {
			idx[k] = idx[i]
		}
		idx = idx[:len(h)]
	}
}

// plainRun reports whether no first rows of items alone make total (the
// head's items end there) and no last two or more do (a second breakdown
// of the head: which rows are wrong cannot be told).
func plainRun(items []sideRow, total figures.Number, r figures.Rounding) bool {
	for k := 1; k < len(items); k++ {
		if sumNumbers(valuesOf(items[:k]), total, r).Consistent {
			return false
		}
		if k+2 <= len(items) && sumNumbers(valuesOf(items[k:]), total, r).Consistent {
			return false
		}
	}
	return true
}

// valuesOf returns the rows' figures, blanks and dashes as zero.
func valuesOf(rows []sideRow) []figures.Number {
	ns := make([]figures.Number, len(rows))
	for i, row := range rows {
		ns[i] = asValue(row.n)
	}
	return ns
}

// pick returns the rows at idx.
func pick(rows []sideRow, idx []int) []sideRow {
	out := make([]sideRow, len(idx))
	for k, i := range idx {
		out[k] = rows[i]
	}
	return out
}

// sibling reports whether row i is numbered as row p is ("二、…" after
// "一、…"): the next head, not an item of p's.
func sibling(b *tables.Block, p, i int) bool {
	k := tables.NumberingKind(b.Rows[p].Label)
	return k != "" && k == tables.NumberingKind(b.Rows[i].Label)
}

// exceeds reports an item larger than its head, both positive: no item of
// it ("一般公共预算收入 208480" before 转移性收入 452576, its sibling).
func exceeds(items []sideRow, head figures.Number) bool {
	if head.Kind != figures.Value || head.Mant <= 0 {
		return false
	}
	for _, it := range items {
		if it.n.Kind == figures.Value && it.n.Mant > 0 && it.n.Float() > head.Float() {
			return true
		}
	}
	return false
}
