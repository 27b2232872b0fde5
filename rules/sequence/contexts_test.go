package sequence

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// prefixedItem and listLine read the paragraph as figures.Normalize would
// leave it without building the copy; prefixedItemRef and listLineRef are
// the plain versions that normalise first, kept as the oracle.

func prefixedItemRef(d *model.Document, s model.Span, prefix string) (item, bool) {
	txt := d.Slice(s)
	for {
		t := strings.TrimLeftFunc(txt, unicode.IsSpace)
		skip := len(txt) - len(t)
		if strings.HasPrefix(t, "[bookmark:") {
			if i := strings.IndexByte(t, ']'); i >= 0 {
				skip += i + 1
			}
		}
		if skip == 0 {
			break
		}
		txt = txt[skip:]
		s.Start += skip
		if !strings.HasPrefix(t, "[bookmark:") {
			break
		}
	}
	norm := figures.Normalize(prefix + txt)
	l, lead, ok := parseLabelRef(norm)
	if !ok || l.Value <= 0 || lead != 0 || !listLineRef(norm[l.Len:], l) {
		return item{}, false
	}
	n := utf8.RuneCountInString(norm[:l.Len]) - utf8.RuneCountInString(figures.Normalize(prefix))
	end := s.Start
	for i := 0; i < n && end < s.End; i++ {
		_, k := utf8.DecodeRuneInString(d.Text[end:])
		end += k
	}
	l.Text = prefix + d.Text[s.Start:end]
	if runsOn(norm[l.Len:], l) {
		return item{}, false // a run-in list ("一.…。二、…"), as prefixedItem reads it
	}
	return item{L: l, Span: model.Span{Start: s.Start, End: end}}, true
}

func listLineRef(rest string, l label) bool {
	head := []rune(strings.TrimSpace(rest))
	if len(head) > 6 {
		head = head[:6]
	}
	words := false
	for _, r := range head {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || r == '“' || r == '"' || r == '《' {
			words = true
			break
		}
	}
	if !words {
		return false
	}
	if strings.Contains(rest, "……") || strings.Contains(rest, "....") || strings.Contains(rest, "···") {
		return false
	}
	fields := strings.Fields(rest)
	for k := 1; k < len(fields); k++ {
		if strings.IndexFunc(fields[k-1][len(fields[k-1])-1:], isLatinLetterRune) == 0 {
			continue // "Box 1."
		}
		o, _, ok := parseLabelRef(fields[k])
		if ok && o.Style == l.Style && !o.Weak && (o.Len < len(fields[k]) || k+1 < len(fields)) {
			return false
		}
	}
	return true
}

