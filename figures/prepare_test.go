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
