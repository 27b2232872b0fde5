package years

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// amount is what the YR rules read of a figure: its value and unit.
type amount struct {
	Mant int64
	Dec  int
	Unit string
}

// amountOf keeps the value and unit of a figure (Kind Value).
func amountOf(n figures.Number) amount { return amount{Mant: n.Mant, Dec: n.Dec, Unit: n.Unit} }

// String is figures.Number.String of the figure.
func (a amount) String() string { return figures.FormatFixed(a.Mant, a.Dec) }

// yfig is a figure with the year it is labelled with.
type yfig struct {
	N     amount
	Span  model.Span
	Year  int
	Table bool
	Base  bool       // prose: year from a comparison base (next to Table: one word for both)
	Sent  model.Span // prose only
	// Pre is a prose figure's clause before the figure.
	Pre string
	// RowText is a table figure's row label as written (with any year),
	// Head its column header.
	RowText, Head string
	// Assumed: a table figure given the report year because its table
	// names no year
	Assumed bool
}

// labelText is the text the figure's label is read from (label): the
// clause before a prose figure, the row label and column header of a
// table figure.
func (f *yfig) labelText() string {
	if f.Table {
		return f.RowText + f.Head
	}
	return f.Pre
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
	keys    []valueKey // byValue's sort buffer
	// labelAt[i] is where figure i's label runes lie in labels, {-1, -1}
	// until a rule compares it (label): only the few figures a rule
	// compares need one.
	labelAt [][2]int32
	labels  []rune
}

// label returns the runes of figure i's label: the Han text of its
// labelText without year words (appendLabel), worked out once.
func (yf *yearFigs) label(i int32) []rune {
	at := &yf.labelAt[i]
	if at[0] < 0 {
		lo := len(yf.labels)
		yf.labels = appendLabel(yf.labels, yf.figs[i].labelText())
		*at = [2]int32{int32(lo), int32(len(yf.labels))}
	}
	return yf.labels[at[0]:at[1]:at[1]]
}

// valueKey is a figure's value and index, sorted by value then index
// without reaching into figs (a yfig is large: the comparisons of a sort
// over indices missed the cache).
type valueKey struct {
	mant int64
	dec  int32
	i    int32
}

