package prose

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// XRF003 compares two tables that show the same items for the same period.
var XRF003 = &audit.Rule{
	ID:       "XRF003",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "两张表中同一项目数值不一致",
		TitleEN: "The same item differs between two tables",
		Explain: "两张表的某两列年度、口径相同，且至少有三个同名行（非零）数值完全一致、又是两表之间彼此最吻合的一对列时，" +
			"视为同一组数据（口径不同的列不相互比较，但仍参与判断哪两列最吻合：来源表的“合计”与下表“全年预算数”逐行相同，就不与“实际到位数”比较）；其中同名行数值不一致的报告出来。同一列中重复出现的行名不参与比较；不一致的行超过一致行的三分之一时视为不同口径，不报告。" +
			"收入表与支出表、资金范围不同的表（如一般公共预算财政拨款表与全部资金的表）不相互比较；资金所处阶段不同的列（下达或安排的“金额”与“到位”，“支出”与“结转/未执行”）也不相互比较。",
		ExplainEN: "When two columns of different tables (same year and basis) agree on at least three non-zero items with " +
			"the same label, and agree better with each other than with any other column of the other table, they show the same " +
			"data (columns of different bases are not compared, but still count in telling which columns agree best), and items with the same label that differ are reported (unless they are more than a third of the agreeing ones). " +
			"Income tables are not compared with spending tables, nor tables of different funds (一般公共预算财政拨款 against all funds), nor columns of funds at different stages (an allotted 金额 against 到位, 支出 against 结转 or 未执行).",
		Bad:  "表5：资本性支出 2022年 1.08；表9：资本性支出 2022年决算数 10.80（其余各项一致）",
		Good: "表5：资本性支出 2022年 1.08；表9：资本性支出 2022年决算数 1.08",
	},
	Run: runXRF003,
}

// colCells is a column of a block, with its rows by label.
type colCells struct {
	first *cellFacts
	byID  []labelCell // the rows whose label is unique in the column, by label number
}

// labelCell is a row of a column under its label's number (labels are
// numbered once per document, so two columns are joined without hashing).
type labelCell struct {
	id int
	cf *cellFacts
}

func runXRF003(p *audit.Pass) {
	x := xrefFactsOf(p)
	st := &x.xrf003 // in the storage of the pass's pool
	cols := columnsOf(x.allCellFacts(), st)
	nIDs := len(x.cellLabels.labels)
	slices.SortStableFunc(cols, func(a, b *colCells) int { return cmp.Compare(a.first.span().Start, b.first.span().Start) })
	// cellOf is a's cell by label number while a is compared: each pair
	// then costs the rows of b
	cellOf := resized(st.cellOf, nIDs)
	clear(cellOf)
	differ := st.differ[:0]
	var results []pairResult
	defer func() { st.cellOf, st.differ = cellOf, differ }()
	ai := -1 // the column in cellOf
	for _, pair := range agreeingPairs(cols, nIDs, st) {
		if pair[0] != ai {
			if ai >= 0 {
				for _, r := range cols[ai].byID {
					cellOf[r.id] = nil
				}
			}
			ai = pair[0]
			for _, r := range cols[ai].byID {
				cellOf[r.id] = r.cf
			}
		}
		a, b := cols[pair[0]], cols[pair[1]]
		if a.first.blk.Table == b.first.blk.Table {
			continue
		}
		// columns of different bases are compared with nothing, but they
		// still take part in bestPartners: a 合计 (read as actual, nothing
		// said) that agrees with 全年预算数 on every row is that data, not
		// the 实际到位数 beside it that agrees where all funds arrived
		comparable := a.first.basis.compatible(b.first.basis)
		if ya, yb := a.first.year, b.first.year; ya != yb && (ya != 0 && yb != 0 || !x.yearsAgree(ya, yb)) {
			continue
		}
		same, from := 0, len(differ)
		for _, r := range b.byID {
			ca, cb := cellOf[r.id], r.cf
			if ca == nil {
				continue
			}
			switch cellsAgree(ca, cb) {
			case 1:
				if ca.mant != 0 {
					same++
				}
			case -1:
				differ = append(differ, [2]*cellFacts{ca, cb})
			}
		}
		results = append(results, pairResult{a: pair[0], b: pair[1], same: same, from: from, to: len(differ), comparable: comparable})
	}
	for _, r := range results {
		a, b := cols[r.a], cols[r.b]
		d := differ[r.from:r.to]
		if !r.comparable || len(d) == 0 || r.same < 3 || 3*len(d) > r.same || !bestPartners(results, cols, r) || !sameScope(a.first.blk, b.first.blk) || flowsDiffer(a.first.col.PathString(), b.first.col.PathString()) || stagesDiffer(a.first.col.PathString(), b.first.col.PathString()) {
			continue
		}
		d = slices.Clone(d)
		slices.SortFunc(d, func(p, q [2]*cellFacts) int { return cmp.Compare(p[1].span().Start, q[1].span().Start) })
		for _, dd := range d {
			reportTables(p, dd[0], dd[1], r.same)
		}
	}
}

