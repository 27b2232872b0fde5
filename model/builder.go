package model

import (
	"sort"
	"strings"
)

// VMerge is a cell's vertical-merge state as Word records it (w:vMerge).
type VMerge int

const (
	NoVMerge VMerge = iota
	VMergeRestart
	VMergeContinue
)

// RunText is a piece of paragraph text that came from one source run.
type RunText struct {
	Text  string
	Index int // ordinal of the source run (w:r) in its paragraph; -1 if unknown
}

// Builder assembles a Document. Parsers call it in reading order; it owns the
// text layout, the spans, merge resolution and the position index, so every
// parser produces documents with the same invariants.
type Builder struct {
	doc    *Document
	text   strings.Builder
	para   int // paragraphs outside tables so far
	tables []*tableState
}

type tableState struct {
	t       *Table
	row     int
	col     int // next grid column in the current row
	raw     []rawCell
	cell    *rawCell // open cell
	cellBuf int      // text offset where the open cell began
	inRow   bool
}

type rawCell struct {
	row, col, span int
	vmerge         VMerge
	s              Span
	runs           []Run
	tables         []*Table
	hasText        bool
}

// NewBuilder starts a document.
func NewBuilder(name, format string) *Builder {
	return &Builder{doc: &Document{Name: name, Format: format}}
}

func (b *Builder) appendRuns(runs []RunText) (Span, []Run) {
	start := b.text.Len()
	var out []Run
	for _, r := range runs {
		if r.Text == "" {
			continue
		}
		if r.Index >= 0 && (len(out) == 0 || out[len(out)-1].Index != r.Index) {
			out = append(out, Run{Offset: b.text.Len(), Index: r.Index})
		}
		b.text.WriteString(r.Text)
	}
	end := b.text.Len()
	b.text.WriteByte('\n')
	return Span{start, end}, out
}

// InTable reports whether a table cell is open, so paragraphs go into it.
func (b *Builder) InTable() bool {
	return len(b.tables) > 0 && b.tables[len(b.tables)-1].cell != nil
}

// Paragraph adds a paragraph. Inside an open cell it becomes part of the cell's text.
func (b *Builder) Paragraph(kind ParaKind, runs ...RunText) {
	if b.InTable() {
		b.cellText(runs)
		return
	}
	s, rs := b.appendRuns(runs)
	b.para++
	p := &Paragraph{Span: s, Kind: kind, Index: b.para, Runs: rs}
	b.doc.Blocks = append(b.doc.Blocks, p)
	b.doc.anchors = append(b.doc.anchors, anchor{s: s, para: p.Index, kind: kind})
}

// Text is a shorthand for a body paragraph of plain text.
func (b *Builder) Text(s string) { b.Paragraph(Body, RunText{Text: s, Index: -1}) }

// Heading adds a section heading at level ≥ 1 with its numbering label.
// Inside an open cell it is treated as ordinary cell text.
func (b *Builder) Heading(level int, number string, runs ...RunText) {
	if b.InTable() {
		b.cellText(runs)
		return
	}
	if level < 1 {
		level = 1
	}
	s, rs := b.appendRuns(runs)
	b.para++
	h := &Heading{Span: s, Level: level, Number: number, Para: b.para, Runs: rs}
	b.doc.Blocks = append(b.doc.Blocks, h)
	b.doc.headings = append(b.doc.headings, h)
	b.doc.anchors = append(b.doc.anchors, anchor{s: s, para: h.Para})
}

func (b *Builder) cellText(runs []RunText) {
	ts := b.tables[len(b.tables)-1]
	c := ts.cell
	// Paragraphs inside a cell are joined by "\n": a later paragraph
	// extends the cell's span over the previous terminator.
	s, rs := b.appendRuns(runs)
	if !c.hasText {
		c.s = s
		c.hasText = true
	} else {
		c.s.End = s.End
	}
	c.runs = append(c.runs, rs...)
}

// BeginTable opens a table; inside an open cell it is nested in that cell.
func (b *Builder) BeginTable() {
	t := &Table{}
	ts := &tableState{t: t, row: -1}
	t.Span.Start = b.text.Len()
	b.tables = append(b.tables, ts)
}

// BeginRow starts a row, skipping gridBefore grid columns.
func (b *Builder) BeginRow(gridBefore int) {
	ts := b.top()
	if ts == nil {
		return
	}
	if ts.inRow {
		b.EndRow()
	}
	ts.row++
	ts.col = max(gridBefore, 0)
	ts.inRow = true
}

