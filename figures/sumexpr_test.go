package figures

import (
	"math"
	"math/rand"
	"strings"
	"testing"
)

// sumExprRef is the expression as CheckSum first built it, with a
// strings.Builder and String calls: the reference for sumExpr's buffer.
func sumExprRef(parts []Number, total Number) string {
	mant, d, dec := SumDiff(parts, total)
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			if p.Kind == Value && p.Mant < 0 {
				b.WriteString(" − ")
				b.WriteString(FormatFixed(-p.Mant, p.Dec))
				continue
			}
			b.WriteString(" + ")
		}
		b.WriteString(p.String())
	}
	b.WriteString(" = ")
	b.WriteString(Number{Mant: mant, Dec: dec, Kind: Value}.String())
	if d == 0 {
		b.WriteString(" = ")
		b.WriteString(total.String())
	} else {
		b.WriteString(" ≠ ")
		b.WriteString(total.String())
		b.WriteString("，差 ")
		b.WriteString(FormatFixed(abs(d), dec))
	}
	return b.String()
}

// TestSumExpr: SumExpr and CheckSum's Expr render what the reference does,
// on random sums that add up or not, with blanks, dashes, negative parts,
// many decimals and values at the int64 limits.
func TestSumExpr(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	mants := []int64{0, 1, -1, 5, 9, 10, 99, 100, -100, 12345, -6, 898283, 1 << 40, -(1 << 40), math.MaxInt64, math.MinInt64, math.MinInt64 + 1}
	num := func() Number {
		n := Number{Kind: Value, Dec: rng.Intn(5)}
		switch rng.Intn(6) {
		case 0:
			n.Mant = mants[rng.Intn(len(mants))]
		case 1:
			n.Kind = []Kind{Blank, Dash, Text}[rng.Intn(3)]
		default:
			n.Mant = rng.Int63n(2000000) - 1000000
		}
		if rng.Intn(10) == 0 {
			n.Dec = rng.Intn(25)
		}
		return n
	}
	for range 100000 {
		parts := make([]Number, rng.Intn(6))
		for k := range parts {
			parts[k] = num()
		}
		total := num()
		if rng.Intn(3) == 0 {
			m, d := Sum(parts) // make it add up
			total = Number{Kind: Value, Mant: m, Dec: d}
		}
		want := sumExprRef(parts, total)
		if got := SumExpr(parts, total); got != want {
			t.Fatalf("SumExpr(%+v, %+v) = %q, want %q", parts, total, got, want)
		}
		if got := CheckSum(parts, total, HalfUp).Expr; got != want {
			t.Fatalf("CheckSum(%+v, %+v).Expr = %q, want %q", parts, total, got, want)
		}
		n := num()
		if got, want := string(n.Append([]byte("x"))), "x"+n.String(); got != want {
			t.Fatalf("%+v.Append = %q, want %q", n, got, want)
		}
	}
}
