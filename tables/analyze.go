package tables

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

type rowKind int

const (
	rowBlank   rowKind = iota
	rowTitle           // one cell across the table: a block title
	rowNumeric         // holds at least one figure
	rowText            // text only (maybe dashes)
	rowYears           // a header row whose figures are all years (2022 | 2021)
	rowPair            // "名称 | 某某局" across the table: a label/value line, ignored
)

// rowInfo is what the block splitter needs to know about a grid row. It
// holds no pointer, so that filling the scratch's list of them costs no GC
// write barrier.
type rowInfo struct {
	r      int
	kind   rowKind
	from   int32 // the distinct cells starting in this row, left to right, are
	to     int32 // At(r, c) for c in scratch.own[from:to] (see ownCols)
	nText  int   // non-blank, non-numeric, non-dash cells
	nShort int   // of those, short ones (header-like)
	nLong  int   // long text (> 40 runes): prose
	nDash  int
	nVal   int
	// numbered: the row's first non-blank cell starts with a numbering
	// marker (一、, （二）, 1.)
	numbered bool
}

func classifyRow(d *model.Document, at *Table, r int, sc *scratch) rowInfo {
	t := at.T
	ri := rowInfo{r: r}
	// The row's own cells are a window of the scratch's arena of grid
	// columns: one allocation for the whole document instead of one per
	// row, and no pointer written.
	start := len(sc.own)
	var prev *model.Cell
	distinct := 0
	serial := false
	for c := 0; c < t.Cols; c++ {
		cell := t.At(r, c)
		if cell == nil || cell == prev {
			continue
		}
		prev = cell
		distinct++
		if cell.Row != r {
			continue
		}
		sc.own = append(sc.own, int32(c))
		blank, kind, pct, l := at.cellFacts(cell)
		sc.facts = append(sc.facts, ownFact{blank: blank, kind: int8(kind), pct: pct, runes: uint8(l)})
		if blank {
			continue
		}
		switch kind {
		case figures.Value:
			ri.nVal++
		case figures.Dash:
			ri.nDash++
		case figures.Text:
			if ri.nText == 0 && ri.nVal == 0 && ri.nDash == 0 {
				// the row's first text: an item's numbering ("（二）")?
				first := strings.TrimSpace(d.Slice(cell.Span))
				ri.numbered = numberingMarker(first) != ""
				// or the 栏次 row of a 公开表 ("栏次 | 1 | 2 | 3"), which
				// numbers the columns: no figures
				serial = serial || cjk.Contains(first, "栏") && squash(first) == "栏次"
			}
			ri.nText++
			if l > 40 {
				ri.nLong++
			} else if l <= 30 {
				ri.nShort++
			}
		}
	}
	ri.from, ri.to = int32(start), int32(len(sc.own))
	own := sc.ownCols(ri)
	nonBlank := ri.nText + ri.nVal + ri.nDash
	switch {
	case nonBlank == 0 || serial:
		ri.kind = rowBlank
	case nonBlank == 1 && ri.nText == 1 && t.Cols >= 3 && ri.nLong == 0 && titleLike(at, r, own):
		ri.kind = rowTitle
	case nonBlank == 2 && ri.nText == 2 && ri.nLong == 0 && len(own) == 2 && t.At(r, int(own[1])).ColSpan*2 >= t.Cols && t.Cols >= 4 && !groupPair(t, r, own):
		ri.kind = rowPair
	case ri.nVal > 0 && allYears(at, r, own, ri.nText):
		ri.kind = rowYears
	case ri.nVal > 0:
		ri.kind = rowNumeric
	default:
		ri.kind = rowText
	}
	return ri
}

// ownCols returns the grid columns of ri's own cells (see rowInfo).
func (sc *scratch) ownCols(ri rowInfo) []int32 { return sc.own[ri.from:ri.to:ri.to] }

// ownFact is what classifyRow read of an own cell (cellFacts), kept by
// the scratch beside its grid column (scratch.facts, by the index of
// scratch.own) so that finishColumns and blockKind, which read the same
// cells, need not look at their slots again.
//
// A row's own cells are exactly the cells they read: model's grid gives a
// cell the columns [Col, Col+ColSpan) of its rows, less those an earlier
// cell of the row took, so the first column of the run of a cell that
// starts in row r is its Col.
type ownFact struct {
	blank bool
	kind  int8 // figures.Kind
	pct   bool
	runes uint8 // cellRunes, for text (at most maxRunes)
}

// rowFacts returns the grid columns and facts of the own cells of grid
// row r of t, a table of the batch being analysed.
func (sc *scratch) rowFacts(t *Table, r int) ([]int32, []ownFact) {
	ri := sc.infos[t.info0+r]
	return sc.own[ri.from:ri.to:ri.to], sc.facts[ri.from:ri.to:ri.to]
}

// titleLike: the only text cell of row r (its own cells at grid columns
// own) spans most of the table (or the row has no other cells at all, as
// in the text export).
func titleLike(at *Table, r int, own []int32) bool {
	t := at.T
	for _, col := range own {
		c := t.At(r, int(col))
		if at.cellText(c) == "" {
			continue
		}
		if c.ColSpan*10 >= t.Cols*6 {
			return true
		}
		return len(own) == 1 && c.Col == 0 && c.ColSpan >= 2
	}
	return false
}

// allYears reports whether every figure of row r (its own cells at grid
// columns own, nText of them text) is a bare year and the row also has
// text or several years: a header such as "项目 | 2022 | 2021". One year
// with one text cell makes a header only as the table's first row: lower
// down, "其他调入资金 | 1958" is an item whose amount looks like a year.
func allYears(t *Table, r int, own []int32, nText int) bool {
	years := 0
	for _, col := range own {
		cell := t.T.At(r, int(col))
		if t.cellKind(cell) != figures.Value {
			continue
		}
		n := t.cellNum(cell)
		if n.Dec != 0 || n.Percent || n.Mant < 1950 || n.Mant > 2100 || n.Unit != "" || strings.Contains(t.cellText(cell), ",") {
			return false
		}
		years++
	}
	return years >= 2 || years == 1 && (nText >= 2 || nText == 1 && r == 0)
}

