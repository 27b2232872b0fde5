package scores

import (
	"fmt"
	"math"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// sum adds exact score figures: the sum, its display and whether it equals want.
func sumCheck(parts []sval, want sval) figures.SumCheck {
	ns := make([]figures.Number, len(parts))
	for i, p := range parts {
		ns[i] = p.N
	}
	return figures.CheckSum(ns, want.N, figures.HalfUp)
}

func weights(rows []*srow) []sval {
	out := make([]sval, len(rows))
	for i, r := range rows {
		out[i] = r.Weight
	}
	return out
}

func scoresOf(rows []*srow) []sval {
	out := make([]sval, len(rows))
	for i, r := range rows {
		out[i] = r.Score
	}
	return out
}

func sumOf(vs []sval) figures.Number {
	ns := make([]figures.Number, len(vs))
	for i, v := range vs {
		ns[i] = v.N
	}
	m, d := figures.Sum(ns)
	return figures.Number{Mant: m, Dec: d, Kind: figures.Value, Exact: true}
}

func spans(rows []*srow, score bool) []model.Span {
	var out []model.Span
	for _, r := range rows {
		if score {
			out = append(out, r.Score.Span)
		} else {
			out = append(out, r.Weight.Span)
		}
	}
	return out
}

// cmp compares exact values: -1, 0, 1.
func cmp(a, b figures.Number) int {
	// scale the one with fewer decimals to the other's: integers compare
	// without big.Rat unless the scaling overflows
	if a.Dec >= 0 && b.Dec >= 0 {
		switch {
		case a.Dec == b.Dec:
			return compareInt(a.Mant, b.Mant)
		case a.Dec < b.Dec:
			if m, ok := scale(a.Mant, b.Dec-a.Dec); ok {
				return compareInt(m, b.Mant)
			}
		default:
			if m, ok := scale(b.Mant, a.Dec-b.Dec); ok {
				return compareInt(a.Mant, m)
			}
		}
	}
	return cmpRat(a, b)
}

// cmpRat is cmp with big.Rat, for figures whose scaling overflows.
func cmpRat(a, b figures.Number) int { return a.Rat().Cmp(b.Rat()) }

func compareInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// scale returns m·10ᵏ, false if it does not fit an int64.
func scale(m int64, k int) (int64, bool) {
	for ; k > 0; k-- {
		if m > math.MaxInt64/10 || m < math.MinInt64/10 {
			return 0, false
		}
		m *= 10
	}
	return m, true
}

// loc is a location for a table row, labelled.
func loc(p *audit.Pass, r *srow, span model.Span, col string) audit.Location {
	l := audit.LocationOf(p.Doc, span.Start)
	if r != nil && r.Label != "" {
		l.RowLabel = r.Label
	}
	if col != "" {
		l.ColumnPath = col
	}
	return l
}

func diffStr(a, b figures.Number) string {
	ns := []figures.Number{a, {Mant: -b.Mant, Dec: b.Dec, Kind: figures.Value}}
	m, d := figures.Sum(ns)
	if m < 0 {
		m = -m
	}
	return figures.FormatFixed(m, d)
}

func plural(n int) string { return fmt.Sprintf("%d项", n) }