// pairResult is how two columns of different tables compare: the rows
// under a shared label on which they agree (same, non-zero) and those on
// which they differ (differ[from:to] of runXRF003).
type pairResult struct {
	a, b       int
	same       int
	from, to   int
	comparable bool // of compatible bases: differences are reported
}

// bestPartners reports whether r's columns are each other's best match in
// the other's table: no other column of b's table agrees with a on as many
// rows, nor another column of a's table with b. Tables often repeat a set
// of items in several columns (收入合计, 财政拨款收入, 其他收入; 合计, 基本支出,
// 项目支出) whose figures coincide where an item has one source only; only
// the column that agrees best is the same data, and comparing the others
// reports differences that are none.
func bestPartners(results []pairResult, cols []*colCells, r pairResult) bool {
	ta, tb := cols[r.a].first.blk.Table, cols[r.b].first.blk.Table
	for _, o := range results {
		if o == r {
			continue
		}
		if o.a == r.a && cols[o.b].first.blk.Table == tb && o.same >= r.same ||
			o.b == r.b && cols[o.a].first.blk.Table == ta && o.same >= r.same {
			return false
		}
	}
	return true
}

// sameScope reports whether two tables can show the same data by their
// titles: not income against spending (收入 by 功能分类 and 支出 by 功能分类
// share their items and differ by the carry-over), and the same kind of
// funds (an 一般公共预算财政拨款 table shows less than an all-funds one).
func sameScope(a, b *tables.Block) bool {
	ta, tb := blockTitle(a), blockTitle(b)
	if da, db := flowOf(ta), flowOf(tb); da != 0 && db != 0 && da != db {
		return false
	}
	for _, w := range fundScopes {
		if cjk.Contains(ta, w) != cjk.Contains(tb, w) {
			return false
		}
	}
	return !otherSubjects(ta, tb)
}

// otherSubjects reports two titles of one kind of performance table about
// different subjects: "农业产业发展扶持资金绩效目标自评表" and "农田水利设施维修养护项目
// 绩效目标自评表" end alike (three characters or more) and name, before
// that, two items of two characters or more neither of which holds the
// other — two projects of a bundle, whose indicators share names.
func otherSubjects(ta, tb string) bool {
	a, b := []rune(subjectOf(ta)), []rune(subjectOf(tb))
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	if n < 3 {
		return false
	}
	suffix := string(a[len(a)-n:])
	if !cjk.ContainsAnyOf(suffix, "自评", "评价", "评分", "得分", "绩效") {
		return false // (tables of one subject by other cuts: 非税收入分项目… and 非税收入缴库…)
	}
	pa, pb := string(a[:len(a)-n]), string(b[:len(b)-n])
	return len(a)-n >= 2 && len(b)-n >= 2 && !strings.Contains(pa, pb) && !strings.Contains(pb, pa)
}

// subjectOf is a table title without its number, years and spaces.
func subjectOf(title string) string {
	s := figures.Normalize(title)
	s = strings.Map(func(r rune) rune {
		if r == ' ' || r >= '0' && r <= '9' || r == '年' || r == '度' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "附"), "表")
	return s
}

// flowsDiffer reports two column headers of which one is about income
// and the other about spending (本年收入合计, 本年支出合计): their tables may
// be captioned only by their unit.
func flowsDiffer(a, b string) bool {
	da, db := flowOf(a), flowOf(b)
	return da != 0 && db != 0 && da != db
}

