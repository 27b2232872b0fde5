package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// Report kinds.
const (
	KindPerformance   = "performance"    // 部门整体支出绩效自评报告
	KindFinalAccounts = "final-accounts" // 部门决算说明
)

// target is a place an injection may change: a paragraph segment or a cell.
type target struct {
	p    *para
	seg  int
	t    *table
	row  int
	col  int
	alt  string // replacement text prepared at generation time, if any
	info string
}

// gen builds one document.
type gen struct {
	r        *rand.Rand
	kind     string
	year     int
	reg      region
	ag       agency
	org      string
	orgShort string
	u        unit   // table unit
	pu       unit   // prose unit
	zero     string // how a zero amount is shown
	pctSign  bool   // rate cells carry "%"
	styled   bool   // docx headings carry heading styles
	blocks   []block
	tables   []*table
	h1, h2   int
	targets  map[string][]target
	level1   []*para // numbered level-1 headings
	level2   [][]*para
}

func newGen(r *rand.Rand, kind string) *gen {
	g := &gen{r: r, kind: kind, targets: map[string][]target{}}
	g.year = 2018 + r.IntN(7)
	g.reg = regions[r.IntN(len(regions))]
	g.ag = agencies[r.IntN(len(agencies))]
	g.org = g.reg.full + g.ag.full
	g.orgShort = g.reg.short + g.ag.short
	g.u = unitWan
	if r.IntN(4) == 0 {
		g.u = unitYuan
	}
	g.pu = g.u
	if g.u == unitYuan && r.IntN(3) == 0 {
		g.pu = unitWan
	}
	g.zero = []string{"0.00", "0", "—", "", "-"}[r.IntN(5)]
	g.pctSign = r.IntN(2) == 0
	g.styled = r.IntN(5) < 3
	return g
}

func (g *gen) pick(ss []string) string { return ss[g.r.IntN(len(ss))] }

// --- paragraphs -----------------------------------------------------------

func (g *gen) heading(level int, title string) *para {
	var num string
	switch level {
	case 1:
		num = hanDigits[g.h1] + "、"
		g.h1++
		g.h2 = 0
		g.level2 = append(g.level2, nil)
	case 2:
		num = "（" + hanDigits[g.h2] + "）"
		g.h2++
	}
	p := &para{level: level, number: num, segs: []*seg{{text: title}}, styled: g.styled}
	g.blocks = append(g.blocks, p)
	switch level {
	case 1:
		g.level1 = append(g.level1, p)
	case 2:
		if len(g.level2) == 0 {
			g.level2 = append(g.level2, nil)
		}
		g.level2[len(g.level2)-1] = append(g.level2[len(g.level2)-1], p)
	}
	return p
}

// para adds a body paragraph from pieces: strings and *seg.
func (g *gen) para(pieces ...any) *para {
	p := &para{}
	for _, x := range pieces {
		switch v := x.(type) {
		case string:
			p.segs = append(p.segs, &seg{text: v})
		case *seg:
			p.segs = append(p.segs, v)
		case []*seg:
			p.segs = append(p.segs, v...)
		}
	}
	g.blocks = append(g.blocks, p)
	return p
}

func (g *gen) plain(s string) *para { return g.para(s) }

// segIndex returns the index of s in p.
func segIndex(p *para, s *seg) int {
	for i, x := range p.segs {
		if x == s {
			return i
		}
	}
	return -1
}

func (g *gen) addTarget(kind string, p *para, s *seg, alt string) {
	g.targets[kind] = append(g.targets[kind], target{p: p, seg: segIndex(p, s), alt: alt})
}

// amt is a prose amount figure in the prose unit, optionally quoting a cell.
func (g *gen) amt(cents int64, ref *cellRef) *seg {
	n := &numFmt{mant: g.pu.mant(cents), dec: g.pu.Dec, comma: g.pu.Comma}
	return &seg{text: n.render(), num: n, ref: ref}
}

func (g *gen) pct(mant int64) *seg {
	n := &numFmt{mant: mant, dec: 2}
	return &seg{text: n.render(), num: n}
}

func (g *gen) count(v int64) *seg {
	n := &numFmt{mant: v}
	return &seg{text: n.render(), num: n}
}

func (g *gen) yearSeg(y int) *seg { return &seg{text: strconv.Itoa(y)} }

// orgSeg is an occurrence of the full organisation name.
func (g *gen) orgSeg() *seg { return &seg{text: g.org} }

// --- amounts --------------------------------------------------------------

// split divides total cents into n positive-ish parts with random weights;
// each part is zero with probability pz (except the first).
func (g *gen) split(total int64, n int, pz float64) []int64 {
	w := make([]float64, n)
	sum := 0.0
	for i := range w {
		if i > 0 && g.r.Float64() < pz {
			continue
		}
		w[i] = 0.2 + g.r.Float64()
		if i == 0 {
			w[i] += 1.5
		}
		sum += w[i]
	}
	out := make([]int64, n)
	var used int64
	last := 0
	for i := range w {
		if w[i] > 0 {
			last = i
		}
	}
	for i := range w {
		if w[i] == 0 {
			continue
		}
		if i == last {
			out[i] = total - used
			break
		}
		out[i] = int64(float64(total) * w[i] / sum)
		used += out[i]
	}
	return out
}

