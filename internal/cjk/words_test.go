package cjk

import (
	"strings"
	"testing"
)

// wordLists are lists of the kinds Words serves, with ASCII, one- and
// two-byte words and words sharing their first or third byte.
var wordLists = [][]string{
	{"生均", "人均", "户均", "元/", "/亩", "／亩", "标准", "每十万"},
	{"上年", "上期", "比", "较", "差"},
	{"a", "ab", "\xe4", "\xe4\xb8", "个", "\x80"},
	{"合计", "合", "计", "、"},
}

func wordsCases() []string {
	cs := append([]string{"生均公用经费", "元/人", "亩", "比上年", "a", "\xe4\xb8", "x个", "合\xe8", "每十", "每十万人", "、"}, cases...)
	return append(cs, needles...)
}

func TestWords(t *testing.T) {
	for _, list := range wordLists {
		ws := NewWords(list...)
		for _, s := range wordsCases() {
			if got, want := ws.In(s), ContainsAnyOf(s, list...); got != want {
				t.Errorf("NewWords(%q).In(%q) = %v, want %v", list, s, got, want)
			}
		}
	}
}

func FuzzWords(f *testing.F) {
	for i, s := range wordsCases() {
		f.Add(s, strings.Join(wordLists[i%len(wordLists)], "|"))
	}
	f.Fuzz(func(t *testing.T, s, list string) {
		var words []string
		for _, w := range strings.Split(list, "|") {
			if w != "" && len(words) < 64 {
				words = append(words, w)
			}
		}
		if got, want := NewWords(words...).In(s), ContainsAnyOf(s, words...); got != want {
			t.Fatalf("NewWords(%q).In(%q) = %v, want %v", words, s, got, want)
		}
	})
}

func BenchmarkWords(b *testing.B) {
	list := []string{"生均", "人均", "户均", "场均", "次均", "床均", "均价", "单价", "平均", "元/", "元／", "可支付",
		"每千", "每万", "每百", "每十万", "每平方", "密度", "单产", "亩产", "/亩", "／亩", "村均", "亩均", "校均", "企均", "镇均", "社均", "所均"}
	names := []string{"2022年决算数", "一般公共预算财政拨款支出", "本年收入合计", "项目", "人均公用经费", "增减率（%）"}
	ws := NewWords(list...)
	b.Run("Words", func(b *testing.B) {
		for b.Loop() {
			for _, s := range names {
				ws.In(s)
			}
		}
	})
	b.Run("ContainsAnyOf", func(b *testing.B) {
		for b.Loop() {
			for _, s := range names {
				ContainsAnyOf(s, list...)
			}
		}
	})
}
