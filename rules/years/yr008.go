package years

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

var yr008 = &audit.Rule{
	ID:       "YR008",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "导语所述对象的年度与标题不符",
		TitleEN: "The opening names the report's subject with another year than its title",
		Explain: "标题之后、第一个标题（一、…）之前的导语中，写报告对象的年份短语（“现将2024年1—6月全市财政收支执行情况分析如下”“我局对2023年度部门整体支出开展了绩效自评”）应与标题（“2025年1—6月财政收支执行情况的分析”“2024年度部门整体支出绩效自评报告”）同一年度：" +
			"年份之后的几个字与标题年份之后的文字有四个字以上相同、年份却不同时报告。只看宣告报告对象的句子（“现将…如下”“对…开展了”“提请…审议”），书名号中的文件名、含比较或增减（较、比、相比、增长、减少…）的句子不报；报告年度须明确且与标题年份一致。",
		ExplainEN: "In the opening paragraphs between the title and the first heading, a year phrase naming the report's subject (现将2024年1—6月全市财政收支执行情况分析如下, 我局对2023年度部门整体支出开展了绩效自评) must carry the title's year (2025年1—6月财政收支执行情况的分析, 2024年度部门整体支出绩效自评报告): " +
			"reported when the words after the year share four characters or more with the title's words after its year and the year differs. Only sentences announcing the subject (现将…如下, 对…开展了, 提请…审议) are read; names of documents in 《》 and sentences comparing or stating changes (较, 比, 相比, 增长, 减少…) are not reported; the report year must be clear and the title's.",
		Bad:  "（标题：某县民政局2024年度部门整体支出绩效自评报告）我局对2023年度部门整体支出开展了绩效自评",
		Good: "我局对2024年度部门整体支出开展了绩效自评",
	},
	Run: runYR008,
}

// subjectYearRe finds a year phrase and the words after it: 2024年度,
// 2025年1—6月, 2025年上半年.
var subjectYearRe = regexp.MustCompile(`((?:19|20)[0-9]{2})年(?:度)?(?:(?:1|一)\s*[—－\-~至]\s*[0-9一二三四五六七八九十]{1,2}月|上半年|前三季度|第[一二三四]季度)?`)

// yearRangeRe finds a range of years: 2021—2023年, 2021-2023年.
var yearRangeRe = regexp.MustCompile(`(?:19|20)[0-9]{2}\s*[—－\-~至]\s*(?:19|20)[0-9]{2}`)

func runYR008(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	d := p.Doc
	title, titleYear, subject := "", 0, ""
	var intro []model.Span
	for i, b := range d.Blocks {
		if i > 12 {
			break
		}
		sp, ok := model.TextSpan(b)
		if !ok {
			break // a table: the opening is over
		}
		txt := d.Slice(sp)
		if title == "" {
			if m := subjectYearRe.FindStringSubmatchIndex(txt); m != nil && utf8.RuneCountInString(txt) <= 60 {
				title = txt
				titleYear, _ = strconv.Atoi(txt[m[2]:m[3]])
				subject = txt[m[1]:]
			}
			continue
		}
		if _, heading := b.(*model.Heading); heading {
			break
		}
		intro = append(intro, sp)
	}
	if title == "" || titleYear != ry.Year || utf8.RuneCountInString(subject) < 4 || yearRangeRe.MatchString(title) {
		return // (a title over several years, 2021—2023年, has no one year)
	}
	for _, sp := range intro {
		txt := d.Slice(sp)
		for _, m := range subjectYearRe.FindAllStringSubmatchIndex(txt, -1) {
			y, _ := strconv.Atoi(txt[m[2]:m[3]])
			if y == titleYear || inBookTitle(txt[:m[0]]) || comparedBefore(txt[:m[0]]) {
				continue
			}
			after := clauseAfter(txt[m[1]:], 20)
			if !announces(sentenceAt(txt, m[0], m[1])) {
				continue // (a figure's sentence, not the report's subject announced)
			}
			common := longestCommonHan(after, subject)
			if utf8.RuneCountInString(common) < 4 || utf8.RuneCountInString(after[:strings.Index(after, common)]) > 2 {
				continue // (the subject follows the year, after 全市 or 本级 at most)
			}
			phrase := txt[m[0]:m[1]] + after[:strings.Index(after, common)+len(common)]
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    fmt.Sprintf("导语写「%s」，标题所述为%d年的「%s」：年份疑为%d", phrase, titleYear, common, titleYear),
				MessageEN:  fmt.Sprintf("the opening says %s while the title is about %d's %s", phrase, titleYear, common),
				Span:       model.Span{Start: sp.Start + m[0], End: sp.Start + m[1]},
				Expr:       fmt.Sprintf("%d ≠ %d", y, titleYear),
				Expected:   strconv.Itoa(titleYear),
				Actual:     strconv.Itoa(y),
				Confidence: 0.8,
			})
		}
	}
}

// sentenceAt returns the sentence of txt holding txt[from:to].
func sentenceAt(txt string, from, to int) string {
	start := 0
	if i := strings.LastIndex(txt[:from], "。"); i >= 0 {
		start = i + len("。")
	}
	end := len(txt)
	if i := strings.Index(txt[to:], "。"); i >= 0 {
		end = to + i
	}
	return txt[start:end]
}

// announces reports a sentence that announces what the report is about
// ("现将…报告如下", "我局对…开展了绩效自评", "…提请审议") and compares nothing.
func announces(s string) bool {
	for _, w := range [...]string{"较", "比", "相比", "增长", "增加", "减少", "下降", "同期"} {
		if strings.Contains(s, w) {
			return false
		}
	}
	for _, w := range [...]string{"如下", "开展了", "进行了", "提请", "现将", "予以审议", "请予审议"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// inBookTitle reports whether text before a position leaves a 《 open:
// the year is in the name of a document.
func inBookTitle(before string) bool {
	return strings.LastIndex(before, "《") > strings.LastIndex(before, "》")
}

// comparedBefore reports a comparison right before a year ("与2023年度",
// "比2023年", "较上年").
func comparedBefore(before string) bool {
	for k, n := len(before), 0; k > 0 && n < 3; n++ {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		k -= size
		switch r {
		case '与', '比', '较', '同', '和', '及', '至', '到', '—', '－', '-':
			return true
		}
	}
	return false
}

// clauseAfter returns up to n runes of s, stopping at a clause's end, a
// bracket or a figure (another date).
func clauseAfter(s string, n int) string {
	for i, r := range s {
		if n == 0 || strings.ContainsRune("，。；：！？,;:（）()《》“”0123456789", r) {
			return s[:i]
		}
		n--
	}
	return s
}

// longestCommonHan returns the longest run of Han characters found in
// both a and b.
func longestCommonHan(a, b string) string {
	best := ""
	ra := []rune(a)
	for i := range ra {
		if !unicode.Is(unicode.Han, ra[i]) {
			continue
		}
		for j := i + 1; j <= len(ra) && unicode.Is(unicode.Han, ra[j-1]); j++ {
			w := string(ra[i:j])
			if !strings.Contains(b, w) {
				break
			}
			if utf8.RuneCountInString(w) > utf8.RuneCountInString(best) {
				best = w
			}
		}
	}
	return best
}
