package figures

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// leadYearRunes is the loop over the lead's runes leadYear replaces: the
// oracle.
func leadYearRunes(ns string, a, b int) (int, int, int) {
	year := 0
	for k := a; k+len("年") <= b; {
		if k+4 < b && isDigits4Year(ns[k:k+4]) && strings.HasPrefix(ns[k+4:], "年") && (k == a || !isDigit(rune(ns[k-1]))) {
			y, _ := strconv.Atoi(ns[k : k+4])
			year = y
			e := k + 4 + len("年")
			if strings.HasPrefix(ns[e:], "度") {
				e += len("度")
			}
			if k == a {
				a = e
			} else if e == b {
				b = k
			}
			k = e
			continue
		}
		_, w := decodeValid(ns, k)
		k += w
	}
	return a, b, year
}

// leadMarkerCountRunes is leadMarkerCount decoding rune by rune: the oracle.
func leadMarkerCountRunes(s string) int {
	for _, r := range s {
		if r == '用' || r == '其' || r == '包' {
			return len(leadMarkers)
		}
	}
	return 0
}

// checkLead compares leadYear and leadMarkerCount with their oracles on
// every lead ns[a:b] of the normalised s (a and b at rune starts, as the
// scanner's leads are), or on a sample of them for a long s.
func checkLead(t *testing.T, s string) {
	ns := Normalize(s)
	var starts []int
	for i := range ns {
		starts = append(starts, i)
	}
	starts = append(starts, len(ns))
	step := 1
	if len(starts) > 60 {
		step = len(starts) / 30
	}
	for x := 0; x < len(starts); x += step {
		for y := x; y < len(starts); y++ {
			a, b := starts[x], starts[y]
			ga, gb, gy := leadYear(ns, a, b)
			wa, wb, wy := leadYearRunes(ns, a, b)
			if ga != wa || gb != wb || gy != wy {
				t.Fatalf("leadYear(%q, %d, %d) = %d %d %d, want %d %d %d", ns, a, b, ga, gb, gy, wa, wb, wy)
			}
			if got, want := leadMarkerCount(ns[a:b]), leadMarkerCountRunes(ns[a:b]); got != want {
				t.Fatalf("leadMarkerCount(%q) = %d, want %d", ns[a:b], got, want)
			}
		}
	}
	// leadMarkerCount also on text that is not valid UTF-8
	if utf8.ValidString(s) {
		if got, want := leadMarkerCount(s), leadMarkerCountRunes(s); got != want {
			t.Fatalf("leadMarkerCount(%q) = %d, want %d", s, got, want)
		}
	}
}

var leadCases = []string{
	"", "2021年", "比2021年项目支出", "2021年度部门预算", "较2020年2021年", "12022年", "2022年2023年度", "年年2022年",
	"1949年1948年2100年2101年", "项目支出主要用于工资", "其中包括", "用", "其", "包", "2021年度", "x2021年", "2021年 ",
	"２０２１年度预算", "上年2021年，2020年度支出", "20210年", "2021年度2022年", "12345年",
}

func TestLeadScans(t *testing.T) {
	for _, s := range leadCases {
		checkLead(t, s)
	}
	for _, line := range seedLines(t) {
		if len(line) < 300 {
			checkLead(t, line)
		}
	}
}

// FuzzLeadScans compares leadYear and leadMarkerCount with the rune loops.
func FuzzLeadScans(f *testing.F) {
	for _, s := range leadCases {
		f.Add(s)
	}
	f.Fuzz(checkLead)
}

// checkFromTo checks leadsHoldFrom against strings.ContainsAny on the
// leads, and that fromTo finds nothing in s when it is false.
func checkFromTo(t *testing.T, s string) {
	qs := Quantities(s)
	want := false
	for _, q := range qs {
		want = want || strings.Contains(q.Lead, "由") || strings.Contains(q.Lead, "从")
	}
	if got := leadsHoldFrom(qs); got != want {
		t.Fatalf("leadsHoldFrom(Quantities(%q)) = %v, want %v", s, got, want)
	}
	if want {
		return
	}
	for _, sent := range Sentences(s) {
		if cs := fromTo(s, sent, quantitiesIn(qs, sent), nil); len(cs) > 0 {
			t.Fatalf("fromTo(%q) found %+v with no 由 or 从 in a lead", s, cs)
		}
	}
}

