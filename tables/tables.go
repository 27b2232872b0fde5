package tables

import (
	"strings"
	"sync"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// Analysis is the understanding of every table of one document.
type Analysis struct {
	Doc    *model.Document
	Tables []*Table // one per model.Table, in Document.Tables order

	dataOnce  sync.Once
	dataCells []DataCell
}

// Table is one model.Table split into logical blocks.
type Table struct {
	doc    *model.Document
	T      *model.Table
	Number int    // 1-based table number as shown to users (T.Index+1)
	Title  string // the caption, else the first block's title
	Blocks []*Block
	slots  []cellSlot  // parsed cell texts and labels by grid origin, while analysing
	gen    uint32      // the slots' generation: a slot is this table's when its gen is (see cellSlot)
	plain  bool        // plainGrid(T): every cell has its slot
	sc     *scratch    // the scratch the slots' side lists are in, while analysing
	vals   []cellValue // the figures of the cells slots held, by grid origin (CellValue)
	info0  int         // where its rows' infos start in sc.infos, while analysing
}

// Kind says what a block is for.
type Kind int

const (
	Text       Kind = iota // prose or labels only: no arithmetic
	Form                   // label/value pairs (联系人 | 杨琛 | 联系电话 | …)
	Arithmetic             // rows and columns of figures that may add up
	Score                  // a scoring table (分值/权重 and 得分 columns)
)

func (k Kind) String() string {
	switch k {
	case Form:
		return "form"
	case Arithmetic:
		return "arithmetic"
	case Score:
		return "score"
	}
	return "text"
}

// Block is one logical table: its header rows, its data rows and columns.
// Rows and Columns hold only data rows and value columns; label columns
// are in LabelCols.
type Block struct {
	Table      *Table
	Index      int    // 0-based within Table.Blocks
	Title      string // the title row above the block ("年度收入情况（万元）") or the table caption
	TitleSpan  model.Span
	Unit       string // unit declared for the block ("万元", "元"), "" if unknown
	Kind       Kind
	HeaderRows []int // grid rows of the header, top down
	LabelCols  []int // grid columns holding row labels
	IndexCol   int   // grid column of 序号, -1 if none
	CodeCol    int   // grid column of 科目编码 / 代码, -1 if none
	// CodeCols is how many grid columns from CodeCol hold the code: 3 when
	// it is split into 类 | 款 | 项 under one 科目编码 head ("208 | 05 | 05"
	// for 2080505), else 1
	CodeCols int
	UnitCol  int // grid column of each row's unit (单位, 计量单位), -1 if none
	Columns  []*Column
	Rows     []*Row
}

// ColRole is what a value column holds.
type ColRole int

const (
	Amount    ColRole = iota // an amount or count that can be summed
	Diff                     // 增减额, 差额, 增减: a difference of two other columns
	Rate                     // 增减率, 执行率, 占比, …: a ratio shown as % or plain
	ScoreMax                 // 分值, 权重, 满分
	ScoreGot                 // 得分, 评分
	OtherText                // mostly text (targets such as "≥95%"): not for arithmetic
)

func (r ColRole) String() string {
	return [...]string{"amount", "diff", "rate", "score-max", "score", "text"}[r]
}

// RateKind refines Rate columns.
type RateKind int

const (
	RateUnknown RateKind = iota
	RateGrowth           // 增减率, 增长率, 增幅, 降幅: (本年 − 上年) ÷ 上年
	RateExec             // 执行率, 完成率, 控制率, 到位率, 使用率: actual ÷ plan
	RateShare            // 占比, 比重, 构成: part ÷ whole
	RateScore            // 得分率: 得分 ÷ 分值 (scores rules)
)

// Period says which period a column's figures belong to.
type Period int

const (
	PeriodUnknown  Period = iota
	PeriodCurrent         // 本年, 本期, 当年, or the later of two years
	PeriodPrevious        // 上年, 上期, 去年, or the earlier of two years
)

// Column is one value column of a block.
type Column struct {
	Index    int      // 0-based within Block.Columns
	Col      int      // grid column
	Path     []string // header labels top down, e.g. ["支出合计","其中","基本支出","其中","人员支出"]
	Role     ColRole
	RateKind RateKind
	Year     int    // year named in the header (2022), 0 if none
	Period   Period // from 本年/上年 words or from comparing Years
	Budget   bool   // header names a budget/plan figure (预算, 计划, 目标)
	Actual   bool   // header names an actual figure (决算, 执行, 实际, 完成)
	Total    bool   // header names a total (合计, 总计, 小计, 总额)
	YearRate bool   // an Amount column holding a year's rate under the rate's group header (病床使用率（%） › 2024年)
	Decrease bool   // rate header says 降幅/下降 (a decrease is shown positive); amount header says 调减, 核减 (subtracted in a sum)
	PerUnit  bool   // an amount or difference per head or per unit by its group header (平均住院日 › 2023年): not added
	Unit     string // unit of the column: from its header, else the block's
	// RateNum and RateDen are the columns a rate header names as its
	// figure and its base ("执行数为调整预算的%": 执行数, 调整预算), squashed;
	// empty when it names none.
	RateNum, RateDen string
	// (Decrease sits with the other flags: a Column is then 96 bytes, not 104.)
}

// PathString joins the column path with " › ".
func (c *Column) PathString() string { return strings.Join(c.Path, " › ") }

// Name is the last element of the path ("人员支出").
func (c *Column) Name() string {
	if len(c.Path) == 0 {
		return ""
	}
	return c.Path[len(c.Path)-1]
}

// Row is one data row of a block.
type Row struct {
	Index     int    // 0-based within Block.Rows
	Row       int    // grid row
	Label     string // innermost label, trimmed ("2.州中小微企业服务中心")
	LabelPath []string
	LabelCell *model.Cell
	Seq       string // text of the 序号 cell, if any
	Code      string // classification code (201, 20101, 2010101) from the code column or the label's start
	Indent    int    // leading spaces of the label (full-width space counts 2)
	Marker    string // numbering marker ("一、", "1.", "（1）"), "" if none
	Level     int    // numbering level (1 = outermost seen in the block), 0 if unnumbered
	Total     bool   // the label names a total (合计, 总计, 小计, 汇总, 总额, …)
	Subtotal  bool   // 小计 rather than 合计
	Subset    bool   // a "其中" row or a row continuing a 其中 list: a part, not the whole
	Guessed   bool   // Subset only because it followed a 其中 row and still fit under the parent
	Group     bool   // a heading row without figures (按收入性质分：)
	Parent    int    // index of the parent row in Block.Rows (numbering or 其中), -1 if none
	List      int    // for Subset rows: index of the 其中 row heading their list, else -1
	Unit      string // the row's own unit, from a 单位 column or its label's bracket (万人次, 个), "" if none
	Cells     []Cell // one per Block.Columns
}

// Cell is one data cell: its figure and where it is.
type Cell struct {
	Cell *model.Cell // nil when no cell starts at this position
	Num  figures.Number
	Span model.Span // span of the cell's text (Span.Start of the cell when blank)
}

// HasValue reports whether the cell holds a number.
func (c Cell) HasValue() bool { return c.Cell != nil && c.Num.Kind == figures.Value }

// DataCell is one data cell with everything a rule or a cross-reference
// needs to cite it: table, block, row, column and figure.
type DataCell struct {
	Table  *Table
	Block  *Block
	Row    *Row
	Column *Column
	Cell
}

// Unit returns the cell's unit: the figure's own, the column's, the block's.
func (d DataCell) Unit() string {
	if d.Num.Unit != "" {
		return d.Num.Unit
	}
	return d.Column.Unit
}

// At returns the data cell at block row i and column j.
func (b *Block) At(i, j int) DataCell {
	return DataCell{Table: b.Table, Block: b, Row: b.Rows[i], Column: b.Columns[j], Cell: b.Rows[i].Cells[j]}
}

// DataCells lists every cell holding a number in arithmetic and score
// blocks, in document order: the whole analysis as a flat list, for tools
// and tests (the rules walk blocks, which is cheaper). The list is built
// once and shared by every caller: treat it as read-only.
func (a *Analysis) DataCells() []DataCell {
	a.dataOnce.Do(func() { a.dataCells = a.listDataCells() })
	return a.dataCells
}

func (a *Analysis) listDataCells() []DataCell {
	n := 0
	for _, t := range a.Tables {
		for _, b := range t.Blocks {
			if b.Kind != Arithmetic && b.Kind != Score {
				continue
			}
			for _, r := range b.Rows {
				for j := range b.Columns {
					if r.Cells[j].HasValue() {
						n++
					}
				}
			}
		}
	}
	out := make([]DataCell, 0, n)
	for _, t := range a.Tables {
		for _, b := range t.Blocks {
			if b.Kind != Arithmetic && b.Kind != Score {
				continue
			}
			for i, r := range b.Rows {
				for j := range b.Columns {
					if r.Cells[j].HasValue() {
						out = append(out, b.At(i, j))
					}
				}
			}
		}
	}
	return out
}

// Blocks lists the blocks of every table in document order.
func (a *Analysis) Blocks() []*Block {
	var out []*Block
	for _, t := range a.Tables {
		out = append(out, t.Blocks...)
	}
	return out
}

// FactKey is the key under which rules share one Analysis per document:
//
//	a := audit.Fact(pass, tables.FactKey, tables.Analyze)
//
// Every rule family should use it, so the tables are analysed once.
var FactKey any = factKey{}

type factKey struct{}

// Analyze understands every table of d. It never fails: a table it cannot
// make sense of becomes a Text block.
func Analyze(d *model.Document) *Analysis {
	a := &Analysis{Doc: d, Tables: make([]*Table, 0, len(d.Tables))}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sc.notes = tableBlocks(d, sc.notes)
	// The cell cache has a region per table, so that the tables' blocks,
	// rows and data cells can be made in one slab each: a batch of tables,
	// as many as fit in slotBudget cached cells (at least one), is
	// classified and split (planTable), then its blocks are made and their
	// columns found (splitTable), then its rows are filled (finishTable).
	kept := keptGrid(d)
	budget := min(kept, slotBudget)
	for _, t := range d.Tables {
		if g := t.Rows * t.Cols; g > budget && g <= maxCachedGrid {
			budget = g
		}
	}
	if cap(sc.slots) < budget {
		sc.slots = make([]cellSlot, budget)
	}
	ts := make([]Table, len(d.Tables)) // one allocation for the tables
	vals := make([]cellValue, kept)    // and one for the cell values kept (CellValue)
	for i := 0; i < len(d.Tables); {
		// The batch ends before the table whose slots would pass the
		// budget. The scratch's lists of its rows, their own cells and
		// their split steps (at most two a row) are sized for it at once,
		// not grown.
		end, used, gridRows, gridCells := i, 0, 0, 0
		for ; end < len(d.Tables); end++ {
			t := d.Tables[end]
			if g := t.Rows * t.Cols; g <= maxCachedGrid {
				if used+g > budget && end > i {
					break
				}
				used += g
			}
			gridRows += t.Rows
			gridCells += len(t.Cells)
		}
		sc.infos = grown(sc.infos[:0], gridRows)
		sc.steps = grown(sc.steps[:0], 2*gridRows)
		sc.own = grown(sc.own[:0], gridCells)
		sc.facts = grown(sc.facts[:0], gridCells)
		sc.plans = grown(sc.plans[:0], end-i)
		used, nRows, nBlocks, j := 0, 0, 0, i
		for ; j < end; j++ {
			t := d.Tables[j]
			var tv []cellValue // the values the analysis keeps (see keepValue)
			var slots []cellSlot
			if g := t.Rows * t.Cols; g <= maxCachedGrid {
				tv, vals = vals[:g:g], vals[g:]
				slots = sc.slots[used : used+g : used+g]
				used += g
			}
			p := planTable(d, t, sc, tv, slots, &ts[j])
			sc.plans = append(sc.plans, p)
			nRows += p.nRows
			nBlocks += p.nBlocks
		}
		// The batch's rows, blocks and data cells each in one slab.
		var rows []Row
		var blocks []Block
		if nRows > 0 {
			rows = make([]Row, nRows)
		}
		if nBlocks > 0 {
			blocks = make([]Block, nBlocks)
		}
		cells := 0
		for k := i; k < j; k++ {
			var n int
			rows, blocks, n = splitTable(d, &ts[k], sc, sc.plans[k-i], rows, blocks)
			cells += n
		}
		var slab []Cell
		if cells > 0 {
			slab = make([]Cell, cells)
		}
		for ; i < j; i++ {
			at := &ts[i]
			slab = finishTable(d, at, sc, slab)
			at.slots, at.sc = nil, nil // only needed while analysing
			a.Tables = append(a.Tables, at)
		}
	}
	joinContinuations(a)
	return a
}

// joinContinuations appends to a table the rows of the table after it that
// continues it after a page break ("收入决算表（续）", "续表": the header
// repeated over the same columns), so that a 合计 over both parts is
// checked against all its rows; a table continued over several pages
// (续表, 续表, …) joins all its parts to the first. The continuation's block
// becomes Text: its rows are checked once, as rows of the first part (a
// finding still points at its own cells).
func joinContinuations(a *Analysis) {
	head := 0 // the table the one before was joined to (itself if none): a chain of 续表 all join the first
	for k := 1; k < len(a.Tables); k++ {
		prev, t := a.Tables[k-1], a.Tables[k]
		if !ContinuedBy(prev.T, t.T) || len(prev.Blocks) == 0 || len(t.Blocks) != 1 {
			head = k
			continue
		}
		first := a.Tables[head]
		if len(first.Blocks) == 0 {
			head = k
			continue
		}
		b1, b2 := first.Blocks[len(first.Blocks)-1], t.Blocks[0]
		if b1.Kind != b2.Kind || b1.Kind != Arithmetic && b1.Kind != Score {
			head = k
			continue
		}
		var idx []int // b2's column for each of b1's, when a column empty on the continued page was left out of b2
		if !sameColumns(b1, b2) {
			if idx = columnsWithin(b1, b2); idx == nil {
				head = k
				continue
			}
		}
		n := len(b1.Rows)
		rows := make([]*Row, 0, n+len(b2.Rows))
		rows = append(rows, b1.Rows...)
		for _, r := range b2.Rows {
			c := *r
			if idx != nil {
				cells := make([]Cell, len(b1.Columns))
				for i, j := range idx {
					if j < 0 {
						cells[i].Num.Kind = figures.Blank
						continue
					}
					cells[i] = r.Cells[j]
				}
				c.Cells = cells
			}
			c.Index += n
			if c.Parent >= 0 {
				c.Parent += n
			}
			if c.List >= 0 {
				c.List += n
			}
			rows = append(rows, &c)
		}
		b1.Rows = rows
		// a continuation's coded rows belong under the first part's
		// (21004 公共卫生 under 210, the last 类 before the page break):
		// the codes are linked again over all the rows
		linkCodes(b1)
		if b1.Unit == "" && b2.Unit != "" {
			b1.Unit = b2.Unit
			for i, c := range b1.Columns {
				if c.Unit == "" {
					c.Unit = b2.Columns[i].Unit
				}
			}
		}
		b2.Kind = Text
	}
}

// ContinuedBy reports whether model table t continues table prev after a
// page break: it comes right after it, neither is nested, and its caption
// says so (continues). Rules that read tables themselves (the score
// sheets, the two-sided summary tables) join such parts as Analyze does.
func ContinuedBy(prev, t *model.Table) bool {
	return t.Index == prev.Index+1 && t.Parent == nil && prev.Parent == nil && continues(t.Caption)
}

// continues reports a caption that marks a table as the continuation of
// the one before: "（续）", "续表", "表3（续）", "表5 一般公共预算支出表（续表）".
func continues(caption string) bool {
	c := strings.TrimSpace(caption)
	return cjk.Contains(c, "（续）") || cjk.Contains(c, "(续)") || cjk.Contains(c, "（续表）") || cjk.Contains(c, "(续表)") || strings.HasPrefix(c, "续表") || strings.HasSuffix(c, "续表") || c == "续"
}

// columnsWithin maps each value column of block a to the column of b in
// the same grid column with the same name, -1 where b has none (a column
// left blank on b's page, which the analysis drops); nil unless every
// column of b is so matched, in order, and b has at least two.
func columnsWithin(a, b *Block) []int {
	if len(b.Columns) < 2 || len(b.Columns) >= len(a.Columns) {
		return nil
	}
	idx := make([]int, len(a.Columns))
	j := 0
	for i, c := range a.Columns {
		idx[i] = -1
		if j < len(b.Columns) && b.Columns[j].Col == c.Col && b.Columns[j].Name() == c.Name() {
			idx[i] = j
			j++
		}
	}
	if j != len(b.Columns) {
		return nil
	}
	return idx
}

// sameColumns reports whether two blocks have the same value columns, by
// their names, in the same order.
func sameColumns(a, b *Block) bool {
	if len(a.Columns) != len(b.Columns) || len(a.Columns) == 0 {
		return false
	}
	for i := range a.Columns {
		if a.Columns[i].Name() != b.Columns[i].Name() {
			return false
		}
	}
	return true
}

// grown returns s (empty) with room for n elements.
func grown[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s
}