// stagesDiffer reports two column headers naming funds at different
// stages: allotted (金额, 下达, 安排), received (到位), spent (支出) —
// "金额" of a 资金来源构成表 against "本年到位" of a 结转结余情况表 agree
// where all funds arrived and differ where some did not, which is no
// mistake.
func stagesDiffer(a, b string) bool {
	sa, sb := stageOf(a), stageOf(b)
	// (a header naming no stage, "2022年", "决算数", is read as any stage
	// but funds received: 金额 of a sources table is what was allotted)
	return sa != sb && (sa != 0 && sb != 0 || sa == 1 || sb == 1)
}

// stageOf is 1 for a header of funds received (到位, 到账), 2 of funds spent
// (支出, 执行, 使用), 3 of funds carried (结转, 结余, 未执行), 0 otherwise.
func stageOf(h string) int {
	switch {
	case cjk.ContainsAnyOf(h, "未执行", "未支出", "结转", "结余"):
		return 3
	case cjk.ContainsAnyOf(h, "到位", "到账"):
		return 1
	case cjk.ContainsAnyOf(h, "支出", "执行", "使用"):
		return 2
	}
	return 0
}

// fundScopes are the words by which a table title narrows its funds.
var fundScopes = []string{"财政拨款", "一般公共预算", "政府性基金", "国有资本经营", "社会保险基金", "三公"}

func blockTitle(b *tables.Block) string {
	if b.Title == b.Table.Title {
		return b.Title
	}
	return b.Table.Title + b.Title
}

// flowOf is 1 for a title about income only, 2 about spending only, 0
// otherwise (both, or neither).
func flowOf(title string) int {
	in, out := cjk.Contains(title, "收入"), cjk.Contains(title, "支出")
	switch {
	case in && !out:
		return 1
	case out && !in:
		return 2
	}
	return 0
}

// xrf003Storage is runXRF003's working storage, kept in xrefFacts from
// pass to pass (the columns, their rows, the entries by label, the pairs).
type xrf003Storage struct {
	cellOf  []*cellFacts
	differ  [][2]*cellFacts
	slab    []colCells
	rows    []colRow
	curCols []int
	colAt   []int
	byID    []labelCell
	cols    []*colCells
	at      []int
	entries []agreeEntry
	agree   map[[2]int]int
	nz      []*agreeEntry
	zs      []*agreeEntry
	slow    []*agreeEntry
	out     [][2]int
}

// release empties s, dropping its references to the document's cells.
func (s *xrf003Storage) release() {
	s.cellOf, s.differ, s.slab = truncated(s.cellOf), truncated(s.differ[:cap(s.differ)]), truncated(s.slab)
	s.rows, s.curCols, s.colAt, s.at, s.out = bounded(s.rows), bounded(s.curCols), bounded(s.colAt), bounded(s.at), bounded(s.out)
	s.byID, s.cols, s.entries = truncated(s.byID), truncated(s.cols), truncated(s.entries)
	s.nz, s.zs, s.slow = truncated(s.nz[:cap(s.nz)]), truncated(s.zs[:cap(s.zs)]), truncated(s.slow[:cap(s.slow)])
	s.agree = emptied(s.agree)
}

// colRow is the cell cfs[cell] of column col (an index into the columns)
// under label id, as columnsOf gathers them.
type colRow struct{ col, id, cell int32 }

// columnsOf returns the columns of the cells XRF003 compares (unit and
// basis known, not a total or heading row) in order of their first cell,
// each with its rows under a unique label (numbered as in x.cellLabels),
// in the storage st (new storage when nil), valid until its next use.
func columnsOf(cfs []cellFacts, st *xrf003Storage) []*colCells {
	if st == nil {
		st = new(xrf003Storage)
	}
	nCols := 0 // at most the columns of the blocks of the cells
	var last *tables.Block
	for i := range cfs {
		if cfs[i].blk != last {
			last = cfs[i].blk
			nCols += len(last.Columns)
		}
	}
	var (
		slab    = slices.Grow(st.slab[:0], nCols) // the columns, pointed to once all are made
		rows    = slices.Grow(st.rows[:0], len(cfs))
		cur     *tables.Block
		curCols = st.curCols // the index in slab of each column of cur, −1 until met
	)
	for i := range cfs {
		cf := &cfs[i]
		if !cf.known || cf.basis == basisUnknown || cf.r.Total || cf.r.Group {
			continue
		}
		if cf.blk != cur {
			// the cells of a block are consecutive (allCellFacts goes block
			// by block): its columns are met here for the first time
			cur = cf.blk
			curCols = slices.Grow(curCols[:0], len(cur.Columns))[:len(cur.Columns)]
			for k := range curCols {
				curCols[k] = -1
			}
		}
		ci := curCols[cf.col.Index]
		if ci < 0 {
			ci = len(slab)
			curCols[cf.col.Index] = ci
			slab = append(slab, colCells{first: cf})
		}
		if cf.rowNamed() {
			rows = append(rows, colRow{int32(ci), cf.rowLbl, int32(i)})
		}
	}
	// the rows of each column in one array, column after column (at as in
	// agreeingPairs), then only the labels unique in their column
	at := resized(st.colAt, len(slab)+1)
	clear(at)
	for _, r := range rows {
		at[r.col+1]++
	}
	for k := range slab {
		at[k+1] += at[k]
	}
	byID := resized(st.byID, len(rows))
	for _, r := range rows {
		byID[at[r.col]] = labelCell{int(r.id), &cfs[r.cell]}
		at[r.col]++
	}
	cols := resized(st.cols, len(slab))
	for k, start := 0, 0; k < len(slab); k, start = k+1, at[k] {
		cc := &slab[k]
		cc.byID = uniqueIDs(byID[start:at[k]:at[k]])
		cols[k] = cc
	}
	st.slab, st.rows, st.curCols, st.colAt, st.byID, st.cols = slab, rows, curCols, at, byID, cols
	return cols
}

