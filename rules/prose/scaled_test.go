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
	if got, want := scaledOverlap(&sa, a, ua, &sb, b, ub), ia.Overlaps(ib); got != want {
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

// FuzzLastScope checks the once-per-unit quote stripping, of the whole text
// or of a part of it that holds the prefix read, against stripping each
// prefix again.
func FuzzLastScope(f *testing.F) {
	f.Add("基本支出中“三公”经费10万元，项目支出‘公用经费’5万元", 3, 40, "公用经费")
	f.Add("\xff“基本支出”\"项目支出\"", 0, 5, "")
	f.Add("基本支出项目支出基本支出“三公”经费公用经费人员经费项目支出", 12, 60, "人员经费")
	f.Add("城乡社区支出减少，主要是部分项目调整至政府性基金预算；债务付息支出", 0, 96, "债务付息支出")
	f.Fuzz(func(t *testing.T, text string, a, b int, label string) {
		if a < 0 || b < a || b > len(text) {
			return
		}
		want := lastScope(text[a:b], label)
		st := stripQuotes(text, nil)
		if got := st.lastScope(text, a, b, label); got != want {
			t.Fatalf("lastScope(%q[%d:%d]) = %q, want %q", text, a, b, got, want)
		}
		// collect strips the text up to its last figure only (scopeBound)
		for _, end := range []int{b, (b + len(text)) / 2} {
			st := stripQuotes(text[:end], nil)
			if got := st.lastScope(text, a, b, label); got != want {
				t.Fatalf("lastScope(%q[%d:%d]) stripping %q = %q, want %q", text, a, b, text[:end], got, want)
			}
		}
	})
}

// TestScopeSet checks scopeConflict and scopeConfirmed on the scope set
// against the word-by-word search they replace.
func TestScopeSet(t *testing.T) {
	contexts := []string{"", "基本支出明细表", "项目支出 三公经费", "一般公共预算财政拨款支出 基本支出", "人员经费 公用经费"}
	for _, ctx := range contexts {
		for si := -1; si < len(scopeWords); si++ {
			f := &pfig{scopeIdx: int8(si)}
			scope := ""
			if si >= 0 {
				scope = scopeWords[si]
			}
			cf := &cellFacts{scopeSet: scopeSetOf(ctx), hasScopes: true}
			wantConflict := false
			if scope != "" && !strings.Contains(ctx, scope) {
				for _, w := range scopeWords {
					if w != scope && strings.Contains(ctx, w) {
						wantConflict = true
					}
				}
			}
			var x xrefFacts
			if got := x.scopeConflict(f, cf); got != wantConflict {
				t.Errorf("scopeConflict(%q, %q) = %v, want %v", scope, ctx, got, wantConflict)
			}
			if got, want := x.scopeConfirmed(f, cf), scope != "" && strings.Contains(ctx, scope); got != want {
				t.Errorf("scopeConfirmed(%q, %q) = %v, want %v", scope, ctx, got, want)
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

// basisOfRef is basisOf on the normalised text, removing every budget
// name: the definition basisOf shortens.
func basisOfRef(text string) basis {
	t := figures.Normalize(text)
	for _, n := range budgetNames {
		t = strings.ReplaceAll(t, n, "")
	}
	switch {
	case strings.Contains(t, "年初预算") || strings.Contains(t, "年初"):
		return budgetInit
	case strings.Contains(t, "全年预算") || strings.Contains(t, "调整预算") || strings.Contains(t, "调整后预算"):
		return budgetFull
	case strings.Contains(t, "预算") || strings.Contains(strings.ReplaceAll(t, "计划生育", ""), "计划") || strings.Contains(t, "预期") || strings.Contains(t, "预计"):
		if strings.Contains(t, "实际") || strings.Contains(t, "执行数") || strings.Contains(t, "决算") {
			return basisUnknown
		}
		return budgetAny
	}
	return actualBasis
}

// FuzzBasisOf checks basisOf against basisOfRef.
func FuzzBasisOf(f *testing.F) {
	for _, s := range []string{"2022年年初预算数", "年\u3000初", "一般公共预算年初", "年预算单位初", "全年预算（调整后）", "预算执行率实际", "计划１２３", "\xe5年初", "年初\xff预算"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := basisOf(s), basisOfRef(s); got != want {
			t.Fatalf("basisOf(%q) = %v, want %v", s, got, want)
		}
	})
}

// isChangeFigureRef is isChangeFigure on the normalised lead.
func isChangeFigureRef(q *figures.Quantity) bool {
	lead := strings.TrimSpace(figures.Normalize(q.Lead))
	for _, w := range changeWords {
		if strings.HasSuffix(lead, w) || strings.HasSuffix(q.Label, w) {
			return true
		}
	}
	return strings.Contains(q.Label, "增长率") || strings.Contains(q.Label, "增速")
}

// FuzzLeadTests checks isChangeFigure, which skips normalising, against
// normalising first.
func FuzzLeadTests(f *testing.F) {
	for _, s := range []string{"2022年，基本支出合计10.80万元，比上年增加5万元。", "（１）２０２２年项目支出5万元", "2021年末余额3万元\u3000减少", "收入增长率5%，支出多3万元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		u := &unit{text: text, st: figures.Analyze(text)}
		for i := range u.st.Quantities {
			q := &u.st.Quantities[i]
			if got, want := isChangeFigure(q), isChangeFigureRef(q); got != want {
				t.Fatalf("isChangeFigure(%q in %q) = %v, want %v", q.Lead, text, got, want)
			}
		}
	})
}

// FuzzSignApart checks signApart's int64 path against big.Rat.
func FuzzSignApart(f *testing.F) {
	f.Add(int64(614840), uint8(2), false, int64(407815), uint8(2), false, uint8(0))
	f.Add(int64(5), uint8(0), true, int64(45), uint8(1), false, uint8(1))
	f.Add(int64(math.MaxInt64), uint8(0), false, int64(-1), uint8(30), false, uint8(2))
	f.Fuzz(func(t *testing.T, ma int64, da uint8, ea bool, mb int64, db uint8, eb bool, kind uint8) {
		a := figures.Number{Mant: ma, Dec: int(da % 40), Kind: figures.Value, Exact: ea}
		b := figures.Number{Mant: mb, Dec: int(db % 40), Kind: figures.Value, Exact: eb}
		if kind%3 == 1 {
			b.Kind = figures.Dash
		}
		if got, want := signApart(a, b), signApartBig(a, b); got != want {
			t.Fatalf("signApart(%+v, %+v) = %d, want %d", a, b, got, want)
		}
	})
}

// FuzzJoined checks basisOf2 and sharesBigramJoined, which do not join
// their texts, against joining them.
func FuzzJoined(f *testing.F) {
	for _, s := range [][3]string{{"2022年年", "初预算数", "政府采购执行率"}, {"一般公共预", "算", "预算"}, {"计", "划数", "a\xffb"}, {"政府采购预", "算169.23万元，实际执行", "政府采购执行率"}, {"\xe9\xa2", "\x84算", "\xef\xbf"}} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, a, b, stem string) {
		if got, want := basisOf2(a, b), basisOf(a+b); got != want {
			t.Fatalf("basisOf2(%q, %q) = %v, want %v", a, b, got, want)
		}
		if got, want := sharesBigramJoined(stem, a, b), sharesBigram(stem, a+b); got != want {
			t.Fatalf("sharesBigramJoined(%q, %q, %q) = %v, want %v", stem, a, b, got, want)
		}
	})
}
