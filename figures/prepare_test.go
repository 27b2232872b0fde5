package figures

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// normalizeSlowInto is the scanner's normalisation before prepare: Normalize
// into a buffer, recording the jumps. The oracle for prepare's ns and jumps.
func normalizeSlowInto(s string) (string, []jump) {
	var jumps []jump
	i, w, r := nextNorm(s, 0)
	if i == len(s) {
		return s, nil
	}
	var b []byte
	last := 0
	for i < len(s) {
		b = append(b, s[last:i]...)
		b = utf8.AppendRune(b, r)
		last = i + w
		if utf8.RuneLen(r) != w {
			jumps = append(jumps, jump{ns: len(b), orig: last})
		}
		i, w, r = nextNorm(s, last)
	}
	b = append(b, s[last:]...)
	return unsafe.String(unsafe.SliceData(b), len(b)), jumps
}

// marksSlow is the offsets in ns of the runes in scanRunes, decoding every
// rune: the oracle for prepare's marks.
func marksSlow(ns string) []int {
	var out []int
	for i, r := range ns {
		if scanRunes.mayHold(r) {
			out = append(out, i)
		}
	}
	return out
}

// scanAll is scan as it was before prepare marked the runes: a loop over
// every rune of ns. The oracle for scan.
func (sc *scanner) scanAll() []Quantity {
	ns := sc.ns
	for i := 0; i < len(ns); {
		r, w := decodeValid(ns, i)
		if !scanRunes.mayHold(r) {
			i += w
			continue
		}
		i = sc.step(i)
	}
	return sc.out[sc.base:]
}

func checkPrepare(t *testing.T, s string) {
	t.Helper()
	sc := newScanner(s)
	ns, jumps, marks := sc.ns, slices.Clone(sc.jumps), slices.Clone(sc.marks)
	got := slices.Clone(sc.scan())
	sc.release()
	wantNS, wantJumps := normalizeSlowInto(s)
	if ns != wantNS || !slices.Equal(jumps, wantJumps) {
		t.Fatalf("prepare(%q): ns %q jumps %v, want %q %v", s, ns, jumps, wantNS, wantJumps)
	}
	if want := marksSlow(ns); !slices.Equal(marks, want) {
		t.Fatalf("prepare(%q): marks %v, want %v", s, marks, want)
	}
	sc = newScanner(s)
	want := slices.Clone(sc.scanAll())
	sc.release()
	// Both may be empty, nil or not depending on what the pooled scanner
	// held before: only the figures count.
	if (len(got) > 0 || len(want) > 0) && !reflect.DeepEqual(got, want) {
		t.Fatalf("scan(%q) =\n%+v\nwant (scanAll)\n%+v", s, got, want)
	}
}

var prepareCases = []string{
	"", "a", "１２３．４５万元，其中", "\xff\xfe合计", "a\u3000b－c", "\uFFFD１", "\xe0\x80\x80１", "\xed\xa0\x80２",
	"因公出国（境）费10万元", "“三公”经费支出3.5万元", "比上年增加5万元，增长10%", "三家单位，百分之五", "😀12万元",
	"支出合计１，２３４．５６万元（其中：基本支出１００万元）", "2022年12月31日", "〔2023〕3号", "1.贯彻落实", "（2）项目",
}

func TestPrepare(t *testing.T) {
	for _, s := range append(append(slices.Clone(prepareCases), normalizeCases...), seedLines(t)...) {
		checkPrepare(t, s)
	}
	checkPrepare(t, strings.Join(seedLines(t), "\n"))
}

// FuzzPrepare compares prepare and scan with the two passes they replace.
func FuzzPrepare(f *testing.F) {
	for _, s := range append(slices.Clone(prepareCases), normalizeCases...) {
		f.Add(s)
	}
	f.Fuzz(checkPrepare)
}

func checkScannerSentences(t *testing.T, s string) {
	t.Helper()
	sc := newScanner(s)
	got := sc.sentences(nil)
	sc.release()
	if want := sentencesInto(s, nil); !slices.Equal(got, want) {
		t.Fatalf("scanner sentences of %q = %v, want %v", s, got, want)
	}
}

