package tables

import (
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// CellValue is what a cell's text reads as: figures.ParseCell of its own
// text (CellOwnText), but for the figure's unit, bound and offsets.
// cellvalues_test.go checks it against ParseCell. The
// analysis parses the cells it reads anyway; it keeps what they read as,
// so that other rule families look a cell's figure up instead of parsing
// it again.
type CellValue struct {
	Mant    int64
	Dec     int
	Kind    figures.Kind
	Percent bool
}

// cellValue is a CellValue as kept, by grid origin, packed into a word
// so that the slab of a document is one small allocation the collector
// never scans: bit 0 says the analysis parsed the cell (0 is "unknown"),
// bit 1 is Percent, bits 2–3 the Kind, bits 4–8 Dec and the rest, signed,
// Mant. A figure that does not fit (more than 16 digits, more than 31
// decimals) is not kept: its cell is parsed again by whoever asks.
type cellValue int64

const (
	valueKnown   = 1
	valuePercent = 1 << 1
	kindShift    = 2
	decShift     = 4
	mantShift    = 9
	maxKeptMant  = 1<<(63-mantShift) - 1
	minKeptMant  = -1 << (63 - mantShift)
)

// packValue packs n, reporting false if it does not fit.
func packValue(n *figures.Number) (cellValue, bool) {
	if n.Kind < 0 || n.Kind > 3 || n.Dec < 0 || n.Dec > 31 || n.Mant > maxKeptMant || n.Mant < minKeptMant {
		return 0, false
	}
	v := cellValue(n.Mant)<<mantShift | cellValue(n.Dec)<<decShift | cellValue(n.Kind)<<kindShift | valueKnown
	if n.Percent {
		v |= valuePercent
	}
	return v, true
}

// unpack returns the CellValue v holds (v is known).
func (v cellValue) unpack() CellValue {
	return CellValue{Mant: int64(v) >> mantShift, Dec: int(v>>decShift) & 31, Kind: figures.Kind(v>>kindShift) & 3, Percent: v&valuePercent != 0}
}

// CellValue returns what cell c of one of a.Doc's tables reads as. ok is
// false when the analysis did not parse c (it reads the cells it needs:
// not every cell of every table) or kept no value for it (a table too
// large for the cell cache, a cell holding a nested table): the caller
// then parses the cell itself.
func (a *Analysis) CellValue(c *model.Cell) (v CellValue, ok bool) {
	mt := c.Table
	if mt == nil || mt.Index < 0 || mt.Index >= len(a.Tables) {
		return v, false
	}
	t := a.Tables[mt.Index]
	i := c.Row*mt.Cols + c.Col
	if t.T != mt || c.Row < 0 || c.Col < 0 || c.Col >= mt.Cols || i >= len(t.vals) {
		return v, false
	}
	cv := t.vals[i]
	if cv&valueKnown == 0 {
		return v, false
	}
	return cv.unpack(), true
}

// keptGrid is the number of grid positions whose values the analysis of
// d's tables keeps: those of the tables whose cells it caches.
func keptGrid(d *model.Document) int {
	n := 0
	for _, t := range d.Tables {
		if g := t.Rows * t.Cols; g <= maxCachedGrid {
			n += g
		}
	}
	return n
}

// keepValue records in t.vals what cell, whose figure n was just parsed
// into slot sl, reads as. (The slots hold the cells that own their grid
// origin and hold no nested table: a nested table's text is not the text
// of its cell's span, which the rules read.)
func (t *Table) keepValue(cell *model.Cell, sl *cellSlot, n *figures.Number) {
	i := cell.Row*t.T.Cols + cell.Col
	if i >= len(t.vals) || sl.txt.b < 0 || sl.txt.b-sl.txt.a > maxCellFigure {
		return // long text parseCell calls text unread (ParseCell might not)
	}
	if v, ok := packValue(n); ok {
		t.vals[i] = v
	}
}