// prevOf returns a plausible last-year amount for cur.
func (g *gen) prevOf(cur int64) int64 {
	if cur == 0 {
		if g.r.IntN(2) == 0 {
			return 0
		}
		return int64(g.r.IntN(5_000_000)) + 10_000
	}
	f := 0.6 + g.r.Float64()*0.9
	return int64(float64(cur)/f) + int64(g.r.IntN(100))
}

// --- cells ----------------------------------------------------------------

func (g *gen) amtCell(cents int64) *cell {
	m := g.u.mant(cents)
	if m == 0 {
		return &cell{text: g.zero}
	}
	n := &numFmt{mant: m, dec: g.u.Dec, comma: g.u.Comma}
	return &cell{text: n.render(), num: n}
}

func (g *gen) pctCell(mant int64, ok bool) *cell {
	if !ok {
		return &cell{text: g.pick([]string{"—", "", "-"})}
	}
	n := &numFmt{mant: mant, dec: 2}
	c := &cell{num: n}
	if g.pctSign {
		c.suffix = "%"
	}
	c.text = n.render() + c.suffix
	return c
}

func (g *gen) scoreCell(tenths int64) *cell {
	dec := 0
	if tenths%10 != 0 {
		dec = 1
	}
	m := tenths
	if dec == 0 {
		m = tenths / 10
	}
	n := &numFmt{mant: m, dec: dec}
	return &cell{text: n.render(), num: n}
}

func (c *cell) set(n *numFmt) {
	c.num = n
	c.text = n.render() + c.suffix
}

// unitLabel returns "单位：万元" in one of its common spellings.
func (g *gen) unitLabel() string {
	return g.pick([]string{"单位：", "单位：", "金额单位："}) + g.u.Name
}

// addTable appends a caption (and unit line) and the table.
func (g *gen) addTable(t *table, caption string) int {
	idx := len(g.tables)
	if g.r.IntN(4) == 0 {
		// The title (and unit) as rows spanning the table, as many
		// reports lay them out, instead of paragraphs.
		cols := t.cols()
		head := [][]*cell{{tspan(caption, cols)}, {tspan(g.unitLabel(), cols)}}
		if g.r.IntN(2) == 0 {
			head = [][]*cell{{tspan(caption+"（"+g.unitLabel()+"）", cols)}}
		}
		t.rows = append(head, t.rows...)
		t.shiftRows(len(head))
		t.layout()
		if g.r.IntN(2) == 0 {
			g.plain(fmt.Sprintf("表%d", idx+1))
		}
		g.blocks = append(g.blocks, t)
		g.tables = append(g.tables, t)
		return idx
	}
	t.layout()
	switch g.r.IntN(3) {
	case 0:
		g.plain(caption)
		g.plain(g.unitLabel())
	case 1:
		g.plain(caption + "（" + g.unitLabel() + "）")
	default:
		g.plain(fmt.Sprintf("表%d：%s", idx+1, caption))
		g.plain(g.unitLabel())
	}
	g.blocks = append(g.blocks, t)
	g.tables = append(g.tables, t)
	return idx
}

// shiftRows moves the row roles down by k rows inserted on top.
func (t *table) shiftRows(k int) {
	t.shift += k
	if t.totalRow >= 0 {
		t.totalRow += k
	}
	for i := range t.dataRows {
		t.dataRows[i] += k
	}
}

func ref(t, r, c int) *cellRef { return &cellRef{t, r, c} }

// --- documents ------------------------------------------------------------

func (g *gen) build() {
	g.plain(g.org)
	if g.kind == KindPerformance {
		g.plain(fmt.Sprintf("%d年度部门整体支出绩效自评报告", g.year))
	} else {
		g.plain(fmt.Sprintf("%d年度部门决算说明", g.year))
	}
	units := g.units()
	g.heading(1, "部门基本情况")
	g.heading(2, "部门职能")
	p := g.para(g.orgSeg(), fmt.Sprintf("是%s人民政府主管全%s%s工作的工作部门。主要职责是：", g.reg.full, g.reg.level, g.ag.field))
	g.addTarget("entity", p, p.segs[0], "")
	g.list(dutyTail, 4+g.r.IntN(len(dutyTail)-3), "%d.")
	g.heading(2, "机构设置及人员情况")
	g.staff(units)
	if g.kind == KindPerformance {
		g.heading(1, "部门整体支出管理及使用情况")
		g.heading(2, "收入情况")
		g.income(units)
		g.heading(2, "支出情况")
		basic, proj := g.expenditure(units)
		g.basicCompare(basic)
		g.heading(2, "项目支出情况")
		g.projectCompare()
		g.heading(2, "“三公”经费支出情况")
		g.sanGong()
		g.heading(2, "政府采购情况")
		g.procurement()
		g.heading(2, "预算执行情况")
		g.execution(basic[0]+basic[1], proj)
		g.heading(1, "部门整体支出绩效情况")
		g.plain(g.pick(achievements) + g.pick(achievements))
		g.list(achievements, 3+g.r.IntN(3), "（%d）")
		g.scores()
		g.heading(1, "存在的问题")
		g.plain(g.pick(problems) + g.pick(problems))
		g.heading(1, "下一步改进措施")
		g.plain(g.pick(measures) + g.pick(measures))
	} else {
		g.heading(1, "收入支出决算总体情况说明")
		g.plain(g.pick(achievements) + g.pick(achievements) + g.pick(achievements))
		g.heading(1, "收入决算情况说明")
		g.income(units)
		g.heading(1, "支出决算情况说明")
		basic, _ := g.expenditure(units)
		g.heading(1, "财政拨款支出决算情况说明")
		g.projectCompare()
		g.heading(1, "一般公共预算财政拨款基本支出决算情况说明")
		g.basicCompare(basic)
		g.heading(1, "“三公”经费财政拨款支出决算情况说明")
		g.sanGong()
		g.heading(1, "其他重要事项的情况说明")
		g.heading(2, "机关运行经费支出情况")
		g.runningCost()
		g.heading(2, "政府采购支出情况")
		g.procurement()
		g.heading(2, "国有资产占用情况")
		g.assets()
	}
	p = g.para(g.orgSeg())
	g.addTarget("entity", p, p.segs[0], "")
	g.plain(fmt.Sprintf("%d年%d月%d日", g.year+1, 3+g.r.IntN(5), 1+g.r.IntN(28)))
}

