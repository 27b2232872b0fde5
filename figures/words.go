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
