package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
)

// Mistake kinds, as recorded in the ground truth.
const (
	Footing      = "footing"       // a column total ≠ the sum of the rows above/below it
	CrossFooting = "cross_footing" // a row total ≠ the sum of its 其中 columns
	Difference   = "difference"    // 增减额 ≠ 本年 − 上年
	Rate         = "rate"          // 增减率 ≠ 增减额 ÷ 上年
	ProseTable   = "prose_table"   // a figure in prose ≠ the table cell it restates
	ProseSum     = "prose_sum"     // prose "合计X，其中A、B" with A+B ≠ X
	ProseDiff    = "prose_diff"    // prose "比上年P增加D" with X − P ≠ D
	Polarity     = "polarity"      // 增加 … 降幅, or a direction contradicting the figures
	YearLabel    = "year"          // a wrong year in a label or date
	DigitSlip    = "digit_slip"    // ×10 or transposed digits in a cell
	ScoreSum     = "score"         // 得分 not summing to the total, or grade ≠ score
	Numbering    = "numbering"     // a heading number repeated or skipped
	EntityName   = "entity"        // the organisation's name with a segment dropped
)

// Kinds lists every mistake kind in a stable order.
var Kinds = []string{Footing, CrossFooting, Difference, Rate, ProseTable, ProseSum, ProseDiff, Polarity, YearLabel, DigitSlip, ScoreSum, Numbering, EntityName}

// injection is a mistake placed in the IR; render turns it into a Mistake.
type injection struct {
	kind, variant string
	p             *para // prose: paragraph and segment (seg = -1: number label)
	seg           int
	t             *table // table: cell
	row, col      int
	orig          string
	involved      []place
}

// place is a location in the IR a correct finding may point at.
type place struct {
	p        *para // whole paragraph
	t        *table
	row, col int
}

type injector struct {
	g          *gen
	r          *rand.Rand
	usedTables map[*table]bool
	usedParas  map[*para]bool
	out        []injection
}

func newInjector(g *gen, r *rand.Rand) *injector {
	return &injector{g: g, r: r, usedTables: map[*table]bool{}, usedParas: map[*para]bool{}}
}

// inject tries kind once; it reports whether a mistake was placed.
func (j *injector) inject(kind string) bool {
	switch kind {
	case Footing:
		return j.tableCell(kind, func(t *table) bool { return t.kind != "score" && t.totalRow >= 0 }, func(t *table) (int, int, bool) {
			cols := j.numericCols(t)
			if len(cols) == 0 {
				return 0, 0, false
			}
			return t.totalRow, cols[j.r.IntN(len(cols))], true
		}, j.perturbAmount, "total")
	case CrossFooting:
		return j.tableCell(kind, func(t *table) bool { return t.totalCol >= 0 && len(t.dataRows) > 0 }, func(t *table) (int, int, bool) {
			return t.dataRows[j.r.IntN(len(t.dataRows))], t.totalCol, true
		}, j.perturbAmount, "row-total")
	case Difference:
		return j.tableCell(kind, func(t *table) bool { return t.diffCol >= 0 }, func(t *table) (int, int, bool) {
			return t.dataRows[j.r.IntN(len(t.dataRows))], t.diffCol, true
		}, func(n *numFmt) (*numFmt, string) {
			if n.mant != 0 && abs64(n.mant) >= 100 && j.r.IntN(3) == 0 {
				return &numFmt{mant: -n.mant, dec: n.dec, comma: n.comma}, "sign"
			}
			return j.perturbAmount(n)
		}, "")
	case Rate:
		return j.tableCell(kind, func(t *table) bool { return t.rateCol >= 0 }, func(t *table) (int, int, bool) {
			return t.dataRows[j.r.IntN(len(t.dataRows))], t.rateCol, true
		}, j.perturbRate, "")
	case DigitSlip:
		return j.tableCell(kind, func(t *table) bool { return t.kind != "score" && len(t.dataRows) > 0 }, func(t *table) (int, int, bool) {
			var cols []int
			if t.curCol >= 0 {
				cols = []int{t.curCol, t.prevCol}
			} else {
				cols = t.partCols
			}
			return t.dataRows[j.r.IntN(len(t.dataRows))], cols[j.r.IntN(len(cols))], true
		}, j.slip, "")
	case ScoreSum:
		return j.score()
	case ProseTable, ProseSum, ProseDiff:
		return j.proseFigure(kind)
	case Polarity:
		return j.proseWord(kind, "polarity")
	case YearLabel:
		return j.year()
	case Numbering:
		return j.numbering()
	case EntityName:
		return j.entity()
	}
	return false
}

