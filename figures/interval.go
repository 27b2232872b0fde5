package figures

import (
	"math"
	"math/big"
)

// Rounding says how the author rounded displayed figures.
type Rounding int

const (
	HalfUp   Rounding = iota // 四舍五入 (the default): ±0.5 of the last digit
	Truncate                 // 截尾: the true value is in [shown, shown+1 unit)
)

// Interval is the set of true values a displayed figure can stand for,
// in exact rationals.
type Interval struct {
	Lo, Hi *big.Rat
}

// Interval returns the values n stands for under rounding mode r.
func (n Number) Interval(r Rounding) Interval {
	if n.Kind != Value {
		return Interval{new(big.Rat), new(big.Rat)}
	}
	// The ends are (k·mant ± 1)/(k·10^dec), k = 1 or 2: with a mantissa and
	// power of ten that fit an int64 each end is one SetFrac64.
	if n.Dec >= 0 && n.Dec <= 18 && n.Mant <= fixedMax/2 && n.Mant >= -fixedMax/2 {
		p, m := pow10i(n.Dec), n.Mant
		frac := func(a, b int64) *big.Rat { return new(big.Rat).SetFrac64(a, b) }
		switch {
		case n.Exact:
			return Interval{frac(m, p), frac(m, p)}
		case r == Truncate && m >= 0:
			return Interval{frac(m, p), frac(m+1, p)}
		case r == Truncate:
			return Interval{frac(m-1, p), frac(m, p)}
		}
		if p <= math.MaxInt64/2 {
			return Interval{frac(2*m-1, 2*p), frac(2*m+1, 2*p)}
		}
	}
	return n.intervalBig(r)
}

// intervalBig is Interval in big.Rat arithmetic throughout: the fallback
// for figures too large for int64, and the tests' reference.
func (n Number) intervalBig(r Rounding) Interval {
	v := n.Rat()
	unit := new(big.Rat).SetFrac(big.NewInt(1), pow10(n.Dec))
	if n.Kind != Value {
		return Interval{new(big.Rat), new(big.Rat)}
	}
	if n.Exact {
		return Interval{v, new(big.Rat).Set(v)}
	}
	switch r {
	case Truncate:
		if n.Mant >= 0 {
			return Interval{v, new(big.Rat).Add(v, unit)}
		}
		return Interval{new(big.Rat).Sub(v, unit), v}
	default:
		half := new(big.Rat).Mul(unit, big.NewRat(1, 2))
		return Interval{new(big.Rat).Sub(v, half), new(big.Rat).Add(v, half)}
	}
}

// Add returns the interval of a sum.
func (a Interval) Add(b Interval) Interval {
	return Interval{new(big.Rat).Add(a.Lo, b.Lo), new(big.Rat).Add(a.Hi, b.Hi)}
}

// Neg returns the interval of −a.
func (a Interval) Neg() Interval {
	return Interval{new(big.Rat).Neg(a.Hi), new(big.Rat).Neg(a.Lo)}
}

// Sub returns the interval of a − b.
func (a Interval) Sub(b Interval) Interval { return a.Add(b.Neg()) }

// Overlaps reports whether the intervals share a point (closed ends, so
// that figures exactly half a unit apart still count as consistent).
func (a Interval) Overlaps(b Interval) bool {
	return cmpRat(a.Lo, b.Hi) <= 0 && cmpRat(b.Lo, a.Hi) <= 0
}

// Scale multiplies the interval by a non-negative factor.
func (a Interval) Scale(f *big.Rat) Interval {
	return Interval{new(big.Rat).Mul(a.Lo, f), new(big.Rat).Mul(a.Hi, f)}
}

// Div returns the interval of a ÷ b. ok is false when b's interval contains 0.
func (a Interval) Div(b Interval) (Interval, bool) {
	if b.Lo.Sign() <= 0 && b.Hi.Sign() >= 0 {
		return Interval{}, false
	}
	cs := []*big.Rat{
		new(big.Rat).Quo(a.Lo, b.Lo), new(big.Rat).Quo(a.Lo, b.Hi),
		new(big.Rat).Quo(a.Hi, b.Lo), new(big.Rat).Quo(a.Hi, b.Hi),
	}
	lo, hi := cs[0], cs[0]
	for _, c := range cs[1:] {
		if cmpRat(c, lo) < 0 {
			lo = c
		}
		if cmpRat(c, hi) > 0 {
			hi = c
		}
	}
	return Interval{lo, hi}, true
}

