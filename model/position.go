package model

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// anchor is one located region recorded by the builder: a paragraph, a
// heading or a table cell.
type anchor struct {
	s    Span
	para int // paragraph number if outside tables
	kind ParaKind
	cell *Cell // non-nil for table cells
}

// Position is a human location of an offset in a document.
type Position struct {
	Offset  int
	Section string   // section path such as "二、（一）"; may be empty
	Kind    ParaKind // Body, Footnote, ...
	Para    int      // 1-based paragraph number outside tables, 0 inside a table
	Table   int      // 1-based table number, 0 outside tables
	Row     int      // 1-based grid row inside a table
	Col     int      // 1-based grid column inside a table
	Column  int      // 1-based rune column inside the paragraph or cell
}

// Position resolves a byte offset into a human location. Offsets outside
// every paragraph and cell yield a Position with only Offset and Section.
func (d *Document) Position(off int) Position {
	p := Position{Offset: off, Section: d.SectionPath(off)}
	i := sort.Search(len(d.anchors), func(i int) bool { return d.anchors[i].s.Start > off }) - 1
	for ; i >= 0; i-- {
		a := d.anchors[i]
		if off < a.s.Start || off > a.s.End {
			continue
		}
		p.Column = utf8.RuneCountInString(d.Text[a.s.Start:min(off, len(d.Text))]) + 1
		if a.cell != nil {
			p.Table = a.cell.Table.Index + 1
			p.Row = a.cell.Row + 1
			p.Col = a.cell.Col + 1
		} else {
			p.Para = a.para
			p.Kind = a.kind
		}
		break
	}
	return p
}

// SectionPath returns the numbering path of the headings in force at off,
// such as "二、（一）". Headings without a number contribute a short title.
// Rules ask for it once per finding, so the path after each heading is
// worked out once per document and looked up by binary search.
func (d *Document) SectionPath(off int) string {
	d.sectionPathsOnce.Do(d.buildSectionPaths)
	if d.sectionPaths == nil {
		return d.sectionPathSlow(off)
	}
	i := sort.Search(len(d.headings), func(i int) bool { return d.headings[i].Span.Start > off })
	if i == 0 {
		return ""
	}
	return d.sectionPaths[i-1]
}

// buildSectionPaths fills sectionPaths, or leaves it nil when the headings
// are not in offset order (then SectionPath walks them every time).
func (d *Document) buildSectionPaths() {
	for i := 1; i < len(d.headings); i++ {
		if d.headings[i].Span.Start < d.headings[i-1].Span.Start {
			return
		}
	}
	paths := make([]string, len(d.headings))
	var stack []*Heading
	for i, h := range d.headings {
		for len(stack) > 0 && stack[len(stack)-1].Level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, h)
		paths[i] = d.joinSection(stack)
	}
	d.sectionPaths = paths
}

// sectionPathSlow is SectionPath by a walk over the headings: the
// definition, kept for unordered headings and as the test oracle.
func (d *Document) sectionPathSlow(off int) string {
	var stack []*Heading
	for _, h := range d.headings {
		if h.Span.Start > off {
			break
		}
		for len(stack) > 0 && stack[len(stack)-1].Level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, h)
	}
	return d.joinSection(stack)
}

func (d *Document) joinSection(stack []*Heading) string {
	var b strings.Builder
	for _, h := range stack {
		if h.Number != "" {
			b.WriteString(h.Number)
			continue
		}
		b.WriteString(shorten(d.Slice(h.Span), 12))
		b.WriteByte(' ')
	}
	return strings.TrimSpace(b.String())
}

