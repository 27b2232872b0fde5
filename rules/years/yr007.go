package years

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr007 = &audit.Rule{
	ID:       "YR007",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "表头、表题或草案标题的年份不对",
		TitleEN: "A table header, table title or draft-budget heading names the wrong year",
		Explain: "两种情形：（一）表头中同一指标的两个年度（“2021年决算数 | 2019年决算数”，中间可隔着其他指标的列），其后有“增减”“增幅”“比上年”等列而未写年份，" +
			"其中一列是报告年度、另一列却不是上年（本年的几列上方只写“2024年度”、旁边是“2022年度决算数”的也算）：对比应为本年与上年，那一列的年份多半写错（同一指标有三个以上年份的多年对比表不报）；预算草案的表中下一年度的预算数（“2025年预算数”）与比上年的增减并列时，另一列（同一指标的预算数，或报告年度的执行数、决算数）应为报告年度；余额变动表中两个年末（“2022年末余额 | 本年举借 | 本年偿还 | 2023年末余额”）之间是本年的增减变动，两者也应相隔一年。" +
			"（二）表题写的年度与报告年度不同（“表5 2014年度一般公共预算财政拨款支出决算表”），而本文其他表题中至少两个写报告年度、没有一个写这个年度，" +
			"表题也不是多年对比（无“对比”“比较”“—”等）；预算说明中上年的表（执行、监控、年末数）不报。" +
			"（三）预算草案的标题（“二、2024年预算草案”）与另一标题所述执行情况（“一、2024年预算执行情况”）同一年度：草案应是下一年度的。表题写明本年度、表头只有上年一列标年份（“决算数 | … | 2022年决算数 | 增减额”）时，该列应为上一年。表题为本年度决算表（“2024年度…决算表”）、表中有本年度预算数而唯一的决算数标为上一年（“2024年度预算数 ⏎ 2023年度决算数”）时，决算数应为本年度；表头有本年与上年的决算数、唯一的预算数却标为上年（“2023年预算数 | 2024年决算数 | 2023年决算数”）时，预算数应为本年度。",
		ExplainEN: "Two cases. (1) Two header columns give one item for two years (\"2021年决算数 | 2019年决算数\", other items' columns may stand between) followed by a column of " +
			"the change (增减, 增幅, 比上年) that names no year, one of them the report year and the other not the year before (also a bare \"2024年度\" over this year's columns beside \"2022年度决算数\"): a comparison is of this year " +
			"and last, so that year is probably wrong (tables heading three or more years of one item are not reported); a budget table's next-year figure (2025年预算数 in a 2024 report) is compared with the report year's (its budget, or its outturn: 2024年执行数); and two year-ends with the year's flows between them must be a year apart (\"2022年末余额 | 本年举借 | 本年偿还 | 2023年末余额\"). (2) A table title names a year other than the " +
			"report year while at least two other titles name the report year and none names that year, and it is no comparison of years (对比, 比较, —); a budget explanation's tables of the year before are not reported. " +
			"(3) A heading of the draft budget names the year whose execution another heading reports (\"一、2024年预算执行情况\", \"二、2024年预算草案\"): the draft is the next year's. In a table captioned with the report year whose one dated header is last year's figure of an item shown undated before it (\"决算数 | … | 2022年决算数 | 增减额\"), that year must be the year before. In a table captioned with the report year's final accounts (…决算表), the one outturn header or row label of the year before, beside the report year's budget and with no outturn of the report year, should be the report year's (\"2024年度预算数 ⏎ 2023年度决算数\"); and the one budget labelled with the year before, beside the outturns of both years, should be the report year's (\"2023年预算数 | 2024年决算数 | 2023年决算数\").",
		Bad:  "（2021年度报告）项目 | 2019年决算数 | 2021年决算数 | 增减额 | 增减幅度（%）",
		Good: "项目 | 2020年决算数 | 2021年决算数 | 增减额 | 增减幅度（%）",
	},
	Run: runYR007,
}

func runYR007(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	comparisonHeaders(p, R)
	captionYears(p, R)
	draftHeadings(p)
	outturnOfAnotherYear(p, R)
}

