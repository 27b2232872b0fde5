package table

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/crossfoot/crossfoot/figures"
)

// The rate checks that reach rateOK are mostly the failing ones, each of
// which becomes a finding with its computed value: rateOK and rateText
// made about twenty big.Rat numbers per check. rateHolds and rateMant do
// the same arithmetic in int64 (products compared in 128 bits) and fall
// back to the big.Rat forms only when a figure or a product does not fit;
// rate_test.go checks them against rateOK and rateText.

// rateCheck is rateOK without the computed value: rateHolds, or rateOK
// when the figures are too large for it.
func rateCheck(rate, num, den figures.Number, growth, pct, decrease bool, r figures.Rounding) (ok, usable bool) {
	if ok, usable, fits := rateHolds(rate, num, den, growth, pct, decrease, r); fits {
		return ok, usable
	}
	ok, _, usable = rateOK(rate, num, den, growth, pct, decrease, r)
	return ok, usable
}

// rateHolds is rateOK's ok and usable in int64 arithmetic. fits is false
// when a figure or an intermediate value does not fit: then the caller
// must ask rateOK.
//
// num and den are brought to one precision, so that the ends of their
// intervals are integers over one denominator (2·10^D), which cancels in
// the quotient: q's ends are quotients of integers.
func rateHolds(rate, num, den figures.Number, growth, pct, decrease bool, r figures.Rounding) (ok, usable, fits bool) {
	if rate.Kind != figures.Value || num.Kind != figures.Value || den.Kind != figures.Value || den.Mant == 0 {
		return false, false, true
	}
	nf, ok1 := num.Fixed(r)
	df, ok2 := den.Fixed(r)
	rf, ok3 := rate.Fixed(r)
	if !ok1 || !ok2 || !ok3 || rf.Dec < 0 || rf.Dec > 15 || nf.Dec < 0 || df.Dec < 0 {
		return false, false, false
	}
	dec := max(nf.Dec, df.Dec)
	nl, ok1 := figures.MulPow10(nf.Lo, dec-nf.Dec)
	nh, ok2 := figures.MulPow10(nf.Hi, dec-nf.Dec)
	dl, ok3 := figures.MulPow10(df.Lo, dec-df.Dec)
	dh, ok4 := figures.MulPow10(df.Hi, dec-df.Dec)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return false, false, false
	}
	if growth { // ni.Sub(di)
		l, okl := sub64(nl, dh)
		h, okh := sub64(nh, dl)
		if !okl || !okh {
			return false, false, false
		}
		nl, nh = l, h
	}
	if dl <= 0 && dh >= 0 {
		return false, false, true // Interval.Div: den's interval holds 0
	}
	// q: the least and greatest of the four quotients, each as n/d, d > 0
	var qlo, qhi ratio
	for k, c := range [4]ratio{{nl, dl}, {nl, dh}, {nh, dl}, {nh, dh}} {
		if c.d < 0 {
			if c.n == math.MinInt64 || c.d == math.MinInt64 {
				return false, false, false
			}
			c = ratio{-c.n, -c.d}
		}
		if k == 0 || c.cmp(qlo) < 0 {
			qlo = c
		}
		if k == 0 || c.cmp(qhi) > 0 {
			qhi = c
		}
	}
	// the rate's interval, ÷ 100 for a percentage
	p := 2 * pow10(rf.Dec)
	if pct || rate.Percent {
		p *= 100 // 2·10^17 at most
	}
	rlo, rhi := ratio{rf.Lo, p}, ratio{rf.Hi, p}
	if rlo.cmp(qhi) <= 0 && qlo.cmp(rhi) <= 0 {
		return true, true, true
	}
	if decrease && (ratio{-rf.Hi, p}).cmp(qhi) <= 0 && qlo.cmp(ratio{-rf.Lo, p}) <= 0 {
		return true, true, true
	}
	return false, true, true
}

// ratio is n/d in int64, d > 0.
type ratio struct{ n, d int64 }

// cmp returns the sign of a − b, the cross products compared in 128 bits.
func (a ratio) cmp(b ratio) int { return figures.CmpProducts(a.n, b.d, b.n, a.d) }

// sub64 returns a − b; ok is false on overflow.
func sub64(a, b int64) (int64, bool) {
	c := a - b
	if (a >= 0) != (b >= 0) && (c >= 0) != (a >= 0) {
		return 0, false
	}
	return c, true
}

