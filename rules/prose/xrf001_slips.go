package prose

import (
	"cmp"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// unitSlips reports prose amounts that no cell matched but that a row of
// exactly their name shows in the other unit of money: "差旅费111636.24
// 万元" where the row 差旅费 shows 11.16万元 (the 元 figure written 万元),
// "利息费用2,444.11元" where it shows 2,444.11万元. A list part or a
// figure whose label matched no column never reaches the comparisons above;
// the name and the ten-thousandfold slip together are the evidence.
func unitSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	var byName exactNames // the cells of each exact name (cellsByExactName), made on first use
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || f.basis == basisUnknown {
			continue
		}
		fe, ok := figures.UnitExp(f.q.Unit)
		if !ok || significant(f.q.Number) < 3 {
			continue
		}
		name := x.proseLabels.labels[f.lbl].S
		if byName.ids == nil {
			byName = cellsByExactName(x, cfs)
		}
		var hit *cellFacts
		hits := 0
		cells := byName.of(name)
		if bare, ok := strings.CutPrefix(name, "资金"); ok && len(cells) == 0 && cjk.RuneCountUpTo(bare, 2) == 2 {
			// "2024年末，资金结转3,007.05元" in a report on one fund: the
			// column 年末结转 (or 年初结转) of its 合计 row; the slip tells
			// which
			for _, period := range [...]string{"", "年初", "年末"} {
				cells = append(cells[:len(cells):len(cells)], byName.of(period+bare)...)
			}
		}
		if len(cells) == 0 {
			// "…首次创业人员发放一次性创业补贴": the name after its verb
			cells = byName.of(afterVerb(name))
		}
		if f.q.Period == "年初" || f.q.Period == "年末" {
			// "年末结转结余940,367.50万元": the period read apart from the name
			cells = append(cells[:len(cells):len(cells)], byName.of(f.q.Period+name)...)
		}
		if len(cells) == 0 && significant(f.q.Number) >= 5 && cjk.RuneCountUpTo(name, 4) == 4 {
			// "基金支出45,318.09元" in a paragraph on one fund, whose row
			// 机关事业单位基本养老保险基金支出 shows 45,318.09万元: the row
			// showing the same digits under a name that ends with the
			// figure's
			for _, k := range rowsShowing(x.byMant(), cfs, f.q.Mant, f.q.Dec) {
				if cf := &cfs[k]; cf.rowNamed() && strings.HasSuffix(x.cellLabels.labels[cf.rowLbl].S, name) {
					cells = append(cells, int32(k))
				}
			}
		}
		fy, fb := x.figureYear(f), x.figureBasis(f) // (the figure's, read once for its cells)
		for _, k := range cells {
			cf := &cfs[k]
			ce, ok := figures.UnitExp(cf.unit)
			if !ok || !x.yearsAgree(fy, cf.year) || !fb.compatible(cf.basis) {
				continue
			}
			if agrees(f, cf) == 1 {
				hit, hits = nil, 2 // shown right somewhere: no slip
				break
			}
			if slipOf(f.q.Number, fe, cf.number(), ce) {
				switch {
				case hit == nil:
					hits++
					hit = cf
				case !sameAmount(hit, cf):
					hits++
					hit = cf
				case cf.mant == f.q.Mant && int(cf.dec) == f.q.Dec:
					// 206.00万元 and 2,060,000.00元 are one amount: the
					// figure's own digits in the other unit say the slip best
					hit = cf
				}
			}
		}
		if hits != 1 {
			continue
		}
		reported[i] = true
		why := "两数相差一万倍，疑似元与万元写混"
		if f.q.Unit == "亿元" || hit.unit == "亿元" || f.q.Unit == "万元" && hit.unit == "万元" && hit.number().Float() > f.q.Float() {
			// (33.24万元 for the table's 332396.66万元: 亿元 written 万元)
			why = "两数相差一万倍，疑似万元与亿元写混"
		}
		reportXref(p, f, hit, audit.Warning, 0.7, why)
	}
}

