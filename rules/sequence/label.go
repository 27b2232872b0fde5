package sequence

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
)

// label is a numbering label at the start of a line.
type label struct {
	Style  string // "一、", "（一）", "1.", "1.1", "（1）", "1）", "①", "第一章", "指标1", "一是"
	Value  int
	Parent int    // for "1.1": the first number
	Text   string // as written
	Len    int    // bytes of the label in the original line (after leading space)
	// Weak marks a reading that may be a quantity instead ("8.6个重大专项"
	// is item 8 or 8.6 of something): it counts only where it continues a list.
	Weak bool
}

var (
	circled   = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
	cnDigits  = "一二三四五六七八九十" // cnRe
	wordFirst = "指任目措问举建重项"  // first runes of wordRe's words
	unitNext  = "亿万千百元%％个倍人户家项次件台套吨米亩年月日号期种类条名位只批座所处支篇部大场轮级届"
)

// mayStartLabel reports whether a label parseLabel reads can start with r
// (after leading space): a digit, 第, a bracket, a Chinese numeral, the
// first character of a word label, or a circled number.
func mayStartLabel(r rune) bool {
	return r >= '0' && r <= '9' || r == '第' || r == '（' || r == '(' || isCNDigit(r) || isWordFirst(r) || isCircled(r)
}

// isCircled reports whether r is one of circled (① to ⑳, U+2460…U+2473).
func isCircled(r rune) bool { return r >= '①' && r <= '⑳' }

// isCNDigit reports whether r is one of cnDigits.
func isCNDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// isWordFirst reports whether r is one of wordFirst.
func isWordFirst(r rune) bool {
	switch r {
	case '指', '任', '目', '措', '问', '举', '建', '重', '项':
		return true
	}
	return false
}

// parseLabel reads the numbering label at the start of s as it reads after
// figures.Normalize (１．, （一）and ：are the ASCII forms), without
// building the normalised copy: it reads s rune by rune through normRune.
// Leading spaces are skipped; lead and l.Len are byte lengths in s, and
// l.Text is s's own text of the label.
//
// It is the regexp cascade of parseLabelRef (label_fast_test.go) written
// out by hand, pattern by pattern, in the same order:
//
//	第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(章|节|部分|条|篇)      第一章
//	([一二三四五六七八九十]{1,3})\s*[、．.]                          一、
//	[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]                     （一）
//	[（(]\s*([0-9]{1,2})\s*[）)]                                    （1）
//	(指标|任务|…)([0-9]{1,2})\s*[：:、.．]                           指标1：
//	([0-9]{1,2})[.．]([0-9]{1,2})(?:[.．、]?\s*)([^0-9.．%％])        1.1 (or a weak 1.)
//	([0-9]{1,2})[.．](?:19|20)[0-9]{2}\s*年                          14.2025年 (weak 1.)
//	([0-9]{1,2})[）)]                                                1）
//	([0-9]{1,2})\s*(?:[、．]|\.([^0-9]|$))                           1.
//
// Most lines are rejected on their first rune.
func parseLabel(s string) (l label, lead int, ok bool) {
	lead = leadingSpace(s)
	t := s[lead:]
	r, n := runeAt(t, 0)
	if n == 0 {
		return label{}, 0, false
	}
	if isCircled(r) {
		return label{Style: "①", Value: int(r-'①') + 1, Text: t[:n], Len: n}, lead, true
	}
	var ln int
	switch {
	case r == '第':
		l, ln = chapterLabel(t, n)
	case r == '(':
		l, ln = bracketLabel(t, n)
	case r >= '0' && r <= '9':
		l, ln = digitLabel(t)
	case isCNDigit(r):
		l, ln = cnLabel(t)
	case isWordFirst(r):
		l, ln = wordLabel(t)
	}
	if ln == 0 {
		return label{}, 0, false
	}
	l.Len = ln
	if l.Text == "" {
		l.Text = t[:ln]
	}
	return l, lead, true
}

// leadingSpace is len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace)).
func leadingSpace(s string) int {
	i := 0
	for i < len(s) {
		space, n := spaceAt(s, i)
		if !space {
			return i
		}
		i += n
	}
	return i
}

