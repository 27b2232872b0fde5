package figures

import (
	"strings"
	"unicode/utf8"
)

// Label is a label already passed through NormalizeLabel, measured once
// (rune count, head, bigrams) for callers that compare it with many others:
// a.Matches(&b) == NormalizedLabelsMatch(a.S, b.S).
type Label struct {
	S     string
	runes int
	head  string
}

// NewLabel measures a normalised label.
func NewLabel(normalized string) Label {
	return Label{S: normalized, runes: utf8.RuneCountInString(normalized), head: LabelHead(normalized)}
}

// Head is LabelHead(l.S).
func (l *Label) Head() string { return l.head }

// Matches is NormalizedLabelsMatch(a.S, b.S) without measuring the labels
// again.
func (a *Label) Matches(b *Label) bool {
	if a.S == "" || b.S == "" {
		return false
	}
	if a.S == b.S {
		return true
	}
	if strings.HasPrefix(a.S, "其他") != strings.HasPrefix(b.S, "其他") {
		return false
	}
	la, lb := a.runes, b.runes
	if la < 2 || lb < 2 {
		return false
	}
	short, long, ls := a.S, b.S, la
	if la > lb {
		short, long, ls = b.S, a.S, lb
	}
	if ls >= 3 && strings.HasSuffix(long, short) {
		return !suffixIsPartOfWord(long[:len(long)-len(short)])
	}
	if la != lb || a.head != b.head {
		return false
	}
	return diceOnStack(a.S, b.S) >= 0.8
}

// diceOnStack is diceBigrams(bigrams(a), bigrams(b)) with the bigrams made
// in buffers on the stack (labels of up to 33 runes): made again at each
// comparison, which costs less than keeping them per label on the heap
// (TestDiceOnStack compares the two).
func diceOnStack(a, b string) float64 {
	var ba, bb [32][2]rune
	return diceBigrams(appendBigrams(ba[:0], a), appendBigrams(bb[:0], b))
}

// appendBigrams appends bigrams(s) to dst.
func appendBigrams(dst [][2]rune, s string) [][2]rune {
	var prev rune
	n := 0
	for _, r := range s {
		if n > 0 {
			dst = append(dst, [2]rune{prev, r})
		}
		prev = r
		n++
	}
	if n == 1 {
		dst = append(dst, [2]rune{prev, 0})
	}
	return dst
}

// diceBigrams is dice on bigrams already made, for two different labels.
func diceBigrams(ba, bb [][2]rune) float64 {
	if len(ba) == 0 || len(bb) == 0 {
		return 0
	}
	common := 0
	var buf [64]bool
	used := buf[:0]
	if len(bb) <= len(buf) {
		used = buf[:len(bb)]
	} else {
		used = make([]bool, len(bb))
	}
	for _, x := range ba {
		for j, y := range bb {
			if !used[j] && x == y {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(len(ba)+len(bb))
}
