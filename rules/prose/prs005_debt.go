package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// checkDebtRatio checks a 资产负债率 against the 负债总额 and 资产总额 of
// its paragraph: "资产总额112061.53万元，…负债总额12583.70万元，…资产负债率为
// 12.65%" must be 12583.70 ÷ 112061.53. Only this year's figures count (a
// figure whose words say 上年 is last year's), and only one of each.
func checkDebtRatio(p *audit.Pass, u *unit) {
	if !cjk.Contains(u.text, "资产负债率") {
		return
	}
	var rate, debt, assets, net *figures.Quantity
	count := [3]int{}
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		lead := u.text[q.LeadStart:q.Start]
		if q.Approx || cjk.Contains(lead, "上年") || cjk.Contains(lead, "去年") || cjk.Contains(lead, "年初") {
			continue
		}
		switch label := strings.TrimSpace(q.Label); {
		case q.Percent && strings.HasSuffix(label, "资产负债率"):
			if rate == nil {
				rate = q
			}
		case q.Percent || !figures.IsMoneyUnit(q.Unit) || isChangeFigure(q):
		case label == "负债总额" || label == "负债合计" || strings.HasSuffix(label, "负债总额"):
			debt = q
			count[0]++
		case label == "资产总额" || label == "资产合计" || strings.HasSuffix(label, "资产总额"):
			assets = q
			count[1]++
		case label == "净资产" || strings.HasSuffix(label, "净资产"):
			net = q
			count[2]++
		}
	}
	if rate == nil || debt == nil || assets == nil || count[0] != 1 || count[1] != 1 || debt.Unit != assets.Unit || assets.Mant <= 0 {
		return
	}
	ok, computed, valid := figures.RatioConsistent(rate.Number, debt.Number, assets.Number, figures.HalfUp)
	if !valid || ok {
		return
	}
	pct := new(bigRat).Mul(computed, hundred)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*rate),
		Expr:       fmt.Sprintf("%s ÷ %s = %s%% ≠ %s", debt.String(), assets.String(), figures.FormatRat(pct, rate.Dec+2), show(*rate)),
		Expected:   figures.FormatRat(pct, rate.Dec) + "%",
		Actual:     show(*rate),
		Confidence: 0.7,
		Related:    []model.Span{u.spanOf(*debt), u.spanOf(*assets)},
	}
	f.Message = fmt.Sprintf("写「资产负债率%s」，按负债总额 %s ÷ 资产总额 %s 计算应为 %s%%。", show(*rate), show(*debt), show(*assets), figures.FormatRat(pct, rate.Dec))
	f.MessageEN = fmt.Sprintf("The debt ratio %s does not match 负债总额 %s ÷ 资产总额 %s = %s%%.", show(*rate), debt.String(), assets.String(), figures.FormatRat(pct, rate.Dec))
	if net != nil && count[2] == 1 && net.Unit == debt.Unit && net.Mant > 0 {
		if alt, _, ok2 := figures.RatioConsistent(rate.Number, debt.Number, net.Number, figures.HalfUp); ok2 && alt {
			f.Hint = "所写比率等于负债总额除以净资产，疑似用错了分母（应除以资产总额）。"
			f.HintEN = "The stated ratio equals the liabilities divided by the net assets: probably the wrong denominator (divide by the total assets)."
		}
	}
	locate(p, u, &f, rate.Start)
	p.Report(f)
}
