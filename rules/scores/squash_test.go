package scores

import (
	"testing"
	"unicode/utf8"
)

// squash's no-copy fast path and squashRunes must agree with the plain
// rune-by-rune squash.
func TestSquashFastPath(t *testing.T) {
	for _, s := range []string{"", "得分", "得 分", "得\u3000分", "\t分值\n", "a\xffb", "\uFFFD", "一级指标（20分）", " "} {
		if got, want := squash(s), squashSlow(s); got != want {
			t.Errorf("squash(%q) = %q, want %q", s, got, want)
		}
		if got, want := squashRunes(s), utf8.RuneCountInString(squashSlow(s)); got != want {
			t.Errorf("squashRunes(%q) = %d, want %d", s, got, want)
		}
	}
}
