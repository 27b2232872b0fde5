package years

import (
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// yfig is a figure with the year it is labelled with.
type yfig struct {
	N     figures.Number
	Span  model.Span
	Year  int
	Label string
	Table bool
	Sent  model.Span // prose only
	Base  bool       // prose: year from a comparison base
	// RowText is a table figure's row label as written (with any year).
	RowText string
}

type figsKey struct{}

// yearFigures returns every money figure in prose and every numeric table
// cell under a year-headed column, with its year label.
func yearFigures(p *audit.Pass) []yfig {
	return audit.Fact(p, figsKey{}, func(d *model.Document) []yfig {
		rep := reportYear(p).Year
		var out []yfig
		sents := sentencesOf(p)
		for i := range unitsOf(p) {
			for _, s := range sents[i] {
				for _, m := range moneys(d, s, rep) {
					out = append(out, yfig{N: m.N, Span: m.Span, Year: m.Year, Label: m.Label, Sent: m.Sent, Base: m.Base})
				}
			}
		}
		for _, t := range d.Tables {
			out = append(out, tableFigures(d, t)...)
		}
		return out
	})
}

func tableFigures(d *model.Document, t *model.Table) []yfig {
	var out []yfig
	hs := headCells{d: d, memo: make(map[*model.Cell]headCell, len(t.Cells))}
	for _, c := range t.Cells {
		raw := d.Slice(c.Span)
		if !hasDigit(raw) {
			continue // a figure has an ASCII or full-width digit
		}
		n := figures.ParseCell(raw)
		if n.Kind != figures.Value || n.Percent {
			continue
		}
		year, head := columnYear(&hs, t, c)
		if year == 0 {
			continue
		}
		row := rowLabel(&hs, t, c)
		out = append(out, yfig{N: n, Span: c.Span, Year: year, Label: label(row + head), Table: true, RowText: row})
	}
	return out
}

// hasDigit reports whether s holds 0-9 or ０-９ (UTF-8 EF BC 90…99).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; b >= '0' && b <= '9' || b == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
	}
	return false
}

// headCell is what columnYear and rowLabel need to know of a cell: every
// figure of a column looks at the same cells above it, every figure of a
// row at the same cells to its left, so it is worked out once per cell.
type headCell struct {
	txt     string // trimmed text
	text    bool   // the text is not a figure, blank or dash
	letters bool   // and holds letters (a row label)
	year    int    // the year it names as a column header (0: none)
}

type headCells struct {
	d    *model.Document
	memo map[*model.Cell]headCell
}

func (hs *headCells) get(h *model.Cell) headCell {
	if hc, ok := hs.memo[h]; ok {
		return hc
	}
	txt := strings.TrimSpace(hs.d.Slice(h.Span))
	hc := headCell{txt: txt, text: figures.ParseCell(txt).Kind == figures.Text}
	if hc.text {
		hc.letters = figures.HasLetters(txt)
		hc.year = headerYear(txt)
	}
	hs.memo[h] = hc
	return hc
}

// headerYear returns the year a column header names: 0 if none, or if it
// compares two years ("2022年与2021年对比").
func headerYear(txt string) int {
	if !strings.Contains(txt, "年") {
		return 0
	}
	norm := figures.Normalize(txt)
	m := yearIndex(norm, 1)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(norm[m[0][2]:m[0][3]])
	if strings.Contains(txt, "与") || strings.Contains(txt, "比") || len(yearIndex(txt, -1)) > 1 {
		return 0
	}
	return y
}

// columnYear finds the nearest text cell above c in its column and returns
// the year it names (0 if none) and its text.
func columnYear(hs *headCells, t *model.Table, c *model.Cell) (int, string) {
	for r := c.Row - 1; r >= 0; r-- {
		h := t.At(r, c.Col)
		if h == nil || h == c {
			continue
		}
		hc := hs.get(h)
		if !hc.text {
			continue
		}
		return hc.year, hc.txt
	}
	return 0, ""
}

// rowLabel returns the first text cell left of c in its row.
func rowLabel(hs *headCells, t *model.Table, c *model.Cell) string {
	for col := 0; col < c.Col; col++ {
		h := t.At(c.Row, col)
		if h == nil || h == c {
			continue
		}
		if hc := hs.get(h); hc.text && hc.letters {
			return hc.txt
		}
	}
	return ""
}
