package prose

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// XRF004 checks the direction of a change written in prose against the
// table row that holds both years of the figure.
var XRF004 = &audit.Rule{
	ID:       "XRF004",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "文中增减方向与表格相反",
		TitleEN: "The text says the opposite direction of change from the table",
		Explain: "“项目支出6842.30万元，…较2021年下降15.43%”一类写法未写出基数时，到表格中找与该数字同名、同年度、数值相同的单元格，" +
			"再取同一行中比较年度（2021年、上年）的数字作基数：若所写的增减额或幅度与按表格算出的大小相符，而方向相反，即报告用词写反。" +
			"比较句不写主语（“……支出决算为56.25万元，完成预算的94.35%。与2023年度相比，增加3.37万元”）时，本期数取紧接其前一句的最后一个金额（该句自身不作比较时）。" +
			"只写了基数、未写本期数（“基本支出较2020年的3508.75万元增加45.31万元”）时，按基数找到表格行，取同一行本年度的数字作本期数，同样核对。" +
			"句中没有数字（“全年规模以上工业增加值比上年增长1.4%”）时，按主语找到同名的表格行，与该行“比上年增长%”列比较。" +
			"人数、个数等计数（“农村低保对象123100人，比上年增长4.9%”）在不写货币单位的表中，以同名且数字完全相同的行为准；以“万”写出的数量（“年末生猪存栏16.87万头”）与以头、人等为单位的整数行（168698）按四舍五入相符即可。" +
			"只写比率及其百分点变化（“城镇登记失业率为3.05%，比上年末上升0.20个百分点”）时，按比率名找到数字相同的表格行，取该行上年的数核对方向；写“节约资金增加720.60万元”而表中只有增减额列时，以该行的增减额为准；表格未写单位的行（“亩均投资（元/亩）”）须与文中数字完全相同。大小不符的不报告（可能对应的不是这一行），本期数与基数都写出的比较由 PRS004 核对。" +
			"只写百分点变化、未写比率本身（“预算执行率比上年下降8.03个百分点”）时，取表中以该比率命名、两年之差恰为该数的唯一一行核对方向。" +
			"表头两列年份写得相同、分不出哪一列是本年时，按同名行的“增减额”列核对方向（“水利工程建设支出3826.50万元，较上年增加492.16万元”对该行增减额 −492.16）；“比年初增加D”同样按该行增减额核对；以列名加行名称呼的数字（“职工医保基金支出”对“2024年职工医保”列“基金支出”行）与同名列的上年数比较；以万元写的增减额也与以元列示的表比较。" +
			"人数、个数等计数只写增减数量（“在校学员12114人，比上年增加223人”“常住人口33.90万人，比上年末增加0.13万人”）时，取本年数与之完全相同、以其名称（或以列名称呼而句中先写出行名）命名的唯一一行，按该行本年与上年之差（或增减列）核对方向，大小须相同。",
		ExplainEN: "When a sentence states a figure and its change without the base (\"项目支出6842.30万元，…较2021年下降15.43%\"), " +
			"the figure is found in a table row (same label, year and value) and the base is that row's figure for the year compared with. " +
			"If the stated change or rate has the size the table gives but the opposite direction, the direction word is wrong. " +
			"A comparison opening its sentence with no subject (\"…支出决算为56.25万元，完成预算的94.35%。与2023年度相比，增加3.37万元\") is about the last amount of the sentence before, when that one makes no comparison itself. " +
			"When only the base is written, the row is found by the base and its report-year figure is the current one. " +
			"With no figure at all (\"全年规模以上工业增加值比上年增长1.4%\"), the row named by the subject is found and its 比上年增长% cell compared. " +
			"A count (\"农村低保对象123100人，比上年增长4.9%\") in a table with no currency is found by its name and its exact figure; a figure in 万 (\"年末生猪存栏16.87万头\") by the whole number its row shows in 头 or 人 (168698), within rounding. " +
			"A rate with its change in points and no base (\"城镇登记失业率为3.05%，比上年末上升0.20个百分点\") is checked against the row of that rate and figure; a change with its subject (\"节约资金增加720.60万元\") against the row's 增减额 when the table has no column of last year; a row of no stated unit (亩均投资（元/亩）) must show the figure exactly. " +
			"Sizes that differ are not reported (the row may not be the one meant); comparisons that write both figures are PRS004's. " +
			"A change in points written without the rate (\"预算执行率比上年下降8.03个百分点\") is checked against the one row of that rate whose two years differ by exactly that much." +
			" When the header does not tell the years apart (two columns headed alike), the row's 增减额 column decides the direction (\"水利工程建设支出3826.50万元，较上年增加492.16万元\" against a change of −492.16); so does it for a change since the start of the year (比年初增加D). A figure named by its column and its row (\"职工医保基金支出\" for the row 基金支出 under 2024年职工医保) is compared with the same column of the other year, and a change in 万元 with a table in 元." +
			" A count with its change in its own unit (\"在校学员12114人，比上年增加223人\", \"常住人口33.90万人，比上年末增加0.13万人\") is checked against the one row showing the count exactly, named like it (or by its column, the row named earlier in the sentence): the row's change from last year (or its 增减 cell) must have the written size, and its sign decides the word.",
		Bad:  "正文：项目支出6842.30万元，较2021年下降15.43%；表格：项目支出 2023年 6842.30，2021年 5927.64",
		Good: "正文：项目支出6842.30万元，较2021年增长15.43%；表格：项目支出 2023年 6842.30，2021年 5927.64",
	},
	Run: runXRF004,
}

func runXRF004(p *audit.Pass) {
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	if len(cfs) == 0 {
		return
	}
	// the prose figures of a unit are consecutive in x.prose, in the
	// order of the units; a unit may have none ("全年规模以上工业增加值比上年
	// 增长1.4%" holds a change only)
	done := growthReversed(p, x, cfs) // (the rates it reported, by offset in the document)
	done = wordReversed(p, x, cfs, done)
	countChangeReversed(p, x, cfs, done)
	lo := 0
	for _, u := range proseUnits(p).units { // (prose only: the cross-references read no cells)
		if len(u.st.Comparisons) == 0 {
			continue
		}
		for lo < len(x.prose) && x.prose[lo].u != u && x.prose[lo].u.span.Start < u.span.Start {
			lo++
		}
		hi := lo
		for hi < len(x.prose) && x.prose[hi].u == u {
			hi++
		}
		for _, c := range u.st.Comparisons {
			if c.Rate != nil && done[u.span.Start+c.Rate.Start] {
				continue
			}
			checkDirectionByTable(p, x, cfs, u, c, x.prose[lo:hi])
			pointsReversed(p, x, cfs, u, c)
		}
		lo = hi
	}
}

