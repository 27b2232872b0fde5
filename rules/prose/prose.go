package prose

import (
	"math/big"
	"math/bits"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// Rules lists the prose and cross-reference rules, sorted by ID.
var Rules = []*audit.Rule{
	PRS001, PRS002, PRS003, PRS004, PRS005, PRS006, PRS007,
	PRS008, PRS009, PRS010,
	XRF001, XRF002, XRF003, XRF004, XRF005,
}

// unit is one text checked on its own: a paragraph, a heading or a table
// cell, with its statements. Offsets in st are relative to span.Start.
type unit struct {
	span model.Span
	text string
	cell *model.Cell // non-nil for table cells
	// st is the analysis of text. Of table cells the rules read only the
	// statements, so a cell without any word that tells a statement (比,
	// 其中, 率, 占, …: see figures.SaysStatement) is not analysed: its st is empty.
	st *figures.Statements
}

// states reports whether the unit holds a statement, the only thing the
// PRS rules read (XRF reads the prose units' figures, from proseText).
func (u *unit) states() bool {
	st := u.st
	return len(st.Enumerations) > 0 || len(st.Comparisons) > 0 || len(st.Rates) > 0 || len(st.Shares) > 0 || len(st.Multiples) > 0
}

// abs converts an offset relative to the unit into a document offset.
func (u *unit) abs(off int) int { return u.span.Start + off }

func (u *unit) spanOf(q figures.Quantity) model.Span {
	return model.Span{Start: u.abs(q.Start), End: u.abs(q.End)}
}

// sentenceOf returns the sentence of the unit containing the relative offset.
func (u *unit) sentenceOf(off int) figures.Range {
	for _, s := range u.st.Sentences {
		if off >= s.Start && off < s.End {
			return s
		}
	}
	return figures.Range{Start: 0, End: len(u.text)}
}

type unitsKey struct{}

// units returns the document's units holding a statement, paragraphs and
// table cells in document order, analysed once per pass.
func units(p *audit.Pass) []*unit {
	return audit.Fact(p, unitsKey{}, func(d *model.Document) []*unit {
		pt := proseUnits(p)
		pt.all = appendUnits(pt.all[:0], d, pt, &pt.cellSlab)
		return pt.all
	})
}

type proseUnitsKey struct{}

// proseText is the analysis of the paragraphs and headings, a fact of its
// own: the cross-references read prose only, so a pass running them alone
// does not analyse the table cells.
type proseText struct {
	units []*unit // paragraphs and headings worth analysing (proseMayMatter), in document order
	block []int   // per unit, its index in Document.Blocks
	// seen holds the analyses made, by text: statements depend on the text
	// alone (offsets are relative to it) and rules only read them, so texts
	// met again ("0.00", "100%", a repeated sentence) share one analysis.
	seen map[string]*figures.Statements
	// an allocates the analyses of all the document's texts in shared blocks
	an figures.Analyzer

	// Storage kept from pass to pass (proseUnits takes pt from a pool):
	// the units of units and of cells, and the units of units(p).
	slab, cellSlab unitSlab
	all            []*unit
}

// proseUnits returns the paragraphs and headings worth reading (a figure,
// and a word that may make it a statement or a cross-referenced amount or
// rate: proseMayMatter), analysed once per pass, in storage taken from
// prosePool (the units and the map of a document were grown afresh for
// every document; the facts live only as long as the pass).
func proseUnits(p *audit.Pass) *proseText {
	return audit.Fact(p, proseUnitsKey{}, func(d *model.Document) *proseText {
		pt := audit.Pooled(p, prosePoolKey{}, &prosePool, (*proseText).release)
		pt.collect(d)
		return pt
	})
}

var prosePool = sync.Pool{New: func() any { return new(proseText) }}

type prosePoolKey struct{}

// Bounds on what a pooled proseText keeps after a document: a very large
// one would otherwise leave every later, smaller one to clear (and the
// pool to hold) its storage.
const (
	keepSeen  = 1024 // entries of seen: beyond, the map is dropped
	keepUnits = 4096 // elements of units, block and all
)

// release empties pt for prosePool, dropping its references to the
// document (texts, cells, analyses), and the storage grown beyond the
// bounds above.
func (pt *proseText) release() {
	clear(pt.units)
	clear(pt.all)
	pt.units, pt.block, pt.all = pt.units[:0], pt.block[:0], pt.all[:0]
	if cap(pt.units) > keepUnits {
		pt.units, pt.block = nil, nil
	}
	if cap(pt.all) > keepUnits {
		pt.all = nil
	}
	if len(pt.seen) > keepSeen {
		pt.seen = nil
	} else {
		clear(pt.seen)
	}
	pt.slab.release()
	pt.cellSlab.release()
	pt.an.Reset() // its blocks serve the next document
}

// collectProse returns the prose units of d in new storage (units(p)
// without a pass, for the tests).
func collectProse(d *model.Document) *proseText {
	pt := new(proseText)
	pt.collect(d)
	return pt
}

// collect fills the empty pt with the prose units of d.
func (pt *proseText) collect(d *model.Document) {
	if pt.seen == nil {
		// a report has a few dozen to a few hundred texts with a figure
		pt.seen = make(map[string]*figures.Statements, min(len(d.Blocks)/2, keepSeen))
	}
	if pt.units == nil {
		n := min(len(d.Blocks)/2, keepUnits)
		pt.units, pt.block = make([]*unit, 0, n), make([]int, 0, n)
	}
	for i, b := range d.Blocks {
		s, ok := model.TextSpan(b)
		if !ok {
			continue
		}
		if u, ok := pt.unit(d, s, nil); ok {
			pt.units = append(pt.units, pt.slab.add(u))
			pt.block = append(pt.block, i)
		}
	}
}

// unitSlab allocates units in chunks rather than one by one, and keeps
// the chunks for the next document (release).
type unitSlab struct {
	chunks [][]unit // chunks[:k+1] are in use, chunks[k] being filled
	k      int
}

// slabChunk is the size of a chunk; keepChunks the chunks release keeps.
const (
	slabChunk  = 64
	keepChunks = 16
)

func (s *unitSlab) add(u unit) *unit {
	if len(s.chunks) == 0 {
		s.chunks = append(s.chunks, make([]unit, 0, slabChunk))
	}
	if c := s.chunks[s.k]; len(c) == cap(c) {
		s.k++
		if s.k == len(s.chunks) {
			s.chunks = append(s.chunks, make([]unit, 0, slabChunk))
		}
	}
	c := append(s.chunks[s.k], u)
	s.chunks[s.k] = c
	return &c[len(c)-1]
}

// release empties the chunks, dropping their references to the document,
// and keeps at most keepChunks of them.
func (s *unitSlab) release() {
	for i := range s.chunks[:min(s.k+1, len(s.chunks))] {
		clear(s.chunks[i])
		s.chunks[i] = s.chunks[i][:0]
	}
	if len(s.chunks) > keepChunks {
		clear(s.chunks[keepChunks:])
		s.chunks = s.chunks[:keepChunks]
	}
	s.k = 0
}

var noStatements = &figures.Statements{}

// unit makes the unit of span s (a table cell when c is not nil), false
// when its text holds no figure.
func (pt *proseText) unit(d *model.Document, s model.Span, c *model.Cell) (unit, bool) {
	txt := d.Slice(s)
	if !hasDigitOrCN(txt) {
		return unit{}, false
	}
	if c != nil && !figures.SaysStatement(txt) {
		// (a cell's bracketed breakdown, "5000（其中2000…）", announced by
		// no statement word is not read: in tables brackets hold units and
		// notes far more often)
		return unit{span: s, text: txt, cell: c, st: noStatements}, true
	}
	if c == nil && !proseMayMatter(txt) {
		// a paragraph's analysis would give no rule anything: not made
		return unit{}, false
	}
	st, ok := pt.seen[txt]
	if !ok {
		st = pt.an.Analyze(txt)
		pt.seen[txt] = st
	}
	return unit{span: s, text: txt, cell: c, st: st}, true
}

// proseMayMatter reports whether the analysis of a paragraph may give a
// rule something to read: a statement, which needs one of the words of
// figures.MayState (the PRS rules), or a figure that collect keeps for the
// cross-references (mayCrossRef): an amount in a currency, whose unit ends
// with 元 (a Han character, which figures.Normalize neither makes nor
// changes), or a percentage, written % or ％ (which Normalize maps to %),
// as 倍 (a MayState word) or 百分之 (a Chinese numeral, which collect
// drops). Most paragraphs with a figure hold neither: dates, counts,
// numbered headings. TestProseMayMatter and FuzzProseMayMatter check the
// claim against the analysis.
//
// This is proseMayMatterPlain in one pass over the bytes (a paragraph
// left out is read to its end, by every test of the plain code), three-byte
// rune by three-byte rune (Han characters): the words are found by the
// last byte of their first rune, and FuzzProseMayMatterPlain compares the
// two.
func proseMayMatter(s string) bool {
	if strings.IndexByte(s, '%') >= 0 {
		return true
	}
	for i := 0; i+2 < len(s); {
		c := s[i]
		if c < 0xE0 || c > 0xEF || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			// not a three-byte rune: every word starts with one, and a
			// continuation byte starts none, so the next byte is looked at
			i++
			continue
		}
		for m := matterByEnd[s[i+2]]; m != 0; {
			k := bits.TrailingZeros32(m)
			m &^= 1 << k
			if w := matterWords[k]; c == w[0] && s[i+1] == w[1] && strings.HasPrefix(s[i:], w) {
				return true
			}
		}
		i += 3 // the rune's other bytes start no word
	}
	return figures.MayBracketList(s) // (the rarer case last)
}

