package table

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// checkKind names the arithmetic relation a check tests.
type checkKind int

const (
	kFooting checkKind = iota // a total row = its detail rows (one column)
	kHier                     // a numbered parent row = its numbered children
	kCross                    // a total column = its sub-columns (one row)
	kSubset                   // 其中 rows ≤ their parent row
	kDiff                     // 增减额 = 本年 − 上年
	kRate                     // rate = num ÷ den (or (a − b) ÷ b)
)

// check is one tested relation and its outcome.
type check struct {
	kind   checkKind
	block  *tables.Block
	target tables.DataCell   // the stated figure: total, difference or rate
	parts  []tables.DataCell // addends; for kDiff [cur, prev]; for kRate [num, den]; read through partCells
	// Sums give their addends as the rows (in the target's column) or the
	// columns (in the target's row) they come from: partCells builds parts
	// from them when a check is shown, most hold and never are.
	prows, pcols []int
	across       bool             // kDiff: prows are the two periods' rows of a table laid out across (acrossChanges)
	neg          uint16           // kCross: bit k set when part k is subtracted (本年支出 in a roll-forward)
	growth       bool             // kRate: (parts[0] − parts[1]) ÷ parts[1]
	share        bool             // kRate: part ÷ column total
	pct          bool             // kRate: the rate is in percent (its column says so)
	decrease     bool             // kRate: a rate of reduction (下降率, 节约率)
	sum          figures.SumCheck // for sums and differences
	ok           bool             // consistent within rounding
	exact        bool             // displayed figures agree exactly
	conf         float64
	weak         bool   // structure uncertain: report as a warning
	doubt        bool   // structure probably misread: report as info only
	basis        string // how the structure was found, for the explanation
	group        string // kFooting: the breakdown heading the parts come under (按支出性质分)
	rate         rateResult
	// explained is set when a TBL006 diagnosis accounts for the failure.
	explained bool
}

// partCells returns the check's addends, building them on first use.
func (c *check) partCells() []tables.DataCell {
	if c.parts != nil {
		return c.parts
	}
	b := c.block
	switch {
	case c.prows != nil:
		c.parts = make([]tables.DataCell, len(c.prows))
		for k, i := range c.prows {
			c.parts[k] = b.At(i, c.target.Column.Index)
		}
	case c.pcols != nil:
		c.parts = make([]tables.DataCell, len(c.pcols))
		for k, j := range c.pcols {
			c.parts[k] = b.At(c.target.Row.Index, j)
		}
	}
	return c.parts
}

// nparts is len(c.partCells()), without building the parts.
func (c *check) nparts() int {
	switch {
	case c.parts != nil:
		return len(c.parts)
	case c.prows != nil:
		return len(c.prows)
	}
	return len(c.pcols)
}

// part is c.partCells()[k], without building the parts: a reported check
// reads its addends once, and a DataCell is a large struct.
func (c *check) part(k int) tables.DataCell {
	switch {
	case c.parts != nil:
		return c.parts[k]
	case c.prows != nil:
		return c.block.At(c.prows[k], c.target.Column.Index)
	}
	return c.block.At(c.target.Row.Index, c.pcols[k])
}

type rateResult struct {
	computed string // num ÷ den at the rate's precision, e.g. "50.76"
	expr     string
}

// factKey identifies the shared checks for one rounding mode.
type factKey struct{ r figures.Rounding }

// Analysis returns the document's table analysis, computed once per pass
// and shared with every rule family that asks with tables.FactKey.
func Analysis(p *audit.Pass) *tables.Analysis {
	return audit.Fact(p, tables.FactKey, tables.Analyze)
}

// results holds every check of a document plus the diagnosed cells.
type results struct {
	checks []*check
	cells  []*diagnosis
	names  map[*tables.Block]blockNames // by nameOf, for the findings
	spans  []model.Span                 // takeSpans's
	round  figures.Rounding             // the checks'
}

// blockNames are a block's names in findings, worked out once per block:
// a block's findings all show them, twice in the messages and once in the
// location.
type blockNames struct{ title, prefix, prefixEN string }

