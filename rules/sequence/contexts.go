package sequence

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// lineItem returns the label at the start of the text at span s.
func lineItem(d *model.Document, s model.Span) (item, bool) {
	if txt := d.Slice(s); !mayStartItem(txt) || !mayHaveWords(txt) {
		return item{}, false // most lines and cells: words or figures such as 1,234.56
	}
	return prefixedItem(d, s, "")
}

// mayStartItem reports whether the first rune of s after its leading
// ASCII spaces may start an item for prefixedItem: a space of another
// kind, the [ of a bookmark, or a rune a label may start with as
// parseLabel reads it (mayStartLabel). Any other line is no item.
func mayStartItem(s string) bool {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && asciiSpace[s[i]] {
		i++
	}
	if i == len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return c >= '0' && c <= '9' || c == '(' || c == '['
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || mayStartLabel(normRune(r))
}

// mayHaveWords reports whether s holds a byte that may belong to a rune
// listLine counts as words (a letter, a Han character, a quotation mark
// or 《): a non-ASCII byte, an ASCII letter or ". Without one, no label
// at the start of s passes listLine, so the line is no item.
func mayHaveWords(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '"' {
			return true
		}
	}
	return false
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
	src := txt
	if prefix != "" {
		src = prefix + txt
	}
	// parseLabel and listLine read src as figures.Normalize would leave
	// it, rune for rune, without copying the paragraph
	l, lead, ok := parseLabel(src)
	if !ok || l.Value <= 0 || lead != 0 || !listLine(src[l.Len:], l) {
		return item{}, false
	}
	l.Text = src[:l.Len]
	if runsOn(src[l.Len:], l) {
		return item{}, false
	}
	end := s.Start + l.Len - len(prefix)
	return item{L: l, Span: model.Span{Start: s.Start, End: end}}, true
}

// runsOn reports whether the text after label l goes on to the next label
// of its style after a clause mark: "第一部分 部门概况；第二部分 2023年度
// 部门决算表；…" (a contents line) or "1.加强预算管理；2.…" is a run-in
// list, not item 1 of a list of paragraphs.
func runsOn(rest string, l label) bool {
	next := formatLabel(l, l.Value+1)
	for i := 0; ; {
		k := cjk.Index(rest[i:], next)
		if k < 0 {
			return false
		}
		k += i
		for _, sep := range [...]string{"；", "，", "。", ";"} {
			if strings.HasSuffix(strings.TrimRight(rest[:k], " \u3000"), sep) {
				return true
			}
		}
		i = k + len(next)
	}
}

// listLine reports whether the text after a label reads like a list item:
// it has words (not only figures), is not a table-of-contents entry with
// dot leaders, and does not carry a second label of the same style (a
// flattened table row such as "二、事业收入 五、文化旅游体育与传媒支出").
// It reads rest as figures.Normalize would leave it (listLineRef in
// contexts_test.go is the plain version on normalised text).
func listLine(rest string, l label) bool {
	// words among the first six characters after the leading space
	i := leadingSpace(rest)
	words := false
	for k := 0; k < 6 && i < len(rest); k++ {
		r, n := runeAt(rest, i)
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || r == '“' || r == '"' || r == '《' {
			words = true
			break
		}
		i += n
	}
	if !words {
		return false
	}
	// One pass over rest looks for both reasons to refuse the line: dot
	// leaders or an ellipsis (leaderOrEllipsis), and a second label of the
	// same style at the start of a later field (the fields of
	// strings.Fields). Most bytes start neither a space nor one of . ． …
	// ·: the pass steps over runs of them at once.
	first := true
	start := -1                 // of the current field
	prevEnd := 0                // the end of the previous field
	dots, ells, mids := 0, 0, 0 // leaderOrEllipsis's runs before i
	for i := 0; i <= len(rest); {
		n := 1
		if i < len(rest) {
			c := rest[i]
			if !lineLead[c] {
				if start < 0 {
					start = i
				}
				dots, ells, mids = 0, 0, 0
				i = skipPlain(rest, i+1)
				continue
			}
			if w := leaderRune(rest, i); w > 0 {
				switch c {
				case '.', 0xef:
					dots, ells, mids = dots+1, 0, 0
				case 0xe2:
					dots, ells, mids = 0, ells+1, 0
				default:
					dots, ells, mids = 0, 0, mids+1
				}
				if dots == 4 || ells == 2 || mids == 3 {
					return false
				}
				if start < 0 {
					start = i
				}
				i += w
				continue
			}
			dots, ells, mids = 0, 0, 0
			var space bool
			if space, n = spaceAt(rest, i); !space {
				if start < 0 {
					start = i
				}
				i += n
				continue
			}
		}
		if start >= 0 {
			if !first && !endsLatinLetter(rest[:prevEnd]) {
				if o, _, ok := parseLabel(rest[start:i]); ok && o.Style == l.Style && !o.Weak && labelsSomething(rest, start+o.Len) {
					return false
				}
			}
			first, start, prevEnd = false, -1, i
		}
		i += n
	}
	return true
}

