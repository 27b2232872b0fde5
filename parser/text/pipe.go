package text

import (
	"strings"

	"github.com/crossfoot/crossfoot/model"
)

// pipeTable recognises a Markdown pipe table whose header row is line (line
// number no): the next line must be a delimiter row such as |---|:--:| with
// as many cells; body rows follow up to the first line without a pipe. It
// builds the table and reports whether there was one. Rows with fewer cells
// are padded with empty ones, as Markdown does; rows with more widen the
// table rather than lose figures.
func (p *reader) pipeTable(line string, no int) (bool, error) {
	if !strings.Contains(line, "|") {
		return false, nil
	}
	header := splitPipeRow(line)
	if delim, ok := p.sc.peek(); !ok || !isDelimiterRow(delim, len(header)) {
		return false, nil
	}
	p.sc.next()
	return true, p.gridTable(header, no, isPipeRow, splitPipeRow)
}

// isPipeRow reports whether line continues a pipe table.
func isPipeRow(line string) bool {
	return strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "\t") && strings.Contains(line, "|")
}

// gridTable builds a table from first (read from line no) and the following
// lines for which more holds, each split into cells by split. Shorter rows
// are padded with empty cells; the widest row sets the width.
func (p *reader) gridTable(first []string, no int, more func(string) bool, split func(string) []string) error {
	rows := [][]string{first}
	nos := []int{no}
	cells := len(first) // a bound while reading; padding is counted below
	for {
		line, ok := p.sc.peek()
		if !ok || !more(line) {
			break
		}
		p.sc.next()
		r := split(line)
		rows = append(rows, r)
		nos = append(nos, p.sc.no)
		if cells += len(r); p.cells+cells > maxCells {
			return p.count(cells, 0)
		}
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if err := p.count(width*len(rows), width*len(rows)); err != nil {
		return err
	}
	p.b.BeginTable()
	for r, cells := range rows {
		p.b.BeginRow(0)
		for c := 0; c < width; c++ {
			p.b.BeginCell(1, model.NoVMerge)
			if c < len(cells) && !blank(cells[c]) {
				p.b.Text(p.limit(cells[c], nos[r]))
			}
			p.b.EndCell()
		}
		p.b.EndRow()
	}
	p.b.EndTable()
	return nil
}

// splitPipeRow splits "| a | b |" into trimmed cells; "\|" is a literal pipe.
func splitPipeRow(line string) []string {
	s := strings.TrimSpace(line)
	s = strings.TrimPrefix(s, "|")
	if strings.HasSuffix(s, "|") && !strings.HasSuffix(s, `\|`) {
		s = s[:len(s)-1]
	}
	var cells []string
	var cur strings.Builder
	for j := 0; j < len(s); j++ {
		switch {
		case s[j] == '\\' && j+1 < len(s) && s[j+1] == '|':
			cur.WriteByte('|')
			j++
		case s[j] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(s[j])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// isDelimiterRow reports whether line is a delimiter row of n cells:
// each cell dashes with optional colons at either end.
func isDelimiterRow(line string, n int) bool {
	if !strings.Contains(line, "-") {
		return false
	}
	if !strings.Contains(line, "|") && n > 1 {
		return false
	}
	cells := splitPipeRow(line)
	if len(cells) != n {
		return false
	}
	for _, c := range cells {
		c = strings.TrimSuffix(strings.TrimPrefix(c, ":"), ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}