// nameOf returns b's names: blockTitle(b), prefix(b) and prefixEN(b), the
// prefixes cut from one string.
func (res *results) nameOf(b *tables.Block) blockNames {
	if n, ok := res.names[b]; ok {
		return n
	}
	if res.names == nil {
		res.names = make(map[*tables.Block]blockNames)
	}
	t := blockTitle(b)
	var buf [256]byte
	s := appendPrefix(buf[:0], b.Table.Number, t)
	k := len(s)
	both := string(appendPrefixEN(s, b.Table.Number, t))
	n := blockNames{title: t, prefix: both[:k], prefixEN: both[k:]}
	res.names[b] = n
	return n
}

// takeSpans returns room for n spans (a finding's Related), cut from one
// array for the findings of the pass: one allocation per finding was a
// fifth of those of the reported checks. Its capacity is n, so that an
// append copies it.
func (res *results) takeSpans(n int) []model.Span {
	if cap(res.spans)-len(res.spans) < n {
		res.spans = make([]model.Span, 0, max(n, 64))
	}
	lo := len(res.spans)
	res.spans = res.spans[:lo+n]
	return res.spans[lo : lo+n : lo+n]
}

// location builds the finding's location for a data cell; the block's
// title is worked out once per block.
func (res *results) location(d *model.Document, c tables.DataCell) audit.Location {
	l := audit.LocationOf(d, c.Span.Start)
	if l.Table == 0 {
		l.Table = c.Table.Number
	}
	// (a row of a continued table, joined to the table it continues, is
	// placed in its own table by its span)
	l.TableTitle = res.nameOf(c.Block).title
	l.Row = c.Row.Row + 1
	l.Col = c.Column.Col + 1
	l.RowLabel = c.Row.Label
	if l.RowLabel == "" && c.Row.Seq != "" {
		l.RowLabel = c.Row.Seq
	}
	l.ColumnPath = c.Column.PathString()
	return l
}

func checksFor(p *audit.Pass, r figures.Rounding) *results {
	a := Analysis(p)
	return audit.Fact(p, factKey{r}, func(*model.Document) *results {
		return computeShown(a, r, false)
	})
}

// compute returns every check of the document, those that hold included
// (the tests count and mutate them).
func compute(a *tables.Analysis, r figures.Rounding) *results {
	return computeShown(a, r, true)
}

// computeShown returns the document's checks; unless all is set, only
// those that can show in a finding (see unseen). The rules need no more:
// most checks hold, and each is a large struct.
func computeShown(a *tables.Analysis, r figures.Rounding, all bool) *results {
	res := &results{round: r}
	// Working memory reused from block to block, and from document to
	// document through checkPool.
	w := checkPool.Get().(*checkScratch)
	defer w.release()
	tally := &w.tally // crossFooting's (release leaves its ratioOf nil)
	e := &w.e         // the sum screening of footing and hierarchy
	e.r, e.all = r, all
	s := &w.s // the block's figures, for crossFooting and differences
	rs := &w.rs
	for _, t := range a.Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic && b.Kind != tables.Score {
				continue
			}
			if len(b.Rows) == 0 || len(b.Columns) == 0 {
				continue
			}
			scaleInto(s, b)
			e.cols = dropOtherSide(a.Doc, b, dropBalances(b, appendSummable(e.cols[:0], b)), r)
			cols := e.cols
			res.checks = append(res.checks, footing(b, cols, e)...)
			whole := wholeParents(b)
			res.checks = append(res.checks, wholes(b, cols, whole, r, all)...)
			res.checks = append(res.checks, hierarchy(b, cols, whole, e)...)
			res.checks = append(res.checks, unmarkedItems(b, cols, e)...)
			res.checks = append(res.checks, subsets(b, cols, whole, r, all)...)
			res.checks = append(res.checks, crossFooting(b, s, tally, r, all)...)
			res.checks = append(res.checks, flowRollForward(b, r, all)...)
			res.checks = append(res.checks, rowRollForward(b, r, all)...)
			res.checks = append(res.checks, differences(b, s, r, all)...)
			res.checks = append(res.checks, rates(b, rs, r, all)...)
			res.checks = append(res.checks, acrossChanges(b, r, all)...)
			res.checks = append(res.checks, parallelGroups(b, r, all)...)
		}
	}
	res.cells = diagnose(res.checks, r)
	explainSharesOfTotals(res.checks, r)
	return res
}