// skipPlain returns the offset of the first rune at or after i that
// listLine must look at: a space or one of . ． … · (or len(s)). Every
// other rune, the CJK punctuation that shares a first byte with them
// (，（）“”、。 with ． … and U+3000) included, is passed over here as
// listLine's loop would pass it (resetting the runs, which are already
// reset), a byte at a time: continuation bytes never start a space or
// a leader. Four bytes are looked up at a time, most of a paragraph
// being Han characters.
func skipPlain(s string, i int) int {
	for {
		// (the four looked up together: one branch, not four)
		for ; i+4 <= len(s); i += 4 {
			_ = s[i+3]
			if lineLeadBit[s[i]]|lineLeadBit[s[i+1]]|lineLeadBit[s[i+2]]|lineLeadBit[s[i+3]] != 0 {
				break
			}
		}
		for i < len(s) && !lineLead[s[i]] {
			i++
		}
		if i >= len(s) {
			return len(s)
		}
		if s[i] < utf8.RuneSelf || leaderRune(s, i) > 0 {
			return i
		}
		if space, _ := spaceAt(s, i); space {
			return i
		}
		i++ // a lead byte of another rune
	}
}

// lineLead marks the bytes listLine stops at: those a space can start with
// (spaceLead) and those of . ． … · (leaderLead).
var lineLead = func() (t [256]bool) {
	for i := range t {
		t[i] = spaceLead[i] || leaderLead[i]
	}
	return t
}()

// lineLeadBit is lineLead as 0 or 1, for skipPlain to OR together.
var lineLeadBit = func() (t [256]uint8) {
	for i, lead := range lineLead {
		if lead {
			t[i] = 1
		}
	}
	return t
}()

// leaderRune returns the width of the rune . ． … or · at s[i], 0 if
// another starts there.
func leaderRune(s string, i int) int {
	switch c := s[i]; {
	case c == '.':
		return 1
	case c == 0xef && strings.HasPrefix(s[i:], "．"),
		c == 0xe2 && strings.HasPrefix(s[i:], "…"):
		return 3
	case c == 0xc2 && strings.HasPrefix(s[i:], "·"):
		return 2
	}
	return 0
}

// spaceLead marks the bytes a space (unicode.IsSpace) can start with: the
// ASCII spaces and C2, E1, E2, E3 (see spaceAt).
var spaceLead = func() (t [256]bool) {
	copy(t[:], asciiSpace[:])
	t[0xc2], t[0xe1], t[0xe2], t[0xe3] = true, true, true, true
	return t
}()

// A label-like field after a word in Latin letters refers to something
// numbered ("in Box 1.", "see Figure 2. The"), it does not start an item.
func isLatinLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// endsLatinLetter reports whether s ends with a Latin letter, ASCII or
// full-width (Ａ–Ｚ is EF BC A1–BA, ａ–ｚ EF BD 81–9A): a word typed in
// full-width letters ("Ｂｏｘ 1.") refers to something numbered as well.
func endsLatinLetter(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	if isLatinLetter(s[n-1]) {
		return true
	}
	if n < 3 || s[n-3] != 0xEF {
		return false
	}
	b, c := s[n-2], s[n-1]
	return b == 0xBC && c >= 0xA1 && c <= 0xBA || b == 0xBD && c >= 0x81 && c <= 0x9A
}

// labelsSomething reports whether text follows a label ending at offset
// end of rest: a label that ends the paragraph ("… as shown in 1.") starts
// no flattened field.
func labelsSomething(rest string, end int) bool {
	return strings.TrimLeftFunc(rest[end:], unicode.IsSpace) != ""
}

// leaderLead marks the first bytes of . ． … and ·.
var leaderLead = [256]bool{'.': true, 0xef: true, 0xe2: true, 0xc2: true}

// proseItems returns the labels of headings and body paragraphs outside tables.
func proseItems(d *model.Document) []item { return appendProseItems(nil, d) }

