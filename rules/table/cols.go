package table

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

func sortChecks(cs []*check) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].target.Span.Start < cs[j].target.Span.Start })
}

// scaled holds a block's figures as integers at one precision, doubled so
// that half a unit of the last digit is an integer: fast exact screening
// of candidate relations before the interval check. The grids are flat,
// row-major, cols wide.
type scaled struct {
	cols int
	m    []int64 // 2·value·10^D
	tol  []int64 // one unit of the cell's last digit at that scale (0 for blanks)
	num  []bool  // usable in arithmetic
	val  []bool  // a value (not blank/dash)

	ints  []int64 // m and tol's backing
	flags []bool  // num and val's
}

func scale(b *tables.Block) *scaled { return scaleInto(new(scaled), b) }

// scaleInto is scale(b) in s, reusing its grids when they are large
// enough: computeShown scales block after block.
func scaleInto(s *scaled, b *tables.Block) *scaled {
	D := 0
	for _, r := range b.Rows {
		for j := range r.Cells { // by index: a cell is large to copy
			if n := &r.Cells[j].Num; n.Kind == figures.Value && n.Dec > D {
				D = n.Dec
			}
		}
	}
	D = min(D, 6)
	w := len(b.Columns)
	g := len(b.Rows) * w
	ints, flags := s.ints, s.flags // two slabs for the four grids
	if cap(ints) < 2*g {
		ints, flags = make([]int64, 2*g), make([]bool, 2*g)
	} else {
		ints, flags = ints[:2*g], flags[:2*g]
		clear(ints)
		clear(flags)
	}
	*s = scaled{cols: w, m: ints[:g:g], tol: ints[g:], num: flags[:g:g], val: flags[g:], ints: ints, flags: flags}
	for i, r := range b.Rows {
		for j := range r.Cells {
			k := i*w + j
			n := &r.Cells[j].Num
			s.num[k] = isNum(*n)
			if n.Kind == figures.Value && n.Dec <= D && (n.Mant < 1<<55 && n.Mant > -(1<<55)) {
				s.m[k] = 2 * n.Mant * pow10(D-n.Dec)
				if c := b.Columns[j]; c.Decrease && c.Role == tables.Amount {
					s.m[k] = -s.m[k] // 调减: subtracted in a sum
				}
				if !n.Exact {
					s.tol[k] = pow10(D - n.Dec) // (a count is no rounded figure: 31 people are 31)
				}
				s.val[k] = true
			} else if n.Kind == figures.Value {
				s.num[k] = false
			}
		}
	}
	return s
}

// holds screens "col t = Σ cols" on row i. It returns whether all cells
// are usable, whether it holds within rounding, and whether it is
// nontrivial evidence (total non-zero, two or more non-zero terms).
func (s *scaled) holds(i, t int, cols []int) (usable, ok, evidence bool) {
	row := i * s.cols
	if !s.num[row+t] || !s.val[row+t] {
		return false, false, false
	}
	sum, tol := int64(0), s.tol[row+t]
	nz := 0
	for _, c := range cols {
		if !s.num[row+c] {
			return false, false, false
		}
		v := s.m[row+c]
		sum += v
		tol += s.tol[row+c]
		if v != 0 {
			nz++
		}
	}
	d := s.m[row+t] - sum
	if d < 0 {
		d = -d
	}
	return true, d <= tol, s.m[row+t] != 0 && nz >= 2
}

// exact reports whether "col t = Σ cols" holds exactly on row i, all its
// cells usable (holds' usable): the scaled figures are the displayed ones
// at one precision, so the displayed sum equals the total exactly when the
// scaled ones do, as sumNumbers' Exact says (TestScaledExact).
func (s *scaled) exact(i, t int, cols []int) bool {
	row := i * s.cols
	sum := int64(0)
	for _, c := range cols {
		sum += s.m[row+c]
	}
	return s.m[row+t] == sum
}

// holdsDiff screens "col t = col a − col b" on row i: holds with signs.
func (s *scaled) holdsDiff(i, t, a, b int) (usable, ok bool) {
	row := i * s.cols
	if !s.num[row+t] || !s.val[row+t] || !s.num[row+a] || !s.num[row+b] {
		return false, false
	}
	sum := s.m[row+a] - s.m[row+b]
	tol := s.tol[row+t] + s.tol[row+a] + s.tol[row+b]
	d := s.m[row+t] - sum
	if d < 0 {
		d = -d
	}
	return true, d <= tol
}

// mval is the scaled figure at row i, column j.
func (s *scaled) mval(i, j int) int64 { return s.m[i*s.cols+j] }

// maskTally counts, for every subset of some candidate columns (a bit
// mask over them), how the relation "column t = Σ subset" fares over a
// block's rows: what scaled.holds says row by row, for all subsets at once,
// each subset's sum made from a smaller subset's plus one column.
type maskTally struct {
	sup []int32 // rows where it holds as evidence (non-zero total, ≥ 2 non-zero terms)
	brk []int32 // rows where it fails
	big []bool  // some supporting row's total has three significant digits

	// per row, by mask
	use []bool // every cell usable
	sum []int64
	tol []int64
	nz  []int32

	amt   []int    // crossFooting's amount columns
	kids  []bool   // headerChildren's flags, by column
	sides [2][]int // and the candidates on either side of one

	// ratioRows flags the rows of block ratioOf that are rows of rates
	// (tables.RatioLabel), worked out once per block, not per column
	ratioOf   *tables.Block
	ratioRows []bool
}

func (mt *maskTally) count(s *scaled, b *tables.Block, t int, cand []int) {
	n := 1 << len(cand)
	if cap(mt.sup) < n {
		mt.sup, mt.brk, mt.big = make([]int32, n), make([]int32, n), make([]bool, n)
		mt.use, mt.sum, mt.tol, mt.nz = make([]bool, n), make([]int64, n), make([]int64, n), make([]int32, n)
	}
	sup, brk, big := mt.sup[:n], mt.brk[:n], mt.big[:n]
	use, sum, tol, nzs := mt.use[:n], mt.sum[:n], mt.tol[:n], mt.nz[:n]
	clear(sup)
	clear(brk)
	clear(big)
	if mt.ratioOf != b {
		mt.ratioOf, mt.ratioRows = b, slices.Grow(mt.ratioRows[:0], len(b.Rows))[:len(b.Rows)]
		for i, r := range b.Rows {
			mt.ratioRows[i] = tables.RatioLabel(r.Label)
		}
	}
	for i := range b.Rows {
		if b.Rows[i].Group || mt.ratioRows[i] {
			continue // (a row of rates, "增减率（%）", does not add up across: no evidence either way)
		}
		row := i * s.cols
		if !s.num[row+t] || !s.val[row+t] {
			continue // no subset is usable on this row
		}
		mt0 := s.m[row+t]
		sig := significant(b.Rows[i].Cells[t].Num)
		use[0], sum[0], tol[0], nzs[0] = true, 0, s.tol[row+t], 0
		for mask := 1; mask < n; mask++ {
			prev := mask & (mask - 1) // without its lowest column
			c := row + cand[bits.TrailingZeros(uint(mask))]
			if use[mask] = use[prev] && s.num[c]; !use[mask] {
				continue
			}
			v := s.m[c]
			sum[mask] = sum[prev] + v
			tol[mask] = tol[prev] + s.tol[c]
			nz := nzs[prev]
			if v != 0 {
				nz++
			}
			nzs[mask] = nz
			d := mt0 - sum[mask]
			if d < 0 {
				d = -d
			}
			if d <= tol[mask] {
				if mt0 != 0 && nz >= 2 {
					sup[mask]++
					if sig {
						big[mask] = true
					}
				}
			} else {
				brk[mask]++
			}
		}
	}
}

