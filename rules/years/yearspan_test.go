package years

import (
	"regexp"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// yearSpanRe is yearSpan's oracle.
var yearSpanRe = regexp.MustCompile(`(^|[^0-9])(19|20)\d{2}[ \t]*(—|–|-|－|~|～|至|到)[ \t]*(19|20)\d{2}[ \t]*年`)

var yearSpanCases = []string{
	"2013—2017年，全县一般公共预算收入由77518.82万元增加到115194.31万元",
	"2019-2023年累计", "2020 至 2024 年", "2020至2024年度", "2022年比2021年增长", "12020—2023年",
	"2020—202年", "1999～2001年", "2020-2021", "第2020—2021", "", "2020—", "—2021年",
}

func TestYearSpan(t *testing.T) {
	testenv.SameAs(t, "yearSpan", yearSpan, yearSpanRe.MatchString, yearSpanCases...)
}

func FuzzYearSpan(f *testing.F) {
	testenv.FuzzSameAs(f, "yearSpan", yearSpan, yearSpanRe.MatchString, yearSpanCases...)
}