// scratch is the working memory Analyze reuses from table to table, and
// from document to document through scratchPool: a report's analysis
// would otherwise allocate its cell cache and row arenas afresh (about
// half of the bytes it allocates).
type scratch struct {
	slots     []cellSlot          // cellNum's and cellLabel's cache, by grid origin
	gen       uint32              // the generation of the table last analysed (see cellSlot)
	sideNums  []figures.Number    // the slots' figures with a unit or bound (see setNum)
	sideStrs  []string            // the slots' texts not in Document.Text (see textRef)
	infos     []rowInfo           // per grid row of the batch's tables (see tablePlan)
	own       []int32             // arena of the rows' own cells, by grid column (see rowInfo)
	facts     []ownFact           // what classifyRow read of them, by the index of own
	notes     blockIndex          // where each table stands in Document.Blocks
	cols      map[string]colClass // classify's memo by appendColKey, kept from document to document (see release)
	key       []byte              // classify's key buffer
	stats     []colStat           // finishColumns', per grid column
	paths     [][]string          // finishColumns' header paths, per grid column
	kept      slabs               // the analysis's columns and lists (see slabs)
	steps     []splitStep         // the batch's tables' splits into blocks (see planSplit)
	labelCols []int               // finishColumns' label columns, before they are kept
	arena     []string            // the paths' elements, copied out for the columns kept (see finishColumns)
	units     []string            // figures.UnitIn of each column's joined path, per Block.Columns

	plans     []tablePlan // the batch's tables (see planTable)
	blockPtrs []*Block    // the arena of the tables' Blocks (see appendBlock)
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxClassified bounds the header paths classify remembers across
// documents; past it the memo starts afresh.
const maxClassified = 4096

// release empties sc and puts it back in scratchPool. Nothing of the
// analysis points into what is kept (the blocks and their pointers are
// the analysis's own and are dropped), and every reference into the
// document is cleared, so that the pool keeps no document alive (the
// slots hold none: they are left as they are). The classify memo holds
// copies of its strings (see classify).
func (sc *scratch) release() {
	clear(sc.paths[:cap(sc.paths)])
	clear(sc.arena[:cap(sc.arena)])
	clear(sc.units[:cap(sc.units)])
	sc.own, sc.facts, sc.units = sc.own[:0], sc.facts[:0], sc.units[:0]
	clear(sc.sideNums)
	clear(sc.sideStrs)
	sc.sideNums, sc.sideStrs = sc.sideNums[:0], sc.sideStrs[:0]
	sc.infos, sc.steps = sc.infos[:0], sc.steps[:0]
	sc.blockPtrs = nil
	sc.kept = slabs{}
	if len(sc.cols) > maxClassified {
		clear(sc.cols)
	}
	scratchPool.Put(sc)
}

// appendBlock appends b to t.Blocks. The tables' block lists are windows
// of one arena of pointers: a table's blocks are appended one after the
// other, before the next table's, so t.Blocks is the arena's last window.
func (sc *scratch) appendBlock(t *Table, b *Block) {
	n := len(t.Blocks)
	if len(sc.blockPtrs) == cap(sc.blockPtrs) {
		// a new chunk, with t's blocks so far moved to its start
		sc.blockPtrs = append(make([]*Block, 0, max(blockChunk, 2*(n+1))), t.Blocks...)
	}
	sc.blockPtrs = append(sc.blockPtrs, b)
	k := len(sc.blockPtrs)
	t.Blocks = sc.blockPtrs[k-n-1 : k : k]
}

// blockChunk is how many block pointers are allocated at once.
const blockChunk = 16

// blockIndex is the position of each table (by Table.Index) in
// Document.Blocks, -1 for tables not there (nested ones).
type blockIndex []int

// It reuses buf's storage.
func tableBlocks(d *model.Document, buf blockIndex) blockIndex {
	pos := buf[:0]
	if cap(pos) < len(d.Tables) {
		pos = make(blockIndex, len(d.Tables))
	}
	pos = pos[:len(d.Tables)]
	for i := range pos {
		pos[i] = -1
	}
	for i, b := range d.Blocks {
		if t, ok := b.(*model.Table); ok && t.Index >= 0 && t.Index < len(pos) && d.Tables[t.Index] == t && pos[t.Index] < 0 {
			pos[t.Index] = i
		}
	}
	return pos
}

// of is d.UnitNote(t) without its search of every block for t: UnitNote
// looks only at the two blocks before the table and the one after (in
// that order: i−1, i−2, i+1), and only at paragraphs there.
func (p blockIndex) of(d *model.Document, t *model.Table) string {
	if t.Index < 0 || t.Index >= len(p) || d.Tables[t.Index] != t {
		return d.UnitNote(t)
	}
	i := p[t.Index]
	if i < 0 {
		return "" // not a top-level block: UnitNote finds nothing
	}
	for _, j := range [...]int{i - 1, i - 2, i + 1} {
		if j < 0 || j >= len(d.Blocks) {
			continue
		}
		if para, ok := d.Blocks[j].(*model.Paragraph); ok {
			txt := d.Slice(para.Span)
			if txt, ok := unitLine(txt); ok {
				return txt
			}
			if model.IsFormNote(txt) {
				return strings.TrimSpace(txt)
			}
			if u := model.NumberAndUnit(txt); u != "" {
				return u // "公开07表　单位：元"
			}
		}
	}
	return ""
}

// unitLine is model's test for a unit line ("单位：万元", at most 16 runes
// once trimmed), returning the trimmed line: the prefixes are tested
// before anything is counted, and a paragraph of prose is trimmed without
// strings.TrimSpace's rune-by-rune scan (see trimSpace).
func unitLine(s string) (string, bool) {
	s = cjk.TrimSpace(s)
	u := s
	for _, w := range [...]string{"金额", "计量", "货币"} { // 金额单位：元
		u = strings.TrimPrefix(u, w)
	}
	if !strings.HasPrefix(u, "单位：") && !strings.HasPrefix(u, "单位:") && !strings.HasPrefix(u, "（单位") {
		return "", false
	}
	// a rune is at most 4 bytes: a longer line has more than 16 runes
	return s, len(u) <= 16*utf8.UTFMax && utf8.RuneCountInString(u) <= 16
}

// tablePlan is what planTable leaves of a table for splitTable: its rows'
// infos and its split, windows of the scratch's lists for the batch of
// tables being analysed (see Analyze), and the counts of what the split
// makes.
type tablePlan struct {
	info0, step0, step1   int // sc.infos[info0:info0+Rows], sc.steps[step0:step1]
	nRows, nHdrs, nBlocks int
}

// planTable starts the analysis of mt into t: it classifies its rows and
// plans their split into blocks. It keeps in vals (zero, of len
// mt.Rows·mt.Cols, or nil) the values of the cells it parses, and caches
// its cells in slots (of the same length, or nil) until finishTable.
func planTable(d *model.Document, mt *model.Table, sc *scratch, vals []cellValue, slots []cellSlot, t *Table) tablePlan {
	*t = Table{doc: d, T: mt, Number: mt.Index + 1, Title: mt.Caption, sc: sc, vals: vals}
	if slots != nil && len(d.Text) <= math.MaxInt32 {
		// Slots left by earlier tables are of an older generation, so they
		// never match: the reused slice needs no clearing, but when the
		// counter wraps (an earlier table whose slots are cleared then
		// reads its cells anew).
		sc.gen++
		if sc.gen == 0 {
			clear(sc.slots[:cap(sc.slots)])
			sc.gen = 1
		}
		t.slots, t.gen, t.plain = slots, sc.gen, plainGrid(mt)
	}
	p := tablePlan{info0: len(sc.infos), step0: len(sc.steps)}
	t.info0 = p.info0
	for r := 0; r < mt.Rows; r++ {
		sc.infos = append(sc.infos, classifyRow(d, t, r, sc))
	}
	// The blocks are split in two passes: planSplit decides, from the rows'
	// kinds alone, which rows open a block and which are header or data
	// rows; the blocks and rows are then made in slabs sized exactly, and
	// each block's Rows and HeaderRows are windows of two lists sized
	// exactly (a block takes consecutive rows and closes before the next
	// opens).
	sc.steps, p.nRows, p.nHdrs = planSplit(sc.infos[p.info0:], sc.steps)
	p.step1 = len(sc.steps)
	for _, st := range sc.steps[p.step0:] {
		if st.op == stepOpen {
			p.nBlocks++ // (an open step is always followed by a row: no block is dropped)
		}
	}
	return p
}

// splitTable makes t's blocks as p plans them, taking its rows and blocks
// from the start of rows and blocks (zero, and long enough) and returning
// the rest of them, then works out the blocks' columns. It returns the
// number of data cells the blocks' rows will hold: the caller then hands
// them to finishTable in a slab shared by the tables of the batch.
func splitTable(d *model.Document, t *Table, sc *scratch, p tablePlan, rows []Row, blocks []Block) (_ []Row, _ []Block, cells int) {
	mt := t.T
	infos := sc.infos[p.info0 : p.info0+mt.Rows]
	slab := rows[:p.nRows:p.nRows]
	rows, rest := rows[p.nRows:], blocks[p.nBlocks:]
	blocks = blocks[:p.nBlocks:p.nBlocks]
	ptrs := take(&sc.kept.rowPtrs, p.nRows, 128)[:0]
	hdrs := take(&sc.kept.ints, p.nHdrs, 128)[:0]
	var cur *Block
	rowStart, hdrStart := 0, 0 // cur's windows start there
	var title, titleUnit string
	var titleSpan model.Span
	closeBlock := func() {
		if cur != nil && (len(cur.HeaderRows) > 0 || len(cur.Rows) > 0) {
			cur.Index = len(t.Blocks)
			sc.appendBlock(t, cur)
		}
		cur = nil
	}
	for _, st := range sc.steps[p.step0:p.step1] {
		r := int(st.r)
		switch st.op {
		case stepTitle:
			closeBlock()
			for _, col := range sc.ownCols(infos[r]) {
				c := mt.At(r, int(col))
				txt := t.cellText(c)
				if _, unitOnly := unitLine(txt); unitOnly && title != "" {
					// a "单位：万元" row under the title row is the title's
					// unit line, not a new title
					titleUnit = unitIn(txt)
				} else if txt != "" {
					title, titleSpan = txt, c.Span
				}
			}
		case stepOpen:
			closeBlock()
			cur, blocks = &blocks[0], blocks[1:]
			*cur = Block{Table: t, Title: title, TitleSpan: titleSpan, Unit: titleUnit, IndexCol: -1, CodeCol: -1, UnitCol: -1}
			rowStart, hdrStart = len(ptrs), len(hdrs)
			title, titleUnit = "", ""
			titleSpan = model.Span{}
		case stepHeader:
			hdrs = append(hdrs, r)
			cur.HeaderRows = hdrs[hdrStart:len(hdrs):len(hdrs)]
		case stepRow:
			// Parent and List are -1 until linkRows links the row.
			k := len(ptrs)
			slab[k].Row, slab[k].Parent, slab[k].List = r, -1, -1
			ptrs = append(ptrs, &slab[k])
			cur.Rows = ptrs[rowStart:len(ptrs):len(ptrs)]
		}
	}
	closeBlock()
	// The blocks' columns first, then (finishTable) their rows: the data
	// cells are then counted, and held in one slab sized exactly.
	for _, b := range t.Blocks {
		finishColumns(d, b, sc)
		cells += len(b.Rows) * len(b.Columns)
	}
	return rows, rest, cells
}

// perUnitTitle reports a table title naming figures per head or per unit
// (年平均工资, 人均…, 次均…): the words of perUnitColumn that name the
// whole table's figures, not those naming one column of a table of totals
// (可支付月数 in "基金结存及可支付能力").
func perUnitTitle(title string) bool {
	// (not a bare 平均: "成本送审与核定情况（三年平均）" averages years, and
	// its rows still add up)
	for _, w := range [...]string{"平均工资", "平均价", "人均", "生均", "户均", "次均", "床均", "场均", "均价", "单价"} {
		if cjk.Contains(title, w) {
			return true
		}
	}
	return false
}

// finishTable fills the rows of t, which splitTable left with their
// columns, taking their data cells from the start of slab (zero, and
// long enough), and returns the rest of slab. It reads the cells t's
// slots cache: no later table may have used them.
func finishTable(d *model.Document, t *Table, sc *scratch, slab []Cell) []Cell {
	mt := t.T
	for _, b := range t.Blocks {
		n := len(b.Rows) * len(b.Columns)
		fillRows(d, b, slab[:n:n], &sc.kept)
		slab = slab[n:]
		if len(b.Columns) > 0 { // not a Text block (finishColumns)
			b.Kind = blockKind(b)
		}
	}
	if len(t.Blocks) > 0 && t.Blocks[0].Title == "" {
		t.Blocks[0].Title = mt.Caption
	}
	if t.Title == "" {
		for _, b := range t.Blocks {
			if b.Title != "" {
				t.Title = b.Title
				break
			}
		}
	}
	// A table titled as figures per head (年平均工资, 人均…) has rows that
	// do not add up, whatever its columns are called (2023年, 增加额).
	for _, b := range t.Blocks {
		title := b.Title
		if k := cjk.Index(title, "单位："); k >= 0 {
			title = title[:k] // (单位：元/人 is the unit note's)
		}
		if perUnitTitle(title) {
			for _, c := range b.Columns {
				if c.Role == Amount || c.Role == Diff {
					c.PerUnit = true
				}
			}
		}
	}
	// The unit note above the table applies to blocks that declare none.
	noteLine := sc.notes.of(d, mt)
	note := unitIn(noteLine)
	if note == "" {
		noteLine = mt.Caption
		note = unitIn(noteLine)
	}
	for _, b := range t.Blocks {
		if b.UnitCol >= 0 && severalUnits(noteLine) {
			// "单位：人、万元、元" over a 单位 column: the rows say which is
			// theirs, and the first listed is not the columns' unit
		} else if money := moneyOfSeveral(noteLine); b.Unit == "" && money != "" {
			// "单位：件、万元" over 件数 | 账面原值 | 处置收入: the counts
			// are in 件, every other column in 万元
			b.Unit = money
			for _, c := range b.Columns {
				if c.Unit == "" {
					c.Unit = money
					if countColumn(c.Name()) {
						c.Unit = note
					}
				}
			}
		} else if first := firstMoneyOfSeveral(noteLine); first != "" && unitIn(b.Title) == "" {
			// "单位：万元、人次、元" over 住院总费用 | … | 次均住院费用（元）:
			// the columns that name no unit are in the first money unit
			// listed, not in the one column's 元
			b.Unit = first
			for _, c := range b.Columns {
				if c.Unit == "" || figures.UnitIn(strings.Join(c.Path, "")) == "" {
					c.Unit = first
					if countColumn(c.Name()) {
						c.Unit = ""
					}
				}
			}
		} else if b.Unit == "" && note != "" {
			b.Unit = note
			for _, c := range b.Columns {
				if c.Unit == "" {
					c.Unit = note
				}
			}
		}
		rowUnits(d, b)
		exactCounts(b)
	}
	return slab
}

// moneyOfSeveral returns the one unit of money a unit note lists among
// others ("单位：件、万元" gives 万元), "" when it lists one unit only, or
// no unit of money, or two.
func moneyOfSeveral(note string) string {
	if !severalUnits(note) {
		return ""
	}
	k := cjk.Index(note, "单位")
	money := ""
	for part := range strings.FieldsFuncSeq(note[k+len("单位"):], func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == '；' || r == '：' || r == ':' || r == '）' || r == ')'
	}) {
		if p := cjk.TrimSpace(part); figures.IsMoneyUnit(p) {
			if money != "" {
				return ""
			}
			money = p
		}
	}
	return money
}

