package prose

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// PRS010 checks a compound annual growth rate against the two figures it
// joins.
var PRS010 = &audit.Rule{
	ID:       "PRS010",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "年均增长率与首末两年的数不符",
		TitleEN: "Average annual growth differs from the two years' figures",
		Explain: "句中写出首年数 Y、末年数 X 和“年均增长R%”（“2023年支出5428.05万元，比2019年的4137.59万元增长31.19%，年均增长7.02%”，" +
			"“2013—2017年，收入由Y增加到X，年均增长R%”）时，R 应等于 (X ÷ Y)^(1/n) − 1，n 为两年相隔的年数（按各数的四舍五入区间比较）。" +
			"把累计增幅除以年数（31.19% ÷ 4 = 7.80%）是常见的错算。年数只从两数所写的年份或句中的“YYYY—YYYY年”读出；写明可比价等口径的不检查。",
		ExplainEN: "When a sentence gives the first year's figure Y, the last year's X and an average annual growth R (年均增长), " +
			"R must be (X ÷ Y)^(1/n) − 1 over the n years between them, within rounding. Dividing the total growth by the " +
			"number of years is the usual slip. The years come only from the two figures or a span \"YYYY—YYYY年\" in the sentence.",
		Bad:  "2023年部门支出合计5428.05万元，比2019年的4137.59万元增长31.19%，年均增长7.80%。",
		Good: "2023年部门支出合计5428.05万元，比2019年的4137.59万元增长31.19%，年均增长7.02%。",
	},
	Run: runPRS010,
}

func runPRS010(p *audit.Pass) {
	for _, u := range units(p) {
		for _, c := range u.st.Comparisons {
			if c.Annual == nil || c.Cur == nil || c.Base == nil || c.Comparable || c.Annual.Approx || c.Cur.Approx || c.Base.Approx ||
				c.Cur.Percent || c.Base.Percent || c.Cur.Unit != c.Base.Unit || c.Base.Mant <= 0 || c.Cur.Mant <= 0 {
				continue
			}
			n := c.Cur.Year - c.Base.Year
			if c.Cur.Year == 0 || c.Base.Year == 0 {
				n = spanYears(u.text[u.sentenceOf(c.Annual.Start).Start:c.Annual.Start])
			}
			if n < 2 || n > 30 {
				continue
			}
			checkAnnual(p, u, c, n)
		}
	}
}

// checkAnnual reports c's annual rate when no values within the rounding
// of the figures give it: (X ÷ Y)^(1/n) − 1 over the intervals of X and Y,
// widened by half a unit of the rate's last digit.
func checkAnnual(p *audit.Pass, u *unit, c figures.Comparison, n int) {
	half := func(q *figures.Quantity) float64 { return 0.5 * math.Pow(10, -float64(q.Dec)) }
	x, y := c.Cur.Float(), c.Base.Float()
	lo := math.Pow((x-half(c.Cur))/(y+half(c.Base)), 1/float64(n)) - 1
	hi := math.Pow((x+half(c.Cur))/(y-half(c.Base)), 1/float64(n)) - 1
	r := c.Annual.Float() / 100
	if c.RateSign < 0 || c.DiffSign < 0 || cjk.Contains(u.text[c.Annual.LeadStart:c.Annual.Start], "下降") {
		r = -r
	}
	tol := half(c.Annual) / 100
	if r >= lo-tol && r <= hi+tol {
		return
	}
	exact := math.Pow(x/y, 1/float64(n)) - 1
	dec := max(c.Annual.Dec, 2)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Annual),
		Expr:       fmt.Sprintf("(%s ÷ %s)^(1/%d) − 1 = %s%% ≠ %s", c.Cur.String(), c.Base.String(), n, strconv.FormatFloat(exact*100, 'f', dec, 64), show(*c.Annual)),
		Expected:   strconv.FormatFloat(exact*100, 'f', c.Annual.Dec, 64) + "%",
		Actual:     show(*c.Annual),
		Confidence: 0.7,
		Related:    spans(u, c.Cur, c.Base),
	}
	f.Message = fmt.Sprintf("写「年均增长%s」，按 %s 与 %s 相隔 %d 年计算应为 %s%%。", show(*c.Annual), show(*c.Cur), show(*c.Base), n, strconv.FormatFloat(exact*100, 'f', c.Annual.Dec, 64))
	f.MessageEN = fmt.Sprintf("The average annual growth %s does not match (%s ÷ %s)^(1/%d) − 1.", show(*c.Annual), c.Cur.String(), c.Base.String(), n)
	if total := x/y - 1; math.Abs(total/float64(n)-math.Abs(r)) <= tol+0.00005 {
		f.Hint = fmt.Sprintf("%s 是累计增幅 %s%% 除以 %d 的结果：年均增长应按复合增长计算。", show(*c.Annual), strconv.FormatFloat(total*100, 'f', 2, 64), n)
		f.HintEN = "The stated rate is the total growth divided by the number of years: an average annual rate compounds."
	}
	locate(p, u, &f, c.Annual.Start)
	p.Report(f)
}

// spanYears returns the number of years of the first span written in s
// (2013—2017年: 4), 0 if none.
func spanYears(s string) int {
	for i := 0; i+4 <= len(s); i++ {
		a, err := strconv.Atoi(s[i:min(i+4, len(s))])
		if err != nil || a < 1990 || a > 2100 || i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		j := i + 4
		r, w := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune("—–-－~～至到", r) || w == 0 {
			continue
		}
		k := j + w
		if k+4 > len(s) {
			return 0
		}
		b, err := strconv.Atoi(s[k : k+4])
		if err == nil && b > a && strings.HasPrefix(s[k+4:], "年") {
			return b - a
		}
	}
	return 0
}
