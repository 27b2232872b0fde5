package sequence

import (
	"strings"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// lineItem returns the label at the start of the text at span s.
func lineItem(d *model.Document, s model.Span) (item, bool) {
	txt := d.Slice(s)
	// text exports keep Word bookmarks as "[bookmark: _Hlk…]" before the text
	for strings.HasPrefix(strings.TrimLeft(txt, " \t\u3000"), "[bookmark:") {
		t := strings.TrimLeft(txt, " \t\u3000")
		i := strings.IndexByte(t, ']')
		if i < 0 {
			break
		}
		skip := len(txt) - len(t) + i + 1
		txt = txt[skip:]
		s.Start += skip
	}
	l, lead, ok := parseLabel(figures.Normalize(txt))
	if !ok || l.Value <= 0 {
		return item{}, false
	}
	// the normalised text has the same runes; map the byte length back
	start := s.Start + lead
	end := start + byteLenOfRunes(txt[lead:], runeCount(figures.Normalize(txt)[lead:lead+l.Len]))
	l.Text = txt[lead : end-s.Start]
	return item{L: l, Span: model.Span{Start: start, End: end}}, true
}

func runeCount(s string) int { return len([]rune(s)) }

func byteLenOfRunes(s string, n int) int {
	i := 0
	for k := range s {
		if n == 0 {
			return k
		}
		n--
		i = k
	}
	_ = i
	return len(s)
}

// proseItems returns the labels of headings and body paragraphs outside tables.
func proseItems(d *model.Document) []item {
	var out []item
	for _, b := range d.Blocks {
		var s model.Span
		switch b := b.(type) {
		case *model.Heading:
			s = b.Span
		case *model.Paragraph:
			if b.Kind != model.Body {
				continue
			}
			s = b.Span
		default:
			continue
		}
		if it, ok := lineItem(d, s); ok {
			out = append(out, it)
		}
	}
	return out
}

// cellItems returns, per cell with several labelled lines, those labels.
func cellItems(d *model.Document) [][]item {
	var out [][]item
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			if !strings.Contains(txt, "\n") {
				continue
			}
			var its []item
			off := c.Span.Start
			for _, line := range strings.Split(txt, "\n") {
				if it, ok := lineItem(d, model.Span{Start: off, End: off + len(line)}); ok {
					its = append(its, it)
				}
				off += len(line) + 1
			}
			if len(its) >= 2 {
				out = append(out, its)
			}
		}
	}
	return out
}

// columnItems returns, per table column, the labels at the start of its
// cells from top to bottom. In a column headed 序号 bare integers count.
func columnItems(d *model.Document) [][]item {
	var out [][]item
	for _, t := range d.Tables {
		for col := 0; col < t.Cols; col++ {
			var its []item
			serial := false
			for r := 0; r < t.Rows; r++ {
				c := t.At(r, col)
				if c == nil || c.Row != r || c.Col != col {
					continue
				}
				txt := d.Slice(c.Span)
				first := txt
				if i := strings.IndexByte(txt, '\n'); i >= 0 {
					first = txt[:i]
				}
				trim := strings.TrimSpace(first)
				switch trim {
				case "序号", "编号", "序 号":
					serial = true
					continue
				}
				if serial {
					if n := figures.ParseCell(trim); n.Kind == figures.Value && n.Dec == 0 && n.Unit == "" && !n.Percent && n.Mant > 0 && n.Mant < 1000 {
						lead := strings.Index(first, trim)
						its = append(its, item{L: label{Style: "序号", Value: int(n.Mant), Text: trim}, Span: model.Span{Start: c.Span.Start + lead, End: c.Span.Start + lead + len(trim)}})
						continue
					}
					if figures.HasLetters(trim) && !isTotal(trim) {
						serial = false
					}
				}
				if it, ok := lineItem(d, model.Span{Start: c.Span.Start, End: c.Span.Start + len(first)}); ok {
					its = append(its, it)
				}
			}
			if len(its) >= 3 {
				out = append(out, its)
			}
		}
	}
	return out
}

func isTotal(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "合计") || strings.Contains(s, "总计") || strings.Contains(s, "小计")
}
