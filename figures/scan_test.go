package figures

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// checkOffsets compares scanner.off with the dense map at every rune start
// of the normalised text (the only offsets the scanner maps) and at its end.
func checkOffsets(t *testing.T, s string) {
	sc := newScanner(s)
	defer sc.release()
	if sc.ns != Normalize(s) {
		t.Fatalf("scanner text of %q = %q, want %q", s, sc.ns, Normalize(s))
	}
	dense := offsetMapRef(s, sc.ns)
	for i := range sc.ns {
		if got := sc.off(i); got != dense[i] {
			t.Fatalf("off(%d) in %q = %d, want %d", i, s, got, dense[i])
		}
	}
	if got := sc.off(len(sc.ns)); got != len(s) {
		t.Fatalf("off(end) in %q = %d, want %d", s, got, len(s))
	}
	// offFrom against off: offsets in increasing order from several
	// starts, skipping some, with a step back now and then
	var offs []int
	for i := range sc.ns {
		offs = append(offs, i)
	}
	offs = append(offs, len(sc.ns))
	for from := 0; from < len(offs); from += 1 + len(offs)/7 {
		c := sc.cursorAt(offs[from])
		for k := from; k < len(offs); k += 1 + k%3 {
			i := offs[k]
			if k%5 == 4 {
				i = offs[k/2] // earlier than the cursor
			}
			if got := sc.offFrom(&c, i); got != dense[i] {
				t.Fatalf("offFrom(%d) in %q = %d, want %d", i, s, got, dense[i])
			}
		}
	}
}

func seedLines(t testing.TB) []string {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	return strings.Split(string(data), "\n")
}

func TestScannerOffsets(t *testing.T) {
	for _, s := range append(normalizeCases, seedLines(t)...) {
		checkOffsets(t, s)
	}
}

// FuzzScannerOffsets checks scanner.off against the dense offset map.
func FuzzScannerOffsets(f *testing.F) {
	for _, s := range append(normalizeCases, "１２３．４５万元，其中", "\xff\xfe合计", "a\u3000b－c", "\uFFFD１") {
		f.Add(s)
	}
	f.Fuzz(checkOffsets)
}

// sentencesSlow is Sentences decoding rune by rune: the oracle for its
// byte scan.
func sentencesSlow(s string) []Range {
	var out []Range
	start := 0
	emit := func(end int) {
		a, b := trimSpaceRange(s, start, end)
		if a < b {
			out = append(out, Range{a, b})
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\r':
			emit(i)
			start = i + n
		case '。', '！', '？', '!', '?':
			j := i + n
			for j < len(s) {
				q, m := utf8.DecodeRuneInString(s[j:])
				if q != '”' && q != '’' && q != '」' && q != '』' && q != '）' && q != ')' {
					break
				}
				j += m
			}
			emit(j)
			start = j
			i = j
			continue
		}
		i += n
	}
	emit(len(s))
	return out
}

func checkSentences(t *testing.T, s string) {
	if got, want := Sentences(s), sentencesSlow(s); !slices.Equal(got, want) {
		t.Fatalf("Sentences(%q) = %v, want %v", s, got, want)
	}
}

func TestSentencesMatchesSlow(t *testing.T) {
	for _, s := range append(normalizeCases, seedLines(t)...) {
		checkSentences(t, s)
	}
	checkSentences(t, strings.Join(seedLines(t), "\n"))
}

// FuzzSentences compares Sentences with the rune-by-rune split.
func FuzzSentences(f *testing.F) {
	for _, s := range append(normalizeCases, "一。二！三？四!五?\n六\r七。”八", "\xe3\x80。", "\xef\xbc！）") {
		f.Add(s)
	}
	f.Fuzz(checkSentences)
}

