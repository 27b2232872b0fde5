package scores

import (
	"slices"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// piece is a paragraph or heading outside tables, or a table cell.
type piece struct {
	Span model.Span
	Text string
	Cell bool
}

// pieces returns the document's running texts in text order.
func pieces(d *model.Document) []piece {
	var out []piece
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out = append(out, piece{Span: b.Span, Text: d.Slice(b.Span)})
		case *model.Paragraph:
			out = append(out, piece{Span: b.Span, Text: d.Slice(b.Span)})
		}
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			if txt := d.Slice(c.Span); strings.TrimSpace(txt) != "" {
				out = append(out, piece{Span: c.Span, Text: txt, Cell: true})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b piece) int { return a.Span.Start - b.Span.Start })
	return out
}

type piecesKey struct{}

// piecesOf returns pieces(p.Doc), computed once per pass. Callers must not
// modify the slice.
func piecesOf(p *audit.Pass) []piece { return audit.Fact(p, piecesKey{}, pieces) }
