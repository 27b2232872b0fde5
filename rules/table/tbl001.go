package table

import (
	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/tables"
)

func tbl001(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL001",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "合计行与明细行之和不符",
			TitleEN: "Total row does not equal the sum of its rows",
			Explain: "合计（总计、小计、汇总、总额）行的每一列应等于它所汇总各行之和；合计可在明细之上（如“局机关及二级机构汇总”）或之下（“合  计”）。" +
				"表中没有标为合计的行、而首行或末行比其余各行缩进少或正是标题所述对象（“…农村居民人均可支配收入及构成”），且至少两列金额（多数列）等于其余各行之和时，该行按合计行核对（占比也以它为基数）。" +
				"“其中”行是部分，不计入；编号层级（一、/1./（1））中上级行应等于其下各项之和（仅当本表多数层级如此时检查）。" +
				"人口表中“自然增长率”行应等于“出生率”行减“死亡率”行（各数字列）。按定义完整的分解（公务用车购置及运行费 = 购置费 + 运行费；地区生产总值、固定资产投资 = 第一、二、三产业）无论是否编号都核对，表首行为总数、其后紧接各分项时亦然。" +
				"比较按显示精度的四舍五入区间进行，0.01 的舍入差只作提示；计数列（人、个、所、件等）的整数是精确数，没有舍入差；各行为期间（2022年、2023年1—3月）的表，期初、期末结余不由合计行相加；逐项确定的目标列（年度目标）不相加。只有一行的两位相邻数字互换或小数点错位恰好解释差额、而合计本身看不出错写时，发现标在该行；合计恰好少了某一行的数时（漏加），仍标在合计上。" +
				"合计所在行的执行率（完成率等）与合计和本行另一数相符、而各分项中只有一项不为零时，发现指向该分项（应为合计减其余各项）。" +
				"表中分为几部分、各有合计（“一、本年收入合计……二、本年支出合计”）时，判断“其中”之后的行是否为上级的并列项，只看本部分各行与本部分合计。" +
				"“其中”之后按位置推断的各行，从某一行起与上级并列者之和等于合计时，前面的算作“其中”分项、后面的算作并列项；" +
				"“其中”各项有一项写错、取到哪一行都不等于上级时，以本侧合计确定范围：只有一种取法使不属于任何“其中”的各行之和等于合计（收入总计）时，按此取法核对（如“上级补助收入 ⏎ 其中：返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项转移支付收入 ⏎ 债务转贷收入…”中前三项与上级补助收入不符）；有两种以上取法相符时不报。" +
				"“其中”行属于紧邻其上的一行；收支平衡表（收入 | 决算数 | 支出 | 决算数）只比较本侧的数字。" +
				"既未编号也未缩进、恰好合计为其上一行的各行，算作该行的明细（“上级补助收入 ⏎ 返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项转移支付收入”）；这样的几组中只有一组不合计、而去掉该组后各行之和与合计相符时，发现指向该组的上一行与其下各行之和不符，而不是合计与全部各行之和不符。" +
				"行标签写明由本表其他行按编号相加减而得（“四、综合财力（一+二+三）”“六、限额空间（五−四）”“(1-2)”）时，各金额列按此核对（如 744800.00 − 722040.00 = 22760.00）；所引编号须在本表恰好出现一次，且各行该列均有数；增减、增减率列不核对；“合计（1-3）”指第1至3行。",
			ExplainEN: "Every column of a total row (合计, 总计, 小计, 汇总, 总额) must equal the sum of the rows it covers, whether the total stands above or below them. " +
				"In a table with no row labelled a total, a first or last row less indented than the others or named as the caption's subject (…农村居民人均可支配收入及构成) that is the sum of the others in at least two amount columns (and most of them) is checked as the total row (and is the base of shares). " +
				"其中 rows are parts and are not added; in numbered hierarchies (一、/1./（1）) a parent equals its children when that holds elsewhere in the table. " +
				"In a population table the 自然增长率 row is the 出生率 row minus the 死亡率 row in every column of figures. A breakdown whole by definition (公务用车购置及运行费 of 购置费 and 运行费; 地区生产总值 or 固定资产投资 of the three industries) is checked numbered or not, also when a table opens with the whole and lists its parts right after it. " +
				"Figures are compared as rounding intervals, so a 0.01 rounding difference is only an info; whole numbers in a column of counts (人, 个, 所, 件) are exact; in a table whose rows are periods the opening and closing balances are not added by the total row; nor are targets set row by row (年度目标). When two swapped digits or a moved point in one row alone explain the gap, and the total shows no such slip, the finding is placed on that row; a total short by exactly one row's figure (a row left out) keeps it." +
				"When a rate of the total's row (执行率, 完成率) holds with the total over another figure of its row and only one part is not zero, the finding is on that part (it should be the total less the others)." +
				"In a table of sections each with its total (\"一、本年收入合计 … 二、本年支出合计\"), whether rows after a 其中 row are the parent's siblings is told by the rows of their own section and its total." +
				"Of the rows taken into a 其中 list by position, those from the first with which the parent's siblings add up to the total are siblings, the ones before parts; " +
				"when one part is wrong and no extent of the list makes its parent, the side's total fixes it: if exactly one extent leaves rows outside every 其中 list that add up to the total (收入总计), the list is checked with that extent (上级补助收入 against 其中：返还性收入, 一般性转移支付收入 and 专项转移支付收入, not the 债务转贷收入 after them); with two or more, nothing is reported. " +
				"A 其中 row belongs to the row right above it; in a 收支平衡表 (收入 | 决算数 | 支出 | 决算数) only its side's figures are compared. " +
				"Rows neither numbered nor indented that add up exactly to the row above them are its items (上级补助收入 then 返还性收入, 一般性转移支付收入, 专项转移支付收入); when all such runs but one add up and the rows without that one make the total, the finding is that run's row against its items, not the total against every row. " +
				"A row whose label states how it is made from other rows of the table by their numbers (四、综合财力（一+二+三）, 六、限额空间（五−四）, (1-2)) is checked so in each column of amounts (744800.00 − 722040.00 = 22760.00), when each number marks exactly one row and all of them have a figure there; 增减 and 增减率 columns are not; 合计（1-3） means rows 1 to 3.",
			Bad:  "1.本级机构 6948.91；2.中心 1413.16；合计 8400.00",
			Good: "1.本级机构 6948.91；2.中心 1413.16；合计 8362.07",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			checkNaturalGrowth(p, res, opt.Rounding)
			checkRowFormulas(p, res, opt.Rounding, false, "TBL001")
			for _, c := range res.checks {
				if (c.kind != kFooting && c.kind != kHier) || !wants(c) || !c.ok && overlappingCount(c, opt.Rounding) {
					continue
				}
				names := res.nameOf(c.target.Block)
				// "%s列%s: %s与%s之和[不符]", "%s, column %s: %s [and|does not equal] the sum of %s"
				var mb, mbEN msgBuf
				msg := append(mb[:0], names.prefix...)
				msg = append(msg, "列"...)
				msg = appendColName(msg, c.target.Column)
				msg = append(msg, ": "...)
				msg = appendRowName(msg, c.target.Row)
				msgEN := append(mbEN[:0], names.prefixEN...)
				msgEN = append(msgEN, ", column "...)
				msgEN = appendColNameEN(msgEN, c.target.Column)
				if c.kind == kHier {
					msgEN = append(msgEN, ": row "...)
				} else {
					msg = append(msg, "行"...)
					msgEN = append(msgEN, ": total row "...)
				}
				msgEN = appendRowNameEN(msgEN, c.target.Row)
				msg = append(msg, "与"...)
				if c.ok {
					msgEN = append(msgEN, " and the sum of "...)
				} else {
					msgEN = append(msgEN, " does not equal the sum of "...)
				}
				if c.group != "" {
					msg = append(msg, "「"...)
					msg = append(msg, c.group...)
					msg = append(msg, "」各行"...)
					msgEN = append(msgEN, "the rows under “"...)
					msgEN = append(msgEN, c.group...)
					msgEN = append(msgEN, "”"...)
				} else {
					msg = append(msg, "其下各行"...)
					msgEN = append(msgEN, "its rows"...)
				}
				msg = append(msg, "之和"...)
				if !c.ok {
					msg = append(msg, "不符"...)
				}
				report(p, res, c, msg, msgEN)
			}
		},
	}
}

