package figures

// An Analyzer runs Analyze over the many texts of one document, allocating
// their Statements from blocks shared by all of them: analysed one by one,
// a report's paragraphs cost a handful of small allocations each (the
// Statements, its figures, each kind of statement). What it returns equals
// what Analyze returns for the same text; like Analyze's results, the
// Statements are read only, and their slices have no spare capacity, so an
// append by a caller cannot write into another text's.
//
// The zero value is ready to use. An Analyzer is not safe for concurrent
// use; the Statements it returned stay valid after it is dropped, and until
// Reset.
type Analyzer struct {
	// exact makes every block exactly one text's need: Analyze, which
	// analyses a single text.
	exact bool
	// slow makes the statements' searches look at the text, not at the
	// word marks of the scan: the tests' oracle (see wordMarks)
	slow bool

	// blocks the results are cut from
	sts    blocks[Statements]
	ranges blocks[Range]
	qs     blocks[Quantity]
	enums  blocks[Enumeration]
	comps  blocks[Comparison]
	shs    blocks[Share]
	rts    blocks[Rate]
}

// Reset readies a for the texts of another document, reusing the blocks
// the Statements it returned were cut from: those Statements must no
// longer be read (their entries are cleared, then overwritten). A caller
// that analyses document after document with one Analyzer (a pooled one)
// allocates the blocks once instead of for every document: they were most
// of the bytes of an analysis.
func (a *Analyzer) Reset() {
	a.sts.reset(stsBlock, keepBlocks)
	a.ranges.reset(rangesBlock, keepBlocks)
	a.qs.reset(qsBlock, keepBlocks)
	a.enums.reset(enumsBlock, keepBlocks)
	a.comps.reset(compsBlock, keepBlocks)
	a.shs.reset(shsBlock, keepBlocks)
	a.rts.reset(rtsBlock, keepBlocks)
}

// keepBlocks bounds the blocks of each kind Reset keeps: at most 32 × 12 KB
// of Quantities after a very large document, about three times what a
// report of 200 tables fills.
const keepBlocks = 32

// blocks holds the blocks one kind of result is cut from: the block being
// filled, the ones filled before it since the last Reset, and the ones
// Reset emptied, ready to be filled again.
type blocks[T any] struct {
	cur  []T
	full [][]T
	free [][]T
}

// room returns the current block once it has room for need more entries:
// else a new one, of n entries (or need, if more), taken from free when
// one fits. n is 0 for an Analyzer of one text (exact), whose blocks are
// neither kept nor reused.
func (b *blocks[T]) room(need, n int) []T {
	if cap(b.cur)-len(b.cur) >= need {
		return b.cur
	}
	if n > 0 && cap(b.cur) > 0 {
		b.full = append(b.full, b.cur)
	}
	if k := len(b.free); k > 0 && need <= n {
		b.cur = b.free[k-1]
		b.free[k-1] = nil
		b.free = b.free[:k-1]
	} else {
		b.cur = make([]T, 0, max(n, need))
	}
	return b.cur
}

// reset clears the blocks of n entries, up to keep of them, into free;
// the others are dropped. A block is cleared up to its capacity: the
// scanner may have written past its length (see scanner.add).
func (b *blocks[T]) reset(n, keep int) {
	if cap(b.cur) > 0 {
		b.full = append(b.full, b.cur)
	}
	for i, blk := range b.full {
		if cap(blk) == n && len(b.free) < keep {
			clear(blk[:cap(blk)])
			b.free = append(b.free, blk[:0])
		}
		b.full[i] = nil
	}
	b.full, b.cur = b.full[:0], nil
}

// scratch holds the buffers statements are gathered in before they are
// cut from an Analyzer's blocks. It belongs to the pooled scanner, not to
// the Analyzer, so a document's analysis (one Analyzer per audit pass)
// does not allocate it anew: nothing returned refers to it, and each
// buffer is cleared of the figures it pointed to once its content is cut.
type scratch struct {
	sentBuf  []Range
	enumBuf  []Enumeration
	compBuf  []Comparison
	shareBuf []Share
	rateBuf  []Rate
	markBuf  []markerAt
}

// trim drops buffers grown very large by one text, as release does the
// scanner's own.
func (x *scratch) trim() {
	if cap(x.sentBuf) > 1<<12 {
		x.sentBuf = nil
	}
	if cap(x.enumBuf) > 1<<8 || cap(x.compBuf) > 1<<8 || cap(x.shareBuf) > 1<<8 || cap(x.rateBuf) > 1<<8 {
		x.enumBuf, x.compBuf, x.shareBuf, x.rateBuf = nil, nil, nil, nil
	}
	if cap(x.markBuf) > 1<<12 {
		x.markBuf = nil
	}
}

