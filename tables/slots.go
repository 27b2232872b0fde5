package tables

import (
	"math"
	"unicode/utf8"
	"unsafe"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// cellSlot caches what is read from the cell whose grid origin it is,
// while its table is analysed: the trimmed own text, its rune count, the
// parsed figure, the cleaned label and whether it opens a 其中 list.
//
// A slot holds no pointer, so that filling one costs no GC write barrier
// (the analysis fills thousands): it belongs to the table being analysed
// when its gen is the table's (a slot left by an earlier table, or an
// earlier document, never is: the slice is reused without clearing), its
// texts are offsets into Document.Text (textRef), and a figure with a
// unit or a bound, which hold strings, is kept in the scratch's list of
// such figures (see setNum).
type cellSlot struct {
	gen   uint32 // Table.gen of the table that filled the slot
	has   uint8  // which parts are filled: hasTxt, hasRunes, hasNum, hasLab, hasQz
	qz    bool   // isQizhong(lab)
	kind  int8   // the figure's Kind (hasNum)
	flags uint8  // the figure's Percent, Permil and Exact; numSide
	runes int32  // cjk.RuneCountUpTo(txt, maxRunes)
	txt   textRef
	lab   textRef
	dec   int32 // the figure's Dec, Start and End
	start int32
	end   int32
	mant  int64 // the figure's Mant, or with numSide its index in scratch.nums
}

// cellSlot.has bits.
const (
	hasTxt = 1 << iota
	hasRunes
	hasNum
	hasLab
	hasQz
)

// cellSlot.flags bits.
const (
	numPercent = 1 << iota
	numPermil
	numExact
	numSide // the figure is scratch.sideNums[mant]
)

// textRef is a string the analysis read, held without a pointer: bytes
// [a, b) of Document.Text, or when b < 0 (a label whose line breaks were
// folded into a copy) element a of scratch.sideStrs.
type textRef struct{ a, b int32 }

// ref returns the textRef of s, read from the document's text.
func (t *Table) ref(s string) textRef {
	if s == "" {
		return textRef{}
	}
	text := t.doc.Text
	off := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(text)))
	if off <= uintptr(len(text)) && uintptr(len(s)) <= uintptr(len(text))-off {
		return textRef{int32(off), int32(off) + int32(len(s))}
	}
	t.sc.sideStrs = append(t.sc.sideStrs, s)
	return textRef{int32(len(t.sc.sideStrs) - 1), -1}
}

// str returns the string r refers to.
func (t *Table) str(r textRef) string {
	if r.b < 0 {
		return t.sc.sideStrs[r.a]
	}
	return t.doc.Text[r.a:r.b]
}

// slot returns the cache slot of cell, emptied if an earlier table left
// it; nil when the table is too large to cache, when the cell holds a
// nested table (its own text is then no slice of Document.Text), and for
// a cell that does not own its grid origin in the table's grid (a merge
// of malformed input may cover it): those are read anew on every call.
// (In a plain table, every cell is cached.)
func (t *Table) slot(cell *model.Cell) *cellSlot {
	i := cell.Row*t.T.Cols + cell.Col
	if cell.Row < 0 || cell.Col < 0 || cell.Col >= t.T.Cols || i >= len(t.slots) ||
		!t.plain && (len(cell.Tables) > 0 || t.T.At(cell.Row, cell.Col) != cell) {
		return nil
	}
	sl := &t.slots[i]
	if sl.gen != t.gen {
		*sl = cellSlot{gen: t.gen}
	}
	return sl
}

// cellText is strings.TrimSpace(CellOwnText(cell)), trimmed once per cell:
// row kinds, column statistics and block kinds all read it.
func (t *Table) cellText(cell *model.Cell) string {
	sl := t.slot(cell)
	if sl == nil {
		return cjk.TrimSpace(ownText(t.doc, cell))
	}
	t.fillText(sl, cell)
	return t.str(sl.txt)
}

// fillText fills sl's text, cell's, if not yet filled.
func (t *Table) fillText(sl *cellSlot, cell *model.Cell) {
	if sl.has&hasTxt == 0 {
		sl.has |= hasTxt
		sl.txt = t.ref(cjk.TrimSpace(ownText(t.doc, cell)))
	}
}

