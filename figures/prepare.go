package figures

import (
	"unicode/utf8"
	"unsafe"
)

// The scan used to take two passes over each text before it looked at a
// figure: normalize (Normalize into the scanner's buffer) and scan's own
// loop, decoding every rune of ns to find the few its switch acts on.
// prepare does both in one pass over the original text, recording where
// those runes are (sc.marks), so scan jumps from one to the next, and where
// the statements' words start (sc.words, see wordMarks); sentences reads a
// text's sentences off the same marks. The tests keep the former code as
// the oracles: normalizeSlowInto, scanAll (the loop over every rune) and
// sentencesInto (FuzzPrepare, FuzzScannerSentences).

// prepRunes holds the runes below U+10000 that prepare stops at: those
// Normalize changes, those the scan acts on (scanRunes), as they are in
// the original text, and the wordRunes. Every other rune is copied as it
// is and starts nothing.
var prepRunes = func() *runeSet {
	s := new(runeSet)
	for r := rune(0); r < 1<<16; r++ {
		if normRune(r) != r || scanRunes.mayHold(r) || wordRunes.mayHold(r) || comparableRunes.mayHold(r) {
			s.add(r)
		}
	}
	return s
}()

// asciiSentence[c] is set for the ASCII bytes Sentences splits at (all
// of them marks of the scan).
var asciiSentence = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "\n\r!?" {
		t[c] = true
	}
	return t
}()

// asciiScan[c] is set for the ASCII bytes the scan acts on.
var asciiScan = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = scanRunes.mayHold(rune(c))
	}
	return t
}()

// plainRun returns the offset of the first rune at or after i that
// prepare acts on (or len(s)): it passes over the ASCII bytes the scan
// does not act on and the valid three-byte runes not in prepRunes, which
// prepare's loop would pass over as they are, and stops at anything else.
// A three-byte rune is told by two table reads (its class, see
// prepClasses), not by checking its bytes one by one: most of a text is
// such runes. plainRunBytes in the tests, the byte-by-byte reading, is its
// oracle (FuzzPlainRun).
func plainRun(s string, i int) int {
	for i >= 0 && i < len(s)-2 { // i+2 < len(s), in a form that spares the bounds checks
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiScan[c] {
				return i
			}
			i++
			continue
		}
		// x2 is below 0x40 for a continuation byte, and then equal to
		// its low six bits
		if x2 := s[i+2] ^ 0x80; x2 >= 0x40 || prepClasses[prepRows[uint(c)<<8|uint(s[i+1])]][x2&63] != 0 {
			return i
		}
		i += 3
	}
	// the last bytes: no three-byte rune fits
	for i < len(s) && s[i] < utf8.RuneSelf && !asciiScan[s[i]] {
		i++
	}
	return i
}

// The class of a valid three-byte rune of lead3 says what prepare does at
// it (prepRune is the reading of the rune it replaces): nothing (0, the
// runes not in prepRunes), or, in this order, record a comparableRune,
// record a wordRune (and nothing else), record a mark of the scan (and a
// sentence mark: 。), or replace it by its normalised form.
const (
	runeCmp     = 1 << iota // a comparableRune
	runeWord                // a wordRune
	runeMark                // a mark of the scan, unchanged by Normalize
	runeSent                // 。: a mark where Sentences splits
	runeReplace             // changed by Normalize
	runeOther               // not a valid three-byte rune of lead3: left to utf8
)

// prepRune is the class of the rune r, read off the rune sets as prepare
// did before prepClasses held them (TestPrepClasses compares the two).
func prepRune(r rune) uint8 {
	if prepRunes[r>>6]&(1<<(r&63)) == 0 {
		return 0
	}
	var cls uint8
	if comparableRunes[r>>6]&(1<<(r&63)) != 0 {
		cls |= runeCmp
	}
	switch n := normRune(r); {
	case wordRunes[r>>6]&(1<<(r&63)) != 0: // neither normalised nor scanned
		cls |= runeWord
	case n == r && !scanRunes.mayHold(r): // a comparableRune only
	case n == r:
		cls |= runeMark
		if r == '。' {
			cls |= runeSent
		}
	default:
		cls |= runeReplace
	}
	return cls
}