// countUnits are units of things counted one by one, which may be counted
// under several categories at once.
var countUnits = map[string]bool{"家": true, "个": true, "户": true, "所": true, "人": true, "名": true, "人次": true, "户次": true}

// overlappingCount reports a failed footing of a column of counts (家, 个,
// 人, …) whose rows add up to more than the total while a column of money
// in the same block adds up over the same rows: "涉及机构数（家） |
// 涉及金额（万元）" by type of problem, where one institution can have
// several problems and the 合计 counts each once. The amounts show the
// rows are complete; the counts overlap.
func overlappingCount(c *check, r figures.Rounding) bool {
	if c.kind != kFooting || c.prows == nil || !countUnits[c.target.Column.Unit] {
		return false
	}
	parts := c.partCells()
	nums := make([]figures.Number, len(parts))
	for k, p := range parts {
		nums[k] = p.Num
	}
	if _, diff, _ := figures.SumDiff(nums, c.target.Num); diff >= 0 {
		return false // fewer than the total: rows are missing, or a figure is wrong
	}
	if omitsOneRow(nums, c.target.Num) {
		return false
	}
	b := c.block
	for _, col := range b.Columns {
		if col == c.target.Column || col.Role != tables.Amount {
			continue
		}
		if _, ok := figures.UnitExp(col.Unit); !ok {
			continue
		}
		total := b.Rows[c.target.Row.Index].Cells[col.Index].Num
		if total.Kind != figures.Value || total.Mant == 0 {
			continue
		}
		for k, i := range c.prows {
			nums[k] = b.Rows[i].Cells[col.Index].Num
		}
		if figures.SumHolds(nums, total, r) {
			return true
		}
	}
	return false
}

// omitsOneRow reports whether counts nums exceed total by exactly one of
// them, of ten or more: the 合计 left out a row (项目数 1256 for rows making
// 1436, the 询价 row's 180), which overlapping counts match only by chance.
func omitsOneRow(nums []figures.Number, total figures.Number) bool {
	if total.Dec != 0 {
		return false
	}
	sum := int64(0)
	for _, n := range nums {
		if n.Kind != figures.Value || n.Dec != 0 {
			return false
		}
		sum += n.Mant
	}
	for _, n := range nums {
		if n.Mant >= 10 && sum-n.Mant == total.Mant {
			return true
		}
	}
	return false
}
