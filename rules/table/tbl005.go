package table

import (
	"fmt"
	"strconv"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

func tbl005(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL005",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "比率列与计算值不符",
			TitleEN: "Rate column does not match its computation",
			Explain: "增减率（增幅、增长率）应等于增减额 ÷ 上年数；执行率、完成率、控制率应等于执行（实际）数 ÷ 预算（计划）数；按年度分列在比率表头下的比率（“病床使用率（%） › 2024年”）也按同行的数量列核算；占比应等于本项 ÷ 合计（表中无合计行时，为列名所称基数的同名行：“占地区生产总值比重（%）”以“地区生产总值”行为分母；没有合计行时，占比列中唯一写作100的一行为分母）；合计本身与各行之和不符而各占比按各行之和算得时，只报告合计；没有合计行时，“其中”各项的占比按其上级行（其本身占比为空或100）核算。" +
				"公式由表头确定，否则按数据推断在多数行成立的公式；表头只写“同比增长”“比上年增长”、数字不带%的列，在三行以上（且为不符行的三倍以上）等于（本年 − 上年）÷ 上年 × 100 时按增长率核对（不计入合计）；“支出进度”“执行进度”是执行率；没有预算列时，执行率按实际支出 ÷ 其前“资金到位”的合计（小计）列核对；“本息覆盖倍数”等倍数列是两列之比，按多数行成立的一对列核对（不计入合计）；表头为增长率、其公式在多数行成立时，不因“增减额 ÷ 本年数”（比率仅几个百分点时与按上年数算的舍入后常相同）相符的行更多而改用后者。按显示精度比较，取整到整数的百分比（如 116%）同样接受。得分率留给评分规则（SCR）。" +
				"自评表只有一行执行率时（“年初预算数 | 全年预算数 | 全年执行数 | 执行率”），执行率按全年预算数核对，只与年初预算数相符的按警告报告。" +
				"比率不符、而所用某个金额两位相邻数字互换后恰好相符（比率本身互换数字并不相符）时，发现标在该金额上。" +
				"表中有两个以上带编号的合计行（“一、本年收入合计……二、本年支出合计”），或各合计之间有带编号的分组标题行（“二、支出”）时，占比以本行所在部分的合计为基数。表格横排（行为两年的数、增减额、增减率，列为各项目）时，增减率行逐列按（后一年 − 前一年）÷ 前一年核对。" +
				"行标签写明由本表两行按编号相除而得（“六、政府债务率（%）（五÷四）”“（5/4）”）时，各金额列按此核对，标签、单位或数字为百分数的乘以 100（722040.00 ÷ 467744.45 × 100 = 154.37）；未写明的按两种读法中相符或较接近的一种；所引编号须在本表恰好出现一次；增减、增减率列不核对。",
			ExplainEN: "A growth rate must equal the difference ÷ the previous figure; execution/completion/control rates actual ÷ budget; a rate split by year under its group header (病床使用率（%） › 2024年) is worked out from its row's amounts too; shares part ÷ total (with no total row, the row the column names as its base: 占地区生产总值比重 over the row 地区生产总值, or else the one row whose share is written 100); when the total itself does not add up and the shares hold on the rows' sum, only the total is reported; with no total row, 其中 parts' shares are of their parent (whose own share is blank or 100). " +
				"The formula comes from the header, else the one holding on most rows is inferred; a column headed only 同比增长 or 比上年增长 with figures shown without % is a growth rate (and no amount a total adds) when its figures are (this year − last year) ÷ last year × 100 on three rows or more and three times as many as not; 支出进度 and 执行进度 are execution rates; with no budget column, an 执行率 is the spending over the total (小计) of the funds received (资金到位) before it; a column of multiples (本息覆盖倍数（倍）) is the ratio of the pair of columns that holds on most rows (no total adds it); a growth header's formula, holding on most rows, is kept even where the change over this year's figure (which rounds alike when rates are a few per cent) fits more rows. Precision follows the shown digits, so integer percentages (116%) pass. Score rates are left to the SCR rules. " +
				"In a self-evaluation form's one line of rates (年初预算数 | 全年预算数 | 全年执行数 | 执行率) the rate is checked on the 全年预算数; one fitting the 年初预算数 only is a warning. When one of the rate's amounts with two adjacent digits swapped makes it hold (and the rate's own swapped digits do not), the finding is placed on that amount." +
				"With two or more numbered total rows (\"一、本年收入合计 … 二、本年支出合计\"), or a numbered heading row between each two totals (\"二、支出\"), a share is taken of the total of its row's own section. In a table laid out across (rows of two years, 增减额, 增减率; the items as columns) the 增减率 row is checked column by column as (later − earlier) ÷ earlier. " +
				"A row whose label states it is one row of the table divided by another by their numbers (六、政府债务率（%）（五÷四）, （5/4）) is checked so in each column of amounts, ×100 when its label, unit or figures are percentages (722040.00 ÷ 467744.45 × 100 = 154.37), else by whichever reading fits or comes nearer; each number must mark exactly one row; 增减 and 增减率 columns are not checked.",
			Bad:  "2021年 4078.15 | 2022年 6148.40 | 增幅 60.76%",
			Good: "2021年 4078.15 | 2022年 6148.40 | 增幅 50.76%",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			checkRowFormulas(p, res, opt.Rounding, true, "TBL005")
			var slipped map[model.Span]bool // amounts already named mistyped
			for _, c := range res.checks {
				if c.kind != kRate || c.ok || c.explained {
					continue
				}
				b := c.target.Block
				names := res.nameOf(b)
				f := audit.Finding{
					Message:    fmt.Sprintf("%s%s: %s与计算值 %s 不符", names.prefix, rowAt(c.target.Row), colName(c.target.Column), c.rate.computed),
					MessageEN:  fmt.Sprintf("%s%s: %s does not match the computed %s", names.prefixEN, rowAtEN(c.target.Row), colNameEN(c.target.Column), c.rate.computed),
					Location:   res.location(p.Doc, c.target),
					Span:       c.target.Span,
					Expr:       c.rate.expr,
					Expected:   c.rate.computed,
					Actual:     p.Doc.Slice(c.target.Span),
					Confidence: c.conf,
					Severity:   audit.Error,
					Related:    []model.Span{c.parts[0].Span, c.parts[1].Span},
				}
				if c.conf < 0.7 {
					f.Severity = audit.Warning
				}
				if k, want, ok := slippedRatePart(c, opt.Rounding); ok {
					// "马铃薯 | 6.55 | 5.41 | 4.4": 5.65, two digits swapped,
					// makes the growth hold — the year's figure is the one
					// mistyped, not the rate
					pc := c.parts[k]
					if slipped[pc.Span] {
						continue // (its other rate, 完成预算% beside 比上年增长%, breaks for the same figure)
					}
					if slipped == nil {
						slipped = map[model.Span]bool{}
					}
					slipped[pc.Span] = true
					f.Location, f.Span = res.location(p.Doc, pc), pc.Span
					f.Expected, f.Actual = want.String(), pc.Num.String()
					f.Related = []model.Span{c.target.Span}
					f.Message = fmt.Sprintf("%s%s: %s %s 与%s不符，疑为 %s（相邻两位数字颠倒），按此计算与表中%s一致", names.prefix, rowAt(c.target.Row), colName(pc.Column), pc.Num.String(), colName(c.target.Column), want.String(), colName(c.target.Column))
					f.MessageEN = fmt.Sprintf("%s%s: %s %s does not fit %s; probably %s, which makes it hold", names.prefixEN, rowAtEN(c.target.Row), colNameEN(pc.Column), pc.Num.String(), colNameEN(c.target.Column), want.String())
				}
				p.Report(f)
			}
		},
	}
}