// growthReversed checks "X万元，增长R%" (no anchor: not a comparison) and
// "X万元，完成调整预算的96.3%，比上年增长8.3%" against the one table row
// showing X with a growth rate (比上年增长%): a rate of R's size and the
// other sign means the direction word is reversed. The row is the one
// named like X, or the one showing X exactly when X has six digits or more
// ("房地产开发投资51963.85万元" in the row 其中：房地产开发).
func growthReversed(p *audit.Pass, x *xrefFacts, cfs []cellFacts) (done map[int]bool) {
	for _, u := range proseUnits(p).units {
		qs := u.st.Quantities
		for k := 1; k < len(qs); k++ {
			q := &qs[k]
			if !q.Percent || q.Approx || q.Mant == 0 {
				continue
			}
			sign, ok := growthWord(u.text[qs[k-1].End:q.Start])
			if !ok {
				continue
			}
			// the amount: right before, or before the rates and budgets
			// annotating it ("完成8.39亿元，为年初预算9.35亿元的89.8%，比上年…")
			j := k - 1
			for j > 0 && (qs[j].Percent || cjk.Contains(qs[j].Lead, "预算") || cjk.Contains(qs[j].Lead, "计划")) && !strings.ContainsAny(u.text[qs[j-1].End:q.Start], "；。;") {
				j--
			}
			if after := u.text[qs[j].End:q.Start]; strings.HasPrefix(strings.TrimLeft(after, " "), "）") {
				open := openingBracket(u.text, qs[j].End+strings.Index(after, "）"))
				// "实际支出2.28万元（因公出国（境）费0元，…运行维护费0.00万元），
				// 比上年增长5.56%": the amount is the one before the
				// bracketed breakdown
				for j > 0 && open > 0 && qs[j].Start > open {
					j--
				}
			}
			a := &qs[j]
			if a.Percent || a.Label == "" || a.Approx || !figures.IsMoneyUnit(a.Unit) && abs64(a.Mant) < 100000 && !tenThousandsFigure(a) && !measureOfCaption(x, a) {
				continue
			}
			rate := growthRowOf(x, cfs, u.text, a, true)
			if rate == nil {
				continue
			}
			n, cellSign := rate.number(), cellDirection(rate)
			if n.Mant == 0 || cellSign == sign || !ratesAgree(q.Number, n) {
				continue // (a rate of another size: XRF001's, or another row's)
			}
			gap := u.text[qs[k-1].End:q.Start]
			word := strings.TrimSpace(gap)
			right := bySign(cellSign, "增长", "下降")
			at := qs[k-1].End + max(strings.LastIndex(gap, "增长"), strings.LastIndex(gap, "下降")) // the direction word, where XRF004 puts its findings
			f := audit.Finding{
				Severity:   audit.Error,
				Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: q.End}}),
				Expr:       fmt.Sprintf("%s%s ↔ %s", bySign(sign, "增长", "下降"), show(*q), n.String()),
				Expected:   right,
				Actual:     bySign(sign, "增长", "下降"),
				Confidence: 0.85,
				Related:    []model.Span{u.spanOf(*a), rate.span()},
			}
			tbl := rate.table().Number
			f.Message = fmt.Sprintf("写「%s%s」，但表%d「%s」行「%s」为 %s，应为%s，方向写反。", strings.TrimLeft(word, "，, "), show(*q), tbl, rate.r.Label, rate.col.Name(), n.String(), right)
			f.MessageEN = fmt.Sprintf("The text says %q %s, but table %d row %q shows %s under %q: the direction is reversed.", strings.TrimLeft(word, "，, "), show(*q), tbl, rate.r.Label, n.String(), rate.col.Name())
			locate(p, u, &f, at)
			p.Report(f)
			if done == nil {
				done = map[int]bool{}
			}
			done[u.span.Start+q.Start] = true
		}
	}
	return done
}

