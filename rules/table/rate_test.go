package table

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// rateText is the rate's text through big.Rat, the oracle of
// rateResultOf: computed is rateOK's value.
func rateText(rate, num, den figures.Number, computed *big.Rat, growth, pct bool) rateResult {
	v := new(big.Rat).Set(computed)
	suffix := ""
	if pct {
		v.Mul(v, big.NewRat(100, 1))
		suffix = "%"
	}
	dec := rate.Dec
	m, _ := roundHalfAway(v, dec)
	comp := figures.FormatFixed(m, dec)
	var expr string
	if growth {
		expr = "(" + num.String() + " − " + den.String() + ") ÷ " + den.String() + " = " + comp + suffix
	} else {
		expr = num.String() + " ÷ " + den.String() + " = " + comp + suffix
	}
	shown := rate.String()
	if pct {
		shown += "%"
	}
	if comp+suffix == shown {
		expr += " = " + shown
	} else {
		expr += " ≠ " + shown
	}
	return rateResult{computed: comp + suffix, expr: expr}
}

// randRateNumber returns a figure of the kinds rate columns hold: small
// and large mantissas, 0 to 4 decimals (a few beyond), either sign, now
// and then exact, a percentage or not a value.
func randRateNumber(rng *rand.Rand) figures.Number {
	n := figures.Number{Kind: figures.Value, Dec: rng.IntN(5)}
	switch rng.IntN(10) {
	case 0:
		n.Mant = rng.Int64N(20) - 10
	case 1:
		n.Mant = rng.Int64() >> rng.IntN(64) // up to the int64 range
	case 2:
		n.Dec = rng.IntN(20)
		n.Mant = rng.Int64N(1e12)
	case 3:
		n.Kind = figures.Kind(rng.IntN(4))
		n.Mant = rng.Int64N(1000)
	default:
		n.Mant = rng.Int64N(2e7) - 5e6
	}
	if rng.IntN(4) == 0 {
		n.Mant = -n.Mant
	}
	n.Exact = rng.IntN(8) == 0
	n.Percent = rng.IntN(3) == 0
	return n
}

// rateHolds and rateMant (through rateCheck and rateResultOf) must give
// rateOK's and rateText's answers, on random figures and on the rates of
// the quotients of random figures (the boundary cases: a rate shown at the
// precision of num ÷ den, half a unit off, a unit off).
func TestRateFastPaths(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	fits, checked, holds := 0, 0, 0
	for it := 0; it < 50000; it++ {
		num, den := randRateNumber(rng), randRateNumber(rng)
		growth, pct, decrease := rng.IntN(2) == 0, rng.IntN(2) == 0, rng.IntN(3) == 0
		r := figures.Rounding(rng.IntN(2))
		var rate figures.Number
		if it%2 == 0 && num.Kind == figures.Value && den.Kind == figures.Value && den.Mant != 0 && den.Dec < 19 && num.Dec < 19 {
			// a rate near the true one, at a random precision
			v := num.Float() / den.Float()
			if growth {
				v--
			}
			if pct {
				v *= 100
			}
			dec := rng.IntN(4)
			m := math.Round(v * math.Pow10(dec))
			if math.Abs(m) > 1e15 {
				continue
			}
			rate = figures.Number{Kind: figures.Value, Mant: int64(m) + rng.Int64N(3) - 1, Dec: dec}
			if rng.IntN(2) == 0 {
				rate.Mant = -rate.Mant
			}
		} else {
			rate = randRateNumber(rng)
		}
		wantOK, computed, wantUsable := rateOK(rate, num, den, growth, pct, decrease, r)
		ok, usable, fit := rateHolds(rate, num, den, growth, pct, decrease, r)
		if fit {
			fits++
			if ok != wantOK || usable != wantUsable {
				t.Fatalf("rateHolds(%+v, %+v, %+v, growth %v, pct %v, decrease %v, %v) = %v, %v; rateOK %v, %v",
					rate, num, den, growth, pct, decrease, r, ok, usable, wantOK, wantUsable)
			}
		}
		if ok, usable := rateCheck(rate, num, den, growth, pct, decrease, r); ok != wantOK || usable != wantUsable {
			t.Fatalf("rateCheck(%+v, %+v, %+v) = %v, %v; rateOK %v, %v", rate, num, den, ok, usable, wantOK, wantUsable)
		}
		if !wantUsable {
			continue
		}
		if wantOK {
			holds++
		}
		p := pct || rate.Percent
		if m, fit := rateMant(num, den, growth, p, rate.Dec); fit {
			if want, _ := rateMantBig(num, den, growth, p, rate.Dec); m != want {
				t.Fatalf("rateMant(%+v, %+v, growth %v, pct %v, %d) = %d, want %d", num, den, growth, p, rate.Dec, m, want)
			}
		}
		if _, fit := rateMantBig(num, den, growth, p, rate.Dec); !fit {
			continue // rateText's Int64 of a mantissa too large is not defined
		}
		checked++
		if got, want := rateResultOf(rate, num, den, growth, p), rateText(rate, num, den, computed, growth, p); got != want {
			t.Fatalf("rateResultOf(%+v, %+v, %+v, growth %v, pct %v) = %+v, want %+v", rate, num, den, growth, p, got, want)
		}
	}
	if fits < 20000 || checked < 20000 || holds < 3000 || checked-holds < 3000 {
		t.Fatalf("only %d of the cases took the int64 path, %d texts were compared, %d rates held", fits, checked, holds)
	}
}
