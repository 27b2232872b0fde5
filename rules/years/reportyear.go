package years

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// ReportYear is the year a report is about, with the votes behind it.
type ReportYear struct {
	Year     int      // 0 when undetermined
	Sure     bool     // the vote is clear enough for year rules to rely on
	Evidence []string // Chinese, one line per vote, strongest first
}

var (
	annualRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年度`)
	filingRe = regexp.MustCompile(`(?:填报|填表|报送|编制|报告|制表)(?:日期|时间)\s*[:：]?\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月`)
	dateRe   = regexp.MustCompile(`^((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日$`)
)

type yearKey struct{}

// reportYear returns the document's report year, computed once per pass.
func reportYear(p *audit.Pass) ReportYear {
	return audit.Fact(p, yearKey{}, func(d *model.Document) ReportYear { return detectReportYear(d, unitsOf(p)) })
}

// DetectReportYear votes on the report year: a short title-like line with
// "2022年度" counts 3, a "（2022年度）" note 3, a filing date in the first
// half of 2023 counts 2 for 2022, the latest year heading table columns
// counts 1 per table, and the most frequent year in the text 2.
func DetectReportYear(d *model.Document) ReportYear { return detectReportYear(d, units(d)) }

// detectReportYear is DetectReportYear over the document's units.
//
// The votes read each line normalised (figures.Normalize), but normalising
// copies nearly every Chinese line (its full-width punctuation changes), so
// a line is normalised only when a character could change a year match
// (yearSensitive) or a vote quotes it. reportyear_test.go keeps the
// normalise-everything form as the oracle.
func detectReportYear(d *model.Document, us []unit) ReportYear {
	score := map[int]int{}
	var ev []string
	add := func(y, w int, why string) {
		score[y] += w
		ev = append(ev, why+" → "+strconv.Itoa(y)+"年（权重"+strconv.Itoa(w)+"）")
	}
	freq := map[int]int{}
	total := 0
	titles := 0
	for _, u := range us {
		if !containsHan(u.Text, "年") {
			continue
		}
		// Normalize(TrimSpace(x)) == TrimSpace(Normalize(x)): it maps one
		// rune to one and spaces to spaces.
		t := strings.TrimSpace(u.Text)
		nt := ""
		norm := func() string {
			if nt == "" { // t holds 年: its normal form is never empty
				nt = figures.Normalize(t)
			}
			return nt
		}
		scan := t // what the year patterns match: t has the same matches as its normal form
		if yearSensitive(t) {
			scan = norm()
		}
		nyears, firstYear := 0, 0
		ys := yearScanner{s: scan}
		for {
			m, ok := ys.next()
			if !ok {
				break
			}
			y := yearAt(scan, m)
			if nyears == 0 {
				firstYear = y
			}
			nyears++
			freq[y]++
			total++
		}
		// A title is a short line that does not end a sentence. annualRe
		// needs literal text and matters only there: skip it cheaply.
		title := runesAtMost(t, 60) && !strings.HasSuffix(t, "。")
		var am []string
		if title && titles < 6 && strings.Contains(t, "年度") {
			am = annualRe.FindStringSubmatch(scan)
		}
		if m := am; m != nil {
			y, _ := strconv.Atoi(m[1])
			titles++
			add(y, 3, "标题「"+shorten(norm(), 30)+"」")
		}
		if nyears == 1 && title && titles < 6 && am == nil && endsWithReportWord(t) {
			titles++
			add(firstYear, 3, "标题「"+shorten(norm(), 30)+"」")
		}
		var fm []string
		if strings.Contains(t, "日期") || strings.Contains(t, "时间") {
			fm = filingRe.FindStringSubmatch(norm())
		}
		if m := fm; m != nil {
			y, _ := strconv.Atoi(m[1])
			if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 6 {
				add(y-1, 2, "填报日期「"+m[0]+"」（上半年填报上年度报告）")
			}
		} else if u.Cell == nil && startsWithYearDigit(t) && strings.HasSuffix(t, "日") {
			// dateRe is anchored at a year and 日
			if m := dateRe.FindStringSubmatch(norm()); m != nil {
				y, _ := strconv.Atoi(m[1])
				if mo, _ := strconv.Atoi(m[2]); mo >= 1 && mo <= 4 {
					add(y-1, 1, "落款日期「"+norm()+"」")
				}
			}
		}
	}
	for _, tb := range d.Tables {
		best := 0
		for _, c := range tb.Cells {
			raw := d.Slice(c.Span)
			if !containsHan(raw, "年") {
				continue // Normalize neither adds nor removes 年
			}
			// headYrRe is anchored at a year: a cell that cannot start
			// with one, or is too long, is skipped before normalising
			t := strings.TrimSpace(raw)
			if !startsWithYearDigit(t) || !runesAtMost(t, 24) {
				continue
			}
			t = figures.Normalize(t)
			if y, ok := headYear(t); ok && !(strings.HasSuffix(t, "日") && dateRe.MatchString(t)) {
				best = max(best, y)
			}
		}
		if best > 0 {
			add(best, 1, "表"+strconv.Itoa(tb.Index+1)+" 表头最新年份")
		}
	}
	if total > 0 {
		most, n := 0, 0
		for y, c := range freq {
			if c > n || c == n && y > most {
				most, n = y, c
			}
		}
		if n*10 >= total*3 {
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
	bestYear := strconv.Itoa(best) + "年"
	sort.SliceStable(ev, func(i, j int) bool {
		return strings.Contains(ev[i], bestYear) && !strings.Contains(ev[j], bestYear)
	})
	return ReportYear{Year: best, Sure: sure, Evidence: ev}
}

// yearSensitive reports whether t holds a character that normalising turns
// into one a year match depends on: a full-width digit (０-９), the
// full-width point (．) or the ideographic space (U+3000). Without one, t
// and figures.Normalize(t) have the same year matches, year for year.
func yearSensitive(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		switch t[i] {
		case 0xEF: // U+FF0E ．, U+FF10-FF19 ０-９: EF BC 8E, EF BC 90-99
			if t[i+1] == 0xBC && (t[i+2] == 0x8E || t[i+2] >= 0x90 && t[i+2] <= 0x99) {
				return true
			}
		case 0xE3: // U+3000: E3 80 80
			if t[i+1] == 0x80 && t[i+2] == 0x80 {
				return true
			}
		}
	}
	return false
}

// reportWords end a report's title: one year and a report word, e.g.
// "…2023年部门整体支出绩效自评报告".
var reportWords = []string{"报告", "自评表", "评价表", "决算", "预算", "公开", "说明"}

// endsWithReportWord matches (?:报告|自评表|…)$, the regexp it replaces
// (reportyear_test.go).
func endsWithReportWord(t string) bool {
	for _, w := range reportWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// runesAtMost reports utf8.RuneCountInString(s) <= n, counting no further
// than it must.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true // a rune has at least one byte
	}
	if len(s) > n*utf8.UTFMax {
		return false
	}
	c := 0
	for range s {
		if c++; c > n {
			return false
		}
	}
	return true
}

// startsWithYearDigit reports whether t starts with 1 or 2, ASCII or
// full-width: the first character of a year (19xx, 20xx) once normalised.
func startsWithYearDigit(t string) bool {
	return t != "" && (t[0] == '1' || t[0] == '2') || strings.HasPrefix(t, "１") || strings.HasPrefix(t, "２")
}

// headYear matches ^((?:19|20)[0-9]{2})\s*年 (a header starting with a
// year) and returns the year.
func headYear(t string) (int, bool) {
	if len(t) < 4 || !isYear(t[:4]) {
		return 0, false
	}
	i := 4
	for i < len(t) && isSpace(t[i]) {
		i++
	}
	if !strings.HasPrefix(t[i:], "年") {
		return 0, false
	}
	return yearAt(t, [4]int{0, i + len("年"), 0, 4}), true
}