// sameAmount reports whether two cells show one amount, each in its own
// unit (206.00万元 and 2,060,000.00元).
func sameAmount(a, b *cellFacts) bool {
	if a.mant == b.mant && a.dec == b.dec && a.unit == b.unit {
		return true
	}
	// a in b's unit, the point moved (it fails when b's is the smaller)
	an, bn := a.number(), b.number()
	an.Unit, bn.Unit = a.unit, b.unit
	if x, ok := figures.InUnitOf(figures.Quantity{Number: an}, b.unit); ok {
		return x.Rat().Cmp(bn.Rat()) == 0
	}
	if y, ok := figures.InUnitOf(figures.Quantity{Number: bn}, a.unit); ok {
		return y.Rat().Cmp(an.Rat()) == 0
	}
	return false
}

// pow10s are math.Pow(10, k) for k from −48 to 48, made by math.Pow
// itself: slipOf's screen takes these powers for every cell it screens,
// and math.Pow is slow.
var pow10s = func() (t [97]float64) {
	for i := range t {
		t[i] = math.Pow(10, float64(i-48))
	}
	return t
}()

// pow10f is math.Pow(10, k).
func pow10f(k int) float64 {
	if k >= -48 && k <= 48 {
		return pow10s[k+48]
	}
	return math.Pow(10, float64(k))
}

// slipOf reports whether amount a in units of 10^ae, read in a unit ten
// thousand times larger or smaller, is cell c in units of 10^ce at c's
// displayed precision, or c rounds to a at a's (four digits or more).
func slipOf(a figures.Number, ae int, c figures.Number, ce int) bool {
	if c.Kind != figures.Value || c.Mant == 0 {
		return false
	}
	half := 0.5 * pow10f(-c.Dec)
	for _, shift := range [...]int{-4, 4} {
		// (a screen in floats first: most pairs are far apart; the
		// tolerance is the coarser of the two figures' last places)
		scale := pow10f(ae + shift - ce)
		tol := max(half, 0.5*pow10f(-a.Dec)*scale)
		if v := a.Float() * scale; math.Abs(v-c.Float()) > tol*1.001+1e-9*math.Abs(v) {
			continue
		}
		// a·10^(ae+shift) in units of 10^ce
		v := new(big.Rat).Set(a.Rat())
		e := ae + shift - ce
		p := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs(e))), nil))
		if e >= 0 {
			v.Mul(v, p)
		} else {
			v.Quo(v, p)
		}
		iv := c.Interval(figures.HalfUp)
		if v.Cmp(iv.Lo) >= 0 && v.Cmp(iv.Hi) <= 0 {
			return true
		}
		// or the cell, read in the text's unit, rounds to the text's
		// figure ("33.24万元" for 332396.66万元: 33.24亿元 to two places)
		if significant(a) >= 4 {
			w := new(big.Rat).Set(c.Rat())
			if e >= 0 {
				w.Quo(w, p)
			} else {
				w.Mul(w, p)
			}
			if ia := a.Interval(figures.HalfUp); w.Cmp(ia.Lo) >= 0 && w.Cmp(ia.Hi) <= 0 {
				return true
			}
		}
	}
	return false
}

