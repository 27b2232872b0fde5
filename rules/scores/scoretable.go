package scores

import (
	"regexp"
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

// sval is an exact score figure and where it is.
type sval struct {
	N    figures.Number
	Span model.Span
	OK   bool
}

// srow is a row of a score table with a 分值 and a 得分.
type srow struct {
	Table  *model.Table
	Row    int
	Label  string // item label (for messages)
	Group  *group // detail tables: the level-1 indicator
	Weight sval
	Score  sval
	Rate   sval
	Exec   sval // the 执行率 of a 项目支出绩效自评表's funds row, whose score it sets (SCR009)
	// Target and Actual are an indicator's 年度指标值 ("≥85%", its bound in
	// N.Bound) and 实际完成值 (SCR010), with any unit; zero when absent
	Target, Actual sval
	Total          bool // 合计/总分 row
	Sub            bool // 小计 row
	// name is normName(Label) once named: SCR003 and SCR007 look rows
	// up by name, SCR007 once per figure of the text.
	name  string
	named bool
}

// normName returns normName(r.Label), worked out once.
func (r *srow) normName() string {
	if !r.named {
		r.name, r.named = normName(r.Label), true
	}
	return r.name
}

// group is a level-1 indicator of a detail table: 产出指标（50分）.
type group struct {
	Name     string // normalised: 产出
	Display  string // as written, one line
	Declared sval   // the 50 of "（50分）"
	Items    []*srow
	Table    *model.Table
	Cell     *model.Cell
	n        int // its items, while readBlocks counts them
}

// stable is one score table: its rows in order.
type stable struct {
	T      *model.Table
	Detail bool // rows are items under level-1 groups
	Rows   []*srow
	Groups []*group
}

type tablesKey struct{}

func scoreTables(p *audit.Pass) []*stable {
	b := buffersOf(p)
	return audit.Fact(p, tablesKey{}, func(d *model.Document) []*stable {
		// the rows of all score tables go to b.rows, which has room for
		// a row per row of the tables that can hold one: it never grows,
		// and the rows' pointers stay valid
		// a table none of whose cells holds 分 has no header row
		// (mentionsFen), as the keywords of the pieces tell
		piecesOf(p)
		b.tables = b.tables[:0]
		n := 0
		for i, t := range d.Tables {
			if b.tableHas[i]&hasFen != 0 {
				b.tables = append(b.tables, t)
				n += t.Rows
			}
		}
		b.rows = slices.Grow(b.rows[:0], n)
		if len(b.tables) > 0 {
			// the table analysis has parsed the cells: readBlocks looks
			// their kinds up there (the other families ask for it anyway)
			b.ta = audit.Fact(p, tables.FactKey, tables.Analyze)
		}
		var out []*stable
		for i, t := range d.Tables {
			if b.tableHas[i]&hasFen == 0 {
				continue
			}
			if st := readBlocks(d, t, b, b.fenRows(t, i)); st != nil {
				if k := len(out) - 1; k >= 0 && tables.ContinuedBy(out[k].T, t) && out[k].Detail == st.Detail {
					out[k] = joinStables(out[k], st)
					continue
				}
				out = append(out, st)
			}
		}
		return out
	})
}

// joinStables appends the rows of score table b, which continues a, to a's:
// the level-1 group open at a's end goes on with b's rows before its first
// group, and the total row at b's end is then checked against all of them.
func joinStables(a, b *stable) *stable {
	j := &stable{T: a.T, Detail: a.Detail}
	j.Rows = append(slices.Clip(a.Rows), b.Rows...)
	j.Groups = append(slices.Clip(a.Groups), b.Groups...)
	if len(a.Groups) > 0 {
		last := a.Groups[len(a.Groups)-1]
		items := slices.Clip(last.Items)
		for _, r := range b.Rows {
			if r.Group != nil || r.Total || r.Sub {
				break
			}
			r.Group = last
			items = append(items, r)
		}
		last.Items = items
	}
	return j
}

func squash(s string) string {
	for _, r := range s {
		if r == utf8.RuneError {
			return squashSlow(s)
		}
		if isSquashSpace(r) {
			// most often the spaces around a cell's text ("得分\n"): the
			// text without them is a slice
			t := strings.TrimFunc(s, isSquashSpace)
			for _, r := range t {
				if r == utf8.RuneError || isSquashSpace(r) {
					return squashSlow(s)
				}
			}
			return t
		}
	}
	return s // nothing to drop or re-encode: no copy
}

// isSquashSpace reports whether squash drops r.
func isSquashSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// squashFits reports whether squash(s) has at most max runes, reading s
// no further than it needs: a header or grade cell is short, most cells
// are not.
func squashFits(s string, max int) bool {
	if max < 0 {
		return false
	}
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		// the spaces are ASCII or start with C2, E1, E2 or E3
		if (c < utf8.RuneSelf || c == 0xc2 || c >= 0xe1 && c <= 0xe3) && (unicode.IsSpace(r) || r == '\u3000') {
			continue
		}
		if n++; n > max {
			return false
		}
	}
	return true
}