// agreeingPairs returns the pairs of columns (i < j, in that order) that
// agree on at least two labels: each has a row under the label, the two
// with cellsAgree 1 and the figure of i not zero. Only those pairs can pass
// runXRF003's test (same ≥ 2); the others need not be compared.
//
// Cells agree only when their scaled intervals overlap, so under each label
// the pairs of non-zero cells are found by sorting the intervals (as
// float64, widened to make up for rounding) and sweeping; a zero figure can
// only agree as b, with a cell whose interval reaches its own; a cell off
// the int64 path is compared with every other. Each pair found is checked
// with cellsAgree. The pairs are in the storage st (new storage when nil),
// valid until its next use.
func agreeingPairs(cols []*colCells, nIDs int, st *xrf003Storage) [][2]int {
	if st == nil {
		st = new(xrf003Storage)
	}
	// the entries of every label in one array, label after label: at[id]
	// is where label id's next entry goes, and once all are placed, where
	// its entries end
	at := resized(st.at, nIDs+1)
	clear(at)
	for _, cc := range cols {
		for _, r := range cc.byID {
			at[r.id+1]++
		}
	}
	for id := range nIDs {
		at[id+1] += at[id]
	}
	entries := resized(st.entries, at[nIDs])
	for i, cc := range cols {
		for _, r := range cc.byID {
			e := agreeEntry{col: i, cf: r.cf}
			if iv := &r.cf.iv; iv.ok && iv.fast {
				e.lo, e.hi = widened(iv.fx)
			}
			entries[at[r.id]] = e
			at[r.id]++
		}
	}
	if st.agree == nil {
		st.agree = map[[2]int]int{}
	}
	agree := st.agree // per pair of columns, the labels they agree on
	clear(agree)
	count := func(e, f *agreeEntry) {
		if e.col > f.col {
			e, f = f, e
		}
		if e.cf.mant != 0 && cellsAgree(e.cf, f.cf) == 1 {
			agree[[2]int{e.col, f.col}]++
		}
	}
	nz, zs, slow := st.nz, st.zs, st.slow
	for id, start := 0, 0; id < nIDs; id, start = id+1, at[id] {
		es := entries[start:at[id]]
		if len(es) < 2 {
			continue
		}
		nz, zs, slow = nz[:0], zs[:0], slow[:0]
		for k := range es {
			e := &es[k]
			switch iv := &e.cf.iv; {
			case !iv.ok || !iv.fast:
				slow = append(slow, e)
			case e.cf.mant == 0:
				zs = append(zs, e)
			default:
				nz = append(nz, e)
			}
		}
		// non-zero with non-zero: after sorting by lower end, the intervals
		// overlapping one are those that follow it and start before it ends
		slices.SortFunc(nz, func(a, b *agreeEntry) int { return cmp.Compare(a.lo, b.lo) })
		for k, e := range nz {
			for _, f := range nz[k+1:] {
				if f.lo > e.hi {
					break
				}
				count(e, f)
			}
		}
		// non-zero with zero (two zeros never count)
		if len(zs) > 0 {
			lo, hi := zs[0].lo, zs[0].hi
			for _, z := range zs[1:] {
				lo, hi = min(lo, z.lo), max(hi, z.hi)
			}
			for _, e := range nz {
				if e.lo <= hi && lo <= e.hi {
					for _, z := range zs {
						count(e, z)
					}
				}
			}
		}
		// off the int64 path: with every other
		for k, e := range slow {
			for _, f := range slow[k+1:] {
				count(e, f)
			}
			for _, f := range nz {
				count(e, f)
			}
			for _, f := range zs {
				count(e, f)
			}
		}
	}
	out := st.out[:0]
	for pair, n := range agree {
		if n >= 2 {
			out = append(out, pair)
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	st.at, st.entries, st.nz, st.zs, st.slow, st.out = at, entries, nz, zs, slow, out
	return out
}

// agreeEntry is a cell of column col under some label, with its scaled
// interval as float64 (when on the int64 path).
type agreeEntry struct {
	col    int
	cf     *cellFacts
	lo, hi float64
}

// widened returns the ends of the interval as float64, moved apart by far
// more than the conversion's rounding, so that intervals that overlap (or
// touch) still do.
func widened(fx figures.Fixed) (lo, hi float64) {
	scale := 0.5 * math.Pow10(-fx.Dec)
	lo, hi = float64(fx.Lo)*scale, float64(fx.Hi)*scale
	pad := (math.Abs(lo) + math.Abs(hi)) * 1e-9
	return lo - pad, hi + pad
}

// uniqueIDs sorts the rows of a column by label number and drops the
// labels that occur more than once: which of them another table's row
// stands for cannot be told.
func uniqueIDs(rows []labelCell) []labelCell {
	slices.SortFunc(rows, func(a, b labelCell) int { return cmp.Compare(a.id, b.id) })
	out := rows[:0]
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && rows[j].id == rows[i].id {
			j++
		}
		if j == i+1 {
			out = append(out, rows[i])
		}
		i = j
	}
	return out
}

// cellsAgree compares two cells like agrees compares prose with a cell.
func cellsAgree(a, b *cellFacts) int {
	if a.unit == b.unit && a.dec == b.dec {
		if a.mant == b.mant {
			return 1
		}
		return -1
	}
	if !a.iv.ok || !b.iv.ok {
		return 0
	}
	o, ok := fastOverlap(&a.iv, &b.iv)
	if !ok { // the cells' figures are read only off the int64 path
		o = scaledOverlap(&a.iv, a.number(), a.unit, &b.iv, b.number(), b.unit)
	}
	if o {
		return 1
	}
	return -1
}

func reportTables(p *audit.Pass, a, b *cellFacts, same int) {
	ca, cb := a.dataCell(), b.dataCell()
	sa := ca.Num.String() + a.unit
	sb := cb.Num.String() + b.unit
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       cb.Span,
		Expected:   sa,
		Actual:     sb,
		Expr:       sb + " ≠ " + sa,
		Confidence: 0.7,
		Related:    []model.Span{ca.Span},
		Location:   tableLocation(p, cb),
	}
	f.Message = fmt.Sprintf("表%d「%s」为 %s，表%d同名行为 %s（两表此列另有 %d 项完全一致）。", cb.Table.Number, cb.Row.Label, sb, ca.Table.Number, sa, same)
	f.MessageEN = fmt.Sprintf("Table %d row %q shows %s; table %d shows %s for the same item (%d other items agree).", cb.Table.Number, cb.Row.Label, sb, ca.Table.Number, sa, same)
	if a.unit == b.unit {
		if n, ok := figures.SameUpToMagnitude(cb.Num, ca.Num); ok {
			f.Hint = fmt.Sprintf("两数只差小数点位置（相差10^%d倍），疑似小数点错位。", n)
			f.HintEN = fmt.Sprintf("The two differ only by a shifted decimal point (10^%d).", n)
		} else if d := figures.Diagnose(cb.Num, ca.Num); d.Slip != figures.NoSlip {
			f.Hint, f.HintEN = d.Hint, d.HintEN
		}
	}
	p.Report(f)
}

func tableLocation(p *audit.Pass, c tables.DataCell) audit.Location {
	l := audit.LocationOf(p.Doc, c.Span.Start)
	l.TableTitle = c.Table.Title
	l.RowLabel = c.Row.Label
	l.ColumnPath = c.Column.PathString()
	return l
}
