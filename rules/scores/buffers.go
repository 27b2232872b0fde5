package scores

import (
	"sync"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// buffers holds the storage of a pass's SCR facts, reused from document
// to document as the YR rules do theirs: the pieces of every document
// were most of the family's allocations, and they live only as long as
// the pass. A pass takes one from bufferPool on first use and hands it
// back when the audit of the document is done (audit.Pooled); nothing
// outside the pass keeps a reference into it.
type buffers struct {
	pieces, blocks, cells []piece
	tableHas              []keyword      // the keywords in each table's cells (appendPieces)
	ends                  []int32        // keywordEnds of the text (appendPieces)
	tables                []*model.Table // the tables that can hold scores
	rows                  []srow         // their rows (scoreTables)
	ptrs                  []*srow        // the score tables' Rows and their groups' Items
	rowCells              []*model.Cell  // readBlocks' cells of a row
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
	clear(b.rowCells[:cap(b.rowCells)])
	b.tables, b.rows, b.ptrs = b.tables[:0], b.rows[:0], b.ptrs[:0]
}
