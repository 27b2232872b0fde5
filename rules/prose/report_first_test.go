package prose

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
)

// randomFigure returns a figure of a few decimals, now and then exact or
// too large for the int64 paths.
func randomFigure(rng *rand.Rand) figures.Number {
	n := figures.Number{Kind: figures.Value, Dec: rng.IntN(4), Mant: rng.Int64N(200000) - 20000}
	if rng.IntN(20) == 0 {
		n.Mant = rng.Int64() // too large for the int64 path
	}
	n.Exact = rng.IntN(5) == 0
	return n
}

// TestSignByRateFixed compares signByRate with signByRateBig, the big.Rat
// form it replaces, on random comparisons without a base, many of whose
// rates fit one of the two bases.
func TestSignByRateFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	decided := 0
	for range 60000 {
		q := func() *figures.Quantity { return &figures.Quantity{Number: randomFigure(rng)} }
		c := figures.Comparison{Cur: q(), Diff: q(), Rate: q()}
		c.Diff.Mant = max(c.Diff.Mant, -c.Diff.Mant)
		if x, d := float64(c.Cur.Mant), float64(c.Diff.Mant); rng.IntN(2) == 0 {
			// a rate that fits one base: D ÷ (X ∓ D) in percent, rounded
			base := x - d
			if rng.IntN(2) == 0 {
				base = x + d
			}
			if base != 0 {
				c.Rate.Mant, c.Rate.Dec, c.Rate.Exact = int64(d/base*10000), 2, false
			}
		}
		got, want := signByRate(c), signByRateBig(c)
		if got != want {
			t.Fatalf("signByRate(cur %+v diff %+v rate %+v) = %d, big.Rat %d", c.Cur.Number, c.Diff.Number, c.Rate.Number, got, want)
		}
		if got != 0 {
			decided++
		}
	}
	if decided < 1000 {
		t.Fatalf("only %d comparisons decided: the test tests little", decided)
	}
}

// TestEnumerationReported compares enumerationReported with the decision
// made from figures.CheckSum on random totals and parts, many of which add
// up or nearly.
func TestEnumerationReported(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	reported := 0
	for range 60000 {
		parts := make([]figures.Number, 1+rng.IntN(6))
		var sum int64
		for i := range parts {
			parts[i] = randomFigure(rng)
			parts[i].Dec = 2
			sum += parts[i].Mant
		}
		total := randomFigure(rng)
		if rng.IntN(2) == 0 {
			total.Mant, total.Dec = sum+rng.Int64N(5)-2, 2
		}
		complete := rng.IntN(2) == 0
		got, want := enumerationReported(parts, total, complete), enumerationReportedSum(parts, total, complete)
		if got != want {
			t.Fatalf("enumerationReported(%+v, %+v, %v) = %v, CheckSum says %v", parts, total, complete, got, want)
		}
		if got {
			reported++
		}
	}
	if reported < 1000 {
		t.Fatalf("only %d enumerations reported: the test tests little", reported)
	}
}

// TestDifference compares difference with differenceBig, the big.Rat
// arithmetic it replaces, on random figures, near ones and large ones.
func TestDifference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 100000 {
		a, b := randomFigure(rng), randomFigure(rng)
		switch rng.IntN(4) {
		case 0: // one unit of the last digit apart, or nearly
			b.Dec = a.Dec
			b.Mant = a.Mant + rng.Int64N(5) - 2
		case 1:
			a.Dec, b.Dec = rng.IntN(20), rng.IntN(20)
			a.Mant = rng.Int64N(1<<62) - 1<<61
		}
		gd, gl := difference(a, b)
		wd, wl := differenceBig(a, b)
		if gd != wd || gl != wl {
			t.Fatalf("difference(%+v, %+v) = %q, %v; big.Rat %q, %v", a, b, gd, gl, wd, wl)
		}
	}
}

// TestJoinTexts: the three texts are the concatenations of their parts.
func TestJoinTexts(t *testing.T) {
	a, b, c := joinTexts([]string{"1", " ≠ ", "2"}, nil, []string{"x", "", "yz"})
	if a != "1 ≠ 2" || b != "" || c != "xyz" {
		t.Errorf("joinTexts = %q, %q, %q", a, b, c)
	}
}

// TestShorten compares shorten with the cut through a rune slice.
func TestShorten(t *testing.T) {
	for _, s := range []string{"", "abc", "一二三四五", " 一二三四五六 ", "一\xff二三四五六", "ab一二三四"} {
		for n := range 7 {
			want := strings.TrimSpace(s)
			if utf8.RuneCountInString(want) > n {
				want = shortenRunes(want, n)
			}
			if got := shorten(s, n); got != want {
				t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestShow compares show with showPlain on random figures and units.
func TestShow(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	units := []string{"", "万元", "元", "亿元", "人", "个百分点", "倍"}
	for range 20000 {
		q := figures.Quantity{Number: randomFigure(rng)}
		q.Dec = rng.IntN(30)
		q.Unit = units[rng.IntN(len(units))]
		q.Percent, q.Permil = rng.IntN(4) == 0, rng.IntN(4) == 0
		if rng.IntN(10) == 0 {
			q.Kind = figures.Dash
		}
		if got, want := show(q), showPlain(q); got != want {
			t.Fatalf("show(%+v) = %q, want %q", q, got, want)
		}
	}
}
