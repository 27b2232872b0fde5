package scores

import (
	"sort"
	"strings"

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
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}
