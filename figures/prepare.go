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
// A three-byte rune is told by two table reads (see plainRows), not by
// checking its bytes one by one: most of a text is such runes.
// plainRunBytes in the tests, the byte-by-byte reading, is its oracle
// (FuzzPlainRun).
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
		m := plainMasks[plainRows[uint(c)<<8|uint(s[i+1])]]
		if x2 := s[i+2] ^ 0x80; x2 >= 0x40 || m&(1<<(x2&63)) != 0 {
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

// plainRows and plainMasks hold prepRunes for plainRun, by the first two
// bytes of a rune: plainMasks[plainRows[c<<8|b1]] has bit k set when the
// rune of bytes c, b1, 0x80+k is in prepRunes, for a c of lead3 and a
// continuation byte b1; for any other pair, every bit (the rune is not
// one plainRun passes over). The blocks of 64 runes have few distinct
// sets (28): the rows index them, so that the table of rows is one byte
// per pair, and the rows of the lead bytes in use (Han characters: E4 to
// E9) a few cache lines.
var plainRows, plainMasks = func() (rows [1 << 16]uint8, masks [256]uint64) {
	masks[0] = ^uint64(0)
	index := map[uint64]uint8{}
	n := 1
	for c := 0; c < 256; c++ {
		if !lead3[c] {
			continue
		}
		for x1 := 0; x1 < 64; x1++ {
			m := prepRunes[uint(c&0x0F)<<6|uint(x1)]
			k, ok := index[m]
			if !ok {
				if n == len(masks) {
					panic("figures: prepRunes has too many distinct blocks for plainMasks")
				}
				k, n = uint8(n), n+1
				index[m], masks[k] = k, m
			}
			rows[c<<8|(0x80+x1)] = k
		}
	}
	return rows, masks
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
		// a valid three-byte rune (E0 and ED restrict the second byte:
		// left to utf8, as in nextNorm)
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if prepRunes[r>>6]&(1<<(r&63)) == 0 {
				i += 3 // most runes: copied as they are, starting nothing
				continue
			}
			if comparableRunes[r>>6]&(1<<(r&63)) != 0 { // neither normalised nor scanned
				sc.cmps = append(sc.cmps, i)
			}
			if wordRunes[r>>6]&(1<<(r&63)) != 0 { // neither normalised nor scanned
				sc.words = append(sc.words, i)
				sc.nwords = append(sc.nwords, i+shift)
				i += 3
				continue
			}
			if normRune(r) == r && !scanRunes.mayHold(r) {
				i += 3 // a comparableRune only
				continue
			}
			n := normRune(r)
			if n == r {
				marks = append(marks, i+shift)
				if r == '。' {
					sc.sents = append(sc.sents, i+shift)
				}
				i += 3
				continue
			}
			// replaced by an ASCII rune (full-width forms, U+3000, dashes)
			marks, last, shift = sc.replace(s, last, i, 3, n, marks)
			i = last
			continue
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
			i := sc.off(m)
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
		j := sc.off(m + w)
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
