package scores

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// squash's no-copy fast path and squashFits must agree with the plain
// rune-by-rune squash.
func TestSquashFastPath(t *testing.T) {
	for _, s := range []string{"", "得分", "得 分", "得\u3000分", "\t分值\n", "a\xffb", "\uFFFD", "一级指标（20分）", " ", "评 价 等 级", "评价\xff等级", "\xff\xfe", "优\n"} {
		if got, want := squash(s), squashSlow(s); got != want {
			t.Errorf("squash(%q) = %q, want %q", s, got, want)
		}
		for max := range 6 {
			if got, want := squashFits(s, max), utf8.RuneCountInString(squashSlow(s)) <= max; got != want {
				t.Errorf("squashFits(%q, %d) = %v, want %v", s, max, got, want)
			}
		}
	}
}

func FuzzSquash(f *testing.F) {
	f.Add("评 价\u3000等级\u2003", 4)
	f.Fuzz(func(t *testing.T, s string, max int) {
		if got, want := squash(s), squashSlow(s); got != want {
			t.Errorf("squash(%q) = %q, want %q", s, got, want)
		}
		if got, want := squashFits(s, max), utf8.RuneCountInString(squashSlow(s)) <= max; got != want {
			t.Errorf("squashFits(%q, %d) = %v, want %v", s, max, got, want)
		}
	})
}

var nameCases = []string{"", "1.产出", "产出a决策", "\xe4\xba产出", "产出\U00020000", "a", "（一）产出指标", "产出指标（50分）", "产出指标(５０分)", "一级指标：效益", "效益类 指标", "指 标", "满意度\u3000指标", "效益\xff指标",
	"指\xff标", "产出", "决策（20 分）", "a类b", "效益指标30分", "１.产出指标", "成本 一级", "\u3000", "其他",
	"一级指标产出类", "类类", "指标a指标", "\xe6指标", "指标", "a一级", "指指标标", "（50分）产出", "产出（50分）（20分）", "x（50分）y"}

// normName's shortcuts and oneLine must agree with the plain forms.
func TestNormNameFastPath(t *testing.T) {
	for _, s := range nameCases {
		checkNormName(t, s)
	}
}

func checkNormName(t *testing.T, s string) {
	if got, want := normName(s), normNameSlow(s); got != want {
		t.Errorf("normName(%q) = %q, want %q", s, got, want)
	}
	if got, want := hanOnly(s), hanOnlyRef(s); got != want {
		t.Errorf("hanOnly(%q) = %q, want %q", s, got, want)
	}
	if got, want := dropNoise(s), nameNoise.Replace(s); got != want {
		t.Errorf("dropNoise(%q) = %q, want %q", s, got, want)
	}
	if got, want := oneLine(s), strings.Join(strings.Fields(s), ""); got != want {
		t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
	}
}

func FuzzNormName(f *testing.F) {
	for _, s := range nameCases {
		f.Add(s)
	}
	f.Fuzz(checkNormName)
}

// hanOnlyRef is hanOnly as first written.
func hanOnlyRef(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