func squashSlow(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2) // room for an invalid byte written as U+FFFD
	for _, r := range s {
		if !unicode.IsSpace(r) && r != '\u3000' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// appendRowCells appends the distinct cells of row r in grid order to out.
func appendRowCells(out []*model.Cell, t *model.Table, r int) []*model.Cell {
	start := len(out)
	for c := 0; c < t.Cols; c++ {
		cell := t.At(r, c)
		if cell == nil || (len(out) > start && out[len(out)-1] == cell) {
			continue
		}
		out = append(out, cell)
	}
	return out
}

type header struct {
	n                       int // distinct cells in the header row
	weight, score, rate     int // indexes into the header's cells, -1 if none
	l1, item                int
	wCol, sCol, rCol, l1Col int // grid columns
	eCol                    int // grid column of 执行率, -1 if none
	tCol, aCol              int // grid columns of 年度指标值 and 实际完成值, -1 if none
	itemCol                 int
	hasL2                   bool
	ratePct                 bool // the 得分率 header says its unit, 得分率（%）: bare cells are percentages
	execPct                 bool // the 执行率 header says its unit, 执行率（%）: bare cells are percentages
}

func isWeightHead(s string) bool {
	return cjk.Contains(s, "分值") || s == "权重" || cjk.Contains(s, "标准分") || s == "满分" || strings.HasPrefix(s, "权重")
}

func isScoreHead(s string) bool {
	if cjk.Contains(s, "得分率") || cjk.Contains(s, "扣分") {
		return false
	}
	return cjk.Contains(s, "得分") || s == "评分" || s == "自评分" || s == "评价得分"
}

// mayBeHeader reports whether some of cells holds 分: readHeader finds no
// header in a row without (a score column's header holds 分). One scan of
// each cell saves readHeader's look at the few characters of every one.
func mayBeHeader(d *model.Document, cells []*model.Cell) bool {
	for _, c := range cells {
		if cjk.Contains(d.Slice(c.Span), "分") {
			return true
		}
	}
	return false
}

// readHeaderIf is readHeader for a row that may be a header (mayBeHeader).
func readHeaderIf(d *model.Document, cells []*model.Cell) (header, bool) {
	if !mayBeHeader(d, cells) {
		return header{}, false
	}
	return readHeader(d, cells)
}

// readHeader reads row r, whose distinct cells are cells, as a header.
func readHeader(d *model.Document, cells []*model.Cell) (header, bool) {
	h := header{weight: -1, score: -1, rate: -1, l1: -1, item: -1, wCol: -1, sCol: -1, rCol: -1, l1Col: -1, itemCol: -1, eCol: -1, tCol: -1, aCol: -1}
	h.n = len(cells)
	for i, c := range cells {
		raw := d.Slice(c.Span)
		if !squashFits(raw, 12) || !cjk.Contains(raw, "分") && !cjk.Contains(raw, "权") && !cjk.Contains(raw, "指") && !cjk.Contains(raw, "执行率") && !cjk.Contains(raw, "值") {
			continue // every case below holds 分, 权重, 指标, 执行率 or 值 (squash keeps them)
		}
		s := squash(raw)
		switch {
		case s == "年度指标值" || s == "指标值" || s == "年度目标值" || s == "目标值" || s == "预期指标值":
			h.tCol = c.Col
		case s == "实际完成值" || s == "实际值" || s == "完成值" || s == "实际完成情况":
			h.aCol = c.Col
		case s == "执行率" || s == "预算执行率" || s == "执行率（%）" || s == "执行率(%)":
			// "全年预算数 | 全年执行数 | 分值 | 执行率 | 得分" of a 项目支出绩效自评表
			h.eCol = c.Col
			h.execPct = strings.ContainsAny(s, "%％")
		case cjk.Contains(s, "得分率"):
			h.rate, h.rCol = i, c.Col
			h.ratePct = strings.ContainsAny(raw, "%％")
		case isWeightHead(s) && (h.weight < 0 || h.score < 0):
			// the 分值 nearest before 得分: in 一级指标 | 分值 | 二级指标 |
			// 分值 | 三级指标 | 分值 | 得分 a row's score is its item's
			// (the levels above are merged cells over it)
			h.weight, h.wCol = i, c.Col
		case isScoreHead(s) && h.score < 0:
			h.score, h.sCol = i, c.Col
		case cjk.Contains(s, "一级指标"):
			h.l1, h.l1Col = i, c.Col
		case cjk.Contains(s, "二级指标"):
			h.hasL2 = true
			h.item, h.itemCol = i, c.Col
		case cjk.Contains(s, "三级指标") || s == "指标名称" || s == "具体指标":
			h.item, h.itemCol = i, c.Col
		}
	}
	return h, h.weight >= 0 && h.score >= 0 && h.weight < h.score+3
}

// declRe is the declared points of a level-1 indicator, "（50分）":
// declAt and dropDecl find it by hand (declRe is their oracle).
var declRe = regexp.MustCompile(`[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[)）]`)

// declAt returns declRe.FindStringSubmatchIndex(s)'s first match and
// its figure (start, end, figure start, figure end), ok false if none.
func declAt(s string) (start, end, num0, num1 int, ok bool) {
	for i := 0; i < len(s); i++ {
		var w int // the bracket's width
		switch {
		case s[i] == '(':
			w = 1
		case strings.HasPrefix(s[i:], "（"):
			w = len("（")
		default:
			continue
		}
		if e, n0, n1, ok := declFrom(s, i+w); ok {
			return i, e, n0, n1, true
		}
	}
	return 0, 0, 0, 0, false
}

// declFrom matches declRe's `\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[)）]` at
// s[j:]: the end of the match and of its figure. The figure's digits and
// the spaces around cannot stand for each other, so greedy matching needs
// no backtracking.
func declFrom(s string, j int) (end, num0, num1 int, ok bool) {
	if j, num0, num1, ok = scoreFigure(s, j); !ok {
		return 0, 0, 0, false
	}
	j = skipRegexpSpace(s, j)
	switch {
	case j < len(s) && s[j] == ')':
		return j + 1, num0, num1, true
	case strings.HasPrefix(s[j:], "）"):
		return j + len("）"), num0, num1, true
	}
	return 0, 0, 0, false
}

// skipRegexpSpace skips the regexp class \s ([\t\n\f\r ]) from s[j].
func skipRegexpSpace(s string, j int) int {
	for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\f' || s[j] == '\r') {
		j++
	}
	return j
}