// checkScratch is computeShown's working memory: the slices its steps
// grow block after block, kept from document to document so that each
// document does not grow them afresh.
type checkScratch struct {
	tally maskTally
	e     sumEval
	s     scaled
	rs    rateScratch
}

var checkPool = sync.Pool{New: func() any { return new(checkScratch) }}

// release drops w's references into the analysis (columns, and figures
// whose units are the document's text) and puts it back in checkPool.
// The other slices hold only numbers and are overwritten before use.
func (w *checkScratch) release() {
	e := &w.e
	clear(e.ns[:cap(e.ns)])
	clear(e.cols[:cap(e.cols)])
	clear(e.sums[:cap(e.sums)])
	clear(e.bestSums[:cap(e.bestSums)])
	w.tally.ratioOf = nil // (no block kept alive by the pool)
	checkPool.Put(w)
}

// unseen reports whether a check with these outcomes shows in no finding:
// a sum or difference that holds exactly, a rate or a 其中 check that
// holds. No rule reports them (see wants; TBL005 and TBL003 report
// failures only) and diagnose reads failed checks only (and no 其中 check).
func unseen(kind checkKind, ok, exact bool) bool {
	if kind == kRate || kind == kSubset {
		return ok
	}
	return ok && exact
}

// summable reports whether a column's figures may be added: amounts and
// differences, not rates, scores or text.
func summable(c *tables.Column) bool {
	switch c.Unit {
	case "%", "％", "‰", "百分点", "个百分点":
		// percentages of different bases (each row's own distribution)
		// do not add up down a column, nor do differences between them
		// (与序时进度差距（百分点）)
		return false
	}
	return (c.Role == tables.Amount || c.Role == tables.Diff) && !c.PerUnit && !targetColumn(c)
}

// targetColumn reports a column of targets set row by row (年度目标, 目标值,
// 预期目标): the 地区生产总值's target is no sum of the industries' targets,
// as a budget's is of its items.
func targetColumn(c *tables.Column) bool {
	n := c.Name()
	return cjk.Contains(n, "目标") && !cjk.Contains(n, "预算") && !cjk.Contains(n, "完成")
}

// sumCheck compares parts with total. Under 四舍五入 it works on integer
// mantissas (exact and fast) and leaves the expression empty: expression()
// renders it, with figures.CheckSum, only for checks that are reported.
func sumCheck(parts []tables.DataCell, total tables.DataCell, r figures.Rounding) figures.SumCheck {
	var buf [16]figures.Number // on the stack for the usual few parts
	ns := buf[:0]
	for _, p := range parts {
		ns = append(ns, partValue(p))
	}
	return sumNumbers(ns, asValue(total.Num), r)
}

// partValue is a part's figure as it enters a sum: negated in a column of
// reductions (调减, 核减), which a sum subtracts.
func partValue(p tables.DataCell) figures.Number {
	n := asValue(p.Num)
	if p.Column != nil && p.Column.Decrease && p.Column.Role == tables.Amount {
		n.Mant = -n.Mant
	}
	return n
}

func sumNumbers(ns []figures.Number, t figures.Number, r figures.Rounding) figures.SumCheck {
	if r == figures.HalfUp {
		if sc, ok := fastSum(ns, t); ok {
			return sc
		}
	}
	return figures.CheckSum(ns, t, r)
}

