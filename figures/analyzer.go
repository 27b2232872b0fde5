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
// use; the Statements it returned stay valid after it is dropped.
type Analyzer struct {
	// exact makes every block exactly one text's need: Analyze, which
	// analyses a single text.
	exact bool
	// slow makes the statements' searches look at the text, not at the
	// word marks of the scan: the tests' oracle (see wordMarks)
	slow bool

	// blocks the results are cut from
	sts    []Statements
	ranges []Range
	qs     []Quantity
	enums  []Enumeration
	comps  []Comparison
	shs    []Share
	rts    []Rate
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
	enumsBlock  = 17  // 4,080, class 4,096
	compsBlock  = 17  // 2,992, class 3,072
	shsBlock    = 17  // 6,664, class 6,784
	rtsBlock    = 8   // 1,920, class 2,048
)

// cut returns a copy of src cut from *blk, beginning a new block of n
// entries (or len(src), if more) when the current one is full; nil when src
// is empty. The copy's capacity ends with it.
func cut[T any](blk *[]T, src []T, n int) []T {
	if len(src) == 0 {
		return nil
	}
	b := *blk
	if cap(b)-len(b) < len(src) {
		b = make([]T, 0, max(n, len(src)))
	}
	k := len(b)
	b = append(b, src...)
	*blk = b
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
	if len(a.sts) == cap(a.sts) {
		a.sts = make([]Statements, 0, stsBlock)
	}
	// a block's entries are zero when made and taken once: the next
	// one needs no clearing
	a.sts = a.sts[:len(a.sts)+1]
	st := &a.sts[len(a.sts)-1]
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
	if len(a.qs) == cap(a.qs) {
		a.qs = make([]Quantity, 0, qsBlock)
	}
	// the scanner appends the figures straight to the block (see
	// scanner.add), which saves copying them from its own buffer; a text
	// whose figures do not fit moves them to that buffer and is cut from
	// a new block, as all texts were before
	k := len(a.qs)
	sc.out, sc.own, sc.base, sc.inBlock = a.qs, sc.out, k, true
	sc.scan()
	var qs []Quantity
	if sc.inBlock {
		a.qs = sc.out
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
