package figures

import (
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// normalizeLabelCases cover both paths of NormalizeLabel: a label that is
// its own normalised form, and one changed in the buffer whose result is a
// part of it, a synonym or a copy; labels longer than the buffer, invalid
// bytes, trimmed punctuation around a synonym, units made by removing
// others.
var normalizeLabelCases = []string{
	"", "资本性支出", "公用经费", "公用经费：", "：公用经费、", "三、公用经费", "（一）基本支出", "其中：办公费",
	"其中:办公费", "合    计", "“三公经费”支出", "2022年（万元）", "2021年项目支出（万元）", "因公出国（境）费用",
	"2、因公出国(境)费用", "实际支出公用经费总额", "指标7：“三公经费”控制率", "三公经费", "((元)万元)",
	"(万(元)元)", "收入(%)合计(千元)", "\xff公用经费", "公用\xe4经费", "１２３", "①公务接待费", "第一", "(1)(2)",
	strings.Repeat("一般公共预算财政拨款收入（万元）", 8), strings.Repeat("公用 经费", 20), "、.,，;；", "其中",
}

// TestNormalizeLabelSameAsSlow compares NormalizeLabel with the plain code
// on the cases and on every line and cell of the seed report.
func TestNormalizeLabelSameAsSlow(t *testing.T) {
	cases := append([]string(nil), normalizeLabelCases...)
	if data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			cases = append(cases, line)
			cases = append(cases, strings.Split(line, "\t")...)
		}
	}
	testenv.SameAs(t, "NormalizeLabel", NormalizeLabel, normalizeLabelSlow, cases...)
}

func FuzzNormalizeLabel(f *testing.F) {
	testenv.FuzzSameAs(f, "NormalizeLabel", NormalizeLabel, normalizeLabelSlow, normalizeLabelCases...)
}

// TestNormalizeLabelAllocs checks the point of the fast path: a label
// whose result is a part of it, or a synonym's canonical form, is not
// copied.
func TestNormalizeLabelAllocs(t *testing.T) {
	for _, s := range []string{"资本性支出", "三、公用经费", "（一）基本支出", "其中：办公费", "2022年项目支出（万元）", "公用经费：", "收入总额"} {
		if n := testing.AllocsPerRun(10, func() { NormalizeLabel(s) }); n != 0 {
			t.Errorf("NormalizeLabel(%q): %v allocations, want 0", s, n)
		}
	}
}

func TestCutNumbering(t *testing.T) {
	for _, c := range []struct {
		in, rest string
		ok       bool
	}{
		{"2.公立医院改革补助项目：…", "公立医院改革补助项目：…", true},
		{"2、资金", "资金", true},
		{"12．资金", "资金", true},
		{"（2）资金执行率。", "资金执行率。", true},
		{"(三)绩效目标", "绩效目标", true},
		{"一、基本情况", "基本情况", true},
		{"①资金", "资金", true},
		{"2.2型糖尿病", "2型糖尿病", true},
		{"（注：单位万元）", "（注：单位万元）", false},
		{"2023年资金", "2023年资金", false},
		{"资金2.5万元", "资金2.5万元", false},
		{"", "", false},
	} {
		if rest, ok := CutNumbering(c.in); rest != c.rest || ok != c.ok {
			t.Errorf("CutNumbering(%q) = %q, %v; want %q, %v", c.in, rest, ok, c.rest, c.ok)
		}
	}
}
