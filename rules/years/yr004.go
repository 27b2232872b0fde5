package years

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr004 = &audit.Rule{
	ID:       "YR004",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "段落与本年段落雷同但年份不同",
		TitleEN: "Paragraph copies a report-year paragraph with another year",
		Explain: "一段文字与另一段写报告年度（如“2022年，…”）的文字几乎相同，却写成了别的年份（“2021年，…”）：" +
			"多半是复制时年份没改，或沿用了上年报告。",
		ExplainEN: "A paragraph is nearly identical to another one about the report year (\"2022年，…\") but names " +
			"a different year (\"2021年，…\"): the year was probably not updated when the text was copied.",
		Bad:  "2021年，在州委、州政府的坚强领导下，全州工信部门积极应对……（另有一段“2022年，在州委、州政府的坚强领导下……”）",
		Good: "2022年，在州委、州政府的坚强领导下，……",
	},
	Run: runYR004,
}

type para struct {
	u     unit
	years []int // the distinct years it mentions
	// yearsAt is where years lie in runYR004's slice of all years
	yearsAt [2]int
	first   event // its first year mention
	n       int   // its characters (runes), 0 until a comparison needs them
	// grams are its rune bigrams (bigramList), sorted once a pair needs
	// dice; nil until a comparison needs them.
	grams  []uint64
	sorted bool
	// sig is the signature of its bigrams and ngrams their number, worked
	// out without storing them (signed): a report-year paragraph is only
	// tested against the bound of the others' bigrams, and most pairs stop
	// there, so most of them never need their bigrams stored.
	sig    gramSig
	ngrams int
	signed bool
}

// prepare computes p's bigrams, once, in storage from slab.
func (p *para) prepare(slab *gramSlab) {
	if p.grams == nil {
		p.grams, _ = scanBigrams(p.u.Text, slab.take(max(p.runes()-1, 0)), nil)
	}
}

// gramSlab hands out the paragraphs' bigram lists from one array, reused
// from document to document: a list per compared paragraph was most of the
// bytes YR004 allocated.
type gramSlab struct{ buf []uint64 }

// take returns an empty list with room for n bigrams. A list handed out
// keeps its array when a later one needs a new one.
func (s *gramSlab) take(n int) []uint64 {
	if cap(s.buf)-len(s.buf) < n {
		s.buf = make([]uint64, 0, max(2*cap(s.buf), n, 1024))
	}
	lo := len(s.buf)
	s.buf = s.buf[:lo+n]
	return s.buf[lo : lo : lo+n]
}

// sign computes p's bigram signature and count, once.
func (p *para) sign() {
	if !p.signed {
		p.sig, p.ngrams = signature(p.u.Text)
		p.signed = true
	}
}

// runes returns the characters of p's text, counted once: most paragraphs
// are never compared, and counting them all cost a tenth of the YR rules.
func (p *para) runes() int {
	if p.n == 0 { // p has at least 40
		p.n = cjk.RuneCount(p.u.Text)
	}
	return p.n
}

// sortedGrams returns p's bigrams sorted (prepare first).
func (p *para) sortedGrams() []uint64 {
	if !p.sorted {
		slices.Sort(p.grams)
		p.sorted = true
	}
	return p.grams
}

