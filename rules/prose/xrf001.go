package prose

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// XRF001 compares figures quoted in prose with the table cells they quote.
var XRF001 = &audit.Rule{
	ID:       "XRF001",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "文中数字与表格不符",
		TitleEN: "A figure in the text differs from the table",
		Explain: "正文中带名称的金额（如“资本性支出10.80万元”）与表格中同名、同年度、同口径（预算/决算）的单元格比较，单位换算后不一致即报告。" +
			"名称与某行完全相同、该行各列都不是所写数、而同表同列恰有另一行正是所写数（“其中，住户存款778512.05万元”，而778512.05是“非金融企业存款”行的年末余额）时，报告疑为误引他行数字（该数之前的文字写明那一行的除外）。" +
			"同一行按单位类型分列并有“合计”列（“2024年末 › 行政单位 | 事业单位 | 合计”）时，只写行名的数字与合计列比较。" +
			"句中先写“重点项目”的数字（“重点项目总投资…，年度计划投资X万元”）不与未写“重点”的表格（全部项目）的合计比较。" +
			"名称前写明是其中几个单位（“5个县（市、区）资产总额合计”）或前一分句点名某一单位（“资产规模最大的是城关镇，资产总额…”）的金额，不与全体的合计比较。" +
			"预算说明（标题有“预算”而无“决算”）中没有写明预算或决算的数字与表列按预算数理解；只有一行且无行名的表（如其他重要事项情况表），各列名即项目名。" +
			"名称允许常见异写（公务车辆维护费/公务用车运行维护费、人员经费/人员支出、公用经费/公用支出）；细分上一行的行（“全体居民人均可支配收入”下的“城镇常住居民”）也按合成的名称（城镇常住居民人均可支配收入）比较；句中没有比较、也没写年份的数字，恰等于同名行的上年数而本年数不同（“其中：返还性收入2929.82万元”对“返还性收入 | 2832.39 | 2929.82”），句前又无“上年”“同期”等字样的，按误用上年数报告（预算报告、预算数列除外）；只写“实际支出”一类口径的数字，不与正文未提及的专项资金、项目、三公、政府采购表的合计比较；行名分列单位与事项两列的表，按单位名称对上的数字，段中须写到该行的事项；不细分上一行的行，也按行名加表题末尾的动作（“住房公积金提取情况表”的“住房消费类”即“住房消费类提取”；提取、缴存、发放、回收、支出、收入、使用、拨付、下达、分配、完成、投资）比较；写出完整“类/款/项”科目链的数字（“…图书馆（项）1986540.00元”）与该项一行比较。" +
			"未能与任何单元格对上的金额，若与名称完全相同的行（或合计行中同名的列）恰好相差一万倍（“公务接待费48841.50万元”对表中4.88万元、“节约资金3645.39元”对合计3645.39万元），按元与万元写混报告；没有同名行时，数字（五位有效数字以上）相同、行名以该名称结尾的行（“基金支出45,318.09元”对“机关事业单位基本养老保险基金支出”45,318.09万元）也算。" +
			"一句中列举的多项与某一表格列（或以各列为项目的合计行）有两项以上完全吻合时，其余不吻合的项按错误报告；单独引用的数字只有在候选单元格唯一时才报告。" +
			"表格的合计行也按表名所指的项目比较（“2022年度“三公”经费支出情况表”的合计即“三公”经费支出），“本年数/上年数”列按报告年度及其上一年理解。" +
			"句中在数字之前写了表中另一行的名称（“其中：基本支出…，实际支出…”）时，不与合计行比较；句中提到结转结余的“总计”不与“合计”比较。" +
			"金额后紧接“执行率r%”、而r%只出现在表格中以该金额名称命名的一行时，金额与该行的执行数比较（“省级补助资金支出568.19万元，执行率95.10%”对表中省级补助资金一行）。" +
			"文中名称同时写出行名与列中的词（“社区自筹资金到位…元”对“社区自筹资金”行“实际到位数”列），或分句以某行全名开头、名称即列名（“2.××活动：预算…元，实际支出…元”）时，与该单元格比较。" +
			"未写明口径的数字恰与同一行另一列相同时（如与预算数相同），视为引用该列，不报告。" +
			"“实际支出897364.50元，执行率97.45%”中，若该金额（五位有效数字以上）只出现在表中带执行率的一行，执行率与该行执行率比较（计划、目标执行率除外；“资金到位率”与该行的到位率列比较）；" +
			"“第一产业增加值38.44亿元，增长3.5%”中，若该金额只出现在表中以其名称命名、带“比上年增长%”列的一行，增幅与该行增长率比较（方向相反的由 XRF004 报告）。" +
			"“执行率最高的是A（100.00%），最低的是B（86.35%）”中括注的比率，与表中以A、B命名的行在同名比率列（“执行率（%）”）中的数比较。" +
			"“收入完成367,019.73万元，为调整预算的89.7%”中，若该金额（五位有效数字以上）只出现在表中带完成率（执行率）的一行，且句中与列名所说的预算（年初、调整）一致，完成率与该行比较。" +
			"句中写“预期”“预计”的数字，以及标题为预算草案、预算安排之下的数字，只与预算（计划）列比较（按句中行名与列名配对时也是如此）。" +
			"段落首句即表中某行全名（“1.中小学校周边交通安全设施提升。计划投资83.66万元…”）时，段内数字与该行比较（表题年份与段落年份一致时），不按列名与合计行比较。" +
			"报告另设“一般公共预算财政拨款支出决算情况”等专节时，所在段落和各级标题都未写资金性质的数字（“四、支出决算情况”下的“卫生健康支出…”）是全部资金的，不与只含该类资金的表比较。" +
			"文中“收入总计”“支出总计”“本年收入合计”“收、支总计各…”等数字与收支总表（左收入、右支出，每侧一列金额）该侧的总计、合计行比较（同一资金范围：标题或句中写明财政拨款等时与财政拨款收支总表比较）。" +
			"若两数仅小数点位置不同，提示疑似小数点错位。" +
			"人数、个数等计数（“9名”“23595人”）只在同句列举的几项与表格同一列对应、其他项都一致时比较（单独一个计数常指其中一部分或某一时段，不比较）。" +
			"“调减X万元”“减少X万元”与表中增减列的 −X 相符；行名前的科目编码（“205教育支出”）不影响名称比对。" +
			"多个项目各有自评表时，某项目标题下的数字不与其他项目的同类表比较；标题写明某类资金（一般公共预算财政拨款）时，数字不与未分资金类型的表的合计行比较。" +
			"正文金额在任何表格中都找不到、而同句另一个数（五位有效数字以上）只出现在表中某一行时，该金额两位相邻数字互换后恰为该行同单位、同年度的某格，即按该格报告（疑似数字颠倒）。" +
			"按句中行名与列名配对时，表格数等于正文金额加本段写明的调出、调入、还本、上解等其他收支（一两项）的，不报告（该列含全部流出）；正文金额出现在其名称加“合计”的表行中即视为已列示。" +
			"“公用经费125.93万元，比上年减少7.22万元”中的金额恰为表中同名行的上年数、增减额（及增减率；只写增减率时须三位有效数字以上）与该行一致而本年数不同时，报告疑将上年数当作本年数。" +
			"找元与万元错位的同名行时，名称不全同的也取“发放”“拨付”等动词之后的部分（“为412名首次创业人员发放一次性创业补贴”）。" +
			"按句中行名与列名配对时，表题写明的年度须是该数字的年度（未写时为报告年度）。" +
			"正文数字在任何单元格中都没有、而相邻两位互换后恰为其同名单元格中唯一的那个数时，按数字颠倒报告。" +
			"加引号写明的绩效指标（“农村公路列养里程”…实际完成1,326公里）与指标表中同名行的实际完成值比较（单位相同时）。" +
			"以某项名称加“合计”“总计”命名的合计行（“政府性基金预算收入合计”）即代表该项，“全区政府性基金预算收入完成X亿元”与之比较；“公共财政预算”（一般公共预算的旧称）与“一般公共预算”一样是预算种类的名称，不表示预算数。",
		ExplainEN: "A figure named exactly as a row, shown by none of that row's cells but, as written, by another row of one of those columns (其中，住户存款778512.05万元 where 778512.05 is the 非金融企业存款 row's year-end balance), is reported as quoted from the other row (unless the words before it name that row). " +
			"Figures of a sentence that speaks of 重点项目 are not compared with the totals of a table of all projects (no 重点 in its title). " +
			"A row shown by kind beside its 合计 (2024年末 › 行政单位 | 事业单位 | 合计) is quoted by its 合计 when the text names the row alone. " +
			"Amounts said to be of some bodies (5个县（市、区）资产总额合计) or of one body the clause before names (资产规模最大的是城关镇，资产总额…) are not compared with the whole's total. " +
			"A labelled amount in the text is compared with the table cell of the same label, year and basis (budget or " +
			"actual), after unit conversion (an amount no cell matched that a row of exactly its name shows ten thousand times larger or smaller is reported as 元 and 万元 mixed up; with no row of its name, a row whose name ends with it showing the same five or more digits counts too); in a budget report a figure or column naming no basis is a budget figure, and the columns of a table with one unlabelled row name its items. When two or more items of a sentence's list match one table column (or one total row of a table whose columns are the items) exactly, the " +
			"others that differ are errors; a single figure is reported only when there is one candidate cell. The total row of a " +
			"table stands for the item its caption names; 本年数/上年数 columns are the report year and the year before. A figure " +
			"written after another row's name in its clause is not compared with the total row, nor a 总计 that includes carried-over funds with a 合计. " +
			"A figure whose label is a row's name plus a word of a column's name, or whose clause opens with a row's full name while its label is a column's name, is compared with that cell. " +
			"A figure naming no basis that equals another column of the same row quotes that column and is not reported. " +
			"收入总计, 支出总计, 本年收入合计 and 收、支总计各 are compared with that side's total row of the two-sided summary table of the same fund scope. " +
			"A 执行率 right after an amount (five digits or more) shown only in table rows with an 执行率 is compared with that row's rate (planned rates aside; a 资金到位率 with the row's 到位率 column). " +
			"An amount followed by \"执行率r%\", where r% is shown only in the table row named like the amount, is compared with that row's actual figure. " +
			"A growth rate right after an amount shown only in the table row named like it (\"第一产业增加值38.44亿元，增长3.5%\") is compared with that row's 比上年增长% (a reversed direction is XRF004's). " +
			"A rate in brackets after an item named as ranking first or last (\"执行率…最低的是B（86.35%）\") is compared with the row named B in the table's rate column of that name. " +
			"A rate of completion right after an amount (\"为调整预算的89.7%\") shown only in a table row with a completion rate, naming the same budget (年初, 调整) as the column, is compared with that row's rate. " +
			"A row narrowing the one above (城镇常住居民 under 全体居民人均可支配收入) is also named by the two joined (城镇常住居民人均可支配收入), a figure with no comparison and no year of its own that is exactly its named row's last-year figure while the row shows another this year (其中：返还性收入2929.82万元 against 返还性收入 | 2832.39 | 2929.82), no 上年 or 同期 before it, is reported as last year's figure quoted (not in budget reports or budget columns); a figure labelled by its basis alone (实际支出) is not held against the total of a table of special funds, projects, 三公 or 政府采购 the text does not name; a row named by unit and matter in two columns is not matched by the unit alone when the paragraph does not name its matter; a row narrowing none by its name and the action its caption ends with (住房消费类 in 住房公积金提取情况表 as 住房消费类提取), and a figure labelled by a whole 类/款/项 chain (\"…图书馆（项）1986540.00元\") quotes the 项's row. " +
			"Figures in a sentence that forecasts (预期, 预计), or under a heading of a draft budget (预算草案, 预算安排), are compared with budget columns only (paired by the row and column their sentence names too). " +
			"A paragraph whose first sentence is a row's name (\"1.中小学校周边交通安全设施提升。计划投资83.66万元\") quotes that row: its figures are compared with that row's cells when the table is of the paragraph's year, not with a total matched by the column's name. " +
			"Where the report keeps a section for one kind of funds (一般公共预算财政拨款支出决算情况), a figure whose paragraph and headings name no kind of funds is all the funds' and is not compared with a table of that kind only. " +
			"Counts (9名, 23595人) are compared only within a list of the sentence anchored to one table column whose other items agree (a count alone so often names a part or a period). " +
			"\"调减X万元\" (or 减少X) agrees with −X in a change column; a classification code before a row's name (205教育支出) does not keep it from matching. " +
			"In a bundle of projects each with its own 自评表, a figure under one project's heading is not compared with the other projects' tables of that kind; under a heading naming one kind of funds (一般公共预算财政拨款), a figure is not compared with the 合计 row of a table of all funds." +
			"An amount of the text shown in no cell is compared with the row another figure of its sentence (five significant digits or more) is shown in alone: when two adjacent digits swapped make it a cell of that row in its unit and year, it is reported against that cell (probably transposed digits)." +
			"Paired by the row and column its sentence names, a cell that is the figure plus one or two other flows its paragraph names (调出, 调入, 还本, 上解) is not reported (the column holds all outflows); a figure shown in the row of its label plus 合计 counts as shown." +
			"\"公用经费125.93万元，比上年减少7.22万元\" whose figure is the last-year figure of the one row of its name while the change (and rate; a rate alone of three digits or more) are the row's, and the this-year figure differs, is reported as last year's figure quoted as this year's." +
			"Looking for the row of a name in the other unit of money, a name not found whole is also tried after its verb (发放, 拨付: \"为412名首次创业人员发放一次性创业补贴\")." +
			"Paired by the row and column its sentence names, the table's title must name the figure's year (the report year when it names none), if any. " +
			"A figure no cell shows that, two adjacent digits swapped, is the one value among the cells of its label is reported as a slip. " +
			"An indicator quoted by name (“农村公路列养里程”…实际完成1,326公里) is compared with the 实际完成值 of its row in the indicator table, when their units agree. " +
			"A total row named for its item plus 合计 or 总计 (政府性基金预算收入合计) stands for the item: \"全区政府性基金预算收入完成X亿元\" is compared with it; 公共财政预算 (the older name of 一般公共预算) names a kind of budget, like 一般公共预算, not a budget figure.",
		Bad:  "正文：资本性支出10.80万元；表格：资本性支出 2022年 1.08",
		Good: "正文：资本性支出1.08万元；表格：资本性支出 2022年 1.08",
	},
	Run: runXRF001,
}

