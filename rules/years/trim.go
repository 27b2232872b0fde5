package years

import "strings"

// trimSpace is strings.TrimSpace, answering at once when s neither starts
// nor ends with a white-space rune, which it tells from the bytes of that
// rune: most lines end in 。 (E3 80 82), whose lead byte U+3000 shares,
// and cjk.TrimSpace sends them to strings.TrimSpace. trim_test.go checks
// it against strings.TrimSpace.
func trimSpace(s string) string {
	if s == "" || !spaceFirst(s) && !spaceLast(s) {
		return s
	}
	return strings.TrimSpace(s)
}

// asciiSpace is unicode.IsSpace for ASCII: \t \n \v \f \r and space.
var asciiSpace = [128]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// spaceRune reports whether b, the bytes of one rune, encode a white-space
// rune other than ASCII: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
// U+2029, U+202F, U+205F or U+3000.
func spaceRune(b string) bool {
	switch len(b) {
	case 2:
		return b == "\u0085" || b == "\u00a0"
	case 3:
		switch b[0] {
		case 0xE1:
			return b == "\u1680"
		case 0xE2:
			return b[1] == 0x80 && (b[2] >= 0x80 && b[2] <= 0x8A || b[2] == 0xA8 || b[2] == 0xA9 || b[2] == 0xAF) ||
				b == "\u205f"
		case 0xE3:
			return b == "\u3000"
		}
	}
	return false
}

// spaceFirst reports whether s (not empty) starts with a white-space rune.
func spaceFirst(s string) bool {
	c := s[0]
	switch {
	case c < 0x80:
		return asciiSpace[c]
	case c == 0xC2 && len(s) >= 2:
		return spaceRune(s[:2])
	case c >= 0xE1 && c <= 0xE3 && len(s) >= 3:
		return spaceRune(s[:3])
	}
	return false
}

// spaceLast reports whether s (not empty) ends with a white-space rune.
func spaceLast(s string) bool {
	n := len(s)
	if c := s[n-1]; c < 0x80 {
		return asciiSpace[c]
	}
	return n >= 2 && s[n-2] == 0xC2 && spaceRune(s[n-2:]) ||
		n >= 3 && s[n-3] >= 0xE1 && s[n-3] <= 0xE3 && spaceRune(s[n-3:])
}