// fillNum fills sl's figure, cell's, if not yet filled, and keeps its
// value (CellValue).
func (t *Table) fillNum(sl *cellSlot, cell *model.Cell) {
	if sl.has&hasNum == 0 {
		t.fillText(sl, cell)
		n := parseCell(t.str(sl.txt))
		t.setNum(sl, &n)
		t.keepValue(cell, sl, &n)
	}
}

// cellRunes is utf8.RuneCountInString(t.cellText(cell)) up to maxRunes:
// callers only compare it with lengths up to 40, and a prose cell need not
// be counted to its end.
func (t *Table) cellRunes(cell *model.Cell) int {
	sl := t.slot(cell)
	if sl == nil {
		return runesUpTo(t.cellText(cell))
	}
	t.fillText(sl, cell)
	return t.slotRunes(sl)
}

// slotRunes is cellRunes for the cell whose text sl holds.
func (t *Table) slotRunes(sl *cellSlot) int {
	if sl.has&hasRunes == 0 {
		sl.has |= hasRunes
		sl.runes = int32(runesUpTo(t.str(sl.txt)))
	}
	return int(sl.runes)
}

// runesUpTo is cjk.RuneCountUpTo(s, maxRunes). A rune is at most
// utf8.UTFMax bytes (an invalid byte counts as a rune of one), so a text
// of UTFMax·maxRunes bytes or more has maxRunes runes at least: a prose
// cell is not counted at all.
func runesUpTo(s string) int {
	if len(s) >= utf8.UTFMax*maxRunes {
		return maxRunes
	}
	return cjk.RuneCountUpTo(s, maxRunes)
}

// maxRunes bounds cellRunes: one more than the longest length it is
// compared with.
const maxRunes = 41

// cellNum is parseCell(cellText(cell)), parsed once per cell while the
// table is analysed: the row kinds, column statistics, block kinds and
// rows all read the same cells.
func (t *Table) cellNum(cell *model.Cell) figures.Number {
	sl := t.slot(cell)
	if sl == nil {
		return parseCell(t.cellText(cell))
	}
	t.fillNum(sl, cell)
	return t.slotNum(sl)
}

// slotNum is the figure sl holds (sl.has&hasNum is set).
func (t *Table) slotNum(sl *cellSlot) figures.Number {
	if sl.flags&numSide != 0 {
		return t.sc.sideNums[sl.mant]
	}
	return figures.Number{
		Mant: sl.mant, Dec: int(sl.dec), Kind: figures.Kind(sl.kind), Start: int(sl.start), End: int(sl.end),
		Percent: sl.flags&numPercent != 0, Permil: sl.flags&numPermil != 0, Exact: sl.flags&numExact != 0,
	}
}

// cellKind is cellNum(cell).Kind, what most callers ask.
func (t *Table) cellKind(cell *model.Cell) figures.Kind {
	if sl := t.slot(cell); sl != nil && sl.has&hasNum != 0 {
		return figures.Kind(sl.kind)
	}
	return t.cellNum(cell).Kind
}

// cellFacts is what the row and column tests read of a cell, in one
// look at its slot: whether cellText(cell) is blank, else cellNum(cell)'s
// Kind and Percent, and for text its length, cellRunes(cell) (every
// caller asks a text cell's length; the others' is 0).
func (t *Table) cellFacts(cell *model.Cell) (blank bool, kind figures.Kind, pct bool, runes int) {
	sl := t.slot(cell)
	if sl == nil {
		if t.cellText(cell) == "" {
			return true, 0, false, 0
		}
		n := t.cellNum(cell)
		if n.Kind == figures.Text {
			runes = t.cellRunes(cell)
		}
		return false, n.Kind, n.Percent, runes
	}
	t.fillText(sl, cell)
	if sl.txt == (textRef{}) {
		return true, 0, false, 0 // (a blank cell is parsed only when asked)
	}
	t.fillNum(sl, cell)
	if sl.flags&numSide != 0 {
		n := &t.sc.sideNums[sl.mant]
		kind, pct = n.Kind, n.Percent
	} else {
		kind, pct = figures.Kind(sl.kind), sl.flags&numPercent != 0
	}
	if kind == figures.Text {
		runes = t.slotRunes(sl)
	}
	return false, kind, pct, runes
}