// rateMant is the mantissa rateText shows the computed rate with (num ÷
// den, less 1 when growth, ×100 when pct, rounded half away from zero to
// dec decimals), in int64 arithmetic. ok is false when a value does not
// fit: the caller then takes rateMantBig.
func rateMant(num, den figures.Number, growth, pct bool, dec int) (m int64, ok bool) {
	if num.Dec < 0 || den.Dec < 0 || den.Mant == 0 {
		return 0, false
	}
	// num ÷ den = a ÷ b with both at one precision
	p := max(num.Dec, den.Dec)
	a, ok1 := figures.MulPow10(num.Mant, p-num.Dec)
	b, ok2 := figures.MulPow10(den.Mant, p-den.Dec)
	if !ok1 || !ok2 {
		return 0, false
	}
	if growth {
		if a, ok = sub64(a, b); !ok {
			return 0, false
		}
	}
	k := max(dec, 0) // big.Int.Exp(10, dec) is 1 for dec < 0
	if pct {
		k += 2
	}
	if a, ok = figures.MulPow10(a, k); !ok || a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	// ⌊(2|a| + |b|) ÷ 2|b|⌋: |a| and |b| are below 2^63, so the numerator
	// has at most 65 bits and 2|b| fits 64
	ua, ub := uint64(a), uint64(b) // neither is MinInt64 (checked above)
	if a < 0 {
		ua = uint64(-a)
	}
	if b < 0 {
		ub = uint64(-b)
	}
	lo, hi := bits.Add64(ua<<1, ub, 0)
	q, _ := bits.Div64(hi, lo, ub<<1)
	if q > math.MaxInt64 {
		return 0, false
	}
	m = int64(q)
	if (a < 0) != (b < 0) && a != 0 {
		m = -m
	}
	return m, true
}

// rateMantBig is rateMant through big.Rat (rateText's own arithmetic),
// for any figures; ok is false when the mantissa does not fit an int64.
func rateMantBig(num, den figures.Number, growth, pct bool, dec int) (int64, bool) {
	v := new(big.Rat).Quo(num.Rat(), den.Rat())
	if growth {
		v.Sub(v, big.NewRat(1, 1))
	}
	if pct {
		v.Mul(v, big.NewRat(100, 1))
	}
	return roundHalfAway(v, dec)
}

// roundHalfAway returns the mantissa of v rounded half away from zero to
// dec decimals; ok is false when it does not fit an int64.
func roundHalfAway(v *big.Rat, dec int) (m int64, ok bool) {
	f := new(big.Rat).Mul(v, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)))
	neg := f.Sign() < 0
	if neg {
		f.Neg(f)
	}
	q := new(big.Int).Quo(new(big.Int).Add(new(big.Int).Mul(f.Num(), big.NewInt(2)), f.Denom()), new(big.Int).Mul(f.Denom(), big.NewInt(2)))
	m = q.Int64()
	if neg {
		m = -m
	}
	return m, q.IsInt64()
}

// rateResultOf is rateText without a computed big.Rat: the computed rate
// at the shown rate's precision and the expression, cut from one string.
func rateResultOf(rate, num, den figures.Number, growth, pct bool) rateResult {
	m, ok := rateMant(num, den, growth, pct, rate.Dec)
	if !ok {
		m, _ = rateMantBig(num, den, growth, pct, rate.Dec)
	}
	var buf [192]byte
	b := figures.AppendFixed(buf[:0], m, rate.Dec)
	if pct {
		b = append(b, '%')
	}
	nc := len(b) // the computed rate, with its % sign
	if growth {
		b = append(b, '(')
		b = num.Append(b)
		b = append(b, " − "...)
		b = den.Append(b)
		b = append(b, ") ÷ "...)
	} else {
		b = num.Append(b)
		b = append(b, " ÷ "...)
	}
	b = den.Append(b)
	b = append(b, " = "...)
	b = append(b, b[:nc]...)
	var sbuf [32]byte
	shown := rate.Append(sbuf[:0])
	if pct {
		shown = append(shown, '%')
	}
	if string(shown) == string(b[:nc]) {
		b = append(b, " = "...)
	} else {
		b = append(b, " ≠ "...)
	}
	b = append(b, shown...)
	s := string(b)
	return rateResult{computed: s[:nc], expr: s[nc:]}
}