// significant is the number of significant digits of n as written.
func significant(n figures.Number) int {
	m := n.Mant
	if m < 0 {
		m = -m
	}
	d := 0
	for ; m > 0; m /= 10 {
		d++
	}
	return d
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// exactNames is cellsByExactName's index: the cells of each name, in
// cell order.
type exactNames struct {
	ids   map[string]int32 // the number of each name
	cells [][]int32        // by name number
}

// of returns the cells of name n.
func (e *exactNames) of(n string) []int32 {
	if id, ok := e.ids[n]; ok {
		return e.cells[id]
	}
	return nil
}

// cellsByExactName indexes the amount cells of known unit by the names
// they are called exactly: their row's, and for a cell of a total row its
// column's too ("节约资金" of the 合计 row). The (name, cell) pairs are
// listed and then grouped, in one array; a cell label's name is looked up
// once, not once per cell.
func cellsByExactName(x *xrefFacts, cfs []cellFacts) exactNames {
	e := exactNames{ids: map[string]int32{}}
	id := func(n string) int32 {
		i, ok := e.ids[n]
		if !ok {
			i = int32(len(e.ids))
			e.ids[n] = i
		}
		return i
	}
	ofLabel := make([]int32, len(x.cellLabels.labels)) // the number of each cell label's name, plus one (0: not yet)
	labelID := func(l int32) int32 {
		if ofLabel[l] == 0 {
			ofLabel[l] = id(x.cellLabels.labels[l].S) + 1
		}
		return ofLabel[l] - 1
	}
	var keys, vals []int32
	add := func(key int32, k int) { keys, vals = append(keys, key), append(vals, int32(k)) }
	for k := range cfs {
		cf := &cfs[k]
		if cf.percent || !cf.known {
			continue
		}
		row := ""
		if cf.rowNamed() {
			row = x.cellLabels.labels[cf.rowLbl].S
			add(labelID(cf.rowLbl), k)
			if t, ok := strings.CutSuffix(row, "合计"); ok && cf.r.Total && utf8.RuneCountInString(t) >= 4 {
				add(id(t), k) // "一般公共预算支出合计" is the 一般公共预算支出
			}
		}
		if cf.r.Total && !cf.r.Subtotal || !cf.rowNamed() {
			// (a row of no name, a table's one line: its columns name the items)
			for _, l := range cf.labels() {
				if n := x.cellLabels.labels[l].S; n != row {
					add(labelID(l), k)
					if y := withoutYear(n); y != n {
						add(id(y), k) // (the text names the year apart, if at all)
					}
				}
			}
		}
	}
	var g grouping
	e.cells = g.by(len(e.ids), keys, vals)
	return e
}

// withoutYear returns a column name without the year it opens with:
// "2023年实际支出" → "实际支出", "2023年末结转结余" → "年末结转结余".
func withoutYear(n string) string {
	if len(n) < 7 || !isDigits4(n[:4]) || !strings.HasPrefix(n[4:], "年") {
		return n
	}
	if rest := n[4+len("年"):]; !strings.HasPrefix(rest, "末") && !strings.HasPrefix(rest, "初") {
		return rest
	}
	return n[4:]
}

func isDigits4(s string) bool {
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// tableRefSlips reports a prose amount whose sentence points to a table
// ("财政拨款支出决算2336.52万元，完成年初预算的105.62%（详见表4）") that it
// matches nowhere, where one total of that table is the amount with two
// adjacent digits swapped (2,363.52): the reference ties the figure to the
// table, and the swap to the cell.
func tableRefSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || !figures.IsMoneyUnit(f.q.Unit) || significant(f.q.Number) < 4 {
			continue
		}
		sent := f.u.sentenceOf(f.q.Start)
		n := referredTable(f.u.text[sent.Start:sent.End])
		if n == 0 {
			continue
		}
		var hit *cellFacts
		hits, shown := 0, false
		for k := range cfs {
			cf := &cfs[k]
			if !numberedAs(cf.blk.Table, n) || cf.percent || !cf.known || cf.unit != f.q.Unit {
				continue
			}
			if agrees(f, cf) == 1 {
				shown = true
				break
			}
			if !cf.r.Total || cf.r.Subtotal || !x.yearsAgree(f.year, cf.year) {
				continue
			}
			if transposed(f.q.Number, cf.number()) {
				if hit == nil || hit.mant != cf.mant || hit.dec != cf.dec {
					hits++
				}
				hit = cf
			}
		}
		if shown || hits != 1 {
			continue
		}
		reported[i] = reportXref(p, f, hit, audit.Warning, 0.7, "句中注明见该表，两数只差相邻两位数字的顺序")
	}
}

// referredTable returns the number of the one table a sentence refers to
// ("详见表4", "见表3", "（表2）"), 0 when none or several.
func referredTable(s string) int {
	n := 0
	for i := 0; ; {
		k := cjk.Index(s[i:], "表")
		if k < 0 {
			break
		}
		i += k + len("表")
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i || j-i > 2 {
			continue
		}
		before := s[:i-len("表")]
		if !strings.HasSuffix(before, "见") && !strings.HasSuffix(before, "（") && !strings.HasSuffix(before, "如") {
			continue
		}
		v, _ := strconv.Atoi(s[i:j])
		if n != 0 && n != v {
			return 0
		}
		n = v
	}
	return n
}

// numberedAs reports whether table t is the text's 表n: by the number its
// caption gives it ("表4 2023年度…"), else by its place in the document.
func numberedAs(t *tables.Table, n int) bool {
	c := strings.TrimSpace(t.Title)
	if rest, ok := strings.CutPrefix(c, "表"); ok {
		j := 0
		for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
			j++
		}
		if v, err := strconv.Atoi(rest[:j]); err == nil && j > 0 {
			return v == n
		}
	}
	return t.Number == n
}

