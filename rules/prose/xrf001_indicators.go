package prose

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// indicatorRe finds an indicator quoted by name and the value it reached:
// "“农村公路列养里程”年度指标值为≥1,350公里，实际完成1,326公里". The name
// is in quotes, the value follows 实际完成 (值, 为) in the same clause run.
var indicatorRe = regexp.MustCompile(`“([^”“]{2,24})”[^。；;“”]{0,40}?实际完成(?:值)?(?:为|了)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(%|％|[^\s，,。；;、0-9（）()“”]{0,4})`)

// indicatorAt is indicatorRe anchored at the start of its input.
var indicatorAt = regexp.MustCompile(`^(?:` + indicatorRe.String() + `)`)

// indicatorReach is the most bytes from the opening quote of an
// indicatorRe match to its 实际完成: the quote, 24 runes of the name, the
// closing quote and 40 runes (a rune is 4 bytes at most, an invalid byte
// one).
const indicatorReach = len("“") + 24*utf8.UTFMax + len("”") + 40*utf8.UTFMax

// indicatorMatches is indicatorRe.FindAllStringSubmatchIndex(text, -1).
// A match holds 实际完成 within indicatorReach bytes of its start, so the
// regexp is tried only at the quotes that close before each 实际完成 of
// the text, anchored there, instead of at every quote of the document.
func indicatorMatches(text string) [][]int {
	var out [][]int
	for pos := 0; ; {
		k := cjk.Index(text[pos:], "实际完成") // (the whole document's text: cjk.Index is the quicker there)
		if k < 0 {
			return out
		}
		k += pos
		// the leftmost match from pos starts at a quote in
		// [max(pos, k−indicatorReach), k): its 实际完成 is k or a later one
		next := k + len("实际完成") // (none starts within 实际完成)
		for s := max(pos, k-indicatorReach); s < k; s += len("“") {
			j := strings.Index(text[s:k], "“")
			if j < 0 {
				break
			}
			s += j
			if m := indicatorAt.FindStringSubmatchIndex(text[s:]); m != nil {
				for i := range m {
					if m[i] >= 0 {
						m[i] += s
					}
				}
				out = append(out, m)
				next = m[1]
				break
			}
		}
		pos = next
	}
}

// indicatorCell is the 实际完成值 cell of an indicator table's row.
type indicatorCell struct {
	cell *model.Cell
	text string
}

// indicatorQuotes compares the value a sentence gives an indicator it
// names in quotes with the 实际完成值 of the indicator table's row of that
// name: a performance report restates its indicators in prose, and one
// figure mistyped there (1,326 for the table's 1,362) is no rounding.
// Names shown in more than one row with different values are passed over.
func indicatorQuotes(p *audit.Pass) {
	d := p.Doc
	text := d.Text
	var byName map[string]*indicatorCell // made on first use
	// (the whole text: a paragraph opening "（1）数量指标。" may be read as a
	// heading, and its indicators are prose all the same; cells are
	// passed over below)
	for _, m := range indicatorMatches(text) {
		if byName == nil {
			byName = indicatorCells(d)
		}
		name := text[m[2]:m[3]]
		ic := byName[name]
		if ic == nil {
			continue
		}
		loc := audit.LocationOf(d, m[4])
		if loc.Table > 0 {
			continue // (a cell's text)
		}
		written := figures.ParseCell(text[m[4]:m[5]])
		unit := text[m[6]:m[7]]
		shown, shownUnit := leadingNumber(ic.text)
		if written.Kind != figures.Value || shown.Kind != figures.Value || unit != shownUnit {
			continue // (another unit, or no figure: 已完成, 达标)
		}
		if written.Interval(figures.HalfUp).Overlaps(shown.Interval(figures.HalfUp)) {
			continue
		}
		f := audit.Finding{
			Severity:   audit.Warning,
			Location:   loc,
			Span:       model.Span{Start: m[4], End: m[7]},
			Expr:       fmt.Sprintf("%s%s ≠ %s%s", written.String(), unit, shown.String(), shownUnit),
			Expected:   shown.String() + shownUnit,
			Actual:     written.String() + unit,
			Confidence: 0.7,
			Related:    []model.Span{ic.cell.Span},
			Message: fmt.Sprintf("文中「%s」实际完成 %s%s，表%d 该指标的实际完成值为 %s%s。",
				name, written.String(), unit, ic.cell.Table.Index+1, shown.String(), shownUnit),
			MessageEN: fmt.Sprintf("The text gives %q as reached at %s%s; table %d shows %s%s for it.",
				name, written.String(), unit, ic.cell.Table.Index+1, shown.String(), shownUnit),
		}
		if dg := figures.Diagnose(written, shown); dg.Slip != figures.NoSlip {
			f.Hint, f.HintEN = dg.Hint, dg.HintEN
		}
		p.Report(f)
	}
}

// indicatorCells maps each indicator name of the document's tables to its
// row's 实际完成值 cell: the tables whose header (first three rows) has a
// column 实际完成值 (实际完成, 完成值, 实际值). A name found in two rows is
// dropped.
func indicatorCells(d *model.Document) map[string]*indicatorCell {
	out := map[string]*indicatorCell{}
	dup := map[string]bool{}
	for _, t := range d.Tables {
		col, head := -1, -1
		for _, c := range t.Cells {
			if c.Row > 2 {
				break
			}
			switch h := strings.ReplaceAll(strings.TrimSpace(d.Slice(c.Span)), " ", ""); h {
			case "实际完成值", "实际完成", "完成值", "实际值", "实际完成情况":
				col, head = c.Col, c.Row
			}
		}
		if col < 0 {
			continue
		}
		for r := head + 1; r < t.Rows; r++ {
			vc := t.At(r, col)
			if vc == nil || vc.Row != r {
				continue
			}
			for c := 0; c < col; c++ {
				lc := t.At(r, c)
				if lc == nil || lc.Col != c {
					continue
				}
				name := strings.TrimSpace(d.Slice(lc.Span))
				if name == "" || dup[name] {
					continue
				}
				if _, ok := out[name]; ok {
					delete(out, name)
					dup[name] = true
					continue
				}
				out[name] = &indicatorCell{cell: vc, text: strings.TrimSpace(d.Slice(vc.Span))}
			}
		}
	}
	return out
}

// leadingNumber reads the figure a cell starts with and the unit after it
// ("1,362公里", "86座", "97.91%"); the figure's Kind is not Value when the
// cell starts with none.
func leadingNumber(s string) (figures.Number, string) {
	s = strings.TrimLeft(s, "≥≤><=约 ")
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ',' || s[end] == '.') {
		end++
	}
	if end == 0 {
		return figures.Number{Kind: figures.Text}, ""
	}
	n := figures.ParseCell(s[:end])
	unit := strings.TrimSpace(s[end:])
	if unit == "％" {
		unit = "%"
	}
	return n, unit
}
