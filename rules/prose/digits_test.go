package prose

import "testing"

// hasDigitOrCNRunes is hasDigitOrCN decoding rune by rune: its oracle.
func hasDigitOrCNRunes(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '百' {
			return true
		}
	}
	return false
}

// FuzzHasDigitOrCN compares the byte scan with the rune scan.
func FuzzHasDigitOrCN(f *testing.F) {
	for _, s := range []string{"", "abc", "5", "５", "０", "９", "：", "百", "佰", "\xef\xbc", "\xef\xbc\x90", "\xe7\x99", "x\xe7\x99\xbe",
		"\xef\xbc\x8f", "\xef\xbc\x9a", "\xe7\x99\xbd", "\xff\xef\xbc\x95", "合计一百"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasDigitOrCN(s), hasDigitOrCNRunes(s); got != want {
			t.Fatalf("hasDigitOrCN(%q) = %v, rune by rune %v", s, got, want)
		}
	})
}
