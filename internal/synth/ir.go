package synth

import "github.com/crossfoot/crossfoot/internal/docxwrite"

// The intermediate representation: a document is a list of blocks, each a
// paragraph (possibly a heading) made of segments, or a table. Segments and
// cells are what injections change; rendering computes where they end up.

type block interface{ isBlock() }

// para is a paragraph outside tables; level > 0 makes it a heading.
type para struct {
	level  int
	number string // numbering label, part of the text ("一、")
	segs   []*seg
	styled bool // docx: use a heading style (otherwise plain paragraph)
}

// seg is a piece of paragraph text. ref, if set, names the table cell the
// figure restates.
type seg struct {
	text string
	ref  *cellRef
	num  *numFmt // set for figures
}

// numFmt remembers how a figure is displayed so it can be re-rendered
// with another value.
type numFmt struct {
	mant  int64
	dec   int
	comma bool
}

func (n *numFmt) render() string { return fixed(n.mant, n.dec, n.comma) }

type cellRef struct{ table, row, col int }

// table is a grid of cells; rows hold the cells present in the row (merged
// cells once). grid[r][c] gives the cell covering a grid position.
type table struct {
	rows [][]*cell
	// roles for injection targeting; -1 when absent
	kind               string
	totalRow           int   // row holding the column totals
	totalCol           int   // column holding the row totals
	partCols           []int // columns summing to totalCol
	dataRows           []int // rows summing to totalRow
	firstData, lastRow int
	curCol, prevCol    int
	diffCol, rateCol   int
	scoreCol, maxCol   int
	labelCol           int
	shift              int // rows inserted above the header (title rows)
}

type cell struct {
	text     string
	num      *numFmt // set for numeric cells showing a value
	suffix   string  // "%" for percentages written with the sign
	span     int
	vm       docxwrite.VMerge
	row, col int // grid position, filled by layout
}

func (*para) isBlock()  {}
func (*table) isBlock() {}

func (p *para) text() string {
	s := p.number
	for _, g := range p.segs {
		s += g.text
	}
	return s
}

// segOffset returns the byte offset of segment i within the paragraph text.
func (p *para) segOffset(i int) int {
	off := len(p.number)
	for _, g := range p.segs[:i] {
		off += len(g.text)
	}
	return off
}

func newTable(kind string) *table {
	return &table{kind: kind, totalRow: -1, totalCol: -1, curCol: -1, prevCol: -1, diffCol: -1, rateCol: -1, scoreCol: -1, maxCol: -1, firstData: -1}
}

// addRow appends a row of cells; texts "" with vm Continue mark merged cells.
func (t *table) addRow(cells ...*cell) int {
	t.rows = append(t.rows, cells)
	return len(t.rows) - 1
}

// layout assigns grid positions.
func (t *table) layout() {
	for r, row := range t.rows {
		c := 0
		for _, x := range row {
			x.row, x.col = r, c
			c += max(x.span, 1)
		}
	}
}

// at returns the cell whose top-left is at (r, c), or nil.
func (t *table) at(r, c int) *cell {
	if r < 0 || r >= len(t.rows) {
		return nil
	}
	for _, x := range t.rows[r] {
		if x.col == c {
			return x
		}
	}
	return nil
}

func (t *table) cols() int {
	n := 0
	for _, row := range t.rows {
		w := 0
		for _, x := range row {
			w += max(x.span, 1)
		}
		n = max(n, w)
	}
	return n
}

func tc(s string) *cell           { return &cell{text: s} }
func tspan(s string, n int) *cell { return &cell{text: s, span: n} }
func trestart(s string) *cell     { return &cell{text: s, vm: docxwrite.Restart} }
func tcont() *cell                { return &cell{vm: docxwrite.Continue} }
func tcells(ss ...string) []*cell {
	out := make([]*cell, len(ss))
	for i, s := range ss {
		out[i] = tc(s)
	}
	return out
}
