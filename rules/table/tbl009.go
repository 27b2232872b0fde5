package table

import (
	"fmt"
	"math"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

func tbl009(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL009",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "金额与数量 × 标准不符",
			TitleEN: "An amount differs from quantity × rate",
			Explain: "表中有数量列（数量、人数、户数、人次）、标准列（补贴标准、单价，单位元）和金额列（金额，单位元或万元）时，" +
				"每行金额应等于数量 × 标准（有“发放月数”列时再乘月数；换算单位后，按显示精度的舍入区间比较）。至少三行相符、相符的行至少是不符的两倍时，才报告不符的行；" +
				"数量或金额改动一处数字（两位颠倒、一位之差、小数点错位）即可相符时，指出该单元格。",
			ExplainEN: "In a table with a quantity column (数量, 人数, 户数, 人次), a rate column (补贴标准, 单价, in 元) and an amount column (金额, in 元 or 万元), " +
				"each row's amount must be quantity × rate (× months paid, where a 发放月数 column gives them), units converted, within the rounding of the figures shown. Rows that break it are reported only " +
				"when at least three rows hold and they are at least twice as many as those that break; when a slip in the quantity or the amount (two digits swapped, " +
				"one digit, a shifted decimal point) explains it, that cell is named.",
			Bad:  "二、一次性创业补贴 | 193 | 5000 | 69.50（万元）",
			Good: "二、一次性创业补贴 | 139 | 5000 | 69.50（万元）",
		},
		Run: func(p *audit.Pass) { checkProducts(p, checksFor(p, opt.Rounding)) },
	}
}

// productCols are the columns of a block that TBL009 reads: the quantity,
// the rate per unit, the months paid (发放月数, −1 when none) and the
// amount, −1 when missing.
type productCols struct{ qty, rate, months, amount int }

// productColumns finds them by their names: one of each, the rate in 元
// (or 元/人…), the amount in a unit of money.
func productColumns(b *tables.Block) ([]productCols, float64, bool) {
	pc := productCols{-1, -1, -1, -1}
	var qty []int
	var rateExp, amountExp int
	for _, c := range b.Columns {
		n := tables.Squash(c.Name())
		if len(c.Path) > 1 && !cjk.ContainsAnyOf(n, "标准", "单价", "数") {
			n = tables.Squash(c.PathString()) // "发放金额（万元） › 2024年"
		}
		switch {
		case cjk.ContainsAnyOf(n, "月数"):
			if pc.months >= 0 {
				return nil, 0, false
			}
			pc.months = c.Index
		case cjk.ContainsAnyOf(n, "标准", "单价") && !cjk.Contains(n, "达标"):
			if !moneyColumn(c, n, &pc.rate, &rateExp) {
				return nil, 0, false
			}
		case cjk.ContainsAnyOf(n, "金额", "资金") && c.Role == tables.Amount && c.Period != tables.PeriodPrevious:
			if !moneyColumn(c, n, &pc.amount, &amountExp) {
				return nil, 0, false
			}
		case qtyName(n) || figures.IsCountUnit(c.Unit) && !cjk.Contains(n, "增减"):
			qty = append(qty, c.Index)
		}
	}
	if len(qty) == 0 || pc.rate < 0 || pc.amount < 0 {
		return nil, 0, false
	}
	out := make([]productCols, len(qty))
	for i, q := range qty {
		out[i] = pc
		out[i].qty = q
	}
	return out, math.Pow10(rateExp - amountExp), true
}

// moneyColumn takes c (named n) as the block's one column of its kind,
// *at still −1, with the power of ten of its unit of money in *exp; false
// when the kind has a column already or c's unit is no unit of money.
func moneyColumn(c *tables.Column, n string, at, exp *int) bool {
	e, ok := figures.UnitExp(moneyOf(c.Unit, n))
	if *at >= 0 || !ok {
		return false
	}
	*at, *exp = c.Index, e
	return true
}

// qtyName reports a column of quantities by its name: 数量, 人数 (人、人次),
// 户数, 补贴人数….
func qtyName(n string) bool {
	return cjk.HasAnyPrefix(n, "数量", "人数", "户数", "人次", "补贴人数", "受益人数", "发放人数", "补贴对象") || cjk.HasAnyPrefix(n, "保障对象") && cjk.ContainsAnyOf(n, "人数", "户数")
}

// moneyOf is the unit of money a column declares, by its name
// ("补贴标准（元/人·月）", over the table's 万元) or its unit.
func moneyOf(unit, name string) string {
	for _, u := range []string{"万元", "元"} {
		if strings.Contains(name, u) {
			return u
		}
	}
	return unit
}

// checkProducts reports the rows of each block whose amount is not its
// quantity × rate, where enough rows hold (see TBL009's Doc).
func checkProducts(p *audit.Pass, res *results) {
	for _, t := range Analysis(p).Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic {
				continue
			}
			pcs, k, ok := productColumns(b)
			if !ok {
				continue
			}
			var best productCols
			var bestBad []int
			bestHolds := -1
			for _, pc := range pcs {
				holds, bad := productRows(b, pc, k)
				if holds > bestHolds {
					best, bestBad, bestHolds = pc, bad, holds
				}
			}
			if bestHolds < 3 || bestHolds < 2*len(bestBad) {
				continue
			}
			for _, i := range bestBad {
				reportProduct(p, res, b, i, best, k)
			}
		}
	}
}