// firstMoneyOfSeveral returns the first of two money units or more a
// unit note lists ("单位：万元、人次、元"), "" otherwise.
func firstMoneyOfSeveral(note string) string {
	if !severalUnits(note) {
		return ""
	}
	k := cjk.Index(note, "单位")
	first, n := "", 0
	for part := range strings.FieldsFuncSeq(note[k+len("单位"):], func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == '；' || r == '：' || r == ':' || r == '）' || r == ')'
	}) {
		if p := cjk.TrimSpace(part); figures.IsMoneyUnit(p) {
			if n == 0 {
				first = p
			}
			n++
		}
	}
	if n < 2 {
		return ""
	}
	return first
}

// countColumn reports a column header of a count or a measure other than
// money: 件数, 项目个数, 受益户数, 出租面积.
func countColumn(name string) bool {
	for _, w := range [...]string{"件数", "个数", "数量", "人数", "户数", "人次", "次数", "项数", "台数", "辆数", "面积", "家数", "处数", "宗数", "笔数"} {
		if cjk.Contains(name, w) {
			return true
		}
	}
	return false
}

// severalUnits reports whether a unit note lists more than one unit
// besides % ("单位：人、万元、元"; not "单位：万元、%" or "单位：元/人").
func severalUnits(note string) bool {
	k := cjk.Index(note, "单位")
	if k < 0 {
		return false
	}
	n := 0
	for part := range strings.FieldsFuncSeq(note[k+len("单位"):], func(r rune) bool {
		return r == '、' || r == '，' || r == ',' || r == '；' || r == '：' || r == ':' || r == '）' || r == ')'
	}) {
		if p := cjk.TrimSpace(part); p != "" && p != "%" && p != "％" {
			n++
		}
	}
	return n > 1
}

