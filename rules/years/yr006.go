package years

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var yr006 = &audit.Rule{
	ID:       "YR006",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "年末时点不是报告年度",
		TitleEN: "Year-end date is not the report year's",
		Explain: "“截至2020年12月31日，编制人数…”这类年末时点应是报告年度的年末；在2019年度报告中写成2020年（或2018年）" +
			"多半是年份写错。年中的日期（如“截至2020年5月底已整改”）不报；预算说明与分配、调整方案（标题有“预算”“分配”或“方案”而无“决算”“自评”“评价”“执行”）写上一年年末是常规，不报；“项目背景”“立项依据”一节写上一年年末是起点，也不报。" +
			"结转结余的滚动（“年初结转结余…，加本年收入…，减本年支出…，2023年末结转结余…”）中的年末也应是报告年度的。表头同一行另有报告年度年末（“截至2023年底累计到位 | 2024年到位 | 截至2024年底累计到位”）的，上年年末不报。",
		ExplainEN: "A year-end cut-off (\"截至2020年12月31日\", \"2020年末\") should be the report year's; in a 2019 report " +
			"another year is probably a typo. Dates within a year (\"截至2020年5月底\") are not reported, nor the end of the year before " +
			"in a budget explanation or an allocation or adjustment plan (its title says 预算, 分配 or 方案, not 决算, 自评, 评价 or 执行), which is written before the budget year ends, or under a heading of the background (项目背景, 立项依据), where it is the starting point." +
			"The closing balance of a roll-forward (年初结转结余…，加本年收入…，减本年支出…，2023年末结转结余…) is the report year's end too. A header row that names the report year's end too (\"截至2023年底累计到位 | 2024年到位 | 截至2024年底累计到位\") may name the year before's.",
		Bad:  "（2019年度报告）截至2020年12月31日，编制人数62人",
		Good: "截至2019年12月31日，编制人数62人",
	},
	Run: runYR006,
}

var yearEndRe = regexp.MustCompile(`(?:截至|截止|截止到|截至到|至)\s*((?:19|20)[0-9]{2})\s*年\s*(?:12\s*月\s*31\s*日|末|底|年末|年底)`)

func runYR006(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	// a budget explanation states people, vehicles and assets at the end
	// of the year before the budget year, which has not ended yet
	prior := BudgetReport(p.Doc)
	ym := yearMarksOf(p)
	at := 0 // the units follow each other in the text (yearMarks.inAfter)
	for _, u := range unitsOf(p) {
		if !u.Year {
			continue
		}
		var ms [][]int
		if mayEndYear(u.Text, ym.inAfter(&at, u.Span.Start, u.Span.End), u.Span.Start) {
			ms = yearEndRe.FindAllStringSubmatchIndex(u.Text, -1)
		}
		if u.Cell == nil && cjk.Contains(u.Text, "本年支出") {
			ms = append(ms, rollYearEnds(u.Text)...)
		}
		for _, m := range ms {
			y, _ := strconv.Atoi(u.Text[m[2]:m[3]])
			if y == R || y < R-1 || y > R+1 || y == R-1 && (prior || underBackground(p.Doc, u.Span.Start) || rowEndsYear(p.Doc, u.Cell, R)) {
				continue
			}
			p.Report(audit.Finding{
				Severity: audit.Warning,
				Message: fmt.Sprintf("年末时点写作%d年，而报告年度是%d年：疑似年份写错（应为截至%d年末）",
					y, R, R),
				MessageEN:  fmt.Sprintf("the year-end cut-off says %d but the report year is %d; probably a typo for %d", y, R, R),
				Span:       model.Span{Start: u.Span.Start + m[2], End: u.Span.Start + m[3]},
				Expr:       "「" + u.Text[m[0]:m[1]] + "」",
				Expected:   fmt.Sprintf("%d", R),
				Actual:     fmt.Sprintf("%d", y),
				Confidence: 0.7,
				Hint:       fmt.Sprintf("报告年度判定：%s", firstEvidence(ry)),
				HintEN:     fmt.Sprintf("report year %d", R),
			})
		}
	}
}

// rollYearEndRe is the closing balance of a roll-forward dated with its
// year-end: "…减本年支出1615.89万元，2023年末结转结余81.80万元".
var rollYearEndRe = regexp.MustCompile(`[，,；;]((?:19|20)[0-9]{2})\s*年(?:末|底)(?:结转结余|结转和结余|结余|结转|滚存结余|累计结余)`)