// dropDecl is declRe.ReplaceAllString(s, ""): s without its declared
// points. What is left of a name is most often one stretch of it
// ("产出指标（50分）"): then it is a slice of s.
func dropDecl(s string) string {
	start, end, _, _, ok := declAt(s)
	if !ok {
		return s
	}
	if start == 0 || end == len(s) {
		if _, _, _, _, more := declAt(s[end:]); !more {
			return s[:start] + s[end:] // one of them is empty: no copy
		}
	}
	var b strings.Builder
	for ok {
		b.WriteString(s[:start])
		s = s[end:]
		start, end, _, _, ok = declAt(s)
	}
	b.WriteString(s)
	return b.String()
}

// readTable finds the score blocks of t (each starts at a header row
// naming 分值 and 得分) and reads their rows.
func readTable(d *model.Document, t *model.Table) *stable {
	if !mentionsFen(d, t) {
		return nil // no 得分 header: most tables of a report are skipped here
	}
	return readBlocks(d, t, new(buffers), nil)
}

// mentionsFen reports whether the text of t's cells holds 分: a header row
// needs a score column, and every score header (isScoreHead) holds 分,
// squashed or not.
func mentionsFen(d *model.Document, t *model.Table) bool {
	return cjk.Contains(cellsText(d, t), "分")
}