// listUnitSlips reports an amount in 元 among amounts in 万元 in its
// sentence (or the other way round) whose digits, read in the others'
// unit, are exactly one table cell of that unit: "其中，中央资金2,752.13元，
// 省级资金295.80万元，市级资金88.20万元…" and the table's 中央财政资金
// 2,752.13万元. The siblings and the digits together are the evidence.
func listUnitSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || !figures.IsMoneyUnit(f.q.Unit) || significant(f.q.Number) < 4 {
			continue
		}
		sent := f.u.sentenceOf(f.q.Start)
		other, same := "", 0
		for j := range f.u.st.Quantities {
			q := &f.u.st.Quantities[j]
			if q.Start < sent.Start || q.Start >= sent.End || q.Start == f.q.Start || q.Percent || !figures.IsMoneyUnit(q.Unit) {
				continue
			}
			switch {
			case q.Unit == f.q.Unit:
				same++
			case other == "" || other == q.Unit:
				other = q.Unit
			default:
				other = "-" // three units: no one odd
			}
		}
		if same > 0 || other == "" || other == "-" || !siblingsCount(f, sent, other, 1) {
			continue
		}
		// the cell showing the digits in the siblings' unit: a total row's
		// (the figure ties to a table as a whole) with one sibling, any with two
		var hit *cellFacts
		for k := range cfs {
			cf := &cfs[k]
			if cf.percent || !cf.known || cf.unit != other || cf.mant != f.q.Mant || int(cf.dec) != f.q.Dec {
				continue
			}
			if hit == nil || cf.r.Total && !hit.r.Total {
				hit = cf
			}
		}
		if hit == nil || !hit.r.Total && !siblingsCount(f, sent, other, 2) {
			continue
		}
		reported[i] = reportXref(p, f, hit, audit.Warning, 0.7, fmt.Sprintf("同句其他金额都以%s为单位，此数按%s读与该表一致，疑似单位写错", other, other))
	}
}

// siblingsCount reports whether f's sentence (sent) holds at least n
// amounts in unit.
func siblingsCount(f *pfig, sent figures.Range, unit string, n int) bool {
	c := 0
	for j := range f.u.st.Quantities {
		q := &f.u.st.Quantities[j]
		if q.Start >= sent.Start && q.Start < sent.End && q.Unit == unit && !q.Percent {
			c++
		}
	}
	return c >= n
}

// rowSlips reports a prose amount shown in no cell that, with two adjacent
// digits swapped, is a cell of the row another figure of its sentence is
// shown in: "全年累计实施医疗救助28082人次，支出医疗救助资金1219.60万元"
// against the row 合计 | 28082 | 1291.60. Labels need not pair them (the
// row is 合计); the anchor ties the sentence to the row — five significant
// digits or more, shown in that one row only, which chance does not do —
// and the swap, in the same unit, is the evidence.
func rowSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || significant(f.q.Number) < 4 {
			continue
		}
		sent := f.u.sentenceOf(f.q.Start)
		byMant := x.byMant()
		if shownAnywhere(byMant, cfs, f.q.Mant, f.q.Dec) {
			continue // no slip
		}
		// the anchor: any figure of the sentence (a count of 人次 too,
		// which XRF001 does not compare)
		for _, a := range f.u.st.Quantities {
			if a.Start == f.q.Start || a.Percent || a.Approx || significant(a.Number) < 5 || a.Start < sent.Start || a.Start >= sent.End {
				continue
			}
			// the rows that show the anchor: the one of them with a cell f
			// is a slip of ("其中2024年到位3,352.38万元" is in the 合计 rows
			// of the funds table and of the projects' budget table)
			var cf *cellFacts
			for _, k := range rowsShowing(byMant, cfs, a.Mant, a.Dec) {
				if c := transposedInRow(x, cfs, k, f); c != nil {
					if cf != nil && cf.r != c.r && (cf.mant != c.mant || cf.dec != c.dec || cf.unit != c.unit) {
						cf = nil // (two rows, two readings; the same figure in several tables is one)
						break
					}
					cf = c
				}
			}
			if cf != nil && shownInSummary(p, x, f) && !cellNamed(x, cf, x.label(f)) && !columnNamesFigure(cf, x.label(f).S) {
				// the figure is a two-sided summary table's (which gives no
				// cells), the row's cell another item's: no slip
				cf = nil
			}
			if cf != nil && reportXref(p, f, cf, audit.Warning, 0.6, fmt.Sprintf("同句 %s 与该行一致；所写数字疑似相邻数字颠倒", show(a))) {
				reported[i] = true
				break
			}
		}
	}
}

