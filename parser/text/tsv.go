package text

import (
	"strings"

	"github.com/crossfoot/crossfoot/model"
)

// tsvTable recognises a table pasted as tab-separated values (from Excel,
// or Word's "convert table to text"): two or more consecutive lines that
// each have a TAB inside (not at the start, which is the TAB-cell export),
// one row per line. line (number no) is the first; it builds the table and
// reports whether there was one. Cells are trimmed of surrounding spaces;
// shorter rows are padded with empty cells.
func (p *reader) tsvTable(line string, no int) (bool, error) {
	if !isTSVLine(line) {
		return false, nil
	}
	if next, ok := p.sc.peek(); !ok || !isTSVLine(next) {
		return false, nil
	}
	rows := [][]string{strings.Split(line, "\t")}
	nos := []int{no}
	cells := len(rows[0])
	for {
		next, ok := p.sc.peek()
		if !ok || !isTSVLine(next) {
			break
		}
		p.sc.next()
		r := strings.Split(next, "\t")
		rows = append(rows, r)
		nos = append(nos, p.sc.no)
		if cells += len(r); p.cells+cells > maxCells {
			return true, p.count(cells, 0)
		}
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	if err := p.count(width*len(rows), width*len(rows)); err != nil {
		return true, err
	}
	p.b.BeginTable()
	for r, cells := range rows {
		p.b.BeginRow(0)
		for c := 0; c < width; c++ {
			p.b.BeginCell(1, model.NoVMerge)
			if c < len(cells) && !blank(cells[c]) {
				p.b.Text(p.limit(strings.TrimSpace(cells[c]), nos[r]))
			}
			p.b.EndCell()
		}
		p.b.EndRow()
	}
	p.b.EndTable()
	return true, nil
}

// isTSVLine reports whether line can be a row of tab-separated values.
func isTSVLine(line string) bool {
	return line != "" && line[0] != '\t' && strings.Contains(strings.TrimRight(line, " \t"), "\t") && !blank(line)
}