// isUnitColumn: a column of each row's unit (单位, 计量单位), by its head.
func isUnitColumn(path []string) bool {
	if len(path) == 0 {
		return false
	}
	k := squash(path[len(path)-1])
	return k == "单位" || k == "计量单位"
}

// rowUnits gives the figures of each row of a block with a column of units
// ("指标 | 单位 | 绝对数 | 比上年增长(%)", the statistical bulletin's layout) the
// unit its row names, when it is a unit of money: "人均地区生产总值 | 元 |
// 97,015" is in 元 whatever the block's unit; a row in % holds percentages.
// Rates keep theirs.
//
// A row whose label ends in a bracketed unit of money ("审计涉及资金总额
// （万元）" in a table of indicators by row, with no unit of its own) gets
// that unit the same way.
func rowUnits(d *model.Document, b *Block) {
	mt := b.Table.T
	for _, r := range b.Rows {
		unit := labelUnit(r.Label)
		if b.UnitCol >= 0 {
			if cell := mt.At(r.Row, b.UnitCol); cell != nil && cell.Row == r.Row {
				unit = cjk.TrimSpace(ownText(d, cell))
			}
		}
		r.Unit = unit
		if unit == "%" || unit == "％" {
			// "债务率 | % | 163.32 | 160.18": the row's figures are percentages
			for _, c := range b.Columns {
				if n := &r.Cells[c.Index].Num; c.Role == Amount && n.Kind == figures.Value && n.Unit == "" {
					n.Percent = true
				}
			}
			continue
		}
		if _, ok := figures.UnitExp(unit); !ok {
			continue
		}
		for _, c := range b.Columns {
			if n := &r.Cells[c.Index].Num; c.Role == Amount && n.Kind == figures.Value && n.Unit == "" && !n.Percent {
				n.Unit = unit
			}
		}
	}
}

// labelUnit returns the unit a row label ends with in brackets
// ("查出问题金额（万元）" → 万元), "" for none.
func labelUnit(label string) string {
	for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutSuffix(label, br[1]); ok {
			if i := strings.LastIndex(rest, br[0]); i >= 0 {
				return cjk.TrimSpace(rest[i+len(br[0]):])
			}
		}
	}
	return ""
}

// splitOp is one step of a table's split into blocks (see planSplit).
type splitOp uint8

const (
	stepTitle  splitOp = iota // row r is a block title: close the block, the next takes the title
	stepOpen                  // close the block and open a new one
	stepHeader                // row r is a header row of the open block
	stepRow                   // row r is a data row of the open block
)

// splitStep is a step of the split, with no pointer (see rowInfo).
type splitStep struct {
	r  int32
	op splitOp
}

// planSplit decides how the grid rows (infos, by grid row) are split into
// blocks, appending the steps to steps; nRows and nHdrs count the data
// and header rows. It needs only the rows' kinds and counts: a block is
// known by how many data rows it has so far and whether any holds a
// figure.
func planSplit(infos []rowInfo, steps []splitStep) (_ []splitStep, nRows, nHdrs int) {
	open := false   // a block is open
	curRows := 0    // its data rows so far
	curFig := false // one of them holds a figure
	step := func(r int, op splitOp) {
		steps = append(steps, splitStep{r: int32(r), op: op})
		switch op {
		case stepOpen:
			open, curRows, curFig = true, 0, false
		case stepHeader:
			nHdrs++
		case stepRow:
			nRows++
			curRows++
			curFig = curFig || infos[r].nVal > 0
		}
	}
	for _, ri := range infos {
		switch ri.kind {
		case rowBlank, rowPair:
			continue
		case rowTitle:
			if open && curRows > 0 && curFig && ri.numbered && nextHasFigures(infos, ri.r) {
				// "合计 | … ⏎ 一、按资金来源分 ⏎ 财政拨款 | …": a numbered
				// heading of a group of the block's rows, not a new table
				step(ri.r, stepRow)
				continue
			}
			step(ri.r, stepTitle)
			open = false
		case rowYears:
			if !open || curRows > 0 {
				step(ri.r, stepOpen)
			}
			step(ri.r, stepHeader)
		case rowNumeric:
			if !open {
				step(ri.r, stepOpen)
			}
			step(ri.r, stepRow)
		case rowText:
			// a row of short texts heads a new block, unless it is a
			// numbered item whose other cells are blank: "（二） | 政府性基金
			// 预算财政拨款 | | | |" is a data row with nothing to show
			blanks := int(ri.to-ri.from) - ri.nText - ri.nVal - ri.nDash
			headerish := ri.nLong == 0 && ri.nDash == 0 && ri.nShort >= 2 && !(ri.numbered && blanks >= 2 && blanks >= ri.nText)
			switch {
			case !open:
				step(ri.r, stepOpen)
				if ri.nLong == 0 {
					step(ri.r, stepHeader)
				} else {
					step(ri.r, stepRow)
				}
			case curRows == 0 && ri.nLong == 0 && !(ri.nText <= 1 && ri.nDash >= 2):
				// (not "因公出国（境）费 | — | — | —" under the header: a
				// row of nothing to show, its label the only text)
				step(ri.r, stepHeader)
			case curRows > 0 && headerish && curFig:
				step(ri.r, stepOpen)
				step(ri.r, stepHeader)
			case curRows > 0 && headerish && !curFig && nextHasFigures(infos, ri.r):
				step(ri.r, stepOpen)
				step(ri.r, stepHeader)
			default:
				step(ri.r, stepRow)
			}
		}
	}
	return steps, nRows, nHdrs
}