// TestFromToNeedsFrom: Analyze calls fromTo only when a lead holds 由 or 从.
func TestFromToNeedsFrom(t *testing.T) {
	cases := append(leadCases, "由10万元提高到12万元", "收入由10万元提高到12万元，从5人增加到8人", "从\xff10万元增加到12万元", "由于10万元增加到12万元")
	for _, s := range cases {
		checkFromTo(t, s)
	}
	for _, line := range seedLines(t) {
		checkFromTo(t, line)
	}
}

// FuzzFromToNeedsFrom is TestFromToNeedsFrom on any text.
func FuzzFromToNeedsFrom(f *testing.F) {
	for _, s := range []string{"由10万元提高到12万元", "从5人增加到8人", "10万元提高到12万元"} {
		f.Add(s)
	}
	f.Fuzz(checkFromTo)
}

// nextAnchorRuneSlow is nextAnchorRune decoding rune by rune from i: the
// oracle.
func nextAnchorRuneSlow(s string, i, end int) int {
	for i < end {
		c, w := utf8.DecodeRuneInString(s[i:])
		switch c {
		case '与', '和', '同', '跟', '环', '比', '较':
			return i
		}
		i += w
	}
	return end
}

// checkNextAnchorRune compares nextAnchorRune with its oracle from every
// rune start the decoding loop reaches, up to every end (some ends of a
// long s).
func checkNextAnchorRune(t *testing.T, s string) {
	var starts []int
	for i := 0; i < len(s); {
		starts = append(starts, i)
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	starts = append(starts, len(s))
	step := 1 // every start and end for a short s, a sample of the ends for a long one
	if len(starts) > 100 {
		step = len(starts) / 50
	}
	for x, i := range starts {
		for y := x; y < len(starts); y += step {
			end := starts[y]
			if got, want := nextAnchorRune(s, i, end), nextAnchorRuneSlow(s, i, end); got != want {
				t.Fatalf("nextAnchorRune(%q, %d, %d) = %d, want %d", s, i, end, got, want)
			}
		}
	}
}

func TestNextAnchorRune(t *testing.T) {
	for _, s := range []string{"", "与上年相比", "和同跟环比较", "比", "\xe6\xaf", "\xff比", "较\xe8\xbe", "同比增长12%，较上年", "x比y"} {
		checkNextAnchorRune(t, s)
	}
	for _, line := range seedLines(t) {
		if len(line) < 200 {
			checkNextAnchorRune(t, line)
		}
	}
}

// FuzzNextAnchorRune compares nextAnchorRune with decoding rune by rune.
func FuzzNextAnchorRune(f *testing.F) {
	for _, s := range []string{"与上年相比", "和同跟环比较", "\xe6\xaf", "\xff比"} {
		f.Add(s)
	}
	f.Fuzz(checkNextAnchorRune)
}

// TestLeadTrimsNoHan checks the claim of analyseLead's shortcut: no rune
// from U+4000 to U+9FFF (first byte E4 to E9) is trimmed from a lead.
func TestLeadTrimsNoHan(t *testing.T) {
	for r := rune(0x4000); r <= 0x9FFF; r++ {
		if trimmedFirst(r) || trimmedLast(r) {
			t.Fatalf("%U is trimmed from a lead", r)
		}
	}
}

// TestTotalSuffix checks totalSuffix against its reading: a totalWord, or
// a word starting with 合计, 共计 or 总计, for every leadSuffix.
func TestTotalSuffix(t *testing.T) {
	for _, p := range leadSuffixes {
		want := contains(totalWords, p) || strings.HasPrefix(p, "合计") || strings.HasPrefix(p, "共计") || strings.HasPrefix(p, "总计")
		if got := totalSuffix(p); got != want {
			t.Errorf("totalSuffix(%q) = %v, want %v", p, got, want)
		}
	}
}