// BeginCell opens a cell spanning gridSpan columns.
func (b *Builder) BeginCell(gridSpan int, vm VMerge) {
	ts := b.top()
	if ts == nil {
		return
	}
	if !ts.inRow {
		b.BeginRow(0)
	}
	if ts.cell != nil {
		b.EndCell()
	}
	if gridSpan < 1 {
		gridSpan = 1
	}
	ts.cell = &rawCell{row: ts.row, col: ts.col, span: gridSpan, vmerge: vm}
	ts.cellBuf = b.text.Len()
	ts.col += gridSpan
}

// EndCell closes the open cell.
func (b *Builder) EndCell() {
	ts := b.top()
	if ts == nil || ts.cell == nil {
		return
	}
	c := ts.cell
	if !c.hasText {
		// An empty cell still gets its own line so spans stay distinct.
		s := b.text.Len()
		b.text.WriteByte('\n')
		c.s = Span{s, s}
	}
	if c.s.End < b.text.Len()-1 { // nested tables after the last paragraph
		c.s.End = b.text.Len() - 1
	}
	if c.s.Start > ts.cellBuf {
		c.s.Start = ts.cellBuf
	}
	ts.raw = append(ts.raw, *c)
	ts.cell = nil
}

// EndRow closes the current row.
func (b *Builder) EndRow() {
	ts := b.top()
	if ts == nil {
		return
	}
	if ts.cell != nil {
		b.EndCell()
	}
	ts.inRow = false
}

// EndTable closes the innermost open table, resolves vertical merges and
// records it. A table without cells is dropped.
func (b *Builder) EndTable() {
	ts := b.top()
	if ts == nil {
		return
	}
	b.EndRow()
	b.tables = b.tables[:len(b.tables)-1]
	t := ts.t
	t.Span.End = max(b.text.Len()-1, t.Span.Start)
	if len(ts.raw) == 0 {
		return
	}
	t.Rows = ts.row + 1
	for _, rc := range ts.raw {
		t.Cols = max(t.Cols, rc.col+rc.span)
	}
	t.grid = make([]*Cell, t.Rows*t.Cols)
	for _, rc := range ts.raw {
		if rc.vmerge == VMergeContinue {
			if up := t.At(rc.row-1, rc.col); up != nil && up.Col == rc.col && up.Row+up.RowSpan == rc.row {
				up.RowSpan++
				for c := rc.col; c < rc.col+rc.span && c < up.Col+up.ColSpan; c++ {
					t.grid[rc.row*t.Cols+c] = up
				}
				continue
			}
		}
		cell := &Cell{Span: rc.s, Row: rc.row, Col: rc.col, RowSpan: 1, ColSpan: rc.span, Table: t, Runs: rc.runs, Tables: rc.tables}
		t.Cells = append(t.Cells, cell)
		for c := rc.col; c < rc.col+rc.span; c++ {
			if t.grid[rc.row*t.Cols+c] == nil {
				t.grid[rc.row*t.Cols+c] = cell
			}
		}
	}
	for _, cell := range t.Cells {
		b.doc.anchors = append(b.doc.anchors, anchor{s: cell.Span, cell: cell})
	}
	if parent := b.top(); parent != nil && parent.cell != nil {
		parent.cell.tables = append(parent.cell.tables, t)
	} else {
		b.doc.Blocks = append(b.doc.Blocks, t)
	}
	b.doc.Tables = append(b.doc.Tables, t)
}

func (b *Builder) top() *tableState {
	if len(b.tables) == 0 {
		return nil
	}
	return b.tables[len(b.tables)-1]
}

// Error records a problem with part of the input; the document stays usable.
func (b *Builder) Error(err error) { b.doc.Errors = append(b.doc.Errors, err) }

// Document finishes building: closes open tables, orders tables by position,
// fills in captions, and indexes positions. The builder must not be used after.
func (b *Builder) Document() *Document {
	for len(b.tables) > 0 {
		b.EndTable()
	}
	d := b.doc
	d.Text = b.text.String()
	// Nested tables end before their parents; number tables by start offset.
	sort.SliceStable(d.Tables, func(i, j int) bool { return d.Tables[i].Span.Start < d.Tables[j].Span.Start })
	for i, t := range d.Tables {
		t.Index = i
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			for _, nt := range c.Tables {
				nt.Parent = c
			}
		}
	}
	// Among anchors starting at the same offset the widest comes first, so
	// that Position, searching backwards, meets the innermost (nested) one.
	sort.SliceStable(d.anchors, func(i, j int) bool {
		a, b := d.anchors[i].s, d.anchors[j].s
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	d.fillCaptions()
	return d
}
