package scores

import (
	"testing"
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
