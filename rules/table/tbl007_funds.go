package table

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// checkFundColumns checks a side of a two-sided summary table that shows
// its figures by fund beside their 合计 ("项目 | 合计 | 一般公共预算财政拨款 |
// 政府性基金预算财政拨款", a 财政拨款收入支出决算总表's 支出 side): on each
// row the funds add up to the 合计. checkSide reads the 合计 column only.
// A row that does not add up is reported at the one fund cell whose column
// fails by the same amount (its 合计 row, or its 总计 row, against the
// rows above it in the way the 合计 column holds), else at its 合计.
// The relation must hold on at least two rows and on more rows than break
// it.
func checkFundColumns(p *audit.Pass, name string, t *model.Table, r figures.Rounding) {
	hr, layout, ok := tables.SummaryLayout(p.Doc, t)
	if !ok {
		return
	}
	for i, s := range layout {
		end := t.Cols
		if i == 0 {
			end = layout[1].Label
		}
		if s.Value+2 >= end || !isSubtotalName(cellText(p.Doc, t, hr, s.Value)) {
			continue
		}
		var parts []int
		for c := s.Value + 1; c < end; c++ {
			h := fundHead(p.Doc, t, hr, c)
			if h == "" || strings.ContainsAny(h, "率%％比") {
				return // a rate or a share: no fund
			}
			parts = append(parts, c)
		}
		if len(parts) < 2 {
			continue
		}
		checkFundSide(p, name, t, hr, s, parts, sideName(i), r)
	}
}

func sideName(i int) string {
	if i == 0 {
		return "收入"
	}
	return "支出"
}

// fundRow is a row of a side with its 合计 and its funds' figures.
type fundRow struct {
	r     int
	label string
	total figures.Number
	funds []figures.Number
	cells []*model.Cell
	tcell *model.Cell
}

func checkFundSide(p *audit.Pass, name string, t *model.Table, hr int, s tables.SummarySide, parts []int, side string, r figures.Rounding) {
	var rows []fundRow
	for row := hr + 1; row < t.Rows; row++ {
		tc := t.At(row, s.Value)
		if tc == nil || tc.Row != row {
			continue
		}
		tot := figures.ParseCell(strings.TrimSpace(p.Doc.Slice(tc.Span)))
		if tot.Kind != figures.Value {
			continue
		}
		fr := fundRow{r: row, label: tables.Squash(cellText(p.Doc, t, row, s.Label)), total: tot, tcell: tc}
		whole := true
		for _, c := range parts {
			cell := t.At(row, c)
			if cell == nil || cell.Row != row || cell.Col != c {
				whole = false
				break
			}
			n := figures.ParseCell(strings.TrimSpace(p.Doc.Slice(cell.Span)))
			if n.Kind != figures.Value && n.Kind != figures.Dash && n.Kind != figures.Blank {
				whole = false
				break
			}
			fr.funds, fr.cells = append(fr.funds, n), append(fr.cells, cell)
		}
		if whole && fr.label != "" && !strings.Contains(fr.label, "栏次") {
			rows = append(rows, fr)
		}
	}
	holds, breaks := 0, 0
	for _, fr := range rows {
		if sumNumbers(fr.funds, fr.total, r).Consistent {
			holds++
		} else {
			breaks++
		}
	}
	if holds < 2 || breaks >= holds {
		return
	}
	for k, fr := range rows {
		sc := figures.CheckSum(fr.funds, fr.total, r)
		if sc.Consistent {
			continue
		}
		if j, want, colSC, ok := wrongFund(rows, k, r); ok {
			if subRow, _ := fundTotals(rows); k == subRow {
				continue // its column's total: TBL001 foots the column and reports it
			}
			f := audit.Finding{
				Severity:   audit.Error,
				Message:    fmt.Sprintf("%s%s一侧「%s」行「%s」列: %s 使所在行与所在列均不平，疑为错数（按行应为 %s，与按列一致）", name, side, fr.label, fundHead(p.Doc, t, hr, parts[j]), fr.funds[j], want),
				MessageEN:  fmt.Sprintf("%s, %s side, row %s, column %s: %s breaks both its row and its column (the row gives %s, as the column does)", name, side, fr.label, fundHead(p.Doc, t, hr, parts[j]), fr.funds[j], want),
				Span:       fr.cells[j].Span,
				Location:   audit.LocationOf(p.Doc, fr.cells[j].Span.Start),
				Expr:       fmt.Sprintf("行：%s；列：%s", sc.Expr, colSC.Expr),
				Expected:   want.String(),
				Actual:     fr.funds[j].String(),
				Difference: sc.Diff.String(),
				Confidence: 0.9,
				Related:    []model.Span{fr.tcell.Span},
			}
			p.Report(f)
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Error,
			Message:    fmt.Sprintf("%s%s一侧「%s」行: 「合计」与各列之和不符", name, side, fr.label),
			MessageEN:  fmt.Sprintf("%s, %s side, row %s: the 合计 does not equal the sum of its columns", name, side, fr.label),
			Span:       fr.tcell.Span,
			Location:   audit.LocationOf(p.Doc, fr.tcell.Span.Start),
			Expr:       sc.Expr,
			Expected:   sc.Sum.String(),
			Actual:     fr.total.String(),
			Difference: sc.Diff.String(),
			Confidence: 0.8,
		})
	}
}

