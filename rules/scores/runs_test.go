package scores

import (
	"math/rand/v2"
	"regexp/syntax"
	"slices"
	"testing"
)

// Each runRegexp must find what its plain regexp finds.
func runRegexps() []*runRegexp {
	return []*runRegexp{bandRe, lowRe, highRe, gradeBandRe, spanRe, gradeSpanRe, gradeHighRe, gradeLowRe, gradeRe, totalRe, proseTotalRe}
}

var runCases = []string{
	"90（含）—100分为优；80（含）—90分为良；60（含）-80分为中；60分以下为差。",
	"自评得分为87.5分，等级：良。总分95分，评价等次为“优”。", "60分以下的评为差，90分及以上为优秀", "90分（含）以上为优",
	"得分 9 5 分 等级 优", "评定为合格", "评定等级：不合格", "\xe5\x88\x86以下", "1\xff分以下为差", "总分\n：\t100", "以下60分以下为差以下",
	"等级等级：优等次：良", "评价结果是中等", "90（含）~～100分（不含）以下的定为优",
	"自评得分为95.99分，其中", "总分值100分", "满分：10 分，得分9分", "总分为 9 5分",
}

func TestRunRegexps(t *testing.T) {
	for _, s := range runCases {
		checkRunRegexps(t, s)
	}
}

// TestRunRegexpsRandom splices pieces of the cases with other characters.
func TestRunRegexpsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var atoms []string
	for _, c := range runCases {
		for _, r := range c {
			atoms = append(atoms, string(r))
		}
	}
	atoms = append(atoms, "年", "a", " ", "\xff", "分以下", "以上", "（含）", "等级", "总分", "得分", "满分", "总分值", "9", "为")
	for range 20000 {
		var b []byte
		for range rng.IntN(30) {
			b = append(b, atoms[rng.IntN(len(atoms))]...)
		}
		checkRunRegexps(t, string(b))
	}
}

func FuzzRunRegexps(f *testing.F) {
	for _, s := range runCases {
		f.Add(s)
	}
	f.Fuzz(checkRunRegexps)
}

func checkRunRegexps(t *testing.T, s string) {
	t.Helper()
	for _, x := range runRegexps() {
		got := x.FindAllStringSubmatchIndex(s)
		want := x.re.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%s in %q: %v, want %v", x.re, s, got, want)
		}
	}
	// findAt, given the keyword characters of s within a longer text
	full := "分x" + s + "含"
	base := len("分x")
	var keys []int32
	for _, e := range keywordEnds(full, nil) {
		if int(e) >= base+2 && int(e) < base+len(s) {
			keys = append(keys, e)
		}
	}
	for _, x := range runRegexps() {
		got := x.findAt(s, base, keys)
		want := x.re.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("findAt %s in %q: %v, want %v", x.re, s, got, want)
		}
	}
	// SCR007 takes proseTotalRe's first match
	var first []int
	if all := proseTotalRe.FindAllStringSubmatchIndex(s); all != nil {
		first = all[0]
	}
	if want := proseTotalRe.re.FindStringSubmatchIndex(s); !slices.Equal(first, want) {
		t.Fatalf("first %s in %q: %v, want %v", proseTotalRe.re, s, first, want)
	}
}

// TestNeedsDigit: the patterns whose matches all hold a digit are those
// that skip the stretches without one.
func TestNeedsDigit(t *testing.T) {
	for _, x := range runRegexps() {
		if want := x != gradeRe; x.digits != want {
			t.Errorf("%s: digits %v, want %v", x.re, x.digits, want)
		}
	}
	for expr, want := range map[string]bool{`[0-9]`: true, `[0-9]?`: false, `a|1`: false, `(?:1|2)b`: true, `[0-9a]`: false,
		`9{0,2}`: false, `9{1,2}`: true, `(9)`: true, `\d`: true, `[^a]`: false, `x*9*`: false} {
		re, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := needsDigit(re); got != want {
			t.Errorf("needsDigit(%s) = %v, want %v", expr, got, want)
		}
	}
}