// matterWords are the words proseMayMatter looks for: those of
// figures.MayState (FuzzProseMayMatterPlain fails if its list changes),
// 元 and ％. Each starts with a three-byte rune, which a byte of another
// rune never starts, so a word found in the bytes is one found in the runes.
var matterWords = [...]string{"比", "较", "由", "从", "率", "占", "倍", "合计", "共计", "总计", "其中", "包括", "分别", "具体为", "明细为", "主要用于", "中，", "中：", "元", "％"}

// matterByEnd has, for each byte, the set of matterWords (bit k for
// matterWords[k]) whose first rune ends with it.
var matterByEnd = func() (t [256]uint32) {
	for k, w := range matterWords {
		t[w[2]] |= 1 << k
	}
	return t
}()

// collectUnits returns the units of d holding a statement, paragraphs and
// cells, in document order (the analysis of units(p) without a pass).
func collectUnits(d *model.Document) []*unit {
	var slab unitSlab
	return appendUnits(nil, d, collectProse(d), &slab)
}

// appendUnits appends to out the units holding a statement: those of the
// prose pt and of the table cells (made in slab), in document order. A
// unit without a statement gives the rules reading units nothing to
// check, and most cells hold none (their own unit is not even made).
func appendUnits(out []*unit, d *model.Document, pt *proseText, slab *unitSlab) []*unit {
	var walkTable func(t *model.Table)
	walkTable = func(t *model.Table) {
		for _, c := range t.Cells {
			if len(c.Tables) == 0 {
				if u, ok := pt.unit(d, c.Span, c); ok && u.states() {
					out = append(out, slab.add(u))
				}
				continue
			}
			for _, nt := range c.Tables {
				walkTable(nt)
			}
		}
	}
	pi := 0
	for i, b := range d.Blocks {
		// the prose units are those of the paragraphs and headings with a
		// figure, in this order
		if pi < len(pt.units) && pt.block[pi] == i {
			if pt.units[pi].states() {
				out = append(out, pt.units[pi])
			}
			pi++
		}
		if t, ok := b.(*model.Table); ok {
			walkTable(t)
		}
	}
	return out
}