// list adds n numbered paragraphs drawn from pool (format "%d." or "（%d）").
func (g *gen) list(pool []string, n int, format string) {
	perm := g.r.Perm(len(pool))
	for i := 0; i < n; i++ {
		g.plain(fmt.Sprintf(format, i+1) + pool[perm[i%len(pool)]] + g.pick(achievements))
	}
}

// execution builds 年初预算 | 全年预算 | 决算 | 执行率 by expenditure type;
// the 决算数 are the document's basic and project expenditure.
func (g *gen) execution(basic, proj int64) {
	t := newTable("exec")
	t.addRow(tcells("项目", "年初预算数", "全年预算数", "决算数", g.pick([]string{"执行率", "预算执行率"}))...)
	t.labelCol, t.prevCol, t.curCol, t.rateCol = 0, 2, 3, 4
	items := []string{"基本支出", "项目支出"}
	var tot [3]int64
	type rowv [3]int64
	rows := make([]rowv, len(items))
	for i, spent := range []int64{basic, proj} {
		full := spent*100/int64(70+g.r.IntN(31)) + int64(g.r.IntN(1_000_000))
		init := full * int64(40+g.r.IntN(60)) / 100
		rows[i] = rowv{init, full, spent}
		for k := range 3 {
			tot[k] += rows[i][k]
		}
	}
	mk := func(label string, v rowv) int {
		return t.addRow(tc(label), g.amtCell(v[0]), g.amtCell(v[1]), g.amtCell(v[2]), g.pctCell(share(v[2], v[1]), true))
	}
	for i, it := range items {
		t.dataRows = append(t.dataRows, mk(it, rows[i]))
	}
	t.totalRow = mk("合计", rowv(tot))
	idx := g.addTable(t, fmt.Sprintf("%d年度预算执行情况表", g.year))
	p := g.para(g.yearSeg(g.year), "年度全年预算数", g.amt(tot[1], ref(idx, t.totalRow, 2)), g.pu.Name+"，决算数",
		g.amt(tot[2], ref(idx, t.totalRow, 3)), g.pu.Name+"，预算执行率", g.pct(share(tot[2], tot[1])), "%。")
	g.quoteTargets(p)
}

// units returns the reporting units: the agency itself and subordinate ones.
func (g *gen) units() []string {
	n := 1 + g.r.IntN(min(4, len(g.ag.units))+1)
	prefix := g.reg.level
	if prefix == "省" {
		prefix = "省"
	}
	perm := g.r.Perm(len(g.ag.units))
	out := []string{g.pick([]string{"本级", "机关本级", "局机关", "本级机构"})}
	for _, i := range perm[:n-1] {
		out = append(out, prefix+g.ag.units[i])
	}
	if g.r.IntN(2) == 0 {
		for i := range out {
			out[i] = fmt.Sprintf("%d.%s", i+1, out[i])
		}
	}
	return out
}

func (g *gen) staff(units []string) {
	admin := int64(5 + g.r.IntN(60))
	inst := int64(g.r.IntN(80))
	work := int64(g.r.IntN(8))
	actual := admin + inst + work
	quota := actual + int64(g.r.IntN(15))
	p := g.para(g.orgSeg(), fmt.Sprintf("内设机构%d个，下属二级单位%d个。截至", 5+g.r.IntN(12), len(units)-1))
	g.addTarget("entity", p, p.segs[0], "")
	ys := g.yearSeg(g.year)
	total := g.count(actual)
	a, b, c := g.count(admin), g.count(inst), g.count(work)
	p.segs = append(p.segs, ys, &seg{text: "年12月31日，编制人数"}, g.count(quota), &seg{text: "人，实有人数"}, total,
		&seg{text: "人，" + g.enumWord() + "行政人员"}, a, &seg{text: "人、事业人员"}, b, &seg{text: "人、工勤人员"}, c, &seg{text: "人。"})
	g.addTarget("year", p, ys, strconv.Itoa(g.year+1))
	for _, s := range []*seg{a, b, c} {
		g.addTarget("prose_sum", p, s, "")
	}
}