type colKey struct {
	b   *tables.Block
	col int
}

// lineKey is a table column, or (col −1) a row: a list in a sentence may
// quote one column of a table (rows as items) or one total row of a table
// whose columns are the items ("收入合计…，其中：财政拨款收入…，其他收入…").
type lineKey struct {
	b   *tables.Block
	col int
	row *tables.Row
}

// match is a cell whose labels match a prose figure's, exactly when
// labelMatches said so.
type match struct {
	cf    *cellFacts
	exact bool
}

func linesOf(cf *cellFacts) [2]lineKey {
	return [2]lineKey{{cf.blk, cf.col.Index, nil}, {cf.blk, -1, cf.r}}
}

func runXRF001(p *audit.Pass) {
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	// the summary tables are forms, which give no cells
	summaryTotals(p, x, cfs)
	checkRankedRates(p, audit.Fact(p, tables.FactKey, tables.Analyze))
	indicatorQuotes(p) // (of the indicator tables, which give no cells)
	if len(cfs) == 0 {
		return
	}
	// matches lists the cells whose labels match those of prose figure pi,
	// in cell order, with labelMatches' exact: made once per label (many
	// figures share one)
	ix := &x.ix // in the storage of the pass's pool
	ix.reset(cfs, &x.cellLabels, len(x.proseLabels.labels))
	matches := func(pi int) []match { f := &x.prose[pi]; return ix.matches(f.lbl, x.label(f)) }
	st := &x.xrf001 // in the storage of the pass's pool
	var parts partMemo
	for _, t := range x.tables.Tables {
		for _, blk := range t.Blocks {
			parts.items.add(blk)
		}
	}
	reported := st.flags(&st.reported, len(x.prose))
	// 1. lists anchored to one table column
	if st.score == nil {
		st.score, st.seen = map[lineKey]int{}, map[lineKey]bool{}
	}
	score, seen, hits := st.score, st.seen, st.hits[:0]
	for _, group := range x.enums {
		clear(score)
		for _, pi := range group {
			if pi < 0 {
				continue
			}
			f := &x.prose[pi]
			clear(seen)
			for _, m := range matches(pi) {
				cf := m.cf
				if agrees(f, cf) != 1 || !f.basis.compatible(cf.basis) || x.scopeConflict(f, cf) || parts.quotesAPart(f, cf) || levelAgainstChange(f, cf) || rateOfAnItem(f, cf) {
					continue
				}
				for _, k := range linesOf(cf) {
					if !seen[k] {
						score[k]++
						seen[k] = true
					}
				}
			}
		}
		best, bestN, tie := lineKey{}, 0, false
		for k, n := range score {
			switch {
			case n > bestN:
				best, bestN, tie = k, n, false
			case n == bestN:
				tie = true
			}
		}
		if bestN < 2 || tie {
			continue
		}
		for _, pi := range group {
			if pi < 0 {
				continue
			}
			f := &x.prose[pi]
			hits = hits[:0]
			for _, m := range matches(pi) {
				if l := linesOf(m.cf); (l[0] == best || l[1] == best) && !parts.quotesAPart(f, m.cf) && !rateOfAnItem(f, m.cf) && (m.cf.year == 0 || x.reportYear() == 0 || x.yearsAgree(f.year, m.cf.year)) {
					// (a column of another year than the figure's says: "2024年…还本付息X" is not the 2023年还本付息 column's)
					hits = append(hits, m.cf)
				}
			}
			if len(hits) != 1 || agrees(f, hits[0]) != -1 || f.q.Total && totalRowAgrees(f, cfs, hits[0]) {
				continue // ("财政拨款收入支出总计X" is the 总计 row's, which the label matcher did not name)
			}
			line := "列"
			if best.row != nil {
				line = "行"
			}
			reportXref(p, f, hits[0], audit.Error, 0.9, fmt.Sprintf("同句所列其他 %d 项与该表此%s一致", bestN, line))
			reported[pi] = true
		}
	}
	// 2. single figures with one candidate value
	inList := st.flags(&st.inList, len(x.prose))
	// totalOf: the enumeration each part is in (its total first), for the
	// parts whose scope is their total's
	totalOf := map[int][]int(nil)
	for _, g := range x.enums {
		for _, pi := range g[1:] {
			inList[pi] = true
			if g[0] >= 0 {
				if totalOf == nil {
					totalOf = map[int][]int{}
				}
				totalOf[pi] = g
			}
		}
	}
	cands := st.cands[:0]
	defer func() { st.hits, st.cands = hits, cands }()
	rc := &st.rowCol // in the storage of the pass's pool
	rc.reset()
	for i := range x.prose {
		f := &x.prose[i]
		// parts of a list take their scope from the list's total (基本支出
		// 主要用于…): they are compared only with cells under the same scope
		if reported[i] || f.basis == basisUnknown || f.isCount() {
			continue // (a count alone names a subset or a period too often: only lists of counts, above, are compared)
		}
		if f.chain {
			// the 项 its clause names, by the column of its period alone
			if cf := x.namedCell(f, cfs, rc, false); cf != nil && agrees(f, cf) == -1 && !x.shownInRow(f, cfs, cf.r) && !x.planAgainstOutturn(f, cf) && x.tableOfYear(cf, f) {
				reported[i] = reportXref(p, f, cf, audit.Warning, 0.6, "句中写明了该行与该列")
			}
			continue
		}
		part := inList[i] || f.inList
		cands = cands[:0]
		exact := false
		ms := matches(i)
		if item, kind := x.headingItem(f); item != "" {
			ms = notOthersTables(ms, item, kind) // (a bundle of projects: not another project's table of that kind)
		}
		alt := -1 // fundsAlternative, made only for a candidate of all the funds
		for _, m := range ms {
			cf, ex := m.cf, m.exact
			// agrees is pure and cheap: a cell that cannot be compared
			// (a == 0) is passed over whatever the other tests say
			a := agrees(f, cf)
			if a == 0 {
				continue
			}
			if cf.year > x.reportYear() && x.reportYear() != 0 && f.unplaced() && a == 1 && !x.scopeConflict(f, cf) {
				// "其中：税收收入49052.54万元" after "2021年…预期目标为65714.16万元。"
				// in a 2020 report: shown in a row of its name in the next
				// year's column, it quotes that year's plan (an earlier
				// year's figure written as the report year's is a mistake)
				goto next
			}
			if !f.basis.compatible(cf.basis) || !x.yearsAgree(f.year, cf.year) || x.otherYearsTable(f, cf) || x.scopeConflict(f, cf) || x.captionScopeUnnamed(f, cf) || x.fundsUnnamed(f, cf) || x.scopes(cf)&fundsOnlyMask == 0 && x.fundsAlternativeOnce(f, ms, &alt) || x.otherUnitClass(f, cf) || otherInsured(f, cf) || otherSide(f, cf) || x.otherHolder(f, cf) || x.otherProject(f, cf) {
				continue
			}
			if x.planAgainstOutturn(f, cf) {
				continue // "…支出预期7,442,532.47元，当年收支结余663,884.24元": next year's, not an outturn
			}
			if part && (!x.scopeConfirmed(f, cf) && !x.totalScopeConfirmed(totalOf[i], cf) && !(ex && x.sentenceShowsTotal(i, cf, cfs)) || x.listFundsDiffer(f, cf) || x.totalFundsDiffer(totalOf[i], cf)) {
				continue // a list part is compared only under its own scope (“三公”经费 → 三公经费表)
			}
			if a == -1 && (selectedTotal(f, cf) || selectedFigure(f, cf) || cf.r.Total && ofOneProject(f)) {
				// "表7 衔接资金重点项目情况表" totals the key projects, not
				// all the funds (a figure it shows is quoted from it); nor is
				// "该项目…实际支出X万元" any table's total
				continue
			}
			if a == 0 || parts.quotesAPart(f, cf) || grandTotal(f, cf, cfs) || levelAgainstChange(f, cf) || rateOfAnItem(f, cf) || rateOfOwnFigures(f, cf, cfs) {
				continue // (the costlier tests last: most candidates cannot be compared)
			}
			if a == 1 {
				goto next
			}
			if a == -1 && cf.r.Total && itemOfColumn(f, cf) {
				goto next // "…，涉及金额637.00万元" quotes a problem's row of the 涉及金额 column, not its 合计
			}
			if a == -1 && cf.r.Total && x.pathScopes(f)&fundsOnlyMask != 0 && x.scopes(cf)&fundsOnlyMask == 0 {
				continue // "六、一般公共预算财政拨款基本支出…：人员经费X" is a part of an all-funds table's 人员经费
			}
			if a == -1 {
				cands = append(cands, cf)
				exact = exact || ex
			}
		}
		if len(cands) == 0 {
			// its label names neither a row nor a column alone
			if cf := x.rowAndColumn(f, cfs, rc); cf != nil {
				if !x.shownInRow(f, cfs, cf.r) && !otherFlowsMakeUp(f, cf) && !x.planAgainstOutturn(f, cf) && x.tableOfYear(cf, f) {
					reported[i] = reportXref(p, f, cf, audit.Warning, 0.6, "句中写明了该行与该列")
				}
			} else if cf := x.namedCell(f, cfs, rc, true); cf != nil && agrees(f, cf) == -1 && x.tableOfYear(cf, f) && !x.shownInRow(f, cfs, cf.r) {
				reported[i] = reportXref(p, f, cf, audit.Warning, 0.6, "段首写明了该行")
			} else {
				reported[i] = x.reportOtherRow(p, f, cfs, x.disagreeing(f, ms))
			}
			continue
		}
		if !sameValues(cands) {
			cands = x.namedExactly(f, cands)
		}
		if !sameValues(cands) {
			cands = groupTotal(cands)
		}
		if !sameValues(cands) {
			cands = x.underHeading(f, cands)
		}
		if len(cands) == 0 || !sameValues(cands) {
			// a row of several columns: the one its words or its
			// paragraph's subject name, if any
			if cf := x.rowAndColumn(f, cfs, rc); cf != nil && !x.shownInRow(f, cfs, cf.r) && !otherFlowsMakeUp(f, cf) && !x.planAgainstOutturn(f, cf) && x.tableOfYear(cf, f) {
				reported[i] = reportXref(p, f, cf, audit.Warning, 0.6, "句中写明了该行与该列")
			} else {
				reported[i] = x.reportOtherRow(p, f, cfs, cands)
			}
			continue
		}
		if x.shownInRow(f, cfs, cands[0].r) || x.shortRowAgrees(f, cfs, cands[0]) {
			continue
		}
		if cf := x.namedCell(f, cfs, rc, true); cf != nil && cf.r != cands[0].r {
			// a row its paragraph names ("1.中小学校…设施提升。计划投资83.66
			// 万元"), not the total matched by the column's name alone: the
			// figure is compared with that row's, when the table is of the
			// paragraph's year
			if agrees(f, cf) == -1 && x.tableOfYear(cf, f) && !x.shownInRow(f, cfs, cf.r) {
				reported[i] = reportXref(p, f, cf, audit.Warning, 0.6, "段首写明了该行")
			}
			continue
		}
		if x.budgetReport() && (f.year == 0 || f.year == x.reportYear()) && x.tableOfEarlierYear(cands[0]) {
			continue // a budget's figure against last year's table by its title (2025年财政拨款预算执行情况表 in a 2026 budget)
		}
		{
			sev, conf := audit.Warning, 0.6
			if exact && f.year != 0 && cands[0].year != 0 && cands[0].known {
				sev, conf = audit.Error, 0.8
			}
			reported[i] = reportXref(p, f, cands[0], sev, conf, "")
		}
	next:
	}
	rateAnchored(p, x, cfs, reported)
	amountAnchored(p, x, cfs, reported)
	unitSlips(p, x, cfs, reported)
	rowSlips(p, x, cfs, reported)
	labelSlips(p, x, cfs, reported, matches)
	lastYearQuoted(p, x)
	lastYearShown(p, x, reported)
	tableRefSlips(p, x, cfs, reported)
	listUnitSlips(p, x, cfs, reported)
	growthAnchored(p, x, cfs)
	planRateAnchored(p, x, cfs)
}