// cellsText returns the stretch of the document's text from the start of
// t's first cell to the end of its last: it holds the text of every cell,
// and one scan of it tells whether any cell holds a word.
func cellsText(d *model.Document, t *model.Table) string {
	lo, hi := len(d.Text), 0
	for _, c := range t.Cells {
		lo, hi = min(lo, c.Span.Start), max(hi, c.Span.End)
	}
	if lo >= hi {
		return ""
	}
	return d.Slice(model.Span{Start: lo, End: hi})
}

// readBlocks is readTable without the mentionsFen check. It appends the
// rows to b.rows (or to slabs of its own once that is full) and the
// slices of pointers to them (stable.Rows, group.Items) to b.ptrs.
// fenRows, when known (see buffers.fenRows), marks the rows a cell
// holding 分 covers: no other row is a header (mayBeHeader).
func readBlocks(d *model.Document, t *model.Table, b *buffers, fenRows []bool) *stable {
	var st *stable
	slab := &b.rows
	start := len(b.ptrs) // the table's rows are b.ptrs[start:]
	var h header
	inBlock := false
	var cur *group
	cells := b.rowCells[:0] // the row's, reused from row to row and table to table
	defer func() { b.rowCells = cells[:0] }()
	for r := 0; r < t.Rows; r++ {
		mayHead := fenRows == nil || fenRows[r]
		if !mayHead && !inBlock {
			continue // neither a header nor a row of a block
		}
		cells = appendRowCells(cells[:0], t, r)
		if mayHead {
			if nh, ok := readHeaderIf(d, cells); ok {
				h, inBlock, cur = nh, true, nil
				if st == nil {
					st = &stable{T: t}
				}
				if h.l1 >= 0 && h.item >= 0 {
					st.Detail = true
				}
				continue
			}
		}
		if !inBlock {
			continue
		}
		w, s, rate, ok := values(d, b.ta, t, r, cells, h)
		if !ok {
			continue
		}
		label := rowLabel(d, b.ta, cells, h)
		sq := squash(label)
		if len(*slab) == cap(*slab) { // a new slab: the rows before keep theirs
			*slab = make([]srow, 0, min(t.Rows-r, 8)) // no more rows than are left
		}
		*slab = append(*slab, srow{Table: t, Row: r, Label: firstLine(label), Weight: w, Score: s, Rate: rate, Exec: execRate(d, b.ta, t, r, h),
			Target: measure(d, t, r, h.tCol, h), Actual: measure(d, t, r, h.aCol, h)})
		row := &(*slab)[len(*slab)-1]
		if h.l1Col >= 0 && (sq == "" || strings.Trim(sq, "—－-/") == "") {
			// "合计 | 100 | 87.00 | — | 100 | 87.00": the total's name stands in
			// the 一级指标 column, its item column holds a dash
			if gc := t.At(r, h.l1Col); gc != nil && gc.Row == r {
				sq = squash(d.Slice(gc.Span))
			}
		}
		switch {
		case strings.HasPrefix(sq, "合计") || totalScoreLabel(sq) || strings.HasPrefix(sq, "总计") || strings.HasPrefix(sq, "综合得分") || sq == "得分合计":
			row.Total = true
		case cjk.Contains(sq, "小计"):
			row.Sub = true
		}
		// level-1 group of a detail block
		if h.l1Col >= 0 && h.item >= 0 && len(cells) == h.n {
			if gc := t.At(r, h.l1Col); gc != nil {
				txt := strings.TrimSpace(d.Slice(gc.Span))
				if txt != "" && (cur == nil || gc != cur.Cell && squash(txt) != squash(cur.Display)) {
					cur = newGroup(d, t, gc, b.group())
					st.Groups = append(st.Groups, cur)
				}
			}
		}
		// a level-1 row: its only label is in the 一级指标 column
		// (not the total row, whose 合计 stands in the same column)
		if h.l1Col >= 0 && h.item >= 0 && cur != nil && !row.Total && len(cells) == h.n && cur.Cell == t.At(r, h.l1Col) && onlyL1(d, cells, h) {
			row.Sub = true
			if !cur.Declared.OK {
				cur.Declared = row.Weight
			}
		}
		if h.l1Col >= 0 && h.item >= 0 && !row.Total && !row.Sub && cur != nil {
			row.Group = cur
			cur.n++ // cur.Items are filled below
		}
		b.ptrs = append(b.ptrs, row)
	}
	if st == nil || len(b.ptrs) == start {
		return nil
	}
	st.Rows = b.ptrs[start:len(b.ptrs):len(b.ptrs)]
	// the groups' items, in row order, go after the rows: slices of one
	// array instead of a slice grown per group
	items := len(b.ptrs)
	for _, g := range st.Groups {
		items += g.n
	}
	b.ptrs = slices.Grow(b.ptrs, items-len(b.ptrs)) // st.Rows may keep the old array
	for _, g := range st.Groups {
		if g.n > 0 {
			at := len(b.ptrs)
			b.ptrs = b.ptrs[:at+g.n]
			g.Items = b.ptrs[at : at : at+g.n]
		}
	}
	for _, r := range st.Rows {
		if r.Group != nil {
			r.Group.Items = append(r.Group.Items, r)
		}
	}
	return st
}

