package figures

import (
	"math"
	"math/big"
	"math/bits"
)

// Fixed is an Interval held in int64: the values from Lo/(2·10^Dec) to
// Hi/(2·10^Dec), Dec possibly negative. Doubling makes the half unit of a
// rounded figure an integer, so every interval of a displayed figure, and
// sums and power-of-ten scalings of them, are exact. It is the allocation
// free fast path of Interval; every operation reports ok = false when an
// int64 could overflow, and callers then fall back to the big.Rat path,
// which gives the same answers.
type Fixed struct {
	Lo, Hi int64
	Dec    int
}

// fixedMax bounds the endpoints so that 2·mant ± 2 and one addition never
// overflow: |mant| < 10^18 fits well below it.
const fixedMax = math.MaxInt64 / 4

// Fixed returns the interval of n under rounding mode r, as Interval does.
// ok is false when the mantissa is too large for the fast path.
func (n Number) Fixed(r Rounding) (Fixed, bool) {
	if n.Kind != Value {
		return Fixed{}, true
	}
	if n.Mant > fixedMax/2 || n.Mant < -fixedMax/2 || n.Dec < 0 || n.Dec > 36 {
		return Fixed{}, false
	}
	m := 2 * n.Mant
	switch {
	case n.Exact:
		return Fixed{m, m, n.Dec}, true
	case r == Truncate:
		if n.Mant >= 0 {
			return Fixed{m, m + 2, n.Dec}, true
		}
		return Fixed{m - 2, m, n.Dec}, true
	}
	return Fixed{m - 1, m + 1, n.Dec}, true
}

// Scale10 returns the interval multiplied by 10^k (k may be negative).
func (a Fixed) Scale10(k int) Fixed {
	a.Dec -= k
	return a
}

// Neg returns the interval of −a.
func (a Fixed) Neg() Fixed {
	return Fixed{-a.Hi, -a.Lo, a.Dec}
}

// to returns a with dec decimals (dec ≥ a.Dec).
func (a Fixed) to(dec int) (Fixed, bool) {
	k := dec - a.Dec
	if k < 0 || k > 18 {
		return Fixed{}, false
	}
	p := pow10i(k)
	lim := fixedMax / p
	if a.Lo > lim || a.Lo < -lim || a.Hi > lim || a.Hi < -lim {
		return Fixed{}, false
	}
	return Fixed{a.Lo * p, a.Hi * p, dec}, true
}

// align brings a and b to the same decimals.
func align(a, b Fixed) (Fixed, Fixed, bool) {
	ok1, ok2 := true, true
	switch {
	case a.Dec < b.Dec:
		a, ok1 = a.to(b.Dec)
	case b.Dec < a.Dec:
		b, ok2 = b.to(a.Dec)
	}
	return a, b, ok1 && ok2
}

// Add returns the interval of a sum.
func (a Fixed) Add(b Fixed) (Fixed, bool) {
	a, b, ok := align(a, b)
	if !ok {
		return Fixed{}, false
	}
	// both ends are within ±fixedMax, so the sums fit; keep them there
	lo, hi := a.Lo+b.Lo, a.Hi+b.Hi
	if lo > fixedMax || lo < -fixedMax || hi > fixedMax || hi < -fixedMax {
		return Fixed{}, false
	}
	return Fixed{lo, hi, a.Dec}, true
}

// Overlaps reports whether the intervals share a point, as
// Interval.Overlaps does. ok is false when they cannot be aligned in int64.
func (a Fixed) Overlaps(b Fixed) (overlap, ok bool) {
	a, b, ok = align(a, b)
	if !ok {
		return false, false
	}
	return a.Lo <= b.Hi && b.Lo <= a.Hi, true
}

// Interval returns the same interval in big.Rat.
func (a Fixed) Interval() Interval {
	den := new(big.Int).Lsh(big.NewInt(1), 1) // 2
	num := func(x int64) *big.Rat {
		r := new(big.Rat).SetFrac(big.NewInt(x), den)
		if a.Dec >= 0 {
			return r.Quo(r, new(big.Rat).SetInt(pow10(a.Dec)))
		}
		return r.Mul(r, new(big.Rat).SetInt(pow10(-a.Dec)))
	}
	return Interval{num(a.Lo), num(a.Hi)}
}

