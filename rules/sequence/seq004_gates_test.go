package sequence

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// gateCases hold counts, grades, leads and amounts, and near misses.
var gateCases = []string{
	"", "个", "3个", "共3个项目，投入资金120万元", "项目六个，合计80万元", "共七户。上述企业实现净利润合计X万元",
	"5个项目平均得分95.55分。其中，评价等级为“优”的4个，“良”的2个，“中”的0个", "优秀等级2个，良好等级十个",
	"“优”的三个、“良”的两个", "共划分7个标段，", "分为三个片区。", "共 12 个标段；", "共设置\t五\n个科室、", "共有05个单位，",
	"划分为十一一二三个区域，", "共1二个片区，", "为3个", "设3个（", "12个项目", "二个份元", "\xe4个元", "1\xe4\xb8\xaa元",
	"共\xff3个标段，", "三\xe4\xb8个", "共计十二个科室，",
}

// countThenAmountPlain is countThenAmount testing the numeral first.
func countThenAmountPlain(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] < 0xE4 || (s[i-1] < '0' || s[i-1] > '9') && !(i >= 3 && strings.Contains("二三四五六七八九十两", s[i-3:i])) {
			continue
		}
		switch s[i : i+3] {
		case "个", "份", "项", "家", "所", "户":
			if cjk.Contains(s[i:min(len(s), i+240)], "元") {
				return true
			}
		}
	}
	return false
}

func TestCountThenAmount(t *testing.T) {
	testenv.SameAs(t, "countThenAmount", countThenAmount, countThenAmountPlain, gateCases...)
}

func FuzzCountThenAmount(f *testing.F) {
	testenv.FuzzSameAs(f, "countThenAmount", countThenAmount, countThenAmountPlain, gateCases...)
}

// checkGates fails when a screen says no to a text its regexp matches
// (twice, for gradeCountRe).
func checkGates(t *testing.T, s string) {
	if len(gradeCountRe.FindAllStringIndex(s, -1)) >= 2 && !twoNumeralCounts(s) {
		t.Errorf("twoNumeralCounts(%q) = false; gradeCountRe matches twice", s)
	}
	if nounCountRe.MatchString(s) && !nounCountLead(s) {
		t.Errorf("nounCountLead(%q) = false; nounCountRe matches", s)
	}
}

func TestSEQ004Gates(t *testing.T) {
	for _, s := range gateCases {
		checkGates(t, s)
	}
	// the screens do screen
	for _, s := range []string{"共3个项目", "优的4个", "涉及项目十个，其中：", "共计3项"} {
		if twoNumeralCounts(s) {
			t.Errorf("twoNumeralCounts(%q) = true", s)
		}
	}
	for _, s := range []string{"3个项目共计", "共涉及3个乡镇", "分为：3个", "共3项"} {
		if nounCountLead(s) {
			t.Errorf("nounCountLead(%q) = true", s)
		}
	}
}

func FuzzSEQ004Gates(f *testing.F) {
	for _, s := range gateCases {
		f.Add(s)
	}
	f.Fuzz(checkGates)
}

// clauseCases hold every clause mark, near misses of their bytes and
// invalid UTF-8.
var clauseCases = []string{
	"", "，", ",", "。", "；", ";", "：", ":", "甲、乙、丙3个部门，", "对县教育局、县民政局3个部门；其中", "\xef\xbc", "\xbc\x8c",
	"\xef\xbc\x8d", "\xe3\x80", "\x80\x82", "\xef\xef\xbc\x8c", "\xef\xbc\x8c\x80", "甲\xe3\x80\x82乙", "、\xff，", "（甲、乙）", "a:b,c",
}

func indexClauseMarkPlain(s string) int { return strings.IndexAny(s, listClauseMarks) }

// sentenceClauseStartPlain is namesBeforeCount's walk back, rune by rune.
func sentenceClauseStartPlain(s string) int {
	start := len(s)
	for start > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:start])
		if strings.ContainsRune(listClauseMarks, r) {
			break
		}
		start -= w
	}
	return start
}

func TestClauseMarks(t *testing.T) {
	testenv.SameAs(t, "indexClauseMark", indexClauseMark, indexClauseMarkPlain, clauseCases...)
	testenv.SameAs(t, "sentenceClauseStart", sentenceClauseStart, sentenceClauseStartPlain, clauseCases...)
}

func FuzzIndexClauseMark(f *testing.F) {
	testenv.FuzzSameAs(f, "indexClauseMark", indexClauseMark, indexClauseMarkPlain, clauseCases...)
}

func FuzzSentenceClauseStart(f *testing.F) {
	testenv.FuzzSameAs(f, "sentenceClauseStart", sentenceClauseStart, sentenceClauseStartPlain, clauseCases...)
}
