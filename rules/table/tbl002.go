package table

import (
	"github.com/crossfoot/crossfoot/audit"
)

func tbl002(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL002",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "合计列与分项列之和不符",
			TitleEN: "Total column does not equal the sum of its sub-columns",
			Explain: "合计列（如“收入合计”“支出合计”）在每一行应等于其分项列之和（“其中：”下的各列，可嵌套两三层，如 支出合计 = 基本支出 + 项目支出，基本支出 = 人员支出 + 公用支出）。" +
				"表头未写明时，按数据推断在多数行（至少 3 行）精确成立的关系，只报告违反该关系的行；置信度反映推断的把握。只有一行数据、表头把同一分解分在两组以上（“预算数 › 合计 | 因公出国（境）费 | … ｜ 决算数 › 合计 | …”）时，有一组的合计等于其组内各列（子组取其小计）之和，其余各组即按此核对。" +
				"按定义完整的分解（支出合计 = 基本支出 + 项目支出；表题为政府采购时 合计 = 货物 + 工程 + 服务）有两行成立、成立多于不成立即核对。" +
				"“调减”“核减”列在和式中为减项（调整后预算 = 年初预算 + 调增 − 调减）。" +
				"结存表中，年末结存（期末余额）= 年初结存（期初余额）+ 当期结存（本年收支结余），有一行成立且成立的行不少于不成立的行即核对；" +
				"只有“年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余”（或“期初结余 | 本期到位 | 本期支出 | 期末结余”“上年结转 | 本年到位 | 本年支出 | 年末结余”“年初余额 | 本年收取 | 本年退还 | 年末余额”“年初数 | 本年增加 | 本年减少 | 年末数”“2022年末累计结余 | 本年收入 | 本年支出 | 本年末累计结余”“2025年初余额 | 2025年补充 | 2025年调用 | 2025年末余额”，下一年的“拟调用”列不计）四列时，年末 = 年初 + 收入 − 支出（没有一行成立时按警告报告）；另有结余分配、调整等列时不核对。" +
				"“可支配资金”列（年初结转 + 本年到位）与“债务限额”列不算另一项收支，“本年支出小计（合计）”旁的基本支出、项目支出列是其分项，也不算；“发放”“回收”（贷款的发放使余额增加，基金的发放使余额减少）按多数行成立的方向计入；同时有“下达（分配）”与“到位”两列时，年末结余按到位数计算，除非按下达数成立的行更多。" +
				"“本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入”这样紧随“X合计”列、名称都以 X 结尾（且不是另一期间、预算或决算）的两列以上，视同表头写明的分项。各列表头带分值（“收入任务（30分）”）、另有“总得分”列的评分表，每行总得分应等于各项得分之和（由表头定下，多数行成立即采用；得分为整数时也是如此）。",
			ExplainEN: "A total column (收入合计, 支出合计) must equal the sum of its sub-columns (those under 其中, nested two or three levels) on every row. " +
				"Where the header does not say which columns add up, the relation that holds exactly on most rows (at least 3) is inferred and only rows breaking it are reported; the confidence reflects how sure the inference is. In a table of one data row whose header repeats one breakdown under two or more groups (预算数 › 合计 | … and 决算数 › 合计 | …), a group whose 合计 adds up its columns (a subgroup by its 小计) vouches for the others, which are checked alike. " +
				"A breakdown whole by definition (支出合计 of 基本支出 and 项目支出; a procurement table's 合计 of 货物, 工程 and 服务) is checked once two rows hold and more hold than break. " +
				"A column of reductions (调减, 核减) is subtracted (调整后预算 = 年初预算 + 调增 − 调减). " +
				"In a balance table the closing balance (年末结存, 期末余额) is the opening one (年初结存, 期初余额) plus the period's (当期结存, 本年收支结余), checked once one row holds and no more rows break than hold; " +
				"in a table of only 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 (or 期初结余 | 本期到位 | 本期支出 | 期末结余, 上年结转 | 本年到位 | 本年支出 | 年末结余, 年初余额 | 本年收取 | 本年退还 | 年末余额, 年初数 | 本年增加 | 本年减少 | 年末数, a year-dated 2022年末累计结余 beside 本年末累计结余, a fund's 年初余额 | 补充 | 调用 | 年末余额 with next year's 拟调用 beside it) the closing balance is opening + income − spending (a warning when no row holds); not when other flows (结余分配, 调整) stand beside them. A 可支配资金 column (opening + received), a 债务限额 column and the 基本支出 | 项目支出 columns beside a 本年支出小计 (合计) are no other flow; 发放 and 回收 (a loan's issue raises its balance, a fund's payout lowers it) go the way most rows hold; with both funds allotted (下达, 分配) and funds received (到位), the balance is taken on the funds received unless more rows hold with the allotment. Two or more columns right after an \"X合计\" column, each named …X and none another period's, a budget or an outturn (本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入), are taken as its declared parts. In a table of scores whose columns give their points (收入任务（30分）) beside a 总得分 column, each row's total score is the sum of its scores (set by the header and taken when it holds on most rows, whole-number scores too).",
			Bad:  "收入合计 1413.16 | 上年结转 3.87 | 财政拨款 374.82 | 事业收入 26.57 | 其他收入 1001.64",
			Good: "收入合计 1406.90 | 上年结转 3.87 | 财政拨款 374.82 | 事业收入 26.57 | 其他收入 1001.64",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kCross || !wants(c) {
					continue
				}
				names := res.nameOf(c.target.Block)
				// "%s行%s: %s与各分项之和[不符]", "%s, row %s: %s [and|does not equal] the sum of its parts";
				// the column by its header path when its name repeats
				// (预算数 › 合计 | … | 决算数 › 合计)
				var mb, mbEN msgBuf
				msg := append(mb[:0], names.prefix...)
				msg = appendRowAt(msg, c.target.Row)
				msg = append(msg, ": "...)
				msg = appendColNameIn(msg, c.target.Block, c.target.Column, false)
				// (a column subtracted: a roll-forward, 年末 = 年初 + 收入 − 支出,
				// or 调减: "the terms added and subtracted")
				parts, partsEN := "与各分项之和", " the sum of its parts"
				if c.neg != 0 {
					parts, partsEN = "与各项加减所得", " its terms added and subtracted"
				}
				msg = append(msg, parts...)
				msgEN := append(mbEN[:0], names.prefixEN...)
				msgEN = appendRowAtEN(msgEN, c.target.Row)
				msgEN = append(msgEN, ": "...)
				msgEN = appendColNameIn(msgEN, c.target.Block, c.target.Column, true)
				if c.ok {
					msgEN = append(append(msgEN, " and"...), partsEN...)
				} else {
					msg = append(msg, "不符"...)
					msgEN = append(append(msgEN, " does not equal"...), partsEN...)
				}
				report(p, res, c, msg, msgEN)
			}
		},
	}
}
