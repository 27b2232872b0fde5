package scores

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// cmp compares integers where it can; cmpRat (big.Rat) is its oracle.
func checkCmp(t *testing.T, am int64, ad int, bm int64, bd int) {
	a := figures.Number{Mant: am, Dec: ad, Kind: figures.Value}
	b := figures.Number{Mant: bm, Dec: bd, Kind: figures.Value}
	if got, want := cmp(a, b), cmpRat(a, b); got != want {
		t.Errorf("cmp(%d·10^-%d, %d·10^-%d) = %d, want %d", am, ad, bm, bd, got, want)
	}
}

func TestCmp(t *testing.T) {
	ms := []int64{0, 1, -1, 9, 10, 90, 100, 9999, -9999, math.MaxInt64, math.MinInt64, math.MaxInt64 / 10, math.MinInt64/10 - 1}
	for _, am := range ms {
		for _, bm := range ms {
			for ad := -1; ad <= 20; ad += 3 {
				for bd := 0; bd <= 20; bd += 2 {
					checkCmp(t, am, ad, bm, bd)
				}
			}
		}
	}
}

func FuzzCmp(f *testing.F) {
	f.Add(int64(9), 0, int64(90), 1)
	f.Fuzz(func(t *testing.T, am int64, ad int, bm int64, bd int) {
		if ad > 40 || bd > 40 || ad < -3 || bd < -3 {
			return
		}
		checkCmp(t, am, ad, bm, bd)
	})
}

// runningSum must add up as sumOf does, step by step.
func TestRunningSum(t *testing.T) {
	ns := []figures.Number{{Mant: 5, Kind: figures.Value}, {Mant: 25, Dec: 1, Kind: figures.Value}, {Kind: figures.Dash},
		{Mant: -333, Dec: 3, Kind: figures.Value}, {Mant: math.MaxInt64 / 3, Dec: 2, Kind: figures.Value}, {Mant: 7, Dec: 25, Kind: figures.Value},
		{Mant: 1, Dec: -1, Kind: figures.Value}}
	var acc runningSum
	var vs []sval
	for _, n := range ns {
		acc.add(n)
		vs = append(vs, sval{N: n})
		if got, want := acc.number(), sumOf(vs); got != want {
			t.Errorf("after %d figures: %+v, want %+v", len(vs), got, want)
		}
	}
}

