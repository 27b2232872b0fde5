package scores

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// checkTotalBeforeQizhong fails when totalBeforeQizhong says a text holds
// no total before a 其中 but one of its sentences does, as SCR007 looks
// for it: proseTotalRe before the sentence's first 其中.
func checkTotalBeforeQizhong(t *testing.T, s string) {
	if totalBeforeQizhong(s, 0, keywordEnds(s, nil)) {
		return
	}
	for _, r := range figures.AppendSentences(nil, s) {
		sent := s[r.Start:r.End]
		if i := strings.Index(sent, "其中"); i >= 0 && proseTotalRe.re.MatchString(sent[:i]) {
			t.Fatalf("totalBeforeQizhong(%q) = false, but sentence %q holds a total before 其中", s, sent)
		}
	}
}

var totalCases = []string{"", "其中", "得分95分，其中产出40分", "总分100分。其中", "其中得分95分", "满分100分，其中：产出50分",
	"自评得分为95.99分，其中：产出指标47分，效益指标30分，满意度指标9分", "部分资金，其中分配到", "得分\n其中", "总分值 100 分其中"}

func TestTotalBeforeQizhong(t *testing.T) {
	for _, s := range totalCases {
		checkTotalBeforeQizhong(t, s)
	}
	if !totalBeforeQizhong("得分95分，其中产出40分", 0, keywordEnds("得分95分，其中产出40分", nil)) {
		t.Error("a total before 其中 not found")
	}
}

func FuzzTotalBeforeQizhong(f *testing.F) {
	for _, s := range totalCases {
		f.Add(s)
	}
	f.Fuzz(checkTotalBeforeQizhong)
}

// sameNameRef is sameName on []rune copies, as it was written first.
func sameNameRef(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	return len(ra) >= 2 && string(rb[:len(ra)]) == string(ra)
}

func FuzzSameName(f *testing.F) {
	for _, c := range [][2]string{{"产出", "产出指标"}, {"效益", "效"}, {"\xff\xfe", "\xfe\xff\xfe"}, {"a", "ab"}, {"满意度", "满意度"}, {"产出", "效益"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := sameName(a, b), sameNameRef(a, b); got != want {
			t.Fatalf("sameName(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}