// nonZeroTotals counts the rows (headings aside) on which column t holds a
// usable non-zero value: the most rows that can support a sum totalled there.
func nonZeroTotals(b *tables.Block, s *scaled, t int) int {
	n := 0
	for i := range b.Rows {
		if k := i*s.cols + t; !b.Rows[i].Group && s.num[k] && s.val[k] && s.m[k] != 0 {
			n++
		}
	}
	return n
}

// headerChildren marks, in kids (one flag per column of b, grown from the
// scratch given), the columns whose header path puts them under t's 其中
// ("收入合计 › 其中 › 上年结转" under "收入合计"), and counts them. Flags
// rather than a set: crossFooting asks for every amount column.
func headerChildren(b *tables.Block, t *tables.Column, kids []bool) ([]bool, int) {
	kids = slices.Grow(kids[:0], len(b.Columns))[:len(b.Columns)]
	clear(kids)
	name := t.Name()
	if name == "" {
		return kids, 0
	}
	n := 0
	if len(t.Path) >= 2 && isSubtotalName(name) {
		// "本年举借 › 小计 | 新增债券 | 再融资债券": the group's 小计 is the
		// sum of its siblings under the group
		group := t.Path[:len(t.Path)-1]
		for _, c := range b.Columns {
			if c == t || c.Role != tables.Amount {
				continue
			}
			sibling := len(c.Path) == len(t.Path) && slices.Equal(c.Path[:len(c.Path)-1], group)
			// ("基本支出 › 小计 › 其中：人员经费 | 基本支出 › 公用经费": the
			// header read the first part under the 小计 it follows)
			under := len(c.Path) == len(t.Path)+1 && slices.Equal(c.Path[:len(t.Path)], t.Path) && strings.HasPrefix(c.Name(), "其中")
			if sibling || under {
				kids[c.Index] = true
				n++
			}
		}
		if n >= 2 {
			return kids, n
		}
		clear(kids)
		n = 0
	}
	for _, c := range b.Columns {
		if c == t || len(c.Path) <= len(t.Path) {
			continue
		}
		for k := 0; k+1 < len(c.Path); k++ {
			if c.Path[k] == name && strings.HasPrefix(c.Path[k+1], "其中") {
				// a direct child: exactly one label after 其中
				if k+3 == len(c.Path) && !kids[c.Index] {
					kids[c.Index] = true
					n++
				}
				break
			}
		}
	}
	return kids, n
}

// namedParts flags in kids the columns right after t that its name
// declares its parts: "本年收入合计 | 财政拨款收入 | 事业收入 | 其他收入", each
// named by the word t totals (收入) and none a total or another period's.
// It returns how many, 0 unless two or more.
func namedParts(b *tables.Block, t *tables.Column, kids []bool) int {
	name := squashName(t.Name())
	stem, ok := strings.CutSuffix(name, "合计")
	stem = strings.TrimPrefix(stem, "本年")
	if !ok || utf8.RuneCountInString(stem) != 2 || len(t.Path) != 1 {
		return 0
	}
	n := 0
	for _, c := range b.Columns[t.Index+1:] {
		cn := squashName(c.Name())
		if c.Role != tables.Amount || len(c.Path) != 1 || c.Total || c.Year != 0 || c.Period != tables.PeriodUnknown && c.Period != t.Period || !strings.HasSuffix(cn, stem) || cn == stem ||
			cjk.ContainsAnyOf(cn, "上年", "本年", "预算", "决算", "计划") {
			break
		}
		kids[c.Index] = true
		n++
	}
	if n < 2 {
		clear(kids)
		return 0
	}
	return n
}

// completeKids reports whether the columns flagged in kids (t's 其中
// children) are a known whole breakdown of t (figures.KnownComplete:
// 基本支出 and 项目支出 of 支出合计, 人员经费 and 公用经费 of 基本支出).
func completeKids(b *tables.Block, t *tables.Column, kids []bool) bool {
	var names []string
	for _, c := range b.Columns {
		if kids[c.Index] {
			names = append(names, strings.TrimPrefix(strings.TrimPrefix(c.Name(), "其中："), "其中:"))
		}
	}
	whole := t.Name()
	if len(t.Path) >= 2 && isSubtotalName(whole) {
		whole = t.Path[len(t.Path)-2] // "基本支出 › 小计 | 其中：人员经费 | 公用经费"
	}
	return figures.KnownComplete(whole, names)
}

// maskComplete reports whether the columns of mask among cand are a known
// whole breakdown of t (figures.KnownComplete), of what the table's title
// names when t is named 合计 alone.
func maskComplete(b *tables.Block, t *tables.Column, cand []int, mask int) bool {
	var names []string
	for k, c := range cand {
		if mask&(1<<k) != 0 {
			names = append(names, b.Columns[c].Name())
		}
	}
	whole := t.Name()
	if isSubtotalName(whole) || squashName(whole) == "总计" {
		whole = b.Table.Title // "表6 政府采购支出情况表": 合计 | 货物 | 工程 | 服务
	}
	return figures.KnownComplete(whole, names)
}