// checkDirectionByTable checks comparison c of unit u, whose cross-referable
// figures are figs.
func checkDirectionByTable(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison, figs []pfig) {
	if c.Cur != nil && c.Base != nil { // both written: PRS004 compares them
		return
	}
	byRate := c.Rate != nil && c.RateSign != 0 && c.Rate.Mant > 0 && c.Rate.Percent
	byDiff := c.Diff != nil && c.DiffSign != 0 && c.Diff.Mant > 0 && figures.IsMoneyUnit(c.Diff.Unit)
	if !byRate && !byDiff || byRate && byDiff && c.RateSign != c.DiffSign {
		return // "增加…降幅" contradicts itself: PRS004's
	}
	baseYear := x.baseYearAt(u.text, c.Anchor)
	if c.Base != nil && c.Base.Year != 0 {
		baseYear = c.Base.Year
	}
	if baseYear == 0 {
		if byDiff && !byRate && c.Base == nil && sinceOpening(u.text, c.Anchor) {
			// "负债总额99498.87万元，比年初增加3318.36万元" against a table of
			// 年初 | 年末 | 增减额: the row's change decides
			if cur := currentFigure(figs, u, c); cur != nil {
				diffColumnDirection(p, x, cfs, u, c, cur.q, x.label(cur))
			}
		}
		return
	}
	// the written figure: the current one (the last amount before the
	// comparison in its sentence; rates and shares between them are
	// skipped: figs holds amounts and …率 figures, the changes of earlier
	// comparisons not), or the base ("基本支出较2020年的3508.75万元增加
	// 45.31万元", whose current figure only the table shows)
	var known *figures.Quantity
	var label *figures.Label
	knownYear, otherYear := 0, 0
	if c.Base != nil {
		if c.Base.Approx || c.Base.Label == "" && !byRate {
			return
		}
		if c.Base.Label != "" {
			l := figures.NewLabel(x.normalizeLabel(c.Base.Label))
			label = &l
		} // (else the row is found by the base and the rate it shows)
		known, knownYear, otherYear = c.Base, baseYear, x.reportYear()
	} else {
		sent := u.sentenceOf(c.Anchor.Start)
		if byDiff && !byRate && baseYear == x.reportYear()-1 && subjectDiffDirection(p, x, cfs, u, c, figs, sent.Start) {
			return
		}
		cur := currentFigure(figs, u, c)
		if cur == nil {
			if byRate && !byDiff && baseYear == x.reportYear()-1 {
				// "全年规模以上工业增加值比上年增长1.4%": no amount, the
				// subject names the row
				if l, ok := subjectLabel(x, u.text[sent.Start:c.Anchor.Start]); ok {
					growthCellDirection(p, x, cfs, u, c, nil, &l, x.reportYear())
				}
			}
			return
		}
		known, label, knownYear, otherYear = cur.q, x.label(cur), cur.year, baseYear
		if knownYear == 0 {
			knownYear = x.reportYear()
		}
	}
	if knownYear == 0 || otherYear == 0 || knownYear == otherYear {
		return
	}
	// "公用经费（商品和服务支出）281.07万元": the row may bear the other name
	var alias *figures.Label
	if al := known.Alias(u.text); al != "" {
		l := figures.NewLabel(x.normalizeLabel(al))
		alias = &l
	}
	iv := scaleOf(known.Number, known.Unit)
	ar, ranges := rangeOf(iv), x.ranges() // (a cell whose range misses the figure's does not overlap it)
	// every row that holds the figure and a figure of the other year must
	// say the same: the change has the stated size and the other sign
	var found, other *cellFacts
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || cf.rowLbl < 0 || !cf.r.Cells[cf.col.Index].HasValue() {
			continue
		}
		if cf.known && ar.ok && ranges[i].ok && !ranges[i].meets(ar) {
			continue // (scaledOverlap below would say no: the value first, the names cost more)
		}
		if cf.year != knownYear && !(cf.year == 0 && knownYear == x.reportYear() && yearCellOf(cfs, i, knownYear) == nil) {
			// (a column of no year, 决算数 beside 2023年决算数 in a report
			// on 2024 with no column of 2024, is this year's)
			continue
		}
		// a cell of no known unit ("亩均投资（元/亩）" in a table of mixed
		// units) must show the figure exactly
		if !cf.known && (cf.mant != known.Mant || int(cf.dec) != known.Dec || known.Mant < 1000) {
			continue
		}
		if !(label != nil && (cellNamed(x, cf, label) || namedByRowAndColumn(x, cf, label.S))) && !(alias != nil && cellNamed(x, cf, alias)) && !distinctive(known, cf) && !(c.Base != nil && byRate && baseAndRateShown(cf, known, c.Rate)) {
			continue // (its row's, or the caption's for a total row: "表2 2023年一般公共预算拨款支出预算表" 合计)
		}
		if cf.known && !scaledOverlap(&iv, known.Number, known.Unit, &cf.iv, cf.number(), cf.unit) {
			continue
		}
		o := yearCellOf(cfs, i, otherYear)
		if o == nil {
			o = sameItemOtherYear(cfs, i, otherYear) // (2024年 › 职工医保, 2023年 › 职工医保, 2024年 › 居民医保, …)
		}
		if o == nil {
			continue
		}
		cur, base := cf, o
		if c.Base != nil {
			cur, base = o, cf
		}
		unit := cf.unit
		if !cf.known {
			unit = known.Unit // (the figure shown exactly: read in the text's unit)
		}
		if !wrongDirection(c, cur.number(), base.number(), unit, byRate, byDiff) {
			return
		}
		if found != nil && found.r != cf.r {
			return // two rows: the text could mean either
		}
		found, other = cur, base
	}
	if found == nil {
		if byRate && c.Base == nil {
			growthCellDirection(p, x, cfs, u, c, known, label, knownYear)
		} else if byDiff && !byRate && c.Base == nil && label != nil {
			diffColumnDirection(p, x, cfs, u, c, known, label)
		}
		return
	}
	reportDirectionByTable(p, u, c, known, found, other, baseYear, byRate)
}

// namedByRowAndColumn reports a label made of the cell's column name (its
// year aside) and its row's label: "职工医保基金支出" for the row 基金支出
// under 2024年 › 职工医保.
func namedByRowAndColumn(x *xrefFacts, cf *cellFacts, label string) bool {
	if !cf.rowNamed() {
		return false
	}
	row := x.cellLabels.labels[cf.rowLbl].S
	// label == col+row: the row's label is tested first, the column's
	// name without its year made only for a label that ends with it (the
	// caller asks for every cell of the document)
	head, ok := strings.CutSuffix(label, row)
	if !ok || utf8.RuneCountInString(row) < 2 {
		return false
	}
	col := yearless(cf.col.Name())
	return utf8.RuneCountInString(col) >= 2 && head == col
}

// sameItemOtherYear returns the figure of year in the row of cfs[i] under
// a column of the same name as cfs[i]'s once the years are taken off
// (2023年职工医保 for 2024年职工医保), when there is one such column.
func sameItemOtherYear(cfs []cellFacts, i, year int) *cellFacts {
	cf := &cfs[i]
	name := yearless(cf.col.Name())
	if name == "" {
		return nil
	}
	var out *cellFacts
	for _, step := range [2]int{-1, 1} {
		for j := i + step; j >= 0 && j < len(cfs) && cfs[j].r == cf.r; j += step {
			o := &cfs[j]
			if o.year != year || o.percent != cf.percent || o.unit != cf.unit || yearless(o.col.Name()) != name {
				continue
			}
			if out != nil {
				return nil
			}
			out = o
		}
	}
	return out
}

// yearless is a column name without its year ("2024年职工医保": 职工医保).
func yearless(name string) string {
	if y := yearIn(name); y != 0 {
		n := figures.Normalize(name)
		for _, w := range [...]string{"年度", "年"} {
			if k := strings.Index(n, strconv.Itoa(y)+w); k >= 0 {
				return strings.TrimSpace(n[:k] + n[k+4+len(w):])
			}
		}
	}
	return strings.TrimSpace(name)
}

