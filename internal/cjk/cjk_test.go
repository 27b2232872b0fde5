package cjk

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

var cases = []string{
	"", " ", "合计", " 合计 ", "合计\u3000", "\u3000合计", "合计\u00a0", "\u0085x", "x\u2028", "x\u205f",
	"x\u1680", "单位：万元\t", "£", "x£", "合计\xe3\x80", "\xed\xa0\x80", "ab\xe4", "1,234.56", "（12.30）",
	"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三",
	// from the packages whose own copies these functions replace
	" 基本支出\u3000", "\u3000\u3000人员经费", "1,234 ", "\t1", "\xff", "a\xe3\x80", "\u00a0x", "x\u0085", "\u2028", "合计：",
	"\u1680x", "。", "x。", "\xe2\xc2\x85", "\xc2\x85\xe4", "\x85", "x\xe3\x80\x80\x80", "\x7f", "\x01a\x01",
	"\u30002022年\u3000", "\u2003x", "x\u2003", "\u205fx", "\u2060x", "x\u2060", "\tx\n", "x\r", "\xe3", "\xc2", "x\xc2",
	"x\u2000", "x\u200a", "x\u200b", "x\u202f", "x\u3001", "\x80\x80", "\xc2\xa0", "\xa0", "\xe2\xc2\xa0", "“甲”",
	"2022年，在州委", "\xe5\xb9", "\xe5\xb9\xb4\xb4", "\xe0\x80\x80", "\xef\xbf\xbd", "\xf0\x9f\x98\x80x", "\xc3\xa9", "\xe1\x80",
	"\xef\xbf", "年度主要工作年度主要工作年度主要工作年度主要工作年度主要工作年度主要工作年度主要工作年度主要工作",
}

func runeCountUpTo41(s string) int { return RuneCountUpTo(s, 41) }

func runeCountUpTo41Slow(s string) int { return min(utf8.RuneCountInString(s), 41) }

func TestTrimSpace(t *testing.T) {
	testenv.SameAs(t, "TrimSpace", TrimSpace, strings.TrimSpace, cases...)
}

func TestRuneCount(t *testing.T) {
	testenv.SameAs(t, "RuneCount", RuneCount, utf8.RuneCountInString, cases...)
	testenv.SameAs(t, "RuneCountUpTo", runeCountUpTo41, runeCountUpTo41Slow, cases...)
}

func FuzzTrimSpace(f *testing.F) {
	testenv.FuzzSameAs(f, "TrimSpace", TrimSpace, strings.TrimSpace, cases...)
}

func FuzzRuneCount(f *testing.F) {
	testenv.FuzzSameAs(f, "RuneCount", RuneCount, utf8.RuneCountInString, cases...)
}

func FuzzRuneCountUpTo(f *testing.F) {
	testenv.FuzzSameAs(f, "RuneCountUpTo", runeCountUpTo41, runeCountUpTo41Slow, cases...)
}

// needles are substrings Index is asked for: Chinese words, punctuation,
// ASCII, invalid and partial runes, longer than most texts.
var needles = []string{"", "合", "合计", "计", "、", "。", "其中", "年初", "万元", "2022年", "1,", "x", "\xe3\x80", "\x80",
	"\xe5\xb9\xb4\xb4", "年度主要工作年度", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四"}

func TestIndex(t *testing.T) {
	for _, s := range cases {
		for _, sub := range append(needles, cases...) {
			if got, want := Index(s, sub), strings.Index(s, sub); got != want {
				t.Errorf("Index(%q, %q) = %d, want %d", s, sub, got, want)
			}
			if got, want := Contains(s, sub), strings.Contains(s, sub); got != want {
				t.Errorf("Contains(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}

func FuzzIndex(f *testing.F) {
	for i, s := range cases {
		f.Add(s, needles[i%len(needles)])
		f.Add(s+needles[i%len(needles)]+s, needles[i%len(needles)])
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := Index(s, sub), strings.Index(s, sub); got != want {
			t.Fatalf("Index(%q, %q) = %d, want %d", s, sub, got, want)
		}
	})
}

// BenchmarkIndex compares Index with strings.Index on Chinese report text
// and the words rules look for in it.
func BenchmarkIndex(b *testing.B) {
	text := strings.Repeat("2022年，县人力社保局年初预算74623175.82元，全年预算数78101654.95元，实际执行73312062.92元，预算执行率93.87%。其中，基本支出执行24964073.99元，占支出总额的34.05%；", 4)
	words := []string{"内设", "下属", "合计", "其中", "、", "预算", "分别", "具体为", "职能科室"}
	for _, fn := range []struct {
		name  string
		index func(s, sub string) int
	}{{"cjk", Index}, {"strings", strings.Index}} {
		b.Run(fn.name, func(b *testing.B) {
			for b.Loop() {
				for _, w := range words {
					fn.index(text, w)
				}
			}
		})
	}
}

func TestWordLists(t *testing.T) {
	for _, c := range []struct {
		s             string
		words         []string
		any, pre, suf bool
	}{
		{"年初结转和结余", []string{"结余", "余额"}, true, false, true},
		{"年初结转和结余", []string{"期初", "年初"}, true, true, false},
		{"本年支出", []string{"收入", "到位"}, false, false, false},
		{"", []string{"收入"}, false, false, false},
		{"收入", nil, false, false, false},
		{"其他资金", []string{"资金", "拨款"}, true, false, true},
	} {
		if got := ContainsAnyOf(c.s, c.words...); got != c.any {
			t.Errorf("ContainsAnyOf(%q, %q) = %v", c.s, c.words, got)
		}
		if got := HasAnyPrefix(c.s, c.words...); got != c.pre {
			t.Errorf("HasAnyPrefix(%q, %q) = %v", c.s, c.words, got)
		}
		if got := HasAnySuffix(c.s, c.words...); got != c.suf {
			t.Errorf("HasAnySuffix(%q, %q) = %v", c.s, c.words, got)
		}
	}
}