// Sum adds displayed figures exactly; Dash and Blank count as zero.
// dec is the largest number of decimals among them (for display).
func Sum(ns []Number) (mant int64, dec int) {
	for _, n := range ns {
		if n.Kind == Value && n.Dec > dec {
			dec = n.Dec
		}
	}
	for _, n := range ns {
		if n.Kind != Value {
			continue
		}
		mant += n.Mant * pow10i(dec-n.Dec)
	}
	return mant, dec
}

// SumInterval returns the interval of the sum of ns.
func SumInterval(ns []Number, r Rounding) Interval {
	acc := Interval{new(big.Rat), new(big.Rat)}
	for _, n := range ns {
		if n.Kind == Value {
			acc = acc.Add(n.Interval(r))
		}
	}
	return acc
}

func pow10i(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// SumCheck is the outcome of comparing a stated total with its parts.
type SumCheck struct {
	Consistent bool   // the total's interval overlaps the sum's interval
	Exact      bool   // the displayed sum equals the displayed total
	Sum        Number // the displayed sum of the parts
	Diff       Number // total − sum, at the larger precision
	Expr       string // "a + b + c = s ≠ t，差 d" or "a + b = s = t"
}

// SumDiff adds parts exactly and subtracts the sum from total (Dash and
// Blank count as zero), both in units of 10^-dec where dec is the finest
// precision among them: the displayed arithmetic of CheckSum, for callers
// that need only the numbers (diff == 0 is CheckSum's Exact).
func SumDiff(parts []Number, total Number) (sum, diff int64, dec int) {
	sum, dec = Sum(parts)
	if total.Kind == Value && total.Dec > dec {
		sum *= pow10i(total.Dec - dec)
		dec = total.Dec
	}
	var tm int64
	if total.Kind == Value {
		tm = total.Mant * pow10i(dec-total.Dec)
	}
	return sum, tm - sum, dec
}

// CheckSum compares parts with total under rounding mode r.
func CheckSum(parts []Number, total Number, r Rounding) SumCheck {
	mant, d, dec := SumDiff(parts, total)
	return SumCheck{
		Consistent: sumConsistent(parts, total, r),
		Exact:      d == 0,
		Sum:        Number{Mant: mant, Dec: dec, Kind: Value},
		Diff:       Number{Mant: d, Dec: dec, Kind: Value},
		Expr:       sumExpr(parts, total, mant, d, dec),
	}
}

// SumExpr is CheckSum(parts, total, r).Expr, the displayed arithmetic
// "3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01", without the interval test.
func SumExpr(parts []Number, total Number) string {
	mant, d, dec := SumDiff(parts, total)
	return sumExpr(parts, total, mant, d, dec)
}

// sumExpr writes the expression into one buffer, given SumDiff's result.
func sumExpr(parts []Number, total Number, sum, diff int64, dec int) string {
	var buf [256]byte // enough for a dozen parts; more grow it
	b := buf[:0]
	for i, p := range parts {
		if i > 0 {
			if p.Kind == Value && p.Mant < 0 {
				b = append(b, " − "...)
				b = AppendFixed(b, -p.Mant, p.Dec)
				continue
			}
			b = append(b, " + "...)
		}
		b = p.Append(b)
	}
	b = append(b, " = "...)
	b = AppendFixed(b, sum, dec)
	if diff == 0 {
		b = append(b, " = "...)
	} else {
		b = append(b, " ≠ "...)
	}
	b = total.Append(b)
	if diff != 0 {
		b = append(b, "，差 "...)
		b = AppendFixed(b, abs(diff), dec)
	}
	return string(b)
}

func abs(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// RatioConsistent reports whether a stated rate (a percentage when
// rate.Percent, else a plain ratio) agrees with num ÷ den within rounding.
// ok is false when the ratio cannot be computed (den may be zero).
func RatioConsistent(rate, num, den Number, r Rounding) (consistent bool, computed *big.Rat, ok bool) {
	consistent, ok, fits := ratioConsistentFixed(rate, num, den, r)
	if !fits {
		return ratioConsistentBig(rate, num, den, r)
	}
	if !ok {
		return false, nil, false
	}
	return consistent, Quotient(num, den), true
}

// ratioConsistentBig is RatioConsistent in big.Rat intervals: the fallback
// for figures too large for the int64 path, and the tests' reference.
func ratioConsistentBig(rate, num, den Number, r Rounding) (consistent bool, computed *big.Rat, ok bool) {
	q, ok := num.Interval(r).Div(den.Interval(r))
	if !ok {
		return false, nil, false
	}
	ri := rate.Interval(r)
	if rate.Percent {
		ri = ri.Scale(big.NewRat(1, 100))
	} else if rate.Permil {
		ri = ri.Scale(big.NewRat(1, 1000))
	}
	computed = new(big.Rat).Quo(num.Rat(), den.Rat())
	return ri.Overlaps(q), computed, true
}
