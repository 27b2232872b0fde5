package figures

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWordRunes checks what prepare relies on: each word rune is a
// three-byte rune that Normalize keeps and the scan does not act on.
func TestWordRunes(t *testing.T) {
	for r := rune(0); r < 1<<16; r++ {
		if !wordRunes.mayHold(r) {
			continue
		}
		if utf8.RuneLen(r) != 3 || normRune(r) != r || scanRunes.mayHold(r) {
			t.Fatalf("word rune %q: %d bytes, normalised to %q, scanned %v", r, utf8.RuneLen(r), normRune(r), scanRunes.mayHold(r))
		}
	}
}

// checkWordMarks compares Analyze reading the word marks with Analyze
// searching the text (Analyzer.slow), for a text alone and in an
// Analyzer's blocks.
func checkWordMarks(t *testing.T, s string) {
	t.Helper()
	fast := Analyze(s)
	slow := (&Analyzer{exact: true, slow: true}).Analyze(s)
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("Analyze(%q) with word marks =\n%+v\nsearching the text =\n%+v", s, fast, slow)
	}
	var a, b Analyzer
	b.slow = true
	if got, want := a.Analyze(s), b.Analyze(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("Analyzer.Analyze(%q) with word marks =\n%+v\nsearching the text =\n%+v", s, got, want)
	}
	// the marks themselves: every offset of a word rune, in order
	sc := newScanner(s)
	got, ngot, ns := slices.Clone(sc.words), slices.Clone(sc.nwords), strings.Clone(sc.ns)
	sc.release()
	var nwant []int
	for i, r := range ns {
		if utf8.RuneLen(r) == 3 && wordRunes.mayHold(r) {
			nwant = append(nwant, i)
		}
	}
	if !slices.Equal(ngot, nwant) {
		t.Fatalf("word marks in Normalize(%q) = %v, want %v", s, ngot, nwant)
	}
	var want []int
	for i := 0; i+2 < len(s); i++ {
		if c := s[i]; c >= 0xE0 && c < 0xF0 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			if r, w := utf8.DecodeRuneInString(s[i:]); w == 3 && wordRunes.mayHold(r) {
				want = append(want, i)
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("word marks of %q = %v, want %v", s, got, want)
	}
}

var wordMarkCases = []string{
	"支出合计100万元，其中：基本支出60万元，项目支出40万元。", "比上年增加5万元，增长10%", "与上年相比，减少3万元",
	"由5万元提高到8万元，提高3万元", "从5%下降至3%", "同比增长12.5%，环比下降1.2%", "主要用于A 1万元、B 2万元",
	"分别为10万元和20万元", "较2021年决算数增加2万元", "“三公”经费支出3万元，比\xff上年减少1万元", "其\xff中10万元",
}

func TestWordMarks(t *testing.T) {
	for _, s := range wordMarkCases {
		checkWordMarks(t, s)
	}
	for _, s := range seedLines(t) {
		checkWordMarks(t, strings.TrimPrefix(s, "\t"))
	}
}

// FuzzAnalyzeWordMarks compares Analyze reading the scan's word marks
// with the searches they replace.
func FuzzAnalyzeWordMarks(f *testing.F) {
	for _, s := range wordMarkCases {
		f.Add(s)
	}
	f.Fuzz(checkWordMarks)
}