// transposedInRow returns the one cell of the row of cfs[k] (its cells are
// next to each other in cfs) in f's unit and year of which f, two adjacent
// digits swapped, is the figure; nil when none or several are.
func transposedInRow(x *xrefFacts, cfs []cellFacts, k int, f *pfig) *cellFacts {
	row := cfs[k].r
	lo, hi := k, k+1
	for lo > 0 && cfs[lo-1].r == row {
		lo--
	}
	for hi < len(cfs) && cfs[hi].r == row {
		hi++
	}
	var hit *cellFacts
	for c := lo; c < hi; c++ {
		cf := &cfs[c]
		if cf.percent || !cf.known || cf.unit != f.q.Unit || !x.yearsAgree(f.year, cf.year) {
			continue
		}
		if transposed(f.q.Number, cf.number()) {
			if hit != nil {
				return nil
			}
			hit = cf
		}
	}
	return hit
}

// transposed reports figures.Diagnose(shown, expected).Slip ==
// figures.Transposed: the two figures' digits at the same precision, of
// the same sign, two adjacent ones swapped. Such digits have the same sum,
// so the two magnitudes are equal modulo 9: the slip checks ask it of
// every cell of a row or a label, and most are passed over here without a
// diagnosis.
func transposed(shown, expected figures.Number) bool {
	if shown.Dec != expected.Dec {
		return false
	}
	if shown.Mant != math.MinInt64 && expected.Mant != math.MinInt64 && abs64(shown.Mant)%9 != abs64(expected.Mant)%9 {
		return false // (−2⁶³ has no int64 magnitude: Diagnose tells)
	}
	return figures.Diagnose(shown, expected).Slip == figures.Transposed
}

// mantCell is a cell by the magnitude of its mantissa, for mantIndex.
type mantCell struct {
	mant int64
	k    int32
}

// byMant returns mantIndex of allCellFacts, made once per document (three
// of XRF001's checks look cells up by their digits).
func (x *xrefFacts) byMant() []mantCell {
	if !x.hasMants {
		x.mants, x.hasMants = mantIndex(x.allCellFacts(), x.mants[:0]), true
	}
	return x.mants
}

// mantIndex returns the cells with a figure, not percentages, sorted by
// the magnitude of their mantissa (their unit known or not: a count
// column's often is not), appended to out.
func mantIndex(cfs []cellFacts, out []mantCell) []mantCell {
	for k := range cfs {
		if cf := &cfs[k]; !cf.percent && cf.mant != 0 {
			out = append(out, mantCell{abs64(cf.mant), int32(k)})
		}
	}
	slices.SortFunc(out, func(a, b mantCell) int { return cmp.Compare(a.mant, b.mant) })
	return out
}

// rowsShowing returns, for each row with a cell showing the digits (five
// or more, which tie it to the row whatever the cell's unit), the index in
// cfs of one such cell.
func rowsShowing(byMant []mantCell, cfs []cellFacts, mant int64, dec int) []int {
	m := abs64(mant)
	k, _ := slices.BinarySearchFunc(byMant, m, func(e mantCell, t int64) int { return cmp.Compare(e.mant, t) })
	var out []int
	for ; k < len(byMant) && byMant[k].mant == m; k++ {
		cf := &cfs[byMant[k].k]
		if int(cf.dec) != dec || slices.ContainsFunc(out, func(j int) bool { return cfs[j].r == cf.r }) {
			continue
		}
		out = append(out, int(byMant[k].k))
	}
	return out
}