// crossFooting infers which columns add up to which: for every amount
// column, the set of other amount columns (all on one side of it) whose
// sum equals it on most rows. A relation is accepted with real support —
// three or more rows that agree with non-zero terms, agreement on a clear
// majority, and at least one figure with three significant digits — or,
// when the header declares it (合计 | 其中：A | B), on at least as many rows
// as contradict it. Only rows that break an accepted relation fail.
func crossFooting(b *tables.Block, s *scaled, tally *maskTally, r figures.Rounding, all bool) []*check {
	amt := tally.amt[:0]
	scored := 0 // amount columns headed with their points ("收入任务（30分）")
	for _, c := range b.Columns {
		if c.Role == tables.Amount && !c.PerUnit {
			amt = append(amt, c.Index)
			if pointsHeader(c.Name()) {
				scored++
			}
		}
	}
	if scored >= 2 {
		// "收入任务（30分） | 支出进度（25分） | … | 总得分": each row's
		// total score is the sum of its indicators' scores
		for _, c := range b.Columns {
			if c.Role == tables.ScoreGot && totalScoreName(c.Name()) {
				amt = append(amt, c.Index)
			}
		}
		slices.Sort(amt)
	}
	tally.amt = amt
	if len(amt) < 3 {
		return nil
	}
	var out []*check
	sides := &tally.sides // each side's candidates, reused from column to column
	for ti, t := range amt {
		if nonZeroTotals(b, s, t) < 2 {
			// A row supports a sum only with a non-zero total, and no
			// relation is accepted with fewer than two such rows.
			continue
		}
		tc := b.Columns[t]
		// a 总得分 beside columns headed with their points: those columns are
		// its parts by the header, as a 其中 would say
		scoreTotal := scored >= 2 && tc.Role == tables.ScoreGot
		var nkids int
		tally.kids, nkids = headerChildren(b, tc, tally.kids)
		rolled := false // the parts are a balance's roll-forward, by name
		if nkids == 0 {
			nkids = rollForward(b, tc, tally.kids)
			rolled = nkids > 0
		}
		if nkids == 0 {
			nkids = namedParts(b, tc, tally.kids)
		}
		kidsHdr := tally.kids
		// The best sum so far: the columns of bestMask among side
		// bestSide's candidates, made into best once all are tried.
		bestMask, bestSide, bestSize := 0, 0, 0
		bestSup, bestBrk, bestHdr := -1, 0, false
		for side := 0; side < 2; side++ {
			span := amt[ti+1:]
			if side == 1 {
				span = amt[:ti]
			}
			cand := sides[side][:0]
			for _, c := range span {
				if cu := b.Columns[c].Unit; cu == "" || tc.Unit == "" || cu == tc.Unit {
					cand = append(cand, c)
				}
			}
			if len(cand) > 12 {
				if side == 0 {
					cand = cand[:12]
				} else {
					cand = cand[len(cand)-12:]
				}
			}
			sides[side] = cand // bestMask indexes these
			if len(cand) < 2 {
				continue
			}
			n := len(cand)
			tally.count(s, b, t, cand)
			for mask := 1; mask < 1<<n; mask++ {
				if mask&(mask-1) == 0 {
					continue // a single column is an equality, not a sum
				}
				size := bits.OnesCount(uint(mask))
				hdr := nkids > 0 && size == nkids
				for k := 0; hdr && k < n; k++ {
					if mask&(1<<k) != 0 && !kidsHdr[cand[k]] {
						hdr = false
					}
				}
				if !hdr && scoreTotal && size == scored {
					hdr = true // (small whole scores add up by chance too often to be inferred alone)
					for k := 0; hdr && k < n; k++ {
						if mask&(1<<k) != 0 && !pointsHeader(b.Columns[cand[k]].Name()) {
							hdr = false
						}
					}
				}
				sup, brk, big := int(tally.sup[mask]), int(tally.brk[mask]), tally.big[mask]
				if !big && !hdr {
					continue
				}
				better := sup > bestSup ||
					sup == bestSup && hdr && !bestHdr ||
					sup == bestSup && hdr == bestHdr && (brk < bestBrk || brk == bestBrk && size < bestSize)
				if better {
					bestMask, bestSide, bestSize, bestSup, bestBrk, bestHdr = mask, side, size, sup, brk, hdr
				}
			}
		}
		if bestMask == 0 || bestBrk == 0 && bestSup < 1 {
			continue
		}
		accepted, conf := false, 0.0
		switch {
		case bestSup >= 3 && bestSup >= 2*bestBrk+1:
			accepted, conf = true, 0.7+0.25*float64(bestSup)/float64(bestSup+bestBrk)
			if bestHdr {
				conf = 0.95
			}
		case bestHdr && tc.Total && bestSup >= 2 && bestSup >= bestBrk:
			accepted, conf = true, 0.85
		case bestHdr && tc.Total && bestSup >= 1 && bestSup >= bestBrk && completeKids(b, tc, kidsHdr):
			// 支出合计 | 其中：基本支出 | 项目支出 is the whole breakdown
			// by definition, though most rows have only one of the two
			accepted, conf = true, 0.85
		case bestHdr && rolled && bestSup >= 1 && bestSup >= bestBrk:
			// 年初累计结存 | … | 当期结存 | 年末累计结存: the closing balance
			// is the opening one plus the year's, by definition
			accepted, conf = true, 0.85
		case tc.Total && bestSup >= 2 && bestSup > bestBrk && maskComplete(b, tc, sides[bestSide], bestMask):
			// 本年支出合计 | 基本支出 | 项目支出 without 其中 in the header:
			// the same whole by definition, once two rows agree
			accepted, conf = true, 0.85
		}
		if !accepted {
			continue
		}
		// the columns of the relation, on the stack: most rows of an
		// accepted relation hold, and its checks share one copy made for
		// the first that shows
		var bestBuf [16]int
		best := bestBuf[:0]
		for k, c := range sides[bestSide] {
			if bestMask&(1<<k) != 0 {
				best = append(best, c)
			}
		}
		if bestBrk > 0 && !bestHdr && exactElsewhere(b, s, t, best) {
			// "预算数 | 到位数 | 实际支出 | 结余": 结余 = 到位数 − 实际支出 on
			// every row; 预算数 equals 到位数 on most, so the same parts
			// seem to add up to it too, and break where the two differ
			continue
		}
		var pcols []int
		for i, row := range b.Rows {
			if row.Group || tables.RatioLabel(row.Label) {
				continue // a row of rates ("增减率（%）") does not add up across
			}
			usable, _, _ := s.holds(i, t, best)
			if !usable || row.Subset && !anyValue(row, best) {
				// (nor "其中：上级补助资金 | — | — | 8234.12": a part of the
				// row above, given in the total column only)
				continue
			}
			if !all && r == figures.HalfUp && s.exact(i, t, best) {
				// The displayed figures add up exactly: sumNumbers would
				// find the check unseen. Most rows of an accepted relation
				// do; they are passed over before their figures are read.
				continue
			}
			var buf [16]figures.Number // sumCheck's figures, without the parts' cells
			ns := buf[:0]
			numeric := true
			for _, c := range best {
				cell := row.Cells[c]
				numeric = numeric && numericCell(cell, b.Columns[c]) // allNumeric
				n := asValue(cell.Num)
				if col := b.Columns[c]; col.Decrease && col.Role == tables.Amount {
					n.Mant = -n.Mant // 调减: subtracted
				}
				ns = append(ns, n)
			}
			if !numeric {
				continue
			}
			total := b.At(i, t)
			sc := sumNumbers(ns, asValue(total.Num), r)
			if !all && unseen(kCross, sc.Consistent, sc.Exact) {
				continue
			}
			basis := "按数据推断"
			switch {
			case bestHdr && rolled:
				basis = "表头（年末 = 年初 + 当期）"
			case bestHdr && scoreTotal:
				basis = "表头分值（总得分 = 各项得分之和）"
			case bestHdr:
				basis = "表头“其中”"
			}
			if pcols == nil {
				pcols = slices.Clone(best)
			}
			out = append(out, &check{kind: kCross, block: b, target: total, pcols: pcols, sum: sc, ok: sc.Consistent, exact: sc.Exact, conf: conf, basis: basis})
		}
	}
	return out
}

