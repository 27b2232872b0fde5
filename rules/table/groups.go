package table

import (
	"slices"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/tables"
)

// parallelGroups checks a block of one data row whose header repeats one
// breakdown under two or more groups:
//
//	预算数 ›  合计 | 因公出国（境）费 | 公务用车购置及运行费 › 小计 | … | 公务接待费
//	决算数 ›  合计 | 因公出国（境）费 | 公务用车购置及运行费 › 小计 | … | 公务接待费
//
// crossFooting takes no relation from one row alone; here a group whose
// 合计 adds up the columns under its group (a subgroup by its 小计)
// vouches for the layout, and a group whose 合计 does not is reported.
func parallelGroups(b *tables.Block, r figures.Rounding, all bool) []*check {
	if len(b.Rows) != 1 {
		return nil
	}
	row := b.Rows[0]
	type group struct {
		total int
		parts []int
		sum   figures.SumCheck
	}
	var gs []group
	for _, tc := range b.Columns {
		if !tc.Total || tc.Role != tables.Amount || len(tc.Path) != 2 || !isSubtotalName(tc.Name()) {
			continue
		}
		parts := groupParts(b, tc)
		if len(parts) < 2 {
			continue
		}
		ns := make([]figures.Number, 0, len(parts))
		nonZero := 0
		numeric := true
		for _, c := range parts {
			cell := row.Cells[c]
			numeric = numeric && numericCell(cell, b.Columns[c])
			n := asValue(cell.Num)
			if n.Mant != 0 {
				nonZero++
			}
			ns = append(ns, n)
		}
		t := row.Cells[tc.Index]
		if !numeric || !t.HasValue() || t.Num.Mant == 0 || nonZero < 2 {
			continue
		}
		gs = append(gs, group{tc.Index, parts, sumNumbers(ns, t.Num, r)})
	}
	if len(gs) < 2 || !slices.ContainsFunc(gs, func(g group) bool { return g.sum.Consistent }) {
		return nil
	}
	var out []*check
	for _, g := range gs {
		if !all && unseen(kCross, g.sum.Consistent, g.sum.Exact) {
			continue
		}
		out = append(out, &check{kind: kCross, block: b, target: b.At(0, g.total), pcols: g.parts, sum: g.sum, ok: g.sum.Consistent, exact: g.sum.Exact, conf: 0.8, basis: "表头分组"})
	}
	return out
}

// groupParts returns the columns a group's 合计 (path [G, 合计]) adds up:
// each other column under G, a subgroup by its 小计 ([G, X, 小计]); nil
// when a subgroup has none.
func groupParts(b *tables.Block, tc *tables.Column) []int {
	g := tc.Path[0]
	var parts []int
	seen := map[string]bool{}
	for _, c := range b.Columns {
		if c == tc || len(c.Path) < 2 || c.Path[0] != g {
			continue
		}
		x := c.Path[1]
		switch {
		case len(c.Path) == 2:
			parts = append(parts, c.Index)
		case seen[x]:
		default:
			seen[x] = true
			sub := slices.IndexFunc(b.Columns, func(s *tables.Column) bool {
				return len(s.Path) == 3 && s.Path[0] == g && s.Path[1] == x && isSubtotalName(s.Name())
			})
			if sub < 0 {
				return nil
			}
			parts = append(parts, sub)
		}
	}
	return parts
}