// hasDigitOrCN reports whether s holds a digit, a full-width digit or 百,
// looking at bytes: the lead byte of a three-byte rune is never inside
// another rune, so decoding rune by rune (hasDigitOrCNRunes, the tests'
// oracle) would find the same, invalid UTF-8 included.
func hasDigitOrCN(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			return true
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99: // ０-９
			return true
		case c == 0xE7 && i+2 < len(s) && s[i+1] == 0x99 && s[i+2] == 0xBE: // 百
			return true
		}
	}
	return false
}

// locate fills a finding's location, with the sentence for prose.
func locate(p *audit.Pass, u *unit, f *audit.Finding, relOff int) {
	f.Location = audit.LocationOf(p.Doc, f.Span.Start)
	s := u.sentenceOf(relOff)
	f.Location.Sentence = shorten(u.text[s.Start:s.End], 160)
}

func shorten(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if utf8.ValidString(s) {
		// the first n runes are the bytes up to the (n+1)th: no rune
		// slice (shortenRunes, the tests' oracle, decodes invalid bytes
		// as U+FFFD, which a valid text has none of)
		k := 0
		for i := range s {
			if k == n {
				return s[:i] + "…"
			}
			k++
		}
	}
	return shortenRunes(s, n)
}

// shortenRunes is shorten's cut through a rune slice.
func shortenRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:n]) + "…"
}

// show renders a quantity as written, e.g. "10.80万元" or "50.76%".
// It is written into one buffer: showPlain, the tests' oracle, joins the
// figure's String with its unit.
func show(q figures.Quantity) string {
	var buf [64]byte
	b := q.Append(buf[:0])
	switch {
	case q.Percent:
		b = append(b, '%')
	case q.Permil:
		b = append(b, "‰"...)
	default:
		b = append(b, q.Unit...)
	}
	return string(b)
}

// showPlain is show as String and a concatenation.
func showPlain(q figures.Quantity) string {
	s := q.String()
	switch {
	case q.Percent:
		return s + "%"
	case q.Permil:
		return s + "‰"
	}
	return s + q.Unit
}

func numbers(qs []figures.Quantity) []figures.Number {
	return appendNumbers(make([]figures.Number, 0, len(qs)), qs)
}

// appendNumbers appends the numbers of qs (see exactIfCount) to dst.
func appendNumbers(dst []figures.Number, qs []figures.Quantity) []figures.Number {
	for _, q := range qs {
		dst = append(dst, exactIfCount(q))
	}
	return dst
}

// countUnits are units of things counted one by one: a figure in them with
// no decimals is exact.
var countUnits = map[string]bool{"个": true, "户": true, "人": true, "家": true, "项": true, "次": true, "件": true, "所": true, "辆": true, "台": true, "套": true, "名": true, "起": true, "条": true, "座": true, "人次": true, "间": true, "处": true}

func exactIfCount(q figures.Quantity) figures.Number {
	n := q.Number
	if n.Dec == 0 && countUnits[n.Unit] && !q.Approx {
		n.Exact = true
	}
	return n
}

func labelOr(q figures.Quantity, alt string) string {
	if q.Label != "" {
		return q.Label
	}
	return alt
}

type bigRat = big.Rat

var hundred = big.NewRat(100, 1)