// onlyL1 reports whether a row's label cells, apart from the 一级指标
// column, are empty.
func onlyL1(d *model.Document, cells []*model.Cell, h header) bool {
	for i, c := range cells {
		if i == h.l1 || c.Col >= h.wCol {
			continue
		}
		if i > h.l1 && strings.TrimSpace(d.Slice(c.Span)) != "" {
			return false
		}
	}
	return true
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return strings.TrimSpace(s[:i]) + "…"
	}
	return s
}

// newGroup sets g to the group of cell c and returns it.
func newGroup(d *model.Document, t *model.Table, c *model.Cell, g *group) *group {
	txt := d.Slice(c.Span)
	*g = group{Display: oneLine(txt), Table: t, Cell: c, Name: normName(txt)}
	if _, _, n0, n1, ok := declAt(txt); ok {
		n := figures.ParseCell(txt[n0:n1])
		n.Exact = true
		g.Declared = sval{N: n, Span: model.Span{Start: c.Span.Start + n0, End: c.Span.Start + n1}, OK: n.Kind == figures.Value}
	}
	return g
}

// oneLine is strings.Join(strings.Fields(s), ""), without a copy of a
// text that has no white space and with one copy of any other: the text
// of s between its spaces.
func oneLine(s string) string {
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) - 1)
	b.WriteString(s[:i])
	from := -1 // the start of the current field
	for j, r := range s[i:] {
		j += i
		if unicode.IsSpace(r) {
			if from >= 0 {
				b.WriteString(s[from:j])
				from = -1
			}
		} else if from < 0 {
			from = j
		}
	}
	if from >= 0 {
		b.WriteString(s[from:])
	}
	return b.String()
}