// Holders of state assets a 国有资产 report keeps apart: its enterprises,
// its financial enterprises and its administrative and public units.
const (
	noHolder = iota
	enterprises
	financial
	publicUnits
)

// holderOf returns the holder a heading or a table title names.
func holderOf(s string) int {
	switch {
	case cjk.Contains(s, "金融"):
		return financial
	case cjk.Contains(s, "行政事业"):
		return publicUnits
	case cjk.Contains(s, "企业"):
		return enterprises
	}
	return noHolder
}

// otherHolder reports a figure under a heading of one holder of assets
// ("（二）金融企业国有资产情况") compared with a table of another ("表1 县属
// 企业国有资产情况"): the same measures (资产总额, 负债总额), other books.
func (x *xrefFacts) otherHolder(f *pfig, cf *cellFacts) bool {
	if t := insuranceOf(x.continuedTitle(cf.blk)); t >= 0 {
		// a table of one fund ("表8 企业职工基本养老保险基金收支决算明细表")
		// and a paragraph under another's heading ("（二）城乡居民基本养老
		// 保险基金") or titled with it ("1.企业职工基本养老保险。基金收入…"):
		// the same measures, other books
		if item := openingItem(f.u.text); item != "" {
			if ik := insuranceOf(item); ik >= 0 {
				return ik != t
			}
		}
		for h := range x.headingsInForce(f.u.abs(f.q.Start)) {
			if hk := insuranceOf(h); hk >= 0 {
				return hk != t
			}
		}
	}
	t := x.blockHolder(cf.blk)
	if t == noHolder {
		return false
	}
	for h := range x.headingsInForce(f.u.abs(f.q.Start)) {
		if hh := holderOf(h); hh != noHolder {
			return hh != t
		}
	}
	return false
}

// blockHolder returns holderOf block b's title and its table's, joined;
// the answer for the block last asked is kept (a figure's candidate cells
// come block after block).
func (x *xrefFacts) blockHolder(b *tables.Block) int {
	if x.holderBlk != b {
		x.holderBlk, x.holder = b, holderOf(b.Title+b.Table.Title)
	}
	return x.holder
}

// totalRowAgrees reports whether a total row of cf's column shows figure f.
func totalRowAgrees(f *pfig, cfs []cellFacts, cf *cellFacts) bool {
	for i := range cfs {
		o := &cfs[i]
		if o.blk == cf.blk && o.col == cf.col && o.r.Total && agrees(f, o) == 1 {
			return true
		}
	}
	return false
}

