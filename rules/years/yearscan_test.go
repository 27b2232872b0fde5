package years

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The regexps the scanners of yearscan.go replace, as their specification.
var (
	// a four-digit year followed by 年, not part of a longer number
	yearRe = regexp.MustCompile(`(?:^|[^0-9０-９.])((?:19|20)[0-9]{2})\s*年`)
	// relative year words
	relRe = regexp.MustCompile(`本年度|本年|今年|当年|上年度|上年|去年|上一年度|上一年`)
	// a year with its 年, masked in paragraphs compared by YR004
	maskRe = regexp.MustCompile(`(?:19|20)[0-9]{2}\s*年`)
)

// yearIndex must agree with the regexp it replaces, match for match.
func TestYearIndexMatchesRegexp(t *testing.T) {
	cases := []string{
		"", "年", "2022年", "2022 年度", "2022\t\n年", "x2022年", "12022年", "1.2022年",
		"１2022年", "2021年2022年", "2021年、2022年", "年2022年", "2022年2022年2023年",
		"1899年1900年2099年2100年", "截至2022年12月31日，较2021年增加", "20221年", "202 2年",
		"2022年度与2021年度对比", "\xff2022年", "2022", "年年2020年年",
		"表1 2019年至2021年", "。2020年", "２０２２年",
	}
	for _, s := range cases {
		for _, n := range []int{-1, 1} {
			want := yearRe.FindAllStringSubmatchIndex(s, n)
			got := yearIndex(s, n)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("yearIndex(%q, %d) = %v, regexp %v", s, n, got, want)
			}
		}
	}
}

func FuzzYearIndex(f *testing.F) {
	for _, s := range []string{"2022年", "较2021年增加", "年2022年", "2021年2022 年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := yearRe.FindAllStringSubmatchIndex(s, -1)
		if got := yearIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("yearIndex(%q) = %v, regexp %v", s, got, want)
		}
		checkWatch(t, s)
	})
}

// checkWatch: a scan run to its end with watch set finds the same
// matches, and knows whether s is yearSensitive.
func checkWatch(t *testing.T, s string) {
	ys := yearScanner{s: s, watch: true}
	var got [][]int
	for {
		m, ok := ys.next()
		if !ok {
			break
		}
		got = append(got, []int{m[0], m[1], m[2], m[3]})
	}
	if want := yearIndex(s, -1); !reflect.DeepEqual(got, want) {
		t.Errorf("watched scan of %q = %v, want %v", s, got, want)
	}
	if ys.sensitive != yearSensitive(s) {
		t.Errorf("watched scan of %q: sensitive %v, yearSensitive %v", s, ys.sensitive, yearSensitive(s))
	}
}

func TestWatch(t *testing.T) {
	for _, s := range []string{"", "年", "2022年", "２０２２年", "2021年与２０２２年", "2021　年", "１年2022年", "2022．年", "年年２年", "2022 \u3000年"} {
		checkWatch(t, s)
	}
}

// labelStrip is the regexp label used to apply; label must agree with it.
var labelStrip = regexp.MustCompile(`(?:19|20)[0-9]{2}\s*年度?|本年度?|上年度?|今年|去年|同比|较|比|为|达到|达|共计|合计为|约|其中`)

func labelRegexp(s string) string {
	s = labelStrip.ReplaceAllString(s, "")
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestLabelMatchesRegexp(t *testing.T) {
	for _, s := range []string{
		"", "2022年度一般公共预算支出", "2022 年收入", "12022年度", "本年度收入较上年度增长", "本年上年今年去年",
		"合计为达到达共计约其中比为", "同比增长", "20221年", "2022年度度", "基本支出（2021年）",
	} {
		if got, want := label(s), labelRegexp(s); got != want {
			t.Errorf("label(%q) = %q, regexp %q", s, got, want)
		}
	}
}

func FuzzLabel(f *testing.F) {
	f.Add("2022年度一般公共预算支出较上年度增长")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := label(s), labelRegexp(s); got != want {
			t.Fatalf("label(%q) = %q, regexp %q", s, got, want)
		}
	})
}