// sumTable builds a table of units × (total + parts) with a total row.
// header is the two-level header; parts are the part column names.
func (g *gen) income(units []string) {
	all := []string{"上年结转", "财政拨款收入", "事业收入", "经营收入", "其他收入", "附属单位上缴收入"}
	names := []string{all[1]}
	for _, i := range g.r.Perm(len(all)) {
		if i != 1 && len(names) < 2+g.r.IntN(4) {
			names = append(names, all[i])
		}
	}
	k := len(names)
	scale := int64(2_000_000 + g.r.IntN(200_000_000)) // 2万–2亿 per unit
	vals := make([][]int64, len(units))
	for i := range units {
		tot := scale / int64(1+i) * int64(50+g.r.IntN(100)) / 100
		vals[i] = g.split(tot, k, 0.35)
	}
	t, totals := g.sumTable("income", "单位名称", "收入合计", names, units, vals)
	idx := g.addTable(t, fmt.Sprintf("%d年度收入决算表", g.year))
	// prose: 收入合计X，其中：…
	var grand int64
	for _, v := range totals {
		grand += v
	}
	tr := t.totalRow
	gs, gu := g.amt(grand, ref(idx, tr, 1)), g.pu.Name
	if grand >= unitYi.Cents && g.r.IntN(2) == 0 {
		// Large totals are often restated in 亿元 with two decimals.
		n := &numFmt{mant: divRound(grand, unitYi.Cents/100), dec: 2}
		gs, gu = &seg{text: n.render(), num: n, ref: ref(idx, tr, 1)}, "亿元"
	}
	pieces := []any{g.yearSeg(g.year), "年度本部门收入合计", gs, gu + "，其中："}
	var figs []*seg
	for j, n := range names {
		if totals[j] == 0 {
			continue
		}
		s := g.amt(totals[j], ref(idx, tr, 2+j))
		figs = append(figs, s)
		sep := "，"
		if len(figs) == 1 {
			sep = ""
		}
		pieces = append(pieces, sep+n, s, g.pu.Name)
		if g.r.IntN(2) == 0 {
			pieces = append(pieces, "，占", g.pct(share(totals[j], grand)), "%")
		}
	}
	pieces = append(pieces, "。")
	p := g.para(pieces...)
	g.quoteTargets(p)
	if len(figs) >= 2 {
		for _, s := range figs {
			g.addTarget("prose_sum_quoted", p, s, "")
		}
	}
}

// enumWord introduces a breakdown: mostly 其中 (which a reader cannot tell
// from a partial list), sometimes words saying the list is complete.
func (g *gen) enumWord() string {
	return g.pick([]string{"其中", "其中：", "其中：", "分别为", "包括"})
}

// quoteTargets registers every figure of p that restates a cell.
func (g *gen) quoteTargets(p *para) {
	for _, s := range p.segs {
		if s.ref != nil && s.num != nil {
			g.addTarget("prose_table", p, s, "")
		}
	}
}

// sumTable lays out units × [total, parts...] with a total row on top or
// bottom and a header of one or two rows. It returns the column totals.
func (g *gen) sumTable(kind, labelHead, totalHead string, parts, labels []string, vals [][]int64) (*table, []int64) {
	t := newTable(kind)
	k := len(parts)
	if g.r.IntN(3) > 0 {
		first := []*cell{trestart(labelHead), trestart(totalHead), tspan("其中：", k)}
		second := []*cell{tcont(), tcont()}
		for _, n := range parts {
			second = append(second, tc(wrapHead(g, n)))
		}
		t.addRow(first...)
		t.addRow(second...)
	} else {
		t.addRow(tcells(append([]string{labelHead, totalHead}, parts...)...)...)
	}
	totals := make([]int64, k)
	rowTot := make([]int64, len(labels))
	for i := range labels {
		for j := 0; j < k; j++ {
			totals[j] += vals[i][j]
			rowTot[i] += vals[i][j]
		}
	}
	var grand int64
	for _, v := range totals {
		grand += v
	}
	totalRow := func() {
		cells := []*cell{tc(g.pick([]string{"合计", "合  计", "总计", "汇总", g.ag.short + "及所属单位汇总"}))}
		cells = append(cells, g.amtCell(grand))
		for _, v := range totals {
			cells = append(cells, g.amtCell(v))
		}
		t.totalRow = t.addRow(cells...)
	}
	top := g.r.IntN(2) == 0
	if top {
		totalRow()
	}
	for i, l := range labels {
		cells := []*cell{tc(l), g.amtCell(rowTot[i])}
		for _, v := range vals[i] {
			cells = append(cells, g.amtCell(v))
		}
		t.dataRows = append(t.dataRows, t.addRow(cells...))
	}
	if !top {
		totalRow()
	}
	t.labelCol, t.totalCol = 0, 1
	for j := 0; j < k; j++ {
		t.partCols = append(t.partCols, 2+j)
	}
	return t, totals
}

// wrapHead sometimes breaks a header into two lines, as Word exports do.
func wrapHead(g *gen, s string) string {
	r := []rune(s)
	if len(r) >= 4 && g.r.IntN(3) == 0 {
		h := len(r) / 2
		return string(r[:h]) + "\n" + string(r[h:])
	}
	return s
}

