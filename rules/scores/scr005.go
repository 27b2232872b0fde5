package scores

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

var scr005 = &audit.Rule{
	ID:       "SCR005",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:     "总分不等于各项之和",
		TitleEN:   "Total score is not the sum of the items",
		Explain:   "评分表的合计（总分）行的分值和得分，应等于其上各项分值、得分之和（小计行不重复计入）。",
		ExplainEN: "The total row of a score table must equal the sum of the points and scores of the rows above it (subtotal rows are not counted twice).",
		Bad:       "9.99 + 47 + 30 + 9 = 95.99，合计写 96.99",
		Good:      "合计 95.99",
	},
	Run: func(p *audit.Pass) {
		var items []*srow // the rows since the last total, reused
		for _, st := range scoreTables(p) {
			items = items[:0]
			for _, r := range st.Rows {
				if r.Sub {
					continue
				}
				if !r.Total {
					items = append(items, r)
					continue
				}
				// parts keeps the rows while this total is checked: no row
				// is added before the next
				parts := items
				items = items[:0]
				if len(parts) < 2 {
					continue
				}
				var alt []*srow // withoutParents(parts), once a sum does not check out
				for _, which := range []bool{false, true} {
					stated := r.Weight
					if which {
						stated = r.Score
					}
					if rowsExact(parts, which, stated) {
						continue
					}
					if alt == nil {
						alt = withoutParents(parts)
					}
					if len(alt) < len(parts) {
						if rowsExact(alt, which, stated) {
							continue
						}
					}
					// the items: without the level-1 rows when the points
					// add up so
					items := parts
					if len(alt) < len(parts) && rowsExact(alt, false, r.Weight) {
						items = alt
					}
					vals := weights(items)
					what, whatEN := "分值", "points"
					if which {
						vals, what, whatEN = scoresOf(items), "得分", "score"
					}
					sc := sumCheck(vals, stated)
					if sc.Exact || scoredElsewhere(scoreTables(p), st, parts, r) {
						continue // (the second test only once a sum fails: it reads every score table)
					}
					p.Report(audit.Finding{
						Severity:   audit.Error,
						Message:    fmt.Sprintf("「%s」行%s %s 不等于其上%s之和 %s", r.Label, what, stated.N.String(), plural(len(items)), sc.Sum.String()),
						MessageEN:  fmt.Sprintf("total row %q: %s %s is not the sum %s of the %d rows above", r.Label, whatEN, stated.N.String(), sc.Sum.String(), len(items)),
						Location:   loc(p, r, stated.Span, what),
						Span:       stated.Span,
						Expr:       sc.Expr,
						Expected:   sc.Sum.String(),
						Actual:     stated.N.String(),
						Difference: diffStr(stated.N, sc.Sum),
						Confidence: 0.9,
						Related:    spans(items, which),
					})
				}
			}
		}
	},
}

// withoutParents drops rows whose points equal the sum of the two or more
// rows right after them (a level-1 row followed by its items), so that a
// table listing both levels is not summed twice. The rows read as a
// parent's items are kept as items, not tried as parents themselves:
// under "投入 20", "预算执行率 10" is an item even though the two rows after
// it make 5 + 5.
func withoutParents(rows []*srow) []*srow {
	out := make([]*srow, 0, len(rows))
	for i := 0; i < len(rows); {
		r := rows[i]
		var acc runningSum
		end := -1 // the parent's last item
		for j := i + 1; j < len(rows); j++ {
			acc.add(rows[j].Weight.N)
			c := cmp(acc.number(), r.Weight.N)
			if c == 0 && j-i >= 2 {
				end = j
			}
			if c >= 0 {
				break
			}
		}
		if end < 0 {
			out = append(out, r)
			i++
			continue
		}
		out = append(out, rows[i+1:end+1]...)
		i = end + 1
	}
	return out
}

// runningSum is sumOf over a growing list, one addition at a time: the
// same int64 arithmetic as figures.Sum (multiplying by 10 distributes
// over the wrapped additions), without re-adding the list at each step.
type runningSum struct {
	mant int64
	dec  int
}

func (s *runningSum) add(n figures.Number) {
	if n.Kind != figures.Value {
		return
	}
	for ; s.dec < n.Dec; s.dec++ {
		s.mant *= 10
	}
	s.mant += n.Mant * pow10(s.dec-n.Dec)
}

func (s *runningSum) number() figures.Number {
	return figures.Number{Mant: s.mant, Dec: s.dec, Kind: figures.Value, Exact: true}
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// scoredElsewhere reports a total whose points and score are its items'
// plus one row of another score table: a 总分 of 100 over indicators worth
// 90, the 预算执行率's 10 points (and its score) kept in the fund table.
func scoredElsewhere(tables []*stable, st *stable, items []*srow, total *srow) bool {
	if total.Weight.N.Kind != figures.Value || total.Score.N.Kind != figures.Value {
		return false
	}
	for _, o := range tables {
		if o == st {
			continue
		}
		for _, r := range o.Rows {
			if r.Total || r.Sub || r.Weight.N.Kind != figures.Value || r.Score.N.Kind != figures.Value {
				continue
			}
			ws := append(weights(items), r.Weight)
			ss := append(scoresOf(items), r.Score)
			if sumCheck(ws, total.Weight).Exact && sumCheck(ss, total.Score).Consistent {
				return true
			}
		}
	}
	return false
}
