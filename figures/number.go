package figures

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind distinguishes real values from the several ways a cell can be empty.
// (One byte: it sits with Number's booleans, so Number is 72 bytes.)
type Kind int8

const (
	Value Kind = iota // a number
	Blank             // nothing but spaces
	Dash              // "—", "-", "－", "/", "——": explicitly nothing (usually zero)
	Text              // not a number
)

// Number is a figure as displayed: an exact mantissa with its displayed
// decimals, so 1,234.50 is {Mant: 123450, Dec: 2}.
//
// (Kind and the booleans come last, together in one word: the struct is
// 72 bytes, not 88, and the figures of a report are many.)
type Number struct {
	Mant  int64
	Dec   int    // displayed decimals, ≥ 0
	Unit  string // unit written with the number: 元, 万元, 亿元, 个, … ("" if none)
	Bound string // comparison written before it: ≥, ≤, >, <, 约, …
	Start int    // byte offsets of the figure in the parsed string
	End   int

	Kind    Kind // Value for numbers
	Percent bool // shown with "%" (the value is the number before it)
	Permil  bool // shown with "‰"
	// Exact marks a figure known not to be rounded (counts, scores); its
	// interval is the single point. Parsers never set it; rules may.
	Exact bool
}

// IsValue reports whether n holds a number.
func (n Number) IsValue() bool { return n.Kind == Value }

// IsZeroLike reports whether n is zero, a dash or blank: the cells that
// stand for "nothing" in a sum.
func (n Number) IsZeroLike() bool {
	return n.Kind == Blank || n.Kind == Dash || (n.Kind == Value && n.Mant == 0)
}

// Float returns the displayed value as float64 (12.3% → 12.3).
func (n Number) Float() float64 {
	return float64(n.Mant) / math.Pow10(n.Dec)
}

// Rat returns the displayed value exactly.
func (n Number) Rat() *big.Rat {
	if n.Dec >= 0 && n.Dec <= 18 {
		return new(big.Rat).SetFrac64(n.Mant, pow10i(n.Dec)) // 10^18 fits an int64
	}
	return new(big.Rat).SetFrac(big.NewInt(n.Mant), pow10(n.Dec))
}

// String renders the value with its displayed decimals (no unit, no %).
func (n Number) String() string {
	if n.Kind != Value {
		return "0"
	}
	return FormatFixed(n.Mant, n.Dec)
}

// Append appends n.String() to b.
func (n Number) Append(b []byte) []byte {
	if n.Kind != Value {
		return append(b, '0')
	}
	return AppendFixed(b, n.Mant, n.Dec)
}

// FormatFixed renders mant·10⁻ᵈᵉᶜ with exactly dec decimals.
func FormatFixed(mant int64, dec int) string {
	var buf [64]byte // one allocation: the string
	return string(AppendFixed(buf[:0], mant, dec))
}

// AppendFixed appends FormatFixed(mant, dec) to b: sign, digits with
// leading zeros, point, decimals.
func AppendFixed(b []byte, mant int64, dec int) []byte {
	if dec > 24 || mant == math.MinInt64 { // rare: the plain way (−MinInt64 overflows there)
		return append(b, formatFixedSlow(mant, dec)...)
	}
	var buf [24]byte
	digits := strconv.AppendUint(buf[:0], uint64(abs(mant)), 10)
	if mant < 0 {
		b = append(b, '-')
	}
	if dec <= 0 {
		return append(b, digits...)
	}
	if n := len(digits); n > dec {
		b = append(b, digits[:n-dec]...)
		b = append(b, '.')
		b = append(b, digits[n-dec:]...)
	} else { // 0.0…digits
		b = append(b, '0', '.')
		for ; n < dec; n++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	}
	return b
}

