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