// prepRows and prepClasses hold the classes of the three-byte runes by
// their first two bytes: prepClasses[prepRows[c<<8|b1]][k] is the class
// of the rune of bytes c, b1, 0x80+k, for a c of lead3 and a continuation
// byte b1; for any other pair, runeOther. The blocks of 64 runes have few
// distinct classes (30): the rows index them, so that the table of
// rows is one byte per pair, and the rows of the lead bytes in use (Han
// characters: E4 to E9) a few cache lines.
var prepRows, prepClasses = func() (rows [1 << 16]uint8, classes [256][64]uint8) {
	for k := range classes[0] {
		classes[0][k] = runeOther // row 0: every pair not listed below
	}
	n := 1
	index := map[[64]uint8]uint8{}
	for c := 0; c < 256; c++ {
		if !lead3[c] {
			continue
		}
		for x1 := 0; x1 < 64; x1++ {
			var blk [64]uint8
			for x2 := range blk {
				blk[x2] = prepRune(rune(c&0x0F)<<12 | rune(x1)<<6 | rune(x2))
			}
			k, ok := index[blk]
			if !ok {
				if n == len(classes) {
					panic("figures: too many distinct blocks of rune classes for prepRows")
				}
				k, n = uint8(n), n+1
				index[blk], classes[k] = k, blk
			}
			rows[c<<8|(0x80+x1)] = k
		}
	}
	return rows, classes
}()

// lead3[c] is set for the first bytes of the three-byte runes prepare
// decodes itself: E1 to EF but ED (E0 and ED restrict the second byte).
var lead3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()