// SumFixed is SumInterval on the fast path.
func SumFixed(ns []Number, r Rounding) (Fixed, bool) {
	var acc Fixed
	for _, n := range ns {
		if n.Kind != Value {
			continue
		}
		f, ok := n.Fixed(r)
		if !ok {
			return Fixed{}, false
		}
		if acc, ok = acc.Add(f); !ok {
			return Fixed{}, false
		}
	}
	return acc, true
}

// UnitExp returns k such that one u is 10^k 元 (万元 → 4), as UnitScale
// does with a big.Rat; ok is false when u is not a currency unit.
func UnitExp(u string) (int, bool) {
	switch u {
	case "元":
		return 0, true
	case "百元":
		return 2, true
	case "千元":
		return 3, true
	case "万元":
		return 4, true
	case "亿元":
		return 8, true
	case "万亿元":
		return 12, true
	}
	return 0, false
}

// sumConsistent is SumInterval(parts, r).Overlaps(total.Interval(r)).
func sumConsistent(parts []Number, total Number, r Rounding) bool {
	if s, ok := SumFixed(parts, r); ok {
		if t, ok := total.Fixed(r); ok {
			if o, ok := s.Overlaps(t); ok {
				return o
			}
		}
	}
	return SumInterval(parts, r).Overlaps(total.Interval(r))
}

// ratioConsistentFixed is RatioConsistent's interval test in int64: the
// stated rate's interval must meet [min, max] of the four quotients of
// the ends of num's and den's intervals, i.e. its low end must not exceed
// one of them and its high end must not be below one. fits is false when
// a product could overflow (the caller then uses big.Rat); ok is false
// when den's interval holds 0.
func ratioConsistentFixed(rate, num, den Number, r Rounding) (consistent, ok, fits bool) {
	nf, ok1 := num.Fixed(r)
	df, ok2 := den.Fixed(r)
	rf, ok3 := rate.Fixed(r)
	if !ok1 || !ok2 || !ok3 {
		return false, false, false
	}
	if df.Lo <= 0 && df.Hi >= 0 {
		return false, false, true
	}
	if rate.Percent {
		rf = rf.Scale10(-2)
	} else if rate.Permil {
		rf = rf.Scale10(-3)
	}
	loBelow, hiAbove := false, false // rf.Lo ≤ some quotient, rf.Hi ≥ some quotient
	for _, n := range [2]int64{nf.Lo, nf.Hi} {
		for _, d := range [2]int64{df.Lo, df.Hi} {
			c, ok := cmpQuotient(rf.Lo, rf.Dec, n, nf.Dec, d, df.Dec)
			if !ok {
				return false, false, false
			}
			loBelow = loBelow || c <= 0
			if c, ok = cmpQuotient(rf.Hi, rf.Dec, n, nf.Dec, d, df.Dec); !ok {
				return false, false, false
			}
			hiAbove = hiAbove || c >= 0
		}
	}
	return loBelow && hiAbove, true, true
}

// cmpQuotient returns the sign of x − n÷d for the Fixed ends
// x = X/(2·10^dx), n = N/(2·10^dn), d = D/(2·10^dd), D ≠ 0:
// n÷d = N·10^dd/(D·10^dn), so x − n÷d has the sign of
// X·D·10^dn − 2·N·10^(dd+dx), flipped when D < 0. ok is false when a
// product overflows or a decimal count is out of range.
func cmpQuotient(x int64, dx int, n int64, dn int, d int64, dd int) (int, bool) {
	if dx < 0 || dn < 0 || dd < 0 || dn > 18 || dd+dx > 18 {
		return 0, false
	}
	l, ok1 := mul64(x, d)
	l, ok2 := mul64(l, pow10i(dn))
	rr, ok3 := mul64(2*n, pow10i(dd+dx))
	if !ok1 || !ok2 || !ok3 {
		return 0, false
	}
	c := 0
	switch {
	case l < rr:
		c = -1
	case l > rr:
		c = 1
	}
	if d < 0 {
		c = -c
	}
	return c, true
}

// mul64 returns a·b; ok is false when the product overflows int64.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if c/b != a || a == -1 && b == math.MinInt64 || b == -1 && a == math.MinInt64 {
		return 0, false
	}
	return c, true
}

// frac is a rational n/d in int64, d > 0: the ends of the intervals a
// rate is checked with, which are displayed figures' ends and their sums.
type frac struct{ n, d int64 }

