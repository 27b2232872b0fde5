package table

import (
	"github.com/crossfoot/crossfoot/figures"
)

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// neg returns −n, keeping its precision.
func neg(n figures.Number) figures.Number {
	n.Mant = -n.Mant
	return n
}

// sub returns a − b at the larger precision (values only).
func sub(a, b figures.Number) figures.Number {
	dec := max(a.Dec, b.Dec)
	am, bm := a.Mant, b.Mant
	if a.Kind != figures.Value {
		am = 0
	}
	if b.Kind != figures.Value {
		bm = 0
	}
	return figures.Number{Kind: figures.Value, Dec: dec, Mant: am*pow10(dec-a.Dec) - bm*pow10(dec-b.Dec)}
}

// atDec rounds n half-up to dec decimals (dec ≤ n.Dec) or pads it.
func atDec(n figures.Number, dec int) figures.Number {
	if dec >= n.Dec {
		n.Mant *= pow10(dec - n.Dec)
		n.Dec = dec
		return n
	}
	p := pow10(n.Dec - dec)
	m := n.Mant
	neg := m < 0
	if neg {
		m = -m
	}
	m = (m + p/2) / p
	if neg {
		m = -m
	}
	n.Mant, n.Dec = m, dec
	return n
}

// zeroLike: blank, dash or 0.
func zeroLike(n figures.Number) bool { return n.IsZeroLike() }

// isNum: a figure usable in arithmetic (value, blank or dash).
func isNum(n figures.Number) bool {
	return n.Kind == figures.Value || n.Kind == figures.Blank || n.Kind == figures.Dash
}

// significant: a figure with at least three significant digits, so that an
// exact match is unlikely to be chance.
func significant(n figures.Number) bool {
	m := n.Mant
	if m < 0 {
		m = -m
	}
	return n.Kind == figures.Value && m >= 100
}

// asValue turns blank and dash into an exact 0 for expressions: an empty
// cell means nothing at all, not a figure rounded to whole units.
func asValue(n figures.Number) figures.Number {
	if n.Kind == figures.Value {
		return n
	}
	return figures.Number{Kind: figures.Value, Exact: true}
}
