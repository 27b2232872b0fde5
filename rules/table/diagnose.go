package table

import (
	"math/big"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// diagnosis is a cell blamed for both a failing column sum and a failing
// row sum: correcting it alone would repair (or nearly repair) both.
type diagnosis struct {
	cell   tables.DataCell
	col    *check // footing or hierarchy check down the cell's column
	row    *check // cross-footing check along the cell's row
	byCol  figures.Number
	byRow  figures.Number
	agree  bool // the two expected values agree within rounding
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
			if c.kind == kDiff && i == 1 {
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

func cellsOf(c *check) []tables.DataCell {
	return append([]tables.DataCell{c.target}, c.partCells()...)
}

func diagnose(checks []*check, r figures.Rounding) []*diagnosis {
	var out []*diagnosis
	for _, f := range checks {
		if f.ok || f.weak || (f.kind != kFooting && f.kind != kHier) {
			continue
		}
		var best *diagnosis
		var bestDist *big.Rat
		fcs := cellsOf(f)
		for _, x := range checks {
			if x.ok || x.weak || (x.kind != kCross && x.kind != kDiff) || x.block != f.block || x.explained {
				continue
			}
			// The shared cell: x's row in f's column (the last of f's
			// cells that x also has).
			var z tables.DataCell
			found := false
			for _, fc := range fcs {
				if fc.Cell.Cell != nil && hasSpan(x, fc.Span) {
					z, found = fc, true
				}
			}
			if !found || z.Num.Kind != figures.Value {
				continue
			}
			byCol, ok1 := expectedFor(f, z)
			byRow, ok2 := expectedFor(x, z)
			if !ok1 || !ok2 {
				continue
			}
			dist := new(big.Rat).Abs(sub(byCol, byRow).Rat())
			off := new(big.Rat).Abs(sub(z.Num, byCol).Rat())
			// One wrong cell explains both only if both corrections are
			// close compared with the error itself.
			if new(big.Rat).Mul(dist, big.NewRat(10, 1)).Cmp(off) > 0 {
				continue
			}
			if best == nil || dist.Cmp(bestDist) < 0 {
				agree := figures.CheckSum([]figures.Number{byCol}, byRow, r).Consistent
				best = &diagnosis{cell: z, col: f, row: x, byCol: byCol, byRow: byRow, agree: agree}
				bestDist = dist
			}
		}
		if best == nil {
			continue
		}
		best.conf = 0.75
		if best.agree {
			best.conf = 0.95
		}
		best.hint = figures.Diagnose(best.cell.Num, atDec(best.byCol, best.cell.Num.Dec))
		best.col.explained = true
		best.row.explained = true
		// Other failing sums through the same cell that its correction
		// would repair (a wrong 基本支出 also breaks 支出合计) are explained too.
		for _, o := range checks {
			if o.ok || o.explained || o.block != f.block || o.kind == kRate || o.kind == kSubset {
				continue
			}
			if v, ok := expectedFor(o, best.cell); ok && figures.CheckSum([]figures.Number{v}, best.byCol, r).Consistent {
				o.explained = true
			}
		}
		out = append(out, best)
	}
	return out
}