// numericCols lists the amount columns of t whose total-row cell shows a value.
func (j *injector) numericCols(t *table) []int {
	var cols []int
	cand := append([]int{}, t.partCols...)
	if t.totalCol >= 0 {
		cand = append(cand, t.totalCol)
	}
	if t.curCol >= 0 {
		cand = append(cand, t.curCol, t.prevCol)
	}
	for _, c := range cand {
		if x := t.at(t.totalRow, c); x != nil && x.num != nil {
			cols = append(cols, c)
		}
	}
	return cols
}

func (j *injector) tableCell(kind string, ok func(*table) bool, pickCell func(*table) (int, int, bool), change func(*numFmt) (*numFmt, string), variant string) bool {
	var cands []*table
	for _, t := range j.g.tables {
		if ok(t) && !j.usedTables[t] && !j.linkedUsed(t) {
			cands = append(cands, t)
		}
	}
	j.r.Shuffle(len(cands), func(a, b int) { cands[a], cands[b] = cands[b], cands[a] })
	for _, t := range cands {
		for try := 0; try < 6; try++ {
			r, c, ok := pickCell(t)
			if !ok {
				break
			}
			x := t.at(r, c)
			if x == nil || x.num == nil || x.num.mant == 0 {
				continue
			}
			n, v := change(x.num)
			if n == nil || n.mant == x.num.mant {
				continue
			}
			if v == "" {
				v = variant
			}
			orig := x.text
			x.set(n)
			in := injection{kind: kind, variant: v, t: t, row: r, col: c, orig: orig}
			in.involved = j.rowColPlaces(t, r, c)
			j.markTable(t)
			j.out = append(j.out, in)
			return true
		}
	}
	return false
}

// linkedUsed reports whether a paragraph restating t is already changed.
func (j *injector) linkedUsed(t *table) bool {
	for _, p := range j.linkedParas(t) {
		if j.usedParas[p] {
			return true
		}
	}
	return false
}

func (j *injector) tableIndex(t *table) int {
	for i, x := range j.g.tables {
		if x == t {
			return i
		}
	}
	return -1
}