// namedExactly returns the candidates of cands whose row is named just as
// figure f ("城镇居民人均可支配收入" against the rows 全体居民人均可支配收入
// and 城镇居民人均可支配收入, which the label matcher reads alike), when
// there are some; cands otherwise.
func (x *xrefFacts) namedExactly(f *pfig, cands []*cellFacts) []*cellFacts {
	own := x.label(f).S
	var out []*cellFacts
	for _, cf := range cands {
		if cf.rowLbl >= 0 && x.cellLabels.labels[cf.rowLbl].S == own {
			out = append(out, cf)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// reportOtherRow reports f as quoted from another row when otherRowsFigure
// finds one among cands, in a table of f's year; it reports whether it did.
func (x *xrefFacts) reportOtherRow(p *audit.Pass, f *pfig, cfs []cellFacts, cands []*cellFacts) bool {
	own, other := x.otherRowsFigure(f, cfs, cands)
	if own == nil || !x.tableOfYear(own, f) {
		return false
	}
	return reportXref(p, f, own, audit.Warning, 0.6, fmt.Sprintf("所写数字正是同列「%s」行的数，疑为误引他行数字", other.r.Label))
}

// disagreeing returns the candidates of ms in a row f's label names
// exactly that f can be compared with and does not agree with, of f's
// basis and year (the cells otherRowsFigure asks about, before the tests
// of scope that a list's parts must pass).
func (x *xrefFacts) disagreeing(f *pfig, ms []match) []*cellFacts {
	var out []*cellFacts
	own := x.label(f).S
	for _, m := range ms {
		cf := m.cf
		if cf.rowLbl < 0 || x.cellLabels.labels[cf.rowLbl].S != own {
			continue // (cheap, and otherRowsFigure asks it anyway)
		}
		if agrees(f, cf) == -1 && f.basis.compatible(cf.basis) && x.yearsAgree(f.year, cf.year) {
			out = append(out, cf)
		}
	}
	return out
}

// otherRowsFigure finds, for a figure whose label names one row exactly
// and that none of the row's cells shows ("其中，住户存款778512.05万元"
// against 住户存款 | 3365575.78 | 3588320.83), the one cell of another row
// of the table in a column of those cells that shows the figure as
// written (非金融企业存款 | 787684.19 | 778512.05): the row's own cell of
// that column, and that other cell. A figure quoted from the row beside
// its own is the commonest slip in prose; nil when the figure is found in
// no other row, or in several, or the label names that row as well.
func (x *xrefFacts) otherRowsFigure(f *pfig, cfs []cellFacts, cands []*cellFacts) (own, other *cellFacts) {
	if len(cands) < 2 || f.isRate {
		return nil, nil
	}
	r := cands[0].r
	for _, cf := range cands {
		if cf.r != r || agrees(f, cf) != -1 {
			return nil, nil
		}
	}
	if cands[0].rowLbl < 0 || x.cellLabels.labels[cands[0].rowLbl].S != x.label(f).S {
		return nil, nil // (the label names the row exactly: not a loose match)
	}
	for k := range cfs {
		cf := &cfs[k]
		if cf.blk != cands[0].blk || cf.r == r || cf.percent || cf.mant != f.q.Mant || int(cf.dec) != f.q.Dec || cf.unit != f.q.Unit {
			continue
		}
		var mine *cellFacts
		for _, c := range cands {
			if c.col == cf.col {
				mine = c
			}
		}
		if mine == nil {
			continue
		}
		if other != nil || cjk.Contains(tables.Squash(clauseBefore(f.u, f.q)), tables.Squash(cf.r.Label)) || cf.r.Total && f.q.Total {
			return nil, nil // (a figure the words before it name as that row's: "一般公共预算收入总计X" of the 收入总计 row)
		}
		own, other = mine, cf
	}
	return own, other
}

// shortRowAgrees reports whether another row of cf's column shows figure
// f under a label that f's own label contains: in a table of 全体居民人均可支配收入
// with rows 城镇居民 and 农村居民 under it, "城镇居民人均可支配收入33,512元" is
// the 城镇居民 row's, which its label matched less well than the 全体 row's.
//
// So is a row named in the sentence before the figure: "实训基地建设项目完成…，
// 项目支出306.97万元" quotes the row 3.实训基地建设, not the 项目支出 total.
func (x *xrefFacts) shortRowAgrees(f *pfig, cfs []cellFacts, cf *cellFacts) bool {
	own := x.label(f).S
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	normBefore := "" // before as labels are normalised ("（含生育保险）"), made when first needed
	for i := range cfs {
		o := &cfs[i]
		if o.blk != cf.blk || o.col != cf.col || o.r == cf.r || !o.rowNamed() || agrees(f, o) != 1 {
			continue
		}
		l := x.cellLabels.labels[o.rowLbl].S
		n := utf8.RuneCountInString(l)
		if n >= 2 && cjk.Contains(own, l) || n >= 4 && cjk.Contains(before, l) {
			return true
		}
		if n >= 4 {
			if normBefore == "" {
				normBefore = figures.NormalizeLabel(before)
			}
			if cjk.Contains(normBefore, l) {
				return true // "职工基本医疗保险（含生育保险）基金收入X亿元；基金支出Y亿元"
			}
		}
	}
	return false
}

// forecast reports a figure whose sentence forecasts (预期, 预计), or that
// stands under a heading of the next year's plan (预算草案, 预算安排, 收支
// 安排): a plan, which only a budget column may show. The heading counts
// whatever year it names: "二、2024年预算草案" in a report on 2024's
// execution is the 2025 draft with a wrong year, and its figures are no
// outturns.
func (x *xrefFacts) forecast(f *pfig) bool {
	sent := f.u.sentenceOf(f.q.Start)
	t := f.u.text[sent.Start:sent.End]
	if cjk.Contains(t, "预期") || cjk.Contains(t, "预计") {
		return true
	}
	return x.underDraft(f.u)
}

// planAgainstOutturn reports a figure of a plan or forecast (forecast)
// and a cell that is no budget: "二、2025年财政预算草案…一般公共预算支出总计
// 7626.44万元" is not 2024's 本年支出 in a table of balances.
func (x *xrefFacts) planAgainstOutturn(f *pfig, cf *cellFacts) bool {
	return !cf.col.Budget && x.forecast(f)
}

// underDraft reports whether unit u stands under a heading of a draft
// budget (草案, 预算安排, 收支安排): headingsAt of its start names one. The
// stretches of text such headings govern are found once per document.
func (x *xrefFacts) underDraft(u *unit) bool {
	if x.draft == nil {
		x.draft = draftStretches(x.pass.Doc, x.draft)
	}
	for _, r := range x.draft[1:] { // (the first is a marker: found)
		if u.span.Start >= r.Start && u.span.Start < r.End {
			return true
		}
	}
	return false
}

// draftStretches returns, after a first empty span, the stretches of d
// governed by a heading of a draft budget: from the heading to the next
// heading of its level or higher.
func draftStretches(d *model.Document, out []model.Span) []model.Span {
	out = append(out[:0], model.Span{})
	hs := d.Headings()
	for i, h := range hs {
		t := d.Slice(h.Span)
		if !cjk.Contains(t, "草案") && !cjk.Contains(t, "预算安排") && !cjk.Contains(t, "收支安排") {
			continue
		}
		end := len(d.Text)
		for _, n := range hs[i+1:] {
			if n.Level <= h.Level {
				end = n.Span.Start
				break
			}
		}
		out = append(out, model.Span{Start: h.Span.Start, End: end})
	}
	return out
}

// unitClasses are the classes of units a sentence may be about.
var unitClasses = [...]string{"行政单位", "事业单位", "参公单位", "企业"}

// otherUnitClass reports whether figure f's sentence opens with a class of
// units ("行政单位资产总额187987.09万元…；负债总额21044.73万元") that cell
// cf's row and table do not name: the figure is that class's, the cell
// (a 合计 of all units, or another row) is not.
func (x *xrefFacts) otherUnitClass(f *pfig, cf *cellFacts) bool {
	sent := f.u.sentenceOf(f.q.Start)
	head := strings.TrimSpace(f.u.text[sent.Start:min(sent.End, len(f.u.text))])
	for _, c := range unitClasses {
		if !strings.HasPrefix(head, c) {
			continue
		}
		if cjk.Contains(cf.r.Label, c) {
			return false
		}
		title := strings.ReplaceAll(cf.blk.Title+cf.table().Title, "行政事业单位", "")
		return !cjk.Contains(title, c)
	}
	return false
}

// sides are pairs of groups a figure is of one or the other: a label of
// one names no row of the other.
var sides = [...][2]string{{"城镇", "农村"}, {"城市", "农村"}, {"城镇", "乡村"}}

// otherSide reports a figure whose label names one side of a pair
// ("城镇居民人均可支配收入") while cell cf's row names the other ("农村居民
// 人均可支配收入"): the label matcher reads them alike, the figures are not.
func otherSide(f *pfig, cf *cellFacts) bool {
	for _, s := range sides {
		for k := range 2 {
			a, b := s[k], s[1-k]
			if cjk.Contains(f.q.Label, a) && !cjk.Contains(f.q.Label, b) && cjk.Contains(cf.r.Label, b) && !cjk.Contains(cf.r.Label, a) {
				return true
			}
		}
	}
	return false
}

// otherInsured reports a figure whose sentence, before it, names one of
// the two classes of the insured (职工, 居民: "2024年城乡居民医保基金当期
// 结存…，上年当期结存为0.55亿元") while cell cf's table and row name only
// the other ("职工基本医疗保险基金收支情况"): the two funds are separate.
func otherInsured(f *pfig, cf *cellFacts) bool {
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	zg, jm := cjk.Contains(before, "职工"), cjk.Contains(before, "居民")
	if zg == jm {
		return false
	}
	where := cf.blk.Title + cf.table().Title + cf.r.Label
	wz, wj := cjk.Contains(where, "职工"), cjk.Contains(where, "居民")
	return zg && wj && !wz || jm && wz && !wj
}

// partMemo is quotesAPart's memory within one run of XRF001: the clause
// of the figure last asked about and its runes, and the last answer (a
// figure meets the total row of a block once per column).
type partMemo struct {
	f      *pfig
	blk    *tables.Block
	v      bool
	clause string
	runes  [4]uint64 // the clause's runes, hashed to 256 bits
	// other: the figure's sentence names an item of another table that
	// has a column of the figure's name, made once per figure (otherMade)
	other, otherMade bool
	items            itemNames // the item rows of the document's tables
	// names holds the row names of each block namesARow has read
	names map[*tables.Block][]rowName
}

// quotesAPart reports whether prose figure f would be compared with the
// total row of a block although its clause names another row of that block
// before it: the figure is that row's, not the total's. "其中：基本支出调整后
// 预算743.20万元，实际支出742.14万元" and "保障性安居工程支出0.59亿元，执行率
// 98.37%" quote the 基本支出 and 保障性安居工程 rows, not the 合计 row's
// 实际支出 and 执行率. (A total row matches by its column's name only when
// its table's columns are the items; see cellFacts.)
func (m *partMemo) quotesAPart(f *pfig, cf *cellFacts) bool {
	if !cf.r.Total {
		return false
	}
	if m.f != f {
		m.setFigure(f)
	}
	if m.blk != cf.blk {
		m.blk, m.v = cf.blk, m.namesARow(f, cf.blk)
	}
	if !m.v && !m.otherMade {
		// "审减金额较大的为堤防工程施工Ⅰ标，送审…，审减率5.07%": the 审减率
		// of that contract's row in the contracts table, not this table's 合计
		m.otherMade = true
		own := f.u.text[f.u.sentenceOf(f.q.Start).Start:f.q.Start]
		m.other = utf8.RuneCountInString(f.q.Label) >= 2 && m.items.named(own, func(b *tables.Block) bool {
			return b != cf.blk && hasColumnNamed(b, f.q.Label)
		})
	}
	return m.v || m.other
}

// setFigure makes f the figure m remembers: its clause and the clause's
// runes, no answer yet.
func (m *partMemo) setFigure(f *pfig) {
	sent := f.u.sentenceOf(f.q.Start)
	clause := f.u.text[sent.Start:f.q.Start]
	if k := strings.LastIndex(clause, "；"); k >= 0 {
		clause = clause[k:]
	}
	if ss := f.u.st.Sentences; len(ss) > 0 && ss[0].End <= sent.Start {
		first := ss[0]
		// the paragraph's subject: "（一）企业职工基本养老保险基金。收入预算
		// …收支结余3083.14万元" is that fund's, not the table's 合计
		clause = f.u.text[first.Start:first.End] + "；" + clause
	}
	m.f, m.blk, m.clause, m.runes, m.otherMade, m.other = f, nil, clause, [4]uint64{}, false, false
	for _, r := range clause {
		h := uint(r) & 255
		m.runes[h>>6] |= 1 << (h & 63)
	}
}

// itemNames indexes the names of the item rows of arithmetic blocks, six
// runes or more (a 标段 or a project, not a class of spending such as
// 项目支出), without their numbering or 其中, by their first two runes: a
// sentence is searched for all of them in one pass over its runes.
type itemNames struct {
	byHead map[string][]itemName
	// first holds the names' first runes, hashed to 256 bits: most runes
	// of a sentence start no name, and are passed over without a look-up
	first [4]uint64
}

type itemName struct {
	name string
	blk  *tables.Block
}

func (ix *itemNames) add(b *tables.Block) {
	if b.Kind != tables.Arithmetic {
		return
	}
	for _, row := range b.Rows {
		if row.Total || row.Group {
			continue
		}
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(row.Label, row.Marker)), "其中："))
		if utf8.RuneCountInString(l) < 6 {
			continue
		}
		if ix.byHead == nil {
			ix.byHead = map[string][]itemName{}
		}
		k := cjk.FirstRunes(l, 2)
		ix.byHead[k] = append(ix.byHead[k], itemName{l, b})
		r, _ := utf8.DecodeRuneInString(l)
		h := uint(r) & 255
		ix.first[h>>6] |= 1 << (h & 63)
	}
}