// sumExact must agree with sumCheck(...).Exact, and rateConsistentQuick,
// where it answers, with figures.RatioConsistent.
func TestQuickChecks(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	mant := func() int64 {
		switch rng.IntN(8) {
		case 0:
			return math.MaxInt64 - rng.Int64N(3)
		case 1:
			return math.MinInt64 + rng.Int64N(3)
		case 2:
			return -rng.Int64N(100)
		}
		return rng.Int64N(20000)
	}
	num := func() figures.Number {
		kinds := []figures.Kind{figures.Value, figures.Value, figures.Value, figures.Blank, figures.Dash}
		return figures.Number{Mant: mant(), Dec: rng.IntN(5) - rng.IntN(2), Kind: kinds[rng.IntN(len(kinds))],
			Exact: rng.IntN(4) > 0, Percent: rng.IntN(4) > 0}
	}
	var agree, disagree int // rates the quick check answered
	for range 20000 {
		var parts []sval
		for range rng.IntN(5) {
			parts = append(parts, sval{N: num()})
		}
		want := sval{N: num()}
		if rng.IntN(3) == 0 && len(parts) > 0 { // make some sums exact
			m, d := figures.Sum([]figures.Number{parts[0].N})
			want.N = figures.Number{Mant: m, Dec: d, Kind: figures.Value}
			parts = parts[:1]
		}
		if got, w := sumExact(parts, want), sumCheck(parts, want).Exact; got != w {
			t.Fatalf("sumExact(%+v, %+v) = %v, want %v", parts, want, got, w)
		}
		var rows []*srow
		for i, p := range parts {
			rows = append(rows, &srow{Weight: p, Score: parts[len(parts)-1-i]})
		}
		for _, score := range []bool{false, true} {
			vals := weights(rows)
			if score {
				vals = scoresOf(rows)
			}
			if got, w := rowsExact(rows, score, want), sumCheck(vals, want).Exact; got != w {
				t.Fatalf("rowsExact(%+v, %v, %+v) = %v, want %v", vals, score, want, got, w)
			}
		}
		rate, n, d := num(), num(), num()
		if rng.IntN(2) == 0 { // a rate near n ÷ d
			n.Mant, d.Mant = rng.Int64N(1000), 1+rng.Int64N(1000)
			n.Dec, d.Dec = rng.IntN(3), rng.IntN(3)
			rate.Dec = rng.IntN(3)
			q := float64(n.Mant) / math.Pow10(n.Dec) / (float64(d.Mant) / math.Pow10(d.Dec)) * 100 * math.Pow10(rate.Dec)
			rate.Mant = int64(math.Round(q)) + rng.Int64N(3) - 1
			if rng.IntN(10) > 0 { // as score tables give them
				n.Kind, d.Kind, rate.Kind = figures.Value, figures.Value, figures.Value
				n.Exact, d.Exact, rate.Exact, rate.Percent = true, true, false, true
			}
		}
		if c, known := rateConsistentQuick(rate, n, d); known {
			w, _, ok := figures.RatioConsistent(rate, n, d, figures.HalfUp)
			if !ok || c != w {
				t.Fatalf("rateConsistentQuick(%+v, %+v, %+v) = %v, want %v (ok %v)", rate, n, d, c, w, ok)
			}
			if c {
				agree++
			} else {
				disagree++
			}
		}
	}
	if agree < 100 || disagree < 100 {
		t.Errorf("the quick rate check answered %d consistent and %d inconsistent rates: too few to test it", agree, disagree)
	}
}

var scoreCases = []string{"", "0", "10", "9.5", "90.00%", "100%", "%", "1.", "1.%", ".5", "1..5", "1.5.3", "007", "-3", "+3", " 10", "10 ",
	"１０", "10分", "10 分", "约10", "(10)", "1,000", "1234567890123456789", "123456789012345678", "99.999999999999999999", "1.5%%",
	"9.5\n", "—", "-", "得分", "1e5", "0.5‰"}

func TestParseScore(t *testing.T) {
	testenv.SameAs(t, "parseScore", parseScore, figures.ParseCell, scoreCases...)
}

func FuzzParseScore(f *testing.F) {
	testenv.FuzzSameAs(f, "parseScore", parseScore, figures.ParseCell, scoreCases...)
}

var declCases = []string{"", "产出指标（50分）", "产出指标(50分)", "效益（ 30 分 ）", "（30.5分）", "（30.分）", "（.5分）", "（5.5.分）", "（分）",
	"（50分）（20分）", "（（50分）", "(50分", "50分）", "（50\t分\n）", "（50\v分）", "（50分\u3000）", "（５０分）", "\xef\xbc（50分）",
	"\xe5（50分)", "(1)(2分)", "一级指标（50分）二级指标（20分）x"}

func declText(s string) string {
	a, b, c, d, ok := declAt(s)
	if !ok {
		return "none"
	}
	return fmt.Sprint(a, b, c, d)
}

func declTextRef(s string) string {
	m := declRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "none"
	}
	return fmt.Sprint(m[0], m[1], m[2], m[3])
}

func dropDeclRef(s string) string { return declRe.ReplaceAllString(s, "") }

func TestDecl(t *testing.T) {
	testenv.SameAs(t, "declAt", declText, declTextRef, declCases...)
	testenv.SameAs(t, "dropDecl", dropDecl, dropDeclRef, declCases...)
}

func FuzzDeclAt(f *testing.F) { testenv.FuzzSameAs(f, "declAt", declText, declTextRef, declCases...) }

func FuzzDropDecl(f *testing.F) {
	testenv.FuzzSameAs(f, "dropDecl", dropDecl, dropDeclRef, declCases...)
}