// outturnOfAnotherYear reports two slips of one kind in a table's dated
// headers (its first rows) or row labels (its first column): in a table
// captioned with the report year's final accounts ("2024年度…决算表"), the
// one outturn of the year before beside a budget of the report year and no
// outturn of it ("2024年度预算数 ⏎ 2023年度决算数" down a 三公 table laid
// out across): the table's outturn is the report year's; and in any table,
// the one budget of the year before beside the outturns of both years
// ("2023年预算数 | 2024年决算数 | 2023年决算数 | 增减额"): the budget is
// the one the report year's outturn completes.
func outturnOfAnotherYear(p *audit.Pass, R int) {
	d := p.Doc
	type label struct {
		c    *model.Cell
		m    [4]int
		year int
	}
	for _, t := range d.Tables {
		var budgets, outturns []label
		look := func(cell *model.Cell) {
			txt := d.Slice(cell.Span)
			m, y, n := yearsOfHeader(txt)
			if n != 1 {
				return
			}
			rest := withoutSpace(txt[:m[2]], "#", txt[m[3]:])
			switch {
			case outturn(rest):
				outturns = append(outturns, label{cell, m, y})
			case budgetLabel(rest):
				budgets = append(budgets, label{cell, m, y})
			}
		}
		for r := 0; r < t.Rows; r++ {
			for _, cell := range t.RowCells(r) {
				if cell.Row != r || r >= 4 && cell.Col != 0 {
					continue // (the first rows' headers, and the first column's labels)
				}
				look(cell)
			}
		}
		has := func(ls []label, y int) bool {
			return slices.ContainsFunc(ls, func(l label) bool { return l.year == y })
		}
		var bad label
		var msg, msgEN, expr string
		switch {
		case len(outturns) == 1 && outturns[0].year == R-1 && has(budgets, R) && captionYearOf(t.Caption) == R && cjk.Contains(t.Caption, "决算"):
			bad = outturns[0]
			msg = fmt.Sprintf("表题为%d年度决算，表中与%d年预算数并列的「%s」却是%d年的：决算数应为%d年", R, R, trimSpace(d.Slice(bad.c.Span)), bad.year, R)
			msgEN = fmt.Sprintf("the caption is of %d's final accounts and the table sets %q beside %d's budget: the outturn should be %d's", R, trimSpace(d.Slice(bad.c.Span)), R, R)
			expr = fmt.Sprintf("%d年度决算表：%d年预算数 ↔ %d年决算数", R, R, bad.year)
		case len(budgets) == 1 && budgets[0].year == R-1 && has(outturns, R) && has(outturns, R-1):
			bad = budgets[0]
			msg = fmt.Sprintf("表头有%d年与%d年的决算数，唯一的预算数「%s」却是%d年的：与本年决算对照的预算数应为%d年", R, R-1, trimSpace(d.Slice(bad.c.Span)), bad.year, R)
			msgEN = fmt.Sprintf("the headers give the outturns of %d and %d, and the one budget %q is %d's: the budget beside this year's outturn should be %d's", R, R-1, trimSpace(d.Slice(bad.c.Span)), bad.year, R)
			expr = fmt.Sprintf("%d年预算数 ↔ %d年决算数、%d年决算数", bad.year, R, R-1)
		default:
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    msg,
			MessageEN:  msgEN,
			Span:       model.Span{Start: bad.c.Span.Start + bad.m[2], End: bad.c.Span.Start + bad.m[1]},
			Expr:       expr,
			Expected:   fmt.Sprintf("%d年", R),
			Actual:     fmt.Sprintf("%d年", bad.year),
			Confidence: 0.6,
		})
	}
}

// captionYearOf returns the one year a caption names, 0 for none or several.
func captionYearOf(c string) int {
	y, _ := oneYear(c)
	return y
}

