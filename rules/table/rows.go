package table

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// summableCols lists a block's columns whose figures may be added.
func summableCols(b *tables.Block) []*tables.Column { return appendSummable(nil, b) }

// appendSummable appends summableCols(b) to dst.
func appendSummable(dst []*tables.Column, b *tables.Block) []*tables.Column {
	for _, c := range b.Columns {
		if summable(c) {
			dst = append(dst, c)
		}
	}
	return dst
}

// members picks, from candidate rows, those a total adds up: rows that are
// not 其中 parts, not headings, and whose parent is not itself a member.
func topLevel(b *tables.Block, cand []int) []int { return topLevelOpt(b, cand, false) }

// topLevelOpt is topLevel; with guessed it also keeps rows that were put in
// a 其中 list only by guess (they may be the parent's siblings).
func topLevelOpt(b *tables.Block, cand []int, guessed bool) []int {
	out := appendTopLevel(nil, b, cand, guessed)
	if len(out) == 0 {
		return nil
	}
	return out
}

// appendTopLevel appends topLevelOpt(b, cand, guessed) to dst.
func appendTopLevel(dst []int, b *tables.Block, cand []int, guessed bool) []int {
	in := func(i int) bool { // cand is in ascending order
		k := sort.SearchInts(cand, i)
		return k < len(cand) && cand[k] == i
	}
	for _, i := range cand {
		r := b.Rows[i]
		if !(guessed && r.Guessed) {
			if r.Subset || r.Group || r.Total && !r.Subtotal {
				continue
			}
			if r.Parent >= 0 && in(r.Parent) {
				continue
			}
		}
		dst = append(dst, i)
	}
	return dst
}

// appendMarked appends to dst the rows of top that carry a numbering
// marker of the first level.
func appendMarked(dst []int, b *tables.Block, top []int) []int {
	for _, i := range top {
		if r := b.Rows[i]; r.Marker != "" && r.Level == 1 {
			dst = append(dst, i)
		}
	}
	return dst
}

// leaves picks rows without children among the candidates.
func leaves(b *tables.Block, cand []int) []int {
	return appendLeaves(nil, b, cand, hasChildren(b, nil))
}

// hasChildren says, by row, whether some row has it as a (non-其中)
// parent; buf is reused when it is large enough.
func hasChildren(b *tables.Block, buf []bool) []bool {
	var hasChild []bool
	if cap(buf) < len(b.Rows) {
		hasChild = make([]bool, len(b.Rows))
	} else {
		hasChild = buf[:len(b.Rows)]
		clear(hasChild)
	}
	for _, r := range b.Rows {
		if r.Parent >= 0 && !r.Subset {
			hasChild[r.Parent] = true
		}
	}
	return hasChild
}

// appendLeaves appends leaves(b, cand) to dst; hasChild is hasChildren(b).
func appendLeaves(dst []int, b *tables.Block, cand []int, hasChild []bool) []int {
	for _, i := range cand {
		r := b.Rows[i]
		if r.Subset || r.Group || r.Total || hasChild[i] {
			continue
		}
		dst = append(dst, i)
	}
	return dst
}

// segments splits candidate rows at group headings ("按收入性质分："):
// each segment is an alternative breakdown of the same total.
func segments(b *tables.Block, cand []int) (segs [][]int, heads []string) {
	if !slices.ContainsFunc(cand, func(i int) bool { return b.Rows[i].Group && breakdownHeading(b.Rows[i].Label) }) {
		return nil, nil // no breakdown heading: one segment, no alternative
	}
	var cur []int
	head := ""
	groups := 0
	for _, i := range cand {
		if b.Rows[i].Group && breakdownHeading(b.Rows[i].Label) {
			groups++
			if len(cur) > 0 {
				segs = append(segs, cur)
				heads = append(heads, head)
			}
			cur, head = nil, b.Rows[i].Label
			continue
		}
		cur = append(cur, i)
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
		heads = append(heads, head)
	}
	if groups == 0 || len(segs) < 2 {
		return nil, nil
	}
	return segs, heads
}