// fastSum is figures.CheckSum without the expression, on int64 mantissas:
// consistent when |total − sum| ≤ the sum of half-units of the shown
// figures (exact figures and blanks contribute none).
func fastSum(ns []figures.Number, t figures.Number) (figures.SumCheck, bool) {
	D := t.Dec
	for _, n := range ns {
		D = max(D, n.Dec)
	}
	if D > 9 {
		return figures.SumCheck{}, false
	}
	var sum, tol int64
	add := func(n figures.Number) bool {
		if n.Mant > 1<<50 || n.Mant < -(1<<50) {
			return false
		}
		if n.Kind == figures.Value && !n.Exact {
			tol += pow10(D - n.Dec)
		}
		return true
	}
	for _, n := range ns {
		if !add(n) {
			return figures.SumCheck{}, false
		}
		sum += n.Mant * pow10(D-n.Dec)
	}
	if !add(t) {
		return figures.SumCheck{}, false
	}
	return fixedSumCheck(t.Mant*pow10(D-t.Dec), sum, tol, D), true
}

// fixedSumCheck is the verdict of fastSum and fastSumRows: a total and a
// sum in units of 10^-D, against tol, the sum of the figures' full
// rounding units (each shown figure may be off by half of its unit).
func fixedSumCheck(total, sum, tol int64, D int) figures.SumCheck {
	diff := total - sum
	ad := diff
	if ad < 0 {
		ad = -ad
	}
	return figures.SumCheck{
		Consistent: 2*ad <= tol,
		Exact:      diff == 0,
		Sum:        figures.Number{Kind: figures.Value, Mant: sum, Dec: D},
		Diff:       figures.Number{Kind: figures.Value, Mant: diff, Dec: D},
	}
}

// expression renders the arithmetic of a sum or difference check, e.g.
// "3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01".
func expression(c *check) string {
	if c.sum.Expr != "" {
		return c.sum.Expr
	}
	var buf [16]figures.Number
	ns := buf[:0]
	for i := range c.nparts() {
		n := partValue(c.part(i))
		if c.kind == kDiff && i == 1 || c.neg&(1<<i) != 0 {
			n = neg(n)
		}
		ns = append(ns, n)
	}
	e := figures.SumExpr(ns, asValue(c.target.Num))
	if c.kind == kSubset && !c.ok {
		e = strings.Replace(e, " ≠ ", " > ", 1)
		e = strings.Replace(e, "，差 ", "，超出 ", 1)
	}
	c.sum.Expr = e
	return e
}

// nontrivial: the total and at least two parts are non-zero values, so an
// agreement is evidence for the relation.
func nontrivial(parts []tables.DataCell, total tables.DataCell) bool {
	if total.Num.Kind != figures.Value || total.Num.Mant == 0 {
		return false
	}
	n := 0
	for _, p := range parts {
		if p.Num.Kind == figures.Value && p.Num.Mant != 0 {
			n++
		}
	}
	return n >= 2
}

// allNumeric: every cell is a value, blank or dash (no text).
func allNumeric(cells []tables.DataCell) bool {
	for _, c := range cells {
		if !numericCell(c.Cell, c.Column) {
			return false
		}
	}
	return true
}

// numericCell: cell c of column col is a value, blank or dash, and not
// money in a unit other than the column's.
func numericCell(c tables.Cell, col *tables.Column) bool {
	return isNum(c.Num) && !(c.Cell != nil && c.Num.Unit != "" && figures.IsMoneyUnit(c.Num.Unit) && c.Num.Unit != col.Unit && col.Unit != "")
}

// blockTitle is the title to show for a block: its own, else the table's.
func blockTitle(b *tables.Block) string {
	t := b.Title
	if t == "" && b.Index == 0 {
		t = b.Table.Title
	}
	if t == "" {
		// A later block without a title row: name it by its first column.
		for _, c := range b.Columns {
			if c.Name() != "" {
				t = c.Name() + "…"
				break
			}
		}
	}
	t = titleSpaces(t)
	if utf8.RuneCountInString(t) > 24 {
		t = string([]rune(t)[:24]) + "…"
	}
	return t
}

