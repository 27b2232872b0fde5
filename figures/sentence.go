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
	var out []Range
	start := 0
	emit := func(end int) {
		a, b := trimSpaceRange(s, start, end)
		if a < b {
			out = append(out, Range{a, b})
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n', '\r':
			emit(i)
			start = i + n
		case '。', '！', '？', '!', '?':
			// keep closing quotes and brackets with the sentence
			j := i + n
			for j < len(s) {
				q, m := utf8.DecodeRuneInString(s[j:])
				if q != '”' && q != '’' && q != '」' && q != '』' && q != '）' && q != ')' {
					break
				}
				j += m
			}
			emit(j)
			start = j
			i = j
			continue
		}
		i += n
	}
	emit(len(s))
	return out
}

// Clauses splits s[r.Start:r.End] at ；;，,：: and returns the clause ranges
// (absolute offsets), excluding the separators.
func Clauses(s string, r Range) []Range {
	var out []Range
	start := r.Start
	for i := r.Start; i < r.End; {
		c, n := utf8.DecodeRuneInString(s[i:])
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
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !isSpaceRune(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !isSpaceRune(r) {
			break
		}
		b -= n
	}
	return a, b
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\ufeff':
		return true
	}
	return false
}
