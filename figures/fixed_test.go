package figures

import (
	"fmt"
	"math"
	"math/big"
	"testing"
)

// The int64 fast path (Fixed) must give exactly the answers of the big.Rat
// path (Interval); these tests compare the two on chosen and fuzzed inputs.

// sameInterval reports whether a Fixed and an Interval hold the same ends.
func sameInterval(f Fixed, iv Interval) bool {
	g := f.Interval()
	return g.Lo.Cmp(iv.Lo) == 0 && g.Hi.Cmp(iv.Hi) == 0
}

func scaleBig(iv Interval, k int) Interval {
	f := new(big.Rat).SetInt(pow10(abs1(k)))
	if k < 0 {
		f.Inv(f)
	}
	return iv.Scale(f)
}

// checkFixed compares every fast-path operation on a and b with big.Rat.
func checkFixed(t *testing.T, a, b Number, ka, kb int, r Rounding) {
	t.Helper()
	fa, okA := a.Fixed(r)
	fb, okB := b.Fixed(r)
	ia, ib := a.Interval(r), b.Interval(r)
	if okA && !sameInterval(fa, ia) {
		t.Fatalf("%+v.Fixed(%d) = %+v, Interval = [%s, %s]", a, r, fa, ia.Lo.RatString(), ia.Hi.RatString())
	}
	if !okA || !okB {
		return
	}
	sa, sb := fa.Scale10(ka), fb.Scale10(kb)
	bia, bib := scaleBig(ia, ka), scaleBig(ib, kb)
	if !sameInterval(sa, bia) {
		t.Fatalf("Scale10(%d) of %+v differs from big.Rat", ka, a)
	}
	if o, ok := sa.Overlaps(sb); ok && o != bia.Overlaps(bib) {
		t.Fatalf("Overlaps(%+v×10^%d, %+v×10^%d) = %v, big.Rat says %v", a, ka, b, kb, o, !o)
	}
	if o, ok := sa.Neg().Overlaps(sb); ok && o != bia.Neg().Overlaps(bib) {
		t.Fatalf("Neg().Overlaps differs for %+v, %+v", a, b)
	}
	if s, ok := sa.Add(sb); ok && !sameInterval(s, bia.Add(bib)) {
		t.Fatalf("Add(%+v×10^%d, %+v×10^%d) = %+v, differs from big.Rat", a, ka, b, kb, s)
	}
	parts := []Number{a, b, {Kind: Dash}}
	if sumConsistent(parts, b, r) != SumInterval(parts, r).Overlaps(b.Interval(r)) {
		t.Fatalf("sumConsistent(%+v, %+v) differs from big.Rat", parts, b)
	}
	if sumConsistent([]Number{a}, b, r) != SumInterval([]Number{a}, r).Overlaps(b.Interval(r)) {
		t.Fatalf("sumConsistent([%+v], %+v) differs from big.Rat", a, b)
	}
	if got, want := Diagnose(a, b), diagnoseBig(a, b); got != want {
		t.Fatalf("Diagnose(%+v, %+v) = %+v, big.Rat reference %+v", a, b, got, want)
	}
}

func TestFixedMatchesBig(t *testing.T) {
	nums := []Number{
		{Mant: 0, Kind: Value},
		{Mant: 1, Kind: Value},
		{Mant: -1, Dec: 2, Kind: Value},
		{Mant: 12345, Dec: 2, Kind: Value},
		{Mant: 123450, Dec: 3, Kind: Value},
		{Mant: 1235, Dec: 1, Kind: Value},
		{Mant: 12, Dec: 0, Kind: Value, Exact: true},
		{Mant: 108, Dec: 2, Kind: Value},
		{Mant: 1080, Dec: 2, Kind: Value},
		{Mant: 999999999999999999, Dec: 0, Kind: Value},
		{Mant: -999999999999999999, Dec: 18, Kind: Value},
		{Mant: math.MaxInt64, Kind: Value},
		{Mant: math.MinInt64 + 1, Dec: 4, Kind: Value},
		{Kind: Dash},
		{Kind: Blank},
		{Mant: 5, Dec: -1, Kind: Value},
	}
	for _, r := range []Rounding{HalfUp, Truncate} {
		for i, a := range nums {
			for j, b := range nums {
				for _, k := range [][2]int{{0, 0}, {4, 0}, {-2, 0}, {0, 8}, {12, -2}, {-18, 18}} {
					t.Run(fmt.Sprintf("r%d/%d/%d/%d,%d", r, i, j, k[0], k[1]), func(t *testing.T) {
						checkFixed(t, a, b, k[0], k[1], r)
					})
				}
			}
		}
	}
}

func TestFixedFallsBack(t *testing.T) {
	tests := []struct {
		name string
		n    Number
	}{
		{"huge mantissa", Number{Mant: math.MaxInt64, Kind: Value}},
		{"negative decimals", Number{Mant: 5, Dec: -1, Kind: Value}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := tt.n.Fixed(HalfUp); ok {
				t.Fatalf("%+v.Fixed accepted a figure outside the fast path", tt.n)
			}
		})
	}
	big1 := Fixed{Lo: fixedMax, Hi: fixedMax, Dec: 0}
	if _, ok := big1.Overlaps(Fixed{Dec: 1}); ok {
		t.Fatal("Overlaps aligned an interval that overflows")
	}
	if _, ok := big1.Add(big1); ok {
		t.Fatal("Add kept a sum beyond the bound")
	}
}

