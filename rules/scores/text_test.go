package scores

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// keywordsRef is keywords with strings.Contains, as the rules checked before.
func keywordsRef(s string) keyword {
	var k keyword
	if strings.Contains(s, "分") {
		k |= hasFen
	}
	if strings.Contains(s, "含") {
		k |= hasHan
	}
	if strings.Contains(s, "以") {
		k |= hasYi
	}
	for _, w := range []string{"等级", "等次", "评价结果", "评定"} {
		if strings.Contains(s, w) {
			k |= hasGradeWord
		}
	}
	for _, w := range []string{"总分", "得分", "评分"} {
		if strings.Contains(s, w) {
			k |= hasTotalWord
		}
	}
	if strings.Contains(s, "得") {
		k |= hasDe
	}
	if strings.Contains(s, "其中") {
		k |= hasQizhong
	}
	if strings.ContainsAny(s, "等果") {
		k |= hasDengOrGuo
	}
	return k
}

var keywordCases = []string{"", "分", "总 分", "总分", "得分率", "评价结果", "评价结", "评定为优", "等级：优", "等次", "以下", "含",
	"\xe5\x88", "\xe5分", "评\xff分", "综合得分", "自评得分为95分", "评分", "等\u3000级", "\xe5\x88\x86", "x分", "分x", "得分", "等次", "\x88\x86分", "评价结果为优", "其中", "结果", "果", "等", "等等", "\xe6\x9e\x9c", "\x9e\x9c", "其\n中", "其", "中其中",
	strings.Repeat("年", 30) + "其中" + strings.Repeat("评", 10) + "定", strings.Repeat("x", 70) + "分", "分" + strings.Repeat("x", 70) + "得"}

func TestKeywords(t *testing.T) {
	testenv.SameAs(t, "keywords", keywords, keywordsRef, keywordCases...)
}

func FuzzKeywords(f *testing.F) {
	testenv.FuzzSameAs(f, "keywords", keywords, keywordsRef, keywordCases...)
}

// mergePieces must give what a stable sort of blocks then cells gives.
func TestMergePieces(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		gen := func(sorted bool, tag string) []piece {
			var ps []piece
			for i := range rng.IntN(8) {
				ps = append(ps, piece{Span: model.Span{Start: rng.IntN(10)}, Text: tag + string(rune('a'+i))})
			}
			if sorted {
				slices.SortStableFunc(ps, func(a, b piece) int { return a.Span.Start - b.Span.Start })
			}
			return ps
		}
		blocks, cells := gen(rng.IntN(4) > 0, "b"), gen(rng.IntN(4) > 0, "c")
		want := append(append([]piece{}, blocks...), cells...)
		slices.SortStableFunc(want, func(a, b piece) int { return a.Span.Start - b.Span.Start })
		if got := mergePieces(nil, blocks, cells); !slices.Equal(got, want) {
			t.Fatalf("mergePieces(%v, %v) = %v, want %v", blocks, cells, got, want)
		}
	}
}

// piecesRef is pieces as first written: keywordsRef of each paragraph,
// heading and cell, and the pieces sorted stably by start.
func piecesRef(d *model.Document) (ps []piece, tableHas []keyword) {
	for _, b := range d.Blocks {
		s, ok := model.TextSpan(b)
		if !ok {
			continue
		}
		if k := keywordsRef(d.Slice(s)); k != 0 {
			ps = append(ps, piece{Span: s, Text: d.Slice(s), Has: k})
		}
	}
	for _, t := range d.Tables {
		var tk keyword
		for _, c := range t.Cells {
			if k := keywordsRef(d.Slice(c.Span)); k != 0 {
				ps = append(ps, piece{Span: c.Span, Text: d.Slice(c.Span), Cell: c, Table: t, Has: k})
				tk |= k
			}
		}
		tableHas = append(tableHas, tk)
	}
	slices.SortStableFunc(ps, func(a, b piece) int { return a.Span.Start - b.Span.Start })
	return ps, tableHas
}

func checkPieces(t *testing.T, d *model.Document) {
	t.Helper()
	b := new(buffers)
	appendPieces(b, d)
	want, wantHas := piecesRef(d)
	if !slices.Equal(b.pieces, want) {
		t.Errorf("%s: appendPieces gives %d pieces, piecesRef %d (or others)", d.Name, len(b.pieces), len(want))
	}
	if !slices.Equal(b.tableHas, wantHas) {
		t.Errorf("%s: tableHas = %v, want %v", d.Name, b.tableHas, wantHas)
	}
}

func TestPieces(t *testing.T) {
	ruletest.EachSeed(t, checkPieces)
	for _, f := range ruletest.Files(t, "testdata") {
		checkPieces(t, ruletest.Load(t, f).Doc(t))
	}
	checkPieces(t, ruletest.Text(t, "words.txt", "总\n分\t得分\t其中\n\n等级\t优\n评\t定\n\n果\n其\t中\n"))
}

func FuzzPieces(f *testing.F) {
	for _, s := range keywordCases {
		f.Add(s)
	}
	f.Add("总\n分\t得分\t其中\n\n等级\t优\n评\t定\n\n果\n其\t中\n")
	f.Add("\t指标\n\t分 值\n\t得 分\n\n\t产出\n\t10\n\t9\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, _, err := ruletest.Parse("fuzz.txt", s)
		if err != nil {
			return
		}
		checkPieces(t, d)
	})
}

// keywordEndsRef is keywordEnds byte by byte: every offset where a
// keyword character ends.
func keywordEndsRef(s string) []int32 {
	var out []int32
	for i := 2; i < len(s); i++ {
		if isKeywordChar(s[i-2 : i+1]) {
			out = append(out, int32(i))
		}
	}
	return out
}

func endsText(f func(string) []int32) func(string) string {
	return func(s string) string { return fmt.Sprint(f(s)) }
}

func TestKeywordEnds(t *testing.T) {
	ends := func(s string) []int32 { return keywordEnds(s, nil) }
	testenv.SameAs(t, "keywordEnds", endsText(ends), endsText(keywordEndsRef), append(keywordCases, "x分", "xx分", "分分分", "x分x分", "\xe5\xe5\x88\x86")...)
}

func FuzzKeywordEnds(f *testing.F) {
	ends := func(s string) []int32 { return keywordEnds(s, nil) }
	testenv.FuzzSameAs(f, "keywordEnds", endsText(ends), endsText(keywordEndsRef), keywordCases...)
}

// keywordsInText is keywordsIn for s as a sentence of a longer text (a
// prefix and suffix around it, whose keyword characters keysIn leaves
// out), its result printed; keywordsInRef is what SCR007 computed before:
// keywords(s) and strings.Index(s, "其中").
func keywordsInText(s string) string {
	text := "其中得分" + s + "中分得"
	b := &buffers{ends: keywordEnds(text, nil)}
	base := len("其中得分")
	k, q := keywordsIn(s, base, b.keysIn(model.Span{Start: base, End: base + len(s)}))
	return fmt.Sprint(k, q)
}

func keywordsInRef(s string) string {
	return fmt.Sprint(keywordsRef(s), strings.Index(s, "其中"))
}

func TestKeywordsIn(t *testing.T) {
	testenv.SameAs(t, "keywordsIn", keywordsInText, keywordsInRef, keywordCases...)
}

func FuzzKeywordsIn(f *testing.F) {
	testenv.FuzzSameAs(f, "keywordsIn", keywordsInText, keywordsInRef, keywordCases...)
}
