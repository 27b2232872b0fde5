package tables

import (
	"math"

	"github.com/crossfoot/crossfoot/figures"
)

// sideEnd returns the grid column where the other side of a two-sided
// summary table begins (SummaryLayout: "收入 | 决算数 | 支出 | 决算数"), for
// the table's first block, whose row labels are the income side's: only
// the figures before it are the rows' own. Otherwise it returns a column
// past every column.
func sideEnd(b *Block) int {
	if b.Index != 0 || b.Table == nil || b.Table.doc == nil || len(b.LabelCols) == 0 {
		return math.MaxInt
	}
	if _, s, ok := SummaryLayout(b.Table.doc, b.Table.T); ok && b.LabelCols[0] < s[1].Label {
		return s[1].Label
	}
	return math.MaxInt
}

// maxExtent is how many rows after its 其中 row a list guessed by position
// may run to.
const maxExtent = 12

// extendByTotal lengthens a 其中 list whose extent linkRows guessed and
// its own sum cannot fix, by the total of the rows' side. linkRows takes
// unmarked rows after a 其中 row into its list only while the list fits
// under its parent; a wrong part makes it overshoot, and the list then
// stops short, its last parts read as the parent's siblings ("上级补助收入 ⏎
// 其中：返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项转移支付收入 ⏎ 债务转贷收入 ⏎ …
// ⏎ 收入总计", 专项 wrong). When no extent of the run (the 其中 row and
// each number of plain rows after it) makes the parent within rounding,
// the extent is the one with which the rows outside every 其中 list add up
// to the side's total row below, if exactly one does and it is longer than
// the guess: the list is then a part of the parent that does not fit, for
// the rules to report.
func extendByTotal(b *Block) {
	end := -1
	for h, r := range b.Rows {
		if !r.Subset || r.List != h || r.Parent < 0 {
			continue
		}
		p := r.Parent
		if par := b.Rows[p]; par.Total || par.Group || par.Subset {
			continue
		}
		// the guess: rows after h in its list, each taken by position
		last := h
		for k := h + 1; k < len(b.Rows) && b.Rows[k].Subset && b.Rows[k].List == h; k++ {
			if !b.Rows[k].Guessed {
				last = -1
				break
			}
			last = k
		}
		if last < 0 {
			continue // a list told by numbering or indentation
		}
		// the run: the guess and the plain rows after it
		n := last
		for k := last + 1; k < len(b.Rows) && k-h <= maxExtent && plainRow(b, k); k++ {
			n = k
		}
		if n == last {
			continue
		}
		t := -1 // the side's total below the run
		for k := n + 1; k < len(b.Rows); k++ {
			if b.Rows[k].Total {
				if !b.Rows[k].Subtotal {
					t = k
				}
				break
			}
		}
		if t < 0 {
			continue
		}
		lo := 0 // the rows the total covers start after the total above
		for k := p - 1; k >= 0; k-- {
			if b.Rows[k].Total {
				lo = k + 1
				break
			}
		}
		if end < 0 {
			end = sideEnd(b)
		}
		fixed, fits, found := false, 0, -1
		for e := h; e <= n; e++ {
			if listMakes(b, p, h, e, end) {
				fixed = true
				break
			}
			if topMakes(b, lo, t, h, e, n, end) {
				fits++
				found = e
			}
		}
		if fixed || fits != 1 || found <= last {
			continue
		}
		for k := last + 1; k <= found; k++ {
			row := b.Rows[k]
			row.Subset, row.Guessed, row.Parent, row.List = true, true, p, h
		}
	}
}

// plainRow reports whether row k could be a part of a 其中 list guessed by
// position: unnumbered, no heading, total or part, not a term of a
// calculation (减：…), and heading no rows of its own.
func plainRow(b *Block, k int) bool {
	r := b.Rows[k]
	if r.Subset || r.Total || r.Group || r.Marker != "" || r.Level != 0 || r.Parent >= 0 || operatorRow(r.Label) {
		return false
	}
	if k+1 < len(b.Rows) && b.Rows[k+1].Parent == k {
		return false // (a row's list or items follow it)
	}
	return true
}

// sideCols calls f with the index of each amount column before grid
// column end.
func sideCols(b *Block, end int, f func(j int)) {
	for j, c := range b.Columns {
		if c.Role == Amount && !c.PerUnit && c.Col < end {
			f(j)
		}
	}
}

// listMakes reports whether rows h to e make row p within rounding in
// every amount column before end where p and one of them show figures,
// one at least.
func listMakes(b *Block, p, h, e, end int) bool {
	applied, ok := false, true
	var ns []figures.Number
	sideCols(b, end, func(j int) {
		total := b.Rows[p].Cells[j].Num
		if total.Kind != figures.Value || !ok {
			return
		}
		ns = ns[:0]
		for k := h; k <= e; k++ {
			if v := b.Rows[k].Cells[j].Num; v.Kind == figures.Value {
				ns = append(ns, v)
			}
		}
		if len(ns) == 0 {
			return
		}
		applied = true
		ok = figures.SumHolds(ns, total, figures.HalfUp)
	})
	return applied && ok
}

// topMakes reports whether the rows from lo up to total row t outside
// every 其中 list, with the list headed at h running to row e (of a run
// ending at n, whose other rows are then top rows), add up to row t
// within rounding in every amount column before end where t shows a
// figure of three significant digits or more, one at least, with two rows
// or more showing figures in it.
func topMakes(b *Block, lo, t, h, e, n, end int) bool {
	applied, ok := false, true
	var ns []figures.Number
	sideCols(b, end, func(j int) {
		total := b.Rows[t].Cells[j].Num
		if total.Kind != figures.Value || !ok {
			return
		}
		ns = ns[:0]
		for k := lo; k < t; k++ {
			r := b.Rows[k]
			in := k > h && k <= e
			top := !r.Group && !r.Total && (k > e && k <= n || !in && !r.Subset && r.Parent < 0)
			if !top {
				continue
			}
			if v := r.Cells[j].Num; v.Kind == figures.Value {
				ns = append(ns, v)
			}
		}
		if len(ns) < 2 || total.Mant > -100 && total.Mant < 100 {
			return
		}
		applied = true
		ok = figures.SumHolds(ns, total, figures.HalfUp)
	})
	return applied && ok
}
