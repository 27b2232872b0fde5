package sequence

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
)

// label is a numbering label at the start of a line.
type label struct {
	Style  string // "一、", "（一）", "1.", "1.1", "（1）", "1）", "①", "第一章", "指标1"
	Value  int
	Parent int    // for "1.1": the first number
	Text   string // as written
	Len    int    // bytes of the label in the original line (after leading space)
	// Weak marks a reading that may be a quantity instead ("8.6个重大专项"
	// is item 8 or 8.6 of something): it counts only where it continues a list.
	Weak bool
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
	wordRe     = regexp.MustCompile(`^(指标|任务|目标|措施|问题|举措|建议|重点|项目)([0-9]{1,2})\s*[：:、.．]`)
	circled    = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
	cnDigits   = "一二三四五六七八九十" // cnRe
	wordFirst  = "指任目措问举建重项"  // first runes of wordRe's words
	unitNext   = "亿万千百元%％个倍人户家项次件台套吨米亩年月日号期种类条名位只批座所处支篇部大场轮级届"
)

// mayStartLabel reports whether a label parseLabel reads can start with r
// (after leading space): a digit, 第, a bracket, a Chinese numeral, the
// first character of a word label, or a circled number.
func mayStartLabel(r rune) bool {
	return r >= '0' && r <= '9' || r == '第' || r == '（' || r == '(' || strings.ContainsRune(cnDigits, r) ||
		strings.ContainsRune(wordFirst, r) || strings.ContainsRune(circled, r)
}

// digitLabelHead reports whether t, starting with an ASCII digit, can
// start a digit label: every digit pattern (decRe, yearItemRe, rnumRe,
// numRe) takes one or two digits followed by . ． 、 ) ） or ASCII space.
func digitLabelHead(t string) bool {
	j := 0
	for j < len(t) && t[j] >= '0' && t[j] <= '9' {
		j++
	}
	if j > 2 || j == len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	return strings.ContainsRune(".．、)） \t\n\f\r", r)
}

// parseLabel reads the numbering label at the start of s (leading spaces
// are skipped; lead is their length in bytes).
func parseLabel(s string) (l label, lead int, ok bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	lead = len(s) - len(t)
	if t == "" {
		return label{}, 0, false
	}
	r, n := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(circled, r) {
		return label{Style: "①", Value: strings.IndexRune(circled, r)/len("①") + 1, Text: t[:n], Len: n}, lead, true
	}
	// Every pattern below is anchored and starts with one of these runes:
	// most lines are rejected here without running a regexp.
	if !mayStartLabel(r) {
		return label{}, 0, false
	}
	if r >= '0' && r <= '9' && !digitLabelHead(t) {
		return label{}, 0, false // a figure such as 1234.56: no regexp needed
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

func num(s string) int {
	if v, err := strconv.Atoi(s); err == nil {
		return v
	}
	n, k := figures.ParseChineseNumeral(s)
	if k == 0 || n.Dec != 0 {
		return 0
	}
	return int(n.Mant)
}

// formatLabel renders value v in the style of l, for messages.
func formatLabel(l label, v int) string {
	switch l.Style {
	case "一、":
		return cn(v) + "、"
	case "（一）":
		return "（" + cn(v) + "）"
	case "（1）":
		return "（" + strconv.Itoa(v) + "）"
	case "1）":
		return strconv.Itoa(v) + "）"
	case "1.":
		return strconv.Itoa(v) + strings.TrimLeft(figures.Normalize(l.Text), "0123456789 ")
	case "1.1":
		return strconv.Itoa(l.Parent) + "." + strconv.Itoa(v)
	case "①":
		if v >= 1 && v <= 20 {
			return string([]rune(circled)[v-1])
		}
	}
	if strings.HasPrefix(l.Style, "第") {
		return "第" + cn(v) + strings.TrimPrefix(l.Style, "第")
	}
	if strings.HasSuffix(l.Style, "N") {
		return strings.TrimSuffix(l.Style, "N") + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

func cn(v int) string {
	d := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case v <= 0 || v >= 100:
		return strconv.Itoa(v)
	case v < 10:
		return d[v]
	case v == 10:
		return "十"
	case v < 20:
		return "十" + d[v-10]
	default:
		return d[v/10] + "十" + d[v%10]
	}
}