func nextHasFigures(infos []rowInfo, r int) bool {
	for i := r + 1; i < len(infos); i++ {
		switch infos[i].kind {
		case rowBlank, rowPair:
			continue
		case rowNumeric:
			return true
		}
		return false
	}
	return false
}

// finishColumns works out the block's label and value columns, its
// 序号 and code columns and its unit; a block without value columns is a
// Text block. fillRows and blockKind then finish it.
func finishColumns(d *model.Document, b *Block, sc *scratch) {
	mt := b.Table.T
	// stats and paths are the scratch's (the columns keep the paths'
	// elements, in arena).
	if cap(sc.stats) < mt.Cols {
		sc.stats, sc.paths = make([]colStat, mt.Cols), make([][]string, mt.Cols)
	}
	stats, paths := sc.stats[:mt.Cols], sc.paths[:mt.Cols]
	clear(stats)
	for _, r := range b.Rows {
		// the cells at (r.Row, c) whose origin it is (see ownFact)
		cols, facts := sc.rowFacts(b.Table, r.Row)
		for k, f := range facts {
			if f.blank {
				continue
			}
			c := cols[k]
			switch figures.Kind(f.kind) {
			case figures.Value:
				stats[c].val++
				if f.pct {
					stats[c].pct++
				}
			case figures.Dash:
				stats[c].dash++
			default:
				stats[c].text++
				if f.runes <= 12 {
					stats[c].short++
				}
			}
		}
	}
	// Header texts per grid column, for roles and the 序号 column.
	// A path has at most two labels per header row (a label and the one
	// left of its 其中): one arena holds every column's. The arena is the
	// scratch's: the paths of the columns kept are copied out below, most
	// of the arena's room (a text block's, the label columns', the second
	// label per header row) being never used.
	per := 2 * len(b.HeaderRows)
	if cap(sc.arena) < mt.Cols*per {
		sc.arena = make([]string, mt.Cols*per)
	}
	arena := sc.arena[:mt.Cols*per]
	for c := 0; c < mt.Cols; c++ {
		paths[c] = headerPath(b.Table, b.HeaderRows, c, arena[c*per:c*per:(c+1)*per])
	}
	firstVal := -1
	labelCols := sc.labelCols[:0]
	for c := 0; c < mt.Cols; c++ {
		s := stats[c]
		numeric := s.val > 0 && s.val+s.dash >= 2*s.text
		if numeric && firstVal < 0 && isIndexColumn(d, b, c, paths[c]) {
			b.IndexCol = c
			continue
		}
		if firstVal < 0 && (isCodeColumn(paths[c]) || c+1 < mt.Cols && stats[c+1].text > 0 && codesOnly(d, b, c)) {
			// 科目编码 (201, 20101, 2010101): a label, never a figure.
			if b.CodeCol >= 0 && b.CodeCol+b.CodeCols == c && isCodeColumn(paths[c]) {
				b.CodeCols++ // 类 | 款 | 项 under one 科目编码 head
			} else {
				b.CodeCol, b.CodeCols = c, 1
			}
			continue
		}
		if numeric {
			if firstVal < 0 {
				firstVal = c
			}
			continue
		}
		if s.text > 0 && firstVal < 0 && len(labelCols) > 0 && isUnitColumn(paths[c]) {
			// "指标 | 单位 | 绝对数": the units are not the rows' names
			b.UnitCol = c
			continue
		}
		if s.text > 0 && firstVal < 0 {
			labelCols = append(labelCols, c)
		}
	}
	sc.labelCols = labelCols
	if len(labelCols) > 0 {
		b.LabelCols = take(&sc.kept.ints, len(labelCols), 128)
		copy(b.LabelCols, labelCols)
	}
	if firstVal < 0 {
		b.Kind = Text
		return
	}
	ncols, nlabels := 0, 0
	for c := firstVal; c < mt.Cols; c++ {
		if s := stats[c]; s.val+s.dash+s.text != 0 {
			ncols++
			nlabels += len(paths[c])
		}
	}
	kept := take(&sc.kept.strs, nlabels, 128)[:0] // the kept columns' paths, out of the scratch arena
	slab := take(&sc.kept.cols, ncols, 32)
	b.Columns = take(&sc.kept.colPtrs, ncols, 128)[:0]
	sc.units = sc.units[:0]
	for c := firstVal; c < mt.Cols; c++ {
		s := stats[c]
		if s.val+s.dash+s.text == 0 {
			continue // a grid column covered by merged cells only
		}
		col := &slab[len(b.Columns)]
		path := paths[c]
		if path != nil {
			k := len(kept)
			kept = append(kept, path...)
			path = kept[k:len(kept):len(kept)]
		}
		col.Index, col.Col, col.Path = len(b.Columns), c, path // col is zero (a fresh window of the slab)
		if !(s.val > 0 && s.val+s.dash >= 2*s.text) || indexHeader(path) {
			// (or a second 行次 column: "项目 | 行次 | 金额 | 项目 | 行次 | 金额")
			col.Role = OtherText
		}
		sc.units = append(sc.units, sc.classify(col, s.pct*2 > s.val && s.val > 0))
		b.Columns = append(b.Columns, col)
	}
	assignPeriods(b)
	if u := blockUnit(d, b, sc.units); u != "" {
		b.Unit = u // (else the unit line under the block's title row, if any)
	}
	for _, c := range b.Columns {
		if c.Unit == "" {
			c.Unit = b.Unit
		}
	}
}

// isCodeColumn: a column of classification codes (科目编码, 项目代码).
func isCodeColumn(path []string) bool {
	for _, p := range path {
		if !strings.ContainsRune(p, '码') && !strings.ContainsRune(p, '号') {
			continue // every word ends in one, which squash keeps as it is
		}
		if k := squash(p); cjk.ContainsAnyOf(k, "编码", "代码", "科目编号", "项目编号") {
			return true
		}
	}
	return false
}

// codesOnly reports a column of classification codes under a header that
// does not say so ("科目" spanning the code and the name): every figure of
// its data rows a whole number of 3, 5 or 7 digits (213, 20805, 2080505)
// written without separators, two or more of them.
func codesOnly(d *model.Document, b *Block, c int) bool {
	n := 0
	for _, r := range b.Rows {
		cell := b.Table.T.At(r.Row, c)
		if cell == nil || cell.Row != r.Row || cell.Col != c {
			continue
		}
		t := cjk.TrimSpace(ownText(d, cell))
		if t == "" {
			continue
		}
		if len(t) != 3 && len(t) != 5 && len(t) != 7 || (t[0] != '1' && t[0] != '2') {
			return false
		}
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		n++
	}
	return n >= 2
}

// indexHeader reports a column headed 序号, 编号, 行次 or 栏次.
func indexHeader(path []string) bool {
	for _, p := range path {
		if !strings.ContainsRune(p, '号') && !strings.ContainsRune(p, '次') {
			continue // every word ends in one, which squash keeps as it is
		}
		if k := squash(p); k == "序号" || k == "编号" || k == "行次" || k == "栏次" {
			return true
		}
	}
	return false
}

