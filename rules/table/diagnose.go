package table

import (
	"cmp"
	"math/big"
	"math/bits"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// diagnosis is a cell blamed for both a failing column sum and a failing
// row sum: correcting it alone would repair (or nearly repair) both.
type diagnosis struct {
	cell  tables.DataCell
	col   *check // footing or hierarchy check down the cell's column
	row   *check // cross-footing check along the cell's row
	byCol figures.Number
	byRow figures.Number
	agree bool // the two expected values agree within rounding
	// byRate: row is a failed rate check (执行率 of the cell's row) that
	// holds once the cell is byCol: the column's sum and the row's rate
	// agree on the one value.
	byRate bool
	// byDiff: col is no column's sum but the row's failed 增减额 (本年 −
	// 上年), and row its failed rate (完成预算%), both through the cell: the
	// value the difference implies makes the rate hold.
	byDiff bool
	conf   float64
	hint   figures.Diagnosis
	region string
}

// expectedFor returns the value cell z would need for check c to hold:
// the parts' sum when z is the total, else z + (total − sum).
func expectedFor(c *check, z tables.DataCell) (figures.Number, bool) {
	if c.target.Span == z.Span {
		return c.sum.Sum, true
	}
	for i, p := range c.partCells() {
		if p.Span == z.Span {
			if c.kind == kDiff && i == 1 || c.neg&(1<<i) != 0 || p.Column != nil && p.Column.Decrease && p.Column.Role == tables.Amount {
				// subtracted: prev should be prev − (diff − (cur − prev))
				return sub(asValue(z.Num), c.sum.Diff), true
			}
			return sub(asValue(z.Num), neg(c.sum.Diff)), true
		}
	}
	return figures.Number{}, false
}

// hasSpan reports whether sp is the span of c's target or of one of its
// parts: whether c is among cellsOf(c) by span.
func hasSpan(c *check, sp model.Span) bool {
	if c.target.Span == sp {
		return true
	}
	for _, p := range c.partCells() {
		if p.Span == sp {
			return true
		}
	}
	return false
}

// absCmp compares k·|a| with |b| (k ≥ 1) as big.Rat would (absCmpRat,
// its oracle in TestAbsCmp): diagnose compares the corrections of every
// pair of failed checks, and a big.Rat is three allocations.
func absCmp(k int64, a, b figures.Number) int {
	const lim = 1 << 59 // k·|mantissa| fits a uint64 for k ≤ 16
	if k < 1 || k > 16 || a.Dec < 0 || a.Dec > 18 || b.Dec < 0 || b.Dec > 18 ||
		a.Mant >= lim || a.Mant <= -lim || b.Mant >= lim || b.Mant <= -lim {
		return absCmpRat(k, a, b)
	}
	x, y := uint64(k)*uint64(abs64(a.Mant)), uint64(abs64(b.Mant))
	// At the finer precision: 10^18 times a uint64 fits 128 bits.
	xh, xl := bits.Mul64(x, uint64(pow10(max(a.Dec, b.Dec)-a.Dec)))
	yh, yl := bits.Mul64(y, uint64(pow10(max(a.Dec, b.Dec)-b.Dec)))
	switch {
	case xh != yh:
		return cmp.Compare(xh, yh)
	default:
		return cmp.Compare(xl, yl)
	}
}

// absCmpRat is absCmp in big.Rat arithmetic, the definition.
func absCmpRat(k int64, a, b figures.Number) int {
	x := new(big.Rat).Abs(a.Rat())
	return new(big.Rat).Mul(x, big.NewRat(k, 1)).Cmp(new(big.Rat).Abs(b.Rat()))
}

func cellsOf(c *check) []tables.DataCell {
	return append([]tables.DataCell{c.target}, c.partCells()...)
}

func diagnose(checks []*check, r figures.Rounding) []*diagnosis {
	var out []*diagnosis
	for _, f := range checks {
		if f.ok || f.weak || (f.kind != kFooting && f.kind != kHier && f.kind != kSubset) {
			continue
		}
		var best *diagnosis
		var bestDist figures.Number
		fcs := f.partCells() // with f.target, cellsOf(f), not copied out
		for _, x := range checks {
			if x.ok || x.weak || (x.kind != kCross && x.kind != kDiff) || x.block != f.block || x.explained {
				continue
			}
			// The shared cell: x's row in f's column (the last of f's
			// cells that x also has).
			var z tables.DataCell
			found := f.target.Cell.Cell != nil && hasSpan(x, f.target.Span)
			if found {
				z = f.target
			}
			for _, fc := range fcs {
				if fc.Cell.Cell != nil && hasSpan(x, fc.Span) {
					z, found = fc, true
				}
			}
			if !found || z.Num.Kind != figures.Value || f.kind == kSubset && z.Span == f.target.Span {
				continue // (a 其中 list may fall short of its parent: only a part that makes it exceed is blamed)
			}
			byCol, ok1 := expectedFor(f, z)
			byRow, ok2 := expectedFor(x, z)
			if !ok1 || !ok2 {
				continue
			}
			dist := sub(byCol, byRow)
			off := sub(z.Num, byCol)
			// One wrong cell explains both only if both corrections are
			// close compared with the error itself.
			if absCmp(10, dist, off) > 0 {
				continue
			}
			if best == nil || absCmp(1, dist, bestDist) < 0 {
				agree := figures.SumHolds([]figures.Number{byCol}, byRow, r)
				best = &diagnosis{cell: z, col: f, row: x, byCol: byCol, byRow: byRow, agree: agree}
				bestDist = dist
			}
		}
		if best == nil || f.kind == kSubset && !best.agree {
			continue // (the parts' excess is a bound, not a value: the row must say the same)
		}
		best.conf = 0.75
		if best.agree {
			best.conf = 0.95
		}
		best.settle(best.col)
		// Other failing sums through the same cell that its correction
		// would repair (a wrong 基本支出 also breaks 支出合计) are explained too.
		for _, o := range checks {
			if o.ok || o.explained || o.block != f.block || o.kind == kRate || o.kind == kSubset {
				continue
			}
			if v, ok := expectedFor(o, best.cell); ok && figures.SumHolds([]figures.Number{v}, best.byCol, r) {
				o.explained = true
			}
		}
		explainRates(checks, best, r)
		out = append(out, best)
	}
	out = append(out, rateDiagnoses(checks, r)...)
	return append(out, rowPairDiagnoses(checks, r)...)
}

// rowPairDiagnoses finds a cell that breaks two relations of its row, its
// 增减额 (本年 − 上年) and a rate (完成预算% = 本年完成 ÷ 预算), where the
// value the difference implies makes the rate hold: "一、税收收入 | 6388.09
// | 6107.13 | 98.19 | 6020.25 | 252.01" — 6020.25 + 252.01 = 6272.26, and
// 6272.26 ÷ 6388.09 = 98.19%. The row's other figures agree on the one
// value; a row with two such cells is left alone.
func rowPairDiagnoses(checks []*check, r figures.Rounding) []*diagnosis {
	var out []*diagnosis
	for _, x := range checks {
		if x.kind != kDiff || x.ok || x.explained {
			continue
		}
		var found *diagnosis
		n := 0
		for _, y := range checks {
			if y.kind != kRate || y.ok || y.explained || y.block != x.block || y.share || y.target.Row != x.target.Row {
				continue
			}
			for k := range 2 {
				z := y.part(k)
				if z.Cell.Cell == nil || z.Num.Kind != figures.Value || z.Span == x.target.Span || !hasSpan(x, z.Span) {
					continue
				}
				v, ok := expectedFor(x, z)
				if !ok || v.Kind != figures.Value {
					continue
				}
				if rateHoldsWith(y, k, v, r) {
					if found == nil || found.cell.Span != z.Span {
						n++
					}
					found = &diagnosis{cell: z, col: x, row: y, byCol: v, byRow: v, agree: true, byRate: true, byDiff: true, conf: 0.85}
				}
			}
		}
		if n != 1 {
			continue
		}
		found.settle(x)
		out = append(out, found)
	}
	return out
}

// explainRates marks the failed rates of d's block that hold once d's
// cell is corrected: a wrong 工资福利支出 breaks its row's 占比 too, and the
// one finding on the cell says so.
func explainRates(checks []*check, d *diagnosis, r figures.Rounding) {
	for _, x := range checks {
		if x.kind != kRate || x.ok || x.explained || x.block != d.col.block {
			continue
		}
		for k := range 2 {
			z := x.part(k)
			if z.Span != d.cell.Span || k == 1 && x.share {
				continue
			}
			if rateHoldsWith(x, k, d.byCol, r) {
				x.explained = true
			}
		}
	}
}

// explainSharesOfTotals marks the failed shares whose base is a total
// its column's sum shows wrong and that hold on that sum: "合计 1807.30"
// over rows adding up to 1797.30 breaks every row's 占比 computed on it,
// while the shares were computed on 1797.30; the total's finding says it.
func explainSharesOfTotals(checks []*check, r figures.Rounding) {
	for _, f := range checks {
		if f.ok || f.weak || f.kind != kFooting && f.kind != kHier || f.target.Num.Kind != figures.Value {
			continue
		}
		for _, x := range checks {
			if x.kind != kRate || !x.share || x.ok || x.explained || x.block != f.block || x.part(1).Span != f.target.Span {
				continue
			}
			if rateHoldsWith(x, 1, f.sum.Sum, r) {
				x.explained = true
			}
		}
	}
}

// rateHoldsWith reports whether rate check x holds once its part k (0 the
// figure, 1 the base) is v.
func rateHoldsWith(x *check, k int, v figures.Number, r figures.Rounding) bool {
	num, den := x.part(0).Num, x.part(1).Num
	if k == 0 {
		num = v
	} else {
		den = v
	}
	ok, usable := rateCheck(x.target.Num, num, den, x.growth, x.pct, x.decrease, r)
	return ok && usable
}

// rateDiagnoses finds cells that break a column's sum (or make a 其中
// list exceed its parent) and a rate of their row (执行率 = 累计支出 ÷ 调整后预算) where the value the sum implies makes
// the rate hold: "合计 12,057.20 | 9,415.70 | 78.75" under rows that add
// up to 11,957.20, and 9,415.70 ÷ 11,957.20 = 78.75%. Two relations
// agreeing on one value to the rate's last digit are evidence enough even
// where the sum alone is weak (every column off: a list that may be
// incomplete), so weak sums are used here. A sum with two such cells is
// left alone (which one is wrong is not known).
func rateDiagnoses(checks []*check, r figures.Rounding) []*diagnosis {
	var out []*diagnosis
	for _, f := range checks {
		if f.ok || f.explained || (f.kind != kFooting && f.kind != kHier && f.kind != kSubset) {
			continue
		}
		var found *diagnosis
		n := 0
		for _, x := range checks {
			if x.kind != kRate || x.ok || x.explained || x.block != f.block {
				continue
			}
			for k := range 2 {
				z := x.part(k)
				if z.Cell.Cell == nil || z.Num.Kind != figures.Value || !hasSpan(f, z.Span) || k == 1 && x.share {
					continue // (a share's denominator is every row's: one row's rate is no test of it)
				}
				if f.kind == kSubset && z.Span == f.target.Span {
					continue // (a 其中 list may fall short of its parent: only a part that makes it exceed is blamed)
				}
				v, ok := expectedFor(f, z)
				if !ok || v.Kind != figures.Value {
					continue
				}
				if k == 0 && x.share && x.part(1).Span == f.target.Span && f.sum.Sum.Kind == figures.Value && rateHoldsWith(x, 1, f.sum.Sum, r) {
					continue // the share holds on the column's sum too: the total may as well be the wrong one
				}
				if rateHoldsWith(x, k, v, r) {
					if found == nil || found.cell.Span != z.Span {
						n++
					}
					found = &diagnosis{cell: z, col: f, row: x, byCol: v, byRow: v, agree: true, byRate: true, conf: 0.9}
				}
			}
		}
		if n != 1 {
			continue
		}
		found.settle(f)
		out = append(out, found)
	}
	return out
}

// settle names the slip of d's cell, if any, and marks the column's check c
// and d's row check explained: TBL006 reports the cell in their stead.
func (d *diagnosis) settle(c *check) {
	d.hint = figures.Diagnose(d.cell.Num, atDec(d.byCol, d.cell.Num.Dec))
	c.explained = true
	d.row.explained = true
}