// linkedParas returns the paragraphs with figures restating cells of t.
func (j *injector) linkedParas(t *table) []*para {
	idx := j.tableIndex(t)
	var out []*para
	for _, b := range j.g.blocks {
		p, ok := b.(*para)
		if !ok {
			continue
		}
		for _, s := range p.segs {
			if s.ref != nil && s.ref.table == idx {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func (j *injector) markTable(t *table) {
	j.usedTables[t] = true
	for _, p := range j.linkedParas(t) {
		j.usedParas[p] = true
	}
}

// rowColPlaces: the cells of row r and column c of t, plus paragraphs
// restating any of them.
func (j *injector) rowColPlaces(t *table, r, c int) []place {
	var out []place
	for _, row := range t.rows {
		for _, x := range row {
			if x.row == r || x.col == c {
				out = append(out, place{t: t, row: x.row, col: x.col})
			}
		}
	}
	idx := j.tableIndex(t)
	for _, p := range j.linkedParas(t) {
		for _, s := range p.segs {
			if s.ref != nil && s.ref.table == idx && (s.ref.row == r || s.ref.col == c) {
				out = append(out, place{p: p})
				break
			}
		}
	}
	return out
}

// --- value changes -----------------------------------------------------------

// perturbAmount changes an amount by a material, realistic amount.
func (j *injector) perturbAmount(n *numFmt) (*numFmt, string) {
	m := n.mant
	switch j.r.IntN(3) {
	case 0: // one digit replaced (not the last shown one)
		s := strconv.FormatInt(abs64(m), 10)
		if len(s) >= 3 {
			i := j.r.IntN(len(s) - 1)
			d := byte('0' + (int(s[i]-'0')+1+j.r.IntN(8))%10)
			if i == 0 && d == '0' {
				d = '1'
			}
			b := []byte(s)
			b[i] = d
			v, _ := strconv.ParseInt(string(b), 10, 64)
			if m < 0 {
				v = -v
			}
			if v != m {
				return &numFmt{mant: v, dec: n.dec, comma: n.comma}, "digit"
			}
		}
	}
	d := int64(float64(abs64(m)) * (0.01 + j.r.Float64()*0.2))
	floor := int64(50)
	if n.dec == 0 {
		floor = 1
	}
	d = max(d, floor)
	if j.r.IntN(2) == 0 && abs64(m) > d {
		d = -d
	}
	return &numFmt{mant: m + d, dec: n.dec, comma: n.comma}, "delta"
}

func (j *injector) perturbRate(n *numFmt) (*numFmt, string) {
	m := n.mant
	if abs64(m) >= 100 && j.r.IntN(4) == 0 {
		return &numFmt{mant: -m, dec: n.dec}, "sign"
	}
	d := max(int64(float64(abs64(m))*(0.05+j.r.Float64()*0.5)), 100)
	if j.r.IntN(2) == 0 {
		d = -d
	}
	return &numFmt{mant: m + d, dec: n.dec}, "delta"
}

// slip multiplies by ten or transposes two adjacent distinct digits.
func (j *injector) slip(n *numFmt) (*numFmt, string) {
	m := abs64(n.mant)
	if m < 100 {
		return nil, ""
	}
	sign := int64(1)
	if n.mant < 0 {
		sign = -1
	}
	if j.r.IntN(2) == 0 {
		return &numFmt{mant: sign * m * 10, dec: n.dec, comma: n.comma}, "x10"
	}
	s := []byte(strconv.FormatInt(m, 10))
	// Candidate positions i (swap i, i+1), not touching the last digit.
	var cand []int
	for i := 0; i+2 < len(s); i++ {
		if s[i] != s[i+1] && !(i == 0 && s[i+1] == '0') {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return &numFmt{mant: sign * m * 10, dec: n.dec, comma: n.comma}, "x10"
	}
	i := cand[j.r.IntN(len(cand))]
	s[i], s[i+1] = s[i+1], s[i]
	v, _ := strconv.ParseInt(string(s), 10, 64)
	return &numFmt{mant: sign * v, dec: n.dec, comma: n.comma}, "transpose"
}

// --- kinds -----------------------------------------------------------------

func (j *injector) score() bool {
	var t *table
	for _, x := range j.g.tables {
		if x.kind == "score" && !j.usedTables[x] && !j.linkedUsed(x) {
			t = x
		}
	}
	if t == nil {
		return false
	}
	scoreCol := func() []place {
		var out []place
		for _, row := range t.rows {
			for _, x := range row {
				if x.col >= t.maxCol {
					out = append(out, place{t: t, row: x.row, col: x.col})
				}
			}
		}
		for _, p := range j.linkedParas(t) {
			out = append(out, place{p: p})
		}
		return out
	}
	switch j.r.IntN(3) {
	case 0: // grade
		for _, tg := range j.g.targets["grade"] {
			if tg.t != t {
				continue
			}
			x := t.at(tg.row, tg.col)
			in := injection{kind: ScoreSum, variant: "grade", t: t, row: tg.row, col: tg.col, orig: x.text}
			x.text = tg.alt
			in.involved = scoreCol()
			j.markTable(t)
			j.out = append(j.out, in)
			return true
		}
	case 1: // total
		x := t.at(t.totalRow, t.scoreCol)
		in := injection{kind: ScoreSum, variant: "total", t: t, row: t.totalRow, col: t.scoreCol, orig: x.text}
		d := int64(1+j.r.IntN(3)) * 10
		if x.num.dec == 0 {
			d /= 10
		}
		x.set(&numFmt{mant: x.num.mant - d, dec: x.num.dec})
		in.involved = scoreCol()
		j.markTable(t)
		j.out = append(j.out, in)
		return true
	}
	// one row's 得分
	r := t.dataRows[j.r.IntN(len(t.dataRows))]
	x := t.at(r, t.scoreCol)
	in := injection{kind: ScoreSum, variant: "row", t: t, row: r, col: t.scoreCol, orig: x.text}
	tenths := x.num.mant
	if x.num.dec == 0 {
		tenths *= 10
	}
	d := int64(5 * (1 + j.r.IntN(4)))
	if tenths-d < 0 {
		d = -d
	}
	tenths -= d
	nc := j.g.scoreCell(tenths)
	x.set(nc.num)
	in.involved = scoreCol()
	j.markTable(t)
	j.out = append(j.out, in)
	return true
}

func (j *injector) proseTargets(kind string) []target {
	switch kind {
	case ProseSum:
		ts := j.g.targets["prose_sum"]
		if len(ts) == 0 {
			ts = j.g.targets["prose_sum_quoted"]
		}
		return ts
	case ProseDiff:
		return j.g.targets["prose_diff"]
	}
	return j.g.targets[kind]
}

// proseParaFree reports whether p and the tables it restates are unused.
func (j *injector) proseParaFree(p *para) bool {
	if j.usedParas[p] {
		return false
	}
	for _, s := range p.segs {
		if s.ref != nil && s.ref.table >= 0 && s.ref.table < len(j.g.tables) && j.usedTables[j.g.tables[s.ref.table]] {
			return false
		}
	}
	return true
}

func (j *injector) markPara(p *para) {
	j.usedParas[p] = true
	for _, s := range p.segs {
		if s.ref != nil && s.ref.table >= 0 && s.ref.table < len(j.g.tables) {
			j.usedTables[j.g.tables[s.ref.table]] = true
		}
	}
}

// paraPlaces: the paragraph and the cells it restates.
func (j *injector) paraPlaces(p *para) []place {
	out := []place{{p: p}}
	for _, s := range p.segs {
		if s.ref != nil && s.ref.table >= 0 && s.ref.table < len(j.g.tables) && s.ref.row >= 0 {
			out = append(out, place{t: j.g.tables[s.ref.table], row: s.ref.row, col: s.ref.col})
		}
	}
	return out
}

func (j *injector) proseFigure(kind string) bool {
	ts := append([]target{}, j.proseTargets(kind)...)
	j.r.Shuffle(len(ts), func(a, b int) { ts[a], ts[b] = ts[b], ts[a] })
	for _, tg := range ts {
		if !j.proseParaFree(tg.p) {
			continue
		}
		s := tg.p.segs[tg.seg]
		if s.num == nil || (s.num.mant == 0 && kind != ProseSum) {
			continue
		}
		var n *numFmt
		var v string
		if s.num.dec == 0 && !s.num.comma && s.ref == nil { // a count
			d := int64(1 + j.r.IntN(3))
			if s.num.mant >= d && j.r.IntN(2) == 0 {
				d = -d
			}
			n, v = &numFmt{mant: s.num.mant + d}, "count"
		} else {
			n, v = j.perturbAmount(s.num)
		}
		in := injection{kind: kind, variant: v, p: tg.p, seg: tg.seg, orig: s.text}
		s.num = n
		s.text = n.render()
		in.involved = j.paraPlaces(tg.p)
		j.markPara(tg.p)
		j.out = append(j.out, in)
		return true
	}
	return false
}

func (j *injector) proseWord(kind, key string) bool {
	ts := append([]target{}, j.g.targets[key]...)
	j.r.Shuffle(len(ts), func(a, b int) { ts[a], ts[b] = ts[b], ts[a] })
	for _, tg := range ts {
		if tg.p == nil || !j.proseParaFree(tg.p) || tg.alt == "" {
			continue
		}
		s := tg.p.segs[tg.seg]
		in := injection{kind: kind, variant: s.text + "→" + tg.alt, p: tg.p, seg: tg.seg, orig: s.text}
		s.text = tg.alt
		in.involved = j.paraPlaces(tg.p)
		j.markPara(tg.p)
		j.out = append(j.out, in)
		return true
	}
	return false
}

func (j *injector) year() bool {
	ts := append([]target{}, j.g.targets["year"]...)
	j.r.Shuffle(len(ts), func(a, b int) { ts[a], ts[b] = ts[b], ts[a] })
	for _, tg := range ts {
		if tg.p != nil {
			if !j.proseParaFree(tg.p) {
				continue
			}
			s := tg.p.segs[tg.seg]
			in := injection{kind: YearLabel, variant: "prose", p: tg.p, seg: tg.seg, orig: s.text}
			s.text = tg.alt
			in.involved = j.paraPlaces(tg.p)
			j.markPara(tg.p)
			j.out = append(j.out, in)
			return true
		}
		t := tg.t
		if j.usedTables[t] || j.linkedUsed(t) {
			continue
		}
		x := t.at(tg.row, tg.col)
		in := injection{kind: YearLabel, variant: "header", t: t, row: tg.row, col: tg.col, orig: x.text}
		x.text = tg.alt
		in.involved = j.rowColPlaces(t, tg.row, tg.col)
		j.markTable(t)
		j.out = append(j.out, in)
		return true
	}
	return false
}

func (j *injector) numbering() bool {
	groups := [][]*para{j.g.level1}
	groups = append(groups, j.g.level2...)
	j.r.Shuffle(len(groups), func(a, b int) { groups[a], groups[b] = groups[b], groups[a] })
	for _, hs := range groups {
		if len(hs) < 3 {
			continue
		}
		free := true
		for _, h := range hs {
			if j.usedParas[h] {
				free = false
			}
		}
		if !free {
			continue
		}
		k := 1 + j.r.IntN(len(hs)-1)
		shift, v := 1, "skip"
		if j.r.IntN(2) == 0 {
			shift, v = -1, "repeat"
		}
		in := injection{kind: Numbering, variant: v, p: hs[k], seg: -1, orig: hs[k].number}
		for i := k; i < len(hs); i++ {
			hs[i].number = relabel(hs[i].number, i+shift)
		}
		for i := max(k-1, 0); i <= min(k+1, len(hs)-1); i++ {
			in.involved = append(in.involved, place{p: hs[i]})
			j.usedParas[hs[i]] = true
		}
		j.out = append(j.out, in)
		return true
	}
	return false
}

// relabel gives a numbering label the i-th (0-based) numeral in its style.
func relabel(label string, i int) string {
	if strings.HasPrefix(label, "（") {
		return "（" + hanDigits[i] + "）"
	}
	return hanDigits[i] + "、"
}

func (j *injector) entity() bool {
	g := j.g
	var bad string
	switch {
	case len(g.reg.ethnic) >= 2:
		drop := g.reg.ethnic[j.r.IntN(len(g.reg.ethnic))]
		bad = strings.Replace(g.reg.full, drop, "", 1) + g.ag.full
	case strings.Contains(g.ag.full, "和"):
		bad = g.reg.full + strings.Replace(g.ag.full, "和", "", 1)
	default:
		return false
	}
	ts := append([]target{}, g.targets["entity"]...)
	j.r.Shuffle(len(ts), func(a, b int) { ts[a], ts[b] = ts[b], ts[a] })
	for _, tg := range ts {
		if !j.proseParaFree(tg.p) {
			continue
		}
		s := tg.p.segs[tg.seg]
		in := injection{kind: EntityName, variant: "drop", p: tg.p, seg: tg.seg, orig: s.text}
		s.text = bad
		in.involved = []place{{p: tg.p}}
		j.markPara(tg.p)
		j.out = append(j.out, in)
		return true
	}
	return false
}