// rollYearEnds returns rollYearEndRe's matches in a sentence that rolls a
// balance forward (年初…本年收入…本年支出…年末…), as yearEndRe's are.
func rollYearEnds(text string) [][]int {
	var out [][]int
	for _, m := range rollYearEndRe.FindAllStringSubmatchIndex(text, -1) {
		before := text[:m[0]]
		if k := strings.LastIndex(before, "。"); k >= 0 {
			before = before[k:]
		}
		if cjk.Contains(before, "年初") && cjk.Contains(before, "本年收入") && cjk.Contains(before, "本年支出") {
			m[0] = m[2] // (the mark before the year is not quoted)
			out = append(out, m)
		}
	}
	return out
}

// rowEndsYear reports whether cell c (nil outside tables) has a cell of
// its row that names the end of year R: "截至2023年底累计到位 | 2024年到位 |
// 截至2024年底累计到位" rolls the year before's end forward.
func rowEndsYear(d *model.Document, c *model.Cell, R int) bool {
	if c == nil || c.Table == nil {
		return false
	}
	for _, o := range c.Table.Cells {
		if o == c || o.Row != c.Row {
			continue
		}
		for _, m := range yearEndRe.FindAllStringSubmatch(d.Slice(o.Span), -1) {
			if y, _ := strconv.Atoi(m[1]); y == R {
				return true
			}
		}
	}
	return false
}

// underBackground reports whether the heading in force at off introduces
// the background of a project or a policy (项目背景及立项依据): there the end
// of the year before is the starting point the report year is measured
// from ("截至2022年底，全县农村公路总里程2,386.5公里" in a 2023 evaluation).
func underBackground(d *model.Document, off int) bool {
	hs := d.Headings()
	i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > off })
	if i == 0 {
		return false
	}
	t := d.Slice(hs[i-1].Span)
	return cjk.Contains(t, "背景") || cjk.Contains(t, "立项依据")
}

// BudgetReport reports whether d's title (its first short lines, before
// any table or body text) says it explains a budget (2024年部门预算说明) and not accounts,
// an evaluation or the execution of a budget.
func BudgetReport(d *model.Document) bool {
	budget, lines := false, 0
	for _, b := range d.Blocks {
		var t string
		switch b := b.(type) {
		case *model.Heading:
			t = d.Slice(b.Span)
		case *model.Paragraph:
			t = d.Slice(b.Span)
		case *model.Table:
			// a report laid out in a table (a layout table, or every line of
			// a text export as a cell): its first cell holds the title
			if lines > 0 || b.Rows == 0 || b.Cols == 0 {
				return budget
			}
			t = d.CellText(b, 0, 0)
		default:
			return budget
		}
		if strings.TrimSpace(t) == "" {
			continue
		}
		if utf8.RuneCountInString(t) > 40 {
			return budget // body text, not a title ("…调查监测评价…")
		}
		for _, w := range []string{"决算", "自评", "评价", "执行"} {
			if cjk.Contains(t, w) {
				return false
			}
		}
		budget = budget || cjk.Contains(t, "预算") || cjk.Contains(t, "分配") || cjk.Contains(t, "方案")
		if lines++; lines == 3 {
			break
		}
	}
	return budget
}

// mayEndYear reports whether yearEndRe can match s, the text at base of a
// document with marks ym (those inside s): every match has a 年 after a
// year after 至, 止 or 到 (the last character of each cut-off word), with
// only white space (\s) between. The marks answer it without the two
// scans of s for 至 and 截止 that ruled out most texts before.
// (yr006_test.go checks it is true wherever yearEndRe matches.)
func mayEndYear(s string, ym yearMarks, base int) bool {
	for _, m := range ym {
		k := int(m) - base
		for k > 0 && isSpace(s[k-1]) {
			k--
		}
		if k < 4 || !isDigit(s[k-1]) || !isDigit(s[k-2]) || !isDigit(s[k-3]) || !isDigit(s[k-4]) {
			continue
		}
		k -= 4
		for k > 0 && isSpace(s[k-1]) {
			k--
		}
		if k >= 3 {
			if w := s[k-3 : k]; w == "至" || w == "止" || w == "到" {
				return true
			}
		}
	}
	return false
}