// named reports whether text holds the whole name of an item row of a
// block for which ok holds.
func (ix *itemNames) named(text string, ok func(*tables.Block) bool) bool {
	if len(ix.byHead) == 0 {
		return false
	}
	for i := range text {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		// (a name starting here starts with the rune decoded here)
		if r, _ := utf8.DecodeRuneInString(text[i:]); ix.first[(uint(r)&255)>>6]&(1<<(uint(r)&63)) == 0 {
			continue
		}
		for _, n := range ix.byHead[cjk.FirstRunes(text[i:], 2)] {
			if strings.HasPrefix(text[i:], n.name) && ok(n.blk) {
				return true
			}
		}
	}
	return false
}

// hasColumnNamed reports whether block b has a column whose name holds
// label (审减率 in 审减率（%）).
func hasColumnNamed(b *tables.Block, label string) bool {
	if utf8.RuneCountInString(label) < 2 {
		return false
	}
	for _, c := range b.Columns {
		if cjk.Contains(c.Name(), label) {
			return true
		}
	}
	return false
}

// namesARow reports whether the clause of m.f names a row of block b other
// than its totals: by a scope word (基本支出, 项目支出) in a row's label, or
// by a row's whole name (without numbering or 其中, two runes or more; its
// first rune screened by the clause's runes).
func (m *partMemo) namesARow(f *pfig, b *tables.Block) bool {
	if f.sentScopeIdx >= 0 {
		w := scopeWords[f.sentScopeIdx]
		for _, r := range b.Rows {
			if !r.Total && cjk.Contains(r.Label, w) {
				return true
			}
		}
	}
	for _, n := range m.rowNames(b) {
		if h := n.head; m.runes[h>>6]&(1<<(h&63)) != 0 && n.long && containsOwn(m.clause, n.name) {
			return true
		}
	}
	return false
}

// rowName is the name of a row as namesARow reads it, without numbering
// or 其中, with its first rune hashed as partMemo.runes and whether it has
// two runes or more.
type rowName struct {
	name string
	head uint8
	long bool
}

// rowNames returns the names of the rows of block b but its totals and
// groups, made once per block (namesARow reads a block's rows for each
// figure that meets its total row).
func (m *partMemo) rowNames(b *tables.Block) []rowName {
	if ns, ok := m.names[b]; ok {
		return ns
	}
	var ns []rowName
	for _, row := range b.Rows {
		if row.Total || row.Group {
			continue
		}
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(row.Label, row.Marker)), "其中："))
		r, _ := utf8.DecodeRuneInString(l)
		ns = append(ns, rowName{l, uint8(uint(r) & 255), utf8.RuneCountInString(l) >= 2})
	}
	if m.names == nil {
		m.names = map[*tables.Block][]rowName{}
	}
	m.names[b] = ns
	return ns
}

// containsOwn reports whether s names label l other than inside
// "行政事业单位", which names all the units: "全区行政事业单位…取得出租收入
// 676.61万元" names no row 事业单位 of the table.
func containsOwn(s, l string) bool {
	for {
		i := cjk.Index(s, l)
		if i < 0 {
			return false
		}
		if !strings.HasSuffix(s[:i], "行政") || !strings.HasPrefix(l, "事业单位") {
			return true
		}
		s = s[i+len(l):]
	}
}

// rateShown reports whether rate f is shown, to its digits, in a cell of a
// rate column somewhere in the tables: a rate written to two decimals that
// a table shows is quoted from it, whichever row the text did not name.
//
// agreeing holds the indexes in cfs of the cells that agree with f.
func rateShown(cfs []cellFacts, agreeing []int32) bool {
	for _, i := range agreeing {
		if cf := &cfs[i]; cf.percent && cf.col.Role == tables.Rate {
			return true
		}
	}
	return false
}

// rateOfAnItem reports whether prose figure f is a rate named only by its
// kind ("执行率") right after an amount of a named item in its clause, an
// item cell cf's row does not name: "重点行业VOCs综合治理补助执行342.60万元，
// 执行率97.89%" is that project's rate, not the 年度资金总额 row's; nor is a
// rate in a clause naming 基本支出 or 项目支出 a row's that does not.
func rateOfAnItem(f *pfig, cf *cellFacts) bool {
	if !f.isRate || utf8.RuneCountInString(f.q.Label) > 5 {
		return false
	}
	qs := f.u.st.Quantities
	k := 0
	for k < len(qs) && qs[k].Start < f.q.Start {
		k++
	}
	if k == 0 {
		return false
	}
	prev := &qs[k-1]
	if prev.Percent || !figures.IsMoneyUnit(prev.Unit) || strings.ContainsAny(f.u.text[prev.End:f.q.Start], "；;。") {
		return false
	}
	row := cf.r.Label
	// "其中：基本支出预算1120.00万元，实际支出1114.88万元，执行率99.54%": the
	// clause names a part of the budget the row does not
	clause := f.u.text[:f.q.Start]
	if k := strings.LastIndexAny(clause, "；;。"); k >= 0 {
		clause = clause[k:]
	}
	for _, w := range scopeWords[:2] { // 基本支出, 项目支出
		if cjk.Contains(clause, w) && !cjk.Contains(row, w) {
			return true
		}
	}
	subject := prev.Label
	for _, w := range []string{"实际执行", "执行数", "执行", "实际支出", "支出", "完成", "实际"} {
		subject = strings.TrimSuffix(subject, w)
	}
	if utf8.RuneCountInString(subject) < 4 {
		return false // "实际执行3845.22万元，预算执行率96.09%": no item named
	}
	return !cjk.Contains(row, subject) && !cjk.Contains(subject, row) && !figures.LabelsMatch(subject, row)
}

// rateOfOwnFigures reports a rate that the figures of its own sentence
// make (actual ÷ plan) while cell cf's row does not show that actual
// figure: "2.营养改善计划。全年预算2115.80万元，执行2098.55万元，执行率
// 99.18%" is that project's rate, whatever row the bare 执行率 matched.
func rateOfOwnFigures(f *pfig, cf *cellFacts, cfs []cellFacts) bool {
	if !f.isRate {
		return false
	}
	var rate *figures.Rate
	for i := range f.u.st.Rates {
		if f.u.st.Rates[i].Value.Start == f.q.Start {
			rate = &f.u.st.Rates[i]
		}
	}
	if rate == nil {
		return false
	}
	sent := f.u.sentenceOf(f.q.Start)
	for _, ac := range rate.Actuals {
		if ac.Start < sent.Start {
			continue
		}
		for _, pl := range rate.Plans {
			if pl.Start < sent.Start || pl.Unit != ac.Unit {
				continue
			}
			if ok, valid := figures.RatioHolds(f.q.Number, ac.Number, pl.Number, figures.HalfUp); !valid || !ok {
				continue
			}
			own := pfig{u: f.u, q: &ac, iv: scaleOf(ac.Number, ac.Unit)}
			for i := range cfs {
				if c := &cfs[i]; c.r == cf.r && !c.percent && agrees(&own, c) == 1 {
					return false // the row shows the sentence's figure
				}
			}
			return true
		}
	}
	return false
}

// levelAgainstChange reports whether prose figure f states a level
// ("床位使用率92.40%") and cell cf a rate of change (the 增减率 column of
// the 床位使用率 row): the two are not the same figure.
func levelAgainstChange(f *pfig, cf *cellFacts) bool {
	if cf.col.Role != tables.Rate || cf.col.RateKind != tables.RateGrowth {
		return false
	}
	for _, w := range []string{"增", "减", "降", "提高", "上升", "下滑", "回落"} {
		if cjk.Contains(f.q.Lead, w) {
			return false
		}
	}
	return true
}

