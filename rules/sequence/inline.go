package sequence

import (
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// inlineRe finds run-in list labels inside a paragraph: （1）… （2）… ①… ②…
var inlineRe = regexp.MustCompile(`[（(]([0-9]{1,2})[）)]|[①-⑳]`)

// inlineItems returns, per paragraph outside tables, the run-in labels
// when they form a list: at least three, the first numbered 1, none cited
// as "第（2）项" or "（2）款".
func inlineItems(d *model.Document) [][]item {
	var out [][]item
	for _, b := range d.Blocks {
		p, ok := b.(*model.Paragraph)
		if !ok || p.Kind != model.Body {
			continue
		}
		txt := d.Slice(p.Span)
		// every inlineRe match holds a bracket or a circled number
		// (U+2460…U+2473, UTF-8 E2 91 xx): skip the regexp otherwise
		if !strings.ContainsAny(txt, "（(") && !strings.Contains(txt, "\xe2\x91") {
			continue
		}
		var its []item
		for _, m := range inlineRe.FindAllStringSubmatchIndex(txt, -1) {
			if m[0] == 0 {
				continue // the paragraph's own label belongs to the prose list
			}
			before := txt[:m[0]]
			after := txt[m[1]:]
			if strings.HasSuffix(before, "第") || strings.HasPrefix(after, "项") || strings.HasPrefix(after, "款") || strings.HasPrefix(after, "条") {
				continue
			}
			var l label
			if m[2] >= 0 {
				l = label{Style: "（1）", Value: num(txt[m[2]:m[3]]), Text: txt[m[0]:m[1]]}
			} else {
				r := []rune(txt[m[0]:m[1]])[0]
				l = label{Style: "①", Value: int(r-'①') + 1, Text: txt[m[0]:m[1]]}
			}
			if !listLine(figures.Normalize(after), l) {
				continue
			}
			its = append(its, item{L: l, Span: model.Span{Start: p.Span.Start + m[0], End: p.Span.Start + m[1]}})
		}
		if len(its) >= 3 && its[0].L.Value == 1 {
			out = append(out, its)
		}
	}
	return out
}
