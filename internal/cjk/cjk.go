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