var nameNoise = strings.NewReplacer("指标", "", "一级", "", "类", "")

// normName reduces an indicator name to its core: 产出指标（50分） → 产出.
// It is normNameSlow (the test oracle) without its copies where they
// change nothing: a name without 分 has no "（50分）" for declRe to
// remove, and then normalising cannot matter, since it changes no Han
// character and only the Han characters are kept (the full-width space it
// turns into a space, squash drops either way); a name of Han characters
// only, without a noise word, is its own core.
func normName(s string) string {
	if cjk.Contains(s, "分") {
		return hanOnly(dropNoise(squash(dropDecl(figures.Normalize(s)))))
	}
	s = dropNoise(squash(s))
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return hanOnly(s)
		}
	}
	return s
}

// normNameSlow is normName as first written: normalise, remove the
// declared points, squash, remove the noise words, keep the Han
// characters.
func normNameSlow(s string) string {
	s = dropDecl(figures.Normalize(s))
	s = squash(s)
	s = nameNoise.Replace(s)
	return hanOnly(s)
}

// dropNoise is nameNoise.Replace(s): s without 指标, 一级 and 类, which
// the replacer removes left to right (none is a prefix of another). A name
// is most often one stretch between them ("产出指标"): then the result is
// a slice of s.
func dropNoise(s string) string {
	// the stretches of s kept: the first two, and how many
	var kept [2][2]int
	n, from := 0, 0
	keep := func(a, b int) {
		if a < b {
			if n < 2 {
				kept[n] = [2]int{a, b}
			}
			n++
		}
	}
	for i := 0; i < len(s); {
		w := noiseAt(s[i:])
		if w == 0 {
			i++
			continue
		}
		keep(from, i)
		i += w
		from = i
	}
	keep(from, len(s))
	switch n {
	case 0:
		return ""
	case 1:
		return s[kept[0][0]:kept[0][1]]
	}
	return nameNoise.Replace(s)
}

// noiseAt returns the length of the noise word s starts with, 0 if none.
func noiseAt(s string) int {
	if len(s) < 3 {
		return 0
	}
	switch s[0] {
	case 0xe6:
		if strings.HasPrefix(s, "指标") {
			return len("指标")
		}
	case 0xe4:
		if strings.HasPrefix(s, "一级") {
			return len("一级")
		}
	case 0xe7:
		if strings.HasPrefix(s, "类") {
			return len("类")
		}
	}
	return 0
}

