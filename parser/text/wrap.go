package text

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied out of a PDF keeps the PDF's line breaks: a paragraph comes
// as lines of about one width, broken mid-sentence (even between a figure
// and its unit), with page numbers ("— 3 —") between them. Read line by
// line, each piece would be a paragraph of its own, and the figures of one
// sentence would lose their words. wrapWidth tells such a text from one
// written a paragraph per line, and the reader then joins a line that
// fills the width and does not end a sentence with the line after it.

// wrapWidth returns the display width (Han and full-width runes count 2)
// at or above which a prose line of s fills its line, or 0 when s is not
// wrapped text. The width is that of the longest lines (the 90th
// percentile); a text is wrapped when at least five lines that long end
// inside a word or figure, more than end with punctuation: where each
// paragraph is a line, the long lines end with 。 (or ；).
func wrapWidth(s string) int {
	// First the lines that may be wrapped: long (90 bytes or more, some
	// 30 Han characters: longer than a heading or title) and ending inside
	// a word or figure. A text written a paragraph per line has few: its
	// long lines end with 。, so it is told apart without measuring any
	// width.
	candidates := 0
	for line := range proseLines(s) {
		if len(line) >= 90 && endsInWord(line) {
			candidates++
		}
	}
	if candidates < 5 {
		return 0
	}
	var widths []int
	for line := range proseLines(s) {
		widths = append(widths, displayWidth(line))
	}
	if len(widths) < 10 {
		return 0
	}
	sorted := slices.Clone(widths)
	slices.Sort(sorted)
	p90 := sorted[len(sorted)*9/10]
	if p90 < 40 {
		return 0
	}
	full := p90 * 85 / 100
	open, closed, k := 0, 0, 0
	for line := range proseLines(s) {
		w := widths[k]
		k++
		if w < full || w > p90*11/10 {
			continue
		}
		// a wrapped line breaks anywhere, mostly inside a word or figure;
		// a paragraph's line ends with punctuation (。, or ； in a list
		// written an item per line)
		if endsInWord(line) {
			open++
		} else {
			closed++
		}
	}
	if open < 5 || open <= closed {
		return 0
	}
	return full
}

// proseLines yields the lines of s outside TAB tables that hold text: not
// a cell (TAB first), nor a cell's continuation (a line after a cell, up to
// the blank line that ends the row).
func proseLines(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		inRow := false
		for line := range strings.SplitSeq(s, "\n") {
			switch {
			case line == "":
				inRow = false
			case line[0] == '\t':
				inRow = true
			case inRow || blank(line):
			default:
				if !yield(line) {
					return
				}
			}
		}
	}
}

// endsInWord reports a line whose last rune is a letter or digit (Han
// characters are letters), not punctuation.
func endsInWord(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(line, " \t\u3000"))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// displayWidth is the width of s as printed: 2 for Han and other wide or
// full-width runes, 1 for the rest.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if wide(r) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

func wide(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x2E80 && r <= 0x9FFF, // CJK radicals, punctuation, kana, Han
		r >= 0xF900 && r <= 0xFAFF, // compatibility ideographs
		r >= 0xFF00 && r <= 0xFF60, // full-width forms
		r >= 0xFFE0 && r <= 0xFFE6,
		r >= 0x20000 && r <= 0x3FFFF: // Han extensions
		return true
	}
	return r == '“' || r == '”' || r == '‘' || r == '’' || r == '…' || r == '—'
}

// endsSentence reports a line whose last rune ends a sentence (。！？), or
// closes a quote or bracket after one. A ； or ： does not end a paragraph:
// a wrapped line may end with one.
func endsSentence(line string) bool {
	t := strings.TrimRight(line, " \t\u3000")
	for t != "" {
		r, n := utf8.DecodeLastRuneInString(t)
		switch r {
		case '。', '！', '？', '!', '?':
			return true
		case '”', '’', '）', ')', '」', '』':
			t = t[:len(t)-n]
			continue
		}
		return false
	}
	return false
}

// continuesWrap reports whether line continues the wrapped line prev: prev
// fills the width and ends mid-sentence, and line does not open with a
// numbering label (一、, （二）, 3.) that starts a paragraph or heading.
func continuesWrap(prev, line string, width int) bool {
	if displayWidth(prev) < width || endsSentence(prev) {
		return false
	}
	if num, _ := numberLabel(strings.TrimLeft(line, " \t\u3000")); num != "" {
		return false
	}
	return true
}

// pageMarker reports a line that is only a page number as a PDF prints it:
// "— 3 —", "- 12 -", "第3页", "3", "第 3 页 共 10 页".
func pageMarker(line string) bool {
	t := strings.Trim(line, " \t\u3000—–-－")
	if t == "" {
		return false
	}
	t = strings.TrimPrefix(t, "第")
	if i := strings.Index(t, "页"); i >= 0 {
		rest := strings.TrimSpace(t[i+len("页"):])
		if rest != "" && !strings.HasPrefix(rest, "共") {
			return false
		}
		t = strings.TrimSpace(t[:i])
	}
	if t == "" || len(t) > 4 {
		return false
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
