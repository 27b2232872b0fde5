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
		for _, u := range unitsOf(p) {
			for _, s := range sentences(u) {
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
	for _, c := range t.Cells {
		n := figures.ParseCell(d.Slice(c.Span))
		if n.Kind != figures.Value || n.Percent {
			continue
		}
		year, head := columnYear(d, t, c)
		if year == 0 {
			continue
		}
		row := rowLabel(d, t, c)
		out = append(out, yfig{N: n, Span: c.Span, Year: year, Label: label(row + head), Table: true, RowText: row})
	}
	return out
}

// columnYear finds the nearest text cell above c in its column and returns
// the year it names (0 if none) and its text.
func columnYear(d *model.Document, t *model.Table, c *model.Cell) (int, string) {
	for r := c.Row - 1; r >= 0; r-- {
		h := t.At(r, c.Col)
		if h == nil || h == c {
			continue
		}
		txt := strings.TrimSpace(d.Slice(h.Span))
		if k := figures.ParseCell(txt).Kind; k != figures.Text {
			continue
		}
		if h.ColSpan > 1 && h.Col != c.Col {
			// a group header over several columns: keep looking only if no year
		}
		var m [][]int
		var norm string
		if strings.Contains(txt, "年") {
			norm = figures.Normalize(txt)
			m = yearIndex(norm, 1)
		}
		if m == nil {
			return 0, txt
		}
		y, _ := strconv.Atoi(norm[m[0][2]:m[0][3]])
		if strings.Contains(txt, "与") || strings.Contains(txt, "比") || len(yearIndex(txt, -1)) > 1 {
			return 0, txt // "2022年与2021年对比"
		}
		return y, txt
	}
	return 0, ""
}

// rowLabel returns the first text cell left of c in its row.
func rowLabel(d *model.Document, t *model.Table, c *model.Cell) string {
	for col := 0; col < c.Col; col++ {
		h := t.At(c.Row, col)
		if h == nil || h == c {
			continue
		}
		txt := strings.TrimSpace(d.Slice(h.Span))
		if figures.ParseCell(txt).Kind == figures.Text && figures.HasLetters(txt) {
			return txt
		}
	}
	return ""
}
