package scores

import (
	"slices"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// piece is a paragraph or heading outside tables, or a table cell.
type piece struct {
	Span  model.Span
	Text  string
	Cell  *model.Cell  // the table cell, nil for a paragraph or heading
	Table *model.Table // the cell's table
	Has   keyword      // the keywords in Text
}

// keyword is a set of words the SCR rules look for before running a
// regexp on a piece; pieces finds them all in one pass over the text
// instead of a strings.Contains scan per word and rule.
type keyword uint8

const (
	hasFen       keyword = 1 << iota // 分
	hasHan                           // 含
	hasYi                            // 以
	hasGradeWord                     // 等级, 等次, 评价结果 or 评定 (gradeRe)
	hasTotalWord                     // 总分, 得分 or 评分 (every word of totalRe holds one)
	hasDe                            // 得
	hasQizhong                       // 其中
	hasDengOrGuo                     // 等 or 果 (the grade labels of gradeStatements)
)

// keywords returns the keywords in s: those of each keyword character
// keywordEnds finds in it.
func keywords(s string) keyword {
	var k keyword
	for _, i := range keywordEnds(s, nil) {
		k |= keywordAt(s, int(i))
	}
	return k
}

// keywordEnds appends to out the offset of the last byte of each keyword
// character (keywordChars) in s, in order.
//
// It reads s two bytes at a time and tests each pair against the first
// two and the last two bytes of the characters (a bit set): of a
// character's three bytes at p, p+1, p+2, one of the pairs starting at p
// and at p+1 starts at an even offset. A CJK text's first bytes are all
// alike, and each continuation byte is common, but the pairs of the nine
// characters are rare, so the pass seldom stops. A character's encoding
// found in valid or invalid UTF-8 is always the character a decoder reads
// there, since its first byte is no continuation byte. keywordEndsRef in
// text_test.go is the plain byte-by-byte version.
func keywordEnds(s string, out []int32) []int32 {
	for i := nextKeywordPair(s, 0); i+1 < len(s); i = nextKeywordPair(s, i+2) {
		if i >= 1 && isKeywordChar(s[i-1:i+2]) { // the pair ends a character
			out = append(out, int32(i+1))
		}
		if i+2 < len(s) && isKeywordChar(s[i:i+3]) { // the pair starts one
			out = append(out, int32(i+2))
		}
	}
	return out
}

// nextKeywordPair returns the first even offset from even i on at which
// s holds a pair of keywordPairs, len(s) for none. It is keywordEnds's
// inner loop on its own, so that the loop keeps nothing else in registers
// and its indexes need no bounds checks (the loop's condition bounds
// them): a text holds few such pairs. This took the pass from 22 to 13
// instructions a pair.
func nextKeywordPair(s string, i int) int {
	for i = max(i, 0); i < len(s)-1; i += 2 {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if keywordPairs[k>>6]&(1<<(k&63)) != 0 {
			return i
		}
	}
	return len(s)
}

// isKeywordChar reports whether c is one of keywordChars.
func isKeywordChar(c string) bool {
	switch c {
	case "分", "含", "以", "等", "评", "总", "得", "其", "果":
		return true
	}
	return false
}

// keywordsIn returns the keywords in s, given keys, the ends of its
// keyword characters in the text s starts at offset base of, and where
// the first 其中 in s starts (strings.Index(s, "其中")).
func keywordsIn(s string, base int, keys []int32) (k keyword, qizhong int) {
	qizhong = -1
	for _, e := range keys {
		ke := keywordAt(s, int(e)-base)
		if ke&hasQizhong != 0 && qizhong < 0 {
			qizhong = int(e) - base - 2
		}
		k |= ke
	}
	return k, qizhong
}

// keywordAt returns the keywords of the character whose last byte is s[i].
func keywordAt(s string, i int) keyword {
	if i < 2 {
		return 0
	}
	next := s[i+1:]
	switch s[i-2 : i+1] {
	case "分":
		return hasFen
	case "含":
		return hasHan
	case "以":
		return hasYi
	case "等":
		if strings.HasPrefix(next, "级") || strings.HasPrefix(next, "次") {
			return hasGradeWord | hasDengOrGuo
		}
		return hasDengOrGuo
	case "果":
		return hasDengOrGuo
	case "评":
		var k keyword
		if strings.HasPrefix(next, "价结果") || strings.HasPrefix(next, "定") {
			k |= hasGradeWord
		}
		if strings.HasPrefix(next, "分") {
			k |= hasTotalWord
		}
		return k
	case "总":
		if strings.HasPrefix(next, "分") {
			return hasTotalWord
		}
	case "得":
		if strings.HasPrefix(next, "分") {
			return hasDe | hasTotalWord
		}
		return hasDe
	case "其":
		if strings.HasPrefix(next, "中") {
			return hasQizhong
		}
	}
	return 0
}

// keywordChars are the characters keywords looks for (isKeywordChar);
// keywordPairs holds the first two and the last two bytes of each.
var (
	keywordChars = []string{"分", "含", "以", "等", "评", "总", "得", "其", "果"}
	keywordPairs = func() (p [1 << 16 / 64]uint64) {
		for _, c := range keywordChars {
			for _, k := range []uint16{uint16(c[0])<<8 | uint16(c[1]), uint16(c[1])<<8 | uint16(c[2])} {
				p[k>>6] |= 1 << (k & 63)
			}
		}
		return p
	}()
)

// pieces returns the document's running texts in text order, those that
// hold a keyword: every rule that reads pieces looks for one first.
func pieces(d *model.Document) []piece {
	b := new(buffers)
	appendPieces(b, d)
	return b.pieces
}

// appendPieces sets b.pieces to pieces(d), reusing the storage of b's
// pieces, blocks and cells, and b.tableHas[i] to the keywords in the
// cells of d.Tables[i].
//
// The keyword characters are found in one pass over the whole text
// (keywordEnds) rather than one per paragraph and cell: a piece's
// keywords are those of the characters inside it, each read within the
// piece's own text (keywordAt), so a word does not run on into the next
// piece. The pieces are in text order, the paragraphs and the cells of
// each table, so the characters of each are found by moving forward.
func appendPieces(b *buffers, d *model.Document) {
	b.ends = keywordEnds(d.Text, b.ends[:0])
	ends := b.ends
	j := 0 // ends[j:] are the characters at or after the last piece's start
	has := func(s model.Span, txt string) keyword {
		if len(txt) < 3 {
			return 0 // no character of three bytes (or a span d.Slice refuses)
		}
		from := int32(s.Start + 2) // the end of a character starting in txt
		if j > 0 && ends[j-1] >= from {
			j, _ = slices.BinarySearch(ends, from) // a piece before the last one
		}
		for j < len(ends) && ends[j] < from {
			j++
		}
		var k keyword
		for _, e := range ends[j:] {
			if int(e) >= s.End {
				break
			}
			k |= keywordAt(txt, int(e)-s.Start)
		}
		return k
	}
	blocks, cells := b.blocks[:0], b.cells[:0]
	for _, b := range d.Blocks {
		s, ok := model.TextSpan(b)
		if !ok {
			continue
		}
		txt := d.Slice(s)
		if k := has(s, txt); k != 0 {
			blocks = append(blocks, piece{Span: s, Text: txt, Has: k})
		}
	}
	b.tableHas = slices.Grow(b.tableHas[:0], len(d.Tables))
	b.tableCells = slices.Grow(b.tableCells[:0], len(d.Tables))
	for _, t := range d.Tables {
		from := len(cells)
		var tk keyword
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			if k := has(c.Span, txt); k != 0 { // a blank cell holds none
				cells = append(cells, piece{Span: c.Span, Text: txt, Cell: c, Table: t, Has: k})
				tk |= k
			}
		}
		b.tableHas = append(b.tableHas, tk)
		b.tableCells = append(b.tableCells, [2]int32{int32(from), int32(len(cells))})
	}
	b.pieces, b.blocks, b.cells = mergePieces(b.pieces[:0], blocks, cells), blocks, cells
}

// mergePieces appends to out the blocks and then the cells, stably
// sorted by start. Both are usually in text order already: then a merge
// does it.
func mergePieces(out, blocks, cells []piece) []piece {
	byStart := func(a, b piece) int { return a.Span.Start - b.Span.Start }
	out = slices.Grow(out, len(blocks)+len(cells))
	if !slices.IsSortedFunc(blocks, byStart) || !slices.IsSortedFunc(cells, byStart) {
		out = append(append(out, blocks...), cells...)
		slices.SortStableFunc(out, byStart)
		return out
	}
	i, j := 0, 0
	for i < len(blocks) && j < len(cells) {
		if blocks[i].Span.Start <= cells[j].Span.Start {
			out = append(out, blocks[i])
			i++
		} else {
			out = append(out, cells[j])
			j++
		}
	}
	out = append(out, blocks[i:]...)
	return append(out, cells[j:]...)
}

type piecesKey struct{}

// piecesOf returns pieces(p.Doc), computed once per pass. Callers must not
// modify the slice.
func piecesOf(p *audit.Pass) []piece {
	b := buffersOf(p)
	return audit.Fact(p, piecesKey{}, func(d *model.Document) []piece {
		appendPieces(b, d)
		return b.pieces
	})
}