// appendProseItems is proseItems appending to out.
func appendProseItems(out []item, d *model.Document) []item {
	pending := false
	var bare item // a paragraph holding only a label (bareLabel)
	hasBare := false
	for _, b := range d.Blocks {
		var s model.Span
		var runs []model.Run
		_, heading := b.(*model.Heading)
		switch b := b.(type) {
		case *model.Heading:
			s, runs = b.Span, b.Runs
		case *model.Paragraph:
			if b.Kind != model.Body {
				continue
			}
			s, runs = b.Span, b.Runs
		default:
			continue
		}
		prevBare := hasBare
		hasBare = false
		// text before the first source run was generated by the parser
		typedFrom := s.Start
		if len(runs) > 0 {
			typedFrom = runs[0].Offset
		}
		if t := cjk.TrimSpace(d.Slice(s)); t == "（" || t == "(" {
			pending = true // a label broken across lines: "（" / "三）…"
			continue
		}
		if pending {
			pending = false
			if it, ok := prefixedItem(d, s, "（"); ok {
				it.Auto = it.Span.Start < typedFrom
				out = append(out, it)
				continue
			}
		}
		it, ok := lineItem(d, s)
		if !ok {
			// "附件：1.项目支出绩效运行监控表" opens the list of attachments
			// whose next item ("2.预算执行进度明细表") is a paragraph of its own
			if rest, cut := attachmentsLead(d.Slice(s)); cut {
				it, ok = lineItem(d, model.Span{Start: s.Start + len(d.Slice(s)) - len(rest), End: s.End})
				ok = ok && it.L.Value == 1
			}
		}
		if prevBare && !ok && listLine(d.Slice(s), bare.L) {
			out = append(out, bare) // a label alone, its text in this paragraph
		}
		if ok {
			it.Auto = it.Span.Start < typedFrom
			it.Heading = heading
			out = append(out, it)
		} else if it, ok := letterItem(d, s); ok {
			out = append(out, it)
		} else if it, ok := bareLabel(d, s); ok {
			it.Auto = it.Span.Start < typedFrom
			bare, hasBare = it, true
		}
	}
	return out
}

// bareLabel returns the label of a paragraph that holds nothing else
// ("3.", then the item's text as the next paragraph).
func bareLabel(d *model.Document, s model.Span) (item, bool) {
	txt := d.Slice(s)
	lead := leadingSpace(txt)
	t := txt[lead:]
	l, _, ok := parseLabel(t)
	if !ok || l.Value <= 0 || l.Weak || leadingSpace(t[l.Len:]) != len(t)-l.Len {
		return item{}, false
	}
	start := s.Start + lead
	l.Text = t[:l.Len]
	return item{L: l, Span: model.Span{Start: start, End: start + l.Len}}, true
}

// letterStyle is the style of outline letters (see letterItem).
const letterStyle = "A."

// letterItem reads an outline letter at the start of a paragraph ("A.",
// "E.\tDevelopment Standards") as a level of the prose list: a list of 1.
// 2. under one lettered section and another under the next are two lists,
// not a repeat. Letters only open a level (checkWith), they are never
// checked themselves ("I." may as well be a Roman one), and they are Auto:
// never blamed either.
func letterItem(d *model.Document, s model.Span) (item, bool) {
	txt := d.Slice(s)
	lead := leadingSpace(txt)
	t := txt[lead:]
	if len(t) < 4 || t[0] < 'A' || t[0] > 'Z' || t[1] != '.' {
		return item{}, false
	}
	if space, _ := spaceAt(t, 2); !space || !listLine(t[2:], label{Style: letterStyle}) {
		return item{}, false
	}
	start := s.Start + lead
	l := label{Style: letterStyle, Value: int(t[0]-'A') + 1, Text: t[:2], Len: 2}
	return item{L: l, Span: model.Span{Start: start, End: start + 2}, Auto: true}, true
}

// cellItems returns, per cell with several labelled lines, those labels.
func cellItems(d *model.Document) [][]item {
	_, out := appendCellItems(nil, d)
	return out
}

// appendCellItems is cellItems keeping the items of all cells in one
// slice, all (returned, grown from the one given, for reuse): each cell's
// items are a slice of it.
func appendCellItems(all []item, d *model.Document) (_ []item, out [][]item) {
	var spans [][2]int
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			if strings.IndexByte(txt, '\n') < 0 {
				continue
			}
			from := len(all)
			off := c.Span.Start
			runs := c.Runs
			// the lines of strings.SplitSeq(txt, "\n"), without the iterator
			for rest := txt; ; {
				line := rest
				nl := strings.IndexByte(rest, '\n')
				if nl >= 0 {
					line, rest = rest[:nl], rest[nl+1:]
				}
				end := off + len(line)
				// as in proseItems: a label before the line's first source
				// run was generated from Word's numbering definitions
				typedFrom := off
				if len(c.Runs) > 0 {
					for len(runs) > 0 && runs[0].Offset < off {
						runs = runs[1:]
					}
					typedFrom = end
					if len(runs) > 0 && runs[0].Offset < end {
						typedFrom = runs[0].Offset
					}
				}
				if it, ok := lineItem(d, model.Span{Start: off, End: end}); ok {
					it.Auto = it.Span.Start < typedFrom
					all = append(all, it)
				}
				if nl < 0 {
					break
				}
				off = end + 1
			}
			if len(all)-from >= 2 {
				spans = append(spans, [2]int{from, len(all)})
			} else {
				all = all[:from]
			}
		}
	}
	if len(spans) > 0 {
		out = make([][]item, len(spans))
		for k, sp := range spans {
			out[k] = all[sp[0]:sp[1]:sp[1]]
		}
	}
	return all, out
}