// draftHeadings reports case (3): a heading of the draft budget naming the
// year whose execution another heading reports ("一、2024年预算执行情况" and
// "二、2024年预算草案"): the draft is of the year after.
func draftHeadings(p *audit.Pass) {
	d := p.Doc
	hs := d.Headings()
	executed := map[int]bool{}
	for _, h := range hs {
		if t := d.Slice(h.Span); cjk.Contains(t, "执行情况") && !cjk.Contains(t, "草案") {
			if y, ok := oneYear(t); ok {
				executed[y] = true
			}
		}
	}
	if len(executed) == 0 {
		return
	}
	for _, h := range hs {
		t := d.Slice(h.Span)
		if !cjk.Contains(t, "草案") || cjk.Contains(t, "执行") {
			continue
		}
		y, ok := oneYear(t)
		if !ok || !executed[y] {
			continue
		}
		ys := yearScanner{s: t}
		m, _ := ys.next()
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("标题「%s」的预算草案年份与另一标题所述执行情况的年份相同（%d年）：草案应是下一年度（%d年）的", trimSpace(t), y, y+1),
			MessageEN:  fmt.Sprintf("the heading %q gives the draft budget the year whose execution another heading reports (%d): the draft is %d's", trimSpace(t), y, y+1),
			Span:       model.Span{Start: h.Span.Start + m[2], End: h.Span.Start + m[1]},
			Expr:       fmt.Sprintf("%d年预算草案 = %d年预算执行", y, y),
			Expected:   fmt.Sprintf("%d年", y+1),
			Actual:     fmt.Sprintf("%d年", y),
			Confidence: 0.7,
		})
	}
}

// oneYear returns the one year t names, false for none or several.
func oneYear(t string) (int, bool) {
	ys := yearScanner{s: t}
	m, ok := ys.next()
	if !ok {
		return 0, false
	}
	if _, two := ys.next(); two {
		return 0, false
	}
	return yearAt(t, m), true
}

// changeHead reports a header naming a change from last year (增减, 增幅,
// 比上年, 同比, 变动) without a year of its own.
func changeHead(txt string) bool {
	if cjk.Contains(txt, "年") {
		if ys := (yearScanner{s: txt}); func() bool { _, ok := ys.next(); return ok }() {
			return false
		}
	}
	for _, w := range [...]string{"增减", "增幅", "比上年", "同比", "变动", "增长"} {
		if cjk.Contains(txt, w) {
			return true
		}
	}
	return false
}

// baseYearRe is a header naming the year a change is from: "比2020年增长（%）".
var baseYearRe = regexp.MustCompile(`(?:比|较|与)\s*((?:19|20)[0-9]{2})\s*年`)

// namesBase reports whether a header cell of row r of t names year as the
// base of a change ("比2020年增长（%）", "较2020年增减").
func namesBase(d *model.Document, t *model.Table, r, year int) bool {
	for _, cell := range t.RowCells(r) {
		txt := d.Slice(cell.Span)
		if !cjk.ContainsAnyOf(txt, "比", "较", "与") {
			continue
		}
		for _, m := range baseYearRe.FindAllStringSubmatch(txt, -1) {
			if y, err := strconv.Atoi(m[1]); err == nil && y == year {
				return true
			}
		}
	}
	return false
}

