package modelmd

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/crossfoot/crossfoot/model"
)

// Markers used for merged cells.
const (
	CoveredAbove = "⟨合并↑⟩" // grid position covered by a cell above
	CoveredLeft  = "⟨合并←⟩" // grid position covered by a cell to the left
)

// Write renders d as Markdown.
func Write(w io.Writer, d *model.Document) error {
	bw := bufio.NewWriter(w)
	first := true
	sep := func() {
		if !first {
			bw.WriteString("\n")
		}
		first = false
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			sep()
			text := strings.TrimSpace(oneLine(d.Slice(b.Span)))
			if b.Number != "" && !strings.HasPrefix(text, b.Number) {
				text = b.Number + text
			}
			level := min(max(b.Level, 1), 6)
			fmt.Fprintf(bw, "%s %s\n", strings.Repeat("#", level), text)
		case *model.Paragraph:
			text := strings.TrimSpace(d.Slice(b.Span))
			if text == "" {
				continue
			}
			sep()
			prefix := ""
			switch b.Kind {
			case model.Footnote:
				prefix = "［脚注］"
			case model.Endnote:
				prefix = "［尾注］"
			case model.TextBox:
				prefix = "［文本框］"
			}
			bw.WriteString(prefix + escapeLineStart(strings.ReplaceAll(text, "\n", "  \n")) + "\n")
		case *model.Table:
			sep()
			writeTable(bw, d, b)
		}
	}
	if len(d.Errors) > 0 {
		sep()
		bw.WriteString("---\n\n")
		for _, e := range d.Errors {
			fmt.Fprintf(bw, "- 读取问题：%s\n", oneLine(e.Error()))
		}
	}
	return bw.Flush()
}

// writeTable writes t and then, recursively, the tables nested in its cells.
func writeTable(bw *bufio.Writer, d *model.Document, t *model.Table) {
	title := fmt.Sprintf("**表%d**", t.Index+1)
	if t.Caption != "" {
		title += " " + escapeCell(t.Caption)
	}
	if p := t.Parent; p != nil && p.Table != nil {
		title += fmt.Sprintf("（嵌套于表%d 第%d行 第%d列）", p.Table.Index+1, p.Row+1, p.Col+1)
	}
	if u := d.UnitNote(t); u != "" {
		title += " · " + escapeCell(u)
	}
	bw.WriteString(title + "\n\n")
	if t.Rows == 0 || t.Cols == 0 {
		bw.WriteString("（空表）\n")
		return
	}
	for r := 0; r < t.Rows; r++ {
		bw.WriteString("|")
		for c := 0; c < t.Cols; c++ {
			bw.WriteString(" " + cellMarkdown(d, t, r, c) + " |")
		}
		bw.WriteString("\n")
		if r == 0 {
			bw.WriteString("|" + strings.Repeat(" --- |", t.Cols) + "\n")
		}
	}
	for _, c := range t.Cells {
		for _, nt := range c.Tables {
			bw.WriteString("\n")
			writeTable(bw, d, nt)
		}
	}
}

// cellMarkdown renders grid position (r, c) of t.
func cellMarkdown(d *model.Document, t *model.Table, r, c int) string {
	cell := t.At(r, c)
	switch {
	case cell == nil:
		return ""
	case cell.Col != c:
		return CoveredLeft
	case cell.Row != r:
		return CoveredAbove
	}
	s := escapeCell(d.CellOwnText(cell))
	for _, nt := range cell.Tables {
		s = strings.TrimSpace(s + fmt.Sprintf(" ⟨表%d⟩", nt.Index+1))
	}
	var span string
	switch {
	case cell.RowSpan > 1 && cell.ColSpan > 1:
		span = fmt.Sprintf("⟨跨%d行%d列⟩", cell.RowSpan, cell.ColSpan)
	case cell.RowSpan > 1:
		span = fmt.Sprintf("⟨跨%d行⟩", cell.RowSpan)
	case cell.ColSpan > 1:
		span = fmt.Sprintf("⟨跨%d列⟩", cell.ColSpan)
	}
	if span != "" {
		s = strings.TrimSpace(s + " " + span)
	}
	return s
}

// escapeCell makes s safe inside a Markdown table cell.
func escapeCell(s string) string {
	s = strings.TrimSpace(s)
	s = strings.ReplaceAll(s, "\\", "\\\\")
	s = strings.ReplaceAll(s, "|", "\\|")
	s = strings.ReplaceAll(s, "\r", "")
	return strings.ReplaceAll(s, "\n", "<br>")
}

// escapeLineStart keeps a paragraph from being read as a heading, quote,
// list item or rule.
func escapeLineStart(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '>', '-', '*', '+', '=', '|', '`', '~':
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", " ") }