// exactElsewhere reports whether the columns parts add up, on every row
// where they can be read, to another amount column of block b than t: that
// column is their total, and t only shares its figures on many rows.
func exactElsewhere(b *tables.Block, s *scaled, t int, parts []int) bool {
	for _, u := range b.Columns {
		if u.Index == t || u.Role != tables.Amount || slices.Contains(parts, u.Index) {
			continue
		}
		sup, brk := 0, 0
		for i, row := range b.Rows {
			if row.Group || tables.RatioLabel(row.Label) {
				continue
			}
			usable, ok, evidence := s.holds(i, u.Index, parts)
			if !usable {
				continue
			}
			if !ok {
				brk++
				break
			}
			if evidence {
				sup++
			}
		}
		if brk == 0 && sup >= 3 {
			return true
		}
	}
	return false
}

// differences checks 增减额 columns against 本年 − 上年 (or 决算 − 预算).
func differences(b *tables.Block, s *scaled, r figures.Rounding, all bool) []*check {
	var out []*check
	// on the stack for the usual few amount columns
	var amtBuf [16]int
	var candBuf [64]pair
	amt, haveAmt := amtBuf[:0], false
	cands := candBuf[:0] // reused from column to column
	for _, d := range b.Columns {
		if d.Role != tables.Diff {
			continue
		}
		if !haveAmt {
			haveAmt = true
			for _, c := range b.Columns {
				if c.Role == tables.Amount {
					amt = append(amt, c.Index)
				}
			}
		}
		hdrA, hdrB := headerPair(b, d, amt)
		cands = cands[:0]
		if hdrA >= 0 {
			cands = append(cands, pair{hdrA, hdrB}, pair{hdrB, hdrA})
		}
		for _, a := range amt {
			for _, bb := range amt {
				if a != bb {
					cands = append(cands, pair{a, bb})
				}
			}
		}
		best, bestSup, bestBrk := -1, -1, 0
		for k, p := range cands {
			sup, brk := 0, 0
			for i := range b.Rows {
				if cannotBeat(sup, brk, len(b.Rows)-i, bestSup, bestBrk) {
					break
				}
				usable, ok := s.holdsDiff(i, d.Index, p.a, p.b)
				if !usable {
					continue
				}
				if ok {
					if s.mval(i, d.Index) != 0 {
						sup++
					}
				} else {
					brk++
				}
			}
			if sup > bestSup || sup == bestSup && brk < bestBrk {
				best, bestSup, bestBrk = k, sup, brk
			}
		}
		if best < 0 {
			continue
		}
		p := cands[best]
		fromHdr := hdrA >= 0 && best <= 1
		conf := 0.0
		switch {
		case fromHdr && best == 0 && bestSup >= 1 && bestSup >= bestBrk:
			conf = 0.95
		case fromHdr && best == 0 && bestSup == 0 && bestBrk == 1 && len(b.Rows) == 1:
			conf = 0.8 // a one-row table with a labelled difference
		case bestSup >= 2 && bestSup >= 2*bestBrk+1:
			conf = 0.7 + 0.25*float64(bestSup)/float64(bestSup+bestBrk)
		default:
			continue
		}
		var cols []int // [cur, prev], shared by the column's checks
		for i, row := range b.Rows {
			usable, _ := s.holdsDiff(i, d.Index, p.a, p.b)
			if !usable {
				continue
			}
			ns := [2]figures.Number{asValue(row.Cells[p.a].Num), neg(asValue(row.Cells[p.b].Num))}
			target := b.At(i, d.Index)
			sc := sumNumbers(ns[:], asValue(target.Num), r)
			if !all && unseen(kDiff, sc.Consistent, sc.Exact) {
				continue
			}
			if cols == nil {
				cols = []int{p.a, p.b}
			}
			out = append(out, &check{kind: kDiff, block: b, target: target, pcols: cols, sum: sc, ok: sc.Consistent, exact: sc.Exact, conf: conf, basis: "增减列"})
		}
	}
	return out
}

// cannotBeat reports whether a candidate relation with sup supporting and
// brk breaking rows so far, and left rows still to try, can no longer be
// better than the best one (more support, or as much and fewer breaks):
// trying it on the rest would change nothing.
func cannotBeat(sup, brk, left, bestSup, bestBrk int) bool {
	return sup+left < bestSup || sup+left == bestSup && brk >= bestBrk
}

// ratesShown counts the rows of b with a figure in rate column rc.
// onOpeningBudget reports whether formula alt is the header's formula hdr
// (执行数 ÷ 全年预算数) with the opening budget (年初预算数) for its base.
func onOpeningBudget(b *tables.Block, hdr, alt formula) bool {
	if alt.num != hdr.num || alt.growth || hdr.growth || alt.den < 0 || hdr.den < 0 || alt.den == hdr.den {
		return false
	}
	return cjk.Contains(b.Columns[alt.den].Name(), "年初") && !cjk.Contains(b.Columns[hdr.den].Name(), "年初")
}

func ratesShown(b *tables.Block, rc *tables.Column) int {
	n := 0
	for _, row := range b.Rows {
		if row.Cells[rc.Index].HasValue() {
			n++
		}
	}
	return n
}

// namedColumn returns the one column of amt whose name is name, else the
// one whose name holds it (调整预算 → 调整预算数), other than not; -1 when
// none or several do.
func namedColumn(b *tables.Block, amt []int, name string, not int) int {
	found, n := -1, 0
	for _, i := range amt {
		c := tables.Squash(b.Columns[i].Name())
		if k := strings.IndexAny(c, "(（"); k > 0 {
			c = c[:k] // 调整预算数（万元）
		}
		switch {
		case i == not:
		case c == name:
			return i
		case cjk.Contains(c, name):
			found, n = i, n+1
		}
	}
	if n != 1 {
		return -1
	}
	return found
}

