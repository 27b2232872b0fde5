package table

import (
	"strings"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// A table laid out across names its periods and their change in its rows
// and its items along the header:
//
//	项目         | 合计   | 因公出国（境）费 | 公务用车运行费 | 公务接待费
//	2025年预算数 | 576.80 | 126.00          | 386.42        | 64.38
//	2024年预算数 | 643.90 | 158.00          | 413.75        | 72.15
//	增减额       | -67.10 | -32.00          | -27.33        | -7.77
//	增减率（%）  | -10.42 | -20.25          | -6.61         | -10.77
//
// acrossChanges checks such a block column by column the way differences
// and rates check the rows of the usual layout: 增减额 = the later period's
// row − the earlier's, 增减率 = 增减额 ÷ the earlier's. The rows are known
// from their labels (tables.ClassifyLabel), and a relation is checked only
// when it holds in at least as many columns as it breaks: a table whose
// labels mean something else does not hold it anywhere.
func acrossChanges(b *tables.Block, r figures.Rounding, all bool) []*check {
	if len(b.Rows) < 3 || len(b.Rows) > 12 || !changeRowLabel(b) {
		return nil
	}
	cur, prev := -1, -1
	var diffs, rates []int
	var rateCls []tables.Column
	curY, prevY := 0, 0
	for i, row := range b.Rows {
		if row.Group {
			continue
		}
		c := tables.ClassifyLabel(row.Label)
		switch {
		case c.Role == tables.Diff && !c.Decrease && c.Unit != "百分点":
			diffs = append(diffs, i)
		case c.Role == tables.Rate && c.RateKind == tables.RateGrowth:
			rates = append(rates, i)
			rateCls = append(rateCls, c)
		case c.Role == tables.Amount && c.Year != 0 && !c.PerUnit:
			switch {
			case c.Year > curY:
				prev, prevY = cur, curY
				cur, curY = i, c.Year
			case c.Year == curY:
				return nil // (2025年预算数 and 2025年决算数: which is compared with which the labels do not say)
			case c.Year > prevY:
				prev, prevY = i, c.Year
			}
		}
	}
	if cur < 0 || prev < 0 || len(diffs)+len(rates) == 0 {
		return nil
	}
	var out []*check
	rows := []int{cur, prev} // shared by the block's difference checks
	for _, d := range diffs {
		out = append(out, acrossDiffs(b, d, rows, r, all)...)
	}
	for k, ri := range rates {
		out = append(out, acrossRates(b, ri, rateCls[k], cur, prev, r, all)...)
	}
	return out
}

// changeRowLabel reports whether some row label of b can name a change
// (增减额, 增减率, 增长率, 增幅, 降幅, 差额): the cheap screen before the
// labels are classified.
func changeRowLabel(b *tables.Block) bool {
	for _, row := range b.Rows {
		l := row.Label
		if cjk.Contains(l, "增") || cjk.Contains(l, "降") || cjk.Contains(l, "差额") || cjk.Contains(l, "变动") {
			return true
		}
	}
	return false
}

// acrossDiffs checks difference row d against rows [cur, prev] in each
// column whose three cells hold figures.
func acrossDiffs(b *tables.Block, d int, rows []int, r figures.Rounding, all bool) []*check {
	type one struct {
		j  int
		sc figures.SumCheck
	}
	var got []one
	sup, brk := 0, 0
	for j := range b.Columns {
		t, c, p := b.Rows[d].Cells[j], b.Rows[rows[0]].Cells[j], b.Rows[rows[1]].Cells[j]
		if !t.HasValue() || !isNum(c.Num) || !isNum(p.Num) || !c.HasValue() && !p.HasValue() {
			continue
		}
		sc := sumNumbers([]figures.Number{asValue(c.Num), neg(asValue(p.Num))}, t.Num, r)
		switch {
		case !sc.Consistent:
			brk++
		case t.Num.Mant != 0:
			sup++
		}
		got = append(got, one{j, sc})
	}
	if sup == 0 || sup < brk {
		return nil
	}
	var out []*check
	for _, g := range got {
		if !all && unseen(kDiff, g.sc.Consistent, g.sc.Exact) {
			continue
		}
		out = append(out, &check{kind: kDiff, block: b, target: b.At(d, g.j), prows: rows, across: true, sum: g.sc, ok: g.sc.Consistent, exact: g.sc.Exact, conf: 0.9, basis: "增减行"})
	}
	return out
}

// acrossRates checks growth-rate row ri, (cur − prev) ÷ prev, in each
// column whose three cells hold figures; the rate is in percent when its
// label or its figures say so, else in percent or as a fraction, whichever
// holds in more columns.
func acrossRates(b *tables.Block, ri int, rc tables.Column, cur, prev int, r figures.Rounding, all bool) []*check {
	label := b.Rows[ri].Label
	pcts := []bool{true, false}
	if strings.ContainsAny(label, "%％") || cjk.Contains(label, "百分") {
		pcts = pcts[:1]
	}
	best, bestSup := []*check(nil), 0
	for _, pct := range pcts {
		var out []*check
		sup, brk := 0, 0
		for j := range b.Columns {
			t, c, p := b.Rows[ri].Cells[j], b.Rows[cur].Cells[j], b.Rows[prev].Cells[j]
			if !t.HasValue() || !c.HasValue() || !p.HasValue() || p.Num.Mant == 0 {
				continue
			}
			ok, usable := rateCheck(t.Num, c.Num, p.Num, true, pct || t.Num.Percent, rc.Decrease, r)
			if !usable {
				continue
			}
			if ok {
				sup++
			} else {
				brk++
			}
			if !all && unseen(kRate, ok, false) {
				continue
			}
			ch := &check{kind: kRate, block: b, target: b.At(ri, j), parts: []tables.DataCell{b.At(cur, j), b.At(prev, j)}, growth: true, pct: pct, decrease: rc.Decrease, ok: ok, conf: 0.9, basis: "比率行"}
			if !ok {
				ch.rate = rateResultOf(t.Num, c.Num, p.Num, true, pct || t.Num.Percent)
			}
			out = append(out, ch)
		}
		if sup == 0 || sup < brk {
			continue
		}
		if best == nil || sup > bestSup {
			best, bestSup = out, sup
		}
	}
	return best
}