func shorten(s string, n int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// String renders the position in Chinese, e.g. "表3 第5行 第2列" or
// "二、（一） 第2段 第14字".
func (p Position) String() string {
	var parts []string
	if p.Table > 0 {
		parts = append(parts, fmt.Sprintf("表%d", p.Table), fmt.Sprintf("第%d行", p.Row), fmt.Sprintf("第%d列", p.Col))
	} else {
		if p.Section != "" {
			parts = append(parts, p.Section)
		}
		switch p.Kind {
		case Footnote:
			parts = append(parts, "脚注")
		case Endnote:
			parts = append(parts, "尾注")
		case TextBox:
			parts = append(parts, "文本框")
		}
		if p.Para > 0 {
			parts = append(parts, fmt.Sprintf("第%d段", p.Para))
		}
	}
	if p.Column > 0 {
		parts = append(parts, fmt.Sprintf("第%d字", p.Column))
	}
	return strings.Join(parts, " ")
}

// English renders the position in English, e.g. "table 3, row 5, col 2".
func (p Position) English() string {
	var parts []string
	if p.Table > 0 {
		parts = append(parts, fmt.Sprintf("table %d", p.Table), fmt.Sprintf("row %d", p.Row), fmt.Sprintf("col %d", p.Col))
	} else {
		if p.Section != "" {
			parts = append(parts, "section "+p.Section)
		}
		switch p.Kind {
		case Footnote:
			parts = append(parts, "footnote")
		case Endnote:
			parts = append(parts, "endnote")
		case TextBox:
			parts = append(parts, "text box")
		}
		if p.Para > 0 {
			parts = append(parts, fmt.Sprintf("paragraph %d", p.Para))
		}
	}
	if p.Column > 0 {
		parts = append(parts, fmt.Sprintf("char %d", p.Column))
	}
	return strings.Join(parts, ", ")
}

// fillCaptions gives each top-level table the nearest title-like paragraph:
// the short paragraph just before it (skipping a "单位：" line), a one-cell
// table there holding a title that ends in "表", or, failing that, a short
// paragraph right after it that ends in "表".
func (d *Document) fillCaptions() {
	for i, b := range d.Blocks {
		t, ok := b.(*Table)
		if !ok {
			continue
		}
		number := "" // a form number line ("公开06表") met on the way up
		note := ""   // a line naming the form's filler ("部门：某局 单位：万元")
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			p, ok := d.Blocks[j].(*Paragraph)
			if !ok {
				if h, ok := d.Blocks[j].(*Heading); ok && isTitleLike(d.Slice(h.Span)) {
					t.Caption = strings.TrimSpace(d.Slice(h.Span))
				}
				if tt, ok := d.Blocks[j].(*Table); ok && tt.Rows == 1 && tt.Cols == 1 && len(tt.Cells) == 1 {
					// a title written as a one-cell table ("	“三公”经费财政拨款支出决算表"
					// in a text export) above the unit line and the table
					if txt := strings.TrimSpace(d.Slice(tt.Cells[0].Span)); isTitleLike(txt) && strings.HasSuffix(txt, "表") {
						t.Caption = txt
					}
				}
				break
			}
			txt := strings.TrimSpace(d.Slice(p.Span))
			if txt == "" || isUnitLine(txt) {
				continue
			}
			if note == "" && IsFormNote(txt) {
				note = txt
				continue
			}
			if isFormField(txt) {
				continue // ("编制单位：某局　2019年度": the form's filler, not its title)
			}
			if number == "" && (isFormNumber(txt) || numberAndUnit(txt) != "") && j > i-3 {
				// "…“三公”经费支出决算表" ⏎ "公开06表" ⏎ "单位：万元": the
				// title is the line above the number
				number = txt
				continue
			}
			if isTitleLike(txt) {
				t.Caption = txt
			}
			break
		}
		if t.Caption == "" && number != "" {
			t.Caption = number
		}
		if t.Caption == "" && note != "" {
			t.Caption = note // better than none: it may hold the unit
		}
		if t.Caption == "" && i+1 < len(d.Blocks) {
			for j := i + 1; j < len(d.Blocks) && j <= i+2; j++ {
				p, ok := d.Blocks[j].(*Paragraph)
				if !ok {
					break
				}
				txt := strings.TrimSpace(d.Slice(p.Span))
				if txt == "" {
					continue
				}
				if isTitleLike(txt) && strings.HasSuffix(txt, "表") {
					t.Caption = txt
				}
				break
			}
		}
	}
}

