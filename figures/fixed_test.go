package figures

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/testenv"
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
	for _, sign := range []int{-1, 0, 1} {
		d := Number{Mant: a.Mant - b.Mant/2, Dec: a.Dec, Kind: Value}
		for _, d := range []Number{a, b, d} {
			em, ed, ee := DiffCheck(a, b, d, sign)
			bm, bd, be := diffCheckBig(a, b, d, sign)
			if em != bm || ed != bd || ee != be {
				t.Fatalf("DiffCheck(%+v, %+v, %+v, %d) = %v %v, big.Rat reference %v %v", a, b, d, sign, em, ed, bm, bd)
			}
		}
	}
	for _, n := range []Number{a, b} {
		if got, want := n.Interval(r), n.intervalBig(r); got.Lo.Cmp(want.Lo) != 0 || got.Hi.Cmp(want.Hi) != 0 {
			t.Fatalf("%+v.Interval(%d) = [%s, %s], big.Rat reference [%s, %s]", n, r, got.Lo.RatString(), got.Hi.RatString(), want.Lo.RatString(), want.Hi.RatString())
		}
	}
	if ka == 0 && kb == 0 && r == HalfUp { // RateCheck has neither
		checkRateCheck(t, a, b)
	}
	checkRatio(t, a, b, r)
	if got, want := Diagnose(a, b), diagnoseBig(a, b); got != want {
		t.Fatalf("Diagnose(%+v, %+v) = %+v, big.Rat reference %+v", a, b, got, want)
	}
}

// checkRatio compares RatioConsistent with its big.Rat reference for rates
// made from a and b, as percentages, permilles and plain ratios.
func checkRatio(t *testing.T, a, b Number, r Rounding) {
	t.Helper()
	for _, rate := range []Number{a, b, {Mant: a.Mant * 100, Dec: a.Dec, Kind: Value}} {
		for _, kind := range []int{0, 1, 2} {
			rate.Percent, rate.Permil = kind == 1, kind == 2
			for _, nd := range [][2]Number{{a, b}, {b, a}, {a, a}, {b, {Mant: 1, Kind: Value}}} {
				c1, q1, ok1 := RatioConsistent(rate, nd[0], nd[1], r)
				c2, q2, ok2 := ratioConsistentBig(rate, nd[0], nd[1], r)
				if c1 != c2 || ok1 != ok2 || (q1 == nil) != (q2 == nil) || q1 != nil && q1.Cmp(q2) != 0 {
					t.Fatalf("RatioConsistent(%+v, %+v, %+v, %d) = %v %v %v, big.Rat reference %v %v %v", rate, nd[0], nd[1], r, c1, q1, ok1, c2, q2, ok2)
				}
				if c3, ok3 := RatioHolds(rate, nd[0], nd[1], r); c3 != c2 || ok3 != ok2 {
					t.Fatalf("RatioHolds(%+v, %+v, %+v, %d) = %v %v, big.Rat reference %v %v", rate, nd[0], nd[1], r, c3, ok3, c2, ok2)
				}
				if q2 != nil && nd[1].Mant != 0 {
					if q3 := Quotient(nd[0], nd[1]); q3.Cmp(q2) != 0 || q3.FloatString(8) != q2.FloatString(8) {
						t.Fatalf("Quotient(%+v, %+v) = %s, big.Rat reference %s", nd[0], nd[1], q3.RatString(), q2.RatString())
					}
				}
			}
		}
	}
}

// checkRateCheck compares RateCheck with its big.Rat reference on
// differences and bases made from a and b.
func checkRateCheck(t *testing.T, a, b Number) {
	t.Helper()
	ia, ib := a.Interval(HalfUp), b.Interval(HalfUp)
	for _, rate := range []Number{a, b, {Mant: 523, Dec: 2, Kind: Value, Percent: true}, {Mant: -1000, Dec: 2, Kind: Value}} {
		for _, db := range [][2]Interval{{ia.Sub(ib), ib}, {ia, ib}, {ib, ia}, {ia.Add(ib), ia.Neg()}, {ia, ia}} {
			ok1, q1, v1 := RateCheck(rate, db[0], db[1])
			ok2, q2, v2 := rateCheckBig(rate, db[0], db[1])
			if ok1 != ok2 || v1 != v2 || (q1 == nil) != (q2 == nil) || q1 != nil && q1.Cmp(q2) != 0 {
				t.Fatalf("RateCheck(%+v, %v, %v) = %v %v %v, big.Rat reference %v %v %v", rate, db[0], db[1], ok1, q1, v1, ok2, q2, v2)
			}
		}
		// RateHolds on the same intervals made in int64
		fa, okA := a.Fixed(HalfUp)
		fb, okB := b.Fixed(HalfUp)
		if !okA || !okB {
			continue
		}
		sub, ok1 := fa.Add(fb.Neg())
		sum, ok2 := fa.Add(fb)
		if !ok1 || !ok2 {
			continue
		}
		for _, db := range [][2]Fixed{{sub, fb}, {fa, fb}, {fb, fa}, {sum, fa.Neg()}, {fa, fa}} {
			ok3, v3, fits := RateHolds(rate, db[0], db[1])
			if !fits {
				continue
			}
			ok4, _, v4 := rateCheckBig(rate, db[0].Interval(), db[1].Interval())
			if ok3 != ok4 || v3 != v4 {
				t.Fatalf("RateHolds(%+v, %+v, %+v) = %v %v, big.Rat reference %v %v", rate, db[0], db[1], ok3, v3, ok4, v4)
			}
		}
	}
}