// spaceAt reports whether a space (unicode.IsSpace) starts at s[i], and
// the width to step over: the space's, or 1 for any other byte. Stepping a
// byte at a time is safe: the non-ASCII spaces start with C2, E1, E2 or E3,
// which never occur inside another character's encoding, and the
// characters they do not start are stepped over byte by byte.
//
// The non-ASCII spaces are few (U+0085, U+00A0, U+1680, U+2000–U+200A,
// U+2028, U+2029, U+202F, U+205F, U+3000): their encodings are compared
// in place rather than decoded and looked up (spaceAtRef in
// label_fast_test.go is the plain version). A Chinese text's 。、“” start
// with E2 or E3 too.
func spaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	switch c {
	case 0xc2:
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xa0) {
			return true, 2
		}
	case 0xe1, 0xe2, 0xe3:
		if i+2 >= len(s) {
			break
		}
		b1, b2 := s[i+1], s[i+2]
		switch c {
		case 0xe1: // U+1680
			if b1 == 0x9a && b2 == 0x80 {
				return true, 3
			}
		case 0xe2: // U+2000–U+200A, U+2028, U+2029, U+202F; U+205F
			if b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8a || b2 == 0xa8 || b2 == 0xa9 || b2 == 0xaf) || b1 == 0x81 && b2 == 0x9f {
				return true, 3
			}
		case 0xe3: // U+3000
			if b1 == 0x80 && b2 == 0x80 {
				return true, 3
			}
		}
	}
	return false, 1
}

// asciiSpace marks the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// runeAt returns the rune at t[i:] as figures.Normalize reads it and its
// width in t; (-1, 0) at the end.
func runeAt(t string, i int) (rune, int) {
	if i >= len(t) {
		return -1, 0
	}
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(t[i:])
	return normRune(r), n
}

// normRune is figures.Normalize for one rune (normRune_test.go checks
// every rune against it): full-width ASCII, the ideographic space, the
// dashes and the full-width full stop become their ASCII forms.
func normRune(r rune) rune {
	switch {
	case r >= '！' && r <= '～':
		return r - 0xFEE0
	case r == '\u3000':
		return ' '
	case r == '−' || r == '–' || r == '‐' || r == '‑':
		return '-'
	}
	return r
}

// isDigit reports an ASCII digit.
func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isWS is the regexp class \s: [\t\n\f\r ].
func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' }

// skipWS returns the offset after the \s* run at t[i:].
func skipWS(t string, i int) int {
	for {
		r, n := runeAt(t, i)
		if !isWS(r) {
			return i
		}
		i += n
	}
}

// digitRun returns the end of the digit run at t[i:], its length and
// value (the value only for runs of one or two digits).
func digitRun(t string, i int) (end, k, v int) {
	end = i
	for {
		r, n := runeAt(t, end)
		if !isDigit(r) {
			return end, k, v
		}
		v = v*10 + int(r-'0')
		end += n
		k++
	}
}

// cnRun returns the end of the run of Chinese numerals 一…十 at t[i:] and
// its length in runes.
func cnRun(t string, i int) (end, k int) {
	end = i
	for {
		r, n := runeAt(t, end)
		if !isCNDigit(r) {
			return end, k
		}
		end += n
		k++
	}
}

// cnValue is num for a run of one to three Chinese numerals, looked up.
func cnValue(s string) int { return cnValues()[s] }

var cnValues = sync.OnceValue(func() map[string]int {
	ds := []rune(cnDigits)
	m := map[string]int{}
	var add func(prefix string, k int)
	add = func(prefix string, k int) {
		if k == 0 {
			return
		}
		for _, d := range ds {
			s := prefix + string(d)
			m[s] = num(s)
			add(s, k-1)
		}
	}
	add("", 3)
	return m
})

var chapterSuffixes = []struct{ suffix, style string }{
	{"章", "第章"}, {"节", "第节"}, {"部分", "第部分"}, {"条", "第条"}, {"篇", "第篇"},
}