// grandTotal reports whether prose figure f is a 总计 that includes what
// cell cf's 合计 leaves out: in accounts 收入总计 is 本年收入合计 plus the
// funds carried over (年初结转和结余), so a 总计 is not compared with a
// 合计 when it is written 收入总计 or 支出总计 ("财政拨款收入总计5256.16
// 万元" is the 财政拨款收入支出决算总表's), its sentence names carried-over
// funds, the table has a 总计 row of its own, or some table shows the
// figure in a 总计 row.
func grandTotal(f *pfig, cf *cellFacts, cfs []cellFacts) bool {
	if !cjk.Contains(f.q.Lead, "总计") || cjk.Contains(cf.r.Label, "总计") || cjk.Contains(cf.col.Name(), "总计") {
		return false
	}
	for _, w := range [...]string{"收入总计", "支出总计", "收支总计", "收、支总计"} {
		if cjk.Contains(f.q.Lead, w) {
			return true // the accounts' grand totals, which hold the carried-over funds
		}
	}
	sent := f.u.sentenceOf(f.q.Start)
	if t := f.u.text[sent.Start:sent.End]; cjk.Contains(t, "结转") || cjk.Contains(t, "结余") {
		return true
	}
	for _, r := range cf.blk.Rows {
		if cjk.Contains(r.Label, "总计") {
			return true
		}
	}
	for i := range cfs {
		if c := &cfs[i]; cjk.Contains(c.r.Label, "总计") && agrees(f, c) == 1 {
			return true
		}
	}
	return false
}

// xrf001Storage is runXRF001's working storage, kept in xrefFacts from
// pass to pass.
type xrf001Storage struct {
	rowCol           rowColumnMemo
	reported, inList []bool
	score            map[lineKey]int
	seen             map[lineKey]bool
	hits, cands      []*cellFacts
}

// flags returns *s with n elements, all false.
func (*xrf001Storage) flags(s *[]bool, n int) []bool {
	*s = resized(*s, n)
	clear(*s)
	return *s
}

// release empties s, dropping its references to the document's cells
// and blocks.
func (s *xrf001Storage) release() {
	s.rowCol.reset() // no column of the document kept past the pass
	s.reported, s.inList = bounded(s.reported), bounded(s.inList)
	s.score, s.seen = emptied(s.score), emptied(s.seen)
	// hits and cands are reused within the pass: clear past their lengths
	s.hits, s.cands = truncated(s.hits[:cap(s.hits)]), truncated(s.cands[:cap(s.cands)])
}

// notOthersTables returns the matches of ms but those in tables of the
// kind given (a title holding kind) that do not name item: the tables of
// the other projects of a bundle. The result has storage of its own (ms is
// the index's memory) when it drops any.
func notOthersTables(ms []match, item, kind string) []match {
	// the matches come in cell order, table after table: each table's
	// title is read once
	var last *tables.Table
	lastDrop := false
	drop := func(m match) bool {
		if t := m.cf.blk.Table; t != last {
			last, lastDrop = t, othersTable(t.Title, item, kind)
		}
		return lastDrop
	}
	if !slices.ContainsFunc(ms, drop) {
		return ms
	}
	var out []match
	for _, m := range ms {
		if !drop(m) {
			out = append(out, m)
		}
	}
	return out
}

// othersTable reports a table title of the kind given that does not name
// item.
func othersTable(title, item, kind string) bool {
	return cjk.Contains(title, kind) && !cjk.Contains(title, item)
}

// saysDecrease reports a figure whose label or lead ends in a word of
// decrease (调减, 减少, 下降, 核减, 压减, 减收, 短收): a fall written as a
// positive amount.
func saysDecrease(q *figures.Quantity) bool {
	for _, s := range [...]string{strings.TrimRight(q.Label, "了"), strings.TrimRight(q.Lead, "了")} {
		for _, w := range [...]string{"调减", "减少", "下降", "核减", "压减", "减收", "短收"} {
			if strings.HasSuffix(s, w) {
				return true
			}
		}
	}
	return false
}

// agrees returns 1 when the prose figure and the cell agree within rounding,
// −1 when they clearly differ, 0 when they cannot be compared.
func agrees(f *pfig, cf *cellFacts) int {
	if f.isRate != (cf.unit == "%") {
		return 0
	}
	if cf.mant < 0 && f.q.Mant > 0 && saysDecrease(f.q) {
		// "一般公共服务支出调减1099.52万元" against a change column's −1099.52:
		// the word carries the sign
		neg := *f
		q := *f.q
		q.Mant = -q.Mant
		neg.q, neg.iv = &q, scaleOf(q.Number, q.Unit)
		return agrees(&neg, cf)
	}
	unit := cf.unit
	if !f.isRate && cf.unit != f.q.Unit && !figures.IsMoneyUnit(f.q.Unit) {
		return 0 // a count ("23595人") only against a column of that unit (the units compared first: most cells are of the figure's)
	}
	if !cf.known {
		if cf.unit != "" && cf.unit != f.q.Unit && figures.IsMoneyUnit(f.q.Unit) {
			return 0 // an amount against a column of counts (学校数（所）)
		}
		unit = f.q.Unit // a table without a stated unit: read it in the text's unit
	}
	if unit == f.q.Unit && int(cf.dec) == f.q.Dec && cf.percent == f.q.Percent {
		// the same figure shown at the same precision must be written alike
		if cf.mant == f.q.Mant {
			return 1
		}
		return -1
	}
	b := &cf.iv
	if !cf.known {
		iv := scaleOf(cf.number(), unit)
		b = &iv
	}
	if !f.iv.ok || !b.ok {
		return 0
	}
	o, ok := fastOverlap(&f.iv, b)
	if !ok { // the cell's figure is read only off the int64 path
		o = scaledOverlap(&f.iv, f.q.Number, f.q.Unit, b, cf.number(), unit)
	}
	if o {
		return 1
	}
	return -1
}

// groupTotal narrows cands to the one in a total column when the others
// of its row are its siblings ("2024年末 › 行政单位 | 事业单位 | 合计"):
// a figure named by the row alone is the row's total. The candidates of
// other rows stay.
func groupTotal(cands []*cellFacts) []*cellFacts {
	var tot *cellFacts
	for _, cf := range cands {
		if !cf.col.Total || len(cf.col.Path) < 2 {
			continue
		}
		if tot != nil {
			return cands // two totals: which is meant is open
		}
		tot = cf
	}
	if tot == nil {
		return cands
	}
	parent := tot.col.Path[0]
	out := cands[:0:0]
	for _, cf := range cands {
		if cf != tot && cf.r == tot.r && len(cf.col.Path) >= 2 && cf.col.Path[0] == parent {
			continue // a part of the total beside it
		}
		out = append(out, cf)
	}
	return out
}

func sameValues(cs []*cellFacts) bool {
	for _, c := range cs[1:] {
		if c.mant != cs[0].mant || c.dec != cs[0].dec || c.unit != cs[0].unit {
			return false
		}
	}
	return true
}

func reportXref(p *audit.Pass, f *pfig, cf *cellFacts, sev audit.Severity, conf float64, why string) bool {
	if x := xrefFactsOf(p); x.quotesNamedRow(f, cf) || x.shownBesideLabel(f) || cf.r.Total && (x.sumsNamedRows(f) || countDiffers(f, cf) || x.oneItemsFigure(f) && !x.rowConfirmed(f, cf)) || quotesSummary(p, x, f, cf) {
		return false
	}
	if x := xrefFactsOf(p); cf.r.Total && basisOnly(x.normalizeLabel(f.q.Label)) && subsetTableUnnamed(cf.table().Title, f.u.text[:f.q.Start]) {
		// "全年预算支出4615.21万元，实际支出4594.63万元" against the 合计 of
		// 专项资金到位及使用情况表: a bare basis is the whole unit's, not
		// the total of a table of some of its money the text does not name
		return false
	}
	if r := cf.r; len(r.LabelPath) >= 2 && r.Label != "" && r.LabelPath[0] != r.Label && cjk.Contains(f.q.Label, r.LabelPath[0]) && !cjk.Contains(f.u.text, r.Label) {
		// "市住房和城乡建设局涉及金额67.59万元" under a heading of another
		// problem, against the row 市住房和城乡建设局 | 招标文件设置不合理限制
		// 条件: a row named in two columns is that unit's one matter, which
		// the paragraph does not name
		return false
	}
	if x := xrefFactsOf(p); f.isRate && rateShown(x.allCellFacts(), x.agreeing(f)) {
		// "…的项目为卫生健康信息化建设项目，全年预算数231.86万元，执行
		// 196.73万元，执行率84.85%": the rate is that project's, shown in its
		// row, which the bare 执行率 does not name
		return false
	}
	cell := cf.dataCell()
	unit := cf.unit
	if !cf.known {
		unit = f.q.Unit
	}
	// the row's label, then the column's name; a table of one unlabelled
	// row (its columns are the items) has the column's only
	// the table the cell is in (a continued table's rows are its own)
	tableNo := cell.Table.Number
	if n := audit.LocationOf(p.Doc, cell.Span.Start).Table; n > 0 {
		tableNo = n
	}
	where, whereEN := fmt.Sprintf("表%d", tableNo), fmt.Sprintf("table %d", tableNo)
	if cell.Row.Label != "" {
		where += "「" + cell.Row.Label + "」"
		whereEN += fmt.Sprintf(" (row %q)", cell.Row.Label)
	} else {
		whereEN += fmt.Sprintf(" (column %q)", cell.Column.Name())
	}
	name, label := cell.Column.Name(), f.q.Label
	if f.colonItem() {
		// the figure named by the row before its colon and the column by
		// its lead: both in full ("行政运行（2100101）：2025年预算数",
		// "2025年预算数 › 合计")
		name, label = cell.Column.PathString(), clauseBefore(f.u, f.q)
	}
	if name != "" {
		where += "「" + name + "」"
	}
	var buf [64]byte // the cell's figure and unit, written into one string
	b := cell.Num.Append(buf[:0])
	if cell.Num.Percent {
		b = append(b, '%')
	} else {
		b = append(b, unit...)
	}
	shownCell := string(b)
	shown := show(*f.q)
	fd := audit.Finding{
		Severity:   sev,
		Span:       f.span(),
		Expected:   shownCell,
		Actual:     shown,
		Expr:       shown + " ≠ " + shownCell,
		Confidence: conf,
		Related:    []model.Span{cell.Span},
	}
	fd.Message = fmt.Sprintf("文中「%s」为 %s，%s为 %s。", label, shown, where, shownCell)
	fd.MessageEN = fmt.Sprintf("The text gives %s as %s; %s shows %s.", label, shown, whereEN, shownCell)
	if why != "" {
		fd.Message += why + "。"
	}
	if unit == f.q.Unit && !f.q.Percent {
		var lastDigit bool
		fd.Difference, lastDigit = difference(f.q.Number, cell.Num)
		if n, ok := figures.SameUpToMagnitude(f.q.Number, cell.Num); ok {
			fd.Hint = fmt.Sprintf("两数只差小数点位置（相差10^%d倍），疑似小数点错位。", n)
			fd.HintEN = fmt.Sprintf("The two differ only by a shifted decimal point (10^%d).", n)
		} else if dg := figures.Diagnose(f.q.Number, cell.Num); dg.Slip != figures.NoSlip {
			fd.Hint, fd.HintEN = dg.Hint, dg.HintEN
		}
		// one unit of the last digit: possibly rounded differently
		if lastDigit && sev == audit.Error {
			fd.Severity = audit.Warning
			fd.Confidence = 0.5
			fd.Hint = "两数仅末位相差1，可能是尾数处理不同，也可能是笔误。"
			fd.HintEN = "They differ by one unit of the last digit: a rounding difference or a typo."
		}
	}
	locate(p, f.u, &fd, f.q.Start)
	p.Report(fd)
	return true
}