// expenditure builds the 支出 table with a two-level 其中 and returns
// the total basic expenditure split (人员, 公用).
func (g *gen) expenditure(units []string) ([2]int64, int64) {
	t := newTable("expenditure")
	if g.r.IntN(2) == 0 {
		t.addRow(trestart("单位名称"), trestart("支出合计"), tspan("其中：", 4))
		t.addRow(tcont(), tcont(), trestart("基本支出"), tspan("其中：", 2), trestart("项目支出"))
		t.addRow(tcont(), tcont(), tcont(), tc("人员经费"), tc("公用经费"), tcont())
	} else {
		t.addRow(trestart("单位名称"), trestart("支出合计"), tspan("基本支出", 3), trestart("项目支出"))
		t.addRow(tcont(), tcont(), tc("小计"), tc("人员经费"), tc("公用经费"), tcont())
	}
	scale := int64(2_000_000 + g.r.IntN(150_000_000))
	type rowv struct{ pers, pub, proj int64 }
	rows := make([]rowv, len(units))
	var tot rowv
	for i := range units {
		base := scale / int64(1+i) * int64(50+g.r.IntN(100)) / 100
		rows[i] = rowv{base * int64(50+g.r.IntN(40)) / 100, base * int64(5+g.r.IntN(20)) / 100, base * int64(g.r.IntN(150)) / 100}
		rows[i].pers += int64(g.r.IntN(100))
		rows[i].pub += int64(g.r.IntN(100))
		tot.pers += rows[i].pers
		tot.pub += rows[i].pub
		tot.proj += rows[i].proj
	}
	mk := func(label string, v rowv) int {
		return t.addRow(tc(label), g.amtCell(v.pers+v.pub+v.proj), g.amtCell(v.pers+v.pub), g.amtCell(v.pers), g.amtCell(v.pub), g.amtCell(v.proj))
	}
	top := g.r.IntN(2) == 0
	if top {
		t.totalRow = mk(g.pick([]string{"合计", "总计"}), tot)
	}
	for i, u := range units {
		t.dataRows = append(t.dataRows, mk(u, rows[i]))
	}
	if !top {
		t.totalRow = mk(g.pick([]string{"合计", "总计"}), tot)
	}
	t.labelCol, t.totalCol, t.partCols = 0, 1, []int{2, 5}
	idx := g.addTable(t, fmt.Sprintf("%d年度支出决算表", g.year))
	tr := t.totalRow
	basic := tot.pers + tot.pub
	all := basic + tot.proj
	p := g.para(g.yearSeg(g.year), "年度本部门支出合计", g.amt(all, ref(idx, tr, 1)), g.pu.Name+"，其中：基本支出",
		g.amt(basic, ref(idx, tr, 2)), g.pu.Name+"，占", g.pct(share(basic, all)), "%；项目支出",
		g.amt(tot.proj, ref(idx, tr, 5)), g.pu.Name+"，占", g.pct(share(tot.proj, all)), "%。")
	g.quoteTargets(p)
	ys := p.segs[0]
	g.addTarget("year", p, ys, strconv.Itoa(g.year-1))
	b := g.amt(basic, ref(idx, tr, 2))
	a1, a2 := g.amt(tot.pers, ref(idx, tr, 3)), g.amt(tot.pub, ref(idx, tr, 4))
	p = g.para(g.yearSeg(g.year), "年基本支出合计", b, g.pu.Name+"，其中人员经费", a1, g.pu.Name+"，公用经费", a2, g.pu.Name+"。")
	g.quoteTargets(p)
	g.addTarget("prose_sum_quoted", p, a1, "")
	g.addTarget("prose_sum_quoted", p, a2, "")
	return [2]int64{tot.pers, tot.pub}, tot.proj
}

// compareTable builds 项目 | 本年 | 上年 | 增减额 [| 增减率] with a total row.
func (g *gen) compareTable(kind string, items []string, cur []int64, prevs []int64) *table {
	t := newTable(kind)
	seq := g.r.IntN(2) == 0
	withRate := g.r.IntN(10) < 7
	y, py := strconv.Itoa(g.year), strconv.Itoa(g.year-1)
	var curH, prevH string
	switch g.r.IntN(3) {
	case 0:
		curH, prevH = y+"年", py+"年"
	case 1:
		curH, prevH = y+"年决算数", py+"年决算数"
	default:
		curH, prevH = "本年数", "上年数"
	}
	if g.r.IntN(2) == 0 {
		curH += "（" + g.u.Name + "）"
		prevH += "（" + g.u.Name + "）"
	}
	head := []string{}
	if seq {
		head = append(head, "序号")
	}
	head = append(head, "项目", curH, prevH, "增减额")
	if withRate {
		head = append(head, g.pick([]string{"增减率", "增长率", "增减幅度（%）", "变动率"}))
	}
	t.addRow(tcells(head...)...)
	off := 0
	if seq {
		off = 1
	}
	t.labelCol, t.curCol, t.prevCol, t.diffCol = off, off+1, off+2, off+3
	if withRate {
		t.rateCol = off + 4
	}
	mk := func(no, label string, c, p int64) int {
		cells := []*cell{}
		if seq {
			cells = append(cells, tc(no))
		}
		cells = append(cells, tc(label), g.amtCell(c), g.amtCell(p), g.amtCell(c-p))
		if withRate {
			m, ok := rate(c, p)
			cells = append(cells, g.pctCell(m, ok))
		}
		return t.addRow(cells...)
	}
	var tc0, tp int64
	for i := range items {
		tc0 += cur[i]
		tp += prevs[i]
	}
	top := g.r.IntN(3) == 0
	if top {
		t.totalRow = mk("", g.pick([]string{"合计", "合  计"}), tc0, tp)
	}
	for i, it := range items {
		t.dataRows = append(t.dataRows, mk(strconv.Itoa(i+1), it, cur[i], prevs[i]))
	}
	if !top {
		n := ""
		if seq && g.r.IntN(2) == 0 {
			n = strconv.Itoa(len(items) + 1)
		}
		t.totalRow = mk(n, g.pick([]string{"合计", "合  计"}), tc0, tp)
	}
	return t
}

