package sequence

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// parseLabel is the regexp cascade of parseLabelRef written out by hand,
// reading its input as figures.Normalize would leave it: it must read
// every line as parseLabelRef reads the normalised line.
var labelCases = []string{
	"4.12315消费维权", "4.12315万元", "4．123456平台",
	"", "一、总体情况", "（一）部门职责", "(3)其他", "1.基本情况", "1．基本情况", "12、项目", "1.1项目", "1.1 项目",
	"8.6个重大专项", "8．65岁以上老年人", "14.2025年10件", "3）支出", "第二章 总则", "指标1：产出", "①一是", "1234.56", "12", "2022年",
	"  2. 缩进", "1 、空格", "1\v、", "A.项目", "基本支出", "123、", "１．全角", "⑳", "十一、其他", "\xff1.",
	"1.2. 3", "1.2、3", "1.2.3", "1.2 \t5", "1.2\n", "1.2.\n5", "1.2.", "1.2", "1.2%", "1.2．５", "8.6　项目", "1.2\u3000\u3000%",
	"1.2。", "1.2\xff", "1.", "1.5", "1.a", "1 .", "1 . a", "1 、", "1）", "1)", "12）", "1.1995 年", "1.2025年", "1.20251年", "1.1895年",
	"第十一章", "第一二三四章", "第12节", "第123节", "第 1章", "第一部分", "第三条", "第二篇", "第二", "（ 十 ）", "(一 )", "（1 ）",
	"（123）", "（一二三四）", "(12", "指标12：", "指标1 ：", "指标1\u3000：", "指标1\t ：", "指标123：", "指标：", "项目3、",
	"重点1.", "建议２．", "一.", "一 、", "一二三四、", "十十、", "九十九、", "一", "（", "第", "①②", "\u3000一、",
}

// labelMatches reports whether parseLabel(s) reads as parseLabelRef reads
// Normalize(s): the same label, with lengths and texts in s's own bytes.
func labelMatches(s string) (got, want label, gotLead, wantLead int, gotOK, wantOK, same bool) {
	got, gotLead, gotOK = parseLabel(s)
	n := figures.Normalize(s)
	want, wantLead, wantOK = parseLabelRef(n)
	if gotOK != wantOK {
		return got, want, gotLead, wantLead, gotOK, wantOK, false
	}
	if !gotOK {
		return got, want, gotLead, wantLead, gotOK, wantOK, got == label{} && gotLead == 0 && wantLead == 0
	}
	// Normalize keeps runes one for one: compare rune counts and the
	// normalised texts
	runes := utf8.RuneCountInString
	same = runes(s[:gotLead]) == runes(n[:wantLead]) &&
		runes(s[gotLead:gotLead+got.Len]) == runes(n[wantLead:wantLead+want.Len]) &&
		figures.Normalize(got.Text) == want.Text &&
		got.Style == want.Style && got.Value == want.Value && got.Parent == want.Parent && got.Weak == want.Weak
	return got, want, gotLead, wantLead, gotOK, wantOK, same
}

func TestParseLabelFastPath(t *testing.T) {
	for _, s := range labelCases {
		gl, wl, glead, wlead, gok, wok, same := labelMatches(s)
		if !same {
			t.Errorf("parseLabel(%q) = %+v %d %v, want %+v %d %v", s, gl, glead, gok, wl, wlead, wok)
		}
	}
}

func FuzzParseLabelFastPath(f *testing.F) {
	for _, s := range labelCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gl, wl, glead, wlead, gok, wok, same := labelMatches(s)
		if !same {
			t.Fatalf("parseLabel(%q) = %+v %d %v, want %+v %d %v", s, gl, glead, gok, wl, wlead, wok)
		}
	})
}