// fracOf returns r as a frac; ok is false when it does not fit.
func fracOf(r *big.Rat) (frac, bool) {
	n, d := r.Num(), r.Denom()
	if !n.IsInt64() || !d.IsInt64() {
		return frac{}, false
	}
	return frac{n.Int64(), d.Int64()}, true
}

// cmp returns the sign of a − b; ok is always true. The cross products
// are compared in 128 bits: quotients of seven-digit amounts shown with
// decimals (the usual 万元 figures) have ends whose products pass int64.
func (a frac) cmp(b frac) (int, bool) {
	return CmpProducts(a.n, b.d, b.n, a.d), true
}

// CmpProducts returns the sign of a·b − c·d, b and d positive, exactly
// (the products are compared in 128 bits).
func CmpProducts(a, b, c, d int64) int {
	sl, sr := sign64(a), sign64(c) // the signs of the products
	switch {
	case sl < sr:
		return -1
	case sl > sr:
		return 1
	case sl == 0:
		return 0
	}
	lh, ll := bits.Mul64(abs64u(a), uint64(b))
	rh, rl := bits.Mul64(abs64u(c), uint64(d))
	m := 0 // the sign of |a·b| − |c·d|
	switch {
	case lh < rh || lh == rh && ll < rl:
		m = -1
	case lh > rh || lh == rh && ll > rl:
		m = 1
	}
	return sl * m
}

func sign64(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// abs64u returns |x| as a uint64 (exact for math.MinInt64 too).
func abs64u(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // wraps to 1<<63 for math.MinInt64, which is |x|
	}
	return uint64(x)
}

// MulPow10 returns x·10ᵏ (k ≥ 0); ok is false when it does not fit an int64.
func MulPow10(x int64, k int) (int64, bool) {
	for ; k > 0; k-- {
		if x > math.MaxInt64/10 || x < math.MinInt64/10 {
			return 0, false
		}
		x *= 10
	}
	return x, true
}

// quo returns a ÷ b (b ≠ 0); ok is false on overflow.
func (a frac) quo(b frac) (frac, bool) {
	n, ok1 := mul64(a.n, b.d)
	d, ok2 := mul64(a.d, b.n)
	if !ok1 || !ok2 || n == math.MinInt64 || d == math.MinInt64 {
		return frac{}, false
	}
	if d < 0 {
		n, d = -n, -d
	}
	return frac{n, d}, true
}

func (a frac) rat() *big.Rat { return new(big.Rat).SetFrac64(a.n, a.d) }

// rateCheckFrac is RateCheck with the interval arithmetic in int64
// fractions; only the returned percentage is made in big.Rat. fits is
// false when a product could overflow (the caller then uses big.Rat).
func rateCheckFrac(rate Number, diff, base Interval) (ok bool, computed *big.Rat, valid, fits bool) {
	if base.Lo.Sign() <= 0 && base.Hi.Sign() >= 0 {
		return false, nil, false, true // as Interval.Div: base may be 0
	}
	dl, ok1 := fracOf(diff.Lo)
	dh, ok2 := fracOf(diff.Hi)
	bl, ok3 := fracOf(base.Lo)
	bh, ok4 := fracOf(base.Hi)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return false, nil, false, false
	}
	ok, lo, hi, fits := rateCheckEnds(rate, dl, dh, bl, bh)
	if !fits {
		return false, nil, false, false
	}
	return ok, midAbs(lo, hi), true, true
}

// midAbs is |lo + hi| ÷ 2 as a big.Rat: one fraction made by SetFrac64
// when the cross products fit an int64, else the three big.Rat steps (the
// tests compare rateCheckFrac with rateCheckBig, which takes those).
func midAbs(lo, hi frac) *big.Rat {
	a, ok1 := mul64(lo.n, hi.d)
	b, ok2 := mul64(hi.n, lo.d)
	d, ok3 := mul64(lo.d, hi.d)
	d2, ok4 := mul64(d, 2)
	n := a + b
	if ok1 && ok2 && ok3 && ok4 && d2 > 0 && !(a > 0 && b > 0 && n < 0) && !(a < 0 && b < 0 && n >= 0) && n != math.MinInt64 {
		if n < 0 {
			n = -n
		}
		return new(big.Rat).SetFrac64(n, d2)
	}
	mid := lo.rat()
	mid.Add(mid, hi.rat())
	mid.Quo(mid, big.NewRat(2, 1))
	return mid.Abs(mid)
}

