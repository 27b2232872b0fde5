package figures

import (
	"strings"
	"testing"
)

// firstPrefix and firstSuffix are the loops wordList replaces: the oracle.
func firstPrefix(words []string, s string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

func firstSuffix(words []string, s string) string {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// matchUnitSlow is matchUnit before the units were indexed by first rune.
func matchUnitSlow(s string) string {
	for _, m := range unitPrefixes {
		if !strings.HasPrefix(s, m) {
			continue
		}
		for _, u := range baseUnits {
			if strings.HasPrefix(s[len(m):], u) {
				if m == "百" && u == "分" {
					continue
				}
				if u == "余" {
					continue
				}
				return m + u
			}
		}
		if m == "万" || m == "亿" || m == "万亿" {
			return m
		}
	}
	return ""
}

var wordListCases = []struct {
	name  string
	words []string
}{
	{"preQualifiers", preQualifiers}, {"leadSuffixes", leadSuffixes}, {"endPeriods", endPeriods},
	{"leadPrefixes", leadPrefixes}, {"startPeriods", startPeriods},
	{"posWords", posWords}, {"negWords", negWords}, {"enumMarkers", enumMarkers}, {"stopWords", stopWords},
}

// checkWordLists compares every indexed lookup with its loop on all the
// prefixes and suffixes of s (at every byte, so also inside runes).
func checkWordLists(t *testing.T, s string) {
	for i := 0; i <= len(s); i++ {
		head, tail := s[:i], s[i:]
		for _, c := range wordListCases {
			if got, want := prefixList(c.words).prefixOf(tail), firstPrefix(c.words, tail); got != want {
				t.Fatalf("%s: prefixOf(%q) = %q, want %q", c.name, tail, got, want)
			}
			if got, want := suffixList(c.words).suffixOf(head), firstSuffix(c.words, head); got != want {
				t.Fatalf("%s: suffixOf(%q) = %q, want %q", c.name, head, got, want)
			}
		}
		if got, want := matchUnit(tail), matchUnitSlow(tail); got != want {
			t.Fatalf("matchUnit(%q) = %q, want %q", tail, got, want)
		}
	}
}

var wordCases = []string{
	"", "万元", "3.5万亿元", "百分之五", "百分点", "不低于≥>=<=", "合计为比上年增加", "较大比重", "年初预算数全年预算",
	"\xff增加", "增\xe5加", "万\x80元", "同比增长", "主要包括其中",
}

func TestWordLists(t *testing.T) {
	for _, s := range wordCases {
		checkWordLists(t, s)
	}
	for _, line := range seedLines(t) {
		if len(line) < 400 { // the quadratic check stays quick
			checkWordLists(t, line)
		}
	}
}

// FuzzWordLists compares the indexed word lookups with plain loops.
func FuzzWordLists(f *testing.F) {
	for _, s := range wordCases {
		f.Add(s)
	}
	f.Fuzz(checkWordLists)
}