// isIndexColumn: a 序号 column, by header or by holding 1, 2, 3, … in order.
func isIndexColumn(d *model.Document, b *Block, c int, path []string) bool {
	if indexHeader(path) {
		return true
	}
	if len(b.Rows) < 3 {
		return false
	}
	mt := b.Table.T
	want, hits := int64(1), 0
	for _, r := range b.Rows {
		cell := mt.At(r.Row, c)
		if cell == nil || cell.Row != r.Row {
			continue
		}
		n := b.Table.cellNumRaw(cell, ownText(d, cell))
		if n.Kind == figures.Value && n.Dec == 0 && n.Mant == want {
			hits++
			want++
		}
	}
	return hits >= 3 && hits*3 >= len(b.Rows)*2
}

// headerPath composes the labels above grid column c, top down. A blank
// header cell continues the label to its left when some lower header row
// has a label in this column (a merged parent exported without its span),
// and the label above otherwise (a vertical merge). Before each 其中 the
// label left of the 其中 cell is put in, so that the path reads
// "支出合计 › 其中 › 基本支出 › 其中 › 人员支出".
//
// The path is built in buf (cap 2·len(rows) is enough); nil if empty.
func headerPath(t *Table, rows []int, c int, buf []string) []string {
	mt := t.T
	path := buf[:0]
	var last *model.Cell
	for k, r := range rows {
		cell := mt.At(r, c)
		if cell == nil {
			continue
		}
		txt := t.cellLabel(cell)
		if txt == "" && c > 0 && lowerLabel(t, rows[k+1:], c) {
			// Inherit from the nearest labelled cell to the left.
			for cc := c - 1; cc >= 0; cc-- {
				lc := mt.At(r, cc)
				if lc == nil {
					continue
				}
				if lt := t.cellLabel(lc); lt != "" {
					cell, txt = lc, lt
					break
				}
				if !lowerLabel(t, rows[k+1:], cc) {
					break
				}
			}
		}
		if txt == "" || cell == last {
			continue
		}
		if _, unitOnly := unitLine(txt); unitOnly && k+1 < len(rows) {
			continue // a "单位：万元" cell over the header names no column (the block's unit reads it)
		}
		last = cell
		if t.labelQizhong(cell) && cell.Col > 0 { // txt is cell's label
			if left := mt.At(r, cell.Col-1); left != nil {
				lt := t.cellLabel(left)
				if lt != "" && !t.labelQizhong(left) && (len(path) == 0 || path[len(path)-1] != lt) {
					path = append(path, lt)
				}
			}
		}
		path = append(path, txt)
	}
	if len(path) == 0 {
		return nil
	}
	return path[:len(path):len(path)]
}

// lowerLabel reports whether any of rows has a non-blank label at column c.
func lowerLabel(t *Table, rows []int, c int) bool {
	for _, r := range rows {
		if cell := t.T.At(r, c); cell != nil && cell.Row == r && t.cellLabel(cell) != "" {
			return true
		}
	}
	return false
}

// cleanLabel trims a label, folds inner line breaks and drops a trailing
// colon ("其中：" → "其中").
//
// It is cleanLabelSlow with the fold skipped when there is nothing to
// fold: IndexByte finds a break in a long prose cell faster than the
// Replacer's byte-by-byte scan, and most labels have none.
func cleanLabel(s string) string { return cleanLabelIn(nil, s) }

// cleanLabelIn is cleanLabel with a folded label's copy made in a (see
// foldIn).
func cleanLabelIn(a *textArena, s string) string {
	s = cjk.TrimSpace(s)
	if strings.IndexByte(s, '\n') >= 0 || strings.IndexByte(s, '\r') >= 0 || strings.IndexByte(s, '\t') >= 0 {
		s = foldIn(a, s)
	} else if !endsColonOrSpace(s) {
		return s // trimmed, nothing to fold or drop: clean as it is
	}
	s = strings.TrimRight(s, "：: ")
	return strings.TrimSpace(s)
}

// endsColonOrSpace reports whether the last byte of s is the last byte of
// ":", "：" or " ", the runes cleanLabel drops at the end.
func endsColonOrSpace(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ':', ' ', "："[len("：")-1]:
		return true
	}
	return false
}

var labelFolder = strings.NewReplacer("\r", "", "\n", "", "\t", " ")

// foldBreaks is labelFolder.Replace(s): line breaks dropped, tabs made
// spaces. It copies the text between breaks with IndexByte, looking only
// for the bytes s has (a prose cell has line breaks, seldom the others),
// where the Replacer goes byte by byte.
func foldBreaks(s string) string { return foldIn(nil, s) }

// foldIn is foldBreaks with the copy of a text with line breaks made in
// a: the analysis folds many header and label cells, one allocation for
// all of them.
func foldIn(a *textArena, s string) string {
	hasCR, hasTab := strings.IndexByte(s, '\r') >= 0, strings.IndexByte(s, '\t') >= 0
	if hasCR || hasTab {
		return labelFolder.Replace(s)
	}
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return s
	}
	b := a.room(len(s) - 1)
	for i >= 0 {
		b = append(b, s[:i]...)
		s = s[i+1:]
		i = strings.IndexByte(s, '\n')
	}
	return a.keep(append(b, s...))
}

// isQizhong reports whether s starts with 其中 once squashed: squash only
// drops spaces before and between them (it maps no other rune to 其 or
// 中), so the first two runes it keeps decide, and nothing is copied.
func isQizhong(s string) bool {
	first := true
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u3000':
			continue // dropped by squash
		}
		if first && r == '其' {
			first = false
			continue
		}
		return !first && r == '中'
	}
	return false
}

// squash normalises s for keyword tests: full-width to ASCII, no spaces.
// Most labels are already squashed (CJK text without spaces): those are
// returned as they are, without the two copies squashSlow makes.
// Squash is s without spaces, with full-width ASCII made half-width, as
// header and row names are compared.
func Squash(s string) string { return squash(s) }

func squash(s string) string {
	if i := squashFrom(s); i >= 0 {
		return string(squashAppend(make([]byte, 0, len(s)+utf8.UTFMax), s, i))
	}
	return s
}

// squashTemp is squash(s), made in buf when s changes: the result is
// then only valid until buf is reused, for a caller that looks at it and
// keeps nothing of it (or copies what it keeps).
func squashTemp(buf []byte, s string) string {
	if i := squashFrom(s); i >= 0 {
		b := squashAppend(buf[:0], s, i)
		return unsafe.String(unsafe.SliceData(b), len(b))
	}
	return s
}

// squashFrom returns the offset of the first byte of s that squash
// changes (a space, or a rune it maps), -1 if none.
func squashFrom(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				return i
			}
			i++
			continue
		}
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3 // U+4000–U+9FFF (ideographs): kept as they are
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if squashChanges(r) || r == utf8.RuneError && w == 1 {
			// strings.Map would rewrite the rune (or the invalid byte)
			return i
		}
		i += w
	}
	return -1
}

