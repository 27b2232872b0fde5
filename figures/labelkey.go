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
	bg    [][2]rune // filled on first use
	hasBG bool
}

// NewLabel measures a normalised label.
func NewLabel(normalized string) Label {
	return Label{S: normalized, runes: utf8.RuneCountInString(normalized), head: LabelHead(normalized)}
}

// Head is LabelHead(l.S).
func (l *Label) Head() string { return l.head }

func (l *Label) bigrams() [][2]rune {
	if !l.hasBG {
		l.bg, l.hasBG = bigrams(l.S), true
	}
	return l.bg
}

// Matches is NormalizedLabelsMatch(a.S, b.S) without measuring the labels
// again.
func (a *Label) Matches(b *Label) bool {
	if a.S == "" || b.S == "" {
		return false
	}
	if a.S == b.S {
		return true
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
	return diceBigrams(a.bigrams(), b.bigrams()) >= 0.8
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