// shownAnywhere reports whether a cell shows the digits, in any unit.
func shownAnywhere(byMant []mantCell, cfs []cellFacts, mant int64, dec int) bool {
	m := abs64(mant)
	k, _ := slices.BinarySearchFunc(byMant, m, func(e mantCell, t int64) int { return cmp.Compare(e.mant, t) })
	for ; k < len(byMant) && byMant[k].mant == m; k++ {
		if cf := &cfs[byMant[k].k]; int(cf.dec) == dec {
			return true
		}
	}
	return false
}

// payVerbs end the words before an amount's name: "为412名首次创业人员发放
// 一次性创业补贴", "加上上年结转1559525.47万元".
var payVerbs = [...]string{"发放", "兑付", "拨付", "支付", "安排", "下达", "加上"}

// afterVerb returns the part of label after its last payVerbs word, three
// characters or more; "" when there is none.
func afterVerb(label string) string {
	at := -1
	for _, v := range payVerbs {
		if k := strings.LastIndex(label, v); k >= 0 && k+len(v) > at {
			at = k + len(v)
		}
	}
	if at < 0 || utf8.RuneCountInString(label[at:]) < 3 {
		return ""
	}
	return label[at:]
}

// labelSlips reports a figure of four significant digits or more that no
// cell shows but that, two adjacent digits swapped, is the one value the
// cells matched by its label show ("基本支出中公用经费162.77万元" and the
// 公用经费 column's 合计 126.77): the label names the cell, the swap tells
// the slip. The cell must be of the figure's basis, year and scope.
func labelSlips(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool, matches func(int) []match) {
	for i := range x.prose {
		f := &x.prose[i]
		if reported[i] || f.isRate || f.q.Percent || f.q.Approx || f.basis == basisUnknown || f.isCount() || significant(f.q.Number) < 4 {
			continue
		}
		if shownAnywhere(x.byMant(), cfs, f.q.Mant, f.q.Dec) {
			continue // no slip
		}
		var hit *cellFacts
		for _, m := range matches(i) {
			cf := m.cf
			if !cf.percent && agrees(f, cf) == 1 {
				hit = nil // shown right in a cell of its label, any year's (11.38亿元 as 113776.81万元): no slip
				break
			}
			if cf.percent || !cf.known || !f.basis.compatible(cf.basis) || !x.yearsAgree(f.year, cf.year) || x.scopeConflict(f, cf) {
				continue
			}
			shown, ok := inFigureUnit(cf, f.q)
			if !ok || !transposed(f.q.Number, shown) {
				continue
			}
			if hit != nil && (hit.mant != cf.mant || hit.dec != cf.dec) {
				hit = nil
				break
			}
			hit = cf
		}
		if hit != nil && reportXref(p, f, hit, audit.Warning, 0.6, "所写数字疑似相邻数字颠倒") {
			reported[i] = true
		}
	}
}

// inFigureUnit returns cell cf's figure in the unit of money of q, rounded
// to q's decimals (468355.24万元 as 46.84 for a figure in 亿元); ok is false
// when the units are not both of money, or differ and the cell is the
// smaller (its rounding would be q's, not the writer's).
func inFigureUnit(cf *cellFacts, q *figures.Quantity) (figures.Number, bool) {
	n := cf.number()
	if cf.unit == q.Unit {
		return n, true
	}
	n.Unit = cf.unit
	ce, ok1 := figures.UnitExp(cf.unit)
	qe, ok2 := figures.UnitExp(q.Unit)
	if !ok1 || !ok2 || ce >= qe || n.Mant < 0 {
		return figures.Number{}, false
	}
	// the point moved (exact), then rounded half up to q's decimals
	moved, ok := figures.InUnitOf(figures.Quantity{Number: n}, q.Unit)
	if !ok {
		return figures.Number{}, false
	}
	r := figures.ParseCell(figures.FormatRat(moved.Rat(), q.Dec))
	r.Unit = q.Unit
	return r, r.Kind == figures.Value
}

// columnNamesFigure reports whether the name of cf's column (four
// characters or more) and label l contain one another: "一般公共预算拨款"
// of a figure labelled 一般公共预算拨款收入.
func columnNamesFigure(cf *cellFacts, l string) bool {
	n := figures.NormalizeLabel(cf.col.Name())
	if utf8.RuneCountInString(n) < 4 || l == "" {
		return false
	}
	return strings.Contains(l, n) || strings.Contains(n, l)
}
