package model

import (
	"iter"
	"strings"
	"sync"
)

// Span is a half-open range [Start, End) of byte offsets into Document.Text.
type Span struct {
	Start, End int
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// Document is a parsed report: one linear Text and the blocks laid over it.
//
// Every block's Span indexes Text. Paragraphs are separated by "\n"; each table
// cell's text is followed by "\n" too, so a span never crosses a cell boundary.
type Document struct {
	Name   string  // file name as given to the parser
	Format string  // "docx" or "text"
	Text   string  // the whole document's text in reading order
	Blocks []Block // top-level blocks in reading order (footnotes last)

	// Tables lists every table in document order, nested ones included,
	// so that Tables[i].Index == i. Table numbers shown to users are Index+1.
	Tables []*Table

	// Errors are problems with parts of the input that were skipped; the
	// rest of the document is still present. Sorted by position.
	Errors []error

	headings []*Heading // in order, for section paths

	// sectionPaths[i] is the section path in force from headings[i] on;
	// built once, on first use (see SectionPath).
	sectionPathsOnce sync.Once
	sectionPaths     []string
	anchors          []anchor // sorted by start offset, for Position
}

// Block is one of *Heading, *Paragraph, *Table. The set is closed.
type Block interface {
	block()
	Extent() Span
}

// ParaKind says where a paragraph lives.
type ParaKind int

const (
	Body ParaKind = iota
	Footnote
	Endnote
	TextBox
)

// Run records that the text from Offset on (until the next Run) came from
// the Index-th w:r element of the paragraph in the source file.
type Run struct {
	Offset int // absolute offset into Document.Text
	Index  int // 0-based ordinal of the w:r within its w:p
}

// Heading is a section title. Number is the numbering label as displayed
// ("二、", "（一）", "1."), possibly empty.
type Heading struct {
	Span   Span
	Level  int // 1 = top level
	Number string
	Para   int // paragraph number (1-based) in the document's body order
	Runs   []Run
}

// Paragraph is a body paragraph outside tables, or a footnote/endnote/text box.
type Paragraph struct {
	Span  Span
	Kind  ParaKind
	Index int // 1-based paragraph number, counting headings and paragraphs outside tables
	Runs  []Run
}

// Table is a grid. A merged cell appears once in Cells with its RowSpan and
// ColSpan; At resolves any grid position to the cell covering it.
type Table struct {
	Span    Span
	Index   int    // 0-based position in Document.Tables
	Caption string // nearest title-like paragraph before (or right after) the table, if any
	Rows    int
	Cols    int
	Cells   []*Cell // in row-major order of their top-left corner
	Parent  *Cell   // the cell holding this table, if nested
	grid    []*Cell // Rows*Cols, nil where no cell covers the position
}

// Cell is one (possibly merged) table cell.
type Cell struct {
	Span             Span
	Row, Col         int // top-left grid position, 0-based
	RowSpan, ColSpan int // ≥ 1
	Table            *Table
	Tables           []*Table // nested tables, in order
	Runs             []Run
}

func (*Heading) block()   {}
func (*Paragraph) block() {}
func (*Table) block()     {}

func (h *Heading) Extent() Span   { return h.Span }
func (p *Paragraph) Extent() Span { return p.Span }
func (t *Table) Extent() Span     { return t.Span }

// TextSpan returns the span of a heading or paragraph, the blocks that are
// running text; ok is false for a table, whose text lives in its cells.
func TextSpan(b Block) (s Span, ok bool) {
	switch b := b.(type) {
	case *Heading:
		return b.Span, true
	case *Paragraph:
		return b.Span, true
	}
	return Span{}, false
}

// At returns the cell covering grid position (r, c), or nil if the position is
// outside the table or not covered by any cell.
func (t *Table) At(r, c int) *Cell {
	if r < 0 || c < 0 || r >= t.Rows || c >= t.Cols || t.grid == nil {
		return nil
	}
	return t.grid[r*t.Cols+c]
}

// RowCells yields the distinct cells covering grid row r, left to right,
// each with the first grid column it covers there: a cell merged across
// columns once, a cell merged down from above as well.
func (t *Table) RowCells(r int) iter.Seq2[int, *Cell] {
	return func(yield func(int, *Cell) bool) {
		var prev *Cell
		for c := 0; c < t.Cols; c++ {
			cell := t.At(r, c)
			if cell == nil || cell == prev {
				continue
			}
			prev = cell
			if !yield(c, cell) {
				return
			}
		}
	}
}

// Slice returns the text of span s.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// CellText returns the text of the cell at (r, c), or "" if there is none.
func (d *Document) CellText(t *Table, r, c int) string {
	if cell := t.At(r, c); cell != nil {
		return d.Slice(cell.Span)
	}
	return ""
}

// Paragraphs returns the body paragraphs and headings outside tables, in order.
func (d *Document) Paragraphs() []Block {
	var out []Block
	for _, b := range d.Blocks {
		switch b.(type) {
		case *Heading, *Paragraph:
			out = append(out, b)
		}
	}
	return out
}

// Headings returns the headings in document order.
func (d *Document) Headings() []*Heading { return d.headings }

// rowText joins the texts of row r with " | "; used by Dump and captions.
func (d *Document) rowText(t *Table, r int) string {
	var parts []string
	for c := 0; c < t.Cols; c++ {
		cell := t.At(r, c)
		if cell == nil || cell.Row != r || cell.Col != c {
			continue
		}
		parts = append(parts, d.Slice(cell.Span))
	}
	return strings.Join(parts, " | ")
}
