package text

import (
	"strings"

	"github.com/crossfoot/crossfoot/model"
)

// pipeTable recognises a Markdown pipe table starting at line i: a header
// row, a delimiter row such as |---|:--:| with as many cells, then body rows
// up to the first line without a pipe. It builds the table and returns the
// number of lines used, or 0 when there is no table at i. Rows with fewer
// cells are padded with empty ones, as Markdown does; rows with more widen
// the table rather than lose figures.
func (p *reader) pipeTable(i int) int {
	if i+1 >= len(p.lines) || !strings.Contains(p.lines[i], "|") {
		return 0
	}
	header := splitPipeRow(p.lines[i])
	if !isDelimiterRow(p.lines[i+1], len(header)) {
		return 0
	}
	rows := [][]string{header}
	n := 2
	for ; i+n < len(p.lines); n++ {
		line := p.lines[i+n]
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "\t") || !strings.Contains(line, "|") {
			break
		}
		rows = append(rows, splitPipeRow(line))
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	p.b.BeginTable()
	for r, cells := range rows {
		p.b.BeginRow(0)
		for c := 0; c < width; c++ {
			p.b.BeginCell(1, model.NoVMerge)
			if c < len(cells) {
				line := i + 1 + r
				if r > 0 {
					line++ // the delimiter row
				}
				p.b.Text(p.limit(cells[c], line))
			}
			p.b.EndCell()
		}
		p.b.EndRow()
	}
	p.b.EndTable()
	return n
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
