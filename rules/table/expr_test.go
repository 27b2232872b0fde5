package table

import (
	"math"
	"math/rand"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// sumExpr and appendFixed must render what figures.CheckSum and
// figures.FormatFixed render.
func TestSumExpr(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	mants := []int64{0, 1, -1, 5, 9, 10, 99, 100, -100, 12345, -6, 898283, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	num := func() figures.Number {
		n := figures.Number{Kind: figures.Value, Dec: rng.Intn(5)}
		switch rng.Intn(6) {
		case 0:
			n.Mant = mants[rng.Intn(len(mants))]
		case 1:
			n.Kind = []figures.Kind{figures.Blank, figures.Dash, figures.Text}[rng.Intn(3)]
		default:
			n.Mant = rng.Int63n(2000000) - 1000000
		}
		if rng.Intn(10) == 0 {
			n.Dec = rng.Intn(25)
		}
		return n
	}
	for i := 0; i < 200000; i++ {
		parts := make([]figures.Number, rng.Intn(6))
		for k := range parts {
			parts[k] = num()
		}
		total := num()
		if rng.Intn(3) == 0 {
			// make it add up
			m, d := figures.Sum(parts)
			total = figures.Number{Kind: figures.Value, Mant: m, Dec: d}
		}
		want := figures.CheckSum(parts, total, figures.HalfUp).Expr
		if got := sumExpr(parts, total); got != want {
			t.Fatalf("sumExpr(%+v, %+v) = %q, CheckSum %q", parts, total, got, want)
		}
		n := num()
		if got, want := string(appendFixed(nil, n.Mant, n.Dec)), figures.FormatFixed(n.Mant, n.Dec); got != want {
			t.Fatalf("appendFixed(%d, %d) = %q, FormatFixed %q", n.Mant, n.Dec, got, want)
		}
	}
}

func FuzzAppendFixed(f *testing.F) {
	f.Add(int64(12345), 2)
	f.Add(int64(-5), 3)
	f.Add(int64(math.MinInt64), 4)
	f.Fuzz(func(t *testing.T, m int64, dec int) {
		if dec > 1000 || dec < -10 {
			return
		}
		if got, want := string(appendFixed([]byte("x"), m, dec)), "x"+figures.FormatFixed(m, dec); got != want {
			t.Fatalf("appendFixed(%d, %d) = %q, FormatFixed %q", m, dec, got, want)
		}
	})
}