// setNum fills sl's figure with n: in the slot's words when it fits, else
// (a unit or bound, whose strings would be pointers; a field out of
// range) in the scratch's list of figures.
func (t *Table) setNum(sl *cellSlot, n *figures.Number) {
	sl.has |= hasNum
	sl.kind, sl.flags = int8(n.Kind), 0
	if n.Unit != "" || n.Bound != "" || n.Kind < 0 || n.Kind > math.MaxInt8 || !fits32(n.Dec) || !fits32(n.Start) || !fits32(n.End) {
		t.sc.sideNums = append(t.sc.sideNums, *n)
		sl.mant, sl.flags = int64(len(t.sc.sideNums)-1), numSide
		return
	}
	sl.mant, sl.dec, sl.start, sl.end = n.Mant, int32(n.Dec), int32(n.Start), int32(n.End)
	if n.Percent {
		sl.flags |= numPercent
	}
	if n.Permil {
		sl.flags |= numPermil
	}
	if n.Exact {
		sl.flags |= numExact
	}
}

func fits32(i int) bool { return i >= math.MinInt32 && i <= math.MaxInt32 }

// cellLabel is cleanLabel(CellOwnText(cell)), cleaned once per cell: the
// header paths read the same header cells for many columns. A label
// folded into a copy is kept in the analysis's text arena.
func (t *Table) cellLabel(cell *model.Cell) string {
	sl := t.slot(cell)
	if sl == nil {
		return cleanLabelIn(&t.sc.kept.text, ownText(t.doc, cell))
	}
	if sl.has&hasLab == 0 {
		sl.has |= hasLab
		sl.lab = t.ref(cleanLabelIn(&t.sc.kept.text, ownText(t.doc, cell)))
	}
	return t.str(sl.lab)
}

// labelQizhong is isQizhong(t.cellLabel(cell)), tested once per cell: the
// header paths test the same header cells for every column they cover.
func (t *Table) labelQizhong(cell *model.Cell) bool {
	sl := t.slot(cell)
	if sl == nil {
		return isQizhong(t.cellLabel(cell))
	}
	if sl.has&hasQz == 0 {
		sl.has |= hasQz
		sl.qz = isQizhong(t.cellLabel(cell))
	}
	return sl.qz
}

// cellNumRaw is parseCell(raw) for raw = CellOwnText(cell), untrimmed.
// ParseCell trims white space itself (Normalize keeps spaces spaces), so
// the result is the trimmed text's (cellText) but for End; parseCell's
// shortcut for long text looks at the untrimmed length.
func (t *Table) cellNumRaw(cell *model.Cell, raw string) figures.Number {
	if len(raw) > maxCellFigure {
		return parseCell(raw)
	}
	n := t.cellNum(cell)
	n.End = len(raw)
	return n
}

// ownText is d.CellOwnText(cell) with its common case, a cell holding no
// nested table (its own text is its span's), inlined: the analysis reads
// the cells' texts thousands of times per report.
func ownText(d *model.Document, cell *model.Cell) string {
	if sp := cell.Span; len(cell.Tables) == 0 && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(d.Text) {
		return d.Text[sp.Start:sp.End]
	}
	return d.CellOwnText(cell)
}

// setCellNum sets the zero *dst to cellNumRaw(cell, raw) as setNumber
// would, read from cell's slot in place: a data cell's figure is then
// not copied from the slot to the row through two temporaries.
func (t *Table) setCellNum(dst *figures.Number, cell *model.Cell, raw string) {
	sl := t.slot(cell)
	if sl == nil || len(raw) > maxCellFigure {
		n := t.cellNumRaw(cell, raw)
		setNumber(dst, &n)
		return
	}
	t.fillNum(sl, cell)
	if sl.flags&numSide != 0 {
		setNumber(dst, &t.sc.sideNums[sl.mant])
	} else {
		dst.Mant, dst.Dec, dst.Kind, dst.Start = sl.mant, int(sl.dec), figures.Kind(sl.kind), int(sl.start)
		dst.Percent, dst.Permil, dst.Exact = sl.flags&numPercent != 0, sl.flags&numPermil != 0, sl.flags&numExact != 0
	}
	dst.End = len(raw)
}

// plainGrid reports whether every cell of mt owns its grid origin (is
// At(Row, Col)) and holds no nested table: slot then need not test the
// cell it is given (any cell At returns is one of mt.Cells).
func plainGrid(mt *model.Table) bool {
	for _, c := range mt.Cells {
		if len(c.Tables) > 0 || mt.At(c.Row, c.Col) != c {
			return false
		}
	}
	return true
}