// FuzzDecodeValid checks decodeValid against utf8 on valid UTF-8 (the
// normalised texts it is used on).
func FuzzDecodeValid(f *testing.F) {
	for _, s := range normalizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s) // valid UTF-8
		for i := 0; i < len(s); {
			r, w := decodeValid(s, i)
			r2, w2 := utf8.DecodeRuneInString(s[i:])
			if r != r2 || w != w2 {
				t.Fatalf("decodeValid(%q, %d) = %q %d, want %q %d", s, i, r, w, r2, w2)
			}
			i += w
		}
	})
}

// anchorInSlow is anchorIn decoding with utf8 and matching 同比/环比 whole:
// the oracle.
func anchorInSlow(s string) int {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if strings.HasPrefix(s[i:], "同比") || strings.HasPrefix(s[i:], "环比") {
			return i
		}
		if (r == '比' || r == '较') && i+w < len(s) {
			e := i + w
			if strings.HasPrefix(s[e:], "之") || strings.HasPrefix(s[e:], "于") {
				e += len("之")
			}
			n, _ := utf8.DecodeRuneInString(s[e:])
			if isDigit(n) || strings.ContainsRune("上去前同", n) || strings.HasPrefix(s[e:], "年初") {
				if p, pw := utf8.DecodeLastRuneInString(s[:i]); p == '相' || p == '对' {
					return i - pw
				}
				return i
			}
		}
		i += w
	}
	return -1
}

// FuzzAnchorIn compares anchorIn with its oracle on normalised texts.
func FuzzAnchorIn(f *testing.F) {
	for _, s := range []string{"", "同比增长", "较上年", "相比2021年", "比重", "环比", "较之上年", "比年初", "同\xff比"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = Normalize(s)
		if got, want := anchorIn(s), anchorInSlow(s); got != want {
			t.Fatalf("anchorIn(%q) = %d, want %d", s, got, want)
		}
	})
}

// TestScannerBufferReuse checks that nothing Quantities returns refers to
// the scanner's normalisation buffer, which the next text overwrites: the
// figures of each seed line, read again after every other line has been
// scanned, are unchanged; and the buffer holds Normalize's text.
func TestScannerBufferReuse(t *testing.T) {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	lines := append(strings.Split(string(data), "\n"), "（一）合计：１２３．４５万元，比上年增加１０％", "约５０００元，３．５亿元以上")
	kept := make([][]Quantity, len(lines))
	want := make([][]Quantity, len(lines))
	for i, l := range lines {
		kept[i] = Quantities(l)
		// a deep copy: the strings in new memory
		for _, q := range kept[i] {
			c := q
			c.Lead, c.Label = strings.Clone(q.Lead), strings.Clone(q.Label)
			c.Unit, c.Bound = strings.Clone(q.Unit), strings.Clone(q.Bound)
			c.Qualifier, c.Period = strings.Clone(q.Qualifier), strings.Clone(q.Period)
			want[i] = append(want[i], c)
		}
		sc := newScanner(l)
		if sc.ns != Normalize(l) {
			t.Fatalf("scanner normalised %q to %q, Normalize gives %q", l, sc.ns, Normalize(l))
		}
		sc.release()
	}
	for i := range lines {
		if !reflect.DeepEqual(kept[i], want[i]) {
			t.Fatalf("figures of %q changed after later scans:\n%+v\nwant %+v", lines[i], kept[i], want[i])
		}
	}
}

// TestScanRunes checks that the scan's skip set holds every rune its
// switch acts on.
func TestScanRunes(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		acts := r == '（' || r == '(' || r == '“' || isLeadBoundary(r) || isDigit(r) || r == '百' || isCNNumeralRune(r)
		if acts && !scanRunes.mayHold(r) {
			t.Fatalf("scanRunes lacks %q", r)
		}
	}
}

