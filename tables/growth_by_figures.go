package tables

import (
	"math"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// growthByFigures makes a rate of growth of an amount column whose name
// compares periods without saying it is an amount ("同比增长", "比上年增长"
// in a 万元 table, figures shown without %) when its figures are the growth
// of the block's this-year column over its last-year column, (本年 − 上年)
// ÷ 上年 × 100, on three rows or more and on three times as many rows as
// not: such a column is no amount to add up in a 合计 row, and TBL005
// checks it as the rate it is.
func growthByFigures(b *Block) {
	cur, prev := -1, -1
	for j, c := range b.Columns {
		if c.Role != Amount || c.PerUnit || c.YearRate {
			continue
		}
		switch {
		case c.Period == PeriodCurrent && cur < 0:
			cur = j
		case c.Period == PeriodPrevious && prev < 0:
			prev = j
		}
	}
	if cur < 0 && prev > 0 {
		// "1—6月支出 | 上年同期 | 同比增长": this period's column, unnamed
		// as such, is the amount right before last year's
		if c := b.Columns[prev-1]; c.Role == Amount && c.Period == PeriodUnknown && !c.PerUnit && !c.YearRate {
			cur = prev - 1
		}
	}
	if cur < 0 || prev < 0 {
		return
	}
	for j, c := range b.Columns {
		if c.Role != Amount || c.Period != PeriodUnknown || j == cur || j == prev {
			continue
		}
		name := squash(c.Name())
		if !comparedWords.in(name, runeBits(name)) || cjk.ContainsAnyOf(name, "额", "数", "量") {
			continue
		}
		fits, fails := 0, 0
		for _, r := range b.Rows {
			rate, cv, pv := r.Cells[j].Num, r.Cells[cur].Num, r.Cells[prev].Num
			if r.Group || rate.Kind != figures.Value || cv.Kind != figures.Value || pv.Kind != figures.Value || pv.Mant <= 0 {
				continue
			}
			p := pv.Float()
			g := (cv.Float() - p) / p * 100
			tol := half(rate.Dec) + 100*(half(cv.Dec)+half(pv.Dec))/p*(1+math.Abs(g)/100) + 1e-9
			if math.Abs(rate.Float()-g) <= tol {
				fits++
			} else {
				fails++
			}
		}
		if fits >= 3 && fails*3 <= fits {
			c.Role, c.RateKind, c.Unit = Rate, RateGrowth, "%"
		}
	}
}

// half is half a unit in the last of dec decimal places.
func half(dec int) float64 { return 0.5 * math.Pow(10, -float64(dec)) }
