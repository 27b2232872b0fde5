package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

func tbl004(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL004",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "增减额与本年、上年数不符",
			TitleEN: "Difference column does not equal current minus previous",
			Explain: "增减额（增减、差额、增减情况）应等于本年数减上年数（或决算数减预算数）。两列由表头年份或“本年/上年”确定，否则按数据推断在多数行成立的一对列。",
			ExplainEN: "A difference column (增减额, 增减, 差额) must equal the current figure minus the previous one (or actual minus budget). " +
				"The two columns come from the header's years or 本年/上年; otherwise the pair that holds on most rows is inferred.",
			Bad:  "2022年 363.27 | 2021年 369.86 | 增减额 6.59",
			Good: "2022年 363.27 | 2021年 369.86 | 增减额 -6.59",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kDiff || !wants(c) {
					continue
				}
				b := c.target.Block
				names := res.nameOf(b)
				var msg, msgEN string // only the message shown is built
				if c.ok {
					msg = fmt.Sprintf("%s行%s: %s与%s − %s", names.prefix, rowName(c.target.Row), colName(c.target.Column), colName(c.parts[0].Column), colName(c.parts[1].Column))
					msgEN = fmt.Sprintf("%s, row %s: %s and %s − %s", names.prefixEN, rowNameEN(c.target.Row), colNameEN(c.target.Column), colNameEN(c.parts[0].Column), colNameEN(c.parts[1].Column))
				} else {
					msg = fmt.Sprintf("%s行%s: %s不等于%s − %s", names.prefix, rowName(c.target.Row), colName(c.target.Column), colName(c.parts[0].Column), colName(c.parts[1].Column))
					msgEN = fmt.Sprintf("%s, row %s: %s is not %s − %s", names.prefixEN, rowNameEN(c.target.Row), colNameEN(c.target.Column), colNameEN(c.parts[0].Column), colNameEN(c.parts[1].Column))
				}
				report(p, res, c, msg, msgEN)
			}
		},
	}
}
