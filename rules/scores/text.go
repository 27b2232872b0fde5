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
	hasHanOrYi                       // 含 or 以
	hasGradeWord                     // 等级, 等次, 评价结果 or 评定 (gradeRe)
	hasTotalWord                     // 总分, 得分 or 评分 (every word of totalRe holds one)
	hasDe                            // 得
	hasQizhong                       // 其中
	hasDengOrGuo                     // 等 or 果 (the grade labels of gradeStatements)
)

// keywords returns the keywords in s. It looks for the last byte of each
// character first (a CJK text's first bytes are all alike): byte by byte
// in a short text, with one strings.IndexByte scan per character in a
// long one. A character's encoding found in valid or invalid UTF-8 is
// always the character a decoder reads there, since its first byte is no
// continuation byte.
func keywords(s string) keyword {
	var k keyword
	if len(s) < 64 {
		// character by character: a three-byte character is looked at
		// by its last byte and skipped whole. Only continuation bytes
		// are skipped, and a keyword starts with none, so none is missed.
		for i := 0; i+2 < len(s); {
			if c := s[i]; c >= 0xE0 && c <= 0xEF && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				if keywordLast[s[i+2]] {
					k |= keywordAt(s, i+2)
				}
				i += 3
				continue
			}
			i++
		}
		return k
	}
	for _, c := range keywordChars {
		b := c[len(c)-1]
		for i := 2; i < len(s); i++ {
			j := strings.IndexByte(s[i:], b)
			if j < 0 {
				break
			}
			i += j
			k |= keywordAt(s, i)
		}
	}
	return k
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
	case "含", "以":
		return hasHanOrYi
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

// keywordChars are the characters keywords looks for, whose last bytes
// differ; keywordLast marks those bytes.
var (
	keywordChars = []string{"分", "含", "以", "等", "评", "总", "得", "其", "果"}
	keywordLast  = func() (m [256]bool) {
		for _, c := range keywordChars {
			m[c[len(c)-1]] = true
		}
		return m
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
func appendPieces(b *buffers, d *model.Document) {
	blocks, cells := b.blocks[:0], b.cells[:0]
	for _, b := range d.Blocks {
		var s model.Span
		switch b := b.(type) {
		case *model.Heading:
			s = b.Span
		case *model.Paragraph:
			s = b.Span
		default:
			continue
		}
		txt := d.Slice(s)
		if k := keywords(txt); k != 0 {
			blocks = append(blocks, piece{Span: s, Text: txt, Has: k})
		}
	}
	b.tableHas = slices.Grow(b.tableHas[:0], len(d.Tables))
	for _, t := range d.Tables {
		var has keyword
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			if k := keywords(txt); k != 0 { // a blank cell holds none
				cells = append(cells, piece{Span: c.Span, Text: txt, Cell: c, Table: t, Has: k})
				has |= k
			}
		}
		b.tableHas = append(b.tableHas, has)
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