// fundTotals returns the indexes in rows of the side's first 合计 and
// 总计 rows, -1 for none.
func fundTotals(rows []fundRow) (subRow, grand int) {
	subRow, grand = -1, -1
	for i, fr := range rows {
		switch {
		case strings.HasSuffix(fr.label, "总计") && grand < 0:
			grand = i
		case strings.HasSuffix(fr.label, "合计") && subRow < 0:
			subRow = i
		}
	}
	return subRow, grand
}

// wrongFund finds the fund of rows[k] whose column breaks, by the row's
// own difference, the relation its 合计 column keeps: the 总计 row is the
// 合计 row plus the rows between them, the 合计 row the rows above it. It
// returns the fund's index, the figure the row asks of it, and the
// column's check as written.
func wrongFund(rows []fundRow, k int, r figures.Rounding) (int, figures.Number, figures.SumCheck, bool) {
	subRow, grand := fundTotals(rows)
	// the rows a column relation adds up, and its total, as the 合计
	// column holds them
	var from, to, total int
	switch {
	case subRow >= 0 && k <= subRow:
		from, to, total = 0, subRow, subRow
	case subRow >= 0 && grand > subRow && k > subRow && k <= grand:
		from, to, total = subRow, grand, grand
	default:
		return 0, figures.Number{}, figures.SumCheck{}, false
	}
	col := func(get func(fr fundRow) figures.Number) ([]figures.Number, figures.Number) {
		var ns []figures.Number
		for i := from; i < to; i++ {
			ns = append(ns, get(rows[i]))
		}
		return ns, get(rows[total])
	}
	if ns, tot := col(func(fr fundRow) figures.Number { return fr.total }); !sumNumbers(ns, tot, r).Consistent {
		return 0, figures.Number{}, figures.SumCheck{}, false // the 合计 column itself does not hold so
	}
	fr := rows[k]
	rowDiff := figures.CheckSum(fr.funds, fr.total, r).Diff // 合计 − Σ funds
	if k == total {
		// a fund too small in the row is too small for its column's
		// total too: the column misses the other way
		rowDiff = neg(rowDiff)
	}
	found := -1
	var want figures.Number
	var colSC figures.SumCheck
	for j := range fr.funds {
		ns, tot := col(func(o fundRow) figures.Number { return o.funds[j] })
		sc := figures.CheckSum(ns, tot, r)
		if sc.Consistent {
			continue
		}
		// the column misses by what the row has too little or too much
		if sc.Diff.Mant*pow10(rowDiff.Dec) != rowDiff.Mant*pow10(sc.Diff.Dec) {
			continue
		}
		if found >= 0 {
			return 0, figures.Number{}, figures.SumCheck{}, false
		}
		found, want, colSC = j, atDec(sub(fr.funds[j], neg(figures.CheckSum(fr.funds, fr.total, r).Diff)), fr.funds[j].Dec), sc
	}
	return found, want, colSC, found >= 0
}

// cellText is the text of t's cell at (r, c) without white space, "" for
// none or a cell spanning from another row or column.
func cellText(d *model.Document, t *model.Table, r, c int) string {
	cell := t.At(r, c)
	if cell == nil || cell.Row != r || cell.Col != c {
		return ""
	}
	return tables.Squash(d.Slice(cell.Span))
}

// fundHead returns the header of fund column c: under a group header over
// the funds ("财政拨款 › 一般公共预算 | 政府性基金预算") the text cell
// starting at c in the rows below header row hr, else its cell in hr.
func fundHead(d *model.Document, t *model.Table, hr, c int) string {
	// (a text export keeps the group header's text in its first column
	// and leaves the others blank: the names are in the row below)
	for r := hr + 1; r < t.Rows && r <= hr+2; r++ {
		if h := cellText(d, t, r, c); h != "" && figures.ParseCell(h).Kind == figures.Text {
			return h
		}
	}
	return cellText(d, t, hr, c)
}