// nearestActual returns the actual column (执行数, 决算数) of amt nearest
// left of rate column rc, other than not; else the nearest amount column
// left of it; -1 when none.
func nearestActual(b *tables.Block, amt []int, rc *tables.Column, not int) int {
	act, any := -1, -1
	for _, i := range amt {
		c := b.Columns[i]
		if i == not || c.Col > rc.Col {
			continue
		}
		any = i
		if c.Actual && !c.Budget {
			act = i
		}
	}
	if act >= 0 {
		return act
	}
	return any
}

// pair is a difference's two columns, a − b.
type pair struct{ a, b int }

// headerPair finds (current, previous) amount columns for a difference or
// growth-rate column from the headers: 本年/上年 or two years, else
// 决算/执行 against 预算. It prefers columns to the left of col.
func headerPair(b *tables.Block, col *tables.Column, amt []int) (int, int) {
	pick := func(f func(c *tables.Column) bool) int {
		best := -1
		for _, i := range amt {
			c := b.Columns[i]
			if !f(c) {
				continue
			}
			if best < 0 || c.Col < col.Col && (b.Columns[best].Col > col.Col || c.Col > b.Columns[best].Col) {
				best = i
			}
		}
		return best
	}
	cur := pick(func(c *tables.Column) bool { return c.Period == tables.PeriodCurrent })
	prev := pick(func(c *tables.Column) bool { return c.Period == tables.PeriodPrevious })
	if cur >= 0 && prev >= 0 {
		return cur, prev
	}
	act := pick(func(c *tables.Column) bool { return c.Actual && !c.Budget })
	bud := pick(func(c *tables.Column) bool { return c.Budget && !c.Actual })
	if act >= 0 && bud >= 0 {
		return act, bud
	}
	return -1, -1
}

// rateScreen is rateOK in floating point, for searching formulas: the
// same interval test with a tiny relative margin, so it can only err on
// exact boundary cases (the emitted checks use rateOK).
func rateScreen(rate, num, den figures.Number, growth, pct, decrease bool) (ok, usable bool) {
	return rateScreenV(screenOf(rate), screenOf(num), screenOf(den), growth, pct, decrease)
}

// screenVal is what rateScreen reads of a figure, worked out once per cell
// when every formula is tried on every row.
type screenVal struct {
	value   bool    // Kind == Value
	zero    bool    // Mant == 0
	percent bool    // shown with %
	v, h    float64 // Float(), and half a unit of the last digit (0 when exact)
}

func screenOf(n figures.Number) screenVal {
	sv := screenVal{value: n.Kind == figures.Value, zero: n.Mant == 0, percent: n.Percent, v: n.Float()}
	if !n.Exact {
		sv.h = 0.5 * math.Pow10(-n.Dec)
	}
	return sv
}

// rateScreenV is rateScreen on figures already read by screenOf.
func rateScreenV(rate, num, den screenVal, growth, pct, decrease bool) (ok, usable bool) {
	if !rate.value || !num.value || !den.value || den.zero {
		return false, false
	}
	nv, dv := num.v, den.v
	nlo, nhi := nv-num.h, nv+num.h
	dlo, dhi := dv-den.h, dv+den.h
	if dlo <= 0 && dhi >= 0 {
		return false, false
	}
	if growth {
		nlo, nhi = nlo-dhi, nhi-dlo
	}
	qs := []float64{nlo / dlo, nlo / dhi, nhi / dlo, nhi / dhi}
	qlo, qhi := qs[0], qs[0]
	for _, q := range qs[1:] {
		qlo, qhi = math.Min(qlo, q), math.Max(qhi, q)
	}
	rv, rh := rate.v, rate.h
	rlo, rhi := rv-rh, rv+rh
	if pct || rate.percent {
		rlo, rhi = rlo/100, rhi/100
	}
	eps := 1e-9 * (math.Abs(qlo) + math.Abs(qhi) + 1)
	if rlo <= qhi+eps && qlo <= rhi+eps {
		return true, true
	}
	if decrease && -rhi <= qhi+eps && qlo <= -rlo+eps {
		return true, true
	}
	return false, true
}

// rateOK reports whether a shown rate agrees with num ÷ den (growth:
// (num − den) ÷ den) within rounding, and the computed value.
func rateOK(rate, num, den figures.Number, growth, pct, decrease bool, r figures.Rounding) (ok bool, computed *big.Rat, usable bool) {
	if rate.Kind != figures.Value || num.Kind != figures.Value || den.Kind != figures.Value || den.Mant == 0 {
		return false, nil, false
	}
	ni := num.Interval(r)
	di := den.Interval(r)
	if growth {
		ni = ni.Sub(di)
	}
	q, okd := ni.Div(di)
	if !okd {
		return false, nil, false
	}
	computed = new(big.Rat).Quo(num.Rat(), den.Rat())
	if growth {
		computed.Sub(computed, big.NewRat(1, 1))
	}
	ri := rate.Interval(r)
	if pct || rate.Percent {
		ri = ri.Scale(big.NewRat(1, 100))
	}
	if ri.Overlaps(q) {
		return true, computed, true
	}
	if decrease && ri.Neg().Overlaps(q) {
		return true, computed, true
	}
	return false, computed, true
}

// formula is a rate's num ÷ den, or (num − den) ÷ den when growth; den is
// -1 for num's figure in the total row (a share), denParent for its
// figure in the row's 其中 parent.
type formula struct {
	num, den int
	growth   bool
}

// denParent is formula.den for a 其中 part's share of its parent.
const denParent = -2

// shareOfParent reports a 其中 row whose parent is a whole for the share
// column rc: the parent's own share is blank or 100 ("次均门诊费用 | … |"
// over 其中：药费 | … | 37.8), not itself a part's (女性 48.90 is no whole
// for a 0—15岁 row put under it).
func shareOfParent(b *tables.Block, row *tables.Row, rc int) bool {
	if !row.Subset || row.Parent < 0 {
		return false
	}
	n := b.Rows[row.Parent].Cells[rc].Num
	switch n.Kind {
	case figures.Blank, figures.Dash:
		return true
	case figures.Value:
		return n.Float() == 100
	}
	return false
}

// rateScratch is rates' working memory, reused from block to block.
type rateScratch struct {
	amt, amounts []int
	secTotal     []int
	cands        []formula
	sv           []screenVal
}