// currentFigure returns the last amount (or …率 figure) before the
// comparison's anchor in its sentence, nil for none. A sentence opening on
// the comparison with no subject of its own ("…支出决算为56.25万元，完成预算
// 的94.35%。与2023年度相比，增加3.37万元") is about the last amount of the
// sentence just before, when that sentence makes no comparison itself.
func currentFigure(figs []pfig, u *unit, c figures.Comparison) *pfig {
	sent := u.sentenceOf(c.Anchor.Start)
	if c.Cur != nil && strings.HasPrefix(strings.TrimLeft(u.text[c.Cur.End:c.Anchor.Start], " "), "（") {
		// "实际支出2.28万元（因公出国（境）费0元，…0.00万元），比上年增长5.56%":
		// the comparison's figure is before its bracketed breakdown
		for i := range figs {
			if f := &figs[i]; f.q.Start == c.Cur.Start && !f.isRate {
				return f
			}
		}
	}
	if cur := lastAmount(figs, sent.Start, c.Anchor.Start); cur != nil || sent.Start == 0 {
		return cur
	}
	opening := strings.TrimLeft(u.text[sent.Start:c.Anchor.End], " \u3000")
	if !opensOnComparison(opening) || strings.ContainsAny(opening, "，,；;：:") {
		return nil
	}
	prev := u.sentenceOf(sent.Start - 1)
	if prev.Start == sent.Start {
		return nil
	}
	for _, o := range u.st.Comparisons {
		if o.Anchor.Start >= prev.Start && o.Anchor.Start < prev.End {
			return nil
		}
	}
	return lastAmount(figs, prev.Start, prev.End)
}

// lastAmount returns the last amount (or …率 figure) of figs in [from, to).
func lastAmount(figs []pfig, from, to int) *pfig {
	var cur *pfig
	for i := range figs {
		f := &figs[i]
		if f.q.Start >= to {
			break
		}
		if f.q.Start >= from && !f.isRate && !f.q.Percent {
			cur = f
		}
	}
	return cur
}

// sinceOpening reports a comparison with the start of the year (比年初,
// 较年初, 较期初).
func sinceOpening(text string, anchor figures.Range) bool {
	rest := text[anchor.End:]
	return strings.HasPrefix(rest, "年初") || strings.HasPrefix(rest, "期初")
}

// diffColumnDirection is checkDirectionByTable for a row whose years the
// header does not tell apart (2023年决算数 twice, one of them mistyped) but
// whose 增减额 column shows the change: "水利工程建设支出3826.50万元，较上年增加
// 492.16万元" against the row 水利工程建设 showing 3826.50 and −492.16. The
// change must have the written size; every row showing the figure must
// agree.
func diffColumnDirection(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison, known *figures.Quantity, label *figures.Label) {
	iv := scaleOf(known.Number, known.Unit)
	ar, ranges := rangeOf(iv), x.ranges() // (a cell whose range misses the figure's does not overlap it)
	var found *cellFacts
	var diff figures.Number
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || !cf.known || cf.unit != c.Diff.Unit || cf.rowLbl < 0 || found != nil && cf.r == found.r {
			continue
		}
		if ar.ok && ranges[i].ok && !ranges[i].meets(ar) || !scaledOverlap(&iv, known.Number, known.Unit, &cf.iv, cf.number(), cf.unit) {
			continue
		}
		if !cellNamed(x, cf, label) && !(cf.rowNamed() && strings.TrimSuffix(label.S, "支出") == x.cellLabels.labels[cf.rowLbl].S) {
			continue // ("水利工程建设支出" is the row 水利工程建设 of a table of spending)
		}
		d, ok := diffCell(cf)
		if !ok || d.Dec != c.Diff.Dec || abs64(d.Mant) != c.Diff.Mant {
			continue
		}
		if found != nil {
			return // two rows: the text could mean either
		}
		found, diff = cf, d
	}
	if found == nil || signOf(diff.Mant) == c.DiffSign {
		return
	}
	right := bySign(signOf(diff.Mant), "增加", "减少")
	tbl := found.dataCell().Table.Number
	said := u.text[c.Anchor.Start:c.Diff.End]
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: c.DiffAt.Start, End: c.DiffAt.End}}),
		Expr:       fmt.Sprintf("%s%s ↔ %s", c.DiffWord, show(*c.Diff), diff.String()),
		Expected:   right,
		Actual:     c.DiffWord,
		Confidence: 0.8,
		Related:    []model.Span{found.span()},
	}
	f.Message = fmt.Sprintf("写「%s」，但表%d「%s」行「增减额」为 %s，应为%s，方向写反。", said, tbl, found.r.Label, diff.String(), right)
	f.MessageEN = fmt.Sprintf("The text says %q, but table %d row %q shows a change of %s: the direction is reversed.", said, tbl, found.r.Label, diff.String())
	locate(p, u, &f, c.DiffAt.Start)
	p.Report(f)
}

func signOf(m int64) int {
	switch {
	case m > 0:
		return 1
	case m < 0:
		return -1
	}
	return 0
}

