package text

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/model"
)

// ErrTooLarge reports input beyond Options.MaxBytes.
var ErrTooLarge = errors.New("文本文件超出大小限制，请拆分后再提交")

// Options limits what Parse accepts. Zero fields mean the documented default.
type Options struct {
	MaxBytes     int64 // largest input in bytes; default 256 MiB
	MaxCellBytes int   // longest paragraph or cell text in bytes, longer ones are cut; default 64 MiB
}

const (
	defaultMaxBytes     = 256 << 20
	defaultMaxCellBytes = 64 << 20
)

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return defaultMaxBytes
}

func (o Options) maxCellBytes() int {
	if o.MaxCellBytes > 0 {
		return o.MaxCellBytes
	}
	return defaultMaxCellBytes
}

// Parse reads a text report from r. name is used in the document and in
// error messages. Errors wrap ErrEncoding, ErrTooLarge or the context's error.
func Parse(ctx context.Context, r io.Reader, name string, opt Options) (*model.Document, error) {
	limit := opt.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s：读取失败：%w", name, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s：%w（上限 %d 字节）", name, ErrTooLarge, limit)
	}
	return ParseBytes(ctx, data, name, opt)
}

// ParseBytes is Parse for input already in memory.
func ParseBytes(ctx context.Context, data []byte, name string, opt Options) (*model.Document, error) {
	if limit := opt.maxBytes(); int64(len(data)) > limit {
		return nil, fmt.Errorf("%s：%w（上限 %d 字节）", name, ErrTooLarge, limit)
	}
	s, _, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s：%w", name, err)
	}
	p := &reader{
		b:       model.NewBuilder(name, "text"),
		name:    name,
		lines:   splitLines(s),
		maxCell: opt.maxCellBytes(),
	}
	if err := p.run(ctx); err != nil {
		return nil, fmt.Errorf("%s：%w", name, err)
	}
	return p.b.Document(), nil
}

// splitLines normalises CRLF and CR line ends and splits s into lines. A
// final line end does not start another line.
func splitLines(s string) []string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// reader walks the lines once. TAB tables are collected whole before they
// are built, because a table is as wide as its widest row.
type reader struct {
	b       *model.Builder
	name    string
	lines   []string
	maxCell int

	rows  [][]tabCell // rows of the open TAB table
	row   []tabCell   // the open row, if inRow
	inRow bool
}

// tabCell is one cell of the TAB format: its lines and the 1-based line
// number where it starts (for error messages).
type tabCell struct {
	lines []string
	line  int
}

func (p *reader) run(ctx context.Context) error {
	for i := 0; i < len(p.lines); i++ {
		if i&0xFFF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		line := p.lines[i]
		switch {
		case strings.HasPrefix(line, "\t"):
			// A cell starts; it opens a row, and a table if none is open.
			p.inRow = true
			p.row = append(p.row, tabCell{lines: []string{line[1:]}, line: i + 1})
		case line == "":
			// A blank line ends the open row; elsewhere it only separates.
			p.endRow()
		case p.inRow:
			// A line without TAB inside a row continues the last cell.
			c := &p.row[len(p.row)-1]
			c.lines = append(c.lines, line)
		default:
			p.flushTable()
			if n := p.pipeTable(i); n > 0 {
				i += n - 1
				continue
			}
			p.paragraph(line, i+1)
		}
	}
	p.flushTable()
	return nil
}

func (p *reader) endRow() {
	if p.inRow {
		p.rows = append(p.rows, p.row)
		p.row = nil
		p.inRow = false
	}
}

// flushTable builds the open TAB table, if any. It is as wide as its widest
// row; in a shorter row the last cell spans the remaining columns, exactly
// as the Word table the export came from was rebuilt.
func (p *reader) flushTable() {
	p.endRow()
	if len(p.rows) == 0 {
		return
	}
	if p.indentedProse() {
		for _, r := range p.rows {
			for _, c := range r {
				for k, line := range c.lines {
					p.paragraph(line, c.line+k)
				}
			}
		}
		p.rows = nil
		return
	}
	width := 0
	for _, r := range p.rows {
		width = max(width, len(r))
	}
	p.b.BeginTable()
	for _, r := range p.rows {
		p.b.BeginRow(0)
		for j, c := range r {
			span := 1
			if j == len(r)-1 {
				span = width - j
			}
			p.b.BeginCell(span, model.NoVMerge)
			if txt := strings.Join(c.lines, "\n"); !blank(txt) {
				p.b.Text(p.limit(txt, c.line))
			}
			p.b.EndCell()
		}
		p.b.EndRow()
	}
	p.b.EndTable()
	p.rows = nil
}

// indentedProse reports whether the open TAB "table" is really prose
// indented with TABs: every cell a long sentence (at least proseRunes runes,
// ending in 。！？ or ；). Table cells are labels and figures; a table
// made only of full sentences is a text file whose paragraphs start with a
// TAB, and reading it as a table would hide its prose from the prose rules.
func (p *reader) indentedProse() bool {
	for _, r := range p.rows {
		for _, c := range r {
			txt := strings.TrimSpace(strings.Join(c.lines, ""))
			if utf8.RuneCountInString(txt) < proseRunes {
				return false
			}
			last, _ := utf8.DecodeLastRuneInString(txt)
			if !strings.ContainsRune("。！？；.!?", last) {
				return false
			}
		}
	}
	return true
}

// proseRunes is the shortest cell indentedProse takes for a sentence.
const proseRunes = 40

// limit cuts s to the maximal cell size at a rune boundary, recording an error.
func (p *reader) limit(s string, line int) string {
	if len(s) <= p.maxCell {
		return s
	}
	n := p.maxCell
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	p.b.Error(fmt.Errorf("%s 第%d行：文字超过 %d 字节，其余部分未读取", p.name, line, p.maxCell))
	return s[:n]
}

// blank reports whether s holds only white space (ASCII, U+3000 and the
// like). Such a line or cell carries no text: like the docx reader, which
// drops white-space-only paragraphs, the text reader makes no paragraph of
// it and leaves the cell empty, so both formats number paragraphs alike.
func blank(s string) bool { return strings.TrimSpace(s) == "" }

// paragraph adds a line outside tables as a heading or a body paragraph.
// A white-space-only line adds nothing.
func (p *reader) paragraph(line string, no int) {
	if blank(line) {
		return
	}
	line = p.limit(line, no)
	if level, text, ok := markdownHeading(line); ok {
		num, _ := numberLabel(text)
		p.b.Heading(level, num, model.RunText{Text: text, Index: -1})
		return
	}
	if level, num, ok := numberedHeading(line); ok {
		p.b.Heading(level, num, model.RunText{Text: line, Index: -1})
		return
	}
	p.b.Text(line)
}
