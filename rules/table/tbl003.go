package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

func tbl003(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL003",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:     "“其中”各项之和超过总数",
			TitleEN:   "其中 items exceed their total",
			Explain:   "“其中”列出的是总数的一部分：各项之和可以小于总数，但不能超过（按四舍五入区间比较）。“其中”之后未标明的各行，按位置推断到哪一行，见 TBL001（必要时以本侧合计确定）。",
			ExplainEN: "Rows under 其中 (“of which”) are a part of the row above: they may add up to less than it, never to more (compared as rounding intervals). How far unmarked rows after a 其中 row belong to its list is inferred as TBL001 explains (by the side's total when needed).",
			Bad:       "三、公用经费 370.14；其中：办公费 300.00，差旅费 90.00",
			Good:      "三、公用经费 370.14；其中：办公费 23.50，差旅费 30.61",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kSubset || c.ok || c.explained {
					continue
				}
				b := c.target.Block
				names := res.nameOf(b)
				msg := fmt.Sprintf("%s列%s: “其中”各项之和超过%s", names.prefix, colName(c.target.Column), rowName(c.target.Row))
				msgEN := fmt.Sprintf("%s, column %s: the 其中 items add up to more than %s", names.prefixEN, colNameEN(c.target.Column), rowNameEN(c.target.Row))
				report(p, res, c, []byte(msg), []byte(msgEN))
			}
		},
	}
}