var (
	cnRe       = regexp.MustCompile(`^([一二三四五六七八九十]{1,3})\s*[、．.]`)
	pcnRe      = regexp.MustCompile(`^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]`)
	decRe      = regexp.MustCompile(`^([0-9]{1,2})[.．]([0-9]{1,2})(?:[.．、]?\s*)([^0-9.．%％])`)
	numRe      = regexp.MustCompile(`^([0-9]{1,2})\s*(?:[、．]|\.([^0-9]|$))`)
	pnumRe     = regexp.MustCompile(`^[（(]\s*([0-9]{1,2})\s*[）)]`)
	rnumRe     = regexp.MustCompile(`^([0-9]{1,2})[）)]`)
	chapRe     = regexp.MustCompile(`^第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(章|节|部分|条|篇)`)
	yearItemRe = regexp.MustCompile(`^([0-9]{1,2})[.．](?:19|20)[0-9]{2}\s*年`)
	lineItemRe = regexp.MustCompile(`^([0-9]{1,2})[.．][0-9]{5,}(\p{Han})`)
	wordRe     = regexp.MustCompile(`^(指标|任务|目标|措施|问题|举措|建议|重点|项目)([0-9]{1,2})\s*[：:、.．]`)
)

// parseLabelRef is parseLabel as a cascade of regexps on normalised text,
// as it was before the hand-written scanner.
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
		if a, b := num(t[m[2]:m[3]]), num(t[m[4]:m[5]]); b <= 30 && !strings.Contains(unitNext, next) && (unicode.Is(unicode.Han, r) || r == '“' || r == '《' || r == ' ') {
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
	if m := lineItemRe.FindStringSubmatch(t); m != nil && !strings.Contains(unitNext, m[2]) {
		// "4.12315消费维权"
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

// TestNormRune checks the local normRune against figures.Normalize for
// every rune.
func TestNormRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if got, want := string(normRune(r)), figures.Normalize(string(r)); got != want {
			t.Fatalf("normRune(%U) = %q, want %q", r, got, want)
		}
	}
}

// TestCNValue checks the table of Chinese numerals against num.
func TestCNValue(t *testing.T) {
	for s, v := range cnValues() {
		if num(s) != v {
			t.Errorf("cnValue(%q) = %d, want %d", s, v, num(s))
		}
	}
	if len(cnValues()) != 10+100+1000 {
		t.Errorf("%d numerals, want 1110", len(cnValues()))
	}
}

// spaceAtRef is spaceAt as first written: decode, then unicode.IsSpace.
func spaceAtRef(s string, i int) (bool, int) {
	switch c := s[i]; {
	case c < utf8.RuneSelf:
		return asciiSpace[c], 1
	case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return true, n
		}
	}
	return false, 1
}

// spaceWidths is spaceAt at each offset of s, as text: what SameAs compares.
func spaceWidths(at func(string, int) (bool, int)) func(string) string {
	return func(s string) string {
		var b strings.Builder
		for i := range len(s) {
			sp, n := at(s, i)
			if sp {
				b.WriteByte(byte('0' + n))
			} else {
				b.WriteByte('-')
			}
		}
		return b.String()
	}
}

var spaceCases = []string{"", " \t\n\v\f\r", "\u0085\u00a0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\u3001",
	"一、甲。乙“丙”", "\xc2", "\xe2\x80", "\xe3\x80", "\xe1\x9a", "\xe2\x80\x8b\xe2\x81\x9f\xe2\x81\x9e", "\xc2\xc2\xa0", "\u1681\u167f"}

func TestSpaceAt(t *testing.T) {
	testenv.SameAs(t, "spaceAt", spaceWidths(spaceAt), spaceWidths(spaceAtRef), spaceCases...)
	var all strings.Builder // every rune up to U+FFFF
	for r := rune(0); r < 0x10000; r++ {
		all.WriteRune(r)
	}
	testenv.SameAs(t, "spaceAt", spaceWidths(spaceAt), spaceWidths(spaceAtRef), all.String())
}

func FuzzSpaceAt(f *testing.F) {
	testenv.FuzzSameAs(f, "spaceAt", spaceWidths(spaceAt), spaceWidths(spaceAtRef), spaceCases...)
}