// breakdownHeading: a label introducing one way of breaking a total down
// ("按收入性质分：", "按支出用途分类", "资金来源构成").
func breakdownHeading(label string) bool {
	l := dropSpaces(label)
	if strings.HasPrefix(l, "按") {
		return true
	}
	for _, suf := range []string{"分", "分类", "构成", "来源", "用途", "明细"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// rowSum builds the check "rows[idx] add up to row t" in column c. Unless
// all is set, a check that would be unseen is not made.
func rowSum(b *tables.Block, kind checkKind, t int, idx []int, c *tables.Column, r figures.Rounding, all bool) *check {
	if !rowSumApplies(b, t, idx, c) {
		return nil
	}
	return sumRowsCheck(b, kind, t, idx, c, rowSumOf(b, t, idx, c, r), all)
}

// rowSumOf is rowSum's comparison: rows idx against row t in column c.
func rowSumOf(b *tables.Block, t int, idx []int, c *tables.Column, r figures.Rounding) figures.SumCheck {
	total := b.Rows[t].Cells[c.Index]
	var buf [16]figures.Number // sumCheck's figures, without the parts' cells
	ns := buf[:0]
	for _, i := range idx {
		ns = append(ns, asValue(b.Rows[i].Cells[c.Index].Num))
	}
	return sumNumbers(ns, asValue(total.Num), r)
}

// sumRowsCheck makes rowSum's check from its comparison s.
func sumRowsCheck(b *tables.Block, kind checkKind, t int, idx []int, c *tables.Column, s figures.SumCheck, all bool) *check {
	if !all && s.Consistent && s.Exact {
		// unseen for a sum; a 其中 check that holds exactly also holds
		// as a subset.
		return nil
	}
	return &check{kind: kind, block: b, target: b.At(t, c.Index), prows: idx, sum: s, ok: s.Consistent, exact: s.Exact}
}

// rowSumApplies reports whether rowSum makes a check: every cell numeric
// (allNumeric), the total a value, and at least one part a value (else the
// total is not broken down in this column).
func rowSumApplies(b *tables.Block, t int, idx []int, c *tables.Column) bool {
	j := c.Index
	if tc := b.Rows[t].Cells[j]; tc.Num.Kind != figures.Value || !numericCell(tc, c) {
		return false
	}
	anyPart := false
	for _, i := range idx {
		pc := b.Rows[i].Cells[j]
		if !numericCell(pc, c) {
			return false
		}
		if pc.Num.Kind == figures.Value {
			anyPart = true
		}
	}
	return anyPart
}

// sumEval tests rowSum's relations without building checks: footing and
// hierarchy try several readings of a table and keep the checks of one.
type sumEval struct {
	r   figures.Rounding
	all bool             // make every check, not only those a finding may show
	ns  []figures.Number // scratch for the parts

	cols []*tables.Column // the block's summable columns

	// footing's scratch, reused from total row to total row: the readings
	// are tried on every total, and their rows are copied out only when a
	// check is made from them.
	cand, subs, top, leaves []int
	guess, marked, headed   []int
	hasChild                []bool
	sums, bestSums          []madeSum // a reading's comparisons, by segment and column
}

// madeSum is a comparison rowSum made, or would have made.
type madeSum struct {
	s    figures.SumCheck
	made bool
}

// rowSum reports what rowSum(b, _, t, idx, c, e.r) would: whether it makes
// a check, whether the check holds, and whether it is nontrivial evidence
// (nontrivial(parts, total)).
func (e *sumEval) rowSum(b *tables.Block, t int, idx []int, c *tables.Column) (made, ok, evidence bool) {
	s, made, evidence := e.rowSumCheck(b, t, idx, c)
	return made, s.Consistent, evidence
}

// rowSumCheck is rowSum with the comparison it made, which is the check's
// sum when made.
func (e *sumEval) rowSumCheck(b *tables.Block, t int, idx []int, c *tables.Column) (s figures.SumCheck, made, evidence bool) {
	if !rowSumApplies(b, t, idx, c) {
		return figures.SumCheck{}, false, false
	}
	j := c.Index
	if e.r == figures.HalfUp {
		if s, nz, ok := fastSumRows(b, t, idx, j); ok {
			return s, true, b.Rows[t].Cells[j].Num.Mant != 0 && nz >= 2
		}
	}
	e.ns = e.ns[:0]
	nz := 0
	for _, i := range idx {
		n := b.Rows[i].Cells[j].Num
		if n.Kind == figures.Value && n.Mant != 0 {
			nz++
		}
		e.ns = append(e.ns, asValue(n))
	}
	tn := b.Rows[t].Cells[j].Num
	s = sumNumbers(e.ns, asValue(tn), e.r)
	return s, true, tn.Mant != 0 && nz >= 2
}

// fastSumRows is fastSum(asValue of rows idx's figures in column j,
// asValue of row t's) read in place, and the number of non-zero values
// among the parts: footing compares every reading of every total in every
// column, and copying the figures out cost more than adding them.
// TestFastSumRows keeps fastSum as its oracle.
func fastSumRows(b *tables.Block, t int, idx []int, j int) (figures.SumCheck, int, bool) {
	const lim = 1 << 50
	tn := &b.Rows[t].Cells[j].Num
	if tn.Kind != figures.Value { // rowSumApplies' total is a value
		return figures.SumCheck{}, 0, false
	}
	D := tn.Dec
	for _, i := range idx {
		if n := &b.Rows[i].Cells[j].Num; n.Kind == figures.Value {
			if n.Mant > lim || n.Mant < -lim {
				return figures.SumCheck{}, 0, false
			}
			D = max(D, n.Dec)
		}
	}
	if D > 9 || tn.Mant > lim || tn.Mant < -lim {
		return figures.SumCheck{}, 0, false
	}
	var sum, tol int64
	nz := 0
	for _, i := range idx {
		n := &b.Rows[i].Cells[j].Num
		if n.Kind != figures.Value {
			continue // asValue: an exact 0
		}
		if n.Mant != 0 {
			nz++
		}
		p := pow10(D - n.Dec)
		if !n.Exact {
			tol += p
		}
		sum += n.Mant * p
	}
	if !tn.Exact {
		tol += pow10(D - tn.Dec)
	}
	return fixedSumCheck(tn.Mant*pow10(D-tn.Dec), sum, tol, D), nz, true
}

// footing checks each total row against the rows it covers. Totals may
// stand above their rows ("局机关及二级机构汇总") or below ("合  计"); a
// 合计 over 小计 rows adds the 小计s. Among the readings of which rows are
// covered (top-level rows, leaf rows, each group of a 按…分 breakdown) the
// one that holds in most columns is used.
// cols are the block's summable columns.
// outsideRow reports a row its label puts outside the total above it:
// "编外：专职人民调解员…" after the 编制 rows of a 人员 table, "另：…", "附：…".
func outsideRow(label string) bool {
	for _, w := range [...]string{"编外", "另：", "另:", "附：", "附:", "备注", "注："} {
		if strings.HasPrefix(label, w) {
			return true
		}
	}
	return false
}

func footing(b *tables.Block, cols []*tables.Column, e *sumEval) []*check {
	if len(cols) == 0 {
		return nil
	}
	first := -1
	for i, row := range b.Rows {
		if !row.Group {
			first = i
			break
		}
	}
	topStyle := first >= 0 && b.Rows[first].Total
	cut := -1 // the last row of the top 合计's items, when a bottom 总计 adds the rest
	if topStyle {
		cut = topTotalCut(b, first, cols)
	}
	e.hasChild = e.hasChild[:0] // worked out for the first leaves reading
	var out []*check
	for t, row := range b.Rows {
		if !row.Total {
			continue
		}
		cand := e.cand[:0]
		outside := -1 // the first of the rows after a top 合计's items said to be outside it (编外…), if any
		grand := -1   // the 合计 row a bottom 总计 adds, if any
		// (in a table of totals above their items, a total followed by an
		// item is one: "人员经费合计 ⏎ … ⏎ 公用经费合计 ⏎ 办公费 ⏎ …")
		if topStyle && (t == first || row.Subtotal || t+1 < len(b.Rows) && !b.Rows[t+1].Total && !b.Rows[t+1].Group && cut < 0) {
			for i := t + 1; i < len(b.Rows); i++ {
				if b.Rows[i].Total && (!b.Rows[i].Subtotal || row.Subtotal) || t == first && cut >= 0 && i > cut {
					break
				}
				if outsideRow(b.Rows[i].Label) {
					outside = i
					break
				}
				cand = append(cand, i)
			}
		} else if cut >= 0 && t > cut {
			// "本级收入合计 ⏎ 各项 ⏎ 上级补助收入 ⏎ 上年结余 ⏎ 收入总计": the
			// 总计 adds the 合计 and the rows after its items
			grand = first
			for i := cut + 1; i < t; i++ {
				cand = append(cand, i)
			}
		} else {
			for i := t - 1; i >= 0; i-- {
				if b.Rows[i].Total && (!b.Rows[i].Subtotal || row.Subtotal) {
					if grandOverSum(row, b.Rows[i]) {
						// "本年收入合计 ⏎ 上年结转 ⏎ 收入总计": the 总计 adds
						// the 合计 and the rows after it
						grand = i
					} else if h := spendingHead(b, i, row); h >= 0 {
						// "一、…收入 ⏎ … ⏎ 二、…支出 ⏎ … ⏎ 上级补助收入 ⏎ … ⏎ 收入
						// 总计 ⏎ 调出资金 ⏎ … ⏎ 支出总计": the 支出总计 adds the
						// 支出 head and the rows after the 收入总计
						grand = h
					}
					break
				}
				cand = append(cand, i)
			}
			slices.Reverse(cand) // in row order, as the readings expect
		}
		e.cand = cand
		// A 合计 over 小计 rows adds the 小计s.
		subs := e.subs[:0]
		if !row.Subtotal {
			for _, i := range cand {
				if b.Rows[i].Subtotal {
					subs = append(subs, i)
				}
			}
		}
		e.subs = subs
		top := appendTopLevel(e.top[:0], b, cand, false)
		if grand >= 0 {
			top = slices.Insert(top, 0, grand)
		}
		e.top = top
		// (nor is one row above a total with a 其中 list of its own its sum:
		// "政府采购预算（计划）金额 ⏎ 政府采购支出总额 ⏎ 其中：…")
		if len(subs) < 2 && (len(top) == 0 || len(top) == 1 && (hasSubset(b, cand) || grand < 0 && brokenDownBelow(b, t))) {
			// Only 其中 rows under the total: "of which", checked by TBL003.
			// Nor is one row left after a 其中 list a total's breakdown:
			// it is the list's last part, left out because the list no
			// longer fitted under its parent (see tables' linkRows).
			continue
		}
		// The readings of which rows the total covers. Their rows are in
		// e's scratch (segments' excepted) until a check keeps them.
		var rdBuf [6]reading
		readings := rdBuf[:0]
		markedAt := -1 // the reading of the numbered rows alone, if tried
		badAt := -1    // the reading of the heads of an unmarked nesting with one bad run, if tried
		var bad badRun
		if len(subs) >= 2 {
			readings = append(readings, oneReading(subs))
		} else {
			if segs, heads := segments(b, cand); segs != nil {
				var rd [][]int
				for _, s := range segs {
					rd = append(rd, topLevel(b, s))
				}
				readings = append(readings, reading{segs: rd, heads: heads})
			}
			if len(e.hasChild) != len(b.Rows) {
				e.hasChild = hasChildren(b, e.hasChild)
			}
			e.leaves = appendLeaves(e.leaves[:0], b, cand, e.hasChild)
			readings = append(readings, oneReading(top), oneReading(e.leaves))
			e.guess = appendTopLevel(e.guess[:0], b, cand, true)
			if len(e.guess) != len(top) {
				readings = append(readings, oneReading(e.guess))
			}
			// "（一）… ⏎ 厂办大集体改革支出 ⏎ … ⏎ （二）…": rows without a
			// marker under numbered ones may be their unmarked items
			marked := appendMarked(e.marked[:0], b, top)
			e.marked = marked // (its room kept for the next total)
			if len(marked) >= 2 && len(marked) < len(top) {
				markedAt = len(readings)
				readings = append(readings, oneReading(marked))
			}
			// "年初财政拨款结转和结余 ⏎ 一般公共预算财政拨款 ⏎ 政府性基金预算
			// 财政拨款": rows that add up exactly to the row before them are
			// its unmarked items
			e.headed = appendWithoutItems(e.headed[:0], b, top, cols, e.r)
			if len(e.headed) < len(top) {
				readings = append(readings, oneReading(e.headed))
				if nested := appendWithoutNestedItems(nil, b, e.headed, cols, e.r); len(nested) < len(e.headed) && holdsIn(b, t, nested, cols, e.r) {
					// (items two levels deep: the runs left out again)
					readings = append(readings, oneReading(nested))
				}
				// one run that does not add up to its row while the
				// others do: the heads without it make the total
				if br, ok := oneBadRun(b, t, top, e.headed, cols, e.r); ok {
					bad, badAt = br, len(readings)
					readings = append(readings, oneReading(br.heads))
				}
			}
			if side := incomeSide(b, t); side != nil {
				// the 收入总计 of a balance written down one column adds
				// the 收入 head, not the 支出 one (spendingHead)
				readings = append(readings, oneReading(side))
			}
			if outside >= 0 {
				// "合计 ⏎ 管理人员 ⏎ … ⏎ 编外聘用人员": the 实有 columns may count
				// the 编外 rows the 编制 column leaves blank
				with := slices.Clone(top)
				for i := outside; i < len(b.Rows) && outsideRow(b.Rows[i].Label) && !b.Rows[i].Total; i++ {
					with = append(with, i)
				}
				readings = append(readings, oneReading(with))
			}
		}
		// Score each reading without building its checks; only the best
		// reading's checks are made.
		// The comparisons of the best reading so far are kept (in
		// e.bestSums, by segment and column) to make its checks from.
		best, bestOK, bestFail := -1, -1, 0
		for ri := range readings {
			if readings[ri].repeats(readings[:ri]) {
				continue // (top-level rows are often the leaves)
			}
			ok, fail := 0, 0
			sums := e.sums[:0]
			for _, idx := range readings[ri].rows() {
				if len(idx) == 0 {
					for range cols {
						sums = append(sums, madeSum{})
					}
					continue
				}
				for _, c := range cols {
					s, made, ev := e.rowSumCheck(b, t, idx, c)
					sums = append(sums, madeSum{s, made})
					if !made {
						continue
					}
					if s.Consistent {
						if len(idx) >= 2 || ev {
							ok++
						}
					} else {
						fail++
					}
				}
			}
			e.sums = sums
			if ri == markedAt && fail > 0 {
				continue // a guess: taken only when it adds up everywhere
			}
			if ok > bestOK || ok == bestOK && fail < bestFail {
				best, bestOK, bestFail = ri, ok, fail
				e.sums, e.bestSums = e.bestSums, e.sums
			}
		}
		if best < 0 {
			continue
		}
		var bestChecks []*check
		rd := &readings[best]
		for si, idx := range rd.rows() {
			if len(idx) == 0 {
				continue
			}
			kept := false // idx copied out of the scratch
			for ci, c := range cols {
				// rowSum(b, kFooting, t, idx, c, r, e.all), from its comparison
				ms := &e.bestSums[si*len(cols)+ci]
				if !ms.made {
					continue
				}
				if ch := sumRowsCheck(b, kFooting, t, idx, c, ms.s, e.all); ch != nil {
					if !kept {
						idx, kept = slices.Clone(idx), true
					}
					ch.prows = idx
					ch.group = rd.head(si)
					bestChecks = append(bestChecks, ch)
				}
			}
		}
		if bestOK == 0 && bestFail > 0 && !numberedList(b, cand) && smallSubsetFits(e, b, t, cand, cols) {
			// Two or three of the rows make the total (进出口总额 = 出口 +
			// 进口, with their breakdowns listed unindented in between):
			// the reading was wrong, not the figures.
			continue
		}
		if bestOK == 0 && bestFail > 0 && listRunsOn(e, b, t, top, cols) {
			// a 其中 list guessed by position may run on: with its next
			// rows as parts the rest make the total, so which rows are
			// parts is in doubt, not the total (tables takes the one such
			// extent as the list; two or more leave it to nobody)
			continue
		}
		simple := len(bestChecks) > 0 && simpleList(b, cand, t)
		for _, ch := range bestChecks {
			ch.conf = 0.95
			ch.basis = "合计行"
			switch {
			case bestOK > 0:
			case bestFail >= 2:
				// No column adds up: the rows are probably not a complete,
				// non-overlapping breakdown (主要国家和地区, 其中 unmarked).
				// Shown as info only.
				ch.conf, ch.weak, ch.doubt = 0.3, true, true
			case simple:
				ch.conf = 0.8
			default:
				ch.conf, ch.weak = 0.5, true
			}
		}
		out = append(out, bestChecks...)
		if best == badAt {
			// the run that does not add up to its row is the finding
			for _, c := range cols {
				if ch := rowSum(b, kHier, bad.head, bad.run, c, e.r, e.all); ch != nil {
					ch.conf = 0.8
					ch.basis = "未编号的明细"
					out = append(out, ch)
				}
			}
		}
	}
	return out
}

// grandOverSum reports a 总计 row over a 合计 row (收入总计 after 本年收入合计).
// topTotalCut finds, in a block whose first row is a 合计 (row first) and
// whose last is a 总计 adding it (grandOverSum), the last row of the
// 合计's items: the rows after it up to the 总计 are what the 总计 adds to
// the 合计 (上级补助收入, 转贷收入, 上年结余 under 本级收入合计). The 总计 must
// hold, within rounding, in every summable column where it has a figure,
// and the 合计 in most of its columns (one wrong item leaves the others),
// with two items or more and one added row or more; -1 otherwise. 其中
// rows are passed over.
func topTotalCut(b *tables.Block, first int, cols []*tables.Column) int {
	last := len(b.Rows) - 1
	for last > first && b.Rows[last].Group {
		last--
	}
	if last <= first+3 || !b.Rows[last].Total || b.Rows[last].Subtotal || !grandOverSum(b.Rows[last], b.Rows[first]) {
		return -1
	}
	for i := first + 1; i < last; i++ {
		if b.Rows[i].Total {
			return -1
		}
	}
	item := func(i int) bool { return !b.Rows[i].Subset && b.Rows[i].Parent < 0 && !b.Rows[i].Group }
	// holds counts the columns where row total is (or is not) the sum of
	// the items from..to, plus row extra when ≥ 0
	holds := func(total, from, to, extra int) (ok, fail int) {
		for _, c := range cols {
			tv := b.Rows[total].Cells[c.Index].Num
			if tv.Kind != figures.Value {
				continue
			}
			sum, n := 0.0, 0
			if extra >= 0 {
				if v := b.Rows[extra].Cells[c.Index].Num; v.Kind == figures.Value {
					sum, n = v.Float(), 1
				}
			}
			for i := from; i <= to; i++ {
				if v := b.Rows[i].Cells[c.Index].Num; item(i) && v.Kind == figures.Value {
					sum += v.Float()
					n++
				}
			}
			if math.Abs(sum-tv.Float()) <= math.Pow(10, -float64(tv.Dec))*float64(n+1)/2+1e-9 {
				ok++
			} else {
				fail++
			}
		}
		return ok, fail
	}
	best, bestOK := -1, 0
	for k := first + 2; k < last-1; k++ {
		if !item(k + 1) {
			continue // a 其中 row after k belongs to an item
		}
		gOK, gFail := holds(last, k+1, last-1, first)
		tOK, tFail := holds(first, first+1, k, -1)
		// (one wrong figure in the top 合计 breaks both sums in its column)
		if gOK >= 1 && gFail <= gOK/2 && tOK >= 1 && tFail <= tOK/2 && tOK > bestOK {
			best, bestOK = k, tOK
		}
	}
	return best
}

func grandOverSum(grand, sum *tables.Row) bool {
	g, t := strings.ReplaceAll(grand.Label, " ", ""), strings.ReplaceAll(sum.Label, " ", "")
	return cjk.Contains(g, "总计") && !cjk.Contains(t, "总计") && cjk.Contains(t, "合计")
}

// hasSubset reports whether one of rows is a 其中 part.
func hasSubset(b *tables.Block, rows []int) bool {
	return slices.ContainsFunc(rows, func(i int) bool { return b.Rows[i].Subset })
}

// reading is one way of covering a total's rows: segments of rows that
// each add up to the total, with the breakdown heading of each segment
// (heads is nil for one segment without a heading).
type reading struct {
	segs  [][]int
	heads []string
	one   [1][]int // the segment of a one-segment reading, in place
}

func oneReading(rows []int) reading { return reading{one: [1][]int{rows}} }

func (rd *reading) rows() [][]int {
	if rd.segs == nil {
		return rd.one[:]
	}
	return rd.segs
}

// repeats reports whether rd has one segment, the same rows as the one
// segment of an earlier reading: it would score the same, and only a
// better score replaces the best.
func (rd *reading) repeats(earlier []reading) bool {
	if rd.segs != nil {
		return false
	}
	for i := range earlier {
		if earlier[i].segs == nil && slices.Equal(earlier[i].one[0], rd.one[0]) {
			return true
		}
	}
	return false
}

func (rd *reading) head(si int) string {
	if rd.heads == nil {
		return ""
	}
	return rd.heads[si]
}

// hierarchy checks numbered parents against their numbered children
// (一、 = 1. + 2. + …), when that reading holds in most places of the block;
// cols are the block's summable columns.
func hierarchy(b *tables.Block, cols []*tables.Column, whole map[int][]int, e *sumEval) []*check {
	r := e.r
	children := map[int][]int{}
	for i, row := range b.Rows {
		if _, ok := whole[row.Parent]; ok {
			continue // wholes checks it
		}
		if row.Parent >= 0 && !row.Subset && row.Level > 0 && !row.Group {
			children[row.Parent] = append(children[row.Parent], i)
		}
	}
	// Count first: the checks are made only when the reading holds.
	ok, fail := 0, 0
	for p := range b.Rows {
		kids := children[p]
		if len(kids) == 0 || b.Rows[p].Total {
			continue
		}
		for _, c := range cols {
			made, holds, ev := e.rowSum(b, p, kids, c)
			if !made {
				continue
			}
			if holds {
				if ev {
					ok++
				}
			} else {
				fail++
			}
		}
	}
	// (a hierarchy the 类/款/项 codes give is no guess: one parent adding
	// up is enough, as long as no more fail)
	if (ok < 2 || ok <= fail) && !(codedParents(b, children) && ok >= 1 && ok >= fail) {
		return nil
	}
	var cs []*check
	for p := range b.Rows {
		kids := children[p]
		if len(kids) == 0 || b.Rows[p].Total {
			continue
		}
		for _, c := range cols {
			if ch := rowSum(b, kHier, p, kids, c, r, e.all); ch != nil {
				cs = append(cs, ch)
			}
		}
	}
	for _, ch := range cs {
		ch.conf = 0.6 + 0.3*float64(ok)/float64(ok+fail)
		ch.basis = "编号层级"
	}
	return cs
}

// unmarkedItems checks a numbered row against the unmarked rows after it,
// up to the next numbered, 其中 or total row ("一、税收收入 ⏎ 增值税 ⏎ 企业所得
// 税 ⏎ … ⏎ 二、非税收入"), when they are its items by the figures: they add
// up to it exactly in two columns or more, and in more columns than they
// fail, or they are indented deeper and add up in one, or they add up in
// one and the block's numbered rows add up so in three columns or more and
// twice as many as fail ("一、政府性基金收入 | 二、政府性基金支出", each over
// its items, in two years). A subtotal that leaves a row out is then found
// where the rows are not linked otherwise.
func unmarkedItems(b *tables.Block, cols []*tables.Column, e *sumEval) []*check {
	type group struct {
		p            int
		kids         []int
		deeper, tail bool // indented deeper; running to the block's end
		ok, fail     int
	}
	var gs []group
	blockOK, blockFail := 0, 0
	for p, row := range b.Rows {
		if row.Marker == "" || row.Total || row.Group || row.Subset || row.Parent >= 0 && b.Rows[row.Parent].Subset {
			continue
		}
		g := group{p: p, deeper: true}
		for i := p + 1; i < len(b.Rows); i++ {
			r := b.Rows[i]
			if r.Total || r.Marker != "" || r.Group || r.Subset || r.Parent >= 0 {
				break
			}
			g.kids = append(g.kids, i)
			g.deeper = g.deeper && r.Indent > row.Indent
		}
		if len(g.kids) < 2 {
			continue
		}
		g.kids = g.kids[:itemsEnd(b, p, g.kids, cols, e)]
		g.tail = g.kids[len(g.kids)-1] == len(b.Rows)-1
		for _, c := range cols {
			made, holds, ev := e.rowSum(b, p, g.kids, c)
			switch {
			case !made:
			case holds && ev:
				g.ok++
			case !holds:
				g.fail++
			}
		}
		blockOK, blockFail = blockOK+g.ok, blockFail+g.fail
		gs = append(gs, g)
	}
	var out []*check
	for _, g := range gs {
		if g.tail && !g.deeper {
			continue // (rows running to the block's end may as well be siblings)
		}
		byBlock := g.ok >= 1 && blockOK >= 3 && blockOK >= 2*blockFail
		if !(g.ok >= 2 && g.ok > g.fail || g.deeper && g.ok >= 1 && g.ok >= g.fail || byBlock) || g.fail == 0 && !e.all {
			continue // (all holding: nothing to report but rounding)
		}
		for _, c := range cols {
			if ch := rowSum(b, kHier, g.p, g.kids, c, e.r, e.all); ch != nil {
				ch.conf = 0.8
				ch.basis = "编号行下的明细"
				out = append(out, ch)
			}
		}
	}
	return out
}

// itemsEnd returns how many of kids, the unmarked rows after numbered row
// p, are its items: all of them, unless they fail p in some column while
// a first run of them (two rows or more) adds up to it in every column
// where it can be read — the rows after are the table's own ("二、政府性
// 基金预算支出 ⏎ its items ⏎ 上级补助收入 ⏎ 专项债务转贷收入 ⏎ 上年结转 ⏎ 收入
// 总计", the balance under the two sections). The longest such run is
// taken.
func itemsEnd(b *tables.Block, p int, kids []int, cols []*tables.Column, e *sumEval) int {
	holds := func(n int) (all, any bool) {
		all = true
		for _, c := range cols {
			made, ok, _ := e.rowSum(b, p, kids[:n], c)
			if made {
				any = true
				all = all && ok
			}
		}
		return all, any
	}
	if all, _ := holds(len(kids)); all {
		return len(kids)
	}
	for n := len(kids) - 1; n >= 2; n-- {
		if all, any := holds(n); all && any {
			return n
		}
	}
	return len(kids)
}

// wholeParents returns the rows whose children (numbered or 其中) are a
// breakdown that is whole by definition (figures.KnownComplete: 公务用车
// 购置及运行费 of 购置费 and 运行费), with those children; nil when none.
func wholeParents(b *tables.Block) map[int][]int {
	var kids map[int][]int
	for i, row := range b.Rows {
		if row.Parent >= 0 && (!row.Group || blankPart(b, i)) && (!b.Rows[row.Parent].Total || row.Subset) {
			if kids == nil {
				kids = map[int][]int{}
			}
			kids[row.Parent] = append(kids[row.Parent], i)
		}
	}
	var out map[int][]int
	for p, ks := range flatWholes(b) {
		if _, ok := kids[p]; !ok {
			if out == nil {
				out = map[int][]int{}
			}
			out[p] = ks
		}
	}
	for p, ks := range kids {
		if len(ks) < 2 {
			continue
		}
		if slices.ContainsFunc(ks, func(i int) bool { return b.Rows[i].Group }) && !holdsInOtherColumns(b, p, ks) {
			continue // a blank part is read as nil only where the other columns say the list is whole
		}
		names := make([]string, len(ks))
		for k, i := range ks {
			names[k] = b.Rows[i].Label
		}
		// (a last part 其他… taken into the list only by guess may be the
		// parent's sibling, "存货 | 其中：开发成本 | 其他流动资产", unless
		// it is the rest of what the parent names: "年度资金总额 | 其中：
		// 财政拨款 | 其他资金")
		other := endsWithOther(names) && (!b.Rows[ks[len(ks)-1]].Guessed || restOf(b.Rows[p].Label, names[len(names)-1]) && !guessedAreSiblings(b, ks))
		if b.Rows[p].Total && !other || !b.Rows[p].Total && !figures.KnownComplete(b.Rows[p].Label, names) && !other {
			continue
		}
		if out == nil {
			out = map[int][]int{}
		}
		out[p] = ks
	}
	return out
}

// blankPart reports a 其中 row with no figure at all followed by a sibling
// ("其中：公务用车购置费 | | | ⏎ 公务用车运行费 | 6.81 | …"): a part that is
// nil, not a heading (which has rows of its own under it).
func blankPart(b *tables.Block, i int) bool {
	row := b.Rows[i]
	if !row.Subset || row.Parent < 0 || i+1 >= len(b.Rows) || b.Rows[i+1].Parent != row.Parent {
		return false
	}
	for _, c := range row.Cells {
		if c.HasValue() {
			return false
		}
	}
	return true
}

// holdsInOtherColumns reports whether rows ks add up exactly to row p in
// two amount columns or more with a figure other than zero, and fail in
// one at most: the list is the parent's whole breakdown.
func holdsInOtherColumns(b *tables.Block, p int, ks []int) bool {
	holds, fails := 0, 0
	for _, c := range b.Columns {
		if c.Role != tables.Amount {
			continue
		}
		total := b.Rows[p].Cells[c.Index].Num
		if total.Kind != figures.Value || total.Mant == 0 {
			continue
		}
		parts := make([]figures.Number, 0, len(ks))
		for _, i := range ks {
			parts = append(parts, asValue(b.Rows[i].Cells[c.Index].Num))
		}
		if sc := figures.CheckSum(parts, total, figures.HalfUp); sc.Exact {
			holds++
		} else {
			fails++
		}
	}
	return holds >= 2 && fails <= 1
}

// flatWholes returns the block's first row with the rows right after it
// when they are the whole breakdown of what it names
// (figures.KnownComplete): "地区生产总值 | 第一产业 | 第二产业 | 其中：工业 |
// 第三产业" lists the three industries under their total without numbers
// or 其中 (the 其中 rows of a part are passed over). Only a table opening
// with the whole is read so: further down, a row named like a whole
// ("4.其他支出" before "基本支出 | 项目支出") is more often another
// level's sibling.
func flatWholes(b *tables.Block) map[int][]int {
	p := slices.IndexFunc(b.Rows, func(r *tables.Row) bool { return !r.Group })
	if p < 0 {
		return nil
	}
	if row := b.Rows[p]; row.Total || row.Subset || row.Parent >= 0 || row.Marker != "" {
		return nil
	}
	var ks []int
	var names []string
	for k := p + 1; k < len(b.Rows) && len(ks) < 6; k++ {
		r := b.Rows[k]
		if r.Subset {
			continue
		}
		if r.Total || r.Group || r.Parent >= 0 || r.Marker != "" {
			return nil
		}
		ks, names = append(ks, k), append(names, r.Label)
		if len(ks) >= 2 && figures.KnownComplete(b.Rows[p].Label, names) {
			return map[int][]int{p: ks}
		}
	}
	return nil
}

// guessedAreSiblings reports whether the rows of ks taken into a 其中 list
// only by guess are the parent's siblings by the block's total: the top
// rows with them add up to the 合计 in an amount column ("财政拨款收入 | 事业
// 收入 | 其中：医疗收入 | 经营收入 | 其他收入 | 合计", the 合计 adding 经营收入
// and 其他收入 beside 事业收入).
func guessedAreSiblings(b *tables.Block, ks []int) bool {
	// the totals: the rows' section is the stretch between the nearest
	// total above them and the next, or the one ending at the nearest total
	// below ("一、本年收入合计 ⏎ … ⏎ 二、本年支出合计 ⏎ …": the income rows add
	// up to the first, not with the spending rows)
	var tots []int
	for i, r := range b.Rows {
		if r.Total && !r.Subtotal {
			tots = append(tots, i)
		}
	}
	if len(tots) == 0 {
		return false
	}
	try := func(total, lo, hi int) bool {
		// the guessed rows from the j-th on as the parent's siblings, the
		// ones before as its parts ("固定资产 ⏎ 其中：房屋及构筑物 ⏎ 车辆 ⏎ 在建
		// 工程 ⏎ 无形资产 ⏎ 其他资产": 车辆 a part, the rest siblings)
		var guessed []int
		for i := lo; i < hi; i++ {
			if r := b.Rows[i]; i != total && r.Guessed && slices.Contains(ks, i) {
				guessed = append(guessed, i)
			}
		}
		for j := range guessed {
			var rows, unmarked []int
			for i := lo; i < hi; i++ {
				r := b.Rows[i]
				// (a guessed row after them taken into a list of one of
				// them is a sibling too: "其他支出 ⏎ 其中：彩票公益金安排的支出 ⏎
				// 债务付息支出", the last guessed under 其他支出)
				if i != total && !r.Total && !r.Group && (r.Parent < 0 && !r.Subset || r.Guessed && (slices.Contains(guessed[j:], i) || i > guessed[j] && guessedUnder(b, i, guessed[j:]))) {
					rows = append(rows, i)
					if r.Marker == "" || r.Guessed {
						// ("业务活动费用 ⏎ 1.人员经费 ⏎ … ⏎ 单位管理费用 ⏎ 其中：… ⏎ 其他费用":
						// the numbered rows are the first row's items)
						unmarked = append(unmarked, i)
					}
				}
			}
			if siblingsAddUp(b, total, rows) || len(unmarked) < len(rows) && siblingsAddUp(b, total, unmarked) {
				return true
			}
		}
		return false
	}
	if len(tots) == 1 {
		return try(tots[0], 0, len(b.Rows))
	}
	above, below := -1, -1
	for k, t := range tots {
		if t < ks[0] {
			above = k
		} else if below < 0 {
			below = k
		}
	}
	if above >= 0 {
		hi := len(b.Rows)
		if above+1 < len(tots) {
			hi = tots[above+1]
		}
		if try(tots[above], tots[above]+1, hi) {
			return true
		}
	}
	if below >= 0 {
		lo := 0
		if below > 0 {
			lo = tots[below-1] + 1
		}
		return try(tots[below], lo, tots[below])
	}
	return false
}

// siblingsAddUp reports whether rows add up to the total row in the
// block's first amount column with figures.
func siblingsAddUp(b *tables.Block, total int, rows []int) bool {
	for _, c := range b.Columns {
		if c.Role != tables.Amount {
			continue
		}
		t := b.Rows[total].Cells[c.Index].Num
		if t.Kind != figures.Value {
			continue
		}
		ns := make([]figures.Number, 0, len(rows))
		for _, i := range rows {
			if n := b.Rows[i].Cells[c.Index].Num; n.Kind == figures.Value {
				ns = append(ns, n)
			}
		}
		return len(ns) >= 2 && figures.SumHolds(ns, t, figures.HalfUp)
	}
	return false
}

// restOf reports whether part, 其他X, is the rest of parent: X is empty or
// named in parent (其他资金 of 年度资金总额, not 其他流动资产 of 存货).
func restOf(parent, part string) bool {
	x := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(part), "其他"))
	if k := strings.IndexAny(x, "（("); k >= 0 {
		x = x[:k]
	}
	return x == "" || cjk.Contains(parent, x)
}