// formatFixedSlow is FormatFixed built by string operations: the plain
// definition, used for very many decimals and as the tests' reference.
func formatFixedSlow(mant int64, dec int) string {
	neg := mant < 0
	if neg {
		mant = -mant
	}
	s := strconv.FormatInt(mant, 10)
	if dec > 0 {
		for len(s) <= dec {
			s = "0" + s
		}
		s = s[:len(s)-dec] + "." + s[len(s)-dec:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

func pow10(n int) *big.Int {
	if n <= 18 { // (n < 0 gives 1, as Exp does)
		return big.NewInt(pow10i(n))
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// Normalize maps full-width digits, letters and punctuation to ASCII and the
// various minus and dash signs to their canonical forms, rune for rune. The
// result has the same number of runes as s, so rune indexes carry over.
// Invalid UTF-8 bytes become U+FFFD, as strings.Map would make them. When
// nothing needs mapping, s itself is returned (no copy): most Chinese text
// holds full-width punctuation, but most short pieces of it do not.
func Normalize(s string) string {
	return normalize(s)
}

// normalize is Normalize (the scanner has its own, writing into a
// reused buffer and recording where widths change).
func normalize(s string) string {
	i, w, r := nextNorm(s, 0)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i < len(s) {
		b.WriteString(s[last:i])
		b.WriteRune(r)
		last = i + w
		i, w, r = nextNorm(s, last)
	}
	b.WriteString(s[last:])
	return b.String()
}

// normalizeInto is Normalize(s) written into buf's room when it differs
// from s (s itself otherwise), for a caller that only looks at the result:
// with buf on the caller's stack, nothing is allocated unless it is too
// small. The result must not be kept when buf is reused or dropped.
func normalizeInto(buf []byte, s string) string {
	i, w, r := nextNorm(s, 0)
	if i == len(s) {
		return s
	}
	b := buf[:0]
	if cap(b) < len(s) {
		b = make([]byte, 0, len(s)) // one allocation, as Normalize's (it rarely grows: full-width runes shrink)
	}
	last := 0
	for i < len(s) {
		b = append(b, s[last:i]...)
		b = utf8.AppendRune(b, r)
		last = i + w
		i, w, r = nextNorm(s, last)
	}
	b = append(b, s[last:]...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// nextNorm returns the offset, width and replacement of the first rune at
// or after s[i] that Normalize changes (an invalid byte is one of them,
// replaced by U+FFFD), or len(s) when there is none. It is
// strings.Map(normRune, ·)'s search, with the common three-byte runes
// (Han characters, full-width punctuation) decoded inline; the test
// compares it with strings.Map.
func nextNorm(s string, i int) (at, width int, repl rune) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// E1–EC and EE–EF lead a three-byte rune whenever two continuation
		// bytes follow (E0 and ED restrict the second byte: left to utf8).
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			c1, c2 := s[i+1], s[i+2]
			switch c {
			case 0xEF: // U+F000–FFFF: the full-width block U+FF01–FF5E
				if c1 == 0xBC && c2 != 0x80 {
					return i, 3, rune(0xFF00|rune(c2&0x3F)) - 0xFEE0
				}
				if c1 == 0xBD && c2 <= 0x9E {
					return i, 3, rune(0xFF40|rune(c2&0x3F)) - 0xFEE0
				}
			case 0xE3: // U+3000 ideographic space
				if c1 == 0x80 && c2 == 0x80 {
					return i, 3, ' '
				}
			case 0xE2: // U+2212 −, U+2010 ‐, U+2011 ‑, U+2013 –
				if c1 == 0x88 && c2 == 0x92 || c1 == 0x80 && (c2 == 0x90 || c2 == 0x91 || c2 == 0x93) {
					return i, 3, '-'
				}
			}
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 { // an invalid byte
			return i, 1, utf8.RuneError
		}
		if n := normRune(r); n != r {
			return i, w, n
		}
		i += w
	}
	return len(s), 0, 0
}

func normRune(r rune) rune {
	switch {
	case r >= '！' && r <= '～': // full-width ASCII block
		return r - 0xFEE0
	case r == '\u3000':
		return ' '
	case r == '−' || r == '–' || r == '‐' || r == '‑':
		return '-'
	case r == '．':
		return '.'
	}
	return r
}

var units = []string{"万亿元", "亿元", "万元", "千元", "元", "个百分点", "百分点", "倍", "个", "户", "人", "家", "项", "分", "次", "件", "所", "辆", "台", "套", "平方米", "㎡", "亩", "公里", "吨", "万人", "万户"}

// ParseCell parses the whole text of a table cell as one figure. Blank,
// dashes and non-numbers come back with Kind Blank, Dash or Text.
func ParseCell(s string) Number {
	// the normalised cell is only looked at: what is returned holds
	// values, and strings from parseNumber's lists
	var buf [64]byte
	t := strings.TrimSpace(normalizeInto(buf[:0], s))
	t = strings.Trim(t, " \t\r\n")
	switch t {
	case "":
		return Number{Kind: Blank, Start: 0, End: len(s)}
	case "-", "--", "—", "——", "/", "-—", "—-", "…", "..":
		return Number{Kind: Dash, Start: 0, End: len(s)}
	}
	n, rest, ok := parseNumber(t)
	if !ok || strings.TrimSpace(rest) != "" {
		return Number{Kind: Text, Start: 0, End: len(s)}
	}
	n.Start, n.End = 0, len(s)
	return n
}

// numberBounds are the comparisons parseNumber reads before a figure.
var numberBounds = []string{"≥", "≤", ">=", "<=", ">", "<", "约", "≈"}

// parseNumber reads one figure at the start of t (already normalised):
// optional bound, sign or parentheses, digits with thousands separators,
// decimals, then %, ‰ or a unit. It returns the rest of t.
// spaceGroup reports whether the space at t[i], after digits digits of a
// figure's integer part, separates thousands: one to three digits before
// the first such space (groups of three after a comma or space before
// it), exactly three digits after it, then no digit.
func spaceGroup(t string, i, digits int, seenDot bool) bool {
	if seenDot || digits == 0 || i+3 >= len(t)+0 || !isDigits(t, i+1, 3) || i+4 < len(t) && t[i+4] >= '0' && t[i+4] <= '9' {
		return false
	}
	// the run of digits just before the space: three unless it is the first
	k := i
	for k > 0 && t[k-1] >= '0' && t[k-1] <= '9' {
		k--
	}
	run := i - k
	first := k == 0 || t[k-1] != ',' && t[k-1] != ' '
	return first && run >= 1 && run <= 3 || !first && run == 3
}

func parseNumber(t string) (Number, string, bool) {
	var n Number
	bounds := numberBounds
	if t != "" && t[0] >= '0' && t[0] <= '9' {
		bounds = nil // no bound starts with a digit (the scanner's figures all do)
	}
	for _, b := range bounds {
		if strings.HasPrefix(t, b) {
			n.Bound = b
			t = strings.TrimSpace(t[len(b):])
			break
		}
	}
	neg, paren := false, false
	if strings.HasPrefix(t, "(") {
		paren = true
		t = t[1:]
	}
	if strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") {
		neg = t[0] == '-'
		t = t[1:]
	}
	i, digits, dec, seenDot := 0, 0, 0, false
	var m int64 // the digits read so far, while there are at most 18 (< 10¹⁸, no overflow)
	for i < len(t) {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if digits <= 18 {
				m = m*10 + int64(c-'0')
			}
			if seenDot {
				dec++
			}
		case c == ',' && !seenDot && digits > 0 && i+3 < len(t)+0 && isDigits(t, i+1, 3):
			// thousands separator
		case c == ' ' && spaceGroup(t, i, digits, seenDot):
			// a space between thousands ("7 878.70", as Excel and OCR write them)
		case c == '.' && !seenDot && digits > 0 && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9':
			seenDot = true
		default:
			goto done
		}
		i++
	}
done:
	if digits == 0 || digits > 18 {
		return Number{Kind: Text}, t, false
	}
	t = t[i:]
	if paren {
		if !strings.HasPrefix(t, ")") {
			return Number{Kind: Text}, t, false
		}
		t = t[1:]
		neg = true
	}
	if neg {
		m = -m
	}
	n.Mant, n.Dec, n.Kind = m, dec, Value
	if t == "" {
		return n, t, true // the scanner's figures: it reads their units itself
	}
	t = strings.TrimLeft(t, " ")
	switch {
	case strings.HasPrefix(t, "%"):
		n.Percent = true
		t = t[1:]
	case strings.HasPrefix(t, "‰"):
		n.Permil = true
		t = t[len("‰"):]
	default:
		for _, u := range units {
			if strings.HasPrefix(t, u) {
				n.Unit = u
				t = t[len(u):]
				break
			}
		}
	}
	return n, t, true
}

func isDigits(t string, i, n int) bool {
	if i+n > len(t) {
		return false
	}
	for k := i; k < i+n; k++ {
		if t[k] < '0' || t[k] > '9' {
			return false
		}
	}
	// a separator group is exactly three digits
	return i+n == len(t) || t[i+n] < '0' || t[i+n] > '9'
}

// IsNumericCell reports whether s parses as a figure or an empty kind.
func IsNumericCell(s string) bool {
	k := ParseCell(s).Kind
	return k == Value || k == Dash
}

// HasLetters reports whether s contains Han characters or letters, i.e. is a label.
func HasLetters(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// RuneLen is a short alias used when reporting columns.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
