package figures

import (
	"strings"
	"unicode/utf8"
)

// wordList finds which word of a list a string starts or ends with, trying
// the words in list order as a loop of strings.HasPrefix/HasSuffix would,
// but only those that share the string's first (or last) rune: the lists
// are long and the figures many.
type wordList struct {
	byRune map[rune][]string
}

// prefixList indexes words by their first rune, for prefixOf.
func prefixList(words []string) wordList {
	l := wordList{byRune: map[rune][]string{}}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		l.byRune[r] = append(l.byRune[r], w)
	}
	return l
}

// suffixList indexes words by their last rune, for suffixOf.
func suffixList(words []string) wordList {
	l := wordList{byRune: map[rune][]string{}}
	for _, w := range words {
		r, _ := utf8.DecodeLastRuneInString(w)
		l.byRune[r] = append(l.byRune[r], w)
	}
	return l
}

// prefixOf returns the first word of the list that s starts with, or "".
// (A word's first rune is valid UTF-8, so s starts with the word only if
// s's first rune is that rune.)
func (l wordList) prefixOf(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range l.byRune[r] {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// suffixOf returns the first word of the list that s ends with, or "".
func (l wordList) suffixOf(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range l.byRune[r] {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// candidates returns the words of a prefixList that may start s.
func (l wordList) candidates(s string) []string {
	r, _ := utf8.DecodeRuneInString(s)
	return l.byRune[r]
}

// wordSet finds where the words of a list occur in a string, in one pass
// over it instead of one strings.Index per word.
type wordSet struct {
	words  []string
	byRune map[rune][]int // indexes of the words starting with each rune
}

func newWordSet(words []string) wordSet {
	ws := wordSet{words: words, byRune: map[rune][]int{}}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		ws.byRune[r] = append(ws.byRune[r], k)
	}
	return ws
}

// at calls f(k) for each word k found at s[i:], and stops when f returns
// false; it reports whether it stopped. A word starts at i only if the
// rune decoded there is its first rune, so every byte offset may be tried,
// inside invalid UTF-8 too.
func (ws wordSet) at(s string, i int, f func(k int) bool) bool {
	c := s[i]
	if c >= 0x80 && c < 0xC0 {
		return false // a continuation byte starts no word
	}
	var r rune
	if c < utf8.RuneSelf {
		r = rune(c)
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	for _, k := range ws.byRune[r] {
		if strings.HasPrefix(s[i:], ws.words[k]) && !f(k) {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of the words.
func (ws wordSet) containsAny(s string) bool {
	for i := 0; i < len(s); i++ {
		if ws.at(s, i, func(int) bool { return false }) {
			return true
		}
	}
	return false
}

// indexes sets first[k] and last[k] to strings.Index and
// strings.LastIndex of word k in s (−1 when absent). Both slices have
// len(ws.words) entries; either may be nil.
func (ws wordSet) indexes(s string, first, last []int) {
	for k := range ws.words {
		if first != nil {
			first[k] = -1
		}
		if last != nil {
			last[k] = -1
		}
	}
	for i := 0; i < len(s); i++ {
		ws.at(s, i, func(k int) bool {
			if first != nil && first[k] < 0 {
				first[k] = i
			}
			if last != nil {
				last[k] = i
			}
			return true
		})
	}
}