func isLatinLetterRune(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

var lineCases = []string{
	"一、基本情况", "一、基本情况 二、支出", "一、基本情况\u3000二、支出", "二、事业收入 五、文化旅游体育与传媒支出", "1.目录……3",
	"1.目录....3", "1.目录．．．．3", "1.目录..．.3", "1.目录···", "（一）１２３４５６字", "（一）１２３４５６", "（一）＂引号",
	"[bookmark: _Hlk1]一、标题", " [bookmark: _Hlk1] [bookmark: x]（二）标题", "[bookmark: x", "1.1 项目", "8.6个重大专项",
	"14.2025年10件", "1、abc 2、def", "1、abc 2.5万", "①质量 ②效益", "指标1：产出 指标2：效益", "三）项目", "十一、其他",
	"1. \xff\xfe字", "\xff一、", "（1）　 项目 （2）项目", "第一章 总则 第二章", "1.1.项目", "2.一是", "　一、空格",
	"一、甲\u00a0二、乙", "一、甲\u2003二、乙", "一、甲\u0085二、乙", "一、甲\u1680二、乙", "一、甲\u205f二、乙", "一、甲\xe2\x80二、乙",
	"一、甲 \xc2二、乙", "一、甲\v二、乙 ", "一、甲 二、乙 三、丙", " 一、甲", "1.甲 1.5万 2.乙",
	"41.\tOn the other hand, these are replicated in Box 1.", "1. See Figure 2. The figure", "一、甲 二、", "一、甲 二、 乙",
	"1. box 2.项目", "1. 见 2.项目",
	// skipPlain: CJK punctuation sharing a first byte with ． … U+3000
	"1.甲，乙．．．．3", "1.甲“乙”……3", "一、甲，乙、丙。　二、丁", "1、甲（乙）··· 2、丙", "一、甲乙丙丁戊己庚辛 二、壬",
}

func TestPrefixedItemFastPath(t *testing.T) {
	for _, s := range lineCases {
		checkPrefixedItem(t, s)
	}
}

func FuzzPrefixedItemFastPath(f *testing.F) {
	for _, s := range lineCases {
		f.Add(s)
	}
	f.Fuzz(checkPrefixedItem)
}

func checkPrefixedItem(t *testing.T, s string) {
	d := &model.Document{Text: "x\n" + s + "\ny"}
	sp := model.Span{Start: 2, End: 2 + len(s)}
	for _, prefix := range []string{"", "（"} {
		got, gok := prefixedItem(d, sp, prefix)
		want, wok := prefixedItemRef(d, sp, prefix)
		if gok != wok || gok && (got.Span != want.Span || got.L.Text != want.L.Text || got.L.Style != want.L.Style ||
			got.L.Value != want.L.Value || got.L.Parent != want.L.Parent || got.L.Weak != want.L.Weak) {
			t.Errorf("prefixedItem(%q, %q) = %+v %v, want %+v %v", s, prefix, got, gok, want, wok)
		}
	}
	// lineItem's quick rejects never drop an item
	got, gok := lineItem(d, sp)
	want, wok := prefixedItem(d, sp, "")
	if gok != wok || got != want {
		t.Errorf("lineItem(%q) = %+v %v, want %+v %v", s, got, gok, want, wok)
	}
	for _, style := range []string{"一、", "1.", "（1）", "①", "指标N", "第章"} {
		l := label{Style: style}
		if got, want := listLine(s, l), listLineRef(figures.Normalize(s), l); got != want {
			t.Errorf("listLine(%q, %s) = %v, want %v", s, style, got, want)
		}
	}
}

// TestListLine: what after a label makes a line a list item, and which
// second labels mark a flattened table row instead.
func TestListLine(t *testing.T) {
	tests := []struct {
		style, rest string
		want        bool
	}{
		{"一、", "基本情况", true},
		{"一、", "事业收入 五、文化旅游体育与传媒支出", false}, // a flattened row
		{"一、", "基本情况 二、支出", false},
		{"1.", "甲 2.乙", false},
		{"1.", "甲 2. 乙", false},
		{"1.", "123 456", false}, // no words
		{"1.", "目录……3", false},   // a contents line
		{"1.", "甲 1.5万 2", true}, // 1.5万 is a figure, and "2" no label
		// a numbered thing referred to by name, not a second item
		{"1.", "On the other hand, these are replicated in Box 1.", true},
		{"1.", "See Figure 2. The figure shows it", true},
		// a label that ends the text starts no field
		{"1.", "甲 2.", true},
		{"一、", "甲 二、", true},
	}
	for _, tt := range tests {
		l := label{Style: tt.style}
		if got := listLine(tt.rest, l); got != tt.want {
			t.Errorf("listLine(%q, %s) = %v, want %v", tt.rest, tt.style, got, tt.want)
		}
	}
}

// The quick answers of mayHaveWords and mayStartItem agree with the plain
// ones: strings.TrimSpace, and prefixedItem finding no item.
func TestQuickRejects(t *testing.T) {
	for _, s := range []string{"", " ", "\u3000", "1,234.56", " 12.5 ", "交通运输支出", "交通 ", "\u3000一、总体", "一、总体\u3000",
		"1.", "1. 2.", "(1) a", "（1）", "1、", "2.1", "\u00a0x\u00a0", "-3.84", "1) \"quoted\"", "[bookmark: _Hlk1]1. x",
		"　１．总体", "（一）总体", "第一章 总则", "指标1：产出", "①数量", "一、总体", "\u00a0二、总体", "  3）完成", "A. x", "x"} {
		d := &model.Document{Text: s}
		if _, ok := prefixedItem(d, model.Span{End: len(s)}, ""); ok && !mayHaveWords(s) {
			t.Errorf("mayHaveWords(%q) = false, but it holds an item", s)
		}
		if _, ok := prefixedItem(d, model.Span{End: len(s)}, ""); ok && !mayStartItem(s) {
			t.Errorf("mayStartItem(%q) = false, but it holds an item", s)
		}
	}
}