func TestRatioConsistentMatchesBig(t *testing.T) {
	nums := []Number{
		{Mant: 8523, Dec: 2, Kind: Value, Percent: true}, {Mant: 1234567, Dec: 2, Kind: Value}, {Mant: 1448512, Dec: 2, Kind: Value},
		{Mant: 100, Kind: Value, Exact: true}, {Mant: 85, Kind: Value, Exact: true}, {Mant: -3, Dec: 1, Kind: Value},
		{Mant: 1, Dec: 3, Kind: Value}, {Mant: 0, Dec: 2, Kind: Value}, {Mant: 5, Dec: 1, Kind: Value},
	}
	for _, r := range []Rounding{HalfUp, Truncate} {
		for _, a := range nums {
			for _, b := range nums {
				checkRatio(t, a, b, r)
				checkRateCheck(t, a, b)
			}
		}
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
// spaceGroupRef is spaceGroup by regular expressions: the space at t[i]
// is followed by three digits and no fourth, and preceded by a first
// group of one to three digits or by a group of three after a separator.
func spaceGroupRef(t string, i int) bool {
	after := regexp.MustCompile(`^ [0-9]{3}([^0-9]|$)`)
	first := regexp.MustCompile(`(^|[^0-9, ])[0-9]{1,3}$`)
	later := regexp.MustCompile(`[, ][0-9]{3}$`)
	return after.MatchString(t[i:]) && (first.MatchString(t[:i]) || later.MatchString(t[:i]))
}

func parseMantissaRef(t string) (int64, bool) {
	var digits []byte
	seenDot := false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		case c == ',' && !seenDot && len(digits) > 0 && isDigits(t, i+1, 3):
		case c == ' ' && !seenDot && len(digits) > 0 && spaceGroupRef(t, i):
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

// offsetMapRef maps each byte offset in ns = Normalize(s) to the offset in
// s of the rune it belongs to, decoding both strings in step: the
// reference for scanner.off.
func offsetMapRef(s, ns string) []int {
	nmap := make([]int, len(ns)+1)
	j := 0
	for i := 0; i < len(ns); {
		_, w := utf8.DecodeRuneInString(ns[i:])
		_, wo := utf8.DecodeRuneInString(s[j:])
		for k := 0; k < w; k++ {
			nmap[i+k] = j
		}
		i += w
		j += wo
	}
	nmap[len(ns)] = len(s)
	return nmap
}

// FuzzQuantitiesWithin checks the no-copy sentence slicing against the
// filtering it replaces, on the figures Quantities finds.
func FuzzQuantitiesWithin(f *testing.F) {
	for _, s := range []string{
		"支出合计100.00万元，其中基本支出60.00万元、项目支出40.00万元。比上年增加5.00万元，增长5.26%。",
		"收入-3.5万元；2022年12月31日，共3个项目。（1）经费10万元", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Quantities(s)
		if !inOrder(qs) {
			return
		}
		// the sentences in order, each search starting where the previous
		// one's began, as Analyze does (quantitiesWithinFrom)
		from := 0
		for _, r := range Sentences(s) {
			var got []Quantity
			got, from = quantitiesWithinFrom(qs, from, r)
			if want := quantitiesIn(qs, r); len(got) != len(want) || len(got) > 0 && got[0].Start != want[0].Start {
				t.Fatalf("%q %v: %d figures from the previous sentence's, want %d", s, r, len(got), len(want))
			}
		}
		for _, r := range append(Sentences(s), Range{0, len(s)}, Range{len(s) / 2, len(s)}) {
			got, want := quantitiesWithin(qs, r), quantitiesIn(qs, r)
			if len(got) != len(want) {
				t.Fatalf("%q %v: %d figures, want %d", s, r, len(got), len(want))
			}
			for i := range got {
				if got[i].Start != want[i].Start || got[i].End != want[i].End || got[i].Label != want[i].Label {
					t.Fatalf("%q %v: figure %d differs", s, r, i)
				}
			}
		}
	})
}

// diffCheckBig is DiffCheck on big.Rat only, the reference for the fast path.
func diffCheckBig(x, y, d Number, sign int) (magnitudeOK, directionOK bool, expected Number) {
	dec := max(x.Dec, y.Dec)
	xm := x.Mant * pow10i(dec-x.Dec)
	ym := y.Mant * pow10i(dec-y.Dec)
	expected = Number{Mant: xm - ym, Dec: dec, Kind: Value}
	iv := x.Interval(HalfUp).Sub(y.Interval(HalfUp))
	di := d.Interval(HalfUp)
	if d.Mant < 0 {
		sign = -sign
		di = di.Neg()
	}
	switch sign {
	case -1:
		di = di.Neg()
	case 0:
		if expected.Mant < 0 {
			di = di.Neg()
		}
	}
	magnitudeOK = di.Overlaps(iv) || di.Neg().Overlaps(iv)
	directionOK = sign == 0 || sign > 0 && iv.Hi.Sign() >= 0 || sign < 0 && iv.Lo.Sign() <= 0
	return magnitudeOK, directionOK, expected
}

// FuzzMayState checks that a text MayState rejects yields no statement.
func FuzzMayState(f *testing.F) {
	for _, s := range []string{"1,234.56", "-3.5%", "(12.30)", "１２３．４５％", "12 34 56", "1.2, 3.4; 5.6", "2022-2023 12%",
		"其中10万元", "比上年增加5万元，增长5%", "由10万元提高到12万元", "从5%下降至3%", "占支出的10%", "是上年的2.1倍",
		"执行率95%", "支出合计30万元", "A 10万元、B 20万元，合计30万元", "与上年的5万元相较，增加1万元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if MayState(s) {
			return
		}
		st := Analyze(s)
		if len(st.Enumerations)+len(st.Comparisons)+len(st.Rates)+len(st.Shares)+len(st.Multiples) > 0 {
			t.Fatalf("Analyze(%q) found statements in a text MayState rejects: %+v", s, st)
		}
	})
}