// changeSentence appends "比上年[P]增加D，增长R%" for cur vs prev and
// registers the targets. The figures reference the table row if idx ≥ 0.
func (g *gen) changeSentence(p *para, cur, prev int64, t *table, idx, row int) {
	var rf func(col int) *cellRef
	rf = func(col int) *cellRef {
		if idx < 0 || col < 0 {
			return nil
		}
		return ref(idx, row, col)
	}
	d := cur - prev
	up := d >= 0
	withPrev := g.r.IntN(3) > 0
	py := strconv.Itoa(g.year - 1)
	pre := g.pick([]string{"比上年", "比" + py + "年", "较上年", "较" + py + "年", "与上年相比", "同比"})
	if !withPrev && g.r.IntN(3) == 0 {
		pre = "与上年相比"
	}
	sep := "，"
	if strings.HasPrefix(pre, "与") {
		sep = "，"
		pre += "，"
	}
	p.segs = append(p.segs, &seg{text: sep + pre})
	var ps *seg
	if withPrev {
		if strings.HasSuffix(pre, "，") || pre == "同比" {
			// "与上年相比，" and "同比" read badly before a figure: name the base.
			p.segs[len(p.segs)-1].text = sep + "比上年"
		}
		ps = g.amt(prev, rf(t.prevColOr()))
		p.segs = append(p.segs, ps, &seg{text: g.pu.Name})
	}
	upDir, downDir := []string{"增加", "增加", "增加", "增长", "增长", "多"}, []string{"减少", "减少", "减少", "下降", "下降", "少"}
	upRate, downRate := []string{"增长", "增长", "增幅为", "上升"}, []string{"下降", "下降", "降幅为", "降低"}
	dir, rdir := g.pick(upDir), g.pick(upRate)
	altDir, altRate := g.pick([]string{"减少", "下降"}), g.pick([]string{"下降", "降幅", "降幅为"})
	if !up {
		dir, rdir = g.pick(downDir), g.pick(downRate)
		altDir, altRate = g.pick([]string{"增加", "增长"}), g.pick([]string{"增长", "增幅", "增幅为"})
	}
	dirSeg := &seg{text: dir}
	ds := g.amt(abs64(d), nil)
	p.segs = append(p.segs, dirSeg, ds, &seg{text: g.pu.Name})
	m, ok := rate(cur, prev)
	if ok {
		rs := &seg{text: rdir}
		p.segs = append(p.segs, &seg{text: "，"}, rs, g.pct(abs64(m)), &seg{text: "%"})
		g.addTarget("polarity", p, rs, altRate)
	}
	if up {
		p.segs = append(p.segs, &seg{text: "。" + g.pick(reasonsUp)})
	} else {
		p.segs = append(p.segs, &seg{text: "。" + g.pick(reasonsDown)})
	}
	if withPrev {
		g.addTarget("prose_diff", p, ds, "")
	}
	g.addTarget("polarity", p, dirSeg, altDir)
}

func (t *table) prevColOr() int {
	if t == nil {
		return -1
	}
	return t.prevCol
}

func (g *gen) basicCompare(basic [2]int64) {
	items := []string{"工资福利支出", "商品和服务支出", "对个人和家庭的补助", "资本性支出"}
	total := basic[0] + basic[1]
	cur := g.split(total, len(items), 0.2)
	prev := make([]int64, len(cur))
	for i, c := range cur {
		prev[i] = g.prevOf(c)
	}
	t := g.compareTable("compare-basic", items, cur, prev)
	var tp int64
	for _, v := range prev {
		tp += v
	}
	p := g.para(g.yearSeg(g.year), "年基本支出", g.amt(total, nil))
	p.segs = append(p.segs, &seg{text: g.pu.Name})
	idx := len(g.tables)
	p.segs[1].ref = ref(idx, -1, -1) // resolved below
	g.changeSentence(p, total, tp, t, idx, 0)
	g.addTable(t, fmt.Sprintf("%d年与%d年基本支出对比表", g.year, g.year-1))
	g.fixRefs(p, idx, t.totalRow, t)
	g.quoteTargets(p)
	g.tableYearTarget(t, idx)
}