// comparisonHeaders reports case (1): in the first four rows of each
// table, the year headers of a row, when there are exactly two with the
// same words around the year, one of them R, the other not R−1, and a
// header of the change after them.
func comparisonHeaders(p *audit.Pass, R int) {
	d := p.Doc
	type head struct {
		c    *model.Cell
		col  int
		year int
		txt  string
		m    [4]int
	}
	var hs []head
	for _, t := range d.Tables {
		for r := 0; r < t.Rows && r < 4; r++ {
			hs = hs[:0]
			lastChange, many := -1, false
			firstFlow, lastFlow := -1, -1 // the columns of the year's flows (本年举借, 本年偿还)
			for c, cell := range t.RowCells(r) {
				txt := d.Slice(cell.Span)
				if changeHead(txt) {
					lastChange = c
				}
				if f := trimSpace(txt); strings.HasPrefix(f, "本年") || strings.HasPrefix(f, "本期") || strings.HasPrefix(f, "当年") {
					if firstFlow < 0 {
						firstFlow = c
					}
					lastFlow = c
				}
				m, y, n := yearsOfHeader(txt)
				switch {
				case n == 0:
					continue
				case n == 2:
					many = true // "2019—2021年": a span of years
					continue
				}
				hs = append(hs, head{cell, c, y, txt, m})
			}
			if !many && len(hs) == 1 && lastChange > hs[0].col {
				undatedTwin(p, t, r, hs[0].c, hs[0].col, hs[0].year, hs[0].txt, hs[0].m, R)
				continue
			}
			if many || len(hs) < 2 || lastChange < 0 && firstFlow < 0 {
				continue
			}
			// the one pair of headers of one figure ("2023年执行数 | … | 2021年
			// 执行数"); three of one figure are a series
			label := func(h head) string { return withoutSpace(h.txt[:h.m[2]], "#", h.txt[h.m[3]:]) }
			ai, bi, pairs := -1, -1, 0
			for i := range hs {
				for j := i + 1; j < len(hs); j++ {
					if label(hs[i]) == label(hs[j]) {
						ai, bi = i, j
						pairs++
					}
				}
			}
			// the pair is compared by a change column after it, or rolled
			// forward by the year's flows between ("2021年末余额 | 本年举借 |
			// 本年偿还 | 2023年末余额": two year-ends a year apart)
			if pairs == 0 && len(hs) == 2 && outturn(label(hs[0])) && outturn(label(hs[1])) {
				ai, bi, pairs = 0, 1, 1 // "2021年决算数 | 2023年完成数 | 增长%": two names of one outturn
			}
			if pairs == 0 && len(hs) == 2 && (yearGroup(hs[0].c, label(hs[0])) && outturn(label(hs[1])) || yearGroup(hs[1].c, label(hs[1])) && outturn(label(hs[0]))) {
				// "2024年度（年初预算数 | 决算数 | 完成率） | 2022年度决算数 | 比上年":
				// the year over this year's columns and last year's outturn
				ai, bi, pairs = 0, 1, 1
			}
			if pairs == 0 && len(hs) == 2 && (nextBudget(label(hs[0]), hs[0].year, R) && outturn(label(hs[1])) || nextBudget(label(hs[1]), hs[1].year, R) && outturn(label(hs[0]))) {
				// "2023年执行数 | 2025年预算数 | 增减额" in a report on 2024's
				// execution and 2025's draft: next year's budget is compared
				// with this year's outturn
				ai, bi, pairs = 0, 1, 1
			}
			if pairs != 1 {
				continue
			}
			rolled := firstFlow > hs[ai].col && lastFlow < hs[bi].col && balanceHead(hs[ai].txt)
			if lastChange < hs[bi].col && !rolled {
				continue // (2022年预算数 | 2021年决算数: two kinds of figure)
			}
			a, b := hs[ai], hs[bi]
			bad, other := a, b
			cur := R // the later year of the pair: the report year, or the next year's budget (2025年预算数 in a 2024 report)
			switch {
			case a.year == R && b.year != R-1 && b.year < R:
				bad, other = b, a
			case b.year == R && a.year != R-1 && a.year < R:
			case !rolled && a.year == R+1 && b.year != R && b.year < R:
				bad, other, cur = b, a, R+1
			case !rolled && b.year == R+1 && a.year != R && a.year < R:
				cur = R + 1
			case !rolled && a.year == b.year && a.year == R-1 && yearGroup(a.c, label(a)):
				// "2023年度（…） | 2023年度决算数 | 比上年" in a 2024 report: the
				// year over this year's columns is the one written wrong
				bad, other = a, b
			default:
				continue
			}
			if namesBase(d, t, r, bad.year) {
				continue // "2020年 | 2023年 | 增减额 | 比2020年增长（%）": the change is from the year written
			}
			want := cur - 1 // the year bad should have
			if bad.year == cur-1 {
				want = cur
			}
			msg := fmt.Sprintf("表头「%s」与「%s」之后是比上年的增减，对比的应是%d年与%d年：「%s」的年份疑为%d年",
				trimSpace(other.txt), trimSpace(bad.txt), cur, cur-1, trimSpace(bad.txt), want)
			msgEN := fmt.Sprintf("headers %q and %q are followed by the change from last year, so they should be %d and %d: %q is probably %d",
				trimSpace(other.txt), trimSpace(bad.txt), cur, cur-1, trimSpace(bad.txt), want)
			if rolled && lastChange < hs[bi].col {
				msg = fmt.Sprintf("表头「%s」与「%s」之间是本年的增减变动，两个年末应相隔一年（%d年与%d年）：「%s」的年份疑为%d年",
					trimSpace(hs[ai].txt), trimSpace(hs[bi].txt), R-1, R, trimSpace(bad.txt), R-1)
				msgEN = fmt.Sprintf("headers %q and %q hold the year's flows between them, so the two year-ends should be %d and %d: %q is probably %d",
					trimSpace(hs[ai].txt), trimSpace(hs[bi].txt), R-1, R, trimSpace(bad.txt), R-1)
			}
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    msg,
				MessageEN:  msgEN,
				Span:       model.Span{Start: bad.c.Span.Start + bad.m[2], End: bad.c.Span.Start + bad.m[1]},
				Expr:       yearsExpr(cur, bad.year, other.year),
				Expected:   fmt.Sprintf("%d年", want),
				Actual:     fmt.Sprintf("%d年", bad.year),
				Confidence: 0.7,
				Related:    []model.Span{other.c.Span},
			})
		}
	}
}