// rowName / colName render labels for messages.
func rowName(r *tables.Row) string {
	if r.Label != "" {
		return "「" + r.Label + "」"
	}
	return fmt.Sprintf("第%d行", r.Row+1)
}

func colName(c *tables.Column) string {
	if c.YearRate {
		return "「" + c.PathString() + "」" // (the year alone names no rate)
	}
	if n := c.Name(); n != "" {
		return "「" + n + "」"
	}
	return fmt.Sprintf("第%d列", c.Col+1)
}

func colNameEN(c *tables.Column) string {
	if c.YearRate {
		return "“" + c.PathString() + "”"
	}
	if n := c.Name(); n != "" {
		return "“" + n + "”"
	}
	return fmt.Sprintf("column %d", c.Col+1)
}

func rowNameEN(r *tables.Row) string {
	if r.Label != "" {
		return "“" + r.Label + "”"
	}
	return fmt.Sprintf("row %d", r.Row+1)
}

// prefix is "表2「标题」" for messages.
func prefix(b *tables.Block) string { return prefixOf(b.Table.Number, blockTitle(b)) }

func prefixEN(b *tables.Block) string { return prefixENOf(b.Table.Number, blockTitle(b)) }

// prefixOf is prefix for a block of table n titled t.
func prefixOf(n int, t string) string {
	var buf [128]byte
	return string(appendPrefix(buf[:0], n, t))
}

func prefixENOf(n int, t string) string {
	var buf [128]byte
	return string(appendPrefixEN(buf[:0], n, t))
}

// appendPrefix appends prefixOf(n, t) to s.
func appendPrefix(s []byte, n int, t string) []byte {
	s = strconv.AppendInt(append(s, "表"...), int64(n), 10)
	if t != "" {
		s = append(append(append(s, "「"...), t...), "」"...)
	}
	return s
}

// appendPrefixEN appends prefixENOf(n, t) to s.
func appendPrefixEN(s []byte, n int, t string) []byte {
	s = strconv.AppendInt(append(s, "Table "...), int64(n), 10)
	if t != "" {
		s = append(append(append(s, " “"...), t...), "”"...)
	}
	return s
}

// partHint looks for one addend whose typing slip would explain a failed
// sum: the part that, corrected by the difference, differs from its shown
// value by a ×10ᵏ shift or swapped digits.
func partHint(c *check) (string, string) {
	if c.sum.Consistent {
		return "", ""
	}
	// diff = total − sum; the part should be part + diff.
	diff := c.sum.Diff
	for k := range c.nparts() {
		p := c.part(k)
		if p.Num.Kind != figures.Value {
			continue
		}
		want := sub(p.Num, neg(diff))
		want = atDec(want, p.Num.Dec)
		if d := figures.Diagnose(p.Num, want); d.Slip == figures.Magnitude || d.Slip == figures.Transposed {
			lab := p.Row.Label
			if c.kind == kCross {
				lab = p.Column.Name()
			}
			return fmt.Sprintf("「%s」的 %s %s", lab, p.Num.String(), d.Hint),
				fmt.Sprintf("%s %s of “%s”", d.HintEN, p.Num.String(), lab)
		}
	}
	if d := figures.Diagnose(c.target.Num, atDec(c.sum.Sum, c.target.Num.Dec)); d.Slip != figures.NoSlip {
		return "合计数" + d.Hint, "the total " + d.HintEN
	}
	return "", ""
}

// dropSpaces is strings.Join(strings.Fields(s), ""), without copying s
// when it has no white space (most labels and titles).
func dropSpaces(s string) string {
	for _, r := range s {
		if unicode.IsSpace(r) {
			return strings.Join(strings.Fields(s), "")
		}
	}
	return s
}