// isFormNumber reports a line that only numbers a form: "公开06表", "附表3",
// "表3".
func isFormNumber(s string) bool {
	s = strings.TrimSpace(s)
	rest, ok := strings.CutSuffix(s, "表")
	if ok {
		rest = strings.TrimPrefix(strings.TrimPrefix(rest, "公开"), "附")
	} else if rest, ok = strings.CutPrefix(s, "附表"); !ok {
		rest, ok = strings.CutPrefix(s, "表")
	}
	if !ok || rest == "" || len(rest) > 3 {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// formNoteFields start a line that names who filled a form in: "部门：",
// "编制单位：", "单位名称：".
var formNoteFields = [...]string{"部门", "编制单位", "单位名称", "填报单位", "预算单位", "编报单位", "部门名称", "填报部门"}

// IsFormNote reports a line between a table's title and the table that
// names who filled the form in and, at its end, the unit ("部门：某局
// 单位：万元", "编制单位：某街道办事处  金额单位：元"): it is not the
// table's title, and the table's unit is the one it gives.
// isFormField reports a line that fills in a form field (编制单位：…,
// 填报单位：…, 部门：…).
func isFormField(s string) bool {
	s = strings.TrimSpace(s)
	for _, f := range formNoteFields {
		if strings.HasPrefix(s, f+"：") || strings.HasPrefix(s, f+":") {
			return true
		}
	}
	return false
}

func IsFormNote(s string) bool {
	s = strings.TrimSpace(s)
	field := ""
	for _, f := range formNoteFields {
		if strings.HasPrefix(s, f+"：") || strings.HasPrefix(s, f+":") {
			field = f
			break
		}
	}
	if field == "" || utf8.RuneCountInString(s) > 60 {
		return false
	}
	k := strings.LastIndex(s, "单位")
	if k <= len(field) {
		return false // no unit after the field
	}
	rest := s[k+len("单位"):]
	rest, ok := strings.CutPrefix(rest, "：")
	if !ok {
		rest, ok = strings.CutPrefix(rest, ":")
	}
	rest = strings.TrimSpace(rest)
	return ok && rest != "" && utf8.RuneCountInString(rest) <= 6
}

// numberAndUnit returns the unit line (or form note, IsFormNote) of a line
// that numbers a form and gives its unit ("公开05表        单位：万元"), else
// "".
func numberAndUnit(s string) string {
	num, unit, ok := strings.Cut(strings.TrimSpace(s), " ")
	if !ok {
		if num, unit, ok = strings.Cut(strings.TrimSpace(s), "\u3000"); !ok {
			return ""
		}
	}
	unit = strings.TrimSpace(strings.Trim(unit, " \u3000"))
	if isFormNumber(num) && (isUnitLine(unit) || IsFormNote(unit)) {
		// (or names the form's filler before the unit: "公开03表　部门：某局　单位：万元")
		return unit
	}
	return ""
}

// NumberAndUnit is numberAndUnit for other packages: the unit line of a
// line numbering a form and giving its unit ("公开07表　单位：元"), else "".
func NumberAndUnit(s string) string { return numberAndUnit(s) }

func isUnitLine(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range [...]string{"金额", "计量", "货币"} { // 金额单位：元
		s = strings.TrimPrefix(s, w)
	}
	return (strings.HasPrefix(s, "单位：") || strings.HasPrefix(s, "单位:") || strings.HasPrefix(s, "（单位")) && utf8.RuneCountInString(s) <= 16
}

func isTitleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	return n > 0 && n <= 60 && !strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "；")
}

// UnitNote returns a "单位：…" line (or a form note ending in one, see
// IsFormNote) directly before or after table t, if any.
func (d *Document) UnitNote(t *Table) string {
	for i, b := range d.Blocks {
		if b != Block(t) {
			continue
		}
		for _, j := range []int{i - 1, i - 2, i + 1} {
			if j < 0 || j >= len(d.Blocks) {
				continue
			}
			if p, ok := d.Blocks[j].(*Paragraph); ok {
				txt := strings.TrimSpace(d.Slice(p.Span))
				if isUnitLine(txt) || IsFormNote(txt) {
					return txt
				}
				if u := numberAndUnit(txt); u != "" {
					return u
				}
			}
		}
	}
	return ""
}
