package sequence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// lineItem returns the label at the start of the text at span s.
func lineItem(d *model.Document, s model.Span) (item, bool) {
	return prefixedItem(d, s, "")
}

// prefixedItem reads the label at the start of s as if prefix came first
// (a label broken across lines: "（" then "三）…").
func prefixedItem(d *model.Document, s model.Span, prefix string) (item, bool) {
	txt := d.Slice(s)
	// text exports keep Word bookmarks as "[bookmark: _Hlk…]" before the text
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
	if r, _ := utf8.DecodeRuneInString(prefix + txt); !unicode.IsSpace(r) {
		// parseLabel reads the first character first: reject before
		// normalising the whole paragraph (Normalize maps rune for rune)
		if r0, _ := utf8.DecodeRuneInString(figures.Normalize(string(r))); !mayStartLabel(r0) {
			return item{}, false
		}
	}
	norm := figures.Normalize(prefix + txt)
	l, lead, ok := parseLabel(norm)
	if !ok || l.Value <= 0 || lead != 0 || !listLine(norm[l.Len:], l) {
		return item{}, false
	}
	// Normalize keeps runes one for one: map the label's runes back to bytes.
	n := utf8.RuneCountInString(norm[:l.Len]) - utf8.RuneCountInString(figures.Normalize(prefix))
	end := s.Start
	for i := 0; i < n && end < s.End; i++ {
		_, k := utf8.DecodeRuneInString(d.Text[end:])
		end += k
	}
	l.Text = prefix + d.Text[s.Start:end]
	return item{L: l, Span: model.Span{Start: s.Start, End: end}}, true
}

// listLine reports whether the text after a label reads like a list item:
// it has words (not only figures), is not a table-of-contents entry with
// dot leaders, and does not carry a second label of the same style (a
// flattened table row such as "二、事业收入 五、文化旅游体育与传媒支出").
func listLine(rest string, l label) bool {
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
	first := true
	for f := range strings.FieldsSeq(rest) {
		if first {
			first = false
			continue
		}
		if o, _, ok := parseLabel(f); ok && o.Style == l.Style && !o.Weak {
			return false
		}
	}
	return true
}

// proseItems returns the labels of headings and body paragraphs outside tables.
func proseItems(d *model.Document) []item {
	var out []item
	pending := false
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
		if t := strings.TrimSpace(d.Slice(s)); t == "（" || t == "(" {
			pending = true // a label broken across lines: "（" / "三）…"
			continue
		}
		if pending {
			pending = false
			if it, ok := prefixedItem(d, s, "（"); ok {
				out = append(out, it)
				continue
			}
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
				if it, ok := lineItem(d, model.Span{Start: c.Span.Start, End: c.Span.Start + len(first)}); ok && it.L.Style != "第条" {
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
