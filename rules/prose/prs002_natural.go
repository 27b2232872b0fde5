package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// checkNaturalGrowth checks the population sentence of a statistical
// bulletin, "人口出生率为8.21‰，死亡率为6.85‰，人口自然增长率为1.46‰": the
// natural growth rate is by definition the birth rate less the death rate
// (8.21 − 6.85 = 1.36).
func checkNaturalGrowth(p *audit.Pass, u *unit) {
	var birth, death, growth *figures.Quantity
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if !q.Permil || q.Approx {
			continue
		}
		switch {
		case strings.HasSuffix(q.Label, "出生率") && birth == nil:
			birth = q
		case strings.HasSuffix(q.Label, "死亡率") && !ofInfants(q.Label) && birth != nil && death == nil:
			death = q
		case strings.HasSuffix(q.Label, "自然增长率") && death != nil && growth == nil:
			growth = q
		}
	}
	if growth == nil || figures.SumHolds([]figures.Number{death.Number, growth.Number}, birth.Number, figures.HalfUp) {
		return
	}
	want, d := figures.Sum([]figures.Number{birth.Number, negated(death.Number)})
	wantS := figures.FormatFixed(want, d)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*growth),
		Expr:       fmt.Sprintf("%s − %s = %s ≠ %s", birth.String(), death.String(), wantS, growth.String()),
		Expected:   wantS + "‰",
		Actual:     show(*growth),
		Confidence: 0.8,
		Related:    []model.Span{u.spanOf(*birth), u.spanOf(*death)},
	}
	f.Message = fmt.Sprintf("写「自然增长率%s」，按出生率 %s 减死亡率 %s 应为 %s‰。", show(*growth), show(*birth), show(*death), wantS)
	f.MessageEN = fmt.Sprintf("The natural growth rate %s is not the birth rate %s less the death rate %s (%s‰).", show(*growth), show(*birth), show(*death), wantS)
	locate(p, u, &f, growth.Start)
	p.Report(f)
}

// ofInfants reports a death rate of infants or mothers (婴儿死亡率,
// 孕产妇死亡率), not of the population.
func ofInfants(label string) bool {
	for _, w := range [...]string{"婴儿", "孕产妇", "新生儿", "岁以下", "儿童"} {
		if strings.Contains(label, w) {
			return true
		}
	}
	return false
}

// negated returns -n.
func negated(n figures.Number) figures.Number {
	n.Mant = -n.Mant
	return n
}
