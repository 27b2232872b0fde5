package sequence

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// parseLabel rejects most lines on their first characters before running
// the regexps; it must read every line as the plain regexp cascade does.
var labelCases = []string{
	"", "一、总体情况", "（一）部门职责", "(3)其他", "1.基本情况", "1．基本情况", "12、项目", "1.1项目", "1.1 项目",
	"8.6个重大专项", "14.2025年10件", "3）支出", "第二章 总则", "指标1：产出", "①一是", "1234.56", "12", "2022年",
	"  2. 缩进", "1 、空格", "1\v、", "A.项目", "基本支出", "123、", "１．全角", "⑳", "十一、其他", "\xff1.",
}

func TestParseLabelFastPath(t *testing.T) {
	for _, s := range labelCases {
		gl, glead, gok := parseLabel(s)
		wl, wlead, wok := parseLabelRef(s)
		if gl != wl || glead != wlead || gok != wok {
			t.Errorf("parseLabel(%q) = %+v %d %v, want %+v %d %v", s, gl, glead, gok, wl, wlead, wok)
		}
	}
}

func FuzzParseLabelFastPath(f *testing.F) {
	for _, s := range labelCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gl, glead, gok := parseLabel(s)
		wl, wlead, wok := parseLabelRef(s)
		if gl != wl || glead != wlead || gok != wok {
			t.Fatalf("parseLabel(%q) = %+v %d %v, want %+v %d %v", s, gl, glead, gok, wl, wlead, wok)
		}
	})
}

// parseLabelRef is parseLabel as it was before the fast paths.
func parseLabelRef(s string) (l label, lead int, ok bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	lead = len(s) - len(t)
	if t == "" {
		return label{}, 0, false
	}
	if r, n := utf8.DecodeRuneInString(t); strings.ContainsRune(circled, r) {
		return label{Style: "①", Value: strings.IndexRune(circled, r)/len("①") + 1, Text: t[:n], Len: n}, lead, true
	}
	if m := chapRe.FindStringSubmatch(t); m != nil {
		return label{Style: "第" + m[2], Value: num(m[1]), Text: m[0], Len: len(m[0])}, lead, true
	}
	if m := cnRe.FindStringSubmatch(t); m != nil {
		return label{Style: "一、", Value: num(m[1]), Text: m[0], Len: len(m[0])}, lead, true
	}
	if m := pcnRe.FindStringSubmatch(t); m != nil {
		return label{Style: "（一）", Value: num(m[1]), Text: m[0], Len: len(m[0])}, lead, true
	}
	if m := pnumRe.FindStringSubmatch(t); m != nil {
		return label{Style: "（1）", Value: num(m[1]), Text: m[0], Len: len(m[0])}, lead, true
	}
	if m := wordRe.FindStringSubmatch(t); m != nil {
		txt := strings.TrimRight(m[0], "：:、.． ")
		return label{Style: m[1] + "N", Value: num(m[2]), Text: txt, Len: len(txt)}, lead, true
	}
	if m := decRe.FindStringSubmatchIndex(t); m != nil {
		next := t[m[6]:m[7]]
		r, _ := utf8.DecodeRuneInString(next)
		if !strings.Contains(unitNext, next) && (unicode.Is(unicode.Han, r) || r == '“' || r == '《' || r == ' ') {
			a, b := num(t[m[2]:m[3]]), num(t[m[4]:m[5]])
			return label{Style: "1.1", Value: b, Parent: a, Text: t[:m[5]], Len: m[5]}, lead, true
		}
		// "8.6个重大科技专项": item 8 about six projects, or a quantity
		n := len(t[:m[2]]) + (m[3] - m[2]) + 1
		return label{Style: "1.", Value: num(t[m[2]:m[3]]), Text: t[:n], Len: n, Weak: true}, lead, true
	}
	if m := yearItemRe.FindStringSubmatch(t); m != nil {
		// "14.2025年10件民生实事"
		n := len(m[1]) + 1
		return label{Style: "1.", Value: num(m[1]), Text: t[:n], Len: n, Weak: true}, lead, true
	}
	if m := rnumRe.FindStringSubmatch(t); m != nil {
		return label{Style: "1）", Value: num(m[1]), Text: m[0], Len: len(m[0])}, lead, true
	}
	if m := numRe.FindStringSubmatchIndex(t); m != nil {
		end := m[1]
		if m[4] >= 0 { // "1." followed by one more character
			end = m[4]
		}
		return label{Style: "1.", Value: num(t[m[2]:m[3]]), Text: t[:end], Len: end}, lead, true
	}
	return label{}, 0, false
}
