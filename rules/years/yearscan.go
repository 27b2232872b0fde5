package years

import (
	"iter"
	"strings"
	"unicode/utf8"
)

// yearIndex returns the year mentions of s exactly as
// yearRe.FindAllStringSubmatchIndex(s, n) would — each as
// [start, end, yearStart, yearEnd], where the match includes the character
// before the year and the 年 after it. Hot paths use yearScanner directly,
// which allocates nothing; yearIndex is its form for the regexp tests.
func yearIndex(s string, n int) [][]int {
	var out [][]int
	ys := yearScanner{s: s}
	for n < 0 || len(out) < n {
		m, ok := ys.next()
		if !ok {
			break
		}
		out = append(out, []int{m[0], m[1], m[2], m[3]})
	}
	return out
}

// yearScanner finds the matches of yearRe in s one at a time without
// running the regexp: it jumps from one 年 to the next and looks back. The
// backtracking regexp was the single hottest spot of the audit (no literal
// prefix to search for).
type yearScanner struct {
	s    string
	pos  int // end of the last match: the next match starts at or after it
	scan int // where to look for the next 年
	// With watch set, sensitive records whether one of the 年 passed so
	// far makes s yearSensitive; once the scan is done, whether s is.
	watch, sensitive bool
	// With listed set, the 年 of s are read from marks (the yearMarks of
	// the text s is text[base:base+len(s)] of, those inside s) instead of
	// searched for.
	listed bool
	marks  yearMarks
	base   int
}

// next returns the next match as [start, end, yearStart, yearEnd].
func (ys *yearScanner) next() ([4]int, bool) {
	if ys.listed {
		return ys.nextListed()
	}
	s := ys.s
	for ys.scan < len(s) {
		i := indexHan(s[ys.scan:], "年")
		if i < 0 {
			break
		}
		k := ys.scan + i
		ys.scan = k + len("年")
		if ys.watch && !ys.sensitive {
			ys.sensitive = sensitiveAt(s, k)
		}
		if m, ok := ys.at(k); ok {
			return m, true
		}
	}
	ys.scan = len(s)
	return [4]int{}, false
}

// nextListed is next reading the 年 from ys.marks.
func (ys *yearScanner) nextListed() ([4]int, bool) {
	for {
		k, ok := ys.nextNian()
		if !ok {
			break
		}
		ys.scan = k + len("年")
		if ys.watch && !ys.sensitive {
			ys.sensitive = sensitiveAt(ys.s, k)
		}
		if m, ok := ys.at(k); ok {
			return m, true
		}
	}
	ys.scan = len(ys.s)
	return [4]int{}, false
}

// nextNian returns the offset in s of the first 年 at or after ys.scan.
func (ys *yearScanner) nextNian() (int, bool) {
	if ys.listed {
		for len(ys.marks) > 0 {
			k := int(ys.marks[0]) - ys.base
			ys.marks = ys.marks[1:]
			if k >= ys.scan {
				return k, true
			}
		}
		return 0, false
	}
	if ys.scan >= len(ys.s) {
		return 0, false
	}
	i := indexHan(ys.s[ys.scan:], "年")
	if i < 0 {
		return 0, false
	}
	return ys.scan + i, true
}

// at returns the match that ends at the 年 at s[k:], if one does, given
// the matches before it: next's step for each 年, in order. (appendEvents
// walks the 年 of a text once for both scanners with it.)
func (ys *yearScanner) at(k int) ([4]int, bool) {
	s := ys.s
	// \s* (ASCII white space) between the digits and 年
	e := k
	for e > ys.pos && isSpace(s[e-1]) {
		e--
	}
	d := e - 4
	if d < ys.pos || !isYear(s[d:e]) {
		return [4]int{}, false // no year ends at this 年 (it may still precede one)
	}
	start := -1
	if d == 0 {
		start = 0 // ^ alternative (only at the start of the text)
	} else if r, w := utf8.DecodeLastRuneInString(s[:d]); d-w >= ys.pos && !excludedBefore(r) {
		start = d - w
	}
	if start < 0 {
		return [4]int{}, false
	}
	next := k + len("年")
	ys.pos = next
	return [4]int{start, next, d, d + 4}, true
}