// growthCellDirection is checkDirectionByTable for a table that shows no
// year to compare with but a growth rate: "营业税完成182373.87万元，同比增长
// 12.80%" where the row 营业税 shows 182373.87 under 1-6月完成 and −12.80
// under 同比增长（%）. The rate cell must have the written rate's size; every
// row showing the figure must agree.
//
// With no figure (known nil) the row is the one its label names, its
// figure shown or not ("规模以上工业增加值 | 亿元 | — | -1.4").
func growthCellDirection(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison, known *figures.Quantity, label *figures.Label, knownYear int) {
	var iv scaled
	if known != nil {
		iv = scaleOf(known.Number, known.Unit)
	}
	ar, ranges := rangeOf(iv), x.ranges() // (with a figure, a cell whose range misses its does not overlap it)
	var row *tables.Row
	var col *tables.Column
	var rate figures.Number
	table := 0
	for i := range cfs {
		cf := &cfs[i]
		if known != nil && (cf.percent || !cf.known) || cf.year != 0 && cf.year != knownYear || cf.rowLbl < 0 || cf.r == row {
			continue
		}
		if known != nil && ar.ok && ranges[i].ok && !ranges[i].meets(ar) {
			continue // (scaledOverlap below would say no: the value first, the names cost more)
		}
		if !cellNamed(x, cf, label) && !distinctive(known, cf) {
			continue // (its row's, or the caption's for a total row: "表2 2023年一般公共预算拨款支出预算表" 合计)
		}
		if known != nil && !scaledOverlap(&iv, known.Number, known.Unit, &cf.iv, cf.number(), cf.unit) {
			continue
		}
		for _, rc := range cf.blk.Columns {
			n := cf.r.Cells[rc.Index].Num
			if rc.Role != tables.Rate || rc.RateKind != tables.RateGrowth || n.Kind != figures.Value || n.Mant == 0 || n.Dec != c.Rate.Dec || abs64(n.Mant) != c.Rate.Mant {
				continue
			}
			if row != nil {
				return // two rows: the text could mean either
			}
			row, col, rate, table = cf.r, rc, n, cf.blk.Table.Number
		}
	}
	if row == nil {
		return
	}
	sign := 1
	if rate.Mant < 0 {
		sign = -1
	}
	if col.Decrease {
		sign = -sign
	}
	if sign == c.RateSign {
		return
	}
	right := bySign(sign, "增长", "下降")
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: c.RateAt.Start, End: c.RateAt.End}}),
		Expr:       fmt.Sprintf("%s%s ↔ %s", c.RateWord, show(*c.Rate), rate.String()),
		Expected:   right,
		Actual:     c.RateWord,
		Confidence: 0.85,
	}
	if known != nil {
		f.Related = spans(u, known, c.Rate)
	} else {
		f.Related = spans(u, c.Rate)
	}
	f.Message = fmt.Sprintf("写「%s%s」，但表%d「%s」行「%s」为 %s，应为%s，方向写反。", c.RateWord, show(*c.Rate), table, row.Label, col.Name(), rate.String(), right)
	f.MessageEN = fmt.Sprintf("The text says %q %s, but table %d row %q shows %s under %q: the direction is reversed.", c.RateWord, show(*c.Rate), table, row.Label, rate.String(), col.Name())
	locate(p, u, &f, c.RateAt.Start)
	p.Report(f)
}

// distinctive reports a written figure of six digits or more shown exactly
// in cell cf: the row is the figure's whatever its name ("房地产开发投资
// 51963.85万元" in the row 其中：房地产开发). Two rows showing it leave the
// callers in doubt, as two named rows do.
func distinctive(known *figures.Quantity, cf *cellFacts) bool {
	if known == nil || known.Approx || abs64(known.Mant) < 100000 {
		return false
	}
	n := cf.number()
	return n.Mant == known.Mant && n.Dec == known.Dec && (cf.unit == known.Unit || !cf.known)
}

// subjectDiffDirection checks "…；其中中央财政资金较上年减少769.44万元": a
// change with no figure of its own in a clause after a semicolon, whose
// subject names a table row showing this year's and last year's figures.
// It reports whether the clause was such (the sentence's earlier figure
// is another subject's, not this change's).
func subjectDiffDirection(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison, figs []pfig, sentStart int) bool {
	k := strings.LastIndexAny(u.text[sentStart:c.Anchor.Start], "；;")
	if k < 0 {
		// "分项目看，职业培训补贴支出较上年减少60.08万元": the sentence's
		// first change, its subject in the clause after the opening words
		k = strings.LastIndex(u.text[sentStart:c.Anchor.Start], "，")
		if k < 0 || !introClause(u.text[sentStart:sentStart+k]) {
			return false
		}
	}
	start := sentStart + k
	for i := range figs {
		if figs[i].q.Start >= start && figs[i].q.Start < c.Anchor.Start {
			return false
		}
	}
	l, ok := subjectLabel(x, u.text[start:c.Anchor.Start])
	if !ok {
		return false
	}
	ry := x.reportYear()
	// "职业培训补贴支出" of the row 职业培训补贴 in a column of 支出
	var bare *figures.Label
	if b, ok := strings.CutSuffix(l.S, "支出"); ok && utf8.RuneCountInString(b) >= 3 {
		bl := figures.NewLabel(b)
		bare = &bl
	}
	var found, other *cellFacts
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || cf.year != ry || cf.rowLbl < 0 || !cf.known || !cf.r.Cells[cf.col.Index].HasValue() {
			continue
		}
		if !cellNamed(x, cf, &l) && !(bare != nil && cjk.Contains(cf.col.Name(), "支出") && cellNamed(x, cf, bare)) {
			continue
		}
		o := yearCellOf(cfs, i, ry-1)
		if o == nil {
			continue
		}
		if found != nil && found.r != cf.r {
			return true // two rows: the subject could mean either
		}
		found, other = cf, o
	}
	if found != nil && wrongDirection(c, found.number(), other.number(), found.unit, false, true) {
		reportDirectionByTable(p, u, c, nil, found, other, ry-1, false)
	}
	return true
}

// introClause reports the opening words of a sentence that only say how
// the items after them are grouped: 分项目看, 从支出结构看, 具体来看.
func introClause(s string) bool {
	s = strings.TrimSpace(s)
	return utf8.RuneCountInString(s) <= 8 && (strings.HasSuffix(s, "看") || strings.HasSuffix(s, "来看") || strings.HasSuffix(s, "而言") || s == "其中" || s == "具体")
}

// baseAndRateShown reports whether cell cf shows the written base exactly
// and its row a rate column the written rate's size: "上年决算数32.06万元，
// 本年较上年增长14.78%" and the row "合计 | … | 32.06 | -14.78%" whatever
// its name (two figures agreeing to the last digit place the row).
func baseAndRateShown(cf *cellFacts, base, rate *figures.Quantity) bool {
	if cf.mant != base.Mant || int(cf.dec) != base.Dec || abs64(base.Mant) < 100 {
		return false
	}
	for _, rc := range cf.blk.Columns {
		n := cf.r.Cells[rc.Index].Num
		if rc.Role == tables.Rate && n.Kind == figures.Value && n.Dec == rate.Dec && abs64(n.Mant) == rate.Mant {
			return true
		}
	}
	return false
}

