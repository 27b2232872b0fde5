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
	headYrRe = regexp.MustCompile(`^((?:19|20)[0-9]{2})\s*年`)
	// a report's title: one year and a report word, e.g. "…2023年部门整体支出绩效自评报告"
	reportTitleRe = regexp.MustCompile(`(?:报告|自评表|评价表|决算|预算|公开|说明)$`)
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
func detectReportYear(d *model.Document, us []unit) ReportYear {
	score := map[int]int{}
	var ev []string
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
		yms := yearIndex(t, -1)
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
			add(y, 3, "标题「"+shorten(t, 30)+"」")
		}
		if len(yms) == 1 && n <= 60 && titles < 6 && !strings.HasSuffix(t, "。") &&
			am == nil && reportTitleRe.MatchString(t) {
			m := yms[0]
			y, _ := strconv.Atoi(t[m[2]:m[3]])
			titles++
			add(y, 3, "标题「"+shorten(t, 30)+"」")
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
		if best > 0 {
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
	sort.SliceStable(ev, func(i, j int) bool {
		return strings.Contains(ev[i], strconv.Itoa(best)+"年") && !strings.Contains(ev[j], strconv.Itoa(best)+"年")
	})
	return ReportYear{Year: best, Sure: sure, Evidence: ev}
}
