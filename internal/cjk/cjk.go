package cjk

import (
	"strings"
	"unicode/utf8"
)

// TrimSpace is strings.TrimSpace, answering at once when s neither starts
// nor ends with a space. A white-space rune is ASCII, or starts with C2
// (U+0085, U+00A0) or E1–E3 (U+1680, U+2000–U+205F, U+3000) and is two or
// three bytes long: s ends in one only if its last byte is ASCII, the one
// before it C2 or the one before that E1–E3. (A Han character starts with
// E4–E9.)
func TrimSpace(s string) string {
	if s == "" {
		return s
	}
	n := len(s)
	if c := s[0]; c <= ' ' || c == 0xC2 || c >= 0xE1 && c <= 0xE3 {
		return strings.TrimSpace(s)
	}
	if s[n-1] <= ' ' || n >= 2 && s[n-2] == 0xC2 || n >= 3 && s[n-3] >= 0xE1 && s[n-3] <= 0xE3 {
		return strings.TrimSpace(s)
	}
	return s
}

// RuneCount is utf8.RuneCountInString(s).
func RuneCount(s string) int { return RuneCountUpTo(s, len(s)) }

// RuneCountUpTo is min(utf8.RuneCountInString(s), limit), reading no
// further than the limit-th rune. ASCII and the common three-byte runes
// (lead byte E1–EC or EE–EF, which any two continuation bytes complete)
// are counted without decoding them.
func RuneCountUpTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; n++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			i += 3
		default:
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
		}
	}
	return n
}

// FirstRunes returns the first n runes of s (all of s when shorter).
func FirstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// Index is strings.Index(s, substr), faster for a Chinese substr in
// Chinese text. strings.Index looks for the first byte of substr and
// compares from there; the first byte of a Han character is one of six
// (E4–E9) that start most runes of the text, so nearly every rune is a
// candidate. Index looks instead for the byte of substr that is rarest in
// such text (byteRank), a continuation byte of one of its characters
// mostly, with strings.IndexByte, and compares substr around it.
func Index(s, substr string) int {
	n := len(substr)
	if n < 2 || substr[0] < utf8.RuneSelf || n > len(s) {
		return strings.Index(s, substr) // (ASCII, one byte, or too long)
	}
	k := 0 // the pivot: substr's rarest byte
	for i := 1; i < n; i++ {
		if byteRank[substr[i]] > byteRank[substr[k]] {
			k = i
		}
	}
	c := substr[k]
	last := len(s) - n // the last start at which substr fits
	for i := 0; i <= last; {
		j := strings.IndexByte(s[i+k:last+k+1], c)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
		i++
	}
	return -1
}

// Contains is strings.Contains(s, substr), by Index.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAnyOf reports whether s contains one of words (by Contains):
// the word lists of the rules ("收入", "到位", "下达", …).
func ContainsAnyOf(s string, words ...string) bool {
	for _, w := range words {
		if Contains(s, w) {
			return true
		}
	}
	return false
}

// HasAnyPrefix reports whether s begins with one of prefixes.
func HasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// HasAnySuffix reports whether s ends with one of suffixes.
func HasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