// sectionTotals returns, per row of b, the total row a share in it is
// taken of: first, the block's first total row (not a 小计); when the
// block has several in numbered sections ("一、本年收入合计 … 二、本年支出
// 合计", or "一、收入 ⏎ … ⏎ 本年收入合计 ⏎ 二、支出 ⏎ …"),
// the one heading the row's section — the nearest at or above it when the
// first total row opens the block, else the nearest at or below it. It is
// filled into out (nil when first < 0).
func sectionTotals(b *tables.Block, first int, out []int) []int {
	if first < 0 {
		return out
	}
	out = slices.Grow(out[:0], len(b.Rows))[:len(b.Rows)]
	for i := range out {
		out[i] = first
	}
	var tots [8]int
	n := 0
	marked := true
	for i, row := range b.Rows {
		if row.Total && !row.Subtotal && n < len(tots) {
			marked = marked && row.Marker != ""
			tots[n], n = i, n+1
		}
	}
	// (sections are numbered, in their totals or in a heading row between
	// each two: "一、本年收入合计", "本年收入合计 ⏎ 二、支出 ⏎ … ⏎ 本年支出合计";
	// "资产总额 … 负债总额" are not)
	if n < 2 {
		return out
	}
	for k := 1; k < n && !marked; k++ {
		if !slices.ContainsFunc(b.Rows[tots[k-1]+1:tots[k]], func(r *tables.Row) bool { return r.Group && r.Marker != "" }) {
			return out
		}
	}
	top := first == 0
	for i := range out {
		if top {
			for _, t := range tots[:n] {
				if t <= i {
					out[i] = t
				}
			}
			continue
		}
		out[i] = tots[n-1]
		for k := n - 1; k >= 0; k-- {
			if tots[k] >= i {
				out[i] = tots[k]
			}
		}
	}
	return out
}

// rates checks rate columns. The formula comes from the header where it is
// clear (增减率 from 本年/上年, 执行率 from 执行数/预算数) and is otherwise
// inferred from the figures among all column pairs.
// realGrowth reports a row whose growth Chinese statistics give at
// comparable prices (按可比价格计算): 地区生产总值, GDP, 增加值. Its rate
// cannot be worked out from the nominal figures beside it.
func realGrowth(label string) bool {
	return cjk.Contains(label, "生产总值") || cjk.Contains(label, "增加值") || strings.Contains(label, "GDP")
}

