package table

import (
	"github.com/crossfoot/crossfoot/audit"
)

func tbl004(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL004",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "增减额与本年、上年数不符",
			TitleEN: "Difference column does not equal current minus previous",
			Explain: "增减额（增减、差额、增减情况）应等于本年数减上年数（或决算数减预算数）。两列由表头年份或“本年/上年”确定，否则按数据推断在多数行成立的一对列。本年数（或上年数）两位相邻数字互换、小数点错位后恰好使该行成立、而增减额本身看不出错写的，发现标在该数上。同一行的增长率与所列增减额 ÷ 上年数相符、而与两年数之差不符的，增减额与上年数得到印证，发现也标在本年数上。",
			ExplainEN: "A difference column (增减额, 增减, 差额) must equal the current figure minus the previous one (or actual minus budget). " +
				"The two columns come from the header's years or 本年/上年; otherwise the pair that holds on most rows is inferred. When this year's (or last year's) figure with two adjacent digits swapped or its point moved makes the row hold, and the difference shows no such slip, the finding is placed on that figure. So it is when the row's growth rate holds with the stated difference over last year's figure and not with the difference of the two years' figures: the rate vouches for both.",
			Bad:  "2022年 363.27 | 2021年 369.86 | 增减额 6.59",
			Good: "2022年 363.27 | 2021年 369.86 | 增减额 -6.59",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kDiff || !wants(c) {
					continue
				}
				names := res.nameOf(c.target.Block)
				// "%s行%s: %s[与|不等于]%s − %s", "%s, row %s: %s [and|is not] %s − %s"
				cur, prev := c.part(0).Column, c.part(1).Column
				var mb, mbEN msgBuf
				msg := append(mb[:0], names.prefix...)
				msg = append(msg, "行"...)
				msg = appendRowName(msg, c.target.Row)
				msg = append(msg, ": "...)
				msg = appendColName(msg, c.target.Column)
				msgEN := append(mbEN[:0], names.prefixEN...)
				msgEN = append(msgEN, ", row "...)
				msgEN = appendRowNameEN(msgEN, c.target.Row)
				msgEN = append(msgEN, ": "...)
				msgEN = appendColNameEN(msgEN, c.target.Column)
				if c.ok {
					msg = append(msg, "与"...)
					msgEN = append(msgEN, " and "...)
				} else {
					msg = append(msg, "不等于"...)
					msgEN = append(msgEN, " is not "...)
				}
				msg = appendColName(msg, cur)
				msg = append(msg, " − "...)
				msg = appendColName(msg, prev)
				msgEN = appendColNameEN(msgEN, cur)
				msgEN = append(msgEN, " − "...)
				msgEN = appendColNameEN(msgEN, prev)
				report(p, res, c, msg, msgEN)
			}
		},
	}
}
