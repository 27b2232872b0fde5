package years

import (
	"strings"
	"testing"
)

var trimCases = []string{
	"", " ", "年", " 2022年 ", "2022年。", "\u3000标题\u3000", "\u00a0x\u0085", "x\u2028", "\u205fx", "\u200bx",
	"\u1680a\u180e", "\xe3\x80", "\xe3\x80\x80\xe3", "\xc2", "\xc2\xa0\xc2", "a\xe2\x80\x8a", "a\xe2\x80\x8b", "\t\n\v\f\r",
}

func TestTrimSpaceMatchesStrings(t *testing.T) {
	for _, s := range trimCases {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
		}
	}
	// every rune up to U+3100 alone, before and after text
	for r := rune(0); r < 0x3100; r++ {
		for _, s := range []string{string(r), string(r) + "年", "年" + string(r)} {
			if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
				t.Fatalf("trimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
			}
		}
	}
}

func FuzzTrimSpace(f *testing.F) {
	for _, s := range trimCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Fatalf("trimSpace(%q) = %q, strings.TrimSpace %q", s, got, want)
		}
	})
}