func runYR004(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	d := p.Doc
	// the paragraphs and their years in two slices, then pointers to them
	uevs := unitEvents(p)
	most := 0 // at most this many paragraphs: one allocation
	for i, u := range unitsOf(p) {
		if len(u.Text) >= 40 && len(uevs.of(i)) > 0 {
			most++
		}
	}
	b := buffersOf(p)
	paras := slices.Grow(b.paras[:0], most)
	years := b.years[:0]
	withR, others := b.withR[:0], b.others[:0]
	defer func() { b.paras, b.years, b.withR, b.others = paras, years, withR, others }() // for the next document
	for i, u := range unitsOf(p) {
		if len(u.Text) < 40 {
			continue // fewer than 40 bytes: fewer than 40 runes
		}
		evs := uevs.of(i) // events(u.Text, 0)
		if len(evs) == 0 {
			continue
		}
		if runesAtMost(u.Text, 39) {
			continue // fewer than 40 runes
		}
		from := len(years)
		for _, e := range evs {
			if !slices.Contains(years[from:], e.Year) {
				years = append(years, e.Year)
			}
		}
		paras = append(paras, para{u: u, yearsAt: [2]int{from, len(years)}, first: evs[0]})
	}
	for i := range paras {
		pp := &paras[i]
		pp.years = years[pp.yearsAt[0]:pp.yearsAt[1]:pp.yearsAt[1]]
		if slices.Contains(pp.years, R) {
			withR = append(withR, pp)
		} else {
			others = append(others, pp)
		}
	}
	for _, o := range others {
		first := o.first
		if first.Year >= R || first.Year < R-3 {
			continue
		}
		var best *para
		bestSim := 0.0
		// the tests that need no reading of the texts come first: most
		// pairs share a year, and counting characters costs more
		for _, q := range withR {
			if o.u.Cell != nil && q.u.Cell != nil && o.u.Cell.Table == q.u.Cell.Table {
				continue // rows of one table repeat their wording by design
			}
			shared := false
			for _, y := range o.years {
				if slices.Contains(q.years, y) {
					shared = true
				}
			}
			if shared {
				continue
			}
			if qn, on := q.runes(), o.runes(); qn*4 < on*3 || on*4 < qn*3 {
				continue
			}
			o.prepare(&b.grams)
			q.sign()
			if diceBound(q.ngrams, &q.sig, o.grams) < 0.8 {
				continue // nor is dice: q cannot be the match (best needs 0.8)
			}
			q.prepare(&b.grams)
			if sim := dice(o.sortedGrams(), q.sortedGrams()); sim > bestSim {
				best, bestSim = q, sim
			}
		}
		if best == nil || bestSim < 0.8 {
			continue
		}
		l := audit.LocationOf(d, best.u.Span.Start)
		p.Report(audit.Finding{
			Severity: audit.Warning,
			Message: fmt.Sprintf("本段与%s的%d年段落「%s」几乎相同（相似度%.0f%%），却写作%d年：疑似复制后年份未改或沿用上年文字",
				l.String(), R, shorten(best.u.Text, 24), bestSim*100, first.Year),
			MessageEN: fmt.Sprintf("this paragraph is nearly identical (%.0f%% similar) to the %d paragraph at %s but says %d: the year was probably not updated",
				bestSim*100, R, l.English(), first.Year),
			Span:       model.Span{Start: o.u.Span.Start + first.Start, End: o.u.Span.Start + first.End},
			Expr:       "「" + shorten(o.u.Text, 30) + "」",
			Expected:   fmt.Sprintf("%d年", R),
			Actual:     fmt.Sprintf("%d年", first.Year),
			Confidence: 0.7,
			Related:    []model.Span{best.u.Span},
		})
	}
}

// gramSig is a 1024-bit signature of a bigram multiset: a bit per hash.
type gramSig [16]uint64

func gramBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 54 } // top 10 bits of a Fibonacci hash

func (s *gramSig) add(k uint64)      { b := gramBit(k); s[b>>6] |= 1 << (b & 63) }
func (s *gramSig) has(k uint64) bool { b := gramBit(k); return s[b>>6]&(1<<(b&63)) != 0 }

// diceBound bounds dice(a, b) from above without sorting, for a multiset
// a of na bigrams with signature sig: every bigram b shares with a has its
// bit set in sig, so the bigrams of b with their bit set are at least as
// many as the shared ones.
func diceBound(na int, sig *gramSig, b []uint64) float64 {
	hit := 0
	for _, k := range b {
		if sig.has(k) {
			hit++
		}
	}
	if na+len(b) == 0 {
		return 0
	}
	return 2 * float64(hit) / float64(na+len(b))
}

// signature returns the signature of the bigrams of s and their number,
// as bigramList would list them.
func signature(s string) (sig gramSig, n int) {
	_, n = scanBigrams(s, nil, &sig)
	return sig, n
}

// scanBigrams reads each rune bigram of maskYears(s) in order, as its two
// runes in one word: it appends them to list, or adds them to *sig if sig
// is not nil, and returns list and their number. It reads the runes of
// maskYears(s) without building it: the text between years, and "#年"
// for each year. (One function for both uses: a callback per bigram cost
// more than the bigrams.)
func scanBigrams(s string, list []uint64, sig *gramSig) ([]uint64, int) {
	n := 0
	prev := rune(-1)
	add := func(r rune) {
		if prev >= 0 {
			k := uint64(prev)<<32 | uint64(r)
			if sig != nil {
				sig.add(k)
			} else {
				list = append(list, k)
			}
			n++
		}
		prev = r
	}
	// the runes of s[i:j] as range yields them, with a Han character (any
	// three-byte rune, lead byte E1–EC or EE–EF and two continuation
	// bytes) decoded here: range called the runtime's decoder for each
	addRunes := func(i, j int) {
		for i < j {
			c := s[i]
			switch {
			case c < utf8.RuneSelf:
				add(rune(c))
				i++
			case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < j && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
				add(rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F))
				i += 3
			default:
				r, w := utf8.DecodeRuneInString(s[i:j])
				add(r)
				i += w
			}
		}
	}
	pos := 0
	for m := range maskedYears(s) {
		addRunes(pos, m[0])
		add('#')
		add('年')
		pos = m[1]
	}
	addRunes(pos, len(s))
	return list, n
}

// dice is the Sørensen–Dice coefficient of two bigram multisets.
func dice(a, b []uint64) float64 {
	both := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(both) / float64(len(a)+len(b))
}