// productRows counts the rows of b whose amount is quantity × rate (×
// months) and lists those where it is not, for the columns pc.
func productRows(b *tables.Block, pc productCols, k float64) (holds int, bad []int) {
	for i, row := range b.Rows {
		q, r, a, ok := rowProduct(row, pc)
		if !ok {
			continue
		}
		if productHolds(q, r, a, k) {
			holds++
		} else {
			bad = append(bad, i)
		}
	}
	return holds, bad
}

// rowProduct returns row's quantity, its rate times the months paid (when
// pc has a months column) and its amount; false for a total row, a row
// missing one of them, or a row of an average standard paid by no stated
// months.
func rowProduct(row *tables.Row, pc productCols) (q, r, a figures.Number, ok bool) {
	q, r, a = row.Cells[pc.qty].Num, row.Cells[pc.rate].Num, row.Cells[pc.amount].Num
	if row.Total || q.Kind != figures.Value || r.Kind != figures.Value || a.Kind != figures.Value || q.Percent || r.Percent || a.Percent || q.Mant <= 0 || r.Mant <= 0 {
		return q, r, a, false
	}
	if pc.months >= 0 {
		m := row.Cells[pc.months].Num
		if m.Kind != figures.Value || m.Dec != 0 || m.Mant <= 0 || m.Mant > 12 {
			return q, r, a, false
		}
		r.Mant *= m.Mant
	}
	return q, r, a, true
}

// productHolds reports whether q × r × k falls within the rounding of a
// (q taken as exact, r within its own rounding).
func productHolds(q, r, a figures.Number, k float64) bool {
	qv, rv, av := q.Float(), r.Float(), a.Float()
	tol := 0.5*math.Pow10(-a.Dec) + qv*0.5*math.Pow10(-r.Dec)*k + 1e-9
	return math.Abs(qv*rv*k-av) <= tol
}

// reportProduct reports row i of b: at the quantity when a slip in it
// explains the product, else at the amount.
func reportProduct(p *audit.Pass, res *results, b *tables.Block, i int, pc productCols, k float64) {
	row := b.Rows[i]
	q, r, a, _ := rowProduct(row, pc)
	months := ""
	if pc.months >= 0 {
		months = " × " + row.Cells[pc.months].Num.String()
	}
	want := q.Float() * r.Float() * k
	wantA := figures.Number{Kind: figures.Value, Mant: int64(math.Round(want * math.Pow10(a.Dec))), Dec: a.Dec}
	at := b.At(i, pc.amount)
	expected, hint, hintEN := wantA.String(), "", ""
	if qv := a.Float() / (r.Float() * k); math.Abs(qv-math.Round(qv)) <= 0.5*math.Pow10(-a.Dec)/(r.Float()*k)+1e-9 && q.Dec == 0 {
		wantQ := figures.Number{Kind: figures.Value, Mant: int64(math.Round(qv))}
		if d := figures.Diagnose(q, wantQ); d.Slip != figures.NoSlip {
			at, expected, hint, hintEN = b.At(i, pc.qty), wantQ.String(), d.Hint, d.HintEN
		}
	}
	if hint == "" {
		if d := figures.Diagnose(a, wantA); d.Slip != figures.NoSlip {
			hint, hintEN = d.Hint, d.HintEN
		}
	}
	names := res.nameOf(b)
	qc, rc, ac := b.Columns[pc.qty], b.Columns[pc.rate], b.Columns[pc.amount]
	ru, au := moneyOf(rc.Unit, tables.Squash(rc.Name())), moneyOf(ac.Unit, tables.Squash(ac.Name()))
	shownRate := row.Cells[pc.rate].Num
	expr := fmt.Sprintf("%s × %s%s%s = %s%s ≠ %s%s", q.String(), shownRate.String(), ru, months, wantA.String(), au, a.String(), au)
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("%s%s: %s × %s%s 应等于「%s」", names.prefix, rowAt(row), colName(qc), colName(rc), monthsName(b, pc), ac.PathString()),
		MessageEN:  fmt.Sprintf("%s%s: %s × %s%s should equal %q", names.prefixEN, rowAtEN(row), colNameEN(qc), colNameEN(rc), monthsName(b, pc), ac.PathString()),
		Location:   res.location(p.Doc, at),
		Span:       at.Span,
		Expr:       expr,
		Expected:   expected,
		Actual:     p.Doc.Slice(at.Span),
		Hint:       hint,
		HintEN:     hintEN,
		Confidence: 0.8,
		Related:    []model.Span{b.At(i, pc.qty).Span, b.At(i, pc.rate).Span, b.At(i, pc.amount).Span},
	})
}

// monthsName is " × 「发放月数」" when pc has a months column, else "".
func monthsName(b *tables.Block, pc productCols) string {
	if pc.months < 0 {
		return ""
	}
	return " × " + colName(b.Columns[pc.months])
}
