package figures

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"
)

// checkFormatRat compares FormatRat's int64 path with big.Rat's
// FloatString, its reference, and Quotient with quotientBig.
func checkFormatRat(t *testing.T, a, b int64, dec int) {
	t.Helper()
	if b != 0 {
		x, y := big.NewRat(a, b), big.NewRat(b, a|1)
		for _, p := range [][2]*big.Rat{{x, y}, {y, x}, {x, x}, {x, new(big.Rat).Neg(x)}, {x, big.NewRat(a, 1)}} {
			if got, want := cmpRat(p[0], p[1]), p[0].Cmp(p[1]); got != want {
				t.Fatalf("cmpRat(%s, %s) = %d, Cmp %d", p[0].RatString(), p[1].RatString(), got, want)
			}
		}
		r := big.NewRat(a, b)
		if got, want := FormatRat(r, dec), r.FloatString(dec); got != want {
			t.Fatalf("FormatRat(%d/%d, %d) = %q, FloatString %q", a, b, dec, got, want)
		}
	}
	for _, nd := range [][2]int{{0, 0}, {2, 0}, {0, 2}, {3, 1}, {dec & 7, 4}} {
		num, den := Number{Mant: a, Dec: nd[0], Kind: Value}, Number{Mant: b, Dec: nd[1], Kind: Value}
		if b == 0 {
			continue
		}
		if got, want := Quotient(num, den), quotientBig(num, den); got.Cmp(want) != 0 {
			t.Fatalf("Quotient(%+v, %+v) = %s, reference %s", num, den, got.RatString(), want.RatString())
		}
	}
}

func TestFormatRatFixed(t *testing.T) {
	edge := []int64{0, 1, -1, 2, 3, 5, 7, 9, 10, 99, 100, 101, 999, 1000, 12345, -12345, 1 << 31, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt64 / 3, 1e18, -1e18}
	for _, a := range edge {
		for _, b := range edge {
			for dec := -2; dec <= 20; dec++ {
				checkFormatRat(t, a, b, dec)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		a := rng.Int64N(2e6) - 1e6
		b := rng.Int64N(2e4) - 1e4
		if rng.IntN(4) == 0 {
			a, b = int64(rng.Uint64()), int64(rng.Uint64())>>uint(rng.IntN(63))
		}
		checkFormatRat(t, a, b, rng.IntN(22)-2)
	}
}

func FuzzFormatRat(f *testing.F) {
	f.Add(int64(9), int64(10), 2)
	f.Add(int64(-1), int64(3), 0)
	f.Add(int64(math.MaxInt64), int64(7), 18)
	f.Fuzz(func(t *testing.T, a, b int64, dec int) {
		checkFormatRat(t, a, b, dec%24)
	})
}