// hanOnly returns the Han characters of s: a slice of s when they are
// one run ("1.产出" → "产出"), else a copy.
func hanOnly(s string) string {
	lo, hi, runs := 0, 0, 0
	in := false
	for i, r := range s {
		han := unicode.Is(unicode.Han, r)
		if han && !in {
			if runs++; runs > 1 {
				break
			}
			lo = i
		}
		if han {
			hi = i + utf8.RuneLen(r)
		}
		in = han
	}
	if runs <= 1 {
		return s[lo:hi]
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sameName matches indicator names: equal, or one a prefix of the other.
func sameName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// the shorter, in runes, is the other's first runes (sameNameRef, in
	// the tests, compares []rune copies); invalid bytes read as U+FFFD
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na > nb {
		a, b, na = b, a, nb
	}
	if na < 2 {
		return false
	}
	for _, r := range a {
		rb, w := utf8.DecodeRuneInString(b)
		if r != rb {
			return false
		}
		b = b[w:]
	}
	return true
}

// cellVal reads cell c as an exact score. ta, if not nil, is the table
// analysis: a cell it read as no figure is not parsed again.
func cellVal(d *model.Document, ta *tables.Analysis, c *model.Cell) sval {
	if c == nil || isNoValue(ta, c) {
		return sval{}
	}
	txt := d.Slice(c.Span)
	n := parseScore(txt)
	if n.Kind != figures.Value || n.Unit != "" && n.Unit != "分" {
		return sval{}
	}
	n.Exact = true
	lead := len(txt) - len(strings.TrimLeft(txt, " \t\u3000\n"))
	trail := len(txt) - len(strings.TrimRight(txt, " \t\u3000\n"))
	return sval{N: n, Span: model.Span{Start: c.Span.Start + lead, End: c.Span.End - trail}, OK: true}
}

// parseScore is figures.ParseCell(s) (its oracle in util_test.go), read
// at once when s is a plain figure such as "10", "9.5" or "90.00%": the
// 分值, 得分 and 得分率 cells of a score table nearly all are. ParseCell
// normalises and trims a copy of s first.
func parseScore(s string) figures.Number {
	var m int64
	digits, dec, dot := 0, 0, false
	end := len(s)
	pct := end > 0 && s[end-1] == '%'
	if pct {
		end--
	}
	for i := 0; i < end; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			m = m*10 + int64(c-'0') // wraps past 18 digits, which are refused
			if dot {
				dec++
			}
		case c == '.' && !dot && digits > 0 && i+1 < end:
			dot = true // a digit follows: the next byte is checked in turn
		default:
			return figures.ParseCell(s)
		}
	}
	if digits == 0 || digits > 18 || dot && dec == 0 {
		return figures.ParseCell(s)
	}
	return figures.Number{Mant: m, Dec: dec, Kind: figures.Value, Percent: pct, End: len(s)}
}

// values reads the 分值, 得分 and 得分率 of row r: by grid column, or, in a
// short row of a text export whose last cell spans the rest, counting from
// the right.
func values(d *model.Document, ta *tables.Analysis, t *model.Table, r int, cells []*model.Cell, h header) (w, s, rate sval, ok bool) {
	w, s = cellVal(d, ta, t.At(r, h.wCol)), cellVal(d, ta, t.At(r, h.sCol))
	if h.rCol >= 0 {
		rate = asPercent(cellVal(d, ta, t.At(r, h.rCol)), h)
	}
	rate.N.Exact = false
	distinct := t.At(r, h.wCol) != t.At(r, h.sCol)
	if h.rCol >= 0 && (t.At(r, h.rCol) == t.At(r, h.sCol) || t.At(r, h.rCol) == t.At(r, h.wCol)) {
		rate = sval{}
	}
	if distinct && w.OK && s.OK && !w.N.Percent && !s.N.Percent {
		return w, s, rate, true
	}
	if len(cells) < h.n {
		k := len(cells) - h.n
		wi, si := h.weight+k, h.score+k
		if wi >= 0 && si >= 0 {
			w, s = cellVal(d, ta, cells[wi]), cellVal(d, ta, cells[si])
			rate = sval{}
			if h.rate >= 0 && h.rate+k >= 0 {
				if rv := asPercent(cellVal(d, ta, cells[h.rate+k]), h); rv.OK {
					rate = rv
					rate.N.Exact = false
				}
			}
			if w.OK && s.OK && !w.N.Percent && !s.N.Percent {
				return w, s, rate, true
			}
		}
	}
	return sval{}, sval{}, sval{}, false
}

// execRate reads row r's 执行率 under header h: a percentage written with
// its sign, in a cell of its own (not merged with the score's).
func execRate(d *model.Document, ta *tables.Analysis, t *model.Table, r int, h header) sval {
	if h.eCol < 0 {
		return sval{}
	}
	c := t.At(r, h.eCol)
	if c == nil || c == t.At(r, h.sCol) || c == t.At(r, h.wCol) {
		return sval{}
	}
	v := cellVal(d, ta, c)
	if v.OK && !v.N.Percent && h.execPct && v.N.Kind == figures.Value {
		v.N.Percent = true // "执行率（%） | 95.29"
	}
	if !v.OK || !v.N.Percent {
		return sval{}
	}
	v.N.Exact = false
	return v
}

