package years

import (
	"cmp"
	"slices"
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
	Table bool
	Sent  model.Span // prose only
	Base  bool       // prose: year from a comparison base
	// Pre is a prose figure's clause before the figure.
	Pre string
	// RowText is a table figure's row label as written (with any year),
	// Head its column header.
	RowText, Head string
}

// label is the figure's label: the Han text of the clause before a prose
// figure, of the row label and column header of a table figure, without
// year words. Only the few figures a rule compares need it, so it is built
// on demand.
func (f *yfig) label() string {
	if f.Table {
		return label(f.RowText + f.Head)
	}
	return label(f.Pre)
}

// yearFigs is the year-labelled figures of a document.
type yearFigs struct {
	figs []yfig // prose figures in sentence order, then table figures
	// sentFigs[k]:sentFigs[k+1] are the indices of sentence k's prose figures
	// (k indexes sentencesOf(p).Spans).
	sentFigs []int32
	// byValue holds the indices of figs ordered by value (mantissa,
	// decimals), then by index: the figures equal to one are a range.
	byValue []int32
}

// withValue returns the indices of the figures whose value equals n's
// (sameValue), in order.
func (yf *yearFigs) withValue(n figures.Number) []int32 {
	if n.Kind != figures.Value {
		return nil
	}
	cmpTo := func(i int32, n figures.Number) int {
		g := &yf.figs[i].N
		return cmp.Or(cmp.Compare(g.Mant, n.Mant), cmp.Compare(g.Dec, n.Dec))
	}
	lo, _ := slices.BinarySearchFunc(yf.byValue, n, cmpTo)
	hi := lo
	for hi < len(yf.byValue) && cmpTo(yf.byValue[hi], n) == 0 {
		hi++
	}
	return yf.byValue[lo:hi]
}

type figsKey struct{}

// yearFigures returns every money figure in prose and every numeric table
// cell under a year-headed column, with its year label.
func yearFigures(p *audit.Pass) *yearFigs {
	ss := sentencesOf(p)
	evs := sentEvents(p)
	return audit.Fact(p, figsKey{}, func(d *model.Document) *yearFigs {
		yf := &yearFigs{sentFigs: make([]int32, len(ss.Spans)+1)}
		for k, sent := range ss.Spans {
			yf.figs = appendMoneys(yf.figs, d.Slice(sent), sent, evs.of(k))
			yf.sentFigs[k+1] = int32(len(yf.figs))
		}
		var hs headCells
		for _, t := range d.Tables {
			yf.figs = appendTableFigures(yf.figs, &hs, d, t)
		}
		yf.byValue = make([]int32, len(yf.figs))
		for i := range yf.byValue {
			yf.byValue[i] = int32(i)
		}
		slices.SortFunc(yf.byValue, func(i, j int32) int {
			a, b := &yf.figs[i].N, &yf.figs[j].N
			return cmp.Or(cmp.Compare(a.Mant, b.Mant), cmp.Compare(a.Dec, b.Dec), cmp.Compare(i, j))
		})
		return yf
	})
}

// appendTableFigures appends the figures of t under a year-headed column.
func appendTableFigures(dst []yfig, hs *headCells, d *model.Document, t *model.Table) []yfig {
	hs.reset(d, t)
	for _, c := range t.Cells {
		raw := d.Slice(c.Span)
		if !hasDigit(raw) {
			continue // a figure has an ASCII or full-width digit
		}
		n := figures.ParseCell(raw)
		if n.Kind != figures.Value || n.Percent {
			continue
		}
		year, head := columnYear(hs, t, c)
		if year == 0 {
			continue
		}
		dst = append(dst, yfig{N: n, Span: c.Span, Year: year, Table: true, RowText: rowLabel(hs, t, c), Head: head})
	}
	return dst
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
	done    bool   // worked out (headCells.memo)
}

// headCells memoises headCell per cell of one table, by the cell's
// top-left grid position; the slice is reused from table to table.
type headCells struct {
	d    *model.Document
	cols int
	memo []headCell
}

func (hs *headCells) reset(d *model.Document, t *model.Table) {
	hs.d, hs.cols = d, t.Cols
	n := t.Rows * t.Cols
	if cap(hs.memo) < n {
		hs.memo = make([]headCell, n)
	} else {
		hs.memo = hs.memo[:n]
		clear(hs.memo)
	}
}

func (hs *headCells) get(h *model.Cell) headCell {
	hc := &hs.memo[h.Row*hs.cols+h.Col]
	if hc.done {
		return *hc
	}
	txt := strings.TrimSpace(hs.d.Slice(h.Span))
	*hc = headCell{done: true, txt: txt, text: figures.ParseCell(txt).Kind == figures.Text}
	if hc.text {
		hc.letters = figures.HasLetters(txt)
		hc.year = headerYear(txt)
	}
	return *hc
}

// headerYear returns the year a column header names: 0 if none, or if it
// compares two years ("2022年与2021年对比").
func headerYear(txt string) int {
	if !strings.Contains(txt, "年") {
		return 0
	}
	norm := figures.Normalize(txt)
	ys := yearScanner{s: norm}
	m, ok := ys.next()
	if !ok {
		return 0
	}
	y := yearAt(norm, m)
	if strings.Contains(txt, "与") || strings.Contains(txt, "比") {
		return 0
	}
	raw := yearScanner{s: txt}
	if _, ok := raw.next(); ok {
		if _, ok := raw.next(); ok {
			return 0 // two years
		}
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
