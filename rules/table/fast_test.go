package table

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// oracleDocs are the documents the fast paths are compared on: the seed
// report (both formats) and the synthetic report with its wrong cells.
func oracleDocs(t *testing.T, f func(t *testing.T, d *model.Document)) {
	ruletest.EachSeed(t, f)
	t.Run("synthetic", func(t *testing.T) { f(t, synthetic(12)) })
}

// maskTally.count must count what scaled.holds says, subset by subset.
func TestMaskTallyMatchesHolds(t *testing.T) {
	oracleDocs(t, func(t *testing.T, d *model.Document) {
		var tally maskTally
		for _, b := range tables.Analyze(d).Blocks() {
			if len(b.Rows) == 0 || len(b.Columns) < 3 {
				continue
			}
			s := scale(b)
			for tc := range b.Columns {
				cand := otherColumns(b, tc, 8)
				tally.count(s, b, tc, cand)
				for mask := 1; mask < 1<<len(cand); mask++ {
					set := subset(cand, mask)
					sup, brk, big := 0, 0, false
					for i := range b.Rows {
						if b.Rows[i].Group || tables.RatioLabel(b.Rows[i].Label) {
							continue
						}
						usable, ok, ev := s.holds(i, tc, set)
						switch {
						case !usable:
						case ok && ev:
							sup++
							big = big || significant(b.Rows[i].Cells[tc].Num)
						case !ok:
							brk++
						}
					}
					if int(tally.sup[mask]) != sup || int(tally.brk[mask]) != brk || tally.big[mask] != big {
						t.Fatalf("table %d block %d column %d set %v: tally %d/%d/%v, holds %d/%d/%v",
							b.Table.Number, b.Index, tc, set, tally.sup[mask], tally.brk[mask], tally.big[mask], sup, brk, big)
					}
				}
			}
		}
	})
}

// sumEval.rowSum must say what rowSum's check says.
func TestSumEvalMatchesRowSum(t *testing.T) {
	oracleDocs(t, func(t *testing.T, d *model.Document) {
		for _, r := range []figures.Rounding{figures.HalfUp, figures.Truncate} {
			e := &sumEval{r: r}
			for _, b := range tables.Analyze(d).Blocks() {
				n := len(b.Rows)
				for tr := 0; tr < n; tr++ {
					// the rows below the total, one to four of them
					for k := 1; k <= 4 && tr+k < n; k++ {
						idx := make([]int, k)
						for i := range idx {
							idx[i] = tr + 1 + i
						}
						for _, c := range b.Columns {
							made, ok, ev := e.rowSum(b, tr, idx, c)
							ch := rowSum(b, kFooting, tr, idx, c, r, true)
							if made != (ch != nil) || ch != nil && (ok != ch.ok || ev != nontrivial(ch.partCells(), ch.target)) {
								t.Fatalf("table %d block %d row %d rows %v column %d: eval %v/%v/%v, check %+v",
									b.Table.Number, b.Index, tr, idx, c.Index, made, ok, ev, ch)
							}
						}
					}
				}
			}
		}
	})
}

// scaled.exact must say what sumNumbers' Exact says wherever holds finds
// the cells usable (crossFooting passes over those rows).
func TestScaledExact(t *testing.T) {
	oracleDocs(t, func(t *testing.T, d *model.Document) {
		for _, b := range tables.Analyze(d).Blocks() {
			if len(b.Rows) == 0 || len(b.Columns) < 3 {
				continue
			}
			s := scale(b)
			for tc := range b.Columns {
				cand := otherColumns(b, tc, 4)
				for mask := 1; mask < 1<<len(cand); mask++ {
					set := subset(cand, mask)
					for i := range b.Rows {
						if usable, _, _ := s.holds(i, tc, set); !usable {
							continue
						}
						var ns []figures.Number
						for _, c := range set {
							ns = append(ns, asValue(b.Rows[i].Cells[c].Num))
						}
						sc := sumNumbers(ns, asValue(b.Rows[i].Cells[tc].Num), figures.HalfUp)
						if got := s.exact(i, tc, set); got != sc.Exact || got && !sc.Consistent {
							t.Fatalf("table %d block %d row %d: %d = Σ%v: exact %v, sumNumbers %+v",
								b.Table.Number, b.Index, i, tc, set, got, sc)
						}
					}
				}
			}
		}
	})
}

// fastSumRows must say what fastSum says on the figures copied out.
func TestFastSumRows(t *testing.T) {
	oracleDocs(t, func(t *testing.T, d *model.Document) {
		for _, b := range tables.Analyze(d).Blocks() {
			n := len(b.Rows)
			for tr := 0; tr < n; tr++ {
				for k := 1; k <= 5 && tr+k < n; k++ {
					idx := make([]int, k)
					for i := range idx {
						idx[i] = tr + 1 + i
					}
					for j := range b.Columns {
						tn := b.Rows[tr].Cells[j].Num
						if tn.Kind != figures.Value {
							continue
						}
						var ns []figures.Number
						nz := 0
						for _, i := range idx {
							pn := b.Rows[i].Cells[j].Num
							if pn.Kind == figures.Value && pn.Mant != 0 {
								nz++
							}
							ns = append(ns, asValue(pn))
						}
						want, wok := fastSum(ns, asValue(tn))
						got, gnz, gok := fastSumRows(b, tr, idx, j)
						if gok != wok || gok && (got != want || gnz != nz) {
							t.Fatalf("table %d block %d row %d rows %v column %d: %+v/%d/%v, fastSum %+v/%d/%v",
								b.Table.Number, b.Index, tr, idx, j, got, gnz, gok, want, nz, wok)
						}
					}
				}
			}
		}
	})
}

// absCmp must compare as big.Rat does.
func TestAbsCmp(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	mants := []int64{0, 1, -1, 9, 10, -10, 99, 12345, -12345, 1 << 40, 1<<59 - 1, -(1<<59 - 1), 1 << 59, math.MaxInt64, math.MinInt64 + 1}
	for range 200000 {
		var a, b figures.Number
		for _, n := range []*figures.Number{&a, &b} {
			n.Kind = figures.Value
			if rng.IntN(4) == 0 {
				n.Mant = mants[rng.IntN(len(mants))]
			} else {
				n.Mant = rng.Int64N(2_000_000) - 1_000_000
			}
			n.Dec = rng.IntN(20)
		}
		k := int64(1 + rng.IntN(12))
		if got, want := absCmp(k, a, b), absCmpRat(k, a, b); got != want {
			t.Fatalf("absCmp(%d, %+v, %+v) = %d, big.Rat %d", k, a, b, got, want)
		}
	}
}

// otherColumns returns up to n columns of b other than tc, in order.
func otherColumns(b *tables.Block, tc, n int) []int {
	var cand []int
	for c := range b.Columns {
		if c != tc && len(cand) < n {
			cand = append(cand, c)
		}
	}
	return cand
}

// subset returns the elements of cand whose bit is set in mask.
func subset(cand []int, mask int) []int {
	var set []int
	for k := range cand {
		if mask&(1<<k) != 0 {
			set = append(set, cand[k])
		}
	}
	return set
}