// yearsExpr is the arithmetic of a pair of header years: how far the bad
// one is from the year it is compared with.
func yearsExpr(cur, bad, other int) string {
	if bad == other {
		return fmt.Sprintf("本年列与上年列同为%d年", bad)
	}
	return fmt.Sprintf("%d − %d = %d ≠ 1", cur, bad, cur-bad)
}

// yearGroup reports a header cell that is a bare year over several
// columns ("2024年度" over 年初预算数, 决算数, 完成率): label is its text
// with the year as #.
func yearGroup(c *model.Cell, label string) bool {
	return c.ColSpan >= 2 && (label == "#年度" || label == "#年")
}

// balanceHead reports a header of a balance at a year's end: 年末余额,
// 年末结转结余, 年末数.
func balanceHead(txt string) bool {
	t := trimSpace(txt)
	if !cjk.Contains(t, "年末") {
		return false
	}
	return strings.HasSuffix(t, "余额") || strings.HasSuffix(t, "结余") || strings.HasSuffix(t, "结存") || strings.HasSuffix(t, "数")
}

// captionYears reports case (2): a table title of another year than R
// among titles that name R.
func captionYears(p *audit.Pass, R int) {
	d := p.Doc
	type titled struct {
		t    *model.Table
		year int
		m    [4]int
	}
	var ts []titled
	atR := 0
	for _, t := range d.Tables {
		c := t.Caption
		if c == "" || !cjk.Contains(c, "年") {
			continue
		}
		ys := yearScanner{s: c}
		m, ok := ys.next()
		if !ok {
			continue
		}
		if _, two := ys.next(); two {
			continue // "2019—2020年", "2020年与2019年": a comparison
		}
		y := yearAt(c, m)
		if y == R {
			atR++
		}
		ts = append(ts, titled{t, y, m})
	}
	if atR < 2 {
		return
	}
	// a budget explanation shows the year before's execution, monitoring
	// and year-end stocks in tables of their own ("表5 2022年重点项目1-8月
	// 绩效运行监控结果表" in a 2023 budget)
	budget := BudgetReport(d)
	count := map[int]int{}
	for _, x := range ts {
		count[x.year]++
	}
	for _, x := range ts {
		c := x.t.Caption
		if x.year == R || count[x.year] > 1 || x.year < R-5 || x.year > R+1 || budget && x.year == R-1 {
			continue
		}
		if x.year == R+1 || strings.ContainsAny(c, "—－~～至") || cjk.Contains(c, "对比") || cjk.Contains(c, "比较") || cjk.Contains(c, "上年") {
			continue // next year's budget, or years compared
		}
		if x.year == R-1 && cjk.Contains(c, "整改") {
			continue // "2023年度审计查出问题整改情况表": last year's findings, set right this year
		}
		span, ok := captionSpan(d, x.t)
		if !ok {
			continue
		}
		p.Report(audit.Finding{
			Severity: audit.Warning,
			Message: fmt.Sprintf("表题「%s」写的是%d年，而报告年度是%d年（其他 %d 个表题都写%d年）：表题年份疑为笔误",
				trimSpace(c), x.year, R, atR, R),
			MessageEN: fmt.Sprintf("the table title %q names %d, but the report is on %d (%d other titles name %d): probably a typo",
				trimSpace(c), x.year, R, atR, R),
			Span:       span,
			Expr:       fmt.Sprintf("%d年 ≠ %d年", x.year, R),
			Expected:   fmt.Sprintf("%d年", R),
			Actual:     fmt.Sprintf("%d年", x.year),
			Confidence: 0.6,
		})
	}
}

