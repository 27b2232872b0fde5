package synth

import (
	"bytes"
	"math/rand/v2"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
)

// layout records where the IR ended up in the rendered outputs.
type layout struct {
	paraIndex map[*para]int // 1-based, headings and paragraphs outside tables
	paraTxt   map[*para]int // byte offset of the paragraph in the .txt
	cellTxt   map[*cell]int // byte offset of the cell's text in the .txt
	tableIdx  map[*table]int
	paras     int
}

// renderText writes the TAB text export: paragraphs one per line; a table
// cell is a line starting with TAB (continuation lines without), a blank
// line ends a row, consecutive rows form a table.
func renderText(blocks []block) ([]byte, *layout) {
	var b bytes.Buffer
	lo := &layout{paraIndex: map[*para]int{}, paraTxt: map[*para]int{}, cellTxt: map[*cell]int{}, tableIdx: map[*table]int{}}
	nt := 0
	for _, bl := range blocks {
		switch x := bl.(type) {
		case *para:
			lo.paras++
			lo.paraIndex[x] = lo.paras
			lo.paraTxt[x] = b.Len()
			b.WriteString(x.text())
			b.WriteByte('\n')
		case *table:
			lo.tableIdx[x] = nt
			nt++
			for _, row := range x.rows {
				for _, c := range row {
					b.WriteByte('\t')
					lo.cellTxt[c] = b.Len()
					b.WriteString(c.text)
					b.WriteByte('\n')
				}
				b.WriteByte('\n')
			}
		}
	}
	return b.Bytes(), lo
}

// renderDocx builds the .docx. r varies incidental run splitting only.
func renderDocx(blocks []block, r *rand.Rand) []byte {
	d := docxwrite.Doc{WordLike: r.IntN(5) > 0}
	for _, bl := range blocks {
		switch x := bl.(type) {
		case *para:
			p := docxwrite.Para{Text: x.text()}
			if x.level > 0 && x.styled {
				p = docxwrite.H(x.level, x.text())
			}
			if len(x.segs) > 1 && r.IntN(2) == 0 {
				// Word splits runs where formatting or editing changed.
				p.Text = ""
				p.Runs = []string{x.number}
				for _, s := range x.segs {
					p.Runs = append(p.Runs, s.text)
				}
			}
			d.Blocks = append(d.Blocks, p)
		case *table:
			var t docxwrite.Table
			for _, row := range x.rows {
				var cells []docxwrite.Cell
				for _, c := range row {
					cells = append(cells, docxwrite.Cell{Text: c.text, Span: c.span, VMerge: c.vm})
				}
				t.Rows = append(t.Rows, cells)
			}
			d.Blocks = append(d.Blocks, t)
		}
	}
	return d.Bytes()
}