// slippedRatePart returns the amount of a failed rate check (numerator or
// denominator) one of whose readings with two adjacent digits swapped
// (figures.Transposed) makes the rate hold, when exactly one such reading
// of the two amounts does and no such reading of the rate itself is the
// computed one.
func slippedRatePart(c *check, r figures.Rounding) (int, figures.Number, bool) {
	for _, w := range transposedReadings(c.target.Num) {
		if ok, usable := rateCheck(w, c.parts[0].Num, c.parts[1].Num, c.growth, c.pct, c.decrease, r); usable && ok {
			return 0, figures.Number{}, false // the rate's own digits swapped
		}
	}
	found, at := 0, 0
	var want figures.Number
	for k := range c.parts {
		pn := c.parts[k].Num
		if pn.Kind != figures.Value || pn.Mant <= 0 || k == 1 && c.share {
			continue // (a share's denominator is every row's: one row's rate is no test of it)
		}
		for _, w := range transposedReadings(pn) {
			num, den := c.parts[0].Num, c.parts[1].Num
			if k == 0 {
				num = w
			} else {
				den = w
			}
			if ok, usable := rateCheck(c.target.Num, num, den, c.growth, c.pct, c.decrease, r); usable && ok {
				found, at, want = found+1, k, w
			}
		}
	}
	return at, want, found == 1
}

// transposedReadings returns n with each pair of adjacent, differing
// digits swapped (not making a leading zero).
func transposedReadings(n figures.Number) []figures.Number {
	digits := []byte(strconv.FormatInt(n.Mant, 10))
	var out []figures.Number
	for i := 0; i+1 < len(digits); i++ {
		if digits[i] == digits[i+1] || i == 0 && digits[i+1] == '0' {
			continue
		}
		digits[i], digits[i+1] = digits[i+1], digits[i]
		if m, err := strconv.ParseInt(string(digits), 10, 64); err == nil {
			v := n
			v.Mant = m
			out = append(out, v)
		}
		digits[i], digits[i+1] = digits[i+1], digits[i]
	}
	return out
}