// captionSpan finds the paragraph that gives table t its title: the
// nearest before it (or, failing that, right after it) whose text holds
// the caption.
func captionSpan(d *model.Document, t *model.Table) (model.Span, bool) {
	cap := trimSpace(t.Caption)
	var before, after model.Span
	found := false
	for _, b := range d.Blocks {
		if _, ok := b.(*model.Table); ok {
			continue
		}
		sp := b.Extent()
		if !cjk.Contains(d.Slice(sp), cap) {
			continue
		}
		if sp.End <= t.Span.Start {
			before, found = sp, true
			continue
		}
		if sp.Start >= t.Span.End && after == (model.Span{}) {
			after = sp
		}
	}
	if found {
		return before, true
	}
	return after, after != (model.Span{})
}

// undatedTwin reports the one dated header of a row, of last year's figure
// of an item whose this year's figure heads another column undated, in a
// table whose caption names the report year R, followed by the change:
// "表2 2024年度…决算情况表: 决算数 | … | 2022年决算数 | 增减额" — the dated
// column is compared with R's, so it should be R−1.
func undatedTwin(p *audit.Pass, t *model.Table, r int, cell *model.Cell, col, year int, txt string, m [4]int, R int) {
	d := p.Doc
	if R == 0 || year >= R-1 || year < R-3 {
		return
	}
	if y, ok := oneYear(t.Caption); !ok || y != R {
		return
	}
	item := withoutSpace(txt[:m[2]], "", txt[m[1]:])
	item = strings.TrimPrefix(strings.TrimPrefix(item, "年"), "度")
	if utf8.RuneCountInString(item) < 2 {
		return
	}
	twin := false
	for c, other := range t.RowCells(r) {
		if c < col && withoutSpace(d.Slice(other.Span), "", "") == item {
			twin = true
		}
	}
	if !twin {
		return
	}
	p.Report(audit.Finding{
		Severity: audit.Warning,
		Message: fmt.Sprintf("表题为%d年，表头「%s」与本年的「%s」之后是比上年的增减：「%s」的年份疑为%d年",
			R, trimSpace(txt), item, trimSpace(txt), R-1),
		MessageEN: fmt.Sprintf("the caption names %d and %q is followed by the change from this year's %q: it is probably %d",
			R, trimSpace(txt), item, R-1),
		Span:       model.Span{Start: cell.Span.Start + m[2], End: cell.Span.Start + m[1]},
		Expr:       fmt.Sprintf("%d − %d = %d ≠ 1", R, year, R-year),
		Expected:   fmt.Sprintf("%d年", R-1),
		Actual:     fmt.Sprintf("%d年", year),
		Confidence: 0.7,
	})
}

// outturn reports a header, its year masked (#), naming a year's outturn
// ("#年决算数", "#年完成数"): two such headers are one figure of two years.
// nextBudget reports a header naming the budget ("预算数") of the year
// after report year r.
func nextBudget(label string, year, r int) bool {
	return year == r+1 && budgetLabel(label)
}

// budgetLabel reports a header naming a budget, its year left out as "#":
// "#年预算数", "#年度预算".
func budgetLabel(label string) bool {
	l := strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(label, "#"), "年"), "度")
	return l == "预算数" || l == "预算" || l == "预算草案"
}

func outturn(label string) bool {
	l := strings.TrimPrefix(strings.TrimPrefix(label, "#"), "年")
	l = strings.TrimPrefix(l, "度")
	switch l {
	case "决算数", "决算", "完成数", "完成", "执行数", "执行", "实际数", "实际完成数", "实际完成":
		return true
	}
	return false
}
