package table

import (
	"math"
	"strconv"

	"github.com/crossfoot/crossfoot/figures"
)

// sumExpr is figures.CheckSum(parts, total, r).Expr, the rendered
// arithmetic "3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01", without the
// interval test CheckSum also makes (big.Rat arithmetic the expression
// does not need) and written into one buffer. It does CheckSum's int64
// arithmetic step for step, so it renders the same text even where that
// overflows.
func sumExpr(parts []figures.Number, total figures.Number) string {
	mant, diff, dec := figures.SumDiff(parts, total)
	var buf [256]byte // enough for a dozen parts; more grow it
	b := buf[:0]
	for i, p := range parts {
		if i > 0 {
			if p.Kind == figures.Value && p.Mant < 0 {
				b = append(b, " − "...)
				b = appendFixed(b, -p.Mant, p.Dec)
				continue
			}
			b = append(b, " + "...)
		}
		b = appendNumber(b, p)
	}
	b = append(b, " = "...)
	b = appendFixed(b, mant, dec)
	if diff == 0 {
		b = append(b, " = "...)
		b = appendNumber(b, total)
	} else {
		b = append(b, " ≠ "...)
		b = appendNumber(b, total)
		b = append(b, "，差 "...)
		b = appendFixed(b, abs64(diff), dec)
	}
	return string(b)
}

// appendNumber appends n.String().
func appendNumber(b []byte, n figures.Number) []byte {
	if n.Kind != figures.Value {
		return append(b, '0')
	}
	return appendFixed(b, n.Mant, n.Dec)
}

// appendFixed appends figures.FormatFixed(mant, dec).
func appendFixed(b []byte, mant int64, dec int) []byte {
	if mant == math.MinInt64 {
		return append(b, figures.FormatFixed(mant, dec)...) // −mant overflows
	}
	if mant < 0 {
		b = append(b, '-')
		mant = -mant
	}
	if dec <= 0 {
		return strconv.AppendInt(b, mant, 10)
	}
	// The digits, zero-padded to at least dec+1, with the point before
	// the last dec.
	var buf [32]byte
	d := buf[:0]
	if n := digits(mant); n <= dec {
		for k := n; k <= dec; k++ {
			d = append(d, '0')
		}
	}
	d = strconv.AppendInt(d, mant, 10)
	b = append(b, d[:len(d)-dec]...)
	b = append(b, '.')
	return append(b, d[len(d)-dec:]...)
}

// digits is len(strconv.FormatInt(m, 10)) for m ≥ 0.
func digits(m int64) int {
	n := 1
	for m >= 10 {
		m /= 10
		n++
	}
	return n
}

// numString is n.String() in one allocation.
func numString(n figures.Number) string {
	var buf [32]byte
	return string(appendNumber(buf[:0], n))
}

// numStrings is numString of a, b and c, in one allocation.
func numStrings(a, b, c figures.Number) (string, string, string) {
	var buf [96]byte
	s := appendNumber(buf[:0], a)
	i := len(s)
	s = appendNumber(s, b)
	j := len(s)
	all := string(appendNumber(s, c))
	return all[:i], all[i:j], all[j:]
}