// difference returns a − b written with the decimals of the finer, and
// whether they differ by one unit of its last digit at most: in int64 when
// the figures fit, else as differenceBig (the tests' oracle).
func difference(a, b figures.Number) (diff string, lastDigit bool) {
	dec := max(a.Dec, b.Dec)
	if a.Dec >= 0 && b.Dec >= 0 {
		x, ok1 := scaledMant(a.Mant, dec-a.Dec)
		y, ok2 := scaledMant(b.Mant, dec-b.Dec)
		if ok1 && ok2 && dec <= 18 {
			d := x - y
			return figures.FormatFixed(d, dec), d >= -1 && d <= 1
		}
	}
	return differenceBig(a, b)
}

// scaledMant returns m·10^k, false unless it is within ±2^61 (where the
// difference of two fits an int64).
func scaledMant(m int64, k int) (int64, bool) {
	const lim = 1 << 61
	if m >= lim || m <= -lim {
		return 0, false
	}
	for range k {
		if m >= lim/10 || m <= -lim/10 {
			return 0, false
		}
		m *= 10
	}
	return m, true
}

// differenceBig is difference in big.Rat.
func differenceBig(a, b figures.Number) (diff string, lastDigit bool) {
	d := new(big.Rat).Sub(a.Rat(), b.Rat())
	unitLast := new(big.Rat).SetFrac64(1, pow10(max(a.Dec, b.Dec)))
	return d.FloatString(max(a.Dec, b.Dec)), new(big.Rat).Abs(d).Cmp(unitLast) <= 0
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// tableOfEarlierYear reports a cell of a table whose title names a year
// before the report's.
func (x *xrefFacts) tableOfEarlierYear(cf *cellFacts) bool {
	y := yearIn(cf.table().Title)
	return y != 0 && x.reportYear() != 0 && y < x.reportYear()
}

// tableOfYear reports whether cell cf's table title names no year, or the
// year of figure f (the report year when f names none): "表2 2025年…预算表"
// is not the 2024 execution a paragraph reports.
func (x *xrefFacts) tableOfYear(cf *cellFacts, f *pfig) bool {
	y := yearIn(cf.table().Title)
	if y == 0 {
		return true
	}
	if f.year != 0 {
		return y == f.year
	}
	return y == x.reportYear()
}

// quotesNamedRow reports whether figure f is shown, for its year and
// basis, in a row of another table than cell cf's that its sentence names
// before it, a row cf's table does not name in its title: "全年货物类采购
// 项目669个，…合同金额24109.16万元" quotes the row 货物类 of the table by
// 采购类型, not the 合计 of the table by 采购方式 that its label 合同金额
// was matched with. (The 合计 of a table of 项目支出 stays compared with
// "项目支出…实际支出X" whatever row of another table shows X.) Asked only
// of a figure about to be reported: few.
func (x *xrefFacts) quotesNamedRow(f *pfig, other *cellFacts) bool {
	title := other.table().Title + other.blk.Title
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	// the paragraph's subject, "6.桥头镇。…完成投资813.14万元": a row it
	// names exactly is the figure's in any table, the cell's own too ("8.
	// 农村集体经济发展扶持资金。…执行率0.00%" beside the 合计's 50.84%)
	subject := ""
	if ss := f.u.st.Sentences; len(ss) > 1 && ss[0].End <= sent.Start {
		subject = stripMarker(strings.TrimRight(strings.TrimSpace(f.u.text[ss[0].Start:ss[0].End]), "。：:"))
	}
	cfs := x.allCellFacts()
	for _, i := range x.agreeing(f) {
		cf := &cfs[i]
		if !cf.rowNamed() || cf.r.Total || !x.yearsAgree(f.year, cf.year) || !f.basis.compatible(cf.basis) {
			continue
		}
		name := strings.TrimPrefix(stripMarker(cf.r.Label), "其中：")
		if utf8.RuneCountInString(name) < 2 || cjk.Contains(title, name) {
			continue
		}
		if subject == name || cf.table() != other.table() && (cjk.Contains(before, name) || cjk.Contains(subject, name)) {
			return true
		}
	}
	return false
}

// sumsNamedRows reports whether figure f is the sum of two or more rows of
// one table that its sentence names before it, in one column: "竞争性谈判、
// 竞争性磋商、询价三种方式合计合同金额22785.24万元" adds three rows of the
// table of 采购方式, and is no table's 合计.
func (x *xrefFacts) sumsNamedRows(f *pfig) bool {
	if f.isRate || f.q.Percent {
		return false
	}
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	if !cjk.Contains(before, "、") && !cjk.Contains(before, "和") && !cjk.Contains(before, "及") {
		return false // (two names or more are joined by one of these)
	}
	type key struct {
		blk *tables.Block
		col *tables.Column
	}
	sums := map[key][]figures.Number{}
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		if !cf.rowNamed() || cf.r.Total || cf.percent || cf.unit != f.q.Unit {
			continue
		}
		name := strings.TrimPrefix(stripMarker(cf.r.Label), "其中：")
		if utf8.RuneCountInString(name) >= 2 && cjk.Contains(before, name) {
			k := key{cf.blk, cf.col}
			sums[k] = append(sums[k], cf.number())
		}
	}
	for _, parts := range sums {
		if len(parts) >= 2 && figures.SumHolds(parts, f.q.Number, figures.HalfUp) {
			return true
		}
	}
	return false
}

// itemOfColumn reports whether figure f, which differs from total cell cf,
// is written alike in a row of cf's block and column that is no total: a
// figure named by the column alone ("涉及金额637.00万元" under a list of
// problems) that equals one item's cell quotes that item. (The block's rows
// are read directly: a scan of every cell's facts cost 2 % of a 200-table
// audit.)
func itemOfColumn(f *pfig, cf *cellFacts) bool {
	j := cf.col.Index
	for _, r := range cf.blk.Rows {
		if r.Total || j >= len(r.Cells) {
			continue
		}
		if n := r.Cells[j].Num; r.Cells[j].HasValue() && n.Mant == f.q.Mant && n.Dec == f.q.Dec && n.Percent == f.q.Percent {
			return true
		}
	}
	return false
}

// oneItemsFigure reports a figure that is one item's, not a table's total:
// a zero ("涉及金额0.00万元" is no 合计 of 80.76), or a figure in a numbered
// item titled before its first full stop ("2.政府采购管理不规范。4个单位…，
// 涉及金额600.25万元。") whose sentence names no total (共, 合计, 总…).
func (x *xrefFacts) oneItemsFigure(f *pfig) bool {
	if f.q.Mant == 0 {
		return true
	}
	sent := f.u.sentenceOf(f.q.Start)
	if s := f.u.text[sent.Start:f.q.Start]; strings.ContainsAny(s, "共总") || cjk.Contains(s, "合计") || cjk.Contains(s, "累计") {
		return false
	}
	title, ok := figures.CutNumbering(strings.TrimLeftFunc(f.u.text, unicode.IsSpace))
	if !ok {
		return false
	}
	off := len(f.u.text) - len(title) // (title is a suffix of the text)
	stop := cjk.Index(title, "。")
	if stop <= 0 || off+stop >= f.q.Start || utf8.RuneCountInString(title[:stop]) > 24 {
		return false
	}
	// an item titled by the figure's own measure ("（2）资金执行率。…资金执行率
	// 95.88%") is about the whole
	l := x.proseLabels.labels[f.lbl].S
	return l == "" || !cjk.Contains(title[:stop], l) && !cjk.Contains(l, title[:stop])
}

// rowConfirmed reports whether another figure of f's sentence is shown in
// cf's row: "（二）资金使用。新增债券资金20.70亿元…，截至年末已支出17.26亿元，
// 支出进度85.13%" quotes the 合计 row whose 债券资金 is 207000.00 and whose
// 支出进度 is 85.13, whatever its item's title says.
func (x *xrefFacts) rowConfirmed(f *pfig, cf *cellFacts) bool {
	sent := f.u.sentenceOf(f.q.Start)
	cfs := x.allCellFacts()
	for i := range x.prose {
		o := &x.prose[i]
		if o == f || o.u != f.u || o.q.Start < sent.Start || o.q.End > sent.End {
			continue
		}
		for k := range cfs {
			if c := &cfs[k]; c.r == cf.r && c != cf && agrees(o, c) == 1 {
				return true
			}
		}
	}
	return false
}

