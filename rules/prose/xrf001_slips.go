package prose

import (
	"math"
	"math/big"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// unitSlips reports prose amounts that no cell matched but that a row of
// exactly their name shows in the other unit of money: "差旅费111636.24
// 万元" where the row 差旅费 shows 11.16万元 (the 元 figure written 万元),
// "利息费用2,444.11元" where it shows 2,444.11万元. A list part or a
// figure whose label matched no column never reaches the comparisons above;
// the name and the ten-thousandfold slip together are the evidence.
func unitSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	var byName map[string][]int32 // the cells of each exact name (cellsByExactName), made on first use
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || f.basis == basisUnknown {
			continue
		}
		fe, ok := figures.UnitExp(f.q.Unit)
		if !ok || significant(f.q.Number) < 3 {
			continue
		}
		name := x.proseLabels.labels[f.lbl].S
		if byName == nil {
			byName = cellsByExactName(x, cfs)
		}
		var hit *cellFacts
		hits := 0
		for _, k := range byName[name] {
			cf := &cfs[k]
			ce, ok := figures.UnitExp(cf.unit)
			if !ok || !x.yearsAgree(f.year, cf.year) || !f.basis.compatible(cf.basis) {
				continue
			}
			if agrees(f, cf) == 1 {
				hit, hits = nil, 2 // shown right somewhere: no slip
				break
			}
			if slipOf(f.q.Number, fe, cf.number(), ce) {
				if hit == nil || hit.mant != cf.mant || hit.dec != cf.dec {
					hits++
				}
				hit = cf
			}
		}
		if hits != 1 {
			continue
		}
		reported[i] = true
		reportXref(p, f, hit, audit.Warning, 0.7, "两数相差一万倍，疑似元与万元写混")
	}
}

// slipOf reports whether amount a in units of 10^ae, read in a unit ten
// thousand times larger or smaller, is cell c in units of 10^ce at c's
// displayed precision.
func slipOf(a figures.Number, ae int, c figures.Number, ce int) bool {
	if c.Kind != figures.Value || c.Mant == 0 {
		return false
	}
	half := 0.5 * math.Pow(10, -float64(c.Dec))
	for _, shift := range [...]int{-4, 4} {
		// (a screen in floats first: most pairs are far apart)
		if v := a.Float() * math.Pow(10, float64(ae+shift-ce)); math.Abs(v-c.Float()) > half*1.001+1e-9*math.Abs(v) {
			continue
		}
		// a·10^(ae+shift) in units of 10^ce
		v := new(big.Rat).Set(a.Rat())
		e := ae + shift - ce
		p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(e))), nil))
		if e >= 0 {
			v.Mul(v, p)
		} else {
			v.Quo(v, p)
		}
		iv := c.Interval(figures.HalfUp)
		if v.Cmp(iv.Lo) >= 0 && v.Cmp(iv.Hi) <= 0 {
			return true
		}
	}
	return false
}

// significant is the number of significant digits of n as written.
func significant(n figures.Number) int {
	m := n.Mant
	if m < 0 {
		m = -m
	}
	d := 0
	for ; m > 0; m /= 10 {
		d++
	}
	return d
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// cellsByExactName indexes the amount cells of known unit by the names
// they are called exactly: their row's, and for a cell of a total row its
// column's too ("节约资金" of the 合计 row).
func cellsByExactName(x *xrefFacts, cfs []cellFacts) map[string][]int32 {
	m := map[string][]int32{}
	for k := range cfs {
		cf := &cfs[k]
		if cf.percent || !cf.known {
			continue
		}
		row := ""
		if cf.rowNamed() {
			row = x.cellLabels.labels[cf.rowLbl].S
			m[row] = append(m[row], int32(k))
		}
		if cf.r.Total && !cf.r.Subtotal {
			for _, id := range cf.labels() {
				if n := x.cellLabels.labels[id].S; n != row {
					m[n] = append(m[n], int32(k))
				}
			}
		}
	}
	return m
}
