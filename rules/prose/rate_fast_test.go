package prose

import (
	"math/rand/v2"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// rateHoldsBig is checkRate's test before its finding, in big.Rat as
// checkRate makes it: the oracle for rateHoldsFixed.
func rateHoldsBig(c figures.Comparison) bool {
	var diff, base figures.Interval
	switch {
	case c.Base != nil && c.Diff != nil:
		diff, base = c.Diff.Interval(figures.HalfUp), c.Base.Interval(figures.HalfUp)
	case c.Base != nil && c.Cur != nil:
		diff = c.Cur.Interval(figures.HalfUp).Sub(c.Base.Interval(figures.HalfUp))
		base = c.Base.Interval(figures.HalfUp)
	case c.Cur != nil && c.Diff != nil && c.DiffSign != 0 && c.Diff.Mant > 0 && sameSignWords(c):
		diff = c.Diff.Interval(figures.HalfUp)
		if c.DiffSign > 0 {
			base = c.Cur.Interval(figures.HalfUp).Sub(diff)
		} else {
			base = c.Cur.Interval(figures.HalfUp).Add(diff)
		}
	default:
		return true
	}
	if base.Lo.Sign() <= 0 {
		return true
	}
	ok, _, valid := figures.RateCheck(c.Rate.Number, diff, base)
	return !valid || ok
}

// TestRateHoldsFixed compares rateHoldsFixed with the big.Rat test on
// random comparisons, with and without a stated change.
func TestRateHoldsFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	num := func() *figures.Quantity {
		q := &figures.Quantity{}
		q.Kind = figures.Value
		q.Dec = rng.IntN(4)
		q.Mant = rng.Int64N(200000) - 20000
		if rng.IntN(20) == 0 {
			q.Mant = rng.Int64() // too large for the int64 path
		}
		q.Exact = rng.IntN(5) == 0
		return q
	}
	n := 0
	for range 60000 {
		c := figures.Comparison{Cur: num(), Base: num(), Rate: num()}
		if rng.IntN(2) == 0 {
			c.Diff = num()
		}
		if rng.IntN(3) == 0 {
			// no base: derived from the current figure and the change
			c.Base = nil
			if c.Diff == nil {
				c.Diff = num()
			}
			c.DiffSign, c.RateSign = rng.IntN(3)-1, rng.IntN(3)-1
		}
		if rng.IntN(3) == 0 {
			// a rate that fits: (X − Y) ÷ Y in percent, rounded
			x, y := float64(c.Cur.Mant), 0.0
			switch {
			case c.Base != nil:
				y = float64(c.Base.Mant)
			case c.DiffSign > 0:
				y = x - float64(c.Diff.Mant)
			default:
				y = x + float64(c.Diff.Mant)
			}
			if y != 0 {
				c.Rate.Mant, c.Rate.Dec = int64((x-y)/y*10000), 2
			}
		}
		holds, known := rateHoldsFixed(c)
		if !known {
			continue
		}
		n++
		if want := rateHoldsBig(c); holds != want {
			t.Fatalf("rateHoldsFixed(cur %+v base %+v diff %+v rate %+v sign %d) = %v, big.Rat %v", *c.Cur, c.Base, c.Diff, *c.Rate, c.DiffSign, holds, want)
		}
	}
	if n < 1000 {
		t.Fatalf("only %d comparisons on the int64 path", n)
	}
}