// endsWithOther reports a 其中 list whose last part is the rest (其他资金,
// 其他收入): with it the parts make up their parent ("年度资金总额 | 其中：
// 财政拨款 | 其他资金").
func endsWithOther(names []string) bool {
	if len(names) < 2 {
		return false
	}
	first := strings.TrimSpace(names[0])
	last := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(names[len(names)-1]), "其中："))
	return strings.HasPrefix(first, "其中") && strings.HasPrefix(last, "其他")
}

// wholes checks each parent of wholeParents against the sum of its
// children: an equality, whether the children are numbered or 其中 rows.
func wholes(b *tables.Block, cols []*tables.Column, whole map[int][]int, r figures.Rounding, all bool) []*check {
	var out []*check
	for p, kids := range whole {
		for _, c := range cols {
			if ch := rowSum(b, kHier, p, kids, c, r, all); ch != nil {
				ch.conf = 0.85
				ch.basis = "定义"
				out = append(out, ch)
			}
		}
	}
	sortChecks(out)
	return out
}

// subsets checks that 其中 rows do not add up to more than their parent;
// cols are the block's summable columns.
func subsets(b *tables.Block, cols []*tables.Column, whole map[int][]int, r figures.Rounding, all bool) []*check {
	lists := map[int][]int{} // list head → its rows
	var heads []int
	for i, row := range b.Rows {
		if _, ok := whole[row.Parent]; ok {
			continue // wholes checks it
		}
		if row.Subset && row.Parent >= 0 && row.List >= 0 {
			if _, ok := lists[row.List]; !ok {
				heads = append(heads, row.List)
			}
			lists[row.List] = append(lists[row.List], i)
		}
	}
	var out []*check
	for _, h := range heads {
		idx := lists[h]
		p := b.Rows[h].Parent
		if b.Rows[p].Group || cjk.Contains(b.Rows[p].Label, "净值") || slices.ContainsFunc(idx, func(i int) bool { return figures.Accumulated(b.Rows[i].Label) }) {
			continue // (净值 of 原值 less 累计折旧: not a part of a whole)
		}
		if b.UnitCol >= 0 && slices.ContainsFunc(idx, func(i int) bool { return b.Rows[i].Unit != b.Rows[p].Unit }) {
			continue // "旅游接待总人次 | 万人次 ⏎ 其中：入境游客 | 人次": parts in another unit
		}
		if pu := bracketUnit(b.Rows[p].Label); pu != "" && slices.ContainsFunc(idx, func(i int) bool {
			u := bracketUnit(b.Rows[i].Label)
			return u != "" && u != pu
		}) {
			continue // "生猪年末存栏（万头） ⏎ 其中：能繁母猪（头）": parts in another unit
		}
		if whole := wholeByColumns(b, cols, p, idx, r); whole != nil {
			out = append(out, wholeChecks(b, whole, p, idx, r, all)...)
			continue
		}
		listWhole := wholeColumns(b, cols, p, idx, r) >= 2
		var listOut []*check // this list's checks
		read, over := 0, 0   // the columns its parts were summed in, and those where they exceed p by far
		for _, c := range cols {
			if c.Role == tables.Diff || c.Decrease || changeColumn(c.Name()) {
				continue // (the parts' 核减额 or 比年初增加 may exceed their parent's: a part not listed may have fallen)
			}
			// rowSum(b, kSubset, p, idx, c, r, all), looked at before
			// the check is made
			if !rowSumApplies(b, p, idx, c) {
				continue
			}
			s := rowSumOf(b, p, idx, c, r)
			read++
			if !all && s.Diff.Mant >= 0 {
				// The displayed parts do not exceed the total: the check
				// is dropped below or holds (ok is set), and no rule
				// reads a 其中 check that holds (TBL003 reports failures,
				// diagnose passes over 其中 checks).
				continue
			}
			ch := sumRowsCheck(b, kSubset, p, idx, c, s, all)
			if ch == nil || ch.target.Num.Mant < 0 {
				continue
			}
			negative := false
			for _, pt := range ch.partCells() {
				if pt.Num.Kind == figures.Value && pt.Num.Mant < 0 {
					negative = true
				}
			}
			if negative {
				continue
			}
			// A subset may be smaller: it fails only when it exceeds.
			if ch.sum.Diff.Mant >= 0 {
				ch.ok = true // the displayed parts do not exceed the total
			} else {
				lo := figures.SumInterval(numsOf(ch.partCells()), r).Lo
				hi := ch.target.Num.Interval(r).Hi
				ch.ok = lo.Cmp(hi) <= 0
			}
			if !ch.ok && s.Sum.Float() > 1.3*ch.target.Num.Float() {
				over++ // (by far: a slip in a part, or a part left out of p, is smaller)
			}
			if !ch.ok && !listWhole && prefixMakesTotal(ch.partCells(), ch.target.Num, r) {
				// "其中：门诊收入、住院收入" add up to 医疗收入 and the next row,
				// 科教收入, overshoots by itself: it is the total's sibling,
				// indented like the parts, not a part that makes them too many
				// (unless the whole list makes the total in other columns:
				// then the last row is a part the total left out)
				continue
			}
			ch.conf = 0.9
			ch.basis = "其中"
			if !all && unseen(kSubset, ch.ok, ch.exact) {
				continue
			}
			if !ch.ok {
				ch.sum.Expr = "" // rendered with ">" by expression()
			}
			listOut = append(listOut, ch)
		}
		if over >= 2 && over == read {
			// the parts exceed p by far in every column, this year's and
			// last year's alike: no mistyped cell does that; the list is not
			// p's ("重工业 ⏎ 其中：国有控股企业 ⏎ 私营企业 ⏎ 规模以上工业总产值":
			// a breakdown of the total written below it)
			continue
		}
		out = append(out, listOut...)
	}
	sortChecks(out)
	return out
}