// FuzzFixed checks the fast path against big.Rat on arbitrary figures.
func FuzzFixed(f *testing.F) {
	f.Add(int64(12345), uint8(2), false, int64(1234), uint8(1), false, int8(0), int8(4), false)
	f.Add(int64(-7), uint8(0), true, int64(70), uint8(1), false, int8(-2), int8(0), true)
	f.Add(int64(math.MaxInt64/8), uint8(0), false, int64(1), uint8(18), false, int8(12), int8(-12), false)
	f.Fuzz(func(t *testing.T, ma int64, da uint8, ea bool, mb int64, db uint8, eb bool, ka, kb int8, trunc bool) {
		r := HalfUp
		if trunc {
			r = Truncate
		}
		a := Number{Mant: ma, Dec: int(da % 20), Kind: Value, Exact: ea}
		b := Number{Mant: mb, Dec: int(db % 20), Kind: Value, Exact: eb}
		checkFixed(t, a, b, int(ka%20), int(kb%20), r)
	})
}

// diagnoseBig is Diagnose's ×10ᵏ search written with big.Rat only, the
// reference for the fast path.
func diagnoseBig(shown, expected Number) Diagnosis {
	if shown.Kind != Value || expected.Kind != Value || shown.Mant == 0 || expected.Mant == 0 {
		return Diagnosis{}
	}
	if (shown.Mant < 0) != (expected.Mant < 0) {
		return Diagnosis{}
	}
	for _, k := range []int{1, -1, 2, -2, 3, -3, 4, -4} {
		if abs(expected.Mant) < 100 || abs(shown.Mant) < 100 {
			break
		}
		if scaleBig(expected.Interval(HalfUp), k).Overlaps(shown.Interval(HalfUp)) {
			x := "×"
			if k < 0 {
				x = "÷"
			}
			p := fmt.Sprintf("%s%s", x, pow10(abs1(k)).String())
			return Diagnosis{Slip: Magnitude, Factor: k,
				Hint:   fmt.Sprintf("疑似小数点错位或单位换算错误（%s）：应为 %s", p, expected.String()),
				HintEN: fmt.Sprintf("looks like a shifted decimal point or unit slip (%s): should be %s", p, expected.String()),
			}
		}
	}
	return digitDiagnosis(shown, expected)
}

func TestDiagnoseMatchesBig(t *testing.T) {
	tests := []struct {
		name            string
		shown, expected string
		want            Slip
	}{
		{"shifted point", "10.80", "1.08", Magnitude},
		{"wan vs yuan", "12345", "1.23", Magnitude},
		{"transposed", "1234.56", "1243.56", Transposed},
		{"one digit", "1234.56", "1234.58", OneDigit},
		{"small", "12", "1.2", NoSlip},
		{"unrelated", "5000", "1234", NoSlip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e := ParseCell(tt.shown), ParseCell(tt.expected)
			got := Diagnose(s, e)
			if want := diagnoseBig(s, e); got != want {
				t.Fatalf("Diagnose = %+v, big.Rat reference %+v", got, want)
			}
			if got.Slip != tt.want {
				t.Fatalf("Diagnose(%s, %s).Slip = %d, want %d", tt.shown, tt.expected, got.Slip, tt.want)
			}
		})
	}
}

// parseMantissaRef is the mantissa parseNumber used to compute by building
// the digit string and calling ParseInt: the reference for the direct
// accumulation.
func parseMantissaRef(t string) (int64, bool) {
	var digits []byte
	seenDot := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == ',' && !seenDot && len(digits) > 0 && isDigits(t, i+1, 3):
		case c == '.' && !seenDot && len(digits) > 0 && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9':
			seenDot = true
		default:
			i = len(t)
		}
	}
	if len(digits) == 0 || len(digits) > 18 {
		return 0, false
	}
	var m big.Int
	m.SetString(string(digits), 10)
	return m.Int64(), true
}

// FuzzParseMantissa checks the directly accumulated mantissa against the
// digit-string reference.
func FuzzParseMantissa(f *testing.F) {
	for _, s := range []string{"0", "1,234.56", "999999999999999999", "9999999999999999999", "12.", "0001.50", "1,23", "(12.30)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s)
		want, ok := parseMantissaRef(s)
		n, _, got := parseNumber(s)
		if s != "" && (s[0] == '(' || s[0] == '-' || s[0] == '+' || s[0] == '>' || s[0] == '<') || !ok {
			return // signs, brackets and bounds are handled around the mantissa
		}
		if got && n.Mant != want {
			t.Fatalf("parseNumber(%q) mantissa %d, reference %d", s, n.Mant, want)
		}
		if !got {
			t.Fatalf("parseNumber(%q) rejected a mantissa the reference reads as %d", s, want)
		}
	})
}