// squashAppend appends squashSlow(s) to dst; s[:i] is known to be kept
// as it is. The runs squash keeps as they are (squashFrom finds where each
// ends) are copied whole, and only the runes it changes are decoded: an
// invalid byte becomes U+FFFD, as strings.Map makes it. (squashSlow is
// its test oracle, through squash and squashTemp.)
func squashAppend(dst []byte, s string, i int) []byte {
	for i >= 0 {
		dst = append(dst, s[:i]...)
		r, w := utf8.DecodeRuneInString(s[i:])
		s = s[i+w:]
		switch {
		case r >= '！' && r <= '～':
			r -= 0xFEE0
		case r == '−' || r == '–' || r == '‐' || r == '‑':
			r = '-'
		}
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u3000':
		default:
			dst = utf8.AppendRune(dst, r)
		}
		i = squashFrom(s)
	}
	return append(dst, s...)
}

// squashChanges reports whether squashSlow maps or drops non-ASCII rune r:
// figures.Normalize's full-width, space and dash forms, and the no-break
// space.
func squashChanges(r rune) bool {
	return r >= '！' && r <= '～' || r == '\u3000' || r == '\u00a0' ||
		r == '−' || r == '–' || r == '‐' || r == '‑' || r == '．'
}

// squashSlow is the plain definition of squash, kept as its test oracle.
func squashSlow(s string) string {
	s = figures.Normalize(s)
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0':
			return -1
		}
		return r
	}, s)
}

// blockUnit is the unit declared for b; units are the units named in its
// columns' joined header paths, by Block.Columns.
func blockUnit(d *model.Document, b *Block, units []string) string {
	if u := unitIn(b.Title); u != "" {
		return u
	}
	mt := b.Table.T
	for _, r := range b.HeaderRows {
		for c := 0; c < mt.Cols; c++ {
			if cell := mt.At(r, c); cell != nil && cell.Col == c {
				txt := ownText(d, cell)
				if cjk.Contains(txt, "单位：") || strings.Contains(txt, "单位:") {
					// (a note, not a column of 单位户数 or 单位名称)
					if u := figures.UnitIn(txt); u != "" {
						return u
					}
				}
			}
		}
	}
	// A unit shared by every money column's header is the block's unit.
	u := ""
	for i := range b.Columns {
		cu := units[i] // figures.UnitIn(strings.Join(c.Path, ""))
		if cu == "" || !figures.IsMoneyUnit(cu) {
			continue
		}
		if u != "" && u != cu {
			return ""
		}
		u = cu
	}
	return u
}

// unitIn is figures.UnitIn without normalising s when it can name no unit:
// UnitIn finds one only after "单位" or inside brackets, and Normalize
// makes "(" only of "(" and "（" and keeps ideographs (so 单位 only of 单位).
func unitIn(s string) string {
	if !cjk.Contains(s, "单位") && !strings.Contains(s, "(") && !cjk.Contains(s, "（") {
		return ""
	}
	return figures.UnitIn(s)
}

// colStat counts the kinds of a grid column's cells over the data rows.
type colStat struct{ val, dash, text, short, pct int }

func blockKind(b *Block) Kind {
	values := 0
	for _, r := range b.Rows {
		for _, c := range r.Cells {
			if c.HasValue() {
				values++
			}
		}
	}
	if values == 0 {
		return Text
	}
	hasMax, hasGot := false, false
	for _, c := range b.Columns {
		switch c.Role {
		case ScoreMax:
			hasMax = true
		case ScoreGot:
			hasGot = true
		}
	}
	if hasMax && hasGot {
		return Score
	}
	// A form: label/value pairs side by side (人员编制 | 91 | 实有人数 | 78):
	// in most rows holding figures, a short label follows a figure.
	mt := b.Table.T
	withVals, formRows, prose := 0, 0, 0
	for _, r := range b.Rows {
		seenVal, pair, long := false, false, false
		hasVal := false
		cols, facts := b.Table.sc.rowFacts(b.Table, r.Row) // the row's own cells, left to right
		for k, f := range facts {
			if f.blank {
				continue
			}
			c, l := int(cols[k]), int(f.runes)
			switch figures.Kind(f.kind) {
			case figures.Value:
				if c == b.IndexCol || b.CodeCol >= 0 && c >= b.CodeCol && c < b.CodeCol+b.CodeCols {
					continue
				}
				seenVal, hasVal = true, true
			case figures.Text:
				if l > 40 {
					long = true
				}
				if seenVal && l <= 12 && !isRemarkCol(b, c) && !isLabelCol(b, c) && !ratioCell(b.Table, r.Row, c) {
					pair = true
				}
			}
		}
		if hasVal {
			withVals++
			if pair {
				formRows++
			}
		} else if long {
			prose++
		}
	}
	if prose > withVals {
		return Text
	}
	if formRows*2 >= withVals && formRows > 0 {
		return Form
	}
	if len(b.HeaderRows) == 0 && len(b.Rows) == 1 && mt.Rows <= 2 {
		return Form
	}
	return Arithmetic
}

