package figures

import (
	"math"
	"math/big"
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
