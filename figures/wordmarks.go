package figures

import "strings"

// After the figures, Analyze looks for words in each sentence holding
// some: enumeration markers (markersIn), comparison anchors (hasBiOrJiao,
// anchors) and 由 or 从 in the leads (leadsHoldFrom), each a pass over the
// sentence's bytes. prepare, which passes over the whole text anyway,
// records where the first runes of those words are (scanner.words), and
// the searches read them off that list. A wordMarks without ok makes each
// search look at the text as before: Analyzer.slow, the oracle of
// FuzzAnalyzeWordMarks.

// wordRunes holds the first runes of the words the statements search
// for: the enumeration markers, the anchors' runes (nextAnchorRune) and
// 由, 从; and those a figure's lead is searched for (analyseLead): 年
// (leadYear), 用, 其, 包 (leadMarkerCount) and the anchors' (anchorIn).
// All are three-byte runes.
var wordRunes = func() *runeSet {
	s := new(runeSet)
	for _, m := range enumMarkers {
		for _, r := range m {
			s.add(r)
			break
		}
	}
	for _, r := range "与和同跟环比较由从年用其包" {
		s.add(r)
	}
	return s
}()

// wordMarks are the offsets in a text of the runes of wordRunes, in
// order; when ok is false they were not recorded and the searches look at
// the text itself.
type wordMarks struct {
	at []int
	ok bool
}

// within returns the marks of runes lying wholly inside r.
func (w wordMarks) within(r Range) wordMarks {
	m, _ := w.withinFrom(r, 0)
	return m
}

// withinFrom is within, looking from w.at[from] on (every mark before it
// lies before r.Start), and also returns the index in w.at of the first
// mark of the result: those before it lie before r.Start, so the search of
// a later range can start there.
func (w wordMarks) withinFrom(r Range, from int) (wordMarks, int) {
	if !w.ok {
		return w, 0
	}
	i := from
	for i < len(w.at) && w.at[i] < r.Start {
		i++
	}
	j := i
	for j < len(w.at) && w.at[j]+3 <= r.End {
		j++
	}
	return wordMarks{at: w.at[i:j], ok: true}, i
}

// runeAt decodes the three-byte rune at s[i] (a mark).
func runeAt(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// hasBiOrJiao is hasBiOrJiao(s[r.Start:r.End]).
func (w wordMarks) hasBiOrJiao(s string, r Range) bool {
	if !w.ok {
		return hasBiOrJiao(s[r.Start:r.End])
	}
	for _, at := range w.within(r).at {
		if c := runeAt(s, at); c == '比' || c == '较' {
			return true
		}
	}
	return false
}

// markersIn is markersIn(s, r, out).
func (w wordMarks) markersIn(s string, r Range, out []markerAt) []markerAt {
	if !w.ok {
		return markersIn(s, r, out)
	}
	t := s[:r.End]
	for _, at := range w.within(r).at {
		for _, k := range enumMarkerSet.of(runeAt(s, at)) {
			if len(t)-at >= len(enumMarkers[k]) && t[at:at+len(enumMarkers[k])] == enumMarkers[k] {
				out = append(out, markerAt{at, k})
			}
		}
	}
	return out
}

// nextAnchor is nextAnchorRune(s, i, end) read off the marks, from the
// k-th on (k is moved past the marks before i).
func (w wordMarks) nextAnchor(s string, i, end int, k *int) int {
	if !w.ok {
		return nextAnchorRune(s, i, end)
	}
	for ; *k < len(w.at); *k++ {
		at := w.at[*k]
		if at < i {
			continue
		}
		if at >= end {
			break
		}
		if isAnchorRune(runeAt(s, at)) {
			return at
		}
	}
	return end
}

// leadsHoldFrom is leadsHoldFrom(qs), qs the figures of the text.
func (w wordMarks) leadsHoldFrom(s string, qs []Quantity) bool {
	if !w.ok {
		return leadsHoldFrom(qs)
	}
	for _, at := range w.at {
		if c := runeAt(s, at); c != '由' && c != '从' {
			continue
		}
		for i := range qs {
			if qs[i].LeadStart <= at && at+3 <= qs[i].Start { // the lead qs[i].Lead holds it
				return true
			}
		}
	}
	return false
}

// The lead of each figure is searched three times by analyseLead: for 年
// (leadYear), for 用, 其 or 包 (leadMarkerCount) and for an anchor
// (anchorIn). The same marks, at their offsets in the normalised text
// (scanner.nwords), give them; leadMarks without ok searches the text.

// leadMarks are the word marks of a normalised text, at offsets in it.
type leadMarks = wordMarks

// leadYear is leadYear(ns, a, b).
func (w leadMarks) leadYear(ns string, a, b int) (int, int, int) {
	if !w.ok {
		return leadYear(ns, a, b)
	}
	year := 0
	from := a
	for _, p := range w.at {
		if p < from {
			continue
		}
		if p+3 > b {
			break
		}
		if runeAt(ns, p) != '年' {
			continue
		}
		a, b, from = yearAt(ns, a, b, p, &year)
		if from >= b {
			break
		}
	}
	return a, b, year
}

// leadMarkerCount is leadMarkerCount(ns[a:b]).
func (w leadMarks) leadMarkerCount(ns string, a, b int) int {
	if !w.ok {
		return leadMarkerCount(ns[a:b])
	}
	for _, p := range w.at {
		if p < a {
			continue
		}
		if p+3 > b {
			break
		}
		switch runeAt(ns, p) {
		case '用', '其', '包':
			return len(leadMarkers)
		}
	}
	return 0
}

// anchorIn is anchorIn(ns[a:b]).
func (w leadMarks) anchorIn(ns string, a, b int) int {
	if !w.ok {
		return anchorIn(ns[a:b])
	}
	k := 0
	for k < len(w.at) && w.at[k] < a {
		k++
	}
	s := ns[a:b]
	for i := 0; i < len(s); {
		// the next anchor rune of s at or after i (nextAnchorRune)
		next := len(s)
		for ; k < len(w.at) && w.at[k]+3 <= b; k++ {
			if p := w.at[k] - a; p >= i && isAnchorRune(runeAt(ns, w.at[k])) {
				next = p
				break
			}
		}
		if i = next; i == len(s) {
			break
		}
		var width int
		if i, width = anchorAt(s, i); width < 0 {
			return i
		}
		i += width
	}
	return -1
}

// isAnchorRune reports the runes nextAnchorRune stops at.
func isAnchorRune(r rune) bool {
	switch r {
	case '与', '和', '同', '跟', '环', '比', '较':
		return true
	}
	return false
}

// comparableRunes holds the first runes of the comparableWords, whose
// offsets prepare records (scanner.cmps): whether a text says growth is
// at comparable prices is told from them, not by a search of the whole
// text. All are three-byte runes, none normalised or scanned.
var comparableRunes = func() *runeSet {
	s := new(runeSet)
	for _, w := range comparableWords {
		for _, r := range w {
			s.add(r)
			break
		}
	}
	return s
}()

// comparable is comparableWordSet.containsAny(s), s the text of sc, read
// off the offsets of the comparableRunes in s (or, for the oracle,
// searching s).
func (sc *scanner) comparable(s string) bool {
	if sc.slow {
		return comparableWordSet.containsAny(s)
	}
	for _, at := range sc.cmps {
		for _, k := range comparableWordSet.of(runeAt(s, at)) {
			if strings.HasPrefix(s[at:], comparableWords[k]) {
				return true
			}
		}
	}
	return false
}