// cellNamed reports whether one of cell cf's labels is l.
func cellNamed(x *xrefFacts, cf *cellFacts, l *figures.Label) bool {
	for _, id := range cf.labels() {
		if cl := &x.cellLabels.labels[id]; cl.S == l.S || l.Matches(cl) {
			return true
		}
	}
	return false
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// yearCellOf returns the figure of year in the row of cfs[i], in the same
// unit and basis, or nil; the cells of a row are consecutive in cfs.
func yearCellOf(cfs []cellFacts, i, year int) *cellFacts {
	cf := &cfs[i]
	var out *cellFacts
	for _, step := range [2]int{-1, 1} {
		for j := i + step; j >= 0 && j < len(cfs) && cfs[j].r == cf.r; j += step {
			o := &cfs[j]
			if o.year != year || o.percent != cf.percent || o.known != cf.known || o.unit != cf.unit || !o.basis.compatible(cf.basis) {
				continue
			}
			if out != nil {
				return nil // two columns of that year: which one is meant is unclear
			}
			out = o
		}
	}
	return out
}

// wrongDirection reports whether the change from base to cur has the size
// the comparison states (its rate, else its amount) and the opposite sign.
func wrongDirection(c figures.Comparison, cur, base figures.Number, unit string, byRate, byDiff bool) bool {
	sign := signApart(cur, base)
	if sign == 0 {
		return false
	}
	if byRate {
		if sign == c.RateSign || base.Mant <= 0 {
			return false
		}
		ok, _, valid := figures.RateCheck(c.Rate.Number, cur.Interval(figures.HalfUp).Sub(base.Interval(figures.HalfUp)), base.Interval(figures.HalfUp))
		return valid && ok
	}
	if !byDiff || sign == c.DiffSign {
		return false
	}
	if c.Diff.Unit != unit {
		// "公务接待费2.07万元，比上年增加0.58万元" against a table in 元: the
		// two figures read in the change's unit
		cu, ok1 := figures.InUnitOf(figures.Quantity{Number: withUnit(cur, unit)}, c.Diff.Unit)
		bu, ok2 := figures.InUnitOf(figures.Quantity{Number: withUnit(base, unit)}, c.Diff.Unit)
		if !ok1 || !ok2 {
			return false
		}
		cur, base = cu.Number, bu.Number
	}
	mag, _, _ := figures.DiffCheck(cur, base, c.Diff.Number, sign)
	return mag
}

// withUnit returns n with its unit set to unit.
func withUnit(n figures.Number, unit string) figures.Number {
	n.Unit = unit
	return n
}

func reportDirectionByTable(p *audit.Pass, u *unit, c figures.Comparison, known *figures.Quantity, cell, base *cellFacts, baseYear int, byRate bool) {
	curN, baseN := cell.number(), base.number()
	sign := signApart(curN, baseN)
	word, q, at := c.DiffWord, c.Diff, c.DiffAt
	right := bySign(sign, "增加", "减少")
	if !byRate && strings.HasSuffix(q.Unit, "百分点") {
		right = bySign(sign, "上升", "下降")
	}
	if byRate {
		word, q, at = c.RateWord, c.Rate, c.RateAt
		right = bySign(sign, "增长", "下降")
	}
	loc := fmt.Sprintf("表%d", cell.dataCell().Table.Number)
	expr := fmt.Sprintf("%s − %s = %s", curN.String(), baseN.String(), diffString(curN, baseN))
	if byRate {
		_, computed, _ := figures.RateCheck(q.Number, curN.Interval(figures.HalfUp).Sub(baseN.Interval(figures.HalfUp)), baseN.Interval(figures.HalfUp))
		expr = fmt.Sprintf("(%s − %s) ÷ %s = %s%s%%", curN.String(), baseN.String(), baseN.String(), bySign(sign, "", "−"), figures.FormatRat(computed, max(q.Dec, 2)))
	}
	said := u.text[c.Anchor.Start:q.End]
	if len(said) > 60 {
		said = u.text[c.Anchor.Start:c.Anchor.End]
		if !strings.Contains(said, strconv.Itoa(baseYear)) {
			said += strconv.Itoa(baseYear) + "年"
		}
		said += "…" + u.text[at.Start:q.End]
	}
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at.Start, End: at.End}}),
		Expr:       expr,
		Expected:   right,
		Actual:     word,
		Confidence: 0.85,
		Related:    append(spans(u, known, q), cell.span(), base.span()),
	}
	year := cell.year
	if year == 0 {
		year = xrefFactsOf(p).reportYear() // (a column of no year, read as this year's)
	}
	f.Message = fmt.Sprintf("写「%s」，但%s「%s」%d年为 %s、%d年为 %s，应为%s，方向写反。",
		said, loc, cell.r.Label, year, curN.String(), baseYear, baseN.String(), right)
	f.MessageEN = fmt.Sprintf("The text says %q %s compared with %d, but table %d row %q moved the other way (%s).",
		word, show(*q), baseYear, cell.dataCell().Table.Number, cell.r.Label, expr)
	locate(p, u, &f, at.Start)
	p.Report(f)
}

// baseYearAt reads the year compared with after a comparison's anchor at
// text[anchor.End:], or inside it when it is written 与…相比: "2021年", or
// "上年", "去年", "上一年", "同期" and the anchor 同比 (the year before the
// report year).
func (x *xrefFacts) baseYearAt(text string, anchor figures.Range) int {
	s := text[anchor.End:]
	if a := text[anchor.Start:anchor.End]; utf8.RuneCountInString(a) > 3 && !strings.HasPrefix(a, "同期") && (strings.HasPrefix(a, "与") || strings.HasPrefix(a, "和") || strings.HasPrefix(a, "同")) {
		s = a[len("与"):] // "与2023年相比": the words inside
	}
	for _, w := range []string{"上年", "去年", "上一年", "同期"} {
		if strings.HasPrefix(s, w) || text[anchor.Start:anchor.End] == "同比" {
			if r := x.reportYear(); r != 0 {
				return r - 1
			}
			return 0
		}
	}
	if len(s) >= len("2021年") && strings.HasPrefix(s[4:], "年") {
		if y, err := strconv.Atoi(s[:4]); err == nil && y >= 1990 && y <= 2100 {
			return y
		}
	}
	return 0
}

