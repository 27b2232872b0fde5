package table

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

// TestFixtures runs the rules on testdata/*.txt, TAB-format reports in
// which each cell whose finding is expected is marked, "\t⟦TBL002:720.00⟧"
// (see internal/ruletest); files named clean_*.txt have no markers.
func TestFixtures(t *testing.T) {
	ruletest.Run(t, "testdata", Rules)
}

// TestFixturesDocx writes every fixture as a .docx (same cells, the short
// rows' last cell spanning the rest, as in the text export) and expects the
// same findings from the docx parser.
func TestFixturesDocx(t *testing.T) {
	for _, path := range ruletest.Files(t, "testdata") {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f := ruletest.Load(t, path)
			d := f.Doc(t)
			data := toDocx(d).Bytes()
			dd, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "fixture.docx", parser.Options{})
			if err != nil {
				t.Fatal(err)
			}
			marks, err := f.Marks(dd)
			if err != nil {
				t.Fatal(err)
			}
			textMarks, _ := f.Marks(d)
			for i, m := range marks {
				p, q := dd.Position(m.Span.Start), d.Position(textMarks[i].Span.Start)
				if p.Table != q.Table || p.Row != q.Row || p.Col != q.Col {
					t.Fatalf("marker %q is at %s in the .docx, %s in the text", m.Text, p, q)
				}
			}
			ruletest.Check(t, dd, marks, audit.Run(dd, Rules))
		})
	}
}

// toDocx rebuilds a parsed document as a docxwrite description.
func toDocx(d *model.Document) docxwrite.Doc {
	var out docxwrite.Doc
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Paragraph:
			out.Blocks = append(out.Blocks, docxwrite.P(d.Slice(b.Span)))
		case *model.Heading:
			out.Blocks = append(out.Blocks, docxwrite.P(d.Slice(b.Span)))
		case *model.Table:
			var tb docxwrite.Table
			for r := 0; r < b.Rows; r++ {
				var row []docxwrite.Cell
				for _, c := range b.Cells {
					if c.Row == r {
						row = append(row, docxwrite.Cell{Text: d.Slice(c.Span), Span: c.ColSpan})
					}
				}
				tb.Rows = append(tb.Rows, row)
			}
			out.Blocks = append(out.Blocks, tb)
		}
	}
	return out
}