// withValue returns the indices of the figures whose value equals n's
// (same mantissa and decimals), in order.
func (yf *yearFigs) withValue(n amount) []int32 {
	cmpTo := func(i int32, n amount) int {
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

// yearFigures returns every money figure in prose and the numeric table
// cells under a year-headed column that a YR rule can look up: those whose
// value equals a prose figure's, with their year labels.
//
// The rules reach a table figure only through withValue of a prose
// figure's value (YR001 and YR002 compare prose with tables, never tables
// with each other), so a table figure of any other value is left out: its
// column header, row label and place in the value order served nothing.
// (Every figure cell's value is still read: the table analysis has parsed
// it, headCells.get looks it up.) figures_test.go checks the list against every
// table figure (appendTableFigures, the plain walk) restricted to the prose
// values.
func yearFigures(p *audit.Pass) *yearFigs {
	ss := sentencesOf(p)
	evs := sentEvents(p)
	b := buffersOf(p)
	return audit.Fact(p, figsKey{}, func(d *model.Document) *yearFigs {
		yf := &b.figs
		yf.sentFigs = resize(yf.sentFigs, len(ss.Spans)+1)
		yf.sentFigs[0] = 0
		for k, sent := range ss.Spans {
			yf.figs = appendMoneys(yf.figs, d.Slice(sent), sent, evs.of(k))
			yf.sentFigs[k+1] = int32(len(yf.figs))
		}
		prose := len(yf.figs)
		R := 0 // the report year, which a table naming no year shows
		if ry := reportYear(p); ry.Sure {
			R = ry.Year
		}
		yf.keys = resize(yf.keys, prose)
		for i := range yf.figs {
			n := &yf.figs[i].N
			yf.keys[i] = valueKey{n.Mant, int32(n.Dec), int32(i)}
		}
		slices.SortFunc(yf.keys, compareKeys)
		if prose > 0 {
			// the table analysis has parsed the cells: their figures are
			// looked up there (headCells.get; the other families ask for
			// the analysis anyway)
			hs := b.hs.init(d, audit.Fact(p, tables.FactKey, tables.Analyze))
			var wf valueFilter
			for _, k := range yf.keys[:prose] {
				wf.add(k.mant, k.dec)
			}
			for _, t := range d.Tables {
				yf.figs = appendWantedTableFigures(yf.figs, hs, d, t, yf.keys[:prose], &wf, R)
			}
		}
		// the table figures follow the prose ones: their keys, sorted,
		// are merged with the sorted prose keys into byValue
		for i := prose; i < len(yf.figs); i++ {
			n := &yf.figs[i].N
			yf.keys = append(yf.keys, valueKey{n.Mant, int32(n.Dec), int32(i)})
		}
		slices.SortFunc(yf.keys[prose:], compareKeys)
		yf.byValue = mergeKeys(resize(yf.byValue, len(yf.figs)), yf.keys[:prose], yf.keys[prose:])
		yf.labelAt = resize(yf.labelAt, len(yf.figs))
		for i := range yf.labelAt {
			yf.labelAt[i] = [2]int32{-1, -1}
		}
		yf.labels = yf.labels[:0]
		return yf
	})
}

func compareKeys(a, b valueKey) int {
	if a.mant != b.mant {
		return cmp.Compare(a.mant, b.mant)
	}
	if a.dec != b.dec {
		return cmp.Compare(a.dec, b.dec)
	}
	return cmp.Compare(a.i, b.i)
}

// mergeKeys writes to dst (of len(a)+len(b)) the indices of a and b, both
// sorted by compareKeys, in the order of the two merged, and returns dst.
func mergeKeys(dst []int32, a, b []valueKey) []int32 {
	i, j := 0, 0
	for k := range dst {
		if j == len(b) || i < len(a) && compareKeys(a[i], b[j]) <= 0 {
			dst[k] = a[i].i
			i++
		} else {
			dst[k] = b[j].i
			j++
		}
	}
	return dst
}

// valueFilter is a 256-bit filter of a set of values (mantissa,
// decimals): has is false for most values outside the set and true for
// every one in it. Most figure cells hold no prose value, and the filter
// turns them away before the binary search (hasKey).
type valueFilter [4]uint64

func valueBit(mant int64, dec int32) uint64 {
	return (uint64(mant)*0x9E3779B97F4A7C15 + uint64(dec)*0xC2B2AE3D27D4EB4F) >> 56
}

func (f *valueFilter) add(mant int64, dec int32) { b := valueBit(mant, dec); f[b>>6] |= 1 << (b & 63) }

func (f *valueFilter) has(mant int64, dec int32) bool {
	b := valueBit(mant, dec)
	return f[b>>6]&(1<<(b&63)) != 0
}

// hasKey reports whether keys, sorted by compareKeys, hold the value of
// mantissa mant and decimals dec.
func hasKey(keys []valueKey, mant int64, dec int32) bool {
	lo, hi := 0, len(keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if k := keys[m]; k.mant < mant || k.mant == mant && k.dec < dec {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(keys) && keys[lo].mant == mant && keys[lo].dec == dec
}

// appendWantedTableFigures is appendTableFigures (figures_test.go) keeping only the figures
// whose value is among want's (sorted by compareKeys). A cell's value is
// read first: a wanted value is rare, and the memo parses every figure
// cell anyway (the column walks of the cells below read it).
//
// A cell of a table that names no year at all (not in its caption, not in
// its first rows) is the report year R's (0: unknown), marked Assumed: a
// project's fund table (全年预算数 | 全年执行数) in a self-evaluation.
func appendWantedTableFigures(dst []yfig, hs *headCells, d *model.Document, t *model.Table, want []valueKey, wf *valueFilter, R int) []yfig {
	hs.reset(d, t)
	capYear := -1  // the caption's year (captionYear), read once
	yearless := -1 // whether the table names no year, read once
	for _, c := range t.Cells {
		// The analysis's value needs no reading of the text (which missed
		// the cache on every cell); a cell it has not parsed is read for a
		// digit before it is parsed here: a figure has an ASCII or
		// full-width digit.
		hc := hs.analysed(c)
		if hc == nil {
			if !hasDigit(d.Slice(c.Span)) {
				continue
			}
			hc = hs.get(c)
		}
		if !hc.value || !wf.has(hc.mant, hc.dec) || !hasKey(want, hc.mant, hc.dec) {
			continue
		}
		year, head := columnYear(hs, t, c)
		if year == 0 && !otherPeriod(head) {
			if capYear < 0 {
				capYear = headerYear(t.Caption)
			}
			year = capYear
		}
		assumed := false
		if year == 0 && capYear == 0 && R != 0 && !otherPeriod(head) {
			if yearless < 0 {
				yearless = 0
				if namesNoYear(d, t) {
					yearless = 1
				}
			}
			year, assumed = R*yearless, yearless == 1
		}
		if year == 0 {
			continue
		}
		n := amountOf(parseCell(hs.cellText(c))) // its unit too: the memo keeps none
		row := rowLabel(hs, t, c)
		if isTotalLabel(row) {
			// a total row is the item the table's title names: "合计" of
			// the “三公”经费…情况表 is the “三公”经费 of the text
			row = tableTitle(d, t) + row
		}
		dst = append(dst, yfig{N: n, Span: c.Span, Year: year, Table: true, RowText: row, Head: head, Assumed: assumed})
	}
	return dst
}

// namesNoYear reports whether no cell of t's first three rows holds a
// year ("2019年", "2019年度").
func namesNoYear(d *model.Document, t *model.Table) bool {
	for _, c := range t.Cells {
		if c.Row >= 3 {
			continue
		}
		txt := d.Slice(c.Span)
		if !containsHan(txt, "年") {
			continue
		}
		if _, ok := (&yearScanner{s: txt}).next(); ok {
			return false
		}
	}
	return true
}

// otherPeriod reports whether a column header speaks of another period
// than its table's or of a change: 上年数, 增减额, 结转.
func otherPeriod(head string) bool { return otherPeriodWords.In(head) }

// otherPeriodWords are otherPeriod's, found in one pass over a header.
var otherPeriodWords = cjk.NewWords("上年", "上期", "去年", "同期", "以前", "增减", "增长", "变动", "比", "较", "差", "结转", "结余")

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
// Every figure cell is parsed, few are headers or labels: what only a
// header or label needs (its year, its letters) is worked out on demand,
// and the text is not kept (cellText). Holding no pointer, a memo entry
// is written without write barriers and the memo is never scanned.
type headCell struct {
	mant int64 // its value, if value (figures.Number's Mant and Dec)
	dec  int32
	year int16  // the year it names as a column header (0: none; years are 19xx, 20xx), once yearKnown
	gen  uint16 // worked out for the table of headCells.gen (0: never)
	text bool   // the text is not a figure, blank or dash
	// value: the text is a figure, not a percentage (a table figure)
	value, yearKnown bool
	// letters: text, and holds letters (a row label), once lettersKnown
	letters, lettersKnown bool
}

// headCells memoises headCell per cell of one table, by the cell's
// top-left grid position, and the nearest text cell above each grid
// position; the slices are reused from table to table. A memo entry counts
// only if it was worked out for the current table (its gen is hs.gen):
// clearing the memo for each table cost more than
// parsing the cells.
type headCells struct {
	d    *model.Document
	ta   *tables.Analysis // the cells' figures, nil to parse every cell here (the tests' oracle)
	cols int
	gen  uint16 // the current table's number, from 1, wrapping after 65535
	memo []headCell
	// above[r*cols+col] is the row of the nearest text cell at or above
	// row r in column col: -1 none, unresolved not yet known.
	above []int32
}

const unresolved = -2

// init readies hs, empty (gen 0, every memo entry cleared) or new, for d:
// it makes room for d's largest table unless hs has it.
func (hs *headCells) init(d *model.Document, ta *tables.Analysis) *headCells {
	n := 0
	for _, t := range d.Tables {
		n = max(n, t.Rows*t.Cols)
	}
	hs.d, hs.ta = d, ta
	if cap(hs.memo) < n {
		hs.memo, hs.above = make([]headCell, 0, n), make([]int32, 0, n)
	}
	return hs
}

func (hs *headCells) reset(d *model.Document, t *model.Table) {
	hs.d, hs.cols = d, t.Cols
	hs.gen++
	n := t.Rows * t.Cols
	if cap(hs.memo) < n {
		hs.memo = make([]headCell, n)
		hs.above = make([]int32, n)
	} else {
		hs.memo = hs.memo[:n] // entries of earlier tables have an older gen
		hs.above = hs.above[:n]
	}
	if hs.gen == 0 { // wrapped: an old entry could have the new gen
		clear(hs.memo[:cap(hs.memo)])
		hs.gen = 1
	}
	for i := range hs.above {
		hs.above[i] = unresolved
	}
}

// get returns the memo entry of cell h, parsing h if it has none (or
// taking the figure the table analysis read, if it parsed h). The entry is
// valid until the next reset.
func (hs *headCells) get(h *model.Cell) *headCell {
	if hc := hs.analysed(h); hc != nil {
		return hc
	}
	hc := &hs.memo[h.Row*hs.cols+h.Col]
	n := parseCell(hs.cellText(h)) // figures.ParseCell(raw) but for its span
	*hc = headCell{gen: hs.gen, text: n.Kind == figures.Text, value: n.Kind == figures.Value && !n.Percent, mant: n.Mant, dec: int32(n.Dec)}
	return hc
}

// analysed returns the memo entry of cell h if it has one, or can take
// the figure the table analysis read; else nil.
func (hs *headCells) analysed(h *model.Cell) *headCell {
	hc := &hs.memo[h.Row*hs.cols+h.Col]
	if hc.gen == hs.gen {
		return hc
	}
	if hs.ta != nil {
		// the analysis's parse is figures.ParseCell of the cell's own
		// text, which is its span's text when it holds no nested table
		// (CellValue keeps none for one that does)
		if v, ok := hs.ta.CellValue(h); ok {
			*hc = headCell{gen: hs.gen, text: v.Kind == figures.Text, value: v.Kind == figures.Value && !v.Percent, mant: v.Mant, dec: int32(v.Dec)}
			return hc
		}
	}
	return nil
}

// cellText is cell h's text, trimmed.
func (hs *headCells) cellText(h *model.Cell) string { return cjk.TrimSpace(hs.d.Slice(h.Span)) }

// year returns the year cell h names as a column header (headerYear; 0 if
// none or h is no text), worked out once.
func (hs *headCells) year(h *model.Cell) int {
	hc := hs.get(h)
	if !hc.yearKnown {
		if hc.text {
			hc.year = int16(headerYear(hs.cellText(h)))
		}
		hc.yearKnown = true
	}
	return int(hc.year)
}

// label reports whether cell h is a text holding letters (a row label),
// worked out once.
func (hs *headCells) label(h *model.Cell) bool {
	hc := hs.get(h)
	if !hc.lettersKnown {
		hc.letters = hc.text && figures.HasLetters(hs.cellText(h))
		hc.lettersKnown = true
	}
	return hc.letters
}

// maxFigureRunes bounds the characters other than white space of a cell
// figures.ParseCell reads as a figure: a bound (≥, >=, 约, …; 2), brackets
// (2), a sign (1), at most 18 digits with at most 6 thousands separators
// and a point (25), and a unit (个百分点; 4).
const maxFigureRunes = 34

// tooLongForFigure reports whether s holds more than maxFigureRunes
// characters other than white space: figures.ParseCell(s) is then Text.
// Cells holding whole paragraphs are common; this saves normalising them.
func tooLongForFigure(s string) bool {
	if len(s) <= maxFigureRunes {
		return false
	}
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			if n++; n > maxFigureRunes {
				return true
			}
		}
	}
	return false
}

// parseCell is figures.ParseCell(txt) for a trimmed cell text, but a text
// it can tell without normalising (a header's full-width brackets, a
// paragraph) comes back as Number{Kind: Text}: a text without a digit is no
// figure, and one of more than two characters is no blank or dash either.
// figures_test.go checks it against ParseCell.
func parseCell(txt string) figures.Number {
	if txt == "" {
		return figures.Number{Kind: figures.Blank}
	}
	if n, ok := plainNumber(txt); ok {
		return n
	}
	if r, _ := utf8.DecodeRuneInString(txt); r >= 0x4E00 && r <= 0x9FFF && r != '约' {
		// "指标3：…": a figure starts with a digit, a sign, a bracket or a
		// bound (约 the only Han one), and normalising leaves Han alone
		return figures.Number{Kind: figures.Text, End: len(txt)}
	}
	if !hasDigit(txt) && utf8.RuneCountInString(txt) > 2 || tooLongForFigure(txt) {
		return figures.Number{Kind: figures.Text}
	}
	return figures.ParseCell(txt)
}

// unitStarts are the first characters of the units figures reads after a
// figure (万元, 个百分点, 人, 平方米, …); figures_test.go checks the list
// against figures.ParseCell for every Han character.
const unitStarts = "万亿千元个百倍户人家项分次件所辆台套平亩公吨"

// plainNumber is figures.ParseCell(s) for the usual table figure: ASCII
// digits with thousands separators and a decimal point, starting with a
// digit ("1,234.56"), which needs no normalising or trimming. ok is false
// for any other s. It follows figures' parseNumber: a separator is followed
// by exactly three digits, a point by a digit, and at most 18 digits fit.
func plainNumber(s string) (n figures.Number, ok bool) {
	if s == "" || !isDigit(s[0]) {
		return n, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && c != ',' && c != '.' {
			// "2022年决算数", "1.本级机构": the figure figures would read
			// ends at a Han character that starts no unit, so the cell is
			// text, whatever the rest (normalising leaves Han alone).
			if r, _ := utf8.DecodeRuneInString(s[i:]); r >= 0x4E00 && r <= 0x9FFF && !strings.ContainsRune(unitStarts, r) {
				return figures.Number{Kind: figures.Text, End: len(s)}, true
			}
			return n, false
		}
	}
	var m int64
	digits, dec, seenDot := 0, 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			digits++
			if digits <= 18 {
				m = m*10 + int64(c-'0')
			}
			if seenDot {
				dec++
			}
		case c == ',' && !seenDot && i+4 <= len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])):
			// thousands separator
		case c == '.' && !seenDot && i+1 < len(s) && isDigit(s[i+1]):
			seenDot = true
		default:
			return figures.Number{Kind: figures.Text, End: len(s)}, true // the rest is no unit
		}
	}
	if digits > 18 {
		return figures.Number{Kind: figures.Text, End: len(s)}, true
	}
	return figures.Number{Kind: figures.Value, Mant: m, Dec: dec, End: len(s)}, true
}

