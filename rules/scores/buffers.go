package scores

import (
	"slices"
	"sync"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// buffers holds the storage of a pass's SCR facts, reused from document
// to document as the YR rules do theirs: the pieces of every document
// were most of the family's allocations, and they live only as long as
// the pass. A pass takes one from bufferPool on first use and hands it
// back when the audit of the document is done (audit.Pooled); nothing
// outside the pass keeps a reference into it.
type buffers struct {
	pieces, blocks, cells []piece
	tableHas              []keyword        // the keywords in each table's cells (appendPieces)
	ends                  []int32          // keywordEnds of the text (appendPieces)
	tables                []*model.Table   // the tables that can hold scores
	rows                  []srow           // their rows (scoreTables)
	ptrs                  []*srow          // the score tables' Rows and their groups' Items
	groups                []group          // the groups of the score tables, the last slab (group)
	rowCells              []*model.Cell    // readBlocks' cells of a row
	tableCells            [][2]int32       // each table's cells in cells (appendPieces)
	fen                   []bool           // fenRows' result
	ta                    *tables.Analysis // the document's table analysis, nil to parse every cell (readTable)
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

type buffersKey struct{}

// buffersOf returns the pass's buffers.
func buffersOf(p *audit.Pass) *buffers {
	return audit.Pooled(p, buffersKey{}, &bufferPool, (*buffers).release)
}

// release empties b, dropping its references to the document's text so
// that a pooled b keeps none alive.
func (b *buffers) release() {
	clear(b.pieces)
	clear(b.blocks)
	clear(b.cells)
	b.pieces, b.blocks, b.cells = b.pieces[:0], b.blocks[:0], b.cells[:0]
	b.tableHas, b.ends = b.tableHas[:0], b.ends[:0]
	clear(b.tables)
	clear(b.rows)
	clear(b.ptrs)
	clear(b.groups)
	b.groups = b.groups[:0]
	clear(b.rowCells[:cap(b.rowCells)])
	b.tableCells = b.tableCells[:0]
	b.tables, b.rows, b.ptrs = b.tables[:0], b.rows[:0], b.ptrs[:0]
	b.ta = nil
}

// fenRows returns, for d.Tables[i] = t, whether a cell holding 分 covers
// each row (cells are the pieces of appendPieces, with their keywords). A
// row's cells (appendRowCells) are the grid's, and the grid holds a cell
// only in the rows from its Row to Row+RowSpan-1: a row no cell with 分
// covers is no header (mayBeHeader). The slice is valid until the next
// call.
func (b *buffers) fenRows(t *model.Table, i int) []bool {
	b.fen = slices.Grow(b.fen[:0], t.Rows)[:t.Rows]
	clear(b.fen)
	for _, pc := range b.cells[b.tableCells[i][0]:b.tableCells[i][1]] {
		if pc.Has&hasFen == 0 {
			continue
		}
		for r := max(pc.Cell.Row, 0); r < min(pc.Cell.Row+pc.Cell.RowSpan, t.Rows); r++ {
			b.fen[r] = true
		}
	}
	return b.fen
}

// keysIn returns the ends of the keyword characters inside span s of the
// text (b.ends, which appendPieces fills): those whose three bytes all
// are in s.
func (b *buffers) keysIn(s model.Span) []int32 {
	lo, _ := slices.BinarySearch(b.ends, int32(s.Start+2))
	hi := lo
	for hi < len(b.ends) && int(b.ends[hi]) < s.End {
		hi++
	}
	return b.ends[lo:hi]
}

// group returns a new group of the pass: one of a slab, not an allocation
// of its own. A full slab is left to the groups in it, and the next is
// twice as large; the last is kept for the next document.
func (b *buffers) group() *group {
	if len(b.groups) == cap(b.groups) {
		b.groups = make([]group, 0, max(8, 2*cap(b.groups)))
	}
	b.groups = append(b.groups, group{})
	return &b.groups[len(b.groups)-1]
}