// chapterLabel reads 第…章 after the 第 of width n; it returns the length
// of the label, 0 if none.
func chapterLabel(t string, n int) (label, int) {
	var v, end int
	if e, k := cnRun(t, n); k > 0 {
		if k > 3 {
			return label{}, 0
		}
		v, end = cnValue(t[n:e]), e
	} else {
		e, k, dv := digitRun(t, n)
		if k == 0 || k > 2 {
			return label{}, 0
		}
		v, end = dv, e
	}
	for _, s := range chapterSuffixes {
		if strings.HasPrefix(t[end:], s.suffix) {
			return label{Style: s.style, Value: v}, end + len(s.suffix)
		}
	}
	return label{}, 0
}

// cnLabel reads 一、 (cnRe).
func cnLabel(t string) (label, int) {
	e, k := cnRun(t, 0)
	if k > 3 {
		return label{}, 0
	}
	j := skipWS(t, e)
	if r, n := runeAt(t, j); r == '、' || r == '.' {
		return label{Style: "一、", Value: cnValue(t[:e])}, j + n
	}
	return label{}, 0
}

// bracketLabel reads （一） (pcnRe) or （1） (pnumRe) after the bracket of
// width n.
func bracketLabel(t string, n int) (label, int) {
	i := skipWS(t, n)
	if e, k := cnRun(t, i); k > 0 {
		if k > 3 {
			return label{}, 0
		}
		j := skipWS(t, e)
		if r, w := runeAt(t, j); r == ')' {
			return label{Style: "（一）", Value: cnValue(t[i:e])}, j + w
		}
		return label{}, 0
	}
	e, k, v := digitRun(t, i)
	if k == 0 || k > 2 {
		return label{}, 0
	}
	j := skipWS(t, e)
	if r, w := runeAt(t, j); r == ')' {
		return label{Style: "（1）", Value: v}, j + w
	}
	return label{}, 0
}

var wordLabels = []struct{ word, style string }{
	{"指标", "指标N"}, {"任务", "任务N"}, {"目标", "目标N"}, {"措施", "措施N"}, {"问题", "问题N"},
	{"举措", "举措N"}, {"建议", "建议N"}, {"重点", "重点N"}, {"项目", "项目N"},
}

// wordLabel reads 指标1： (wordRe); the label's text leaves out the
// separator and the spaces before it.
func wordLabel(t string) (label, int) {
	for _, w := range wordLabels {
		if !strings.HasPrefix(t, w.word) {
			continue
		}
		e, k, v := digitRun(t, len(w.word))
		if k == 0 || k > 2 {
			return label{}, 0
		}
		j := skipWS(t, e)
		if r, _ := runeAt(t, j); r != ':' && r != '、' && r != '.' {
			return label{}, 0
		}
		// strings.TrimRight(m[0], "：:、.． "): the separator, then the
		// spaces (' ' or U+3000) at the end of the \s* run
		end := j
		for end > e {
			r, n := utf8.DecodeLastRuneInString(t[:end])
			if normRune(r) != ' ' {
				break
			}
			end -= n
		}
		return label{Style: w.style, Value: v, Text: t[:end]}, end
	}
	return label{}, 0
}

// digitLabel reads the labels that start with a digit: 1.1 (or a weak 1.),
// 14.2025年 (weak 1.), 1） and 1.
func digitLabel(t string) (label, int) {
	a, k, v := digitRun(t, 0)
	if k > 2 {
		return label{}, 0 // a figure such as 1234.56
	}
	r, n := runeAt(t, a)
	switch r {
	case '.':
		if l, ln := decimalLabel(t, a+n, v); ln > 0 {
			return l, ln
		}
		// yearItemRe, "14.2025年10件民生实事": item 14, or a quantity
		if e, ky, y := digitRun(t, a+n); ky == 4 && (y/100 == 19 || y/100 == 20) {
			if r, _ := runeAt(t, skipWS(t, e)); r == '年' {
				return label{Style: "1.", Value: v, Weak: true}, a + n
			}
		}
		// "4.12315消费维权…": item 4 about a service line's number (a
		// figure of five or more decimals before a word is none)
		if e, ky, _ := digitRun(t, a+n); ky >= 5 {
			if r, _ := runeAt(t, e); unicode.Is(unicode.Han, r) && !strings.ContainsRune(unitNext, r) {
				return label{Style: "1.", Value: v, Weak: true}, a + n
			}
		}
		// numRe: "." followed by a non-digit or the end
		if r, _ := runeAt(t, a+n); !isDigit(r) {
			return label{Style: "1.", Value: v}, a + n
		}
		return label{}, 0
	case ')':
		return label{Style: "1）", Value: v}, a + n
	}
	// numRe, with spaces before the separator
	j := skipWS(t, a)
	r, n = runeAt(t, j)
	switch r {
	case '、':
		return label{Style: "1.", Value: v}, j + n
	case '.':
		if r, _ := runeAt(t, j+n); !isDigit(r) {
			return label{Style: "1.", Value: v}, j + n
		}
	}
	return label{}, 0
}