// fixRefs points the paragraph's figures at the total row of t once it is laid out.
func (g *gen) fixRefs(p *para, idx, row int, t *table) {
	for _, s := range p.segs {
		if s.ref == nil || s.ref.table != idx {
			continue
		}
		s.ref.row = row
		if s.ref.col < 0 {
			s.ref.col = t.curCol
		}
	}
}

func (g *gen) tableYearTarget(t *table, idx int) {
	h := t.rows[t.shift]
	for _, c := range h {
		if strings.HasPrefix(c.text, strconv.Itoa(g.year)+"年") {
			g.targets["year"] = append(g.targets["year"], target{t: t, row: c.row, col: c.col,
				alt: strings.Replace(c.text, strconv.Itoa(g.year), strconv.Itoa(g.year-1), 1), info: strconv.Itoa(idx)})
		}
	}
}

func (g *gen) projectCompare() {
	all := []string{"一般公共服务支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "住房保障支出"}
	n := 3 + g.r.IntN(5)
	var items []string
	for _, i := range g.r.Perm(len(all))[:n] {
		items = append(items, all[i])
	}
	total := int64(1_000_000 + g.r.IntN(300_000_000))
	cur := g.split(total, n, 0.15)
	prev := make([]int64, n)
	var tp int64
	for i, c := range cur {
		prev[i] = g.prevOf(c)
		tp += prev[i]
	}
	t := g.compareTable("compare-function", items, cur, prev)
	idx := len(g.tables)
	p := g.para(g.yearSeg(g.year), "年度财政拨款支出", &seg{text: g.pu.Format(total), num: g.numOf(total), ref: ref(idx, -1, -1)}, g.pu.Name)
	g.changeSentence(p, total, tp, t, idx, 0)
	g.addTable(t, fmt.Sprintf("%d年与%d年财政拨款支出对比表", g.year, g.year-1))
	g.fixRefs(p, idx, t.totalRow, t)
	g.quoteTargets(p)
	g.tableYearTarget(t, idx)
	// One item restated with its own change.
	i := g.r.IntN(n)
	row := t.dataRows[i]
	q := g.para("其中：", items[i], &seg{text: g.pu.Format(cur[i]), num: g.numOf(cur[i]), ref: ref(idx, row, t.curCol)}, g.pu.Name)
	g.changeSentence(q, cur[i], prev[i], t, idx, row)
	g.quoteTargets(q)
}

// Format renders cents in the unit (prose helper).
func (u unit) Format(cents int64) string { return u.format(cents) }

func (g *gen) numOf(cents int64) *numFmt {
	return &numFmt{mant: g.pu.mant(cents), dec: g.pu.Dec, comma: g.pu.Comma}
}

func (g *gen) sanGong() {
	t := newTable("sangong")
	y, py := strconv.Itoa(g.year), strconv.Itoa(g.year-1)
	t.addRow(tcells("项目", y+"年", py+"年", "增减额", g.pick([]string{"增减率", "增长率"}))...)
	t.labelCol, t.curCol, t.prevCol, t.diffCol, t.rateCol = 0, 1, 2, 3, 4
	abroad := int64(0)
	if g.r.IntN(5) == 0 {
		abroad = int64(g.r.IntN(20_000_000))
	}
	buy := int64(0)
	if g.r.IntN(4) == 0 {
		buy = int64(10_000_000 + g.r.IntN(20_000_000))
	}
	run := int64(g.r.IntN(30_000_000))
	recv := int64(g.r.IntN(10_000_000))
	cur := []int64{abroad, buy + run, buy, run, recv}
	prev := []int64{g.prevOfSmall(abroad), 0, g.prevOfSmall(buy), g.prevOfSmall(run), g.prevOfSmall(recv)}
	prev[1] = prev[2] + prev[3]
	tc0 := abroad + buy + run + recv
	tp := prev[0] + prev[1] + prev[4]
	mk := func(label string, c, p int64) int {
		m, ok := rate(c, p)
		return t.addRow(tc(label), g.amtCell(c), g.amtCell(p), g.amtCell(c-p), g.pctCell(m, ok))
	}
	t.totalRow = mk("合计", tc0, tp)
	labels := []string{"1.因公出国（境）费", "2.公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费", "3.公务接待费"}
	for i, l := range labels {
		r := mk(l, cur[i], prev[i])
		if i != 1 {
			t.dataRows = append(t.dataRows, r)
		}
	}
	idx := g.addTable(t, fmt.Sprintf("%d年度“三公”经费支出情况表", g.year))
	p := g.para(g.yearSeg(g.year), "年度“三公”经费支出", g.amt(tc0, ref(idx, t.totalRow, 1)), g.pu.Name)
	g.changeSentence(p, tc0, tp, t, idx, t.totalRow)
	p.segs = append(p.segs, &seg{text: "其中：因公出国（境）费"}, g.amt(abroad, ref(idx, t.dataRows[0], 1)), &seg{text: g.pu.Name + "；公务用车购置及运行维护费"},
		g.amt(buy+run, ref(idx, t.dataRows[1]-1, 1)), &seg{text: g.pu.Name + "；公务接待费"}, g.amt(recv, ref(idx, t.dataRows[3], 1)), &seg{text: g.pu.Name + "。"})
	g.quoteTargets(p)
}

func (g *gen) prevOfSmall(c int64) int64 {
	if c == 0 && g.r.IntN(2) == 0 {
		return 0
	}
	return g.prevOf(c)
}

func (g *gen) procurement() {
	total := int64(1_000_000 + g.r.IntN(100_000_000))
	parts := g.split(total, 3, 0.2)
	a, b, c := g.amt(parts[0], nil), g.amt(parts[1], nil), g.amt(parts[2], nil)
	p := g.para(g.yearSeg(g.year), "年度本部门政府采购支出总额", g.amt(total, nil), g.pu.Name+"，"+g.enumWord()+"政府采购货物支出", a,
		g.pu.Name+"、政府采购工程支出", b, g.pu.Name+"、政府采购服务支出", c, g.pu.Name+"。")
	for _, s := range []*seg{a, b, c} {
		g.addTarget("prose_sum", p, s, "")
	}
}

func (g *gen) runningCost() {
	cur := int64(1_000_000 + g.r.IntN(30_000_000))
	prev := g.prevOf(cur)
	p := g.para(g.yearSeg(g.year), "年度本部门机关运行经费支出", g.amt(cur, nil), g.pu.Name)
	g.changeSentence(p, cur, prev, nil, -1, 0)
}

func (g *gen) assets() {
	cars := int64(g.r.IntN(12))
	lead := int64(0)
	if cars > 0 {
		lead = int64(g.r.IntN(2))
	}
	a := g.count(cars - lead)
	p := g.para("截至", g.yearSeg(g.year), fmt.Sprintf("年12月31日，本部门共有车辆"), g.count(cars), "辆，"+g.enumWord()+"领导干部用车", g.count(lead), "辆，一般公务用车", a, "辆。")
	g.addTarget("year", p, p.segs[1], strconv.Itoa(g.year+1))
	if cars > 0 {
		g.addTarget("prose_sum", p, a, "")
	}
}

// scores builds the score sheet and the sentence stating the result.
func (g *gen) scores() {
	type ind struct {
		l1, l2, l3 string
		max        int64 // tenths
	}
	inds := []ind{
		{"投入", "目标设定", "绩效目标合理性", 50}, {"投入", "目标设定", "绩效指标明确性", 50},
		{"投入", "预算配置", "在职人员控制率", 50}, {"投入", "预算配置", "“三公经费”变动率", 50},
		{"过程", "预算执行", "预算执行率", 100}, {"过程", "预算执行", "结转结余率", 50}, {"过程", "预算执行", "政府采购执行率", 50},
		{"过程", "预算管理", "管理制度健全性", 50}, {"过程", "预算管理", "资金使用合规性", 50},
		{"产出", "职责履行", "实际完成率", 100}, {"产出", "职责履行", "质量达标率", 100}, {"产出", "职责履行", "完成及时率", 50},
		{"效益", "履职效益", "社会效益", 100}, {"效益", "履职效益", "可持续影响", 50}, {"效益", "满意度", "服务对象满意度", 100},
	}
	t := newTable("score")
	t.addRow(tcells("一级指标", "二级指标", "三级指标", "分值", "得分")...)
	t.labelCol, t.maxCol, t.scoreCol = 2, 3, 4
	var total, maxTotal int64
	for i, in := range inds {
		sc := in.max
		if g.r.IntN(4) == 0 {
			sc -= int64(5 * (1 + g.r.IntN(int(in.max/10))))
		}
		total += sc
		maxTotal += in.max
		c1, c2 := trestart(in.l1), trestart(in.l2)
		if i > 0 && inds[i-1].l1 == in.l1 {
			c1 = tcont()
		}
		if i > 0 && inds[i-1].l2 == in.l2 {
			c2 = tcont()
		}
		t.dataRows = append(t.dataRows, t.addRow(c1, c2, tc(in.l3), g.scoreCell(in.max), g.scoreCell(sc)))
	}
	t.totalRow = t.addRow(tspan("合计", 3), g.scoreCell(maxTotal), g.scoreCell(total))
	grade := gradeOf(total)
	gradeRow := t.addRow(tspan("评价等级", 3), tspan(grade, 2))
	idx := g.addTable(t, fmt.Sprintf("%s%d年度部门整体支出绩效自评表", g.orgShort, g.year))
	gradeRow += t.shift
	g.targets["grade"] = append(g.targets["grade"], target{t: t, row: gradeRow, col: 3, alt: wrongGrade(g.r, grade), info: strconv.Itoa(idx)})
	sc := &seg{text: t.at(t.totalRow, 4).text, num: t.at(t.totalRow, 4).num, ref: ref(idx, t.totalRow, 4)}
	sc.num = &numFmt{mant: sc.num.mant, dec: sc.num.dec}
	gs := &seg{text: grade, ref: ref(idx, gradeRow, 3)}
	p := g.para("经自评，本部门", g.yearSeg(g.year), "年度整体支出绩效自评综合得分为", sc, "分，评价等级为“", gs, "”。")
	g.quoteTargets(p)
}

func gradeOf(tenths int64) string {
	switch {
	case tenths >= 900:
		return "优"
	case tenths >= 800:
		return "良"
	case tenths >= 600:
		return "中"
	}
	return "差"
}

func wrongGrade(r *rand.Rand, g string) string {
	if g == "优" {
		return "良"
	}
	return "优"
}
