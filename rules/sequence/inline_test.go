package sequence

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// inlineRe is what inlineLabels finds, kept as its oracle.
var inlineRe = regexp.MustCompile(`[（(]([0-9]{1,2})[）)]|[①-⑳]`)

var inlineCases = []string{
	"", "（1）a（2）b（3）c", "(1)a(2)b", "（12）（123）（1", "((1)", "（（1））", "①②③⑳⑴", "\xe2\x91\x9f\xe2\x91\xa0",
	"\xe2\x91", "（1)（2）(3）", "第（2）项", "（a）", "（１）", "a\xef（1）", "\xe2（1）", "（1\xff）", "(1",
}

func TestInlineLabels(t *testing.T) {
	for _, s := range inlineCases {
		checkInlineLabels(t, s)
	}
}

func FuzzInlineLabels(f *testing.F) {
	for _, s := range inlineCases {
		f.Add(s)
	}
	f.Fuzz(checkInlineLabels)
}

func checkInlineLabels(t *testing.T, s string) {
	var got [][]int
	for im := range inlineLabels(s) {
		a, b, digits := im.Start, im.End, im.Digits
		m := []int{a, b, -1, -1}
		if digits != "" {
			open := len("（")
			if s[a] == '(' {
				open = 1
			}
			m[2], m[3] = a+open, a+open+len(digits)
		}
		got = append(got, m)
	}
	want := inlineRe.FindAllStringSubmatchIndex(s, -1)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("inlineLabels(%q) = %v, want %v", s, got, want)
	}
}

// mayListFromOneRef is mayListFromOne as first written: three searches.
func mayListFromOneRef(txt string) bool {
	return strings.Contains(txt, "1)") || strings.Contains(txt, "1）") || strings.Contains(txt, "①")
}

var fromOneCases = []string{"", "1", "1)", "（1）", "(1)", "11)", "1 )", "12）", "①", "②", "甲1乙1）", "1\xef\xbc", "\xe2\x91", "2)1"}

func TestMayListFromOne(t *testing.T) {
	testenv.SameAs(t, "mayListFromOne", mayListFromOne, mayListFromOneRef, fromOneCases...)
}

func FuzzMayListFromOne(f *testing.F) {
	testenv.FuzzSameAs(f, "mayListFromOne", mayListFromOne, mayListFromOneRef, fromOneCases...)
}

// pairBracketLeadCases hold texts pairBracketRe matches and near misses.
var pairBracketLeadCases = []string{
	"辖5个镇、4个乡（红崖镇、沙泉乡）", "辖五个镇、四个乡（甲镇、乙乡）", "个、（", "5个镇，4个乡（甲镇、乙乡）",
	"共3个项目（甲、乙、丙）", "个", "", "个镇、", "辖5个镇、4个乡（甲镇", "个镇、个乡（（",
	"三个村（甲村、乙村）", "3个重点项目（甲、乙）", "3个（甲、乙）", "3个重点项目类别（甲、乙）", "3个项目,（甲、乙）",
}

// TestPairBracketLead checks the screen against the regexp it stands
// before: whatever the regexp matches, the screen lets through.
func TestPairBracketLead(t *testing.T) {
	for _, s := range pairBracketLeadCases {
		if pairBracketRe.MatchString(s) && !pairBracketLead(s) {
			t.Errorf("pairBracketLead(%q) = false; pairBracketRe matches", s)
		}
	}
	if pairBracketLead("共3个项目（甲、乙、丙）") {
		t.Error("pairBracketLead lets through a text with no 个X、")
	}
}

// TestBracketListLead does the same for bracketListLead.
func TestBracketListLead(t *testing.T) {
	for _, s := range pairBracketLeadCases {
		if bracketListRe.MatchString(s) && !bracketListLead(s) {
			t.Errorf("bracketListLead(%q) = false; bracketListRe matches", s)
		}
	}
	if bracketListLead("3个（甲、乙）") || bracketListLead("共3个重点项目类别（甲、乙）") {
		t.Error("bracketListLead lets through a text bracketListRe cannot match")
	}
}

func FuzzPairBracketLead(f *testing.F) {
	for _, s := range pairBracketLeadCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if pairBracketRe.MatchString(s) && !pairBracketLead(s) {
			t.Errorf("pairBracketLead(%q) = false; pairBracketRe matches", s)
		}
		if bracketListRe.MatchString(s) && !bracketListLead(s) {
			t.Errorf("bracketListLead(%q) = false; bracketListRe matches", s)
		}
	})
}