// wholeByColumns returns the columns of a 其中 list (rows idx under row
// p) when the list is the whole of p: its rows add up to p exactly in at
// least two amount columns and in more columns than they fall short in
// ("年度资金总额 | 其中：中央、省级、市级财政资金、学院自筹资金": the full-year
// budget and spending add up, so a 年初预算数 column that falls short has a
// wrong cell); else nil.
func wholeByColumns(b *tables.Block, cols []*tables.Column, p int, idx []int, r figures.Rounding) []*tables.Column {
	if len(idx) < 2 {
		return nil
	}
	var use []*tables.Column
	exact, short := 0, 0
	for _, c := range cols {
		if c.Role != tables.Amount || !rowSumApplies(b, p, idx, c) {
			continue
		}
		use = append(use, c)
		s := rowSumOf(b, p, idx, c, r)
		switch {
		case wholeIn(b, p, idx, c, s):
			exact++
		case !s.Consistent && s.Diff.Mant > 0:
			short++
		}
	}
	if exact < 2 || exact <= short || short == 0 {
		return nil // no evidence, or nothing to report: the subset checks stand
	}
	return use
}

// appendWithoutItems appends the rows of top to dst, leaving out each run
// of two to twelve rows that add up exactly to the row before it, in every
// column where they can be read and with two figures or more in one: the
// row's items, written without 其中 or indentation.
func appendWithoutItems(dst []int, b *tables.Block, top []int, cols []*tables.Column, r figures.Rounding) []int {
	for k := 0; k < len(top); k++ {
		dst = append(dst, top[k])
		if b.Rows[top[k]].Total {
			continue
		}
		// (one item alone when it repeats an earlier row's label: "年初财政
		// 拨款结转和结余 243.58 ⏎ 一般公共预算财政拨款 243.58 ⏎ 政府性基金预算
		// 财政拨款 —", the empty fund passed over as a heading)
		for j := k + 1; j < len(top) && j-k <= 12; j++ {
			if j == k+1 && !repeatLabels(b, top[k], top[k+1:j+1]) {
				continue
			}
			if itemsOf(b, top[k], top[k+1:j+1], cols, r) {
				k = j + moreBreakdowns(b, top[k], top[j+1:], cols, r)
				break
			}
		}
	}
	return dst
}

