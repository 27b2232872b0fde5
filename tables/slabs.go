package tables

import "unsafe"

// slabs is the memory the analysis keeps for its columns and its lists,
// handed out from chunks shared by every table of a document: a handful
// of allocations per document instead of several per block. (The blocks,
// rows and data cells, the bulk, are one slab each per batch of tables,
// sized exactly: see Analyze.) A chunk is never reused: what take returns
// belongs to the analysis, and the chunks are dropped with the scratch
// (see release).
type slabs struct {
	rowPtrs []*Row
	cols    []Column
	colPtrs []*Column
	strs    []string
	ints    []int
	text    textArena
}

// take returns n zero values from the free end of *chunk, starting a new
// chunk of per values when fewer are left. The window's capacity is n:
// appending past it copies instead of writing over the next window.
//
// per is a few kilobytes' worth: large enough that a report's tables take
// few chunks, small enough that the unused end of the last one wastes
// little. A need of more than half a chunk is allocated alone, and the
// chunk kept for smaller ones: a chunk is then never left with more than
// half of it unused.
func take[T any](chunk *[]T, n, per int) []T {
	c := *chunk
	if cap(c)-len(c) < n {
		if n > per/2 {
			return make([]T, n)
		}
		c = make([]T, 0, per)
	}
	k := len(c)
	*chunk = c[:k+n]
	return c[k : k+n : k+n]
}

// textArena holds the bytes of the strings the analysis makes and keeps
// (labels with their line breaks folded, markers made from a 序号): many
// strings in one chunk. The bytes of a string kept are never written
// again. A nil arena makes each string in an allocation of its own.
type textArena struct{ buf []byte }

// room returns an empty buffer with room for n bytes, at the free end of
// a's chunk (a new chunk if fewer are left; a buffer of its own if n is
// more than half a chunk, as take does). Fill it without growing it past
// n bytes, then keep it.
func (a *textArena) room(n int) []byte {
	if a == nil || n > textChunk/2 && cap(a.buf)-len(a.buf) < n {
		return make([]byte, 0, n)
	}
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, textChunk)
	}
	k := len(a.buf)
	return a.buf[k : k : k+n]
}

// keep returns the string b, filled from room, holds; its bytes are a's
// from now on.
func (a *textArena) keep(b []byte) string {
	if a != nil && len(b) > 0 && unsafe.SliceData(b) == unsafe.SliceData(a.buf[len(a.buf):cap(a.buf)]) {
		a.buf = a.buf[:len(a.buf)+len(b)] // b is at the free end of the chunk, not a buffer of its own
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// concat is s + t, made in a.
func (a *textArena) concat(s, t string) string {
	return a.keep(append(append(a.room(len(s)+len(t)), s...), t...))
}

// textChunk is the size of a textArena's chunk.
const textChunk = 2 << 10
