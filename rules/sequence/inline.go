package sequence

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// inlineItems returns, per paragraph outside tables, the run-in labels
// when they form a list: at least three, the first numbered 1, none cited
// as "第（2）项" or "（2）款".
func inlineItems(d *model.Document) [][]item {
	var out [][]item
	var its []item
	for _, b := range d.Blocks {
		p, ok := b.(*model.Paragraph)
		if !ok || p.Kind != model.Body {
			continue
		}
		txt := d.Slice(p.Span)
		if shi := shiItems(txt, p.Span.Start); len(shi) >= 3 && shi[0].L.Value == 1 {
			out = append(out, shi)
			continue
		}
		if !mayListFromOne(txt) {
			continue
		}
		its = its[:0]
		for m := range inlineLabels(txt) {
			m0, m1, digits := m.Start, m.End, m.Digits
			if m0 == 0 {
				continue // the paragraph's own label belongs to the prose list
			}
			before := txt[:m0]
			after := txt[m1:]
			if strings.HasSuffix(before, "第") || strings.HasPrefix(after, "项") || strings.HasPrefix(after, "款") || strings.HasPrefix(after, "条") {
				continue
			}
			var l label
			if digits != "" {
				l = label{Style: "（1）", Value: num(digits), Text: txt[m0:m1]}
			} else {
				l = label{Style: "①", Value: int(txt[m0+2]-0xa0) + 1, Text: txt[m0:m1]}
			}
			if !listLine(after, l) {
				continue
			}
			its = append(its, item{L: l, Span: model.Span{Start: p.Span.Start + m0, End: p.Span.Start + m1}})
		}
		if len(its) >= 3 && its[0].L.Value == 1 {
			out = append(out, append([]item(nil), its...))
		}
	}
	return out
}

// shiItems returns the run-in points of "一是…；二是…；三是…" in txt (at
// offset base): a Chinese numeral and 是 after the text's start or a
// punctuation mark, numbered in the order written.
func shiItems(txt string, base int) []item {
	if !cjk.Contains(txt, "一是") {
		return nil
	}
	var out []item
	for i := 0; ; {
		k := cjk.Index(txt[i:], "是")
		if k < 0 {
			return out
		}
		at := i + k
		i = at + len("是")
		// the numeral before 是: one or two runes
		for _, n := range [...]int{2, 1} {
			start := at
			for j := 0; j < n && start > 0; j++ {
				_, size := utf8.DecodeLastRuneInString(txt[:start])
				start -= size
			}
			num := txt[start:at]
			v := cnValue(num)
			if v == 0 || utf8.RuneCountInString(num) != n {
				continue
			}
			prev, _ := utf8.DecodeLastRuneInString(txt[:start])
			if start > 0 && !strings.ContainsRune("，；。：、,;:. 　", prev) {
				break
			}
			out = append(out, item{L: label{Style: "一是", Value: v, Text: txt[start:i]}, Span: model.Span{Start: base + start, End: base + i}})
			break
		}
	}
}

// mayListFromOne reports whether txt may hold a run-in label numbered 1,
// as a list inlineItems keeps must: ① or a 1 right before the closing
// bracket of （1） or （01）. Three quick searches rule out most
// paragraphs before inlineLabels reads them byte by byte.
//
// It is mayListFromOneRef (inline_test.go) with one scan for the 1 of both
// brackets instead of one per bracket.
func mayListFromOne(txt string) bool {
	for i := 0; i < len(txt); i++ {
		j := strings.IndexByte(txt[i:], '1')
		if j < 0 {
			break
		}
		i += j
		if next := txt[i+1:]; strings.HasPrefix(next, ")") || strings.HasPrefix(next, "）") {
			return true
		}
	}
	return cjk.Contains(txt, "①")
}

// inlineMatch is one run-in label: its bytes and, for （1）, the digits.
type inlineMatch struct {
	Start, End int
	Digits     string
}

// inlineLabels yields the run-in list labels of txt, left to right and not
// overlapping, as the regexp `[（(]([0-9]{1,2})[）)]|[①-⑳]` finds them
// (inlineRe in inline_test.go): each label's start and end and, for a
// bracketed one, its digits. Every match holds a bracket or a circled
// number (U+2460…U+2473, UTF-8 E2 91 A0…B3), so the scan looks for their
// first bytes.
func inlineLabels(txt string) iter.Seq[inlineMatch] {
	return func(yield func(inlineMatch) bool) {
		for i := 0; i < len(txt); i++ {
			var open int // the bracket's width
			switch c := txt[i]; {
			case c == '(':
				open = 1
			case c == 0xef && strings.HasPrefix(txt[i:], "（"):
				open = len("（")
			case c == 0xe2 && i+2 < len(txt) && txt[i+1] == 0x91 && txt[i+2] >= 0xa0 && txt[i+2] <= 0xb3:
				if !yield(inlineMatch{i, i + 3, ""}) {
					return
				}
				i += 2
				continue
			default:
				continue
			}
			j := i + open
			for j < len(txt) && j-(i+open) < 3 && txt[j] >= '0' && txt[j] <= '9' {
				j++
			}
			k := j - (i + open)
			if k == 0 || k > 2 {
				continue
			}
			closing := 0
			if j < len(txt) && txt[j] == ')' {
				closing = 1
			} else if strings.HasPrefix(txt[j:], "）") {
				closing = len("）")
			}
			if closing == 0 {
				continue
			}
			if !yield(inlineMatch{i, j + closing, txt[i+open : j]}) {
				return
			}
			i = j + closing - 1
		}
	}
}