// ratioCell reports whether the cell at row, col of t is a ratio written
// with a colon ("13.57:1", "1∶1.10", a 生师比 or 医护比): a figure, not the
// label of a pair.
func ratioCell(t *Table, row, col int) bool {
	c := t.T.At(row, col)
	if c == nil {
		return false
	}
	s := cjk.TrimSpace(t.doc.Slice(c.Span))
	i := strings.IndexAny(s, ":：∶")
	if i <= 0 {
		return false
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return numeric(strings.TrimSpace(s[:i])) && numeric(strings.TrimSpace(s[i+w:]))
}

// numeric reports whether s is digits with at most one decimal point.
func numeric(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

// isRemarkCol: a notes column (备注, 说明, 偏差原因) or a column of a short
// word per row that its header names (进度: 已完成; 类别: 教育类; 评价等级:
// 优) may hold short text after figures: the table is no form of label and
// value pairs.
func isRemarkCol(b *Block, c int) bool {
	for _, col := range b.Columns {
		if col.Col == c {
			n := squash(col.PathString())
			return cjk.ContainsAnyOf(n, "备注", "说明", "原因", "措施", "依据", "来源",
				"进度", "进展", "状态", "情况", "类别", "类型", "等级", "等次", "性质", "方式", "级别", "是否", "领域",
				"责任", "股室", "科室", "负责", "承办", "实施单位", "主管", "绩效目标", "主要内容", "建设内容", "主要问题", "问题描述", "问题类型", "时间", "日期", "时限")
		}
	}
	return false
}

func isLabelCol(b *Block, c int) bool {
	for _, l := range b.LabelCols {
		if l == c {
			return true
		}
	}
	return false
}

// maxCachedGrid bounds the cells cached by cellNum (about 6 MB); larger
// tables are parsed cell by cell as they are read.
// (A variable so that a test can turn the cache off.)
var maxCachedGrid = 1 << 16

// slotBudget is how many cells Analyze caches at once, over the tables
// of a batch (see Analyze): 8192 slots are some 450 KB of scratch, the
// tables of most reports in one batch. A larger table gets a batch of its
// own.
const slotBudget = 1 << 13

// maxCellFigure is the longest cell text parseCell parses.
const maxCellFigure = 96

// figureStart holds every rune a figure, blank or dash can start with once
// normalised: digits, bounds (≥ ≤ > < 约 ≈), brackets, signs and the dashes
// of figures.ParseCell.
const figureStart = "0123456789≥≤><约≈(-+—/…."

// parseCell is figures.ParseCell with a shortcut: long text (prose in a
// cell) is never a figure, so it is not normalised and scanned.
func parseCell(s string) figures.Number {
	if len(s) > maxCellFigure {
		return figures.Number{Kind: figures.Text, End: len(s)}
	}
	switch s {
	case "":
		// the commonest cell after a figure: an empty one (Normalize and
		// the trims would find it empty)
		return figures.Number{Kind: figures.Blank}
	case "-", "--", "—", "——", "/":
		// a dash cell exactly as ParseCell lists it (Normalize keeps these)
		return figures.Number{Kind: figures.Dash, End: len(s)}
	}
	// ParseCell reads a figure, blank or dash from the first non-space
	// rune on; most label cells are rejected by that rune alone (Normalize
	// maps rune for rune and keeps spaces spaces).
	if t := trimLeftSpace(s); t != "" {
		if len(t) >= 3 && t[0] >= 0xE5 && t[0] <= 0xE9 && t[1]&0xC0 == 0x80 && t[2]&0xC0 == 0x80 {
			// an ideograph (U+5000–U+9FFF) first, as in most labels,
			// decoded in place: only 约 starts a figure
			if r := rune(t[0]&0x0F)<<12 | rune(t[1]&0x3F)<<6 | rune(t[2]&0x3F); !isFigureStart(r) {
				return figures.Number{Kind: figures.Text, End: len(s)}
			}
		}
		r, w := utf8.DecodeRuneInString(t)
		if r >= utf8.RuneSelf && !isHan(r) {
			// Normalize keeps ASCII and CJK ideographs (most labels
			// start with one) as they are.
			r, _ = utf8.DecodeRuneInString(figures.Normalize(t[:w]))
		}
		if !isFigureStart(r) {
			return figures.Number{Kind: figures.Text, End: len(s)}
		}
		if r2, _ := utf8.DecodeRuneInString(t[w:]); r == '(' && isHan(r2) {
			// A numbered label, "（一）基本支出": a figure in brackets has a
			// digit or sign right after the bracket, and Normalize keeps
			// ideographs.
			return figures.Number{Kind: figures.Text, End: len(s)}
		}
	}
	if n, ok := parsePlain(s); ok {
		return n
	}
	if digitsThenWord(trimLeftSpace(s)) {
		return figures.Number{Kind: figures.Text, End: len(s)}
	}
	return figures.ParseCell(s)
}

// digitsThenWord reports whether ParseCell reads t, a cell's text from
// its first non-space rune, as text because a word follows its leading
// figure, as in a numbered label ("1.本级机构") or a year in a header
// ("2022年决算数"): t starts with an ASCII digit, and its first byte that
// is not a digit, point or comma starts an ideograph that starts no unit
// (unitFirst). ParseCell's figure then stops at that ideograph or before
// it, at a point or comma, which no unit starts with either: what follows
// the figure is not blank.
func digitsThenWord(t string) bool {
	if t == "" || !isDigit(t[0]) {
		return false
	}
	j := 0
	for j < len(t) && (isDigit(t[j]) || t[j] == '.' || t[j] == ',') {
		j++
	}
	r, w := utf8.DecodeRuneInString(t[j:])
	return w == 3 && isHan(r) && !strings.ContainsRune(unitFirst, r)
}

// unitFirst holds the first rune of each unit figures.ParseCell reads
// after a figure (figures' units list: 万元, 个百分点, 平方米, ㎡, …).
// TestParseCellShortcut and FuzzParseCellShortcut fail if it misses one.
const unitFirst = "万亿千元个百倍户人家项分次件所辆台套平㎡亩公吨"

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace), which most
// cells (a digit or an ideograph first) leave as they are.
func trimLeftSpace(s string) string {
	if s != "" && (s[0] < utf8.RuneSelf && s[0] > ' ' || s[0] >= 0xE4 && s[0] <= 0xE9) {
		// ASCII above the spaces, or the lead byte of U+4000–U+9FFF
		// (no space there)
		return s
	}
	return strings.TrimLeftFunc(s, unicode.IsSpace)
}

// isFigureStart is strings.ContainsRune(figureStart, r).
func isFigureStart(r rune) bool {
	switch r {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '≥', '≤', '>', '<', '约', '≈', '(', '-', '+', '—', '/', '…', '.':
		return true
	}
	return false
}

// isHan: r is a CJK unified ideograph of the basic block, which
// figures.Normalize never maps.
func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }

// parsePlain is figures.ParseCell for the commonest cell, a plain figure
// such as "8,982.83" or "-6.59": ASCII digits with an optional minus,
// thousands commas and decimals, nothing around them. It reports false
// for anything else, which ParseCell then reads. It follows parseNumber's
// rules exactly (a comma needs a group of exactly three digits after it, a
// point a digit, at most 18 digits). A "%" right after the figure (a rate
// column's "-6.59%") is read as parseNumber reads it.
func parsePlain(s string) (figures.Number, bool) {
	end, pct := len(s), strings.HasSuffix(s, "%")
	if pct {
		s = s[:len(s)-1]
	}
	i, neg := 0, false
	if strings.HasPrefix(s, "-") {
		i, neg = 1, true
	}
	var m int64
	digits, dec, seenDot := 0, 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
			m = m*10 + int64(c-'0') // wraps past 18 digits, which are refused
			if seenDot {
				dec++
			}
		case c == ',' && !seenDot && digits > 0 && i+3 < len(s) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i+4 == len(s) || !isDigit(s[i+4])):
			// thousands separator: a group of exactly three digits
		case c == '.' && !seenDot && digits > 0 && i+1 < len(s) && isDigit(s[i+1]):
			seenDot = true
		default:
			return figures.Number{}, false
		}
	}
	if digits == 0 || digits > 18 {
		return figures.Number{}, false
	}
	if neg {
		m = -m
	}
	return figures.Number{Kind: figures.Value, Mant: m, Dec: dec, Percent: pct, Start: 0, End: end}, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// exactCounts marks the whole numbers of a column of counts (人, 个, 所,
// 件, by the column's unit, the table's unit note or the row's own) exact:
// a count is a count, 98 schools are not 97.5 to 98.5. It runs once the
// units are known.
func exactCounts(b *Block) {
	for _, c := range b.Columns {
		if c.Role != Amount {
			continue
		}
		for _, r := range b.Rows {
			u := c.Unit
			if r.Unit != "" && (b.UnitCol >= 0 || u == "") {
				u = r.Unit // a unit column's, or the label's ("车辆（辆）") under a column that declares none
			}
			if n := &r.Cells[c.Index].Num; n.Kind == figures.Value && n.Dec == 0 && !n.Percent && figures.IsCountUnit(u) {
				n.Exact = true
			}
		}
	}
}

// groupPair reports a row of two cells that head two groups of columns
// ("预算数 ⟨6 columns⟩ | 决算数 ⟨6 columns⟩" over 合计 | 因公出国（境）费 | …
// twice): each spans several columns, the same number, unlike a label
// beside its value ("编制单位 | 某某局 ⟨5 columns⟩").
func groupPair(t *model.Table, r int, own []int32) bool {
	a, b := t.At(r, int(own[0])), t.At(r, int(own[1]))
	return a.ColSpan >= 2 && a.ColSpan == b.ColSpan
}
