package figures

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

var labelMatchPairs = [][2]string{
	{"公务用车运行维护费", "公务车辆维护费"},
	{"本部门专项资金项目支出", "项目支出"},
	{"对个人与家庭补助支出", "3、对个人和家庭的补助"},
	{"一般公共服务支出", "服务支出"},
	{"按科目分类年度工资福利支出", "工资福利支出"},
	{"公用经费", "公用支出"},
	{"基本支出", "基本支出"},
	{"机关运行经费", "机关运行费用"},
	{"其他交通费用", "其他交通费"},
	{"a", "ab"},
	{"", "项目支出"},
	{"商品和服务支出合计", "商品和服务支出小计"},
}

// TestLabelMatchesSame checks that the measured-once comparison agrees
// with NormalizedLabelsMatch.
func TestLabelMatchesSame(t *testing.T) {
	for _, p := range labelMatchPairs {
		t.Run(p[0]+"|"+p[1], func(t *testing.T) {
			checkLabelMatch(t, p[0], p[1])
		})
	}
}

func checkLabelMatch(t *testing.T, x, y string) {
	t.Helper()
	na, nb := NormalizeLabel(x), NormalizeLabel(y)
	a, b := NewLabel(na), NewLabel(nb)
	want := NormalizedLabelsMatch(na, nb)
	if got := a.Matches(&b); got != want {
		t.Fatalf("Label(%q).Matches(%q) = %v, NormalizedLabelsMatch says %v", na, nb, got, want)
	}
	if got := b.Matches(&a); got != NormalizedLabelsMatch(nb, na) {
		t.Fatalf("Label(%q).Matches(%q) differs from NormalizedLabelsMatch", nb, na)
	}
	if a.Head() != LabelHead(na) {
		t.Fatalf("Head(%q) = %q, want %q", na, a.Head(), LabelHead(na))
	}
}

// FuzzLabelMatches compares Label.Matches with NormalizedLabelsMatch.
func FuzzLabelMatches(f *testing.F) {
	for _, p := range labelMatchPairs {
		f.Add(p[0], p[1])
	}
	f.Fuzz(func(t *testing.T, x, y string) {
		checkLabelMatch(t, x, y)
	})
}

// TestNormalizeLabelDrops covers the copy path (something removed) and the
// no-copy path (nothing to remove).
func TestNormalizeLabelDrops(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“三公”经费", "三公经费"},
		{"公用 经费", "公用支出"},
		{"《条例》宣传费", "条例宣传费"},
		{"资本性支出", "资本性支出"},
		{"1、工资福利支出（万元）", "工资福利支出"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeLabel(tt.in); got != tt.want {
				t.Fatalf("NormalizeLabel(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// diceCases pairs labels ("a|b") for TestDiceOnStack: empty, one rune,
// invalid bytes, repeated bigrams, longer than the stack buffers.
var diceCases = []string{
	"|", "a|", "公|公", "公用经费|公用支出", "项目支出项目支出|项目项目支出支出", "\xff\xfe|\xff公", "公务用车运行维护费|公务车辆运行维护费",
	strings.Repeat("一般公共预算", 7) + "|" + strings.Repeat("一般公共预算", 7) + "收入", strings.Repeat("ab", 40) + "|" + strings.Repeat("ba", 40),
}

// diceOnStackPair and diceBigramsPair split s at its first "|".
func diceOnStackPair(s string) float64 {
	a, b, _ := strings.Cut(s, "|")
	return diceOnStack(a, b)
}

func diceBigramsPair(s string) float64 {
	a, b, _ := strings.Cut(s, "|")
	return diceBigrams(bigrams(a), bigrams(b))
}

// TestDiceOnStack compares diceOnStack with diceBigrams on bigrams, its
// oracle, and checks that labels of the usual length allocate nothing.
func TestDiceOnStack(t *testing.T) {
	testenv.SameAs(t, "diceOnStack", diceOnStackPair, diceBigramsPair, diceCases...)
	if n := testing.AllocsPerRun(10, func() { diceOnStack("公务用车运行维护费", "公务车辆运行维护费") }); n != 0 {
		t.Errorf("diceOnStack: %v allocations, want 0", n)
	}
}

func FuzzDiceOnStack(f *testing.F) {
	testenv.FuzzSameAs(f, "diceOnStack", diceOnStackPair, diceBigramsPair, diceCases...)
}
