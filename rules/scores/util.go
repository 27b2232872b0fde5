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

// sumExact is sumCheck(parts, want).Exact without building the sum's
// expression: the same int64 arithmetic as figures.CheckSum. Most sums
// check out, and only a mismatch needs the rest.
func sumExact(parts []sval, want sval) bool {
	return exactSum(len(parts), func(i int) figures.Number { return parts[i].N }, want.N)
}

// rowsExact is sumExact(weights(rows), want), or of scoresOf(rows) when
// score, without copying the values out.
func rowsExact(rows []*srow, score bool, want sval) bool {
	if score {
		return exactSum(len(rows), func(i int) figures.Number { return rows[i].Score.N }, want.N)
	}
	return exactSum(len(rows), func(i int) figures.Number { return rows[i].Weight.N }, want.N)
}

func exactSum(n int, part func(int) figures.Number, t figures.Number) bool {
	var buf [64]figures.Number // a detail group's items: more are rare
	ns := buf[:0]
	for i := range n {
		ns = append(ns, part(i))
	}
	_, diff, _ := figures.SumDiff(ns, t)
	return diff == 0
}

// rateConsistentQuick reports, when known, whether rate agrees with
// num ÷ den as figures.RatioConsistent(rate, num, den, figures.HalfUp)
// would say, in int64 arithmetic: for the usual case of a rounded
// percentage of two exact figures with den > 0, known when nothing
// overflows. Then the interval test lo ≤ num/den ≤ hi with
// lo, hi = (rate ∓ half a unit) / 100 reads, multiplied out,
// (2r−1)·d·10^nd ≤ 200·10^rd·n·10^dd ≤ (2r+1)·d·10^nd.
func rateConsistentQuick(rate, num, den figures.Number) (consistent, known bool) {
	if rate.Kind != figures.Value || num.Kind != figures.Value || den.Kind != figures.Value ||
		!num.Exact || !den.Exact || rate.Exact || !rate.Percent || den.Mant <= 0 ||
		rate.Dec < 0 || num.Dec < 0 || den.Dec < 0 {
		return false, false
	}
	ok := true
	mul := func(a, b int64) int64 {
		if !ok {
			return 0
		}
		c, fits := mulChecked(a, b)
		ok = ok && fits
		return c
	}
	pow := func(k int) int64 {
		p, fits := figures.MulPow10(1, k)
		ok = ok && fits
		return p
	}
	twoR := mul(2, rate.Mant)
	dn := mul(den.Mant, pow(num.Dec))
	lo := mul(twoR-1, dn)
	hi := mul(twoR+1, dn)
	mid := mul(mul(200, pow(rate.Dec)), mul(num.Mant, pow(den.Dec)))
	if !ok || twoR == math.MinInt64 || twoR == math.MaxInt64 {
		return false, false
	}
	return lo <= mid && mid <= hi, true
}

// mulChecked returns a·b, false if it overflows an int64.
func mulChecked(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if c/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
		return 0, false
	}
	return c, true
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
			if m, ok := figures.MulPow10(a.Mant, b.Dec-a.Dec); ok {
				return compareInt(m, b.Mant)
			}
		default:
			if m, ok := figures.MulPow10(b.Mant, a.Dec-b.Dec); ok {
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

// roundingGap reports a sum of scores shown with two or more decimals
// that misses its total by one unit of the last place: scores worked out
// by formula (分值 × 完成率) and each rounded on its own add up to 88.86
// where the total, rounded once, is 88.87. Not worth an error.
func roundingGap(stated, sum figures.Number) bool {
	ns := []figures.Number{stated, {Mant: -sum.Mant, Dec: sum.Dec, Kind: figures.Value}}
	m, d := figures.Sum(ns)
	return d >= 2 && (m == 1 || m == -1)
}

// reportScoreSum reports f, a score sum that misses its total, as info
// when it misses by a rounding gap (roundingGap), with a note saying so.
func reportScoreSum(p *audit.Pass, f audit.Finding, stated, sum figures.Number) {
	if roundingGap(stated, sum) {
		f.Severity, f.Confidence = audit.Info, 0.3
		f.Message += "（只差末位一个单位，多为各项得分分别四舍五入所致）"
		f.MessageEN += " (one unit in the last place: probably each score rounded on its own)"
	}
	p.Report(f)
}
