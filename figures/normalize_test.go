package figures

import (
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// normalizeSlow is the clear definition of Normalize: the oracle for its
// byte-level fast path.
func normalizeSlow(s string) string { return strings.Map(normRune, s) }

var normalizeCases = []string{
	"", "abc", "１２３．４５％", "（一）合计：", "\u3000８\u3000", "−5–3‐2‑1", "中文，没有。", "\xff\xfe",
	"a\xe4\xb8", "\xef\xbc", "\xef\xbc\x80", "\xef\xbd\x9e\xef\xbd\x9f", "\xed\xa0\x80", "\xe0\x80\x80", "😀！",
	"\xf0\x9f\x98", "｛｝～｀＠", "\uFFFD", "２０２２年", "1,234.56", "-3.5%", "１２３", "\xff", "a\u3000b",
}

func TestNormalizeMatchesMap(t *testing.T) {
	cases := append([]string(nil), normalizeCases...)
	if data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt")); err == nil {
		cases = append(cases, strings.Split(string(data), "\n")...)
	}
	// every rune of the full-width block and of its neighbours
	for r := rune(0xFEF0); r <= 0xFF70; r++ {
		cases = append(cases, string(r))
	}
	for _, s := range cases {
		if got, want := Normalize(s), normalizeSlow(s); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", s, got, want)
		}
		checkNormalizeInto(t, s)
	}
}

// checkNormalizeInto compares normalizeInto, with room too small and
// enough, with the oracle.
func checkNormalizeInto(t *testing.T, s string) {
	t.Helper()
	var small [4]byte
	var large [256]byte
	want := normalizeSlow(s)
	if got := normalizeInto(small[:0], s); got != want {
		t.Fatalf("normalizeInto(small, %q) = %q, want %q", s, got, want)
	}
	if got := normalizeInto(large[:0], s); got != want {
		t.Fatalf("normalizeInto(large, %q) = %q, want %q", s, got, want)
	}
}

// FuzzNormalize compares Normalize with strings.Map(normRune, ·).
func FuzzNormalize(f *testing.F) {
	for _, s := range normalizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Normalize(s), normalizeSlow(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendNormalized(nil, s)), normalizeSlow(s); got != want {
			t.Fatalf("appendNormalized(%q) = %q, want %q", s, got, want)
		}
		checkNormalizeInto(t, s)
	})
}

// TestAppendNormalized checks the append form against Normalize.
func TestAppendNormalized(t *testing.T) {
	for _, s := range normalizeCases {
		if got, want := string(appendNormalized([]byte("x"), s)), "x"+Normalize(s); got != want {
			t.Errorf("appendNormalized(%q) = %q, want %q", s, got, want)
		}
	}
}

// checkHasDropped compares hasDroppedFromLabel with strings.ContainsFunc on
// the normalised s, and on every rune of the spaces and marks it looks for.
func checkHasDropped(t *testing.T, s string) {
	ns := Normalize(s)
	if got, want := hasDroppedFromLabel(ns), strings.ContainsFunc(ns, droppedFromLabel); got != want {
		t.Fatalf("hasDroppedFromLabel(%q) = %v, want %v", ns, got, want)
	}
}

func TestHasDroppedFromLabel(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "经费" + string(r) + "支出"
		if got, want := hasDroppedFromLabel(s), strings.ContainsFunc(s, droppedFromLabel); got != want {
			t.Fatalf("hasDroppedFromLabel(%q) (U+%04X) = %v, want %v", s, r, got, want)
		}
		checkHasDropped(t, string(r))
	}
	for _, s := range normalizeCases {
		checkHasDropped(t, s)
	}
}

// FuzzHasDroppedFromLabel compares hasDroppedFromLabel with
// strings.ContainsFunc on normalised texts.
func FuzzHasDroppedFromLabel(f *testing.F) {
	for _, s := range []string{"", "公用 经费", "“三公”经费", "《预算法》", "a·b", "\u00a0", "\u3000", "\xc2"} {
		f.Add(s)
	}
	f.Fuzz(checkHasDropped)
}
