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

// cellValue is a CellValue as kept, by grid origin: pointer-free and
// small, so that the slab of a document is one allocation the collector
// never scans.
type cellValue struct {
	mant    int64
	dec     int16
	kind    uint8 // figures.Kind
	percent bool
	known   bool // the analysis parsed the cell
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
	cv := &t.vals[i]
	if !cv.known {
		return v, false
	}
	return CellValue{Mant: cv.mant, Dec: int(cv.dec), Kind: figures.Kind(cv.kind), Percent: cv.percent}, true
}

// keptGrid is the number of grid positions keepValues keeps for d's
// tables: those whose cells the analysis caches.
func keptGrid(d *model.Document) int {
	n := 0
	for _, t := range d.Tables {
		if g := t.Rows * t.Cols; g <= maxCachedGrid {
			n += g
		}
	}
	return n
}

// keepValues records in vals (of len mt.Rows*mt.Cols) the figures the
// analysis of mt parsed, read from its cell cache slots, and returns vals.
// A cell holding a nested table is left out: its own text is not the
// text of its span, which the rules read.
func keepValues(vals []cellValue, mt *model.Table, slots []cellSlot) []cellValue {
	for _, c := range mt.Cells {
		if len(c.Tables) > 0 || c.Row < 0 || c.Col < 0 || c.Col >= mt.Cols {
			continue
		}
		i := c.Row*mt.Cols + c.Col
		if i >= len(slots) || i >= len(vals) {
			continue
		}
		sl := &slots[i]
		if sl.numCell != c || sl.txtCell != c || len(sl.txt) > maxCellFigure {
			continue // not parsed, or long text parseCell calls text unread (ParseCell might not)
		}
		n := &sl.n
		if n.Dec != int(int16(n.Dec)) {
			continue
		}
		vals[i] = cellValue{mant: n.Mant, dec: int16(n.Dec), kind: uint8(n.Kind), percent: n.Percent, known: true}
	}
	return vals
}
