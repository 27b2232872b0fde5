package years

import (
	"context"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// detectReportYearOracle is the clear form of detectReportYear: every line
// normalised before it votes.
func detectReportYearOracle(d *model.Document, us []unit) ReportYear {
	score := map[int]int{}
	var ev []string
	draftYear := 0
	add := func(y, w int, why string) {
		score[y] += w
		ev = append(ev, fmt.Sprintf("%s → %d年（权重%d）", why, y, w))
	}
	freq := map[int]int{}
	total := 0
	titles := 0
	for _, u := range us {
		if !strings.Contains(u.Text, "年") {
			continue
		}
		t := strings.TrimSpace(figures.Normalize(u.Text))
		n := utf8.RuneCountInString(t)
		yms := yearIndex(t, -1) // the regexp's matches
		for _, m := range yms {
			y, _ := strconv.Atoi(t[m[2]:m[3]])
			freq[y]++
			total++
		}
		// annualRe and filingRe need literal text: skip them cheaply
		hasAnnual := strings.Contains(t, "年度")
		var am []string
		if hasAnnual {
			am = annualRe.FindStringSubmatch(t)
		}
		if m := am; m != nil && n <= 60 && !strings.HasSuffix(t, "。") && titles < 6 {
			y, _ := strconv.Atoi(m[1])
			titles++
			w := 3
			if sectionOrCaptionRe.MatchString(t) || u.Cell != nil && u.Cell.Table != nil && u.Cell.Table.Rows >= 2 && u.Cell.Table.Cols >= 2 {
				w = 1
			}
			add(y, w, "标题「"+shorten(t, 30)+"」")
		}
		if len(yms) == 1 && n <= 60 && titles < 6 && !strings.HasSuffix(t, "。") &&
			am == nil && reportTitleRe.MatchString(t) {
			m := yms[0]
			y, _ := strconv.Atoi(t[m[2]:m[3]])
			titles++
			add(y, 3, "标题「"+shorten(t, 30)+"」")
		}
		if len(yms) == 2 && n <= 60 && titles < 6 && !strings.HasSuffix(t, "。") && am == nil && reportTitleRe.MatchString(t) &&
			executionDraftRe.MatchString(t) {
			y0, _ := strconv.Atoi(t[yms[0][2]:yms[0][3]])
			y1, _ := strconv.Atoi(t[yms[1][2]:yms[1][3]])
			if y1 == y0+1 {
				titles++
				add(y0, 3, "标题「"+shorten(t, 30)+"」")
				draftYear = y1
			}
		}
		if m := sessionRe.FindStringSubmatch(t); m != nil && u.Cell == nil && titles > 0 && titles < 6 && filingRe.FindStringSubmatch(t) == nil {
			y, _ := strconv.Atoi(m[2])
			if mo, _ := strconv.Atoi(m[3]); mo >= 1 && mo <= 6 {
				add(y-1, 2, "会议日期「"+m[1]+"」（上半年会议审议上年度报告）")
			}
		}
		var fm []string
		if strings.Contains(t, "日期") || strings.Contains(t, "时间") {
			fm = filingRe.FindStringSubmatch(t)
		}
		if m := fm; m != nil {
			y, _ := strconv.Atoi(m[1])
			if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 6 {
				add(y-1, 2, "填报日期「"+m[0]+"」（上半年填报上年度报告）")
			}
		} else if m := dateRe.FindStringSubmatch(t); m != nil && u.Cell == nil {
			y, _ := strconv.Atoi(m[1])
			if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 4 {
				add(y-1, 1, "落款日期「"+t+"」")
			}
		}
	}
	for _, tb := range d.Tables {
		best := 0
		for _, c := range tb.Cells {
			raw := d.Slice(c.Span)
			if !strings.Contains(raw, "年") {
				continue // Normalize neither adds nor removes 年
			}
			t := strings.TrimSpace(figures.Normalize(raw))
			if !strings.Contains(t, "年") || utf8.RuneCountInString(t) > 24 {
				continue
			}
			if m := headYrRe.FindStringSubmatch(t); m != nil && !dateRe.MatchString(t) {
				y, _ := strconv.Atoi(m[1])
				best = max(best, y)
			}
		}
		if best > 0 && best != draftYear {
			add(best, 1, fmt.Sprintf("表%d 表头最新年份", tb.Index+1))
		}
	}
	if total > 0 {
		most, n := 0, 0
		for y, c := range freq {
			if c > n || c == n && y > most {
				most, n = y, c
			}
		}
		if n*10 >= total*3 && most != draftYear {
			add(most, 2, fmt.Sprintf("正文最常见年份（%d/%d次）", n, total))
		}
	}
	if len(score) == 0 {
		return ReportYear{}
	}
	years := make([]int, 0, len(score))
	for y := range score {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool {
		if score[years[i]] != score[years[j]] {
			return score[years[i]] > score[years[j]]
		}
		return years[i] > years[j]
	})
	best := years[0]
	second := 0
	if len(years) > 1 {
		second = score[years[1]]
	}
	sum := 0
	for _, s := range score {
		sum += s
	}
	sure := score[best] >= 3 && score[best] >= 2*second && score[best]*3 >= sum*2
	// strongest evidence first
	sort.SliceStable(ev, func(i, j int) bool {
		return strings.Contains(ev[i], strconv.Itoa(best)+"年") && !strings.Contains(ev[j], strconv.Itoa(best)+"年")
	})
	return ReportYear{Year: best, Sure: sure, Evidence: ev}
}

// sessionRe: the line under a report's title dating the session it is made to.
var sessionRe = regexp.MustCompile(`^[—\-－ ]*(((?:19|20)[0-9]{2})年([0-9]{1,2})月[0-9]{1,2}日)在.*(?:会议|大会)上$`)

// a report's title: one year and a report word, e.g. "…2023年部门整体支出绩效自评报告"
var reportTitleRe = regexp.MustCompile(`(?:报告|自评表|评价表|决算|预算|公开|说明|公报)$`)

func TestEndsWithReportWordMatchesRegexp(t *testing.T) {
	for _, s := range []string{"", "报告", "2022年报告", "报告。", "报告\n", "自评表", "评价", "决算 ", "说明书", "预算公开", "x\xff说明"} {
		if got, want := endsWithReportWord(s), reportTitleRe.MatchString(s); got != want {
			t.Errorf("endsWithReportWord(%q) = %v, regexp %v", s, got, want)
		}
	}
}

var annualRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年度`)

func TestAnnualYearMatchesRegexp(t *testing.T) {
	for _, s := range []string{"", "年度", "2022年度", "2022 \t年度", "12022年度", "x2022年度y2021年度", "2022年2021年度", "２０２２年度", "202年度", "1899年度2000年度", "年度2022年度"} {
		y, ok := annualYear(s)
		m := annualRe.FindStringSubmatch(s)
		if ok != (m != nil) || ok && strconv.Itoa(y) != m[1] {
			t.Errorf("annualYear(%q) = %d, %v; regexp %q", s, y, ok, m)
		}
	}
}

var headYrRe = regexp.MustCompile(`^((?:19|20)[0-9]{2})\s*年`)

func TestHeadYearMatchesRegexp(t *testing.T) {
	for _, s := range []string{"", "2022", "2022年", "2022 \t年度", "1999年", "2100年", "x2022年", "20222年", "2022月", "２０２２年"} {
		y, ok := headYear(s)
		m := headYrRe.FindStringSubmatch(s)
		if ok != (m != nil) || ok && strconv.Itoa(y) != m[1] {
			t.Errorf("headYear(%q) = %d, %v; regexp %q", s, y, ok, m)
		}
	}
}

func checkReportYear(t *testing.T, d *model.Document) {
	t.Helper()
	us := units(d)
	if got, want := withEvidence(d, us), detectReportYearOracle(d, us); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: detectReportYear = %+v, oracle %+v", d.Name, got, want)
	}
	checkFirstEvidence(t, d, us)
	if got, want := tableHeadYears(d, us), tableHeadYearsAll(d); !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: tableHeadYears = %v, every cell %v", d.Name, got, want)
	}
}

// sectionOrCaptionRe: a line opening with a section's or a table's number.
var sectionOrCaptionRe = regexp.MustCompile(`^\s*(?:表[ 　]*[0-9]|（[一二三四五六七八九十0-9]+）|\([一二三四五六七八九十0-9]+\)|[一二三四五六七八九十0-9]+[、.．])`)

// executionDraftRe: a title on one year's budget execution and the next
// year's draft budget.
var executionDraftRe = regexp.MustCompile(`执行.*草案`)

var reportYearSeeds = []string{
	"关于安澜县2019年预算执行情况和2020年预算草案的报告\n——2020年1月8日在安澜县人民代表大会上\n2019年收入完成13.91亿元，2020年预计增长5%。\n",
	"2022年度部门决算报告\n填报日期：2023年3月1日\n\t项目\t2022年\t2021年\n\n",
	"２０２２年度报告\n落款\n2023年2月3日\n2021年　年末\t１２．３年\n",
	"关于2022年预算执行情况的说明\n\t2022年决算数\t2021 年决算数\n\n（2022年度）\n",
	"2025年部门预算编制说明\n十二、2024年度结转结余情况\n表8 2024年度绩效自评得分表\n（三）2024年度项目\n",
	"x2022年。2021年 2020年．2019年\n编制时间: 2023 年 5 月\n",
}

// checkLines compares the two on lines outside tables, which may hold
// invalid UTF-8 (the text parser refuses it; a .docx may not).
func checkLines(t *testing.T, lines []string) {
	t.Helper()
	us := make([]unit, len(lines))
	for i, l := range lines {
		us[i] = unit{Text: l, Year: strings.Contains(l, "年")}
	}
	d := &model.Document{}
	if got, want := withEvidence(d, us), detectReportYearOracle(d, us); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: detectReportYear = %+v, oracle %+v", lines, got, want)
	}
	checkFirstEvidence(t, d, us)
}

// checkFirstEvidence checks the line a hint quotes, written alone, against
// the first of all the Evidence lines.
func checkFirstEvidence(t *testing.T, d *model.Document, us []unit) {
	t.Helper()
	v := detectReportYear(d, us, nil)
	want := ""
	if ev := withEvidence(d, us).Evidence; len(ev) > 0 {
		want = ev[0]
	}
	if got := v.firstEvidence(); got != want {
		t.Fatalf("%s: firstEvidence = %q, Evidence[0] %q", d.Name, got, want)
	}
}

func TestReportYearMatchesOracle(t *testing.T) {
	checkReportYear(t, ruletest.Seed(t, testenv.Seed(t, "report-2022.txt")))
	for i, s := range reportYearSeeds {
		d, err := text.ParseBytes(context.Background(), []byte(s), fmt.Sprint(i, ".txt"), text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkReportYear(t, d)
	}
	checkLines(t, []string{"x2022年。2021年\xff2020年．2019年", "\xe5\xb92022年度报告", "2021年\xb92022年", " 2022年 "})
	for _, d := range ruletest.Corpus(t, nil) {
		checkReportYear(t, d)
	}
}

func FuzzReportYearLines(f *testing.F) {
	f.Add("2022年度报告", "x2022年。2021年\xff2020年．2019年")
	f.Add("２０２２年度自评报告", "2023年　1月2日")
	f.Add("２０２１年2022年度报告", "x．2022年 2022 　 年度")
	f.Add("2２022年度", "\xef\xbc\x922022年")
	f.Fuzz(func(t *testing.T, a, b string) { checkLines(t, []string{a, b}) })
}

func FuzzReportYear(f *testing.F) {
	for _, s := range reportYearSeeds {
		f.Add([]byte(s))
	}
	for _, s := range ruletest.FuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.ParseBytes(context.Background(), data, "fuzz.txt", text.Options{})
		if err != nil {
			return
		}
		checkReportYear(t, d)
	})
}

func TestRunesAtMost(t *testing.T) {
	for _, s := range []string{"", "a", "年", "年年", "abc", "\xff\xfe", "年\xff", strings.Repeat("年", 24), strings.Repeat("年", 25), strings.Repeat("a", 97)} {
		for n := 0; n <= 100; n++ {
			if got, want := runesAtMost(s, n), utf8.RuneCountInString(s) <= n; got != want {
				t.Errorf("runesAtMost(%q, %d) = %v", s, n, got)
			}
		}
	}
}

func TestMatchDateMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		y, mo, ok := matchDate(s)
		m := dateRe.FindStringSubmatch(s)
		if ok != (m != nil) {
			t.Fatalf("matchDate(%q) ok = %v, dateRe %q", s, ok, m)
		}
		if ok {
			wy, _ := strconv.Atoi(m[1])
			wm, _ := strconv.Atoi(m[2])
			if y != wy || mo != wm {
				t.Fatalf("matchDate(%q) = %d, %d, dateRe %d, %d", s, y, mo, wy, wm)
			}
		}
	}
	for _, s := range []string{"", "2023年3月15日", "2023 年 3 月 15 日", "2023年03月05日", "2023年123月1日", "2023年3月155日",
		"1999年12月31日", "2123年1月1日", "2023年3月15日 ", " 2023年3月15日", "2023年3月15", "2023年\t3\n月 1\r日", "2023年月1日",
		"2023年3月日", "20233年3月1日", "2023年3月1日日", "2023年3月1日。", "2023年１月1日", "2023年3月1日\xff", "２０２３年3月1日", "2023"} {
		check(s)
	}
	// every string of up to five pieces from the pattern's parts
	parts := []string{"2023", "1999", "年", "月", "日", " ", "\t", "1", "12", "123", "0", "x", "１"}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, p := range parts {
			gen(prefix+p, n-1)
		}
	}
	for _, head := range []string{"2023", "2023年", "2023年3月", "2023 年 12 月"} {
		gen(head, 4)
	}
}

func TestMatchFilingMatchesRegexp(t *testing.T) {
	check := func(s string) {
		t.Helper()
		m0, y, mo, ok := matchFiling(s)
		m := filingRe.FindStringSubmatch(s)
		if ok != (m != nil) {
			t.Fatalf("matchFiling(%q) ok = %v, filingRe %q", s, ok, m)
		}
		if ok {
			wy, _ := strconv.Atoi(m[1])
			wm, _ := strconv.Atoi(m[2])
			if m0 != m[0] || y != wy || mo != wm {
				t.Fatalf("matchFiling(%q) = %q %d %d, filingRe %q %d %d", s, m0, y, mo, m[0], wy, wm)
			}
		}
	}
	for _, s := range []string{"", "填报日期：2023年3月", "填报日期:2023年3月15日", "填报日期 ： 2023 年 03 月", "报告时间2023年12月",
		"日期：2023年3月", "制表日期：2023年3月 编制日期：2022年1月", "填报人：张三 填报日期：2023年3月", "填报日期：2023年123月",
		"填报日期：20233年3月", "填报日期：1899年3月", "填报日期：：2023年3月", "填报日期时间：2023年3月", "编制时间 2023年3月",
		"填报日期：2023年月", "填报日期：2023年\t3\n月", "报送日期报送日期：2023年1月", "填报\xff日期：2023年3月"} {
		check(s)
	}
	parts := []string{"填报", "报告", "日期", "时间", "：", ":", " ", "2023", "1899", "年", "月", "1", "12", "123", "x"}
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		check(prefix)
		if n == 0 {
			return
		}
		for _, p := range parts {
			gen(prefix+p, n-1)
		}
	}
	for _, head := range []string{"", "填报日期", "填报日期2023年", "编制时间：2023年1"} {
		gen(head, 4)
	}
}

func TestHasDateWord(t *testing.T) { checkDateWord(t, "填报日期：2023年3月；时间") }

func FuzzHasDateWord(f *testing.F) {
	for _, s := range []string{"", "日期", "时间", "日\xe6\x97期", "\xe6\x97\xe6\x97\xa5期", "明日时间", "时日期", "日", "\xe6"} {
		f.Add(s)
	}
	f.Fuzz(checkDateWord)
}

func checkDateWord(t *testing.T, s string) {
	if got, want := hasDateWord(s), strings.Contains(s, "日期") || strings.Contains(s, "时间"); got != want {
		t.Errorf("hasDateWord(%q) = %v, want %v", s, got, want)
	}
}

// TestReportYearCases checks the year a document is read as, and whether
// the vote is sure enough for the rules to rely on it.
func TestReportYearCases(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		year       int
		sure       bool
	}{
		{"execution and draft", "关于安澜县2019年预算执行情况和2020年预算草案的报告\n一、2019年预算执行情况\n2019年收入完成13.91亿元。\n2019年支出38.83亿元。\n二、2020年预算草案\n2020年收入预计增长5%。\n", 2019, true},
		{"execution and draft, 与", "关于荆阳市2022年预算执行情况与2023年预算草案的报告\n2022年收入完成159.30亿元，2022年支出120.00亿元。\n2023年收入预计增长6%。\n", 2022, true},
		{"two unrelated years", "2019年和2020年工作总结的报告\n2019年收入13.91亿元，2020年收入14.30亿元。\n", 2020, false},
		{"annual", "2022年度部门决算报告\n2022年支出100万元。\n", 2022, true},
		{"execution and draft, the draft's years more frequent", "关于岱川县2024年预算执行情况和2025年预算草案的报告\n——2025年1月10日在岱川县第十八届人民代表大会第五次会议上\n2024年收入完成13.91亿元。\n二、2025年预算草案\n2025年收入预计14.50亿元，2025年支出预计38.00亿元，2025年债务还本2.00亿元。\n", 2024, true},
	} {
		d, err := text.ParseBytes(context.Background(), []byte(tc.text), tc.name+".txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ry := DetectReportYear(d)
		if ry.Year != tc.year || ry.Sure != tc.sure {
			t.Errorf("%s: report year %d (sure %v), want %d (sure %v): %v", tc.name, ry.Year, ry.Sure, tc.year, tc.sure, ry.Evidence)
		}
	}
}