// Block sizes, in entries: about 2-12 KB each, each the most entries the
// allocation's size class holds (with the 8-byte header of an object
// with pointers above 512 bytes), which the allocator would give anyway:
// a block of 64 Quantities took 12,288 bytes, room for 69
// (TestBlocksFillSizeClasses).
const (
	stsBlock    = 36  // 6,048 bytes, class 6,144
	rangesBlock = 256 // 4,096
	qsBlock     = 69  // 12,144, class 12,288
	enumsBlock  = 19  // 4,712, class 4,864
	compsBlock  = 17  // 2,992, class 3,072
	shsBlock    = 17  // 6,664, class 6,784
	rtsBlock    = 8   // 1,920, class 2,048
)

// cut returns a copy of src cut from *blk, beginning a new block of n
// entries (or len(src), if more) when the current one is full; nil when src
// is empty. The copy's capacity ends with it.
func cut[T any](blk *blocks[T], src []T, n int) []T {
	if len(src) == 0 {
		return nil
	}
	b := blk.room(len(src), n)
	k := len(b)
	b = append(b, src...)
	blk.cur = b
	return b[k:len(b):len(b)]
}

// block returns the block size n, or 0 (exactly what is asked) for an
// Analyzer of one text.
func (a *Analyzer) block(n int) int {
	if a.exact {
		return 0
	}
	return n
}

// newStatements returns a zero Statements with the sentences of s; sc is
// the scanner for s, whose marks give them when prepared (marked).
func (a *Analyzer) newStatements(s string, sc *scanner, marked bool) *Statements {
	if a.exact {
		// one allocation for the Statements and its first sentences
		an := &analysis{}
		var ss []Range
		if marked {
			ss = sc.sentences(an.sents[:0])
		} else {
			ss = sentencesInto(s, an.sents[:0])
		}
		if len(ss) > 0 { // nil when none, as Sentences
			an.st.Sentences = ss[:len(ss):len(ss)]
		}
		return &an.st
	}
	// a block's entries are zero when made (or cleared by Reset) and
	// taken once: the next one needs no clearing
	sts := a.sts.room(1, stsBlock)
	sts = sts[:len(sts)+1]
	a.sts.cur = sts
	st := &sts[len(sts)-1]
	x := &sc.scratch
	if x.sentBuf == nil {
		// room for a long paragraph's sentences at once: growing from
		// nil cost several allocations
		x.sentBuf = make([]Range, 0, 64)
	}
	if marked {
		x.sentBuf = sc.sentences(x.sentBuf[:0])
	} else {
		x.sentBuf = sentencesInto(s, x.sentBuf[:0])
	}
	st.Sentences = cut(&a.ranges, x.sentBuf, rangesBlock)
	return st
}

// quantities returns Quantities(s) of the scanner prepared for s, cut from
// the Analyzer's block (or, for one text, in a slice of their own).
func (a *Analyzer) quantities(sc *scanner) []Quantity {
	if a.exact {
		out := sc.scan()
		var qs []Quantity
		if len(out) > 0 {
			qs = append(make([]Quantity, 0, len(out)), out...)
		}
		return qs
	}
	blk := a.qs.room(1, qsBlock)
	// the scanner appends the figures straight to the block (see
	// scanner.add), which saves copying them from its own buffer; a text
	// whose figures do not fit moves them to that buffer and is cut from
	// a new block, as all texts were before
	k := len(blk)
	sc.out, sc.own, sc.base, sc.inBlock = blk, sc.out, k, true
	sc.scan()
	var qs []Quantity
	if sc.inBlock {
		a.qs.cur = sc.out
		qs = sc.out[k:]
		sc.out = sc.own // release clears and keeps the scanner's buffer, not the block
	} else {
		qs = cut(&a.qs, sc.out, qsBlock)
	}
	sc.own, sc.base, sc.inBlock = nil, 0, false
	if len(qs) == 0 {
		return nil
	}
	return qs[:len(qs):len(qs)]
}

// quantityCopy returns a copy of qs cut from the Analyzer's block: the
// parts of an enumeration, the bases of a share.
func (a *Analyzer) quantityCopy(qs []Quantity) []Quantity {
	return cut(&a.qs, qs, a.block(qsBlock))
}
