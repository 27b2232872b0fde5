package scores

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// appendHeads appends to out the matches of headRe in s, as
// headRe.FindAllStringSubmatchIndex(s, -1) gives them (heads_test.go
// checks it against the regexp), without running the regexp: headRe
// backtracks over the Han characters before every bracket of a sentence.
//
// A match is a run of Han characters, optionally 指标, spaces, then the
// bracketed part (headTail), which holds no opening bracket and can be
// read one way only. So each opening bracket is tried once: if its
// bracketed part matches, the match starts at the leftmost Han character
// of the run before it that leaves a valid name: at most 12 characters,
// or 14 when the run ends with 指标 (which the name then leaves out, the
// lazy {2,12}? preferring the shorter name).
func appendHeads(out [][8]int, s string) [][8]int {
	pos := 0 // where the next match may start
	for i := pos; i < len(s); {
		k := indexOpenBracket(s[i:])
		if k < 0 {
			break
		}
		q := i + k
		i = q + 1
		end, n0, n1, n2, n3, ok := headTail(s, q)
		if !ok {
			continue
		}
		runEnd := q
		for runEnd > pos && isRegexpSpace(s[runEnd-1]) {
			runEnd--
		}
		// the Han characters before runEnd, counted up to 14
		start, n := runEnd, 0
		for start > pos && n < 14 {
			r, w := utf8.DecodeLastRuneInString(s[pos:start])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			start -= w
			n++
		}
		zhibiao := strings.HasSuffix(s[:runEnd], "指标") && runEnd-len("指标") >= pos
		if !zhibiao {
			for n > 12 { // drop the leftmost characters beyond 12
				_, w := utf8.DecodeRuneInString(s[start:])
				start += w
				n--
			}
		}
		if n < 2 {
			continue
		}
		nameEnd := runEnd
		if zhibiao && n >= 4 {
			nameEnd -= len("指标")
		}
		out = append(out, [8]int{start, end, start, nameEnd, n0, n1, n2, n3})
		pos, i = end, end
	}
	return out
}

// indexOpenBracket returns the offset of the first "(" or "（" in s, -1
// if none.
func indexOpenBracket(s string) int {
	a := strings.IndexByte(s, '(')
	if a < 0 {
		return cjk.Index(s, "（")
	}
	if b := cjk.Index(s[:a], "（"); b >= 0 {
		return b
	}
	return a
}

func isRegexpSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// headTail matches headRe's
// `[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[，,、;；]\s*(?:实际)?得\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[)）]`
// at s[q:]: the end of the match and of its two figures. No part of it
// can stand for the next, so it matches one way or not at all.
func headTail(s string, q int) (end, n0, n1, n2, n3 int, ok bool) {
	j := q
	switch {
	case s[j] == '(':
		j++
	case strings.HasPrefix(s[j:], "（"):
		j += len("（")
	default:
		return
	}
	var ok1 bool
	if j, n0, n1, ok1 = scoreFigure(s, j); !ok1 {
		return
	}
	j = skipRegexpSpace(s, j)
	switch {
	case j < len(s) && (s[j] == ',' || s[j] == ';'):
		j++
	case strings.HasPrefix(s[j:], "，"), strings.HasPrefix(s[j:], "、"), strings.HasPrefix(s[j:], "；"):
		j += 3
	default:
		return
	}
	j = skipRegexpSpace(s, j)
	if strings.HasPrefix(s[j:], "实际得") {
		j += len("实际")
	}
	if !strings.HasPrefix(s[j:], "得") {
		return
	}
	if j, n2, n3, ok1 = scoreFigure(s, j+len("得")); !ok1 {
		return
	}
	j = skipRegexpSpace(s, j)
	switch {
	case j < len(s) && s[j] == ')':
		return j + 1, n0, n1, n2, n3, true
	case strings.HasPrefix(s[j:], "）"):
		return j + len("）"), n0, n1, n2, n3, true
	}
	return
}

// scoreFigure matches `\s*([0-9]+(?:\.[0-9]+)?)\s*分` at s[j:]: the end
// of the match and of the figure.
func scoreFigure(s string, j int) (end, num0, num1 int, ok bool) {
	j = skipRegexpSpace(s, j)
	num0 = j
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == num0 {
		return 0, 0, 0, false
	}
	if j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
		for j++; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
		}
	}
	num1 = j
	j = skipRegexpSpace(s, j)
	if !strings.HasPrefix(s[j:], "分") {
		return 0, 0, 0, false
	}
	return j + len("分"), num0, num1, true
}
