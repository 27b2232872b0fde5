package prose

import (
	"math"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// checkScaled compares scaleOf/overlaps (int64 fast path, computed once per
// figure) with scaledInterval on big.Rat.
func checkScaled(t *testing.T, a, b figures.Number, ua, ub string) {
	t.Helper()
	sa, sb := scaleOf(a, ua), scaleOf(b, ub)
	ia, ok1 := scaledInterval(a, ua)
	ib, ok2 := scaledInterval(b, ub)
	if sa.ok != ok1 || sb.ok != ok2 {
		t.Fatalf("scaleOf ok = %v/%v, scaledInterval ok = %v/%v", sa.ok, sb.ok, ok1, ok2)
	}
	if !ok1 || !ok2 {
		return
	}
	if got, want := sa.overlaps(&sb), ia.Overlaps(ib); got != want {
		t.Fatalf("overlaps(%+v %s, %+v %s) = %v, big.Rat says %v", a, ua, b, ub, got, want)
	}
}

var scaledUnits = []string{"", "元", "百元", "千元", "万元", "亿元", "万亿元", "倍", "个", "%"}

func TestScaledMatchesBig(t *testing.T) {
	nums := []figures.Number{
		figures.ParseCell("10.80"), figures.ParseCell("1.08"), figures.ParseCell("108000"),
		figures.ParseCell("127.64%"), figures.ParseCell("1.2764"), figures.ParseCell("0"),
		figures.ParseCell("1,234,567,890.12"), figures.ParseCell("0.0001"),
		{Mant: math.MaxInt64, Kind: figures.Value}, {Mant: 5, Dec: 1, Kind: figures.Value, Exact: true},
	}
	for _, a := range nums {
		for _, b := range nums {
			for _, ua := range scaledUnits {
				for _, ub := range scaledUnits {
					checkScaled(t, a, b, ua, ub)
				}
			}
		}
	}
}

// FuzzScaled checks the fast path against big.Rat on arbitrary figures and units.
func FuzzScaled(f *testing.F) {
	f.Add(int64(1080), uint8(2), false, int64(108), uint8(2), true, uint8(4), uint8(1))
	f.Add(int64(math.MaxInt64), uint8(0), false, int64(1), uint8(18), false, uint8(6), uint8(9))
	f.Fuzz(func(t *testing.T, ma int64, da uint8, pa bool, mb int64, db uint8, pb bool, ua, ub uint8) {
		a := figures.Number{Mant: ma, Dec: int(da % 20), Kind: figures.Value, Percent: pa}
		b := figures.Number{Mant: mb, Dec: int(db % 20), Kind: figures.Value, Percent: pb}
		checkScaled(t, a, b, scaledUnits[int(ua)%len(scaledUnits)], scaledUnits[int(ub)%len(scaledUnits)])
	})
}

// FuzzLastScope checks the once-per-unit quote stripping against stripping
// each prefix again.
func FuzzLastScope(f *testing.F) {
	f.Add("基本支出中“三公”经费10万元，项目支出‘公用经费’5万元", 3, 40, "公用经费")
	f.Add("\xff“基本支出”\"项目支出\"", 0, 5, "")
	f.Add("基本支出项目支出基本支出“三公”经费公用经费人员经费项目支出", 12, 60, "人员经费")
	f.Fuzz(func(t *testing.T, text string, a, b int, label string) {
		if a < 0 || b < a || b > len(text) {
			return
		}
		st := stripQuotes(text)
		if got, want := st.lastScope(text, a, b, label), lastScope(text[a:b], label); got != want {
			t.Fatalf("lastScope(%q[%d:%d]) = %q, want %q", text, a, b, got, want)
		}
	})
}

// TestScopeSet checks scopeConflict and scopeConfirmed on the scope set
// against the word-by-word search they replace.
func TestScopeSet(t *testing.T) {
	contexts := []string{"", "基本支出明细表", "项目支出 三公经费", "一般公共预算财政拨款支出 基本支出", "人员经费 公用经费"}
	for _, ctx := range contexts {
		for si := -1; si < len(scopeWords); si++ {
			f := &pfig{scopeIdx: si}
			if si >= 0 {
				f.scope = scopeWords[si]
			}
			cf := &cellFacts{scopeSet: scopeSetOf(ctx), hasScopes: true}
			wantConflict := false
			if f.scope != "" && !strings.Contains(ctx, f.scope) {
				for _, w := range scopeWords {
					if w != f.scope && strings.Contains(ctx, w) {
						wantConflict = true
					}
				}
			}
			var x xrefFacts
			if got := x.scopeConflict(f, cf); got != wantConflict {
				t.Errorf("scopeConflict(%q, %q) = %v, want %v", f.scope, ctx, got, wantConflict)
			}
			if got, want := x.scopeConfirmed(f, cf), f.scope != "" && strings.Contains(ctx, f.scope); got != want {
				t.Errorf("scopeConfirmed(%q, %q) = %v, want %v", f.scope, ctx, got, want)
			}
		}
	}
}

// FuzzSharesBigram checks the byte-slicing sharesBigram against the rune
// conversion it replaces.
func FuzzSharesBigram(f *testing.F) {
	f.Add("政府采购执行率", "政府采购预算169.23万元，实际执行")
	f.Add("a\xffb", "\xef\xbf\xbdb")
	f.Add("三公", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sharesBigram(a, b), sharesBigramRunes(a, b); got != want {
			t.Fatalf("sharesBigram(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}