// yearAt returns the year of a match of yearScanner.next in s.
func yearAt(s string, m [4]int) int {
	b := s[m[2]:m[3]] // four ASCII digits (isYear)
	return int(b[0]-'0')*1000 + int(b[1]-'0')*100 + int(b[2]-'0')*10 + int(b[3]-'0')
}

// indexHan is strings.Index(s, w) for a w of three bytes (a Han character
// such as 年). strings.Index looks for w's first byte, the lead byte of a
// sixteenth of all Han characters, and stops at every few characters of
// Chinese text; w's last byte is a continuation byte several times rarer.
// Every YR rule scans its text for 年, so this is the inner loop of the
// family (yearscan_test.go checks it against strings.Index).
func indexHan(s, w string) int {
	c0, c1, c2 := w[0], w[1], w[2]
	for i := 2; i < len(s); {
		j := strings.IndexByte(s[i:], c2)
		if j < 0 {
			return -1
		}
		k := i + j
		if s[k-1] == c1 && s[k-2] == c0 {
			return k - 2
		}
		i = k + 1
	}
	return -1
}

// containsHan is strings.Contains(s, w) for a w of three bytes.
func containsHan(s, w string) bool { return indexHan(s, w) >= 0 }

// containsHan2 is strings.Contains(s, a+b) for a and b of three bytes
// each: it looks for b's last byte (indexHan), not for a's lead byte.
func containsHan2(s, a, b string) bool {
	for k := 0; k < len(s); {
		i := indexHan(s[k:], b)
		if i < 0 {
			return false
		}
		k += i
		if k >= len(a) && s[k-len(a):k] == a {
			return true
		}
		k += len(b)
	}
	return false
}

// isSpace is regexp's \s: [\t\n\f\r ].
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// isYear matches (?:19|20)[0-9]{2}.
func isYear(s string) bool {
	return len(s) == 4 && (s[0] == '1' && s[1] == '9' || s[0] == '2' && s[1] == '0') &&
		s[2] >= '0' && s[2] <= '9' && s[3] >= '0' && s[3] <= '9'
}

// excludedBefore is the set a year must not follow: [0-9０-９.].
func excludedBefore(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '.'
}

// relIndex is relRe.FindAllStringIndex(s, -1) without the regexp, for the
// tests; hot paths use relScanner.
func relIndex(s string) [][]int {
	var out [][]int
	rs := relScanner{s: s}
	for {
		m, ok := rs.next()
		if !ok {
			return out
		}
		out = append(out, []int{m[0], m[1]})
	}
}

// relScanner finds the relative year words of s (本年度|本年|今年|当年|
// 上年度|上年|去年|上一年度|上一年) one at a time: every one holds 年, so it
// jumps from one 年 to the next and looks back.
type relScanner struct {
	s         string
	pos, scan int
}

// next returns the next match as [start, end].
func (rs *relScanner) next() ([2]int, bool) {
	s := rs.s
	for rs.scan < len(s) {
		i := indexHan(s[rs.scan:], "年")
		if i < 0 {
			break
		}
		k := rs.scan + i
		rs.scan = k + len("年")
		if m, ok := rs.at(k); ok {
			return m, true
		}
	}
	rs.scan = len(s)
	return [2]int{}, false
}

// at returns the match holding the 年 at s[k:], if there is one, given
// the matches before it: next's step for each 年, in order.
func (rs *relScanner) at(k int) ([2]int, bool) {
	s := rs.s
	start, degree := -1, false
	switch {
	case k-6 >= rs.pos && s[k-6:k] == "上一":
		start, degree = k-6, true
	case k-3 >= rs.pos:
		switch s[k-3 : k] {
		case "本", "上":
			start, degree = k-3, true
		case "今", "当", "去":
			start = k - 3
		}
	}
	if start < 0 {
		return [2]int{}, false
	}
	end := k + len("年")
	if degree && strings.HasPrefix(s[end:], "度") {
		end += len("度")
	}
	rs.pos, rs.scan = end, end
	return [2]int{start, end}, true
}

