package years

import (
	"sync"

	"github.com/crossfoot/crossfoot/audit"
)

// buffers holds the storage of a pass's YR facts (units, sentences, year
// mentions, year-labelled figures and the table-cell memo). It is reused
// from document to document: a report's facts grew their slices afresh
// for every document, most of the YR family's allocations, while the
// facts live only as long as the pass. A pass takes one from bufferPool on
// first use and hands it back when the audit of the document is done
// (audit.Pooled); nothing outside the pass keeps a reference into it.
type buffers struct {
	units, blocks []unit
	marks         yearMarks
	sents         sentenceSet
	sentEvs       eventList
	unitEvs       eventList
	figs          yearFigs
	hs            headCells
	paras         []para // YR004's
	withR, others []*para
	grams         gramSlab
	years         []int
	vote          yearVote // the report-year vote
}

var bufferPool = sync.Pool{New: func() any { return new(buffers) }}

type buffersKey struct{}

// buffersOf returns the pass's buffers.
func buffersOf(p *audit.Pass) *buffers {
	return audit.Pooled(p, buffersKey{}, &bufferPool, (*buffers).release)
}

// release empties b, dropping its references to the document (the units'
// and figures' texts, the cells) so that a pooled b keeps none alive.
func (b *buffers) release() {
	clear(b.units)
	clear(b.blocks)
	b.units, b.blocks = b.units[:0], b.blocks[:0]
	b.marks = b.marks[:0]
	b.sents.Spans, b.sents.First = b.sents.Spans[:0], b.sents.First[:0]
	b.sentEvs.All, b.sentEvs.At = b.sentEvs.All[:0], b.sentEvs.At[:0]
	b.unitEvs.All, b.unitEvs.At = b.unitEvs.All[:0], b.unitEvs.At[:0]
	clear(b.figs.figs)
	b.figs.figs, b.figs.sentFigs, b.figs.byValue, b.figs.keys = b.figs.figs[:0], b.figs.sentFigs[:0], b.figs.byValue[:0], b.figs.keys[:0]
	b.figs.labelAt, b.figs.labels = b.figs.labelAt[:0], b.figs.labels[:0]
	clear(b.hs.memo[:cap(b.hs.memo)])
	b.hs.memo, b.hs.above = b.hs.memo[:0], b.hs.above[:0]
	b.hs.d, b.hs.ta, b.hs.gen = nil, nil, 0
	clear(b.paras)
	clear(b.withR)
	clear(b.others)
	b.paras, b.years, b.withR, b.others = b.paras[:0], b.years[:0], b.withR[:0], b.others[:0]
	b.grams.buf = b.grams.buf[:0]
	clear(b.vote.votes)
	b.vote = yearVote{votes: b.vote.votes[:0]}
}

// resize returns s resized to n elements, reusing its array when it has
// room. The elements are not cleared.
func resize[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
}