// subjectLabel reads the subject of a comparison that writes no figure,
// the words of its clause before the anchor less the time and place that
// open it ("全年规模以上工业增加值" → 规模以上工业增加值), as a label.
func subjectLabel(x *xrefFacts, before string) (figures.Label, bool) {
	if k := strings.LastIndexAny(before, "，,；;：:"); k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		before = before[k+w:]
	}
	s := strings.TrimSpace(before)
	for _, w := range []string{"全年", "全市", "全县", "全区", "全省", "全镇", "本年", "今年", "年末"} {
		s = strings.TrimPrefix(s, w)
	}
	if utf8.RuneCountInString(s) < 3 || !figures.HasLetters(s) || strings.ContainsAny(s, "0123456789") {
		return figures.Label{}, false
	}
	return figures.NewLabel(x.normalizeLabel(s)), true
}

// directionWords end a lead that gives the direction of the figure after
// it: "查出问题金额减少2,537.41万元", "审计涉及资金总额增长17.57%".
var directionWords = [...]struct {
	w    string
	sign int
}{{"增加", 1}, {"增长", 1}, {"提高", 1}, {"上升", 1}, {"减少", -1}, {"下降", -1}, {"降低", -1}}

// wordReversed checks a change written as its subject, a direction word
// and its size ("与2019年相比，…；查出问题金额减少2,537.41万元，下降27.12%"),
// in clauses no comparison reads, against the one table row its subject
// names that shows the same size in a column of changes (增减, for an
// amount) or of growth (增减率, for a percentage) with the other sign.
// Changes already reported (done, by offset) are passed over.
func wordReversed(p *audit.Pass, x *xrefFacts, cfs []cellFacts, done map[int]bool) map[int]bool {
	for _, u := range proseUnits(p).units {
		qs := u.st.Quantities
		for k := range qs {
			q := &qs[k]
			if q.Approx || q.Mant <= 0 || done[u.span.Start+q.Start] {
				continue
			}
			sign, word := 0, ""
			lead := strings.TrimRight(q.Lead, "了为 ")
			for _, d := range directionWords {
				if strings.HasSuffix(lead, d.w) {
					sign, word = d.sign, d.w
					break
				}
			}
			subject := strings.TrimSuffix(lead, word)
			if sign == 0 || utf8.RuneCountInString(subject) < 4 || strings.ContainsAny(subject, "比较同，,；;") {
				continue // (a subject of its own, not "比上年" or a figure's label before a comma)
			}
			if !q.Percent && !figures.IsMoneyUnit(q.Unit) {
				continue
			}
			for _, w := range [...]string{"领域", "行业", "板块"} {
				if t := strings.TrimSuffix(subject, w); t != subject && utf8.RuneCountInString(t) >= 2 {
					subject = t // "城乡建设领域下降25.89%": the row 城乡建设
					break
				}
			}
			label := figures.NewLabel(x.normalizeLabel(subject))
			ry := x.reportYear()
			var cell *cellFacts // the rate cell, or the report year's figure
			var shown figures.Number
			cellSign, rows := 0, 0
			viaDiff := false // the change read off the row's 增减额 column
			for i := range cfs {
				cf := &cfs[i]
				if cf.rowLbl < 0 || cf.percent != q.Percent {
					continue
				}
				var n figures.Number
				sg, diff := 0, false
				if q.Percent {
					if cf.col.Role != tables.Rate || cf.col.RateKind != tables.RateGrowth {
						continue
					}
					n = cf.number()
					if n.Kind != figures.Value || abs64(n.Mant) != q.Mant || n.Dec != q.Dec {
						continue
					}
					sg = cellDirection(cf)
				} else {
					// the change of the row's figures, this year's less last year's
					if ry == 0 || cf.year != ry || cf.unit != q.Unit {
						continue
					}
					o := yearCellOf(cfs, i, ry-1)
					var m int64
					var d int
					if o != nil {
						a, b := cf.number(), o.number()
						m, d = figures.Sum([]figures.Number{a, {Mant: -b.Mant, Dec: b.Dec, Kind: figures.Value}})
					} else if dn, ok := diffCell(cf); ok {
						// no last year's column of that year (its header may
						// be wrong): the row's 增减额 shows the change
						m, d, diff = dn.Mant, dn.Dec, true
					} else {
						continue
					}
					if d != q.Dec || abs64(m) != q.Mant || m == 0 {
						continue
					}
					n = figures.Number{Mant: m, Dec: d, Kind: figures.Value}
					sg = 1
					if m < 0 {
						sg = -1
					}
				}
				if !cellNamed(x, cf, &label) {
					continue // (the figures first: comparing labels costs more)
				}
				if cell == nil || cf.r != cell.r {
					rows++
				}
				cell, shown, cellSign, viaDiff = cf, n, sg, diff
			}
			if rows != 1 || cellSign == sign {
				continue // (none, two rows, or the direction written)
			}
			n := shown
			at := q.LeadStart + len(subject) // the direction word
			right := bySign(cellSign, "增加", "减少")
			if q.Percent {
				right = bySign(cellSign, "增长", "下降")
			}
			f := audit.Finding{
				Severity:   audit.Error,
				Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: q.End}}),
				Expr:       fmt.Sprintf("%s%s ↔ %s", word, show(*q), n.String()),
				Expected:   right,
				Actual:     word,
				Confidence: 0.8,
				Related:    []model.Span{cell.span()},
			}
			tbl := cell.table().Number
			what := "「" + cell.col.Name() + "」为 " + n.String()
			whatEN := fmt.Sprintf("%s under %q", n.String(), cell.col.Name())
			if !q.Percent && viaDiff {
				what = "「增减额」为 " + n.String()
				whatEN = fmt.Sprintf("%s under its difference column", n.String())
			} else if !q.Percent {
				what = fmt.Sprintf("%d年比%d年的变化为 %s", ry, ry-1, n.String())
				whatEN = fmt.Sprintf("a change of %s from %d to %d", n.String(), ry-1, ry)
			}
			f.Message = fmt.Sprintf("写「%s%s」，但表%d「%s」行%s，应为%s，方向写反。", word, show(*q), tbl, cell.r.Label, what, right)
			f.MessageEN = fmt.Sprintf("The text says %q %s, but table %d row %q shows %s: the direction is reversed.", word, show(*q), tbl, cell.r.Label, whatEN)
			locate(p, u, &f, at)
			p.Report(f)
			if done == nil {
				done = map[int]bool{}
			}
			done[u.span.Start+q.Start] = true
		}
	}
	return done
}