// appendWithoutNestedItems is appendWithoutItems repeated on its own
// result until no run is left out: items nested two levels deep without
// numbering ("教育支出 ⏎ 教育管理事务 ⏎ 普通教育 ⏎ 学前教育 ⏎ 小学教育 ⏎ … ⏎
// 职业教育 ⏎ …": 普通教育's items first, then 教育支出's).
func appendWithoutNestedItems(dst []int, b *tables.Block, top []int, cols []*tables.Column, r figures.Rounding) []int {
	cur := top
	for {
		next := appendWithoutItems(nil, b, cur, cols, r)
		if len(next) == len(cur) {
			return append(dst, cur...)
		}
		cur = next
	}
}

// moreBreakdowns returns how many rows of rest, right after a run of row
// p's items, are further runs that each add up exactly to p: the same
// whole broken down another way ("医院 ⏎ 公立医院 ⏎ 民营医院 ⏎ 三级医院 ⏎ 二级医院
// ⏎ 一级医院 ⏎ 未定级医院", by ownership, then by grade).
func moreBreakdowns(b *tables.Block, p int, rest []int, cols []*tables.Column, r figures.Rounding) int {
	n := 0
	for {
		found := 0
		for j := 2; j <= len(rest)-n && j <= 12; j++ {
			if itemsOf(b, p, rest[n:n+j], cols, r) {
				found = j
				break
			}
		}
		if found == 0 {
			return n
		}
		n += found
	}
}

