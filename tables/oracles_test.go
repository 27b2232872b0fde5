package tables

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
)

// The plain forms of fast paths in this package, kept as their test
// oracles (the tests compare the two on fixtures and fuzzed inputs).

// rowMarkerSlow is the plain form of rowMarker, kept as its test oracle.
func rowMarkerSlow(label string) (marker string, total, subtotal bool) {
	if len(label) > 120 {
		label = label[:120] // a prose cell; only its start can be a marker
	}
	s := squash(label)
	marker, total, subtotal = markerOfSlow(s)
	if !total && bracketedTotal(s) {
		total = true
	}
	return marker, total, subtotal
}

// markerOfSlow is the plain form of markerOf, kept (through
// rowMarkerSlow) as its test oracle.
func markerOfSlow(s string) (marker string, total, subtotal bool) {
	marker = numberingMarker(s)
	body := strings.TrimPrefix(s, marker)
	if body != "" && (body[len(body)-1] == ':' || body[len(body)-1] == "："[len("：")-1]) {
		body = strings.TrimRight(body, ":：") // (a colon's last byte)
	}
	for i, w := range totalWords {
		if body == w || (strings.HasSuffix(body, w) && w != "累计" && w != "总数") || strings.HasPrefix(body, totalOpen[i]) {
			total = true
			subtotal = w == "小计"
			break
		}
	}
	if strings.HasPrefix(body, "其中") {
		total = false
	}
	return marker, total, subtotal
}

// numberingMarkerSlow is the plain definition of numberingMarker, kept as
// its test oracle.
func numberingMarkerSlow(s string) string {
	if s == "" {
		return ""
	}
	// every marker starts with a bracket or a digit: decide on the first
	// rune before converting the whole label
	r0, _ := utf8.DecodeRuneInString(s)
	if !(r0 == '(' || r0 == '（' || isCNDigit(r0) || r0 >= '0' && r0 <= '9' || r0 >= '①' && r0 <= '⑳') {
		return ""
	}
	rs := []rune(s)
	i := 0
	switch {
	case rs[0] == '(' || rs[0] == '（':
		j := 1
		for j < len(rs) && j <= 4 && (isCNDigit(rs[j]) || (rs[j] >= '0' && rs[j] <= '9')) {
			j++
		}
		if j > 1 && j < len(rs) && (rs[j] == ')' || rs[j] == '）') {
			return string(rs[:j+1])
		}
		return ""
	case isCNDigit(rs[0]):
		for i < len(rs) && i < 3 && isCNDigit(rs[i]) {
			i++
		}
		if i < len(rs) && (rs[i] == '、' || rs[i] == '.' || rs[i] == '．') {
			return string(rs[:i+1])
		}
		return ""
	case rs[0] >= '0' && rs[0] <= '9':
		for {
			k := i
			for i < len(rs) && i-k < 3 && rs[i] >= '0' && rs[i] <= '9' {
				i++
			}
			if i == k || i >= len(rs) {
				return ""
			}
			if rs[i] == '、' {
				return string(rs[:i+1])
			}
			if rs[i] == '.' {
				if i+1 < len(rs) && rs[i+1] >= '0' && rs[i+1] <= '9' {
					i++
					continue
				}
				return string(rs[:i+1])
			}
			return ""
		}
	case rs[0] >= '①' && rs[0] <= '⑳':
		return string(rs[:1])
	}
	return ""
}

// leadingCodeSlow is the plain definition of leadingCode, kept as its test
// oracle.
func leadingCodeSlow(s string, whole bool) string {
	// A code starts with 1-9 once normalised; Normalize maps rune for rune
	// and keeps spaces spaces, so the first other rune decides.
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	if !(r >= '1' && r <= '9' || r >= '１' && r <= '９') {
		return ""
	}
	s = strings.TrimSpace(figures.Normalize(s))
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n != 3 && n != 5 && n != 7 || s[0] == '0' {
		return ""
	}
	if whole && n != len(s) {
		return ""
	}
	if !whole && (n == len(s) || s[n] == '.' || s[n] == '%' || strings.HasPrefix(s[n:], "年")) {
		return ""
	}
	return s[:n]
}

// cleanLabelSlow is the plain definition of cleanLabel, kept as its test
// oracle.
func cleanLabelSlow(s string) string {
	s = strings.TrimSpace(s)
	s = labelFolder.Replace(s)
	s = strings.TrimRight(s, "：: ")
	return strings.TrimSpace(s)
}

// isQizhongSlow is the plain definition of isQizhong, kept as its test
// oracle.
func isQizhongSlow(s string) bool { return strings.HasPrefix(squash(s), "其中") }