// measure reads row r's cell in grid column col as an indicator's value
// with its unit and bound ("≥85%", "4482人"), zero when there is none or
// the cell is the score's or the points'.
func measure(d *model.Document, t *model.Table, r, col int, h header) sval {
	if col < 0 {
		return sval{}
	}
	c := t.At(r, col)
	if c == nil || c == t.At(r, h.sCol) || c == t.At(r, h.wCol) {
		return sval{}
	}
	n := figures.ParseCell(d.Slice(c.Span))
	if n.Kind != figures.Value {
		return sval{}
	}
	return sval{N: n, Span: c.Span, OK: true}
}

// asPercent returns the 得分率 cell v as a percentage: written with its
// sign, or bare under a header that gives the unit (得分率（%）); any other
// figure is no rate (zero sval).
func asPercent(v sval, h header) sval {
	if v.OK && !v.N.Percent && h.ratePct && v.N.Kind == figures.Value {
		v.N.Percent = true
	}
	if !v.OK || !v.N.Percent {
		return sval{}
	}
	return v
}

// rowLabel is the item column's text, else the last text cell before 分值.
// ta, if not nil, is the table analysis, which tells the text cells.
func rowLabel(d *model.Document, ta *tables.Analysis, cells []*model.Cell, h header) string {
	if len(cells) == h.n && h.item >= 0 && h.item < len(cells) {
		if s := strings.TrimSpace(d.Slice(cells[h.item].Span)); s != "" {
			return s
		}
	}
	if len(cells) != h.n {
		// a row with merged cells: its own label before a group's merged
		// down from above ("产出指标 (merged) | 小计 (across two) | … | 50 |
		// 47.91" is the 产出指标 subtotal, not an item named 产出指标)
		r := 0
		for _, c := range cells {
			r = max(r, c.Row)
		}
		for _, c := range cells {
			if c.Col >= h.wCol {
				break
			}
			if s := strings.TrimSpace(d.Slice(c.Span)); c.Row == r && kindOf(ta, c, s) == figures.Text && figures.HasLetters(s) {
				if sq := squash(s); cjk.Contains(sq, "小计") || cjk.Contains(sq, "合计") {
					return s
				}
				break
			}
		}
	}
	label := ""
	for _, c := range cells {
		if c.Col >= h.wCol && len(cells) == h.n {
			break
		}
		s := strings.TrimSpace(d.Slice(c.Span))
		if kindOf(ta, c, s) == figures.Text && figures.HasLetters(s) {
			if label == "" || len(cells) == h.n {
				label = s
			}
			if len(cells) != h.n {
				break
			}
		}
	}
	return label
}

// kindOf is figures.ParseCell(s).Kind for s the trimmed text of cell c,
// taken from the table analysis ta when it parsed c (the kind of a text
// does not depend on the white space around it). ta may be nil: the tests'
// oracle parses every cell.
func kindOf(ta *tables.Analysis, c *model.Cell, s string) figures.Kind {
	if ta != nil {
		if v, ok := ta.CellValue(c); ok {
			return v.Kind
		}
	}
	return figures.ParseCell(s).Kind
}

// isNoValue reports whether the table analysis ta (if not nil) read cell c
// as no figure: blank, a dash or text, which cellVal takes as no score.
func isNoValue(ta *tables.Analysis, c *model.Cell) bool {
	if ta == nil {
		return false
	}
	v, ok := ta.CellValue(c)
	return ok && v.Kind != figures.Value
}

// totalScoreLabel reports a squashed row label that names the total score,
// 总分 or 总分（100分）, and not an item whose name starts so (总分馆体系
// 建设, a library's branch system).
func totalScoreLabel(sq string) bool {
	rest, ok := strings.CutPrefix(sq, "总分")
	if !ok {
		return false
	}
	return rest == "" || rest == "值" || rest == "数" || strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "合计")
}