// itemsOf reports whether rows idx add up exactly to row p in every column
// of cols where they can be read (rowSumApplies), one at least, and two of
// them or more show figures in one such column, or each repeats the label
// of an earlier row of the block ("一、一般公共预算财政拨款 4,931.01 ⏎ … ⏎
// 年初财政拨款结转和结余 386.64 ⏎ 一般公共预算财政拨款 386.64 ⏎ 政府性基金
// 预算财政拨款 0.00": the carry-over by the block's own funds, one of
// them empty).
func itemsOf(b *tables.Block, p int, idx []int, cols []*tables.Column, r figures.Rounding) bool {
	two := false
	if !itemsOfSum(b, p, idx, cols, r, &two) {
		return false
	}
	return two || repeatLabels(b, p, idx)
}

// repeatLabels reports whether every row of idx, all after row p, bears
// the label (numbering aside) of a row before p.
func repeatLabels(b *tables.Block, p int, idx []int) bool {
	for _, i := range idx {
		l := figures.NormalizeLabel(b.Rows[i].Label)
		if l == "" || !slices.ContainsFunc(b.Rows[:p], func(row *tables.Row) bool { return figures.NormalizeLabel(row.Label) == l }) {
			return false
		}
	}
	return true
}

func itemsOfSum(b *tables.Block, p int, idx []int, cols []*tables.Column, r figures.Rounding, twoOut *bool) bool {
	applied, two := false, false
	for _, c := range cols {
		if !rowSumApplies(b, p, idx, c) {
			continue
		}
		if !rowSumOf(b, p, idx, c, r).Exact {
			return false
		}
		applied = true
		two = two || nonZeroParts(b, idx, c) >= 2
	}
	*twoOut = two
	return applied
}