// moneyIndex is moneyRe.FindAllStringSubmatchIndex(s, -1) without the
// regexp, for the tests; hot paths call nextMoney.
func moneyIndex(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		m, ok := nextMoney(s, i)
		if !ok {
			return out
		}
		out = append(out, m[:])
		i = m[1]
	}
}

// nextMoney returns the first match of moneyRe in s at or after i: a figure
// ([0-9][0-9,]*(?:\.[0-9]+)?), optional ASCII space and a money unit
// (万亿元|亿元|万元|千元|元), as [start, end, numStart, numEnd, unitStart, unitEnd].
//
// Every match ends at a 元 (each unit does) and holds no other, so the
// first match ends at the first 元 that ends one: it goes from 元 to 元,
// and reads only the characters a match can hold right before each ([0-9,.],
// white space, 万亿千), with scanMoney. A match starting before them would
// hold a character outside them; one ending at a later 元 would hold this
// one. Most of a sentence is never read for a digit. (moneyIndex is
// checked against moneyRe.)
func nextMoney(s string, i int) ([6]int, bool) {
	for i < len(s) {
		k := indexHan(s[i:], "元")
		if k < 0 {
			break
		}
		k += i
		j := k
		for j > i {
			if c := s[j-1]; isDigit(c) || c == ',' || c == '.' || isSpace(c) {
				j--
			} else if j-3 >= i && (s[j-3:j] == "万" || s[j-3:j] == "亿" || s[j-3:j] == "千") {
				j -= 3
			} else {
				break
			}
		}
		if m, ok := scanMoney(s[:k+len("元")], j); ok {
			return m, true
		}
		i = k + len("元")
	}
	return [6]int{}, false
}

// scanMoney is nextMoney reading s from i for a digit.
//
// A match that fails at one digit fails at every later digit of the same
// run of [0-9,]: each reads the run to the same end, and what follows
// decides. So the scan goes on after the run ("2022年", "12.5%" are
// tried once, not once per digit); a point ends the run ("1.2.3元"
// matches from the 2).
func scanMoney(s string, i int) ([6]int, bool) {
	for i < len(s) {
		if !isDigit(s[i]) {
			i++
			continue
		}
		if m, ok := moneyAt(s, i); ok {
			return m, true
		}
		for i++; i < len(s) && (isDigit(s[i]) || s[i] == ','); i++ {
		}
	}
	return [6]int{}, false
}

// moneyAt matches moneyRe anchored at i (s[i] is a digit). Backtracking
// cannot help the regexp: a shorter figure leaves a digit, comma or point
// where the space or unit must come.
func moneyAt(s string, i int) ([6]int, bool) {
	j := i + 1
	for j < len(s) && (isDigit(s[j]) || s[j] == ',') {
		j++
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	numEnd := j
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	for _, u := range moneyUnits {
		if strings.HasPrefix(s[j:], u) {
			return [6]int{i, j + len(u), i, numEnd, j, j + len(u)}, true
		}
	}
	return [6]int{}, false
}

var moneyUnits = []string{"万亿元", "亿元", "万元", "千元", "元"}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// maskYears is maskRe.ReplaceAllString(s, "#年") without the regexp: every
// four-digit year with its 年 ((?:19|20)[0-9]{2}\s*年) becomes "#年".
func maskYears(s string) string {
	var b strings.Builder
	pos := 0 // end of the last match, copied up to there
	for m := range maskedYears(s) {
		if b.Len() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[pos:m[0]])
		b.WriteString("#年")
		pos = m[1]
	}
	if pos == 0 {
		return s
	}
	b.WriteString(s[pos:])
	return b.String()
}

// maskedYears yields the [start, end) of each match of maskRe in s, in
// order: a year, optional ASCII space and 年.
func maskedYears(s string) iter.Seq[[2]int] {
	return func(yield func([2]int) bool) {
		pos, scan := 0, 0
		for scan < len(s) {
			i := indexHan(s[scan:], "年")
			if i < 0 {
				return
			}
			k := scan + i
			scan = k + len("年")
			e := k
			for e > pos && isSpace(s[e-1]) {
				e--
			}
			d := e - 4
			if d < pos || !isYear(s[d:e]) {
				continue
			}
			if !yield([2]int{d, scan}) {
				return
			}
			pos = scan
		}
	}
}