// checkPrechecks checks the claims Analyze's shortcuts rest on: a sentence
// without 比 or 较 holds no comparison anchor, and a text without 由 or 从
// no "由Y到X" comparison.
func checkPrechecks(t *testing.T, s string) {
	t.Helper()
	qs := Quantities(s)
	for _, sent := range Sentences(s) {
		if txt := s[sent.Start:sent.End]; !strings.Contains(txt, "比") && !strings.Contains(txt, "较") {
			if as := anchors(s, sent, nil); len(as) > 0 {
				t.Fatalf("anchors in %q without 比 or 较: %v", txt, as)
			}
		}
		if !strings.Contains(s, "由") && !strings.Contains(s, "从") {
			if cs := fromTo(s, sent, quantitiesIn(qs, sent), nil); len(cs) > 0 {
				t.Fatalf("fromTo found %+v in %q without 由 or 从", cs, s)
			}
		}
	}
}

func TestPrechecksSeed(t *testing.T) {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	for _, line := range strings.Split(string(data), "\n") {
		checkPrechecks(t, line)
	}
}

func FuzzPrechecks(f *testing.F) {
	for _, s := range []string{"支出10万元，同比增加5万元", "与上年相比，增加3万元", "由5万元提高到8万元", "从5%下降至3%", "相較上年10万元多2万元", "12万元，比重5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPrechecks(t, s) })
}

// bracketDepth counts the brackets open at off, from the sentence start:
// the oracle for depthScan.
func bracketDepth(s string, from, off int) int {
	d := 0
	for _, r := range s[from:off] {
		d = bracketStep(d, r)
	}
	return d
}

// FuzzDepthScan checks depthScan against bracketDepth on offsets asked in
// increasing order, then on one before them.
func FuzzDepthScan(f *testing.F) {
	for _, s := range []string{"其中：A 1万元（其中：B 2万元），C 3万元", "(1)(2)）)（（x", "a\xff（b）c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var offs []int
		for i := range s { // rune starts, as range decodes them
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		ds := depthScan{s: s}
		for k := 0; k < len(offs); k += 1 + k%3 {
			if got, want := ds.at(offs[k]), bracketDepth(s, 0, offs[k]); got != want {
				t.Fatalf("depthScan(%q).at(%d) = %d, bracketDepth %d", s, offs[k], got, want)
			}
		}
		if got, want := ds.at(offs[len(offs)/2]), bracketDepth(s, 0, offs[len(offs)/2]); got != want {
			t.Fatalf("depthScan(%q).at(%d) back = %d, bracketDepth %d", s, offs[len(offs)/2], got, want)
		}
	})
}

// FuzzLastRune checks lastRune against utf8.DecodeLastRuneInString and
// firstRune against utf8.DecodeRuneInString.
func FuzzLastRune(f *testing.F) {
	for _, s := range []string{"", "a", "中", "a中", "\xe0\x80\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xef\xbf\xbf", "\xe4\xb8", "\x80\x80\x80", "😀", "\xf0\x9f\x98\x80中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, w := lastRune(s)
		if wr, ww := utf8.DecodeLastRuneInString(s); r != wr || w != ww {
			t.Fatalf("lastRune(%q) = %U %d, utf8 %U %d", s, r, w, wr, ww)
		}
		r, w = firstRune(s)
		if wr, ww := utf8.DecodeRuneInString(s); r != wr || w != ww {
			t.Fatalf("firstRune(%q) = %U %d, utf8 %U %d", s, r, w, wr, ww)
		}
	})
}