// nonZeroParts counts the rows of idx with a non-zero figure in column c.
func nonZeroParts(b *tables.Block, idx []int, c *tables.Column) int {
	n := 0
	for _, i := range idx {
		if v := b.Rows[i].Cells[c.Index].Num; v.Kind == figures.Value && v.Mant != 0 {
			n++
		}
	}
	return n
}

// wholeChecks checks rows idx against row p in cols as a sum, an equality.
func wholeChecks(b *tables.Block, cols []*tables.Column, p int, idx []int, r figures.Rounding, all bool) []*check {
	var out []*check
	for _, c := range cols {
		if ch := rowSum(b, kHier, p, idx, c, r, all); ch != nil {
			ch.conf = 0.8
			ch.basis = "其中各列相加"
			out = append(out, ch)
		}
	}
	return out
}

// wholeIn reports whether the rows idx make row p exactly in column c (s
// is their sum there) with at least two of them not blank. (One part alone
// equal to the total, the others blank, is no sign the list is whole:
// 妇幼保健院's beds are all the 专业公共卫生机构's, its 机构数 a part of theirs.)
func wholeIn(b *tables.Block, p int, idx []int, c *tables.Column, s figures.SumCheck) bool {
	return s.Exact && nonZeroParts(b, idx, c) >= 2
}

// wholeColumns counts the amount columns in which the 其中 rows idx make
// their parent p exactly (wholeIn).
func wholeColumns(b *tables.Block, cols []*tables.Column, p int, idx []int, r figures.Rounding) int {
	if len(idx) < 2 {
		return 0
	}
	n := 0
	for _, c := range cols {
		if c.Role == tables.Amount && rowSumApplies(b, p, idx, c) && wholeIn(b, p, idx, c, rowSumOf(b, p, idx, c, r)) {
			n++
		}
	}
	return n
}

// prefixMakesTotal reports whether the first few parts (not all) add up to
// total within rounding.
func prefixMakesTotal(parts []tables.DataCell, total figures.Number, r figures.Rounding) bool {
	nums := numsOf(parts)
	t := total.Interval(r)
	for k := 1; k < len(nums); k++ {
		s := figures.SumInterval(nums[:k], r)
		if s.Lo.Cmp(t.Hi) <= 0 && s.Hi.Cmp(t.Lo) >= 0 {
			return true
		}
	}
	return false
}

func numsOf(cs []tables.DataCell) []figures.Number {
	out := make([]figures.Number, len(cs))
	for i, c := range cs {
		out[i] = c.Num
	}
	return out
}

// simpleList: the covered rows are one flat list (no numbering levels, no
// 其中 rows, no headings) under a total named plainly (合计, 总计).
func simpleList(b *tables.Block, cand []int, t int) bool {
	switch dropSpaces(b.Rows[t].Label) {
	case "合计", "总计", "小计", "共计", "合计数", "总计数":
	default:
		return false
	}
	for _, i := range cand {
		r := b.Rows[i]
		if r.Subset || r.Group || r.Parent >= 0 || cjk.Contains(r.Label, "其中") {
			return false
		}
	}
	return true
}

// numberedList reports whether the candidate rows are items numbered one
// by one in a 序号 column (1, 2, 3, …): such a list is flat, and a total
// that a few of its rows make is one that leaves rows out, not a
// breakdown read wrong.
func numberedList(b *tables.Block, cand []int) bool {
	if b.IndexCol < 0 || len(cand) < 3 {
		return false
	}
	for k, i := range cand {
		if b.Rows[i].Seq != strconv.Itoa(k+1) {
			return false
		}
	}
	return true
}