// isTextCell is figures.ParseCell(txt).Kind == figures.Text for a trimmed
// cell text.
func isTextCell(txt string) bool { return parseCell(txt).Kind == figures.Text }

// headerYear returns the year a column header names: 0 if none, or if it
// compares two years ("2022年与2021年对比"). The first year is read from
// the normalised text, which has the same years as txt unless txt holds a
// full-width digit, point or space (yearSensitive): only then is it
// normalised (figures_test.go keeps the plain form as the oracle).
func headerYear(txt string) int {
	if !containsHan(txt, "年") || containsHan(txt, "与") || containsHan(txt, "比") {
		return 0
	}
	raw := yearScanner{s: txt}
	m, ok := raw.next()
	if ok {
		if _, two := raw.next(); two {
			return 0 // two years
		}
	}
	if !yearSensitive(txt) {
		if !ok {
			return 0
		}
		return yearAt(txt, m)
	}
	norm := figures.Normalize(txt)
	ys := yearScanner{s: norm}
	if m, ok := ys.next(); ok {
		return yearAt(norm, m)
	}
	return 0
}

// columnYear finds the nearest text cell above c in its column and returns
// the year it names (0 if none) and its text. Every figure of a column
// looks up the same cells, so the walk stops at a position resolved before
// and records the answer for the positions it passed.
func columnYear(hs *headCells, t *model.Table, c *model.Cell) (int, string) {
	col := c.Col
	found := -1
	r := c.Row - 1
	for ; r >= 0; r-- {
		if v := hs.above[r*hs.cols+col]; v != unresolved {
			found = int(v)
			break
		}
		// At(r, col) is never c: a cell covers rows from its own down
		if h := t.At(r, col); h != nil && hs.get(h).text {
			found = r
			break
		}
	}
	for k := max(r, 0); k < c.Row; k++ {
		hs.above[k*hs.cols+col] = int32(found)
	}
	if found < 0 {
		return 0, ""
	}
	h := t.At(found, col)
	return hs.year(h), hs.cellText(h)
}

// rowLabel returns the first text cell left of c in its row.
func rowLabel(hs *headCells, t *model.Table, c *model.Cell) string {
	for col := 0; col < c.Col; col++ {
		h := t.At(c.Row, col)
		if h == nil || h == c {
			continue
		}
		if hs.label(h) {
			return hs.cellText(h)
		}
	}
	return ""
}

// isTotalLabel reports a row label that only says it is a total.
func isTotalLabel(label string) bool {
	k := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' {
			return -1
		}
		return r
	}, label)
	return k == "合计" || k == "总计" || k == "共计"
}

// tableTitle is t's caption and, when its first row is one cell across
// the table (a title row of a text export), that cell's text.
func tableTitle(d *model.Document, t *model.Table) string {
	title := t.Caption
	if c := t.At(0, 0); c != nil && c.ColSpan == t.Cols && t.Cols > 1 {
		title += d.Slice(c.Span)
	}
	return title
}
