package model

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Dump writes a stable, line-oriented description of the document, used as
// the golden format of parser tests. The format is:
//
//	H<level> <number> "<text>"          heading
//	P<n> [<kind>] "<text>"              paragraph
//	T<n> <rows>x<cols> caption="<c>"    table, then one line per cell:
//	  r<row>c<col> [<rowspan>x<colspan>] "<text>"
//	E "<error>"                         recorded parse error
func (d *Document) Dump(w io.Writer) error {
	var err error
	pf := func(format string, a ...any) {
		if err == nil {
			_, err = fmt.Fprintf(w, format, a...)
		}
	}
	var dumpTable func(t *Table, indent string)
	dumpTable = func(t *Table, indent string) {
		pf("%sT%d %dx%d caption=%s\n", indent, t.Index+1, t.Rows, t.Cols, strconv.Quote(t.Caption))
		for _, c := range t.Cells {
			span := ""
			if c.RowSpan > 1 || c.ColSpan > 1 {
				span = fmt.Sprintf(" %dx%d", c.RowSpan, c.ColSpan)
			}
			pf("%s  r%dc%d%s %s\n", indent, c.Row, c.Col, span, strconv.Quote(d.cellOwnText(c)))
			for _, nt := range c.Tables {
				dumpTable(nt, indent+"    ")
			}
		}
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *Heading:
			pf("H%d %s %s\n", b.Level, strconv.Quote(b.Number), strconv.Quote(d.Slice(b.Span)))
		case *Paragraph:
			kind := ""
			switch b.Kind {
			case Footnote:
				kind = " footnote"
			case Endnote:
				kind = " endnote"
			case TextBox:
				kind = " textbox"
			}
			pf("P%d%s %s\n", b.Index, kind, strconv.Quote(d.Slice(b.Span)))
		case *Table:
			dumpTable(b, "")
		}
	}
	for _, e := range d.Errors {
		pf("E %s\n", strconv.Quote(e.Error()))
	}
	return err
}

// cellOwnText is the cell's text without the text of its nested tables.
func (d *Document) cellOwnText(c *Cell) string {
	if len(c.Tables) == 0 {
		return d.Slice(c.Span)
	}
	var b strings.Builder
	pos := c.Span.Start
	for _, nt := range c.Tables {
		if nt.Span.Start > pos {
			b.WriteString(d.Text[pos:nt.Span.Start])
		}
		pos = max(pos, nt.Span.End+1)
	}
	if pos < c.Span.End {
		b.WriteString(d.Text[pos:c.Span.End])
	}
	return strings.Trim(b.String(), "\n")
}

// CellText returns the text of a cell without nested tables' text.
func (d *Document) CellOwnText(c *Cell) string { return d.cellOwnText(c) }