// smallSubsetFits reports whether some two or three of the candidate rows
// add up to total row t in every summable column that has figures.
func smallSubsetFits(e *sumEval, b *tables.Block, t int, cand []int, cols []*tables.Column) bool {
	var rows []int
	for _, i := range cand {
		if !b.Rows[i].Group && !b.Rows[i].Total {
			rows = append(rows, i)
		}
	}
	if len(rows) > 40 {
		rows = rows[:40]
	}
	fits := func(idx []int) bool {
		checked := 0
		for _, c := range cols {
			made, holds, _ := e.rowSum(b, t, idx, c)
			if !made {
				continue
			}
			if !holds {
				return false
			}
			checked++
		}
		return checked > 0
	}
	var two [2]int
	var three [3]int
	for i := 0; i < len(rows); i++ {
		for j := i + 1; j < len(rows); j++ {
			two = [2]int{rows[i], rows[j]}
			if fits(two[:]) {
				return true
			}
			for k := j + 1; k < len(rows) && len(rows) <= 25; k++ {
				three = [3]int{rows[i], rows[j], rows[k]}
				if fits(three[:]) {
					return true
				}
			}
		}
	}
	return false
}

// listRunsOn reports whether, among rows top of total row t, the unmarked
// rows right after a 其中 list whose parent is one of them, taken into the
// list (the first one to twelve), leave rows that add up to t in every
// column of cols where they can be read, one at least.
func listRunsOn(e *sumEval, b *tables.Block, t int, top []int, cols []*tables.Column) bool {
	var rest []int
	for k, i := range top {
		if i == 0 || !b.Rows[i-1].Subset || b.Rows[i-1].List < 0 || !slices.Contains(top[:k], b.Rows[i-1].Parent) {
			continue
		}
		for j := k; j < len(top) && j-k < 12; j++ {
			r := b.Rows[top[j]]
			if top[j] != i+j-k || r.Marker != "" || r.Total || r.Group || top[j]+1 < len(b.Rows) && b.Rows[top[j]+1].Parent == top[j] {
				break
			}
			rest = append(append(rest[:0], top[:k]...), top[j+1:]...)
			checked, holds := 0, true
			for _, c := range cols {
				made, ok, _ := e.rowSum(b, t, rest, c)
				if made {
					checked++
					holds = holds && ok
				}
			}
			if checked > 0 && holds {
				return true
			}
		}
	}
	return false
}

// bracketUnit returns the unit a row label ends with in brackets, a short
// word ("生猪年末存栏（万头）": 万头), or "".
func bracketUnit(label string) string {
	l := strings.TrimSpace(label)
	if !strings.HasSuffix(l, "）") && !strings.HasSuffix(l, ")") {
		return ""
	}
	k := strings.LastIndexAny(l, "（(")
	if k < 0 {
		return ""
	}
	u := strings.TrimRight(l[k:], "）)")
	u = strings.TrimLeft(u, "（(")
	if n := utf8.RuneCountInString(u); n == 0 || n > 4 || strings.ContainsAny(u, "0123456789") {
		return ""
	}
	return u
}

// changeColumn reports a column of changes by its name (比年初增加,
// 比上年增减, 增加额): the 其中 rows' changes may exceed their parent's.
func changeColumn(name string) bool {
	for _, w := range [...]string{"比年初", "比上年", "较上年", "较年初", "增减", "变动", "增加额", "增长额", "减少额", "调增", "调减"} {
		if cjk.Contains(name, w) {
			return true
		}
	}
	// "预算调整", "调整数": a budget's change in the year (a part's may
	// exceed its parent's, another part having been cut); not "调整预算数"
	// or "调整后预算", the budget after it
	return cjk.Contains(name, "调整") && !cjk.Contains(name, "调整后") && !cjk.Contains(name, "调整预算")
}

// A balance written down one column: "一、政府性基金预算收入 ⏎ items ⏎
// 二、政府性基金预算支出 ⏎ items ⏎ 上级补助收入 ⏎ … ⏎ 收入总计 ⏎ 调出资金 ⏎ … ⏎
// 支出总计". The 收入总计 adds the 收入 head and the rows after the
// 支出 head's items; the 支出总计 the 支出 head and the rows after the
// 收入总计.

// balanceTotals reports whether rows in and out are a 收入总计 and a
// 支出总计.
func balanceTotals(in, out *tables.Row) bool {
	li, lo := tables.Squash(in.Label), tables.Squash(out.Label)
	return strings.HasSuffix(li, "总计") && strings.HasSuffix(lo, "总计") &&
		cjk.Contains(li, "收入") && !cjk.Contains(li, "支出") && cjk.Contains(lo, "支出") && !cjk.Contains(lo, "收入")
}

// spendingHead returns, when row in (at i) and row out are a balance's
// 收入总计 and 支出总计, the one numbered row before in that names 支出
// and not 收入; −1 otherwise.
func spendingHead(b *tables.Block, i int, out *tables.Row) int {
	if !balanceTotals(b.Rows[i], out) {
		return -1
	}
	// the head is the largest of the rows naming 支出, its items being
	// the others (numbered or not, in a 序号 column or none)
	j := slices.IndexFunc(out.Cells, func(c tables.Cell) bool { return c.Num.Kind == figures.Value })
	if j < 0 {
		return -1
	}
	h := -1
	for k := i - 1; k >= 0; k-- {
		r := b.Rows[k]
		if r.Total {
			break
		}
		if l := tables.Squash(r.Label); r.Parent < 0 && !r.Subset && r.Cells[j].Num.Kind == figures.Value && cjk.Contains(l, "支出") && !cjk.Contains(l, "收入") {
			if h < 0 || r.Cells[j].Num.Float() > b.Rows[h].Cells[j].Num.Float() {
				h = k
			}
		}
	}
	return h
}

// incomeSide returns the rows a balance's 收入总计 (row t, a 支出总计
// following it) adds: the largest row naming 收入 (the 收入 head) and the
// unnumbered rows right before t that name no 支出 (上级补助收入, 上年结转,
// …); nil when t is no such total or either part is missing.
func incomeSide(b *tables.Block, t int) []int {
	out := -1
	for k := t + 1; k < len(b.Rows); k++ {
		if b.Rows[k].Total {
			out = k
			break
		}
	}
	if out < 0 || !balanceTotals(b.Rows[t], b.Rows[out]) {
		return nil
	}
	j := slices.IndexFunc(b.Rows[t].Cells, func(c tables.Cell) bool { return c.Num.Kind == figures.Value })
	if j < 0 {
		return nil
	}
	from := t
	for from > 0 {
		r := b.Rows[from-1]
		if r.Total || r.Marker != "" || r.Subset || cjk.Contains(tables.Squash(r.Label), "支出") {
			break
		}
		from--
	}
	if from == t {
		return nil
	}
	h := -1
	for k := from - 1; k >= 0; k-- {
		r := b.Rows[k]
		if r.Total {
			break
		}
		if l := tables.Squash(r.Label); r.Parent < 0 && !r.Subset && r.Cells[j].Num.Kind == figures.Value && cjk.Contains(l, "收入") && !cjk.Contains(l, "支出") {
			if h < 0 || r.Cells[j].Num.Float() > b.Rows[h].Cells[j].Num.Float() {
				h = k
			}
		}
	}
	if h < 0 {
		return nil
	}
	side := []int{h}
	for k := from; k < t; k++ {
		side = append(side, k)
	}
	return side
}

// guessedUnder reports whether row i is a guessed part of a list whose
// parent is one of rows.
func guessedUnder(b *tables.Block, i int, rows []int) bool {
	p := b.Rows[i].Parent
	return p >= 0 && slices.Contains(rows, p)
}

// brokenDownBelow reports whether total row t is followed by a 其中 list
// of its own.
func brokenDownBelow(b *tables.Block, t int) bool {
	return t+1 < len(b.Rows) && b.Rows[t+1].Subset && b.Rows[t+1].Parent == t
}

// codedParents reports whether every parent in children and every child
// of theirs carries a code (301 over 30101 …): the hierarchy is the codes'.
func codedParents(b *tables.Block, children map[int][]int) bool {
	if len(children) == 0 {
		return false
	}
	for p, kids := range children {
		if b.Rows[p].Code == "" {
			return false
		}
		for _, k := range kids {
			if b.Rows[k].Code == "" {
				return false
			}
		}
	}
	return true
}