func TestScannerSentences(t *testing.T) {
	for _, s := range append(append(slices.Clone(prepareCases), normalizeCases...), seedLines(t)...) {
		checkScannerSentences(t, s)
	}
	checkScannerSentences(t, strings.Join(seedLines(t), "\n"))
}

// FuzzScannerSentences compares the sentences read off the marks with
// sentencesInto.
func FuzzScannerSentences(f *testing.F) {
	for _, s := range append(slices.Clone(prepareCases), "一。二！三？四!五?\n六\r七。”八", "\xe3\x80。", "\xef\xbc！）", "a！）”b\r\nc") {
		f.Add(s)
	}
	f.Fuzz(checkScannerSentences)
}

// FuzzNumeralRunes checks that parseCN reads the same numeral from the
// runes numeralRunes decodes as from all the runes of the text.
func FuzzNumeralRunes(f *testing.F) {
	for _, s := range []string{"三十点五万元", "二〇二二年", "一", "十四", "百分之五", "两万三千", "三点", "三点x", "一二三四五六七八九十百千万亿〇零两", "五\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = s[:min(len(s), 64)]
		all := []rune(s)
		v1, d1, n1 := parseCN(all, 0, len(all), true)
		var buf [64]rune
		rs := numeralRunes(buf[:0], s)
		v2, d2, n2 := parseCN(rs, 0, len(rs), true)
		if v1 != v2 || d1 != d2 || n1 != n2 {
			t.Fatalf("parseCN(%q) = %d %d %d on all runes, %d %d %d on numeralRunes", s, v1, d1, n1, v2, d2, n2)
		}
	})
}

// plainRunBytes is plainRun as it was, reading each byte of a three-byte
// rune and prepRunes itself: the oracle for plainRun's tables.
func plainRunBytes(s string, i int) int {
	for i+2 < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiScan[c] {
				return i
			}
			i++
			continue
		}
		x1, x2 := s[i+1]^0x80, s[i+2]^0x80
		if !lead3[c] || x1|x2 >= 0x40 || prepRunes[(uint(c&0x0F)<<6|uint(x1))&1023]&(1<<(x2&63)) != 0 {
			return i
		}
		i += 3
	}
	for i < len(s) && s[i] < utf8.RuneSelf && !asciiScan[s[i]] {
		i++
	}
	return i
}

func checkPlainRun(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		if got, want := plainRun(s, i), plainRunBytes(s, i); got != want {
			t.Fatalf("plainRun(%q, %d) = %d, want %d", s, i, got, want)
		}
	}
}

func TestPlainRun(t *testing.T) {
	for _, s := range append(append(slices.Clone(prepareCases), normalizeCases...), seedLines(t)...) {
		checkPlainRun(t, s)
	}
	// every three-byte sequence whose bytes lead a rune or continue one
	var b strings.Builder
	for c := 0xE0; c <= 0xF0; c++ {
		for b1 := 0x7F; b1 <= 0xC0; b1++ {
			b.Reset()
			for b2 := 0x7F; b2 <= 0xC0; b2++ {
				b.Write([]byte{byte(c), byte(b1), byte(b2)})
			}
			checkPlainRun(t, b.String())
		}
	}
}

// FuzzPlainRun compares plainRun with plainRunBytes at every offset.
func FuzzPlainRun(f *testing.F) {
	for _, s := range append(slices.Clone(prepareCases), normalizeCases...) {
		f.Add(s)
	}
	f.Fuzz(checkPlainRun)
}

// TestPrepClasses checks prepRows and prepClasses against prepRune for
// every three-byte sequence: the class of a valid rune of lead3, and
// runeOther for anything else.
func TestPrepClasses(t *testing.T) {
	for c := 0x80; c < 0x100; c++ {
		for b1 := 0; b1 < 0x100; b1++ {
			for b2 := 0x80; b2 < 0xC0; b2++ {
				want := uint8(runeOther)
				if lead3[c] && b1&0xC0 == 0x80 {
					want = prepRune(rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F))
				}
				if got := prepClasses[prepRows[c<<8|b1]][b2&0x3F]; got != want {
					t.Fatalf("class of % x = %#x, want %#x", []byte{byte(c), byte(b1), byte(b2)}, got, want)
				}
			}
		}
	}
}
