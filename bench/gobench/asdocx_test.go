package gobench

import (
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/model"
)

// asDocx rebuilds a parsed document as Word, the way the seed's .docx was
// rebuilt from its text export: headings, paragraphs and tables (merged
// cells kept) with Word's usual run and paragraph properties. It lets the
// large text document be benchmarked as .docx too.
func asDocx(d *model.Document) []byte {
	var out docxwrite.Doc
	out.WordLike = true
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out.Blocks = append(out.Blocks, docxwrite.H(b.Level, d.Slice(b.Span)))
		case *model.Paragraph:
			if b.Kind == model.Body {
				out.Blocks = append(out.Blocks, docxwrite.P(d.Slice(b.Span)))
			}
		case *model.Table:
			out.Blocks = append(out.Blocks, tableAsDocx(d, b))
		}
	}
	return out.Bytes()
}

func tableAsDocx(d *model.Document, t *model.Table) docxwrite.Table {
	var tw docxwrite.Table
	for r := 0; r < t.Rows; r++ {
		var row []docxwrite.Cell
		for c := 0; c < t.Cols; {
			cell := t.At(r, c)
			if cell == nil {
				row = append(row, docxwrite.C(""))
				c++
				continue
			}
			out := docxwrite.Cell{Span: cell.ColSpan}
			switch {
			case cell.Row < r:
				out.VMerge = docxwrite.Continue
			case cell.RowSpan > 1:
				out.VMerge = docxwrite.Restart
				out.Text = d.CellOwnText(cell)
			default:
				out.Text = d.CellOwnText(cell)
			}
			row = append(row, out)
			c += max(cell.ColSpan, 1)
		}
		tw.Rows = append(tw.Rows, row)
	}
	return tw
}
