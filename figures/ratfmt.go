package figures

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
)

// Quotient is num ÷ den exactly, RatioConsistent's computed ratio: for
// callers that test with RatioHolds and need the ratio only to report a
// mismatch. den's mantissa must not be zero (RatioHolds's ok says so).
// Figures of up to 18 decimals whose cross products fit an int64 make one
// fraction (SetFrac64) instead of two big.Rat and a division; the rest
// take quotientBig, the tests' reference.
func Quotient(num, den Number) *big.Rat {
	if num.Dec >= 0 && num.Dec <= 18 && den.Dec >= 0 && den.Dec <= 18 &&
		num.Mant != math.MinInt64 && den.Mant != math.MinInt64 {
		// num/10^nd ÷ den/10^dd = num·10^dd ÷ den·10^nd
		a, ok1 := mul64(num.Mant, pow10i(den.Dec))
		b, ok2 := mul64(den.Mant, pow10i(num.Dec))
		if ok1 && ok2 && b != 0 && a != math.MinInt64 && b != math.MinInt64 {
			return new(big.Rat).SetFrac64(a, b)
		}
	}
	return quotientBig(num, den)
}

func quotientBig(num, den Number) *big.Rat {
	return new(big.Rat).Quo(num.Rat(), den.Rat())
}

// formatRatFixed is r.FloatString(dec) in uint64 arithmetic, the same
// steps (integer part, remainder scaled by 10^dec, rounded half away from
// zero, carry into the integer part) with one allocation, the string. ok
// is false when r's numerator or denominator does not fit an int64 or dec
// is over 18; the caller then uses FloatString.
func formatRatFixed(r *big.Rat, dec int) (string, bool) {
	if dec > 18 || !r.IsInt() && !r.Denom().IsUint64() || !r.Num().IsInt64() {
		return "", false
	}
	n := r.Num().Int64()
	if n == math.MinInt64 {
		return "", false
	}
	neg := n < 0
	a := uint64(n)
	if neg {
		a = uint64(-n)
	}
	var buf [48]byte
	b := buf[:0]
	if r.IsInt() {
		if neg {
			b = append(b, '-')
		}
		b = strconv.AppendUint(b, a, 10)
		if dec > 0 {
			b = append(b, '.')
			for i := dec; i > 0; i-- {
				b = append(b, '0')
			}
		}
		return string(b), true
	}
	d := r.Denom().Uint64()
	q, rem := a/d, a%d
	p := uint64(1)
	if dec > 0 {
		p = uint64(pow10i(dec))
	}
	hi, lo := bits.Mul64(rem, p)
	rem, r2 := bits.Div64(hi, lo, d) // hi < d since rem < d
	if r2 >= d-r2 {                  // 2·r2 ≥ d: round up
		rem++
		if rem >= p {
			q++
			rem -= p
		}
	}
	if neg {
		b = append(b, '-')
	}
	b = strconv.AppendUint(b, q, 10)
	if dec > 0 {
		b = append(b, '.')
		var rb [20]byte
		rs := strconv.AppendUint(rb[:0], rem, 10)
		for i := dec - len(rs); i > 0; i-- {
			b = append(b, '0')
		}
		b = append(b, rs...)
	}
	return string(b), true
}

// cmpRat is x.Cmp(y) without its allocations when both fractions fit an
// int64: big.Rat.Cmp multiplies out the denominators in new Ints, which
// the interval tests (Div, Overlaps) did four to six times a call.
func cmpRat(x, y *big.Rat) int {
	if a, ok := smallFrac(x); ok {
		if b, ok := smallFrac(y); ok {
			return CmpProducts(a.n, b.d, b.n, a.d)
		}
	}
	return x.Cmp(y)
}

// smallFrac is fracOf without the allocation Denom makes for an integer.
func smallFrac(r *big.Rat) (frac, bool) {
	n := r.Num()
	if !n.IsInt64() {
		return frac{}, false
	}
	if r.IsInt() {
		return frac{n.Int64(), 1}, true
	}
	d := r.Denom()
	if !d.IsInt64() {
		return frac{}, false
	}
	return frac{n.Int64(), d.Int64()}, true
}
