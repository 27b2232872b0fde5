package figures

import "unicode/utf8"

// Range is a half-open range [Start, End) of byte offsets into the string
// it was computed from.
type Range struct {
	Start, End int
}

// Sentences splits s into sentences at 。！？!? and line ends, keeping the
// closing mark inside the sentence. Semicolons (；;) do not end a sentence:
// in reports they separate clauses of one statement ("…合计X万元；主要用于…").
// Leading and trailing spaces are excluded; empty sentences are dropped.
// A table cell should be passed on its own: its text is its own sentence set.
func Sentences(s string) []Range {
	// Most texts hold a few sentences: collect them on the stack and hand
	// out one slice of the right size.
	var buf [16]Range
	out := sentencesInto(s, buf[:0])
	if len(out) == 0 {
		return nil
	}
	return append([]Range(nil), out...)
}

// AppendSentences is Sentences appending the ranges to dst, for callers
// that split many texts into one reusable buffer.
func AppendSentences(dst []Range, s string) []Range { return sentencesInto(s, dst) }

// sentencesInto is Sentences appending the ranges to out.
func sentencesInto(s string, out []Range) []Range {
	start := 0
	emit := func(end int) {
		a, b := trimSpaceRange(s, start, end)
		if a < b {
			out = append(out, Range{a, b})
		}
	}
	// The marks are ASCII or three-byte runes, whose lead bytes never occur
	// inside another rune: looking at every byte finds what decoding rune by
	// rune would (invalid bytes included).
	for i := 0; i < len(s); {
		c := s[i]
		n := 0 // the width of a sentence mark at i
		if markByte[c] {
			switch {
			case c == '\n' || c == '\r':
				emit(i)
				start = i + 1
			case c == '!' || c == '?':
				n = 1
			case i+2 < len(s) && (c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x82 || // 。
				c == 0xEF && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F)): // ！ ？
				n = 3
			}
		}
		if n == 0 {
			// most bytes start no mark; a whole three-byte rune (most of
			// Chinese text) is stepped over at once, its continuation
			// bytes starting none
			if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
				i += 3
			} else {
				i++
			}
			continue
		}
		// keep closing quotes and brackets with the sentence
		j := i + n
		for j < len(s) {
			q, m := firstRune(s[j:])
			if q != '”' && q != '’' && q != '」' && q != '』' && q != '）' && q != ')' {
				break
			}
			j += m
		}
		emit(j)
		start = j
		i = j
	}
	emit(len(s))
	return out
}

// markByte flags the first bytes of the runes Sentences splits at.
var markByte = func() (t [256]bool) {
	for _, m := range []string{"\n", "\r", "!", "?", "。", "！", "？"} {
		t[m[0]] = true
	}
	return t
}()

// Clauses splits s[r.Start:r.End] at ；;，,：: and returns the clause ranges
// (absolute offsets), excluding the separators.
func Clauses(s string, r Range) []Range {
	var out []Range
	start := r.Start
	for i := r.Start; i < r.End; {
		c, n := firstRune(s[i:])
		if isClauseSep(c) {
			if a, b := trimSpaceRange(s, start, i); a < b {
				out = append(out, Range{a, b})
			}
			start = i + n
		}
		i += n
	}
	if a, b := trimSpaceRange(s, start, r.End); a < b {
		out = append(out, Range{a, b})
	}
	return out
}

func isClauseSep(c rune) bool {
	switch c {
	case '；', ';', '，', ',', '：', ':', '。', '！', '？':
		return true
	}
	return false
}

func trimSpaceRange(s string, a, b int) (int, int) {
	// most ranges start and end with a byte no space rune starts or ends
	// with (a Han character's): told without decoding a rune
	if a < b && !spaceFirstByte[s[a]] && !spaceLastByte[s[b-1]] {
		return a, b
	}
	for a < b {
		r, n := firstRune(s[a:])
		if !isSpaceRune(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := lastRune(s[:b])
		if !isSpaceRune(r) {
			break
		}
		b -= n
	}
	return a, b
}

// spaceFirstByte and spaceLastByte hold the first and the last bytes of
// the runes isSpaceRune reports (TestSpaceBytes).
var spaceFirstByte, spaceLastByte = func() (first, last [256]bool) {
	for _, r := range spaceRunes {
		b := utf8.AppendRune(nil, r)
		first[b[0]], last[b[len(b)-1]] = true, true
	}
	return first, last
}()

var spaceRunes = []rune{' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\ufeff'}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\ufeff':
		return true
	}
	return false
}