// decimalLabel reads decRe's "1.1" after the "1." that ends at b (v is
// its number): a 1.1 label when the character after it starts words, else
// a weak 1. ("8.6个重大科技专项": item 8 about six projects, or a quantity).
func decimalLabel(t string, b, v int) (label, int) {
	e, k, bv := digitRun(t, b)
	if k == 0 || k > 2 {
		return label{}, 0
	}
	r, ok := decimalNext(t, e)
	if !ok {
		return label{}, 0
	}
	// (a sub-item past 30 is a quantity: "8．65岁以上老年人健康管理人数")
	if bv <= 30 && !strings.ContainsRune(unitNext, r) && (unicode.Is(unicode.Han, r) || r == '“' || r == '《' || r == ' ') {
		return label{Style: "1.1", Value: bv, Parent: v}, e
	}
	return label{Style: "1.", Value: v, Weak: true}, b
}

// decimalNext returns the rune decRe's `(?:[.．、]?\s*)([^0-9.．%％])`
// captures at t[p:], following the regexp's backtracking: the separator
// and spaces are taken greedily, then given back one at a time.
func decimalNext(t string, p int) (rune, bool) {
	r, n := runeAt(t, p)
	if r == '.' || r == '、' {
		if r, ok := nextAfterWS(t, p+n); ok {
			return r, true
		}
		// without the separator: the separator itself is the character
		return '、', r == '、'
	}
	return nextAfterWS(t, p)
}

// nextAfterWS returns the rune `\s*([^0-9.%])` captures at t[q:]: the one
// after the spaces, else the last space.
func nextAfterWS(t string, q int) (rune, bool) {
	e := skipWS(t, q)
	if r, n := runeAt(t, e); n > 0 && !isDigit(r) && r != '.' && r != '%' {
		return r, true
	}
	if e > q {
		r, _ := utf8.DecodeLastRuneInString(t[:e])
		return normRune(r), true
	}
	return 0, false
}

func num(s string) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	n, k := figures.ParseChineseNumeral(s)
	if k == 0 || n.Dec != 0 {
		return 0
	}
	return int(n.Mant)
}

// formatLabel renders value v in the style of l, for messages.
func formatLabel(l label, v int) string {
	switch l.Style {
	case "一、":
		return cn(v) + "、"
	case "（一）":
		return "（" + cn(v) + "）"
	case "（1）":
		return "（" + strconv.Itoa(v) + "）"
	case "1）":
		return strconv.Itoa(v) + "）"
	case "1.":
		return strconv.Itoa(v) + strings.TrimLeft(figures.Normalize(l.Text), "0123456789 ")
	case "1.1":
		return strconv.Itoa(l.Parent) + "." + strconv.Itoa(v)
	case "一是":
		return cn(v) + "是"
	case "①":
		if v >= 1 && v <= 20 {
			return string([]rune(circled)[v-1])
		}
	}
	if strings.HasPrefix(l.Style, "第") {
		return "第" + cn(v) + strings.TrimPrefix(l.Style, "第")
	}
	if strings.HasSuffix(l.Style, "N") {
		return strings.TrimSuffix(l.Style, "N") + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

func cn(v int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case v <= 0 || v >= 100:
		return strconv.Itoa(v)
	case v < 10:
		return d[v]
	case v == 10:
		return "十"
	case v < 20:
		return "十" + d[v-10]
	default:
		return d[v/10] + "十" + d[v%10]
	}
}