func TestRelAndMoneyIndexMatchRegexp(t *testing.T) {
	for _, s := range []string{
		"", "本年度收入较上年度增长", "本年上年今年去年当年", "上一年度上一年", "年上一年", "本年年度", "上年度度",
		"一年", "本一年", "上上年", "上一上年", "12.34.5元", "1,234.56万元", "3 亿元", "5万亿元", "1.元", "0.5千元",
		"2022年收入100元，较上年增加20万元", "12,,3元", "１２元", "1.2.3万元",
		"12.5%，3,4,5 万元", "1,2.3.4,5元", "20,22年9元", "1.2,3元",
		"万元5万元", "5 万 亿元", "12万亿元", "3.5千万元", "1,000 千元元", "元12元", "x1.2.3 万元，4亿元",
	} {
		if got, want := relIndex(s), relRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("relIndex(%q) = %v, regexp %v", s, got, want)
		}
		if got, want := moneyIndex(s), moneyRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("moneyIndex(%q) = %v, regexp %v", s, got, want)
		}
		checkNextMoney(t, s)
	}
}

func TestMaskYearsMatchesRegexp(t *testing.T) {
	for _, s := range []string{"", "2022年", "2022 年度与2021\t年", "年2022年", "12022年", "2022年2023年", "20222年", "2022", "1999年2100年"} {
		if got, want := maskYears(s), maskRe.ReplaceAllString(s, "#年"); got != want {
			t.Errorf("maskYears(%q) = %q, regexp %q", s, got, want)
		}
	}
}

func FuzzMaskYears(f *testing.F) {
	f.Add("2022年度与2021 年相比")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := maskYears(s), maskRe.ReplaceAllString(s, "#年"); got != want {
			t.Fatalf("maskYears(%q) = %q, regexp %q", s, got, want)
		}
	})
}

func FuzzRelMoneyIndex(f *testing.F) {
	for _, s := range []string{"本年度收入较上年度增长12.5万元", "上一年度1,2.3 亿元"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := relIndex(s), relRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("relIndex(%q) = %v, regexp %v", s, got, want)
		}
		if got, want := moneyIndex(s), moneyRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Fatalf("moneyIndex(%q) = %v, regexp %v", s, got, want)
		}
		checkNextMoney(t, s)
	})
}

// checkNextMoney: nextMoney from any offset finds what scanMoney, the
// plain scan, finds.
func checkNextMoney(t *testing.T, s string) {
	t.Helper()
	for i := 0; i <= len(s); i++ {
		got, ok := nextMoney(s, i)
		want, wok := scanMoney(s, i)
		if got != want || ok != wok {
			t.Fatalf("nextMoney(%q, %d) = %v, %v; scanMoney %v, %v", s, i, got, ok, want, wok)
		}
	}
}

var indexHanCases = []string{"截止", "x截止", "止截止", "截\xe6止", "截截止止", "止", "截", "\xad\xa2截止", "", "年", "x年", "年年", "\xb4", "\xb9\xb4", "\xe5\xb9", "\xe5\xb9\xb4", "a\xe5\xb9\xb4b", "\xb4\xe5\xb9\xb4", "2022年度", "本年度收入较上年度增长"}

func TestIndexHanMatchesIndex(t *testing.T) {
	for _, s := range indexHanCases {
		for _, w := range []string{"年", "元", "至"} {
			if got, want := indexHan(s, w), strings.Index(s, w); got != want {
				t.Errorf("indexHan(%q, %q) = %d, strings.Index %d", s, w, got, want)
			}
		}
		if got, want := containsHan2(s, "截", "止"), strings.Contains(s, "截止"); got != want {
			t.Errorf("containsHan2(%q) = %v, strings.Contains %v", s, got, want)
		}
	}
}

func FuzzIndexHan(f *testing.F) {
	for _, s := range indexHanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range []string{"年", "元", "至"} {
			if got, want := indexHan(s, w), strings.Index(s, w); got != want {
				t.Fatalf("indexHan(%q, %q) = %d, strings.Index %d", s, w, got, want)
			}
		}
		if got, want := containsHan2(s, "截", "止"), strings.Contains(s, "截止"); got != want {
			t.Fatalf("containsHan2(%q) = %v, strings.Contains %v", s, got, want)
		}
	})
}

func TestWithoutSpaceMatchesFields(t *testing.T) {
	for _, c := range [][3]string{{"", "#", ""}, {"2022年", "#", " 决算数 "}, {" a\u3000b", "#", "c\td"}, {"\xe5\xb9", "#", "\xff x"}, {"（万元）", "#", "年度"}} {
		if got, want := withoutSpace(c[0], c[1], c[2]), strings.Join(strings.Fields(c[0]+c[1]+c[2]), ""); got != want {
			t.Errorf("withoutSpace(%q) = %q, want %q", c, got, want)
		}
	}
}
