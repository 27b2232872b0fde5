package text

import "strings"

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
	return true, p.gridTable(splitTSV(line), no, isTSVLine, splitTSV)
}

// splitTSV splits a line of tab-separated values into trimmed cells.
func splitTSV(line string) []string {
	cells := strings.Split(line, "\t")
	for i, c := range cells {
		cells[i] = strings.TrimSpace(c)
	}
	return cells
}

// isTSVLine reports whether line can be a row of tab-separated values.
func isTSVLine(line string) bool {
	return line != "" && line[0] != '\t' && strings.Contains(strings.TrimRight(line, " \t"), "\t") && !blank(line)
}
