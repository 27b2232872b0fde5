package model

import (
	"cmp"
	"slices"
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
//
// The Builder copies the text of the RunText values it is given: callers may
// reuse the memory behind them as soon as a call returns.
type Builder struct {
	doc    *Document
	text   strings.Builder
	para   int // paragraphs outside tables so far
	tables []*tableState
	free   []*tableState // closed tables' states, reused with their buffers
	runs   []Run         // slab the kept Runs of paragraphs and cells are cut from

	// Position anchors are laid out once, by Document, in the order they
	// were recorded: the paragraphs' and headings' here, and each closed
	// table's cells after the first at paragraph anchors.
	paras  []anchor
	closed []closedTable
}

// closedTable is a recorded table and how many paragraph anchors preceded
// its cells' anchors.
type closedTable struct {
	t  *Table
	at int
}

type tableState struct {
	t       *Table
	row     int
	col     int       // next grid column in the current row
	raw     []rawCell // the cells so far; the last one is open when open
	open    bool
	cellBuf int   // text offset where the open cell began
	runs    []Run // runs of the open cell so far
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

// appendRuns writes a paragraph's text and appends its run marks to dst.
func (b *Builder) appendRuns(dst []Run, runs []RunText) (Span, []Run) {
	// Grow by doubling (append would grow a large buffer by a quarter,
	// copying the text over and over).
	need := 1
	for _, r := range runs {
		need += len(r.Text)
	}
	b.text.Grow(need)
	start := b.text.Len()
	base := len(dst)
	for _, r := range runs {
		if r.Text == "" {
			continue
		}
		if r.Index >= 0 && (len(dst) == base || dst[len(dst)-1].Index != r.Index) {
			dst = append(dst, Run{Offset: b.text.Len(), Index: r.Index})
		}
		b.text.WriteString(r.Text)
	}
	end := b.text.Len()
	b.text.WriteByte('\n')
	return Span{start, end}, dst
}

// keep copies rs into the slab and returns the copy with its capacity
// capped, so that appending to it never touches a neighbour; nil if empty.
func (b *Builder) keep(rs []Run) []Run {
	if len(rs) == 0 {
		return nil
	}
	if cap(b.runs)-len(b.runs) < len(rs) {
		b.runs = make([]Run, 0, max(len(rs), min(2*cap(b.runs), 1<<14), 256))
	}
	i := len(b.runs)
	b.runs = append(b.runs, rs...)
	return b.runs[i:len(b.runs):len(b.runs)]
}

// InTable reports whether a table cell is open, so paragraphs go into it.
func (b *Builder) InTable() bool {
	return len(b.tables) > 0 && b.tables[len(b.tables)-1].open
}

// Paragraph adds a paragraph. Inside an open cell it becomes part of the cell's text.
func (b *Builder) Paragraph(kind ParaKind, runs ...RunText) {
	if b.InTable() {
		b.cellText(runs)
		return
	}
	s, rs := b.paraRuns(runs)
	b.para++
	p := &Paragraph{Span: s, Kind: kind, Index: b.para, Runs: rs}
	b.doc.Blocks = append(b.doc.Blocks, p)
	b.paras = append(b.paras, anchor{s: s, para: p.Index, kind: kind})
}

// paraRuns writes a paragraph outside tables; its runs go straight into
// the slab.
func (b *Builder) paraRuns(runs []RunText) (Span, []Run) {
	if cap(b.runs)-len(b.runs) < len(runs) {
		b.runs = make([]Run, 0, max(len(runs), min(2*cap(b.runs), 1<<14), 256))
	}
	i := len(b.runs)
	s, rs := b.appendRuns(b.runs, runs)
	if len(rs) == i {
		return s, nil
	}
	b.runs = rs
	return s, rs[i:len(rs):len(rs)]
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
	s, rs := b.paraRuns(runs)
	b.para++
	h := &Heading{Span: s, Level: level, Number: number, Para: b.para, Runs: rs}
	b.doc.Blocks = append(b.doc.Blocks, h)
	b.doc.headings = append(b.doc.headings, h)
	b.paras = append(b.paras, anchor{s: s, para: h.Para})
}

func (b *Builder) cellText(runs []RunText) {
	ts := b.tables[len(b.tables)-1]
	c := &ts.raw[len(ts.raw)-1]
	// Paragraphs inside a cell are joined by "\n": a later paragraph
	// extends the cell's span over the previous terminator.
	var s Span
	s, ts.runs = b.appendRuns(ts.runs, runs)
	if !c.hasText {
		c.s = s
		c.hasText = true
	} else {
		c.s.End = s.End
	}
}

// BeginTable opens a table; inside an open cell it is nested in that cell.
func (b *Builder) BeginTable() {
	t := &Table{}
	var ts *tableState
	if n := len(b.free); n > 0 {
		ts = b.free[n-1]
		b.free = b.free[:n-1]
	} else {
		ts = &tableState{}
	}
	ts.t, ts.row = t, -1
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
	if ts.open {
		b.EndCell()
	}
	if gridSpan < 1 {
		gridSpan = 1
	}
	ts.raw = append(ts.raw, rawCell{row: ts.row, col: ts.col, span: gridSpan, vmerge: vm})
	ts.open = true
	ts.runs = ts.runs[:0]
	ts.cellBuf = b.text.Len()
	ts.col += gridSpan
}

// EndCell closes the open cell.
func (b *Builder) EndCell() {
	ts := b.top()
	if ts == nil || !ts.open {
		return
	}
	c := &ts.raw[len(ts.raw)-1]
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
	c.runs = b.keep(ts.runs)
	ts.open = false
}

// EndRow closes the current row.
func (b *Builder) EndRow() {
	ts := b.top()
	if ts == nil {
		return
	}
	if ts.open {
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
	defer b.release(ts)
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
	// All cells of a table in one block.
	block := make([]Cell, len(ts.raw))
	t.Cells = make([]*Cell, 0, len(ts.raw))
	for i := range ts.raw {
		rc := &ts.raw[i]
		if rc.vmerge == VMergeContinue {
			if up := t.At(rc.row-1, rc.col); up != nil && up.Col == rc.col && up.Row+up.RowSpan == rc.row {
				up.RowSpan++
				for c := rc.col; c < rc.col+rc.span && c < up.Col+up.ColSpan; c++ {
					t.grid[rc.row*t.Cols+c] = up
				}
				continue
			}
		}
		cell := &block[len(t.Cells)]
		*cell = Cell{Span: rc.s, Row: rc.row, Col: rc.col, RowSpan: 1, ColSpan: rc.span, Table: t, Runs: rc.runs, Tables: rc.tables}
		for _, nt := range rc.tables {
			nt.Parent = cell
		}
		t.Cells = append(t.Cells, cell)
		for c := rc.col; c < rc.col+rc.span; c++ {
			if t.grid[rc.row*t.Cols+c] == nil {
				t.grid[rc.row*t.Cols+c] = cell
			}
		}
	}
	b.closed = append(b.closed, closedTable{t, len(b.paras)})
	if parent := b.top(); parent != nil && parent.open {
		c := &parent.raw[len(parent.raw)-1]
		c.tables = append(c.tables, t)
	} else {
		b.doc.Blocks = append(b.doc.Blocks, t)
	}
	b.doc.Tables = append(b.doc.Tables, t)
}

// release returns a closed table's state to the free list, dropping its
// references into the document.
func (b *Builder) release(ts *tableState) {
	clear(ts.raw)
	*ts = tableState{raw: ts.raw[:0], runs: ts.runs[:0]}
	b.free = append(b.free, ts)
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
	n := len(b.paras)
	for _, c := range b.closed {
		n += len(c.t.Cells)
	}
	d.anchors = make([]anchor, 0, n)
	j := 0
	for _, c := range b.closed {
		d.anchors = append(d.anchors, b.paras[j:c.at]...)
		j = c.at
		for _, cell := range c.t.Cells {
			d.anchors = append(d.anchors, anchor{s: cell.Span, cell: cell})
		}
	}
	d.anchors = append(d.anchors, b.paras[j:]...)
	b.paras, b.closed = nil, nil
	// Nested tables end before their parents; number tables by start offset.
	// A parent that starts where its first nested table starts is wider, so
	// it comes first.
	byStart := func(a, b *Table) int {
		if c := cmp.Compare(a.Span.Start, b.Span.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.Span.End, a.Span.End)
	}
	if !slices.IsSortedFunc(d.Tables, byStart) {
		slices.SortStableFunc(d.Tables, byStart)
	}
	for i, t := range d.Tables {
		t.Index = i
	}
	// Among anchors starting at the same offset the widest comes first, so
	// that Position, searching backwards, meets the innermost (nested) one.
	byPos := func(a, b anchor) int {
		if c := cmp.Compare(a.s.Start, b.s.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.s.End, a.s.End)
	}
	if !slices.IsSortedFunc(d.anchors, byPos) {
		slices.SortStableFunc(d.anchors, byPos)
	}
	d.fillCaptions()
	return d
}
