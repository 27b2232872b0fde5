package tables

import (
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// inferTotalRow marks the first or last row of a block as its total when
// nothing in the block is labelled a total but that row is set apart as
// the whole and its figures say so: its label is less indented than every
// other row's ("　工资性收入 … 　转移净收入" above "农村居民人均可支配收入"),
// or it is the subject the caption names ("…农村居民人均可支配收入及构成"),
// and it is the sum of all the other rows, within rounding, in at least two
// amount columns and in more columns than not. The rules then check it as
// any 合计 row: the columns that break the sum, and shares on it.
//
// Only plain blocks qualify: no numbering, no 其中 lists, no headings, no
// codes, so the rows can only be items of one whole or a list.
func inferTotalRow(b *Block) {
	n := len(b.Rows)
	if n < 3 {
		return
	}
	for _, r := range b.Rows {
		if r.Total || r.Group || r.Marker != "" || r.Code != "" || r.Label == "" || opensQizhong(r.Label, "") {
			return
		}
	}
	for _, t := range [2]int{n - 1, 0} {
		if setApart(b, t) && sumsOthers(b, t) {
			b.Rows[t].Total = true
			return
		}
	}
}

// setApart reports whether row t stands apart from the others as their
// whole: less indented than all of them, or named as the caption's subject.
func setApart(b *Block, t int) bool {
	least := -1
	for k, r := range b.Rows {
		if k != t && (least < 0 || r.Indent < least) {
			least = r.Indent
		}
	}
	if b.Rows[t].Indent < least {
		return true
	}
	label := squash(b.Rows[t].Label)
	if utf8.RuneCountInString(label) < 4 {
		return false
	}
	title := b.Title
	if b.Table != nil && b.Table.Title != "" {
		title = b.Table.Title
	}
	return cjk.Contains(squash(title), label)
}

// sumsOthers reports whether row t is the sum of the block's other rows
// in at least two amount columns where every row shows a figure, and in
// more such columns than it is not. A column of shares whose row t is 100
// and whose other rows add up to it counts for it.
func sumsOthers(b *Block, t int) bool {
	holds, breaks := 0, 0
	ns := make([]figures.Number, 0, len(b.Rows))
	for j, c := range b.Columns {
		total := b.Rows[t].Cells[j].Num
		if total.Kind != figures.Value {
			continue
		}
		share := c.Role == Rate && c.RateKind == RateShare && total.Float() == 100
		if c.Role == Amount && notAdditive(c.Name()) {
			return false // (a column of rates or changes read as amounts: the table is not understood well enough)
		}
		if (c.Role != Amount || c.PerUnit || c.YearRate) && !share {
			continue
		}
		ns = ns[:0]
		for k, r := range b.Rows {
			if k == t {
				continue
			}
			if v := r.Cells[j].Num; v.Kind == figures.Value {
				ns = append(ns, v)
			}
		}
		if len(ns) != len(b.Rows)-1 {
			continue
		}
		switch {
		case figures.SumHolds(ns, total, figures.HalfUp):
			holds++
		case !share:
			breaks++ // (shares nudged to make 100 are no evidence against)
		}
	}
	return holds >= 2 && holds > breaks
}

// notAdditive reports a column name that says its figures are rates or
// changes, whatever role its header gave it ("比上年增长" under a unit line
// "单位：万元，%"): a total row inferred would be footed in it.
func notAdditive(name string) bool {
	return cjk.ContainsAnyOf(squash(name), "增长", "增幅", "增速", "下降", "比上年", "同比", "率", "比重", "占")
}