func rates(b *tables.Block, rs *rateScratch, r figures.Rounding, all bool) []*check {
	amt := rs.amt[:0]
	for _, c := range b.Columns {
		if c.Role == tables.Amount || c.Role == tables.Diff {
			amt = append(amt, c.Index)
		}
	}
	rs.amt = amt
	// a rate needs two figure columns, but a share (占比) one: its
	// denominator is the total row of its own column
	if len(amt) < 2 && (len(amt) == 0 || !slices.ContainsFunc(b.Columns, func(c *tables.Column) bool {
		return c.Role == tables.Rate && c.RateKind == tables.RateShare
	})) {
		return nil
	}
	var out []*check
	var sv []screenVal // the block's figures as rateScreen reads them, row-major
	w := len(b.Columns)
	for _, rc := range b.Columns {
		if rc.Role != tables.Rate && !rc.YearRate || rc.RateKind == tables.RateScore {
			continue
		}
		if sv == nil {
			if n := len(b.Rows) * w; cap(rs.sv) < n {
				rs.sv = make([]screenVal, n)
			}
			sv = rs.sv[:len(b.Rows)*w]
			for i, row := range b.Rows {
				for j := range row.Cells {
					sv[i*w+j] = screenOf(row.Cells[j].Num)
				}
			}
		}
		pct := !cjk.Contains(rc.PathString(), "倍")
		cands := rs.cands[:0]
		var hdr formula
		hasHdr := false
		amounts := rs.amounts[:0]
		for _, i := range amt {
			if b.Columns[i].Role == tables.Amount && !b.Columns[i].YearRate {
				amounts = append(amounts, i)
			}
		}
		switch rc.RateKind {
		case tables.RateGrowth:
			if a, p := headerPair(b, rc, amounts); a >= 0 {
				hdr, hasHdr = formula{a, p, true}, true
			}
		case tables.RateExec:
			// The actual column nearest left of the rate, and the budget
			// column nearest left of that (年初预算 | 全年预算 | 执行数 | 执行率).
			act, bud := -1, -1
			undated := false // an actual column without a year: "实际支出" beside "2022年实际支出"
			for _, i := range amounts {
				if c := b.Columns[i]; c.Actual && !c.Budget && c.Col < rc.Col && c.Year == 0 {
					undated = true
				}
			}
			for _, i := range amounts {
				c := b.Columns[i]
				if c.Actual && !c.Budget && c.Col < rc.Col && c.Period != tables.PeriodPrevious && !(undated && c.Year != 0) {
					act = i // (a 控制率 is this year's: not last year's actual)
				}
			}
			for _, i := range amounts {
				c := b.Columns[i]
				if c.Budget && !c.Actual && (act < 0 || c.Col < b.Columns[act].Col) {
					bud = i
				}
			}
			if act >= 0 && bud < 0 {
				// "资金到位情况 › 小计 | 实际支出 | 执行率（%）": with no budget,
				// the spending over the funds received, their total just
				// before it
				for _, i := range amounts {
					if c := b.Columns[i]; c.Total && !c.Actual && c.Col < b.Columns[act].Col && cjk.Contains(c.PathString(), "到位") {
						bud = i
					}
				}
			}
			if act >= 0 && bud >= 0 {
				hdr, hasHdr = formula{act, bud, false}, true
			} else if n, d := stemPair(b, rc, amounts); n >= 0 {
				hdr, hasHdr = formula{n, d, false}, true
			}
		}
		if rc.RateDen != "" {
			// "执行数为调整预算的%": the header names the base
			if n, d := namedColumn(b, amounts, rc.RateNum, -1), namedColumn(b, amounts, rc.RateDen, -1); d >= 0 {
				if n < 0 || n == d {
					n = nearestActual(b, amounts, rc, d)
				}
				if n >= 0 && n != d {
					hdr, hasHdr = formula{n, d, false}, true
				}
			}
		}
		if hasHdr {
			cands = append(cands, hdr)
		}
		for _, a := range amt {
			for _, d := range amounts {
				if a == d {
					continue
				}
				cands = append(cands, formula{a, d, false})
				if b.Columns[a].Role == tables.Amount {
					cands = append(cands, formula{a, d, true})
				}
			}
		}
		// Shares: a figure over its column's total row (占比, 比重): the
		// total of the row's own section when the block has several
		// ("一、本年收入合计 … 二、本年支出合计 …": each heads its rows).
		totalRow := -1
		for i, row := range b.Rows {
			if row.Total && !row.Subtotal {
				totalRow = i
				break
			}
		}
		if totalRow < 0 && rc.RateKind == tables.RateShare {
			totalRow = namedBaseRow(b, rc) // "占地区生产总值比重（%）" over the row 地区生产总值
		}
		if totalRow < 0 && rc.RateKind == tables.RateShare {
			totalRow = hundredRow(b, rc) // "固定资产投资 | … | 100.00" over its breakdowns by 产业 and by 构成
		}
		secTotal := sectionTotals(b, totalRow, rs.secTotal[:0])
		rs.secTotal = secTotal
		if totalRow < 0 && rc.RateKind == tables.RateShare && slices.ContainsFunc(b.Rows, func(r *tables.Row) bool { return r.Subset && r.Parent >= 0 }) {
			// "次均门诊费用 ⏎ 其中：药费 | … | 37.8": with no total row, the
			// 其中 parts' shares of their parent
			for _, a := range amounts {
				f := formula{a, denParent, false}
				if !hasHdr {
					hdr, hasHdr = f, true
					cands = slices.Insert(cands, 0, f)
				} else {
					cands = append(cands, f)
				}
			}
		}
		if totalRow >= 0 {
			for _, a := range amounts {
				f := formula{a, -1, false}
				if rc.RateKind == tables.RateShare && !hasHdr {
					hdr, hasHdr = f, true
					cands = slices.Insert(cands, 0, f)
				} else {
					cands = append(cands, f)
				}
			}
		}
		rs.cands = cands
		denOf := func(f formula, row *tables.Row) figures.Number {
			if f.den == denParent {
				return b.Rows[row.Parent].Cells[f.num].Num
			}
			if f.den < 0 {
				return b.Rows[secTotal[row.Index]].Cells[f.num].Num
			}
			return row.Cells[f.den].Num
		}
		rows := 0 // rows a formula is tried on
		for _, row := range b.Rows {
			if !row.Group {
				rows++
			}
		}
		best, bestSup, bestBrk := -1, -1, 0
		hdrSup, hdrBrk := 0, 0 // the header formula's (cands[0] when hasHdr)
		for k, f := range cands {
			sup, brk, left := 0, 0, rows
			for i, row := range b.Rows {
				if row.Group || f.growth && realGrowth(row.Label) || f.den == denParent && !shareOfParent(b, row, rc.Index) {
					continue
				}
				if cannotBeat(sup, brk, left, bestSup, bestBrk) {
					break
				}
				left--
				var den int // denOf, by index
				if f.den == denParent {
					den = row.Parent*w + f.num
				} else if f.den >= 0 {
					den = i*w + f.den
				} else {
					den = secTotal[i]*w + f.num
				}
				rate := sv[i*w+rc.Index]
				ok, usable := rateScreenV(rate, sv[i*w+f.num], sv[den], f.growth, pct, rc.Decrease)
				if !usable {
					continue
				}
				if ok {
					if !rate.zero {
						sup++
					}
				} else {
					brk++
				}
			}
			if k == 0 && hasHdr {
				hdrSup, hdrBrk = sup, brk
			}
			if sup > bestSup || sup == bestSup && brk < bestBrk {
				best, bestSup, bestBrk = k, sup, brk
			}
		}
		if best < 0 {
			continue
		}
		if hasHdr && best != 0 && rc.RateKind == tables.RateExec && onOpeningBudget(b, cands[0], cands[best]) && ratesShown(b, rc) <= 2 {
			// "年初预算数 | 全年预算数 | 全年执行数 | 执行率" in a 自评表's one line:
			// a rate that fits the 年初 budget only is the usual slip, not
			// the table's formula
			best, bestSup, bestBrk = 0, hdrSup, hdrBrk
		}
		if hasHdr && best != 0 && rc.RateKind == tables.RateGrowth && cands[0].growth && cands[best].den == cands[0].num && hdrSup >= 3 && hdrSup >= 2*hdrBrk+1 {
			// "246 | 265 | -19 | -7.7" among rates of a few per cent: a
			// change over this year's figure rounds like the growth over
			// last year's on most rows, and so fits the row worked out on
			// that wrong base too; but a growth rate's base is last year's,
			// and the header's formula holds on most rows: it is the table's
			best, bestSup, bestBrk = 0, hdrSup, hdrBrk
		}
		f := cands[best]
		isHdr := hasHdr && best == 0
		conf := 0.0
		switch {
		case isHdr && bestSup >= 1 && bestSup >= bestBrk:
			conf = 0.9
		case isHdr && bestSup == 0 && bestBrk >= 1 && ratesShown(b, rc) <= 2 && !f.growth:
			// a one-line table (or one line with a rate, as in 项目支出绩效
			// 自评表's 年度资金总额 over its 其中 rows): the header alone names
			// the formula
			conf = 0.6
		case bestSup >= 2 && bestSup >= 2*bestBrk+1:
			conf = 0.65 + 0.25*float64(bestSup)/float64(bestSup+bestBrk)
		default:
			continue
		}
		for i, row := range b.Rows {
			if row.Group || f.growth && realGrowth(row.Label) || f.den == denParent && !shareOfParent(b, row, rc.Index) {
				continue
			}
			rate, num, den := row.Cells[rc.Index].Num, row.Cells[f.num].Num, denOf(f, row)
			if targetReckonedOtherwise(rate, num, den) {
				continue
			}
			ok, usable := rateScreen(rate, num, den, f.growth, pct, rc.Decrease)
			if !usable {
				continue
			}
			confirmed := false
			if !ok || r != figures.HalfUp {
				// Confirm exactly (and show the computed value).
				ok, usable = rateCheck(rate, num, den, f.growth, pct, rc.Decrease, r)
				if !usable {
					continue
				}
				confirmed = true
			}
			if !ok && f.den == -1 && row.Subset && row.Parent >= 0 && partsOnParent(b, rc, f.num, pct, r) {
				// "一、医疗业务成本 87.18 ⏎ 其中：人员经费 37.68 ⏎ 药品费 23.01":
				// the 其中 parts' shares are of their parent, every one
				continue
			}
			numCol, growth := f.num, f.growth
			if ok && f.growth && f.den >= 0 {
				// "4.00 | 3.85 | 0.15 | 3.75": 4.00 − 3.85 may be anything
				// from 0.14 to 0.16, which 3.75% fits; but 3.75% is the
				// row's own 增减额 over this year's 4.00, not over last
				// year's 3.85 (the usual wrong base), and 0.15 ÷ 3.85 is not
				// 3.75% (a rate rounded from other figures fits either)
				if dc := diffColumnOf(b, row, f, r); dc >= 0 {
					d := row.Cells[dc].Num
					ok2, usable2 := rateCheck(rate, d, den, false, pct, rc.Decrease, r)
					if onCur, usable3 := rateCheck(rate, d, num, false, pct, rc.Decrease, r); usable2 && !ok2 && usable3 && onCur {
						ok, confirmed, numCol, growth, num = false, true, dc, false, row.Cells[dc].Num
					}
				}
			}
			if !all && unseen(kRate, ok, false) {
				continue
			}
			var denCell tables.DataCell
			if f.den == denParent {
				denCell = b.At(row.Parent, f.num)
			} else if f.den >= 0 {
				denCell = b.At(i, f.den)
			} else {
				denCell = b.At(secTotal[i], f.num)
			}
			ch := &check{kind: kRate, block: b, target: b.At(i, rc.Index), parts: []tables.DataCell{b.At(i, numCol), denCell}, growth: growth, share: f.den < 0, pct: pct, decrease: rc.Decrease, ok: ok, conf: conf, basis: "比率列"}
			if confirmed {
				ch.rate = rateResultOf(rate, num, den, growth, pct || rate.Percent)
			}
			out = append(out, ch)
		}
	}
	return out
}