// FuzzByteSearches checks indexSemi and hasBiOrJiao against the strings
// functions they replace.
func FuzzByteSearches(f *testing.F) {
	for _, s := range []string{"", ";", "；", "a；b;", "\xef\xbc", "\xe4\xef\xbc\x9b", "比", "较", "相比", "\xe6\xaf", "x较\xff", "。", "\xe3\x80", "\xe5\xe3\x80\x82"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indexSemi(s), strings.IndexAny(s, "；;"); got != want {
			t.Fatalf("indexSemi(%q) = %d, want %d", s, got, want)
		}
		if got, want := hasBiOrJiao(s), strings.Contains(s, "比") || strings.Contains(s, "较"); got != want {
			t.Fatalf("hasBiOrJiao(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasClauseBreak(s), strings.ContainsAny(s, "；;。"); got != want {
			t.Fatalf("hasClauseBreak(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestWithStop compares withStop with strings.ContainsRune on
// withStopRunes, for every rune (and a few invalid ones).
func TestWithStop(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := withStop(r), strings.ContainsRune(withStopRunes, r); got != want {
			t.Fatalf("withStop(%U) = %v, want %v", r, got, want)
		}
	}
}

// FuzzMarkerIn checks markerIn, read off the markers of the whole text,
// against findMarker on every piece of it between rune starts.
func FuzzMarkerIn(f *testing.F) {
	for _, s := range []string{"合计10万元，其中A 5万元", "主要包括A、B，包括C", "分别为分别是具体为明细为主要用于", "包括主要包括包括", "其\xff中其中"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		ms := markersIn(s, Range{0, len(s)}, nil)
		var offs []int
		for i := range s {
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		for x, a := range offs {
			for _, b := range offs[x:] {
				m1, r1 := markerIn(ms, a, b)
				m2, r2 := findMarker(s[a:b], a)
				if m1 != m2 || r1 != r2 {
					t.Fatalf("markerIn(%q, %d, %d) = %q %v, findMarker %q %v", s, a, b, m1, r1, m2, r2)
				}
			}
		}
	})
}

// TestIsHan compares isHan with unicode.Is over every rune.
func TestIsHan(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v, want %v", r, got, want)
		}
	}
}

// bracketStep is the count of brackets open after r, d before it.
func bracketStep(d int, r rune) int {
	switch r {
	case '（', '(':
		d++
	case '）', ')':
		if d > 0 {
			d--
		}
	}
	return d
}

// TestIsASCIILetter checks isASCIILetter against unicode.IsLetter, which it
// replaces below 128.
func TestIsASCIILetter(t *testing.T) {
	for r := rune(-1); r < 0x300; r++ {
		if got, want := isASCIILetter(r), r >= 0 && r < 128 && unicode.IsLetter(r); got != want {
			t.Fatalf("isASCIILetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestSpaceBytes checks spaceRunes against isSpaceRune, which
// trimSpaceRange's fast path relies on.
func TestSpaceBytes(t *testing.T) {
	var want []rune
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpaceRune(r) {
			want = append(want, r)
		}
	}
	got := slices.Sorted(slices.Values(spaceRunes))
	if !slices.Equal(got, want) {
		t.Fatalf("spaceRunes = %U, isSpaceRune holds %U", got, want)
	}
}

// trimSpaceRangeRunes is trimSpaceRange without its fast path: its oracle.
func trimSpaceRangeRunes(s string, a, b int) (int, int) {
	for a < b {
		r, n := firstRune(s[a:])
		if !isSpaceRune(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := lastRune(s[:b])
		if !isSpaceRune(r) {
			break
		}
		b -= n
	}
	return a, b
}

// FuzzTrimSpaceRange compares trimSpaceRange with trimSpaceRangeRunes on
// every range of s.
func FuzzTrimSpaceRange(f *testing.F) {
	for _, s := range []string{"", " a ", "\u3000中\u3000", "\ufeff1\u00a0", "\t\r\n", "\xe3\x80", "\x80\x80\x80", "中 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = s[:min(len(s), 40)]
		for a := 0; a <= len(s); a++ {
			for b := a; b <= len(s); b++ {
				ga, gb := trimSpaceRange(s, a, b)
				if wa, wb := trimSpaceRangeRunes(s, a, b); ga != wa || gb != wb {
					t.Fatalf("trimSpaceRange(%q, %d, %d) = %d %d, want %d %d", s, a, b, ga, gb, wa, wb)
				}
			}
		}
	})
}
