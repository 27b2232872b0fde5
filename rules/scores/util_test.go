package scores

import (
	"math"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// cmp compares integers where it can; cmpRat (big.Rat) is its oracle.
func checkCmp(t *testing.T, am int64, ad int, bm int64, bd int) {
	a := figures.Number{Mant: am, Dec: ad, Kind: figures.Value}
	b := figures.Number{Mant: bm, Dec: bd, Kind: figures.Value}
	if got, want := cmp(a, b), cmpRat(a, b); got != want {
		t.Errorf("cmp(%d·10^-%d, %d·10^-%d) = %d, want %d", am, ad, bm, bd, got, want)
	}
}

func TestCmp(t *testing.T) {
	ms := []int64{0, 1, -1, 9, 10, 90, 100, 9999, -9999, math.MaxInt64, math.MinInt64, math.MaxInt64 / 10, math.MinInt64/10 - 1}
	for _, am := range ms {
		for _, bm := range ms {
			for ad := -1; ad <= 20; ad += 3 {
				for bd := 0; bd <= 20; bd += 2 {
					checkCmp(t, am, ad, bm, bd)
				}
			}
		}
	}
}

func FuzzCmp(f *testing.F) {
	f.Add(int64(9), 0, int64(90), 1)
	f.Fuzz(func(t *testing.T, am int64, ad int, bm int64, bd int) {
		if ad > 40 || bd > 40 || ad < -3 || bd < -3 {
			return
		}
		checkCmp(t, am, ad, bm, bd)
	})
}

// runningSum must add up as sumOf does, step by step.
func TestRunningSum(t *testing.T) {
	ns := []figures.Number{{Mant: 5, Kind: figures.Value}, {Mant: 25, Dec: 1, Kind: figures.Value}, {Kind: figures.Dash},
		{Mant: -333, Dec: 3, Kind: figures.Value}, {Mant: math.MaxInt64 / 3, Dec: 2, Kind: figures.Value}, {Mant: 7, Dec: 25, Kind: figures.Value},
		{Mant: 1, Dec: -1, Kind: figures.Value}}
	var acc runningSum
	var vs []sval
	for _, n := range ns {
		acc.add(n)
		vs = append(vs, sval{N: n})
		if got, want := acc.number(), sumOf(vs); got != want {
			t.Errorf("after %d figures: %+v, want %+v", len(vs), got, want)
		}
	}
}