// RateHolds is RateCheck's test for intervals on the int64 path, without
// the computed percentage: ok and valid are RateCheck(rate,
// diff.Interval(), base.Interval())'s. fits is false when a product could
// overflow; the caller then uses RateCheck. Callers that report only a
// mismatch call RateCheck once RateHolds says there is one.
func RateHolds(rate Number, diff, base Fixed) (ok, valid, fits bool) {
	if base.Lo <= 0 && base.Hi >= 0 {
		return false, false, true // as Interval.Div: base may be 0
	}
	dl, ok1 := fixedEnd(diff.Lo, diff.Dec)
	dh, ok2 := fixedEnd(diff.Hi, diff.Dec)
	bl, ok3 := fixedEnd(base.Lo, base.Dec)
	bh, ok4 := fixedEnd(base.Hi, base.Dec)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return false, false, false
	}
	ok, _, _, fits = rateCheckEnds(rate, dl, dh, bl, bh)
	return ok, fits, fits
}

// fixedEnd returns the end x/(2·10^dec) of a Fixed as a frac; ok is false
// when the denominator does not fit.
func fixedEnd(x int64, dec int) (frac, bool) {
	if dec < 0 || dec > 17 {
		return frac{}, false
	}
	return frac{x, 2 * pow10i(dec)}, true
}

// rateCheckEnds is the int64 core of RateCheck, diff and base given by
// their ends (base not holding 0): whether the stated rate's interval
// meets |diff ÷ base| × 100, and the least and greatest quotients × 100.
// fits is false when a product could overflow.
func rateCheckEnds(rate Number, dl, dh, bl, bh frac) (ok bool, lo, hi frac, fits bool) {
	rf, ok5 := rate.Fixed(HalfUp)
	if !ok5 || rf.Dec < 0 || rf.Dec > 17 {
		return false, lo, hi, false
	}
	// q = diff ÷ base: the least and greatest of the four quotients, ×100
	for k, pair := range [4][2]frac{{dl, bl}, {dl, bh}, {dh, bl}, {dh, bh}} {
		c, ok := pair[0].quo(pair[1])
		if !ok {
			return false, lo, hi, false
		}
		if k == 0 {
			lo, hi = c, c
			continue
		}
		cl, ok1 := c.cmp(lo)
		ch, ok2 := c.cmp(hi)
		if !ok1 || !ok2 {
			return false, lo, hi, false
		}
		if cl < 0 {
			lo = c
		}
		if ch > 0 {
			hi = c
		}
	}
	var ok6, ok7 bool
	if lo.n, ok6 = mul64(lo.n, 100); !ok6 {
		return false, lo, hi, false
	}
	if hi.n, ok7 = mul64(hi.n, 100); !ok7 {
		return false, lo, hi, false
	}
	// the stated rate's interval, and q made non-negative as abs does
	p := 2 * pow10i(rf.Dec)
	rlo, rhi := frac{rf.Lo, p}, frac{rf.Hi, p}
	if rate.Mant < 0 {
		rlo, rhi = frac{-rf.Hi, p}, frac{-rf.Lo, p}
	}
	alo, ahi := lo, hi
	if hi.n <= 0 {
		alo, ahi = frac{-hi.n, hi.d}, frac{-lo.n, lo.d}
	}
	c1, ok8 := rlo.cmp(ahi)
	c2, ok9 := alo.cmp(rhi)
	if !ok8 || !ok9 {
		return false, lo, hi, false
	}
	return c1 <= 0 && c2 <= 0, lo, hi, true
}

// RatioHolds is RatioConsistent without the computed ratio, for callers
// that only test: no big.Rat is made unless the figures are too large for
// the int64 path.
func RatioHolds(rate, num, den Number, r Rounding) (consistent, ok bool) {
	consistent, ok, fits := ratioConsistentFixed(rate, num, den, r)
	if fits {
		return consistent, ok
	}
	consistent, _, ok = ratioConsistentBig(rate, num, den, r)
	return consistent, ok
}

// SumHolds is CheckSum(parts, total, r).Consistent, without building the
// sum's expression.
func SumHolds(parts []Number, total Number, r Rounding) bool {
	return sumConsistent(parts, total, r)
}
