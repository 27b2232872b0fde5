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
		sc:      newLineScanner(s),
		maxCell: opt.maxCellBytes(),
	}
	p.wrap = wrapWidth(p.sc.s)
	if err := p.run(ctx); err != nil {
		return nil, fmt.Errorf("%s：%w", name, err)
	}
	return p.b.Document(), nil
}

// lineScanner yields the lines of a text one at a time, so that a file of
// millions of short lines costs no slice of them. CRLF and CR line ends are
// normalised before; a final line end does not start another line.
type lineScanner struct {
	s   string
	pos int
	no  int // 1-based number of the line last returned by next
}

func newLineScanner(s string) lineScanner {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return lineScanner{s: strings.TrimSuffix(s, "\n")}
}

// pageBreak reports whether line, read after a row of an open table, and
// the lines after it up to the table's next row are the header and footer
// of a page break: at most three short lines without TAB, one of them a
// page number, then (after blank lines) a cell. It consumes them.
func (p *reader) pageBreak(line string) bool {
	if p.inRow || utf8.RuneCountInString(line) > 40 || strings.Contains(line, "续") {
		return false
	}
	marker := pageMarker(strings.TrimSpace(line))
	rest := p.sc.s[min(p.sc.pos, len(p.sc.s)):]
	texts, lines := 0, 0 // the text lines after line, and all lines, before the next cell
	for k := 0; k < 6 && rest != ""; k++ {
		next, more, _ := strings.Cut(rest, "\n")
		switch {
		case strings.HasPrefix(next, "\t"):
			if !marker {
				return false
			}
			for range lines {
				p.sc.next()
			}
			return true
		case blank(next):
		case strings.Contains(next, "续"):
			return false // "收入决算表（续）": a continued table, joined by its caption (tables.ContinuedBy)
		case texts < 2 && utf8.RuneCountInString(next) <= 40:
			texts++
			marker = marker || pageMarker(strings.TrimSpace(next))
		default:
			return false
		}
		lines++
		rest = more
	}
	return false
}

// peek returns the next line without consuming it.
func (sc *lineScanner) peek() (string, bool) {
	if sc.pos > len(sc.s) || sc.s == "" {
		return "", false
	}
	rest := sc.s[sc.pos:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		return rest[:i], true
	}
	return rest, true
}

// next returns the next line and consumes it.
func (sc *lineScanner) next() (string, bool) {
	line, ok := sc.peek()
	if ok {
		sc.pos += len(line) + 1
		sc.no++
	}
	return line, ok
}

// reader walks the lines once. TAB tables are collected whole before they
// are built, because a table is as wide as its widest row.
type reader struct {
	b       *model.Builder
	name    string
	sc      lineScanner
	maxCell int
	cells   int // table cells so far, against maxCells
	grid    int // grid positions so far, against maxGrid

	rows  [][]tabCell // rows of the open TAB table
	row   []tabCell   // the open row, if inRow
	inRow bool

	// wrap is wrapWidth of the text, 0 when it is not wrapped; then pend
	// holds the lines of the prose paragraph being read (from line
	// pendNo), joined when it ends.
	wrap   int
	pend   []string
	pendNo int
}

// tabCell is one cell of the TAB format: its lines and the 1-based line
// number where it starts (for error messages).
type tabCell struct {
	lines []string
	line  int
}

func (p *reader) run(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for {
		line, ok := p.sc.next()
		if !ok {
			break
		}
		no := p.sc.no
		if no&0xFFF == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if p.wrap > 0 && !strings.HasPrefix(line, "\t") && pageMarker(line) {
			continue // a page number between the lines of a wrapped paragraph or table
		}
		if len(p.pend) > 0 && (line == "" || strings.HasPrefix(line, "\t") || !continuesWrap(p.pend[len(p.pend)-1], line, p.wrap)) {
			p.flushProse()
		}
		switch {
		case len(p.pend) > 0:
			p.pend = append(p.pend, line) // the wrapped paragraph goes on
		case strings.HasPrefix(line, "\t"):
			// A cell starts; it opens a row, and a table if none is open.
			p.inRow = true
			p.row = append(p.row, tabCell{lines: []string{line[1:]}, line: no})
			if err := p.count(1, 0); err != nil {
				return err
			}
		case line == "":
			// A blank line ends the open row; elsewhere it only separates.
			p.endRow()
		case p.inRow:
			// A line without TAB inside a row continues the last cell.
			c := &p.row[len(p.row)-1]
			c.lines = append(c.lines, line)
		case len(p.rows) > 0 && p.pageBreak(line):
			// "顺庆区教育局2021年度部门决算" ⏎ "第 7 页 共 24 页" between two rows
			// of a table: the page's header and footer, not the table's end
			continue
		default:
			if err := p.flushTable(); err != nil {
				return err
			}
			ok, err := p.pipeTable(line, no)
			if !ok && err == nil {
				ok, err = p.tsvTable(line, no)
			}
			if err != nil {
				return err
			}
			if !ok {
				if p.wrap > 0 && !blank(line) {
					if _, _, heading := numberedHeading(line); !heading {
						p.pend, p.pendNo = append(p.pend[:0], line), no
						continue
					}
				}
				p.paragraph(line, no)
			}
		}
	}
	p.flushProse()
	return p.flushTable()
}