// targetReckonedOtherwise reports a completion rate over a target written
// as a bound, which performance tables do not reckon as actual ÷ target:
// a ceiling (≤5.5%, met by staying under it: 4.9% counts 100%) and a floor
// met or exceeded whose rate is capped at 100% (≥200人次, 236人次, 100.00).
func targetReckonedOtherwise(rate, num, den figures.Number) bool {
	switch den.Bound {
	case "≤", "<=", "<", "＜":
		return true
	case "≥", ">=", ">", "＞":
		return rate.Float() == 100 && num.Float() >= den.Float()
	}
	return false
}

// diffColumnOf returns the 增减额 column of block b whose cell in row is
// the growth formula f's difference (this year's less last year's, to
// rounding), -1 when there is none.
func diffColumnOf(b *tables.Block, row *tables.Row, f formula, r figures.Rounding) int {
	cur, prev := row.Cells[f.num].Num, row.Cells[f.den].Num
	for _, c := range b.Columns {
		if c.Role != tables.Diff || c.Decrease {
			continue
		}
		d := row.Cells[c.Index].Num
		if d.Kind == figures.Value && cur.Kind == figures.Value && prev.Kind == figures.Value && figures.SumHolds([]figures.Number{cur, neg(prev)}, d, r) {
			return c.Index
		}
	}
	return -1
}

// stemPair reads a rate named after its figure (到位率, 支出率) as that
// column over the amount column nearest left of it: 到位率 = 到位数 ÷ 下达数
// in "下达数 | 到位数 | 到位率". -1 when no column before the rate is named
// after it.
func stemPair(b *tables.Block, rc *tables.Column, amounts []int) (num, den int) {
	name := squashName(rc.Name())
	name = strings.TrimSuffix(strings.TrimSuffix(name, "%"), "（%）")
	stem, ok := strings.CutSuffix(name, "率")
	if !ok || utf8.RuneCountInString(stem) < 2 {
		return -1, -1
	}
	num, den = -1, -1
	for _, i := range amounts {
		if c := b.Columns[i]; c.Col < rc.Col && cjk.Contains(squashName(c.Name()), stem) {
			num = i
		}
	}
	if num < 0 {
		return -1, -1
	}
	for _, i := range amounts {
		if c := b.Columns[i]; c.Col < b.Columns[num].Col && !cjk.Contains(squashName(c.Name()), stem) {
			den = i
		}
	}
	if den < 0 {
		return -1, -1
	}
	return num, den
}

// anyValue reports whether row shows a figure in one of the columns cols.
func anyValue(row *tables.Row, cols []int) bool {
	for _, c := range cols {
		if row.Cells[c].Num.Kind == figures.Value {
			return true
		}
	}
	return false
}

// partsOnParent reports whether the shares shown in rate column rc for 其中
// parts are all of their parent's figure in column num, and none of the
// total's: two of them at least, so that one share on the wrong base (the
// usual mistake) stays a finding.
func partsOnParent(b *tables.Block, rc *tables.Column, num int, pct bool, r figures.Rounding) bool {
	total := -1
	for i, row := range b.Rows {
		if row.Total && !row.Subtotal {
			total = i
			break
		}
	}
	n := 0
	for _, row := range b.Rows {
		rate := row.Cells[rc.Index].Num
		if !row.Subset || row.Parent < 0 || rate.Kind != figures.Value {
			continue
		}
		part := row.Cells[num].Num
		ok, usable := rateCheck(rate, part, b.Rows[row.Parent].Cells[num].Num, false, pct, rc.Decrease, r)
		if !usable || !ok {
			return false
		}
		if total >= 0 {
			if ok2, usable2 := rateCheck(rate, part, b.Rows[total].Cells[num].Num, false, pct, rc.Decrease, r); usable2 && ok2 {
				return false
			}
		}
		n++
	}
	return n >= 2
}

// namedBaseRow returns the one row of b named as the base of share column
// c ("占地区生产总值比重（%）": the row 地区生产总值), −1 for none: a table
// with no 合计 row whose shares are of a row named otherwise.
func namedBaseRow(b *tables.Block, c *tables.Column) int {
	n, ok := strings.CutPrefix(squashName(c.Name()), "占")
	if !ok {
		return -1
	}
	for _, suf := range [...]string{"的比重", "比重", "的比例", "比例"} {
		if base, ok := strings.CutSuffix(n, suf); ok {
			n = base
			break
		}
	}
	if utf8.RuneCountInString(n) < 2 {
		return -1
	}
	found := -1
	for i, row := range b.Rows {
		if row.Group || tables.Squash(row.Label) != n {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// hundredRow returns the one row whose share in column c is 100 (100,
// 100.0, 100.00), the base of the column's shares when no row is labelled
// a total: −1 for none or several.
func hundredRow(b *tables.Block, c *tables.Column) int {
	found := -1
	for i, row := range b.Rows {
		n := row.Cells[c.Index].Num
		if row.Group || n.Kind != figures.Value || n.Mant == 0 {
			continue
		}
		if n.Dec < 0 || n.Dec > 4 || n.Mant != 100*pow10(n.Dec) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// pointsHeader reports a column header that gives an indicator's points in
// brackets: "收入任务（30分）", "资金监管(20分)".
func pointsHeader(name string) bool {
	n := strings.TrimSpace(name)
	return strings.HasSuffix(n, "分）") || strings.HasSuffix(n, "分)")
}

// totalScoreName reports a score column naming the row's total score.
func totalScoreName(name string) bool {
	switch squashName(name) {
	case "总得分", "合计得分", "得分合计", "总分", "综合得分", "考核总分", "总评分":
		return true
	}
	return false
}