// columnItems returns, per table column, the labels at the start of its
// cells from top to bottom. In a column headed 序号 bare integers count.
func columnItems(d *model.Document) [][]item {
	_, out := appendColumnItems(nil, d)
	return out
}

// appendColumnItems is columnItems keeping the items of all columns in one
// slice, all (returned, grown from the one given, for reuse): each
// column's items are a slice of it.
// proseColumn reports a table column holding paragraphs of prose: two
// cells or more of forty runes or more that end a sentence.
func proseColumn(d *model.Document, t *model.Table, col int) bool {
	n := 0
	for r := 0; r < t.Rows; r++ {
		c := t.At(r, col)
		if c == nil || c.Row != r || c.Col != col || c.Span.End-c.Span.Start < 120 {
			continue // (forty runes of CJK take 120 bytes)
		}
		if txt := d.Slice(c.Span); cjk.Contains(txt, "。") && utf8.RuneCountInString(txt) >= 40 {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

func appendColumnItems(all []item, d *model.Document) (_ []item, out [][]item) {
	var spans [][2]int
	for _, t := range d.Tables {
		if _, _, summary := tables.SummaryLayout(d, t); summary {
			// a 收支总表 numbers its items after the official template
			// (一、财政拨款收入 … 四、事业收入 … 七、其他收入) and leaves
			// out the rows a department has none of: gaps are normal
			continue
		}
		for col := 0; col < t.Cols; col++ {
			if t.Rows >= 4 && proseColumn(d, t, col) {
				// a layout table, whose column holds the report's headings and
				// paragraphs as well as tables' rows: several lists in one
				continue
			}
			from := len(all)
			its := all // the column's items are its[from:]
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
				trim := cjk.TrimSpace(first)
				switch trim {
				case "序号", "编号", "序 号":
					serial = true
					continue
				}
				if serial {
					if n := figures.ParseCell(trim); n.Kind == figures.Value && n.Dec == 0 && n.Unit == "" && !n.Percent && n.Mant > 0 && n.Mant < 1000 {
						lead := cjk.Index(first, trim)
						its = append(its, item{L: label{Style: "序号", Value: int(n.Mant), Text: trim}, Span: model.Span{Start: c.Span.Start + lead, End: c.Span.Start + lead + len(trim)}})
						continue
					}
					if figures.HasLetters(trim) && !isTotal(trim) {
						serial = false
					}
				}
				if it, ok := lineItem(d, model.Span{Start: c.Span.Start, End: c.Span.Start + len(first)}); ok && it.L.Style != "第条" {
					its = append(its, it)
					// A cell may hold several items ("19. …\n20. …"): the next
					// row continues from its last one. Those inner items are
					// context only; their own order is SEQ001's business.
					for off := c.Span.Start + len(first) + 1; off < c.Span.End; {
						end := strings.IndexByte(d.Text[off:c.Span.End], '\n')
						if end < 0 {
							end = c.Span.End - off
						}
						if in, ok := lineItem(d, model.Span{Start: off, End: off + end}); ok && in.L.Style == it.L.Style {
							in.Auto = true
							its = append(its, in)
						}
						off += end + 1
					}
				}
			}
			if len(its)-from >= 3 {
				spans = append(spans, [2]int{from, len(its)})
				all = its
			} else {
				all = its[:from]
			}
		}
	}
	if len(spans) > 0 {
		out = make([][]item, len(spans))
		for k, sp := range spans {
			out[k] = all[sp[0]:sp[1]:sp[1]]
		}
	}
	return all, out
}

func isTotal(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return cjk.Contains(s, "合计") || cjk.Contains(s, "总计") || cjk.Contains(s, "小计")
}

// spaceAtWidth is the width of the space at s[i], 0 if none starts there.
func spaceAtWidth(s string, i int) int {
	if sp, w := spaceAt(s, i); sp {
		return w
	}
	return 0
}

// attachmentsLead cuts the lead "附件：" off a paragraph that lists
// attachments after it.
func attachmentsLead(t string) (string, bool) {
	for _, lead := range [...]string{"附件：", "附件:"} {
		if rest, ok := strings.CutPrefix(strings.TrimLeft(t, " \u3000"), lead); ok {
			return strings.TrimLeft(rest, " \u3000"), true
		}
	}
	return "", false
}