// flushProse adds the wrapped paragraph read so far, its lines joined
// without a separator (Chinese has none between words; a PDF breaks a line
// anywhere, even between a figure and its unit).
func (p *reader) flushProse() {
	if len(p.pend) == 0 {
		return
	}
	line := p.pend[0]
	if len(p.pend) > 1 {
		line = strings.Join(p.pend, "")
	}
	p.pend = p.pend[:0]
	p.paragraph(line, p.pendNo)
}

// Limits on tables, so that a small hostile file cannot make the reader
// allocate without bound: a file of "\t\n" lines is a cell per two bytes,
// and one wide row makes every row of its table as wide. Real reports stay
// far below (the example report has under 1,000 cells).
const (
	maxCells = 1 << 18 // table cells per document
	maxGrid  = 1 << 22 // grid positions (rows × columns, summed over tables) per document
)

// count adds cells and grid positions to the document's totals and fails
// with ErrTooLarge beyond the limits.
func (p *reader) count(cells, grid int) error {
	p.cells += cells
	p.grid += grid
	if p.cells > maxCells || p.grid > maxGrid {
		return fmt.Errorf("%w：表格过多或过大（单元格超过 %d 个或表格格位超过 %d 个）", ErrTooLarge, maxCells, maxGrid)
	}
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
func (p *reader) flushTable() error {
	p.endRow()
	if len(p.rows) == 0 {
		return nil
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
		return nil
	}
	width := 0
	for _, r := range p.rows {
		width = max(width, len(r))
	}
	if err := p.count(0, width*len(p.rows)); err != nil {
		return err
	}
	p.b.BeginTable()
	var spans []int
	for i, r := range p.rows {
		p.b.BeginRow(0)
		spans = spans[:0]
		if len(r) < width && i+1 < len(p.rows) {
			spans = headerSpans(spans, r, p.rows[i+1], width)
		}
		for j, c := range r {
			span := 1
			switch {
			case len(spans) > 0:
				span = spans[j]
			case j == len(r)-1:
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
	return nil
}

// headerSpans returns the spans of the cells of header row r, shorter
// than the table's width, that the full row below it gives, the way Word
// merged them before the export lost the merges:
//
//	科目编码 | 科目名称 | 2024年预算数 | 2025年预算数 | 增减额 | 增减率
//	         |          |              | 合计 | 基本支出 | 项目支出 |  |
//
// Each blank cell below stands under a cell of r of its own, each run of
// text cells under one cell spanning it (2025年预算数 over 合计, 基本支出,
// 项目支出). It appends nothing (r's last cell then spans the rest) unless
// r is all text, the row below as wide as the table, none of its cells a
// figure, and its blanks and runs exactly as many as r's cells.
func headerSpans(out []int, r, below []tabCell, width int) []int {
	if len(below) != width {
		return out
	}
	for _, c := range r {
		if t := strings.Join(c.lines, ""); blank(t) || isFigure(t) {
			return out
		}
	}
	start := len(out)
	for j := 0; j < width; {
		t := strings.Join(below[j].lines, "")
		if isFigure(t) || len(out)-start == len(r) {
			return out[:start]
		}
		n := 1
		if !blank(t) {
			for j+n < width && !blank(strings.Join(below[j+n].lines, "")) {
				n++
			}
		}
		out = append(out, n)
		j += n
	}
	if len(out)-start != len(r) {
		return out[:start]
	}
	return out
}

// isFigure reports a cell that is a figure ("5,381.38", "-3.38%"): a data
// cell, not a header's (2024年预算数 is a header).
func isFigure(t string) bool {
	t = strings.TrimSpace(t)
	digits := false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits = true
		case !strings.ContainsRune(".,-+%", rune(c)):
			return false
		}
	}
	return digits
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