// TestMayStateSeed checks MayState on every line of the seed report and
// its cells (tab-separated): a line it rejects yields no statement.
func TestMayStateSeed(t *testing.T) {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	for _, line := range strings.Split(string(data), "\n") {
		for _, s := range append(strings.Split(line, "\t"), line) {
			if MayState(s) {
				continue
			}
			st := Analyze(s)
			if len(st.Enumerations)+len(st.Comparisons)+len(st.Rates)+len(st.Shares)+len(st.Multiples) > 0 {
				t.Errorf("Analyze(%q) found statements in a text MayState rejects: %+v", s, st)
			}
		}
	}
}

// TestPow10AndRat checks the int64 shortcuts of pow10 and Number.Rat
// against big.Int.Exp.
func TestPow10AndRat(t *testing.T) {
	for n := -3; n <= 40; n++ {
		want := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
		if got := pow10(n); got.Cmp(want) != 0 {
			t.Fatalf("pow10(%d) = %s, want %s", n, got, want)
		}
		for _, m := range []int64{0, 1, -7, 12345, math.MaxInt64, math.MinInt64} {
			num := Number{Mant: m, Dec: n, Kind: Value}
			if got, want := num.Rat(), new(big.Rat).SetFrac(big.NewInt(m), want); got.Cmp(want) != 0 {
				t.Fatalf("%+v.Rat() = %s, want %s", num, got.RatString(), want.RatString())
			}
		}
	}
}

// TestCmpMul compares the 128-bit cross-product comparison with big.Int,
// on products that pass int64 too.
func TestCmpMul(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	edge := []int64{0, 1, -1, 2, math.MaxInt64, math.MinInt64, math.MinInt64 + 1, 1 << 32, -(1 << 32)}
	pick := func(pos bool) int64 {
		var x int64
		switch rng.IntN(3) {
		case 0:
			x = edge[rng.IntN(len(edge))]
		case 1:
			x = rng.Int64N(1<<40) - 1<<39
		default:
			x = int64(rng.Uint64())
		}
		if pos && x <= 0 {
			x = 1 + rng.Int64N(math.MaxInt64)
		}
		return x
	}
	for range 200000 {
		a, b, c, d := pick(false), pick(true), pick(false), pick(true)
		l := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		r := new(big.Int).Mul(big.NewInt(c), big.NewInt(d))
		if got, want := CmpProducts(a, b, c, d), l.Cmp(r); got != want {
			t.Fatalf("CmpProducts(%d, %d, %d, %d) = %d, want %d", a, b, c, d, got, want)
		}
	}
}

func TestMulPow10(t *testing.T) {
	for _, c := range []struct {
		x    int64
		k    int
		want int64
		ok   bool
	}{
		{12, 0, 12, true}, {12, 3, 12000, true}, {-7, 2, -700, true}, {0, 30, 0, true},
		{math.MaxInt64 / 10, 1, math.MaxInt64 / 10 * 10, true}, {math.MaxInt64/10 + 1, 1, 0, false},
		{math.MinInt64 / 10, 1, math.MinInt64 / 10 * 10, true}, {math.MinInt64/10 - 1, 1, 0, false},
		{1, 18, 1e18, true}, {1, 19, 0, false},
	} {
		if got, ok := MulPow10(c.x, c.k); got != c.want || ok != c.ok {
			t.Errorf("MulPow10(%d, %d) = %d, %v; want %d, %v", c.x, c.k, got, ok, c.want, c.ok)
		}
	}
}