// titleSpaces drops the white space of a title, as dropSpaces does, except
// one space between two Latin letters or digits: "表2 2023年度收入" must
// not show as "表22023年度收入".
func titleSpaces(s string) string {
	if dropSpaces(s) == s {
		return s
	}
	var b strings.Builder
	var last rune // last rune written
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && alnum(last) && alnum(r) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// ownRows reports whether the right side of a two-sided table lists rows
// of its own while the left labels nest: an item beside a blank left
// label, beside a left 其中 part ("其中：返还性收入 | 债务还本支出"), or a
// numbering level other than the left one's ("二、上年结转 |
// （四）社会保障和就业支出"). The block's hierarchy, read from the left
// labels, then says nothing of the right side's columns. A flat left
// side (items, then the 合计) sums the right side's rows just as well.
func ownRows(d *model.Document, b *tables.Block, left, right int) bool {
	if !slices.ContainsFunc(b.Rows, func(r *tables.Row) bool { return r.Parent >= 0 }) {
		return false
	}
	text := func(r, c int) string {
		if cell := b.Table.T.At(r, c); cell != nil && cell.Col == c {
			return strings.TrimSpace(d.Slice(cell.Span))
		}
		return ""
	}
	for _, r := range b.Rows {
		if r.Total {
			continue
		}
		l, rt := text(r.Row, left), text(r.Row, right)
		if rt == "" {
			continue
		}
		if l == "" || r.Subset || tables.NumberingKind(l) != tables.NumberingKind(rt) {
			return true
		}
	}
	return false
}

func alnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// dropOtherSide removes from cols the columns of the right side of a
// two-sided summary table (tables.SummaryLayout) whose left total row holds
// no total on the right: "收入总计 | … | 年终结转 | 357.71" (支出总计 stands
// a row above). Those columns are no sums of the rows above; TBL007 checks
// the sides.
//
// So it is when both totals stand in one row but the left side nests
// without numbering ("上级补助收入 ⏎ 返还性收入 ⏎ 一般性转移支付收入 ⏎ 专项转移支付
// 收入", the three adding up exactly to the row above them): the readings
// of the left rows then say nothing of the right side's.
func dropOtherSide(d *model.Document, b *tables.Block, cols []*tables.Column, r figures.Rounding) []*tables.Column {
	if b.Index != 0 || len(b.Rows) == 0 {
		return cols
	}
	_, layout, ok := tables.SummaryLayout(d, b.Table.T)
	if !ok {
		return cols
	}
	right := layout[1].Label
	for _, row := range b.Rows {
		if !row.Total {
			continue
		}
		cell := b.Table.T.At(row.Row, right)
		if cell == nil || tables.IsTotalLabel(d.Slice(cell.Span)) && !ownRows(d, b, layout[0].Label, right) && !leftNestsUnmarked(d, b, cols, row.Index, right, r) {
			return cols
		}
		out := cols[:0]
		for _, c := range cols {
			if c.Col < right {
				out = append(out, c)
			}
		}
		return out
	}
	return cols
}

// leftNestsUnmarked reports whether the left side's rows (the columns of
// cols before grid column right) hold runs of unnumbered items that add up
// exactly to the row before them (appendWithoutItems), or all but one run
// that then does not (oneBadRun: the heads make total row t), beside which
// the right side lists rows of its own (a label in grid column right): a
// reading that passes over the left's items passes over those too.
func leftNestsUnmarked(d *model.Document, b *tables.Block, cols []*tables.Column, t, right int, r figures.Rounding) bool {
	var left []*tables.Column
	for _, c := range cols {
		if c.Col < right {
			left = append(left, c)
		}
	}
	var rows []int
	for i, row := range b.Rows {
		if !row.Total && !row.Group {
			rows = append(rows, i)
		}
	}
	if len(left) == 0 || len(rows) < 3 {
		return false
	}
	kept := appendWithoutItems(nil, b, rows, left, r)
	if len(kept) == len(rows) {
		return false
	}
	if br, ok := oneBadRun(b, t, rows, kept, left, r); ok {
		kept = br.heads
	}
	for _, i := range rows {
		if slices.Contains(kept, i) {
			continue
		}
		if cell := b.Table.T.At(b.Rows[i].Row, right); cell != nil && cell.Col == right && strings.TrimSpace(d.Slice(cell.Span)) != "" {
			return true
		}
	}
	return false
}