// countDiffers reports whether figure f's sentence counts, before it, the
// things it is of in a unit (4宗, 12个) that total cell cf's table counts
// otherwise in its total row (宗数 27): "全年出让矿业权4宗，…成交价合计
// 7026.01万元" is not the 成交价 of a table of 27 parcels of land.
func countDiffers(f *pfig, cf *cellFacts) bool {
	sent := f.u.sentenceOf(f.q.Start)
	for k := range f.u.st.Quantities {
		q := &f.u.st.Quantities[k]
		if q.Start < sent.Start || q.End > f.q.Start || !figures.IsCountUnit(q.Unit) || q.Dec != 0 || q.Approx {
			continue
		}
		for _, c := range cf.blk.Columns {
			if c.Unit != q.Unit && !cjk.Contains(c.Name(), "（"+q.Unit+"）") && !(countOfThings(q.Unit) && countColumn(c)) {
				continue
			}
			if v := cf.r.Cells[c.Index]; v.HasValue() && (v.Num.Dec != 0 || v.Num.Mant != q.Mant) {
				return true
			}
		}
	}
	return false
}

// countOfThings reports a unit that counts items of any kind: 4项, 6个,
// 5处, 8件 (a table may count the same items in another of them).
func countOfThings(u string) bool {
	switch u {
	case "个", "项", "处", "件", "宗", "笔":
		return true
	}
	return false
}

// countColumn reports a column of counts of items: its unit, or its name's
// bracket, is one of countOfThings' ("问题个数（个）").
func countColumn(c *tables.Column) bool {
	if countOfThings(c.Unit) {
		return true
	}
	n := c.Name()
	for _, u := range [...]string{"个", "项", "处", "件", "宗", "笔"} {
		if cjk.Contains(n, "（"+u+"）") || strings.Contains(n, "("+u+")") {
			return true
		}
	}
	return false
}

// sentenceShowsTotal reports whether the sentence of prose figure i, a
// part of a list, states before it a figure shown in the total row of cell
// cf's table: "全年收缴罚没款1212.43万元，…；其中交通违法罚款929.98元" breaks
// down the table whose 合计 is 1212.43, so its parts are that table's rows.
func (x *xrefFacts) sentenceShowsTotal(i int, cf *cellFacts, cfs []cellFacts) bool {
	f := &x.prose[i]
	if cf.r.Total {
		return false
	}
	sent := f.u.sentenceOf(f.q.Start)
	for j := i - 1; j >= 0 && x.prose[j].u == f.u && x.prose[j].q.Start >= sent.Start; j-- {
		g := &x.prose[j]
		for k := range cfs {
			t := &cfs[k]
			if t.blk == cf.blk && t.r.Total && !t.r.Subtotal && t.col == cf.col && agrees(g, t) == 1 {
				return true
			}
		}
	}
	return false
}

// shownBesideLabel reports whether figure f is shown in a table row that
// also holds a cell of its label, wherever in the row: in a two-sided
// summary table "收入总计 | 5376.57 | 年终结转 | 240.37" shows "年终结转
// 240.37万元", which the row's label (收入总计) does not name. (Asked only
// of a figure about to be reported.)
func (x *xrefFacts) shownBesideLabel(f *pfig) bool {
	label := strings.TrimSpace(f.q.Label)
	if utf8.RuneCountInString(label) < 2 {
		return false
	}
	d := x.pass.Doc
	cfs := x.allCellFacts()
	for _, i := range x.agreeing(f) {
		cf := &cfs[i]
		if !x.yearsAgree(f.year, cf.year) {
			continue
		}
		t := cf.table().T
		for c := 0; c < t.Cols; c++ {
			cell := t.At(cf.r.Row, c)
			if cell == nil || cell.Row != cf.r.Row {
				continue
			}
			// (or the label's total: "政府性基金预算支出 128470.83" in the
			// row 政府性基金预算支出合计 of the execution table)
			ct, sl := tables.Squash(d.Slice(cell.Span)), tables.Squash(label)
			if ct == sl || strings.TrimSuffix(strings.TrimSuffix(ct, "合计"), "总计") == sl {
				return true
			}
		}
	}
	return false
}

// selectedTotal reports a total row of a table of selected items (its
// caption or title says 重点 or 主要: "衔接资金重点项目情况表") compared with
// a figure whose sentence, up to it, does not say so: the table adds up
// the selected items, not the whole the text speaks of.
func selectedTotal(f *pfig, cf *cellFacts) bool {
	if !cf.r.Total {
		return false
	}
	title := cf.blk.Title + cf.table().Title
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	for _, w := range [...]string{"重点", "主要"} {
		if cjk.Contains(title, w) && !namesSelected(before, w) {
			return true
		}
	}
	return false
}

// selectedFigure is selectedTotal the other way: a figure whose sentence,
// up to it, speaks of selected projects ("重点项目总投资36.67亿元，年度计划投资
// 141800.00万元") compared with the total row of a table of all of them.
func selectedFigure(f *pfig, cf *cellFacts) bool {
	if !cf.r.Total && !measureRow(f, cf) {
		return false
	}
	title := cf.blk.Title + cf.table().Title
	sent := f.u.sentenceOf(f.q.Start)
	before := f.u.text[sent.Start:f.q.Start]
	// (重点 only: "主要支出项目：农林水支出…" lists items of the whole)
	return namesSelected(before, "重点") && !cjk.Contains(title, "重点")
}

// measureRow reports a row that names the figure's measure, not an item
// ("完成投资（万元）" for 完成投资): a table laid out across, whose rows are
// the whole's measures.
func measureRow(f *pfig, cf *cellFacts) bool {
	row := figures.NormalizeLabel(cf.r.Label)
	lbl := figures.NormalizeLabel(f.q.Label)
	return lbl != "" && (row == lbl || strings.HasSuffix(lbl, row) || strings.HasSuffix(row, lbl))
}

// namesSelected reports text naming selected projects by w: "纳入…重点监控的
// 项目共六个", "重点项目" (not "突出重点"'s 重点 alone).
func namesSelected(s, w string) bool {
	for from := 0; ; {
		k := cjk.Index(s[from:], w)
		if k < 0 {
			return false
		}
		from += k + len(w)
		if rest := s[from:min(len(s), from+24)]; cjk.Contains(rest, "项目") {
			return true
		}
	}
}

// ofOneProject reports a figure of the project its paragraph speaks of by
// 该项目 or 本项目 before it ("该项目全年预算8,062.73万元，实际支出6,845.85
// 万元"): the project's, named by the heading above, no table's total.
func ofOneProject(f *pfig) bool {
	before := f.u.text[:f.q.Start]
	return cjk.Contains(before, "该项目") || cjk.Contains(before, "该专项")
}

// otherFlows are the words of flows a fund's 本年支出 (or 本年收入) column
// adds to its own spending: transfers out, repayments, remittances.
var otherFlows = [...]string{"调出", "调入", "还本", "上解", "转移支付", "补助下级", "安排预算稳定调节基金"}

// otherFlowsMakeUp reports whether the cell cf is the figure f plus one or
// two other figures of its paragraph that name another flow (otherFlows):
// "国有资本经营预算支出326.56万元…；按规定调入一般公共预算183.07万元" against
// a 本年支出 of 509.63 — the column holds all the fund's outflows, the
// text its spending alone.
func otherFlowsMakeUp(f *pfig, cf *cellFacts) bool {
	if !cf.known || cf.unit != f.q.Unit {
		return false
	}
	gap := cf.number().Interval(figures.HalfUp).Sub(f.q.Interval(figures.HalfUp))
	var flows [8]figures.Interval
	n := 0
	for _, q := range f.u.st.Quantities {
		if q.Start == f.q.Start || q.Percent || q.Approx || q.Unit != f.q.Unit || isChangeFigure(&q) || n == len(flows) ||
			!cjk.ContainsAnyOf(q.Lead+q.Label, otherFlows[:]...) {
			continue
		}
		flows[n] = q.Interval(figures.HalfUp)
		n++
	}
	for i := range n {
		if flows[i].Overlaps(gap) {
			return true
		}
		for j := i + 1; j < n; j++ {
			if flows[i].Add(flows[j]).Overlaps(gap) {
				return true
			}
		}
	}
	return false
}

// insurances are the funds of social insurance, each named apart from the
// others (城乡居民基本医疗保险 holds no 职工基本医疗保险).
var insurances = [...]string{"企业职工基本养老保险", "城乡居民基本养老保险", "机关事业单位基本养老保险", "职工基本医疗保险", "城乡居民基本医疗保险", "工伤保险", "失业保险", "生育保险"}

// continuedTitle is block b's title and its table's, or, for a table
// captioned 续表…, the table's before it too: a continuation says only
// what it continues.
func (x *xrefFacts) continuedTitle(b *tables.Block) string {
	t := b.Title + b.Table.Title
	if strings.HasPrefix(strings.TrimSpace(b.Table.Title), "续表") {
		for i, tt := range x.tables.Tables {
			if tt == b.Table && i > 0 {
				t = x.tables.Tables[i-1].Title + t
				break
			}
		}
	}
	return t
}

// insuranceOf returns the one social insurance fund s names, −1 when it
// names none or several; a bracketed remark ("职工基本医疗保险（含生育保险）")
// names none.
func insuranceOf(s string) int {
	for {
		i := strings.Index(s, "（含")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], "）")
		if j < 0 {
			break
		}
		s = s[:i] + s[i+j+len("）"):]
	}
	k := -1
	for i, w := range insurances {
		if cjk.Contains(s, w) {
			if k >= 0 {
				return -1
			}
			k = i
		}
	}
	return k
}

// subsetTableUnnamed reports a caption naming a part of a unit's money
// (专项资金, 项目, 三公, 政府采购) that the text before a figure does not.
func subsetTableUnnamed(caption, before string) bool {
	for _, w := range [...]string{"专项资金", "专项", "项目", "三公", "政府采购"} {
		if cjk.Contains(caption, w) {
			return !cjk.Contains(before, w)
		}
	}
	return false
}