// prepare sets sc.ns to Normalize(s) (s itself when nothing changes, else
// held in sc.nbuf), sc.jumps as normalize does, sc.marks to the offsets
// in ns of the runes in scanRunes and sc.words to those in s of the
// wordRunes, in order, and sc.nwords to theirs in ns.
func (sc *scanner) prepare(s string) {
	sc.nbuf, sc.words, sc.nwords, sc.cmps, sc.sents = sc.nbuf[:0], sc.words[:0], sc.nwords[:0], sc.cmps[:0], sc.sents[:0]
	// the loop keeps few values live, so that they stay in registers: the
	// marks, the offsets and shift; the words and ns (in sc.nbuf) are
	// rarer and written through sc. s[last:i] is still to be copied to
	// nbuf, and an offset i of s is at i+shift in ns (shift is
	// len(nbuf) − last).
	marks := sc.marks[:0]
	last, shift := 0, 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiScan[c] {
			// the commonest mark (the digits of a figure): recorded
			// without the call below
			marks = append(marks, i+shift)
			if asciiSentence[c] {
				sc.sents = append(sc.sents, i+shift)
			}
			i++
			continue
		}
		// the runes that start nothing, most of a text, are passed over
		// by plainRun's own small loop; the code below still handles
		// every rune
		if i = plainRun(s, i); i == len(s) {
			break
		}
		c = s[i]
		if c < utf8.RuneSelf {
			if asciiScan[c] {
				marks = append(marks, i+shift)
				if asciiSentence[c] {
					sc.sents = append(sc.sents, i+shift)
				}
			}
			i++
			continue
		}
		// a valid three-byte rune of lead3 (E0 and ED restrict the
		// second byte: left to utf8, as in nextNorm), by its class
		if i+2 < len(s) {
			cls := uint8(runeOther)
			if x2 := s[i+2] ^ 0x80; x2 < 0x40 {
				cls = prepClasses[prepRows[uint(c)<<8|uint(s[i+1])]][x2]
			}
			if cls&runeCmp != 0 {
				sc.cmps = append(sc.cmps, i)
			}
			switch {
			case cls&runeWord != 0:
				sc.words = append(sc.words, i)
				sc.nwords = append(sc.nwords, i+shift)
				i += 3
				continue
			case cls&runeMark != 0:
				marks = append(marks, i+shift)
				if cls&runeSent != 0 {
					sc.sents = append(sc.sents, i+shift)
				}
				i += 3
				continue
			case cls&runeReplace != 0:
				// replaced by an ASCII rune (full-width forms, U+3000, dashes)
				r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				marks, last, shift = sc.replace(s, last, i, 3, normRune(r), marks)
				i = last
				continue
			case cls&runeOther == 0:
				i += 3 // a comparableRune only, or a rune plainRun passes over
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		n := normRune(r) // an invalid byte decodes as U+FFFD, which it becomes
		if n == r && w == utf8.RuneLen(r) {
			if scanRunes.mayHold(r) {
				marks = append(marks, i+shift)
			}
			i += w
			continue
		}
		marks, last, shift = sc.replace(s, last, i, w, n, marks)
		i = last
	}
	sc.marks = marks
	b := sc.nbuf
	if last == 0 && len(b) == 0 {
		sc.ns = s // nothing changed
		return
	}
	b = append(b, s[last:]...)
	sc.nbuf = b
	sc.ns = unsafe.String(unsafe.SliceData(b), len(b))
}

// replace is prepare's step at a rune of width w at s[i] that Normalize
// replaces by n: s[last:i] and n go to sc.nbuf (with a jump when the width
// changes), n's offset to marks if the scan acts on it. It returns marks,
// the new last (the offset after the rune) and shift.
func (sc *scanner) replace(s string, last, i, w int, n rune, marks []int) ([]int, int, int) {
	b := append(sc.nbuf, s[last:i]...)
	if scanRunes.mayHold(n) {
		marks = append(marks, len(b))
	}
	if n == '!' || n == '?' { // ！ and ？
		sc.sents = append(sc.sents, len(b))
	}
	b = utf8.AppendRune(b, n)
	last = i + w
	if utf8.RuneLen(n) != w {
		sc.jumps = append(sc.jumps, jump{ns: len(b), orig: last})
	}
	sc.nbuf = b
	return marks, last, len(b) - last
}

// sentences is sentencesInto(sc.orig, out) read off the marks: each rune
// Sentences splits at is one the scan acts on (a lead boundary), so
// prepare meets it and records it in sc.sents, at its offset in ns (！ and
// ？ normalised to ! and ?), and the runes between need not be looked at
// again. FuzzScannerSentences compares it with sentencesInto.
func (sc *scanner) sentences(out []Range) []Range {
	s, ns := sc.orig, sc.ns
	start := 0
	var cur offCursor // the marks come in order: mapped moving on, not each by a search
	emit := func(end int) {
		a, b := trimSpaceRange(s, start, end)
		if a < b {
			out = append(out, Range{a, b})
		}
	}
	for _, m := range sc.sents {
		w := 0 // the width in ns of a sentence mark at m
		switch c := ns[m]; {
		case c == '\n' || c == '\r':
			i := sc.offFrom(&cur, m)
			emit(i)
			start = i + 1
			continue
		case c == '!' || c == '?':
			w = 1
		case c == 0xE3 && ns[m+1] == 0x80 && ns[m+2] == 0x82: // 。(ns is valid UTF-8)
			w = 3
		default:
			continue
		}
		// keep closing quotes and brackets with the sentence (none of them
		// is a sentence mark: the marks they cover are passed over alike)
		j := sc.offFrom(&cur, m+w)
		for j < len(s) {
			q, n := utf8.DecodeRuneInString(s[j:])
			if q != '”' && q != '’' && q != '」' && q != '』' && q != '）' && q != ')' {
				break
			}
			j += n
		}
		emit(j)
		start = j
	}
	emit(len(s))
	return out
}