// diffCell returns the figure of the one difference column (增减额) in the
// row of cell cf, in cf's unit.
func diffCell(cf *cellFacts) (figures.Number, bool) {
	var out figures.Number
	found := false
	for _, c := range cf.blk.Columns {
		if c.Role != tables.Diff || c.Unit != cf.unit && c.Unit != "" {
			continue
		}
		n := cf.r.Cells[c.Index].Num
		if n.Kind != figures.Value || found {
			return out, false
		}
		out, found = n, true
	}
	return out, found
}

// pointsReversed checks a rate written with its change in percentage
// points and no base ("城镇登记失业率为3.05%，比上年末上升0.20个百分点")
// against the one table row named like the rate that shows it exactly for
// the year: the row's other year gives the change, whose size must be the
// written one and whose sign decides the word.
func pointsReversed(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison) {
	if c.Base != nil || c.Diff == nil || c.DiffSign == 0 || c.Diff.Mant <= 0 || !strings.HasSuffix(c.Diff.Unit, "百分点") {
		return
	}
	if c.Cur == nil {
		pointsOnlyReversed(p, x, cfs, u, c)
		return
	}
	if !c.Cur.Percent || c.Cur.Approx {
		return
	}
	baseYear := x.baseYearAt(u.text, c.Anchor)
	ry := x.reportYear()
	if baseYear == 0 || ry == 0 || baseYear == ry {
		return
	}
	known := c.Cur
	label := figures.NewLabel(x.normalizeLabel(known.Label))
	var found, other *cellFacts
	for i := range cfs {
		cf := &cfs[i]
		if cf.year != ry || cf.rowLbl < 0 || cf.mant != known.Mant || int(cf.dec) != known.Dec || !cf.r.Cells[cf.col.Index].HasValue() {
			continue
		}
		if !cf.percent && !tables.RatioLabel(cf.r.Label) {
			continue // (a rate in a row of its own, "城镇登记失业率", among counts)
		}
		if !cellNamed(x, cf, &label) {
			continue
		}
		o := yearCellOf(cfs, i, baseYear)
		if o == nil {
			continue
		}
		sign := signApart(cf.number(), o.number())
		if sign == 0 || sign == c.DiffSign {
			return
		}
		if mag, _, _ := figures.DiffCheck(cf.number(), o.number(), c.Diff.Number, sign); !mag {
			return
		}
		if found != nil && found.r != cf.r {
			return
		}
		found, other = cf, o
	}
	if found != nil {
		reportDirectionByTable(p, u, c, known, found, other, baseYear, false)
	}
}

// pointsOnlyReversed is pointsReversed for a change in points written
// without the rate ("预算执行率下降8.03个百分点"): the one row named like the
// change whose report-year and base-year rates differ by its size decides
// the word.
func pointsOnlyReversed(p *audit.Pass, x *xrefFacts, cfs []cellFacts, u *unit, c figures.Comparison) {
	baseYear := x.baseYearAt(u.text, c.Anchor)
	ry := x.reportYear()
	if baseYear == 0 || ry == 0 || baseYear == ry || c.Diff.Label == "" {
		return
	}
	label := figures.NewLabel(x.normalizeLabel(c.Diff.Label))
	if utf8.RuneCountInString(label.S) < 3 || !strings.HasSuffix(label.S, "率") {
		return
	}
	var found, other *cellFacts
	for i := range cfs {
		cf := &cfs[i]
		if cf.year != ry || cf.rowLbl < 0 || !cf.r.Cells[cf.col.Index].HasValue() || !cf.percent && !tables.RatioLabel(cf.r.Label) || !cellNamed(x, cf, &label) {
			continue
		}
		o := yearCellOf(cfs, i, baseYear)
		if o == nil {
			continue
		}
		sign := signApart(cf.number(), o.number())
		if sign == 0 {
			continue
		}
		if mag, _, _ := figures.DiffCheck(cf.number(), o.number(), c.Diff.Number, sign); !mag {
			continue // (another row, or another size: not this change)
		}
		if found != nil && found.r != cf.r || sign == c.DiffSign {
			return
		}
		found, other = cf, o
	}
	if found != nil {
		reportDirectionByTable(p, u, c, c.Diff, found, other, baseYear, false)
	}
}

// tenThousandsFigure reports a figure in 万 of a unit other than money
// written to a decimal place or more (16.87万头): the cell showing it in
// whole units has five digits or more, not met by chance.
func tenThousandsFigure(a *figures.Quantity) bool {
	return strings.HasPrefix(a.Unit, "万") && !figures.IsMoneyUnit(a.Unit) && a.Dec >= 1 && a.Mant >= 100
}

// measureOfCaption reports a figure in a unit of measure (公顷, 吨) whose
// label ends in the measure a table's caption names, with its unit
// ("大豆播种面积24143公顷" beside "粮食作物播种面积（单位：公顷）"): its row is
// named by the label without the measure, and shows the figure exactly
// (growthRowOf).
func measureOfCaption(x *xrefFacts, a *figures.Quantity) bool {
	if a.Unit == "" || a.Dec != 0 || a.Mant < 1000 || !cjk.ContainsAnyOf(a.Unit, "公顷", "亩", "吨", "头", "只") {
		return false
	}
	for _, t := range x.tables.Tables {
		c := t.Title
		if !cjk.Contains(c, a.Unit) {
			continue
		}
		for _, m := range [...]string{"播种面积", "种植面积", "面积", "产量", "存栏", "出栏"} {
			if strings.HasSuffix(a.Label, m) && cjk.Contains(c, m) && utf8.RuneCountInString(a.Label) > utf8.RuneCountInString(m)+1 {
				return true
			}
		}
	}
	return false
}

// openingBracket returns the offset of the "（" that the "）" at offset
// close closes, nested brackets passed over ("（因公出国（境）费0元，…）"),
// or −1.
func openingBracket(text string, close int) int {
	depth := 0
	for i := close; i > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
		switch r {
		case '）':
			depth++
		case '（':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}
