package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// narrow measures with East Asian ambiguous characters as one column, the
// setting the text printer gives tablewriter, so that our wrapping and its
// padding agree.
var narrow = twwidth.Options{EastAsianWidth: false}

// Width returns the display width of s in terminal columns: East Asian wide
// characters count 2, ANSI escape sequences 0.
func Width(s string) int { return twwidth.WidthWithOptions(s, narrow) }

// Wrap breaks s into lines no wider than width columns (by display width,
// not bytes or runes) and joins them with "\n". Chinese text may break
// between any two characters, except that closing punctuation (，。、）」…)
// never starts a line; runs of Latin letters and digits (words, numbers
// such as 1,413.16) break only at spaces unless they alone are too wide.
// Existing line breaks are kept. width < 1 returns s unchanged.
func Wrap(s string, width int) string {
	if width < 1 {
		return s
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, width)...)
	}
	return strings.Join(out, "\n")
}

// token is an unbreakable piece: a word, one space or one wide character.
type token struct {
	s     string
	w     int
	space bool
}

func tokens(s string) []token {
	var ts []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ':
			ts = append(ts, token{" ", 1, true})
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			ts = append(ts, token{s: s[i:j], w: Width(s[i:j])})
			i = j
		default:
			ts = append(ts, token{s: s[i : i+n], w: Width(s[i : i+n])})
			i += n
		}
	}
	return ts
}

// isWordRune reports runes that glue into words: narrow letters, digits and
// the punctuation inside numbers and identifiers.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r > ' ' && r != 0x7f
	}
	return unicode.IsLetter(r) && Width(string(r)) == 1
}

// noLineStart lists characters that must not begin a line (禁则).
const noLineStart = "，。、；：？！）》」』】〕’”％%…·,.;:?!)]}"

// noLineEnd lists characters that must not end a line.
const noLineEnd = "（《「『【〔‘“(["

func wrapLine(s string, width int) []string {
	var lines []string
	var cur []token
	curW := 0
	flush := func() {
		// drop trailing spaces
		for len(cur) > 0 && cur[len(cur)-1].space {
			curW -= cur[len(cur)-1].w
			cur = cur[:len(cur)-1]
		}
		var b strings.Builder
		for _, t := range cur {
			b.WriteString(t.s)
		}
		lines = append(lines, b.String())
		cur, curW = nil, 0
	}
	for _, t := range tokens(s) {
		if t.space && len(cur) == 0 && len(lines) > 0 {
			continue // no leading space on a continuation line
		}
		if curW+t.w <= width {
			cur = append(cur, t)
			curW += t.w
			continue
		}
		if t.space {
			flush()
			continue
		}
		// t does not fit.
		var carry []token
		take := func() {
			last := cur[len(cur)-1]
			carry = append([]token{last}, carry...)
			cur = cur[:len(cur)-1]
			curW -= last.w
		}
		if sp := lastSpace(cur); sp > 0 && sp < len(cur)-1 && tailWidth(cur[sp+1:])+t.w <= width/3 {
			// Prefer the space when little follows it: "第60段 第" + "12字"
			// breaks before "第12字", not inside it.
			carry = append(carry, cur[sp+1:]...)
			cur = cur[:sp]
			curW = tailWidth(cur)
		} else if strings.Contains(noLineStart, t.s) && len(cur) > 1 && !cur[len(cur)-1].space {
			// Take the last character along so the punctuation does not
			// start the next line, and more while that is punctuation too.
			take()
			for len(cur) > 1 && !cur[len(cur)-1].space && strings.Contains(noLineStart, carry[0].s) {
				take()
			}
		}
		if len(cur) > 1 && strings.Contains(noLineEnd, cur[len(cur)-1].s) {
			take() // an opening bracket does not end a line
		}
		if len(cur) > 0 {
			flush()
		}
		for _, c := range carry {
			cur = append(cur, c)
			curW += c.w
		}
		if curW+t.w <= width {
			cur = append(cur, t)
			curW += t.w
			continue
		}
		// A word wider than the line: break it by characters.
		for _, r := range t.s {
			rw := Width(string(r))
			if curW+rw > width && len(cur) > 0 {
				flush()
			}
			cur = append(cur, token{s: string(r), w: rw})
			curW += rw
		}
	}
	if len(cur) > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// lastSpace returns the index of the last space token in ts, or -1.
func lastSpace(ts []token) int {
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].space {
			return i
		}
	}
	return -1
}

func tailWidth(ts []token) int {
	w := 0
	for _, t := range ts {
		w += t.w
	}
	return w
}
