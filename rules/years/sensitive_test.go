package years

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// sensitiveAtDecode is sensitiveAt decoding every character: the oracle
// of its byte shortcuts.
func sensitiveAtDecode(t string, k int) bool {
	i := k
	for i > 0 {
		if isSpace(t[i-1]) {
			i--
		} else if i >= 3 && t[i-3:i] == "\u3000" {
			return true
		} else {
			break
		}
	}
	for n := 0; n < 5 && i > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(t[:i])
		if r >= '０' && r <= '９' || r == '．' || r == '\u3000' {
			return true
		}
		i -= w
	}
	return false
}

func checkSensitiveAt(t *testing.T, s string) {
	t.Helper()
	for k := 0; k < len(s); k++ {
		if strings.HasPrefix(s[k:], "年") {
			if got, want := sensitiveAt(s, k), sensitiveAtDecode(s, k); got != want {
				t.Fatalf("sensitiveAt(%q, %d) = %v, decoding %v", s, k, got, want)
			}
		}
	}
}

var sensitiveCases = []string{
	"2022年", "２０２２年", "20２2年", "．2022年", "\u30002022 年", "x\u3000 2022年", "\xef\xbc2022年", "\xbc\x922022年",
	"\xef\xbc\x92022年", "测试2022年", "，。2022年", "\xed\xa0\x80022年", "\xe0\x80\x80年", "年", "a年", "\xf0\x9f\x98\x80年",
}

func TestSensitiveAtShortcuts(t *testing.T) {
	for _, s := range sensitiveCases {
		checkSensitiveAt(t, s)
	}
}

func FuzzSensitiveAt(f *testing.F) {
	for _, s := range sensitiveCases {
		f.Add(s)
	}
	f.Fuzz(checkSensitiveAt)
}
