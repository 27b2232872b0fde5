package docxwrite

import "github.com/crossfoot/crossfoot/model"

// FromModel rebuilds a parsed document as Word, the way the seed's .docx
// was rebuilt from its text export: headings, body paragraphs and tables
// (merged cells kept) with Word's usual run and paragraph properties. It
// lets text reports be benchmarked and audited as .docx too.
func FromModel(d *model.Document) []byte {
	var out Doc
	out.WordLike = true
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out.Blocks = append(out.Blocks, H(b.Level, d.Slice(b.Span)))
		case *model.Paragraph:
			if b.Kind == model.Body {
				out.Blocks = append(out.Blocks, P(d.Slice(b.Span)))
			}
		case *model.Table:
			out.Blocks = append(out.Blocks, tableFromModel(d, b))
		}
	}
	return out.Bytes()
}

func tableFromModel(d *model.Document, t *model.Table) Table {
	var tw Table
	for r := 0; r < t.Rows; r++ {
		var row []Cell
		for c := 0; c < t.Cols; {
			cell := t.At(r, c)
			if cell == nil {
				row = append(row, C(""))
				c++
				continue
			}
			out := Cell{Span: cell.ColSpan}
			switch {
			case cell.Row < r:
				out.VMerge = Continue
			case cell.RowSpan > 1:
				out.VMerge = Restart
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
