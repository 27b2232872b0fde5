package prose

import (
	"cmp"
	"iter"
	"math"
	"math/big"
	"math/bits"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/rules/years"
	"github.com/crossfoot/crossfoot/tables"
)

// basis says which kind of figure a label refers to.
type basis int8

const (
	actualBasis  basis = iota // 决算, 实际, 执行, or nothing said
	budgetAny                 // 预算, 预算数, 计划, 预期目标
	budgetInit                // 年初预算
	budgetFull                // 全年预算, 调整预算
	basisUnknown              // cannot tell (a rate of change, a plan/actual mix)
)

func (b basis) compatible(o basis) bool {
	switch {
	case b == basisUnknown || o == basisUnknown:
		return false
	case b == o:
		return true
	case b == actualBasis || o == actualBasis:
		return false
	case b == budgetAny || o == budgetAny:
		return true
	}
	return false
}

// budgetNames are names of budget types, not budget figures.
var budgetNames = [...]string{"一般公共预算", "公共财政预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "预算单位", "预算部门", "预算执行率", "预算资金"}

func basisOf(text string) basis {
	// The words are Han, which figures.Normalize leaves alone (it maps
	// other runes one by one to runes that are not Han), so the text is
	// not normalised; and every budget name says 预算.
	t := text
	if hasBudgetName(t) { // else the names' removal would change nothing
		for _, n := range budgetNames {
			t = strings.ReplaceAll(t, n, "")
		}
	}
	switch {
	case cjk.Contains(t, "年初"):
		return budgetInit
	case cjk.Contains(t, "全年预算") || cjk.Contains(t, "调整预算") || cjk.Contains(t, "调整后预算"):
		return budgetFull
	case cjk.Contains(t, "预算") || saysPlan(t) || cjk.Contains(t, "预期") || cjk.Contains(t, "预计"):
		if cjk.Contains(t, "实际") || cjk.Contains(t, "执行数") || cjk.Contains(t, "决算") {
			return basisUnknown
		}
		return budgetAny
	}
	return actualBasis
}

// saysPlan reports 计划 in t other than in 计划生育 (医疗卫生与计划生育支出
// is a spending class, not a plan).
func saysPlan(t string) bool {
	if cjk.Contains(t, "计划生育") {
		t = strings.ReplaceAll(t, "计划生育", "")
	}
	return cjk.Contains(t, "计划")
}

// fromToWords join the two years of "由2023年的X增加到2025年的Y".
var fromToWords = [...]string{"由", "从", "增加到", "增长到", "提高到", "上升到", "减少到", "下降到", "降低到", "下降至", "减少至", "降至", "增至", "达到"}

// onlyAYear reports a label that names a year and nothing else, once a
// from-to word is taken off: 由2023年, 增加到2025年度.
func onlyAYear(label string) bool {
	l := label
	for _, w := range fromToWords {
		if t, ok := strings.CutPrefix(l, w); ok {
			l = t
			break
		}
	}
	l = strings.TrimSuffix(strings.TrimSuffix(l, "度"), "年")
	if len(l) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if l[i] < '0' || l[i] > '9' {
			return false
		}
	}
	return true
}

// saysActual reports words that name an actual figure (决算数, 实际支出,
// 执行数, 完成): in a budget report the others are budget figures.
func saysActual(text string) bool {
	return cjk.Contains(text, "决算") || cjk.Contains(text, "实际") || cjk.Contains(text, "执行") || cjk.Contains(text, "完成")
}

// budgetNameParts are the budgetNames cut around their 预算: what comes
// before it and what after.
var budgetNameParts = func() (out [len(budgetNames)][2]string) {
	for k, n := range budgetNames {
		i := cjk.Index(n, "预算")
		out[k] = [2]string{n[:i], n[i+len("预算"):]}
	}
	return out
}()

// hasBudgetName reports whether t holds one of budgetNames. Each holds 预算
// once, so a name is looked for only around the occurrences of 预算.
func hasBudgetName(t string) bool {
	for i := 0; ; {
		j := cjk.Index(t[i:], "预算")
		if j < 0 {
			return false
		}
		p := i + j
		for _, np := range budgetNameParts {
			if strings.HasSuffix(t[:p], np[0]) && strings.HasPrefix(t[p+len("预算"):], np[1]) {
				return true
			}
		}
		i = p + len("预算")
	}
}

// basisOf2 is basisOf(a + b), without joining them when one is empty or
// when a + b says none of 预算, 年初, 计划 and 预期: basisOf finds any other basis
// than actualBasis by one of them (a budget name it removes holds 预算).
func basisOf2(a, b string) basis {
	switch {
	case a == "":
		return basisOf(b)
	case b == "":
		return basisOf(a)
	case !joinedContains(a, b, "预算") && !joinedContains(a, b, "年初") && !joinedContains(a, b, "计划") && !joinedContains(a, b, "预期") && !joinedContains(a, b, "预计"):
		return actualBasis
	}
	return basisOf(a + b)
}

// joinedContains is strings.Contains(a+b, w) without joining a and b.
func joinedContains(a, b, w string) bool {
	if cjk.Contains(a, w) || cjk.Contains(b, w) {
		return true
	}
	for k := 1; k < len(w); k++ { // w[:k] ends a, w[k:] starts b
		if strings.HasSuffix(a, w[:k]) && strings.HasPrefix(b, w[k:]) {
			return true
		}
	}
	return false
}

// pfig is a figure stated in prose, with what it is about.
type pfig struct {
	u      *unit
	q      *figures.Quantity // in u.st.Quantities, which no rule changes
	lbl    int32             // the label, normalised: its number in xrefFacts.proseLabels
	iv     scaled            // the figure's interval in its unit
	year   int               // 0 when not known
	basis  basis
	isRate bool // a …率 figure
	inList bool // follows 其中, 主要用于, 包括, 分别 in its sentence: a part of something
	// chain is set for a figure of a clause opening with a 类/款/项 chain
	// ("农林水支出（类）水利（款）水利工程建设（项）：…支出决算为789.38万元"),
	// labelled by its period only: it is compared with that 项's row alone
	// (so is a figure with no label of its own after a row's name and a
	// colon, its lead naming the column: "行政运行（2100101）：2025年预算数
	// 661.87万元", see colonItem)
	chain bool
	// scopeIdx is the index in scopeWords of the last scope word (基本支出,
	// 项目支出, …) written before the figure in the paragraph, outside its
	// label, −1 for none; sentScopeIdx the same within its sentence only.
	scopeIdx, sentScopeIdx int8
	// listScopeIdx is, for a part of a list (inList), the last scope word
	// before the list's word (其中, 包括): the scope of the whole list,
	// which the part's siblings do not change; −1 for none
	listScopeIdx int8
	// paths is pathScopes(f) plus one, made on first use (0: not yet)
	paths uint32
	// hyear is the year of the nearest heading in force that names one,
	// plus one (1: none), made on first use (0: not yet)
	hyear int32
}

// headingYear returns the year the nearest heading in force over figure
// f names ("一、2024年预算执行情况"), 0 when none does.
func (x *xrefFacts) headingYear(f *pfig) int {
	if f.hyear == 0 {
		f.hyear = int32(x.headingYearAt(f.u.abs(f.q.Start))) + 1
	}
	return int(f.hyear) - 1
}

// figureYear is f's year, else the year of the heading over it when that
// is not the report year ("二、2025年预算草案" in a report on 2024), else 0.
func (x *xrefFacts) figureYear(f *pfig) int {
	if f.year != 0 {
		return f.year
	}
	if hy := x.headingYear(f); hy != x.reportYear() {
		return hy
	}
	return 0
}

// figureBasis is f's basis, a budget under a heading of a year after the
// report's ("二、2025年预算草案" in a report on 2024: what is spent then is
// planned now).
func (x *xrefFacts) figureBasis(f *pfig) basis {
	if f.basis == actualBasis && x.reportYear() != 0 && x.headingYear(f) > x.reportYear() {
		return budgetAny
	}
	return f.basis
}

// headingYearAt returns the year the nearest heading in force at offset
// at names, 0 when none does.
func (x *xrefFacts) headingYearAt(at int) int {
	for h := range x.headingsInForce(at) {
		if y := yearIn(h); y != 0 {
			return y
		}
	}
	return 0
}

// otherYearsTable reports a figure of no year of its own, under a heading
// of one year, and a cell of a table of another ("一、2024年预算执行情况"
// over "…动用预算稳定调节基金0.87亿元", and 表6 2025年一般公共预算收支
// 平衡表): the heading says which year's the figure is.
func (x *xrefFacts) otherYearsTable(f *pfig, cf *cellFacts) bool {
	if f.year != 0 {
		return false
	}
	ty := cf.year
	if ty == 0 {
		ty = yearIn(cf.table().Title)
	}
	if ty == 0 {
		return false
	}
	hy := x.headingYear(f)
	return hy != 0 && hy != ty
}

// scopeWords name mutually exclusive parts of a budget; a figure written
// under one must not be compared with a table about another.
var scopeWords = [...]string{"基本支出", "项目支出", "一般公共预算", "政府性基金", "国有资本经营", "社会保险基金", "三公经费", "公用经费", "人员经费", "机关运行经费"}

func (f *pfig) span() model.Span { return f.u.spanOf(*f.q) }

// lastScopeWord returns the index in scopeWords of the scope word written
// last in text (quotes dropped: “三公”经费), −1 if none.
func lastScopeWord(text string) int8 {
	if !cjk.Contains(text, "经") && !cjk.Contains(text, "支出") && !cjk.Contains(text, "预算") && !cjk.Contains(text, "基金") {
		return -1 // every scope word holds one of these
	}
	t := scopeQuotes.Replace(text)
	best, at := int8(-1), -1
	for k, w := range scopeWords {
		if i := strings.LastIndex(t, w); i > at {
			best, at = int8(k), i
		}
	}
	return best
}

// unplaced reports a figure whose words name neither its year nor its
// basis (决算, 预算, …): which column of a row it quotes is not told.
// inEnumeration reports whether the figure starting at start is a total or
// a part of one of es.
func inEnumeration(es []figures.Enumeration, start int) bool {
	for _, e := range es {
		if e.Total.Start == start {
			return true
		}
		for _, p := range e.Parts {
			if p.Start == start {
				return true
			}
		}
	}
	return false
}

// isCount reports a figure counting whole things (23595人), which XRF001
// compares only within a list anchored to a table.
func (f *pfig) isCount() bool { return !f.isRate && figures.IsCountUnit(f.q.Unit) }

func (f *pfig) unplaced() bool {
	return f.year == 0 && f.q.Period == "" && f.basis == actualBasis && !saysActual(f.q.Lead)
}

// label returns the label of prose figure f.
func (x *xrefFacts) label(f *pfig) *figures.Label { return &x.proseLabels.labels[f.lbl] }

type xrefKey struct{}

type xrefFacts struct {
	prose      []pfig
	enums      [][]int      // per enumeration: indexes into prose, total first (−1 when not kept)
	enumSlab   []int        // holds the enums
	strip      stripScratch // collect's stripQuotes storage, reused unit after unit
	listBuf    []listAt     // collect's occurrences of list words, reused unit after unit
	cfs        []cellFacts  // cellFacts of the cells that have them, made once
	cellLabels labelTable   // the labels of cfs
	// proseLabels numbers the labels of prose: figures with one label
	// share its number (XRF002 groups them by it, XRF001 matches each
	// label with the cells once)
	proseLabels labelTable
	masks       map[string]uint32 // scopeMask by text
	// headingFunds is the set of fund scopes (fundsOnlyMask) some heading
	// names, made on first use (hasHeadingFunds)
	headingFunds    uint32
	hasHeadingFunds bool

	labels   map[string]string // figures.NormalizeLabel by label
	captions map[string]string // captionLabel by text
	// colScopes and rowScopes are the parts of scopes made once per
	// column and per row
	colScopes map[*tables.Column]uint32
	blkScopes map[*tables.Block]uint32 // the part of colScopes a block's columns share
	rowScopes map[*tables.Row]uint32
	ix        cellIndex     // XRF001's, in storage kept for the pool
	xrf002    xrf002Storage // XRF002's, the same
	xrf001    xrf001Storage // XRF001's, the same
	xrf003    xrf003Storage // XRF003's, the same
	hasCfs    bool
	year      int    // report year when sure, else 0; −1 until computed
	prevText  string // the text of the paragraph before the unit collected
	budgetDoc int8   // 1 when the document explains a budget, 0 when not; −1 until computed
	pass      *audit.Pass
	before    map[*model.Table]string
	tables    *tables.Analysis
	draft     []model.Span // underDraft's stretches, nil until asked
	// headingItems are headingItem's answers by heading text, titles the
	// tables' titles one per line (made on headingItem's first search)
	headingItems map[string][2]string
	titles       string
	// projects are the project names the tables' forms give (项目名称 |
	// 耕地地力保护补贴), by table; nil until projectOf's first use
	projects map[*tables.Table]string
	// agree holds agreeing's answer for the figure last asked
	agree agreeMemo
	// mants is byMant's index of the cells by their digits, made on
	// first use
	mants    []mantCell
	hasMants bool
	// cellRanges are ranges' value ranges of the cells, made on first use
	cellRanges []valueRange
	hasRanges  bool
	// holder is blockHolder's answer for the block holderBlk
	holderBlk *tables.Block
	holder    int
}

// agreeMemo is the cells (indexes in cfs) that agree with one figure,
// keyed by what agrees reads of the figure: its quantity (which no rule
// changes, and which the memo keeps alive, so that its address names
// it), its kind and its interval.
type agreeMemo struct {
	q      *figures.Quantity
	isRate bool
	iv     scaled
	cells  []int32
}

// agreeing returns the indexes in allCellFacts of the cells that agree
// with figure f (agrees 1), in cell order. reportXref's tests each look
// for such cells among all the document's, for one figure: the cells are
// compared with it once, and only those whose range of values (ranges)
// meets the figure's, when the figure has one.
func (x *xrefFacts) agreeing(f *pfig) []int32 {
	m := &x.agree
	if m.q != f.q || m.isRate != f.isRate || m.iv != f.iv {
		cfs := x.allCellFacts()
		m.q, m.isRate, m.iv, m.cells = f.q, f.isRate, f.iv, m.cells[:0]
		fr, nr, ok := agreeRanges(f)
		if !ok {
			for i := range cfs {
				if agrees(f, &cfs[i]) == 1 {
					m.cells = append(m.cells, int32(i))
				}
			}
			return m.cells
		}
		for i, r := range x.ranges() {
			// (a cell without a range is asked all the same)
			if (!r.ok || r.meets(fr) || r.meets(nr)) && agrees(f, &cfs[i]) == 1 {
				m.cells = append(m.cells, int32(i))
			}
		}
	}
	return m.cells
}

// valueRange is an interval of values in floats that holds a figure's
// exact interval (scaled): a cell whose range does not meet a figure's
// cannot agree with it. ok is false for no range (a cell whose unit is
// not known, or off the int64 path): agrees alone can tell.
type valueRange struct {
	lo, hi float64
	ok     bool
}

// meets reports whether the ranges r and o share a point.
func (r valueRange) meets(o valueRange) bool { return r.ok && o.ok && r.lo <= o.hi && o.lo <= r.hi }

// rangeOf returns the range of interval s, ok when s is on the int64
// path. Each end, Lo/(2·10^Dec) in floats, is within 1e-15 of its value
// relatively (three roundings); the range is wider by 1e-12 of each end,
// so that it holds the exact interval.
func rangeOf(s scaled) valueRange {
	if !s.ok || !s.fast || s.fx.Dec < -300 || s.fx.Dec > 300 {
		return valueRange{}
	}
	scale := 0.5 * math.Pow10(-s.fx.Dec)
	lo, hi := float64(s.fx.Lo)*scale, float64(s.fx.Hi)*scale
	return valueRange{lo - math.Abs(lo)*1e-12, hi + math.Abs(hi)*1e-12, true}
}

// agreeRanges returns the ranges of the cells that may agree with figure
// f: its own, and for a decrease written as a positive amount ("调减
// 1099.52万元") that of its negative, which agrees compares with negative
// cells (no range when it is not one); ok is false when f has no range.
func agreeRanges(f *pfig) (own, neg valueRange, ok bool) {
	if own = rangeOf(f.iv); !own.ok {
		return own, neg, false
	}
	if f.q.Mant > 0 && saysDecrease(f.q) {
		q := *f.q
		q.Mant = -q.Mant
		if neg = rangeOf(scaleOf(q.Number, q.Unit)); !neg.ok {
			return own, neg, false
		}
	}
	return own, neg, true
}

// ranges returns the value ranges of allCellFacts, by index, made once
// per document: the cells of known unit on the int64 path, whose
// interval agrees reads as it is (cf.iv); the others have none.
func (x *xrefFacts) ranges() []valueRange {
	if !x.hasRanges {
		cfs := x.allCellFacts()
		x.cellRanges = resized(x.cellRanges, len(cfs))
		for i := range cfs {
			x.cellRanges[i] = valueRange{}
			if cfs[i].known {
				x.cellRanges[i] = rangeOf(cfs[i].iv)
			}
		}
		x.hasRanges = true
	}
	return x.cellRanges
}

// reportYear is computed only when a figure without a year needs it.
func (x *xrefFacts) reportYear() int {
	if x.year < 0 {
		x.year = 0
		if ry := years.ReportYearOf(x.pass); ry.Sure {
			x.year = ry.Year
		}
	}
	return x.year
}

// budgetReport reports a document that explains a budget (its title says
// 预算 and not 决算): there a figure, in the text or a table column, whose
// words name no basis is a budget figure. Computed on first use.
func (x *xrefFacts) budgetReport() bool {
	if x.budgetDoc < 0 {
		x.budgetDoc = 0
		if years.BudgetReport(x.pass.Doc) {
			x.budgetDoc = 1
		}
	}
	return x.budgetDoc == 1
}

// xrefPool holds the storage of the xrefFacts of passes done: the figures,
// cells, labels and maps of a document grew afresh for every document,
// while the facts live only as long as the pass (audit.Pooled).
var xrefPool = sync.Pool{New: func() any { return new(xrefFacts) }}

type xrefPoolKey struct{}

func xrefFactsOf(p *audit.Pass) *xrefFacts {
	return audit.Fact(p, xrefKey{}, func(d *model.Document) *xrefFacts {
		x := audit.Pooled(p, xrefPoolKey{}, &xrefPool, (*xrefFacts).release)
		x.pass, x.year, x.budgetDoc = p, -1, -1
		x.tables = audit.Fact(p, tables.FactKey, tables.Analyze)
		// table cells are compared as cells, not as prose
		units := proseUnits(p).units
		n := 0 // the figures that pass collect's first tests, to allocate them once
		for _, u := range units {
			for i := range u.st.Quantities {
				if _, ok := mayCrossRef(&u.st.Quantities[i]); ok || countInList(&u.st.Quantities[i], u.st.Enumerations) {
					n++
				}
			}
		}
		x.prose = slices.Grow(x.prose[:0], n)
		// the maps of labels are made near their size, not grown as they
		// fill: the labels of the figures, and of the rows of the tables
		// (allCellFacts), of which a report repeats a few hundred at most
		// (a pooled x keeps the maps of an earlier document, emptied)
		rows := 0
		for _, t := range x.tables.Tables {
			for _, b := range t.Blocks {
				rows += len(b.Rows)
			}
		}
		rows, figs := min(rows, 192), min(n, 192)
		if x.labels == nil {
			x.labels = make(map[string]string, figs+rows)
		}
		x.proseLabels.reset(figs)
		x.cellLabels.reset(rows)
		x.prevText = ""
		for _, u := range units {
			x.collect(u)
		}
		return x
	})
}

// release empties x for xrefPool, dropping its references to the document
// (figures, cells, label texts) so that a pooled x keeps none alive.
func (x *xrefFacts) release() {
	x.prose, x.enums, x.cfs = truncated(x.prose), truncated(x.enums), truncated(x.cfs)
	x.prevText = ""
	x.enumSlab, x.listBuf = bounded(x.enumSlab), bounded(x.listBuf)
	x.strip.release()
	x.cellLabels.release()
	x.proseLabels.release()
	x.masks, x.labels, x.captions = emptied(x.masks), emptied(x.labels), emptied(x.captions)
	x.colScopes, x.blkScopes, x.rowScopes = emptied(x.colScopes), emptied(x.blkScopes), emptied(x.rowScopes)
	x.before, x.draft = emptied(x.before), nil
	x.headingItems, x.titles = emptied(x.headingItems), ""
	x.projects = nil // (made afresh: nil is how projectOf knows it has not looked)
	x.agree = agreeMemo{cells: bounded(x.agree.cells)[:0]}
	x.mants, x.hasMants = bounded(x.mants), false
	x.cellRanges, x.hasRanges = bounded(x.cellRanges), false
	x.holderBlk = nil
	x.ix.release()
	x.xrf002.release()
	x.xrf001.release()
	x.xrf003.release()
	x.hasCfs, x.year, x.budgetDoc, x.pass, x.tables = false, -1, -1, nil, nil
	x.headingFunds, x.hasHeadingFunds = 0, false
}

// mayCrossRef is collect's first test of a figure: a labelled exact amount
// in a currency, or a …率 rate; rate says which.
func mayCrossRef(q *figures.Quantity) (rate, ok bool) {
	if q.Approx || q.Chinese || q.Label == "" {
		return false, false
	}
	rate = q.Percent && strings.HasSuffix(q.Label, "率") || q.Unit == "倍" && strings.HasSuffix(q.Label, "率")
	return rate, rate || figures.IsMoneyUnit(q.Unit)
}

// colonItem reports a chain figure with no label of its own (colonLed):
// its row is named before the colon, its column by its lead.
func (f *pfig) colonItem() bool { return f.chain && f.q.Label == "" }

// colonLed reports an amount with no label written right after a name
// and a colon, its lead a year or a period only: "（1）行政运行（2100101）：
// 2025年预算数661.87万元" (see pfig.colonItem).
func colonLed(u *unit, q *figures.Quantity) bool {
	if q.Label != "" || q.Year == 0 && q.Period == "" || q.Approx || q.Chinese || q.Percent || !figures.IsMoneyUnit(q.Unit) {
		return false
	}
	head, ok := strings.CutSuffix(clauseBefore(u, q), q.Lead)
	if !ok {
		return false
	}
	if head, ok = strings.CutSuffix(head, "："); !ok {
		if head, ok = strings.CutSuffix(head, ":"); !ok {
			return false
		}
	}
	return utf8.RuneCountInString(head) >= 2 && !strings.ContainsAny(head, "，,。：:")
}

// countInList reports a whole count (9名) that is a total or a part of one
// of es: the counts collect keeps besides mayCrossRef's figures (see
// pfig.isCount).
func countInList(q *figures.Quantity, es []figures.Enumeration) bool {
	return !q.Approx && !q.Chinese && q.Label != "" && !q.Percent && q.Dec == 0 && figures.IsCountUnit(q.Unit) && inEnumeration(es, q.Start)
}

// collect gathers the figures of one prose unit worth cross-referencing.
func (x *xrefFacts) collect(u *unit) {
	first := len(x.prose) // the unit's figures are x.prose[first:], by ascending start
	var plain stripped    // u.text without quotes, made for the first figure kept
	var sw sentWords      // the words of a figure's sentence, made for its first figure kept
	var lw []listAt       // the list words of u.text[:bound], found for the first figure kept
	madeLW := false
	bound := scopeBound(u)
	listYear := 0 // the year of the figure before, when the next may share it
	// the year of the first figure of the sentence of the figure and of
	// the one before (0 when another figure there names the same year:
	// "2017年…37.46万元，比2017年的45.12万元减少…" contradicts itself), and
	// whether the figure's sentence opens with 其中
	var cur figures.Range
	curYear, prevYear, qizhong := 0, 0, false
	quotes := quoteScan{s: u.text, last: -1} // (inQuotedStandard's marks, read once)
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		if s := u.sentenceOf(q.Start); s != cur {
			head := strings.TrimSpace(u.text[s.Start:min(s.End, len(u.text))])
			cur, prevYear, curYear = s, max(curYear, 0), q.Year
			qizhong = strings.HasPrefix(head, "其中")
			if !startsWithYear(head) {
				curYear = -1 // ("与2016年37.71万元相比减少6.06万元": the year of the base, not of the subject)
			}
		} else if q.Year != 0 && q.Year == curYear {
			curYear = -1
		}
		year := q.Year
		if year == 0 && listYear != 0 && i > 0 && strings.TrimSpace(u.text[u.st.Quantities[i-1].End:max(q.LabelStart, u.st.Quantities[i-1].End)]) == "、" {
			// "（2020年基本支出10788.70万元、项目支出4941.87万元）": the items
			// of a 、 list share the year written before the first
			year = listYear
		}
		if year == 0 && qizhong {
			// "2022年…收入预算4127.00万元，执行4272.13万元。其中：利润收入
			// 3213.67万元": a sentence opening with 其中 breaks down the one
			// before, in its year
			year = prevYear
		}
		listYear = year
		rate, ok := mayCrossRef(q)
		colonItem := !ok && colonLed(u, q)
		ok = ok || colonItem
		if !ok && countInList(q, u.st.Enumerations) {
			ok = true // a count is compared only inside a list (see pfig.isCount)
		}
		if !ok || isChangeFigure(q) || quotes.inStandard(q.Start) || yearsInTurn(u.text[cur.Start:q.Start]) || someUnits(runesBefore(u.text, q.LeadStart, 3)+q.Lead) {
			continue
		}
		if someBodies(u, q) {
			continue // "5个县（市、区）资产总额合计668.95亿元", "最大的是准格尔召镇，资产总额49.93亿元": not the whole's
		}
		label := feeSpending(x.normalizeLabel(afterLastDe(q.Label)))
		if item := labelChainItem(q.Label); item != "" {
			// "…行政运行（项）2026年预算441.07万元": the 项 and the measure
			label = x.normalizeLabel(item + q.Period)
		}
		chain := colonItem
		if colonItem {
			label = x.normalizeLabel(columnLead(q.Lead))
		} else if utf8.RuneCountInString(label) < 3 && q.Period != "" && chainHead(clauseBefore(u, q)) {
			label, chain = x.normalizeLabel(q.Label+q.Period), true // "支出决算为789.38万元" of the 项 the clause names
		}
		if (utf8.RuneCountInString(label) < 3 && q.Period != "" || basisOnly(label)) && !chain {
			// "3.公务接待费。支出决算为19559.65万元": the item the paragraph
			// opens with as its title names the figure of its first sentence
			if item := openingTitle(u.text, basisOnly(label)); item != "" && titleSentence(u, q, basisOnly(label)) {
				label = x.normalizeLabel(item)
				if strings.HasSuffix(q.Label, "支出") && !strings.HasSuffix(label, "支出") && !strings.ContainsAny(u.text[:firstSentenceAfterTitle(u.text)], "。") {
					label += "支出" // "“三公”经费：本年度实际支出2.28万元": 三公经费支出
				}
			} else if l := siblingItem(x, u, i, label); l != "" {
				label = l
			}
		}
		if q.Period == "年末" && label == "结转" && openedBefore(u, i) {
			// "…年初结转120.95万元，本年到位5388.50万元，本年支出5128.42万元，
			// 年末结转381.03万元": the closing of a roll-forward stated in
			// the sentence, the 年末结转 column
			label = x.normalizeLabel(q.Period + label)
		}
		if utf8.RuneCountInString(label) < 3 || onlyAYear(label) {
			continue // ("由2023年的120.00万元增加到2025年的240.00万元": no item)
		}
		f := pfig{u: u, q: q, lbl: x.proseLabels.id(label), year: year, isRate: rate, chain: chain}
		if year == 0 && (priorPeriod(q.Period) || priorBase(q.Lead) || clauseOpensPrior(u.text, q.LeadStart)) {
			// "比上年实际支出812640.00元": the year before the report's
			if x.reportYear() == 0 {
				continue
			}
			f.year = x.year - 1
		}
		if year == 0 && stockLabel(label) {
			// "2024年初，全县政府债务余额499854.55万元": a balance at the start
			// of a year is the year before's closing one
			if y := openingDate(u.text[u.sentenceOf(q.Start).Start:q.Start]); y != 0 {
				f.year = y - 1
			}
		}
		f.iv = scaleOf(q.Number, q.Unit)
		if rate {
			f.basis = actualBasis
		} else {
			f.basis = basisOf2(q.Period, q.Lead)
			if f.basis == actualBasis && x.budgetReport() && !saysActual(q.Period) && !saysActual(q.Lead) && !(qizhong && lastSaysActual(u, cur.Start)) {
				f.basis = budgetAny
			}
		}
		sent := u.sentenceOf(q.Start)
		if !sw.made || sw.sent != sent {
			if !madeLW {
				// lastScope reads the text before a figure only: no
				// further than the last figure's start; nor do the list
				// words' sentences
				plain, lw = x.scanWords(u.text[:bound])
				madeLW = true
			}
			sw = wordsIn(lw, sent) // wordsOf(u.text, sent, bound)
		}
		// A figure's year is the one figures.Analyze found in its lead
		// (or, below, its table's). Reading a year written at the start
		// of the sentence as well was tried: it changed no finding on the
		// seed, the corpus or the generated reports, so it is not done.
		f.inList = sw.listEnd <= min(max(q.LabelStart, sent.Start), len(u.text)) // inList(u, q, sent)
		f.scopeIdx = scopeIndex(scopeBefore(&plain, u.text, 0, min(max(q.LabelStart, 0), len(u.text)), q.Label))
		f.listScopeIdx = -1
		if f.inList {
			// the scope of the whole list, written before its list word
			f.listScopeIdx = scopeIndex(scopeBefore(&plain, u.text, 0, min(max(q.LabelStart, 0), sw.listEnd, len(u.text)), q.Label))
		}
		f.sentScopeIdx = scopeIndex(scopeBefore(&plain, u.text, sent.Start, min(max(q.LabelStart, sent.Start), len(u.text)), q.Label))
		if f.scopeIdx < 0 && u.cell == nil && sent.Start == 0 && strings.HasPrefix(strings.TrimSpace(u.text), "其中") {
			// "其中：因公出国（境）费0万元；…公务接待费3.21万元" opening a
			// paragraph breaks down the paragraph before, whose scope
			// (“三公”经费) it keeps
			f.scopeIdx = lastScopeWord(x.prevText)
		}
		x.prose = append(x.prose, f)
	}
	if u.cell == nil {
		x.prevText = u.text
	}
	// index returns the index in x.prose of the unit's figure that starts
	// at start (quantities are in order, and so are the figures kept)
	kept := x.prose[first:]
	index := func(start int) (int, bool) {
		k, ok := slices.BinarySearchFunc(kept, start, func(f pfig, s int) int { return cmp.Compare(f.q.Start, s) })
		return first + k, ok
	}
	// parts inherit the year and basis of their total
	for _, e := range u.st.Enumerations {
		ti, ok := index(e.Total.Start)
		if !ok {
			ti = -1
		}
		start := len(x.enumSlab)
		x.enumSlab = append(x.enumSlab, ti)
		for _, part := range e.Parts {
			pi, ok := index(part.Start)
			if !ok {
				continue
			}
			tYear, tBasis := e.Total.Year, basisOf2(e.Total.Period, e.Total.Lead)
			if ti >= 0 {
				tYear, tBasis = x.prose[ti].year, x.prose[ti].basis
			}
			// (a total not kept, "项目全年预算18,300,000.00元，其中：…", still
			// gives its parts its year and basis)
			if x.prose[pi].q.Year == 0 && tYear != 0 {
				x.prose[pi].year = tYear
			}
			if x.prose[pi].basis == actualBasis && tBasis != actualBasis && tBasis != basisUnknown {
				x.prose[pi].basis = tBasis
			}
			x.enumSlab = append(x.enumSlab, pi)
		}
		x.enums = append(x.enums, x.enumSlab[start:len(x.enumSlab):len(x.enumSlab)])
	}
}

// startsWithYear reports a text opening with a year: "2022年…", "2022年度…".
func startsWithYear(s string) bool {
	return len(s) > 4 && isYear(s[:4]) && strings.HasPrefix(s[4:], "年")
}

// lastSaysActual reports whether the last amount of u before offset at
// says it is an actual one (执行, 完成, 决算): a sentence opening with 其中
// after it breaks it down.
func lastSaysActual(u *unit, at int) bool {
	qs := u.st.Quantities
	for k := len(qs) - 1; k >= 0; k-- {
		if q := &qs[k]; q.Start < at && !q.Percent && figures.IsMoneyUnit(q.Unit) {
			return saysActual(q.Lead) || saysActual(q.Period)
		}
	}
	return false
}

// scopeBound returns the end of the part of u.text that collect's calls
// of lastScope read: the text up to the start of its last figure (or its
// label), which no label or sentence of a figure extends past.
func scopeBound(u *unit) int {
	end := 0
	for i := range u.st.Quantities {
		q := &u.st.Quantities[i]
		end = max(end, q.Start, q.LabelStart)
	}
	return min(end, len(u.text))
}

// inList reports whether the figure q of u follows 其中, 主要用于, 包括 or
// 分别 in its sentence s (before its label): a part of something. collect
// reads it from wordsOf, once per sentence.
func inList(u *unit, q *figures.Quantity, s figures.Range) bool {
	before := u.text[s.Start:min(max(q.LabelStart, s.Start), len(u.text))]
	return cjk.Contains(before, "其中") || cjk.Contains(before, "主要用于") || cjk.Contains(before, "包括") || cjk.Contains(before, "分别")
}

// sentWords says where words that collect looks for before each figure
// first end in a sentence, as offsets in the text (math.MaxInt for none):
// a text from the sentence's start to an offset holds one of them exactly
// when the first ends by then.
type sentWords struct {
	sent figures.Range
	made bool
	// listEnd is the end of the first 其中, 主要用于, 包括 or 分别 (inList)
	listEnd int
}

var listWords = [...]string{"其中", "主要用于", "包括", "分别"}

// wordsOf finds the words of sentence s of text, whose figures all start
// (with their labels) before bound: no further is read.
func wordsOf(text string, s figures.Range, bound int) sentWords {
	sw := sentWords{sent: s, made: true, listEnd: math.MaxInt}
	t := text[s.Start:min(max(bound, s.Start), len(text))]
	for _, w := range listWords {
		if i := cjk.Index(t, w); i >= 0 {
			sw.listEnd = min(sw.listEnd, s.Start+i+len(w))
		}
	}
	return sw
}

// scanWords returns the stripped text of t (stripQuotes) and the list
// words of t (listWordsIn), in storage reused by the next unit's. A text
// without quotes is its own stripped text: one pass then finds both kinds
// of words (scopeAndListWordsIn).
func (x *xrefFacts) scanWords(t string) (stripped, []listAt) {
	var st stripped
	var lw []listAt
	if hasScopeQuote(t) {
		st = stripQuotes(t, &x.strip)
		lw = listWordsIn(t, x.listBuf[:0])
	} else {
		st.made = true
		st.at, lw = scopeAndListWordsIn(t, x.strip.at[:0], x.listBuf[:0])
		x.strip.at = st.at
	}
	x.listBuf = lw
	return st, lw
}

// wordByEnd has, for each byte, the set of scopeWords (bits 0-9) and
// listWords (bits 10-13) whose first rune ends with it: all first runes
// are three-byte Han characters, all different.
var wordByEnd = func() (t [256]uint16) {
	for k, w := range scopeWords {
		t[w[2]] |= 1 << k
	}
	for k, w := range listWords {
		t[w[2]] |= 1 << (len(scopeWords) + k)
	}
	return t
}()

// scopeAndListWordsIn is scopeWordsIn(s, scope) and listWordsIn(s, list)
// in one pass over s (FuzzScopeAndListWords compares them), three-byte
// rune by three-byte rune as proseMayMatter reads a text: every word
// starts with a three-byte Han character, which a continuation byte never
// starts, so a three-byte rune's other bytes start no word, and the word
// that may start at a rune is told by the rune's last byte.
func scopeAndListWordsIn(s string, scope []scopeAt, list []listAt) ([]scopeAt, []listAt) {
	for i := 0; i+2 < len(s); {
		c := s[i]
		if c < 0xE0 || c > 0xEF || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			i++ // not a three-byte rune: the next byte may start one
			continue
		}
		for m := wordByEnd[s[i+2]]; m != 0; {
			k := bits.TrailingZeros16(m)
			m &^= 1 << k
			w := ""
			if k < len(scopeWords) {
				w = scopeWords[k]
			} else {
				w = listWords[k-len(scopeWords)]
			}
			if c == w[0] && s[i+1] == w[1] && strings.HasPrefix(s[i:], w) {
				if k < len(scopeWords) {
					scope = append(scope, scopeAt{int32(i), int8(k)})
				} else {
					list = append(list, listAt{int32(i), int32(i + len(w))})
				}
				break // no two words start alike
			}
		}
		i += 3
	}
	return scope, list
}

// listAt is an occurrence of a list word in a text: where it starts and ends.
type listAt struct{ pos, end int32 }

// listWordsIn appends to out the occurrences of listWords in t, by
// position: what wordsOf searches, found once for all the sentences of a
// text instead of once per sentence (each from its start to the bound).
func listWordsIn(t string, out []listAt) []listAt {
	for _, w := range listWords {
		for i := 0; ; {
			j := cjk.Index(t[i:], w)
			if j < 0 {
				break
			}
			out = append(out, listAt{int32(i + j), int32(i + j + len(w))})
			i += j + 1
		}
	}
	slices.SortFunc(out, func(a, b listAt) int { return cmp.Compare(a.pos, b.pos) })
	return out
}

// wordsIn is wordsOf(text, s, bound) given the occurrences occ of the list
// words in text[:bound] (listWordsIn): the first to end among those from
// the sentence's start on, which is among those starting before the least
// end found so far.
func wordsIn(occ []listAt, s figures.Range) sentWords {
	sw := sentWords{sent: s, made: true, listEnd: math.MaxInt}
	k, _ := slices.BinarySearchFunc(occ, s.Start, func(a listAt, start int) int { return cmp.Compare(int(a.pos), start) })
	for ; k < len(occ) && int(occ[k].pos) < sw.listEnd; k++ {
		sw.listEnd = min(sw.listEnd, int(occ[k].end))
	}
	return sw
}

// scopeIndex is the index of w in scopeWords, −1 for none.
func scopeIndex(w string) int8 {
	if w == "" {
		return -1
	}
	return int8(slices.Index(scopeWords[:], w))
}

// normalizeLabel is figures.NormalizeLabel, made once per label.
func (x *xrefFacts) normalizeLabel(l string) string {
	if n, ok := x.labels[l]; ok {
		return n
	}
	n := figures.NormalizeLabel(l)
	if rest, ok := strings.CutSuffix(n, "增加值"); ok && utf8.RuneCountInString(rest) >= 2 {
		n = rest // "第三产业增加值" is the row 第三产业 of a table of 地区生产总值
	}
	n = withoutFormula(n)
	if rest, ok := strings.CutSuffix(n, "资金执行"); ok && utf8.RuneCountInString(rest) >= 4 {
		n = rest // "城乡居民最低生活保障资金执行8,965.48万元" is the row 城乡居民最低生活保障's outturn
	}
	n = withoutAbbreviation(n) // "地区生产总值（GDP）" is 地区生产总值
	if i := strings.Index(n, "合计"); i > 0 {
		if head, tail := n[:i], n[i+len("合计"):]; utf8.RuneCountInString(head) >= 2 && utf8.RuneCountInString(tail) >= 2 {
			n = head + tail // "项目合计总投资21.95亿元" is the column 项目总投资 of the 合计 row
		}
	}
	if x.labels == nil {
		x.labels = map[string]string{}
	}
	x.labels[l] = n
	return n
}

// isChangeFigure: a change ("增加5万元") or a rate of change is not a level
// that a table would show under the same label.
func isChangeFigure(q *figures.Quantity) bool {
	// The words are Han, which figures.Normalize leaves alone, and it maps
	// spaces to spaces: the lead need not be normalised to test them.
	lead := strings.TrimSpace(q.Lead)
	if mayEndChange(lead) || mayEndChange(q.Label) {
		for _, w := range changeWords {
			if strings.HasSuffix(lead, w) || strings.HasSuffix(q.Label, w) {
				return true
			}
		}
	}
	return cjk.Contains(q.Label, "增长率") || cjk.Contains(q.Label, "增速")
}

var changeWords = []string{"增加", "减少", "增长", "下降", "提高", "降低", "增幅", "降幅", "增减", "差额", "节约", "超支", "压减", "净增", "多", "少"}

// changeLast holds the last rune of each change word: a text ends with a
// change word only if its last rune is one of them (the rune decoded last
// from a text ending with a word's bytes is the word's). A slice, not a
// string: strings.ContainsRune would make a string of the rune and search
// for it.
var changeLast = func() []rune {
	var out []rune
	for _, w := range changeWords {
		r, _ := utf8.DecodeLastRuneInString(w)
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}()

func mayEndChange(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r != utf8.RuneError && slices.Contains(changeLast, r)
}

func isYear(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s[0] == '1' || s[0] == '2'
}

// interval of a figure in 元 (money) or as a plain ratio (rates), so that
// 万元 and 元, 127% and 1.27倍 compare.
func scaledInterval(n figures.Number, unit string) (figures.Interval, bool) {
	iv := n.Interval(figures.HalfUp)
	switch {
	case n.Percent:
		return iv.Scale(big.NewRat(1, 100)), true
	case unit == "倍":
		return iv, true
	}
	if f := figures.UnitScale(unit); f != nil {
		return iv.Scale(f), true
	}
	return iv, false
}

// scaled is a figure's interval as scaledInterval makes it, on the int64
// fast path when it fits, computed once per figure or cell. It does not
// hold the figure (the figure's owner does: the slow path needs it).
type scaled struct {
	ok   bool // scaledInterval's ok: the unit converts
	fast bool // fx holds the interval
	fx   figures.Fixed
}

func scaleOf(n figures.Number, unit string) scaled {
	var s scaled
	fx, fits := n.Fixed(figures.HalfUp)
	switch {
	case n.Percent:
		s.ok, fx = true, fx.Scale10(-2)
	case unit == "倍":
		s.ok = true
	default:
		if k, ok := figures.UnitExp(unit); ok {
			s.ok, fx = true, fx.Scale10(k)
		}
	}
	s.fx, s.fast = fx, fits
	return s
}

// scaledOverlap is scaledInterval(an, au).Overlaps(scaledInterval(bn,
// bu)) for two figures whose units convert, given a = scaleOf(an, au) and
// b = scaleOf(bn, bu) (a.ok, b.ok).
func scaledOverlap(a *scaled, an figures.Number, au string, b *scaled, bn figures.Number, bu string) bool {
	if a.fast && b.fast {
		if o, ok := a.fx.Overlaps(b.fx); ok {
			return o
		}
	}
	ia, _ := scaledInterval(an, au)
	ib, _ := scaledInterval(bn, bu)
	return ia.Overlaps(ib)
}

// fastOverlap is scaledOverlap on the int64 path alone: ok is false when
// that path cannot tell (the caller then asks scaledOverlap).
func fastOverlap(a, b *scaled) (o, ok bool) {
	if a.fast && b.fast {
		return a.fx.Overlaps(b.fx)
	}
	return false, false
}

// cellFacts describes a table cell for matching. What the comparisons read
// for every candidate (the figure, its unit, interval, year and basis) is
// held inline; what only a finding needs (spans, titles) is reached
// through the block, row and column, so that the cells of a document stay
// small.
type cellFacts struct {
	blk *tables.Block
	r   *tables.Row
	col *tables.Column
	// lbls[:nLbls] are the candidate labels, as numbers in x.cellLabels:
	// the row's, the row's under its parent's measure, the item a total
	// row is named for, the caption's, the column's
	lbls [5]int32
	// rowLbl is the row's label, −1 when it has no letters (a code or a
	// number names no item)
	rowLbl int32
	unit   string
	iv     scaled // the cell's interval in its unit (meaningful when known)
	// mant and dec are the cell's figure (cell().Num); percent is its
	// percent sign, set too for every cell of a rate column
	mant      int64
	year      int
	dec       int32
	scopeSet  uint32 // scopes(), made on first use
	basis     basis
	nLbls     uint8
	percent   bool
	known     bool // unit known
	hasScopes bool
}

// labels returns the numbers of the cell's candidate labels.
func (cf *cellFacts) labels() []int32 { return cf.lbls[:cf.nLbls] }

// rowNamed reports whether the row's label names an item.
func (cf *cellFacts) rowNamed() bool { return cf.rowLbl >= 0 }

// cell returns the table cell cf describes.
func (cf *cellFacts) cell() *tables.Cell { return &cf.r.Cells[cf.col.Index] }

// span returns the span of the cell's text.
func (cf *cellFacts) span() model.Span { return cf.cell().Span }

// table returns the table of the cell.
func (cf *cellFacts) table() *tables.Table { return cf.blk.Table }

// number returns the cell's figure as the cell facts read it: in a rate
// column, a percent.
func (cf *cellFacts) number() figures.Number {
	n := cf.cell().Num
	n.Percent = cf.percent
	return n
}

// dataCell returns the cell as tables.DataCell, its figure as number says.
func (cf *cellFacts) dataCell() tables.DataCell {
	d := tables.DataCell{Table: cf.blk.Table, Block: cf.blk, Row: cf.r, Column: cf.col, Cell: *cf.cell()}
	d.Num.Percent = cf.percent
	return d
}

// labelTable holds the labels of the cells, each text once, by number (a
// report repeats a few hundred row and column names over all its tables):
// two cells share a label number exactly when their labels are equal, and
// a label's bigrams are made once.
type labelTable struct {
	labels []figures.Label
	ids    map[string]int32
}

// reset readies an empty t for about n labels.
func (t *labelTable) reset(n int) {
	if t.ids == nil {
		t.ids = make(map[string]int32, n)
	}
	t.labels = slices.Grow(t.labels[:0], n)
}

// release empties t, dropping its label texts.
func (t *labelTable) release() {
	t.labels, t.ids = truncated(t.labels), emptied(t.ids)
}

// id returns the number of the normalised label n, adding it when new.
func (t *labelTable) id(n string) int32 {
	id, ok := t.ids[n]
	if !ok {
		if t.ids == nil {
			t.ids = map[string]int32{}
		}
		id = int32(len(t.labels))
		t.ids[n] = id
		t.labels = append(t.labels, figures.NewLabel(n))
	}
	return id
}

// rowFacts is what cellFacts reads from a cell's row, made once per row
// on first use.
type rowFacts struct {
	row   *tables.Row
	blk   *tables.Block
	at    int // the row's index in blk.Rows
	made  bool
	label string // normalised
	// id is the row's label in x.cellLabels, −1 when it has no letters
	id int32
	// qualified is the row's label put in its parent's measure
	// (qualifiedLabel), −1 for none
	qualified int32
	// item is, for a total row named for its item ("政府性基金预算收入合计"),
	// the item's label ("全区政府性基金预算收入完成…" quotes the row), −1
	// for none
	item int32
	// whole: a whole-department row (a total, a label saying 汇总, or the
	// one unlabelled row of a table whose columns are the items:
	// 机关运行经费 | 政府采购预算 | … over one row of figures)
	whole bool
	// alone: the row is its block's only data row
	alone bool
	// period: the row's label names only a period or a basis ("2024年预算数",
	// "上年决算数"): a table whose rows are periods and columns the items
	period bool
}

func (rf *rowFacts) make(x *xrefFacts) {
	if rf.made {
		return
	}
	rf.made, rf.id, rf.qualified, rf.item = true, -1, -1, -1
	rf.whole = rf.row.Total || cjk.Contains(rf.row.Label, "汇总")
	if periodOnly(rf.row.Label) {
		rf.whole, rf.period = true, true // its columns name the items
	} else if l := x.normalizeLabel(rf.row.Label); l != "" && figures.HasLetters(l) {
		rf.id = x.cellLabels.id(l)
		rf.qualified = x.qualified(rf, l)
		if rf.qualified < 0 {
			rf.qualified = x.captionQualified(rf, l)
		}
		if rf.row.Total {
			rf.item = x.totalsItem(l)
		}
	} else if rf.alone {
		rf.whole = true
	}
}

// qualified returns the number of the label of rf's row (normalised l)
// put in the measure of the row it narrows (qualifiedLabel): its parent,
// else the nearest of the few rows above, up to a total, whose name it
// narrows (indentation alone, lost in Word, says nothing here); −1 for none.
func (x *xrefFacts) qualified(rf *rowFacts, l string) int32 {
	rows := rf.blk.Rows
	try := func(k int) int32 {
		if q := qualifiedLabel(l, x.normalizeLabel(rows[k].Label)); q != "" {
			return x.cellLabels.id(q)
		}
		return -1
	}
	if p := rf.row.Parent; p >= 0 && p < len(rows) {
		return try(p)
	}
	for k := rf.at - 1; k >= 0 && k >= rf.at-4 && !rows[k].Total; k-- {
		if r := rf.row; r.Level > 0 && rows[k].Level > 0 && rows[k].Level >= r.Level {
			continue // a sibling numbered alike ("一、年初财政拨款结转和结余" above "二、本年财政拨款收入") narrows nothing
		}
		if id := try(k); id >= 0 {
			return id
		}
	}
	return -1
}

// captionQualified returns the number of the label of rf's row (normalised
// l) followed by the measure its table's caption ends with: "住房消费类" in
// "2024年住房公积金提取情况表" is "住房消费类提取", the name the text gives
// its figure. The measure is the caption's last two characters before
// 情况, 明细 or 表 (提取, 发放, 缴存); −1 when there is none or the row
// names it already.
func (x *xrefFacts) captionQualified(rf *rowFacts, l string) int32 {
	if rf.row.Total || rf.row.Subset || utf8.RuneCountInString(l) < 2 {
		return -1
	}
	m := captionMeasure(rf.blk.Table.Title)
	if m == "" || strings.HasSuffix(l, m) {
		return -1
	}
	return x.cellLabels.id(l + m)
}

// captionMeasure returns the two characters a caption ends with before
// 情况表, 情况, 明细表 or 表 (and a bracketed unit), when they are letters
// naming an action or a measure: "提取" of "2024年住房公积金提取情况表".
func captionMeasure(caption string) string {
	c := strings.TrimSpace(caption)
	if i := strings.LastIndexAny(c, "（("); i > 0 {
		c = strings.TrimSpace(c[:i]) // "（单位：万元）"
	}
	for _, suf := range [...]string{"情况表", "情况", "明细表", "明细", "统计表", "表"} {
		if rest, ok := strings.CutSuffix(c, suf); ok {
			c = rest
			break
		}
	}
	var last [2]rune
	n := 0
	for k := len(c); k > 0 && n < 2; {
		r, size := utf8.DecodeLastRuneInString(c[:k])
		k -= size
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
		last[1-n] = r
		n++
	}
	if n < 2 {
		return ""
	}
	m := string(last[:])
	switch m {
	case "提取", "缴存", "发放", "回收", "支出", "收入", "使用", "拨付", "下达", "分配", "完成", "投资":
		return m
	}
	return ""
}

// totalsItem returns the label of the item a total row's normalised label
// l names before its 合计 or 总计 ("政府性基金预算收入合计": 政府性基金预算收入),
// −1 when l names none of four characters or more (收入合计 names a side,
// not an item).
func (x *xrefFacts) totalsItem(l string) int32 {
	for _, w := range [...]string{"合计", "总计"} {
		if rest, ok := strings.CutSuffix(l, w); ok && cjk.RuneCountUpTo(rest, 4) == 4 {
			return x.cellLabels.id(rest)
		}
	}
	return -1
}

// qualifiedLabel names a row that narrows its parent's subject by the
// parent's measure: "城镇常住居民" under "全体居民人均可支配收入" is
// "城镇常住居民人均可支配收入", the name the text gives its figure. The
// row's label must end with a word of two or three characters the parent
// names before its measure; "" when it does not, or when nothing follows
// (教育支出 under 一般公共预算支出 is named already).
func qualifiedLabel(row, parent string) string {
	for k, runes := len(row), 0; k > 0 && runes < 3; {
		_, n := utf8.DecodeLastRuneInString(row[:k])
		k -= n
		runes++
		w := row[k:]
		if runes < 2 || k == 0 {
			continue
		}
		i := strings.Index(parent, w)
		if i <= 0 {
			continue // (the parent opening with it is the row's own kind)
		}
		tail := parent[i+len(w):]
		if utf8.RuneCountInString(tail) < 2 || !figures.HasLetters(tail) {
			return ""
		}
		return row + tail
	}
	return ""
}

// periodWords are what a row label naming only a period or a basis is
// made of, once its year is taken away.
var periodWords = [...]string{"本年", "上年", "当年", "年初", "全年", "调整后", "调整", "预算", "决算", "执行", "实际", "完成", "数", "度", "金额"}

// periodOnly reports a row label that names a period or a basis and no
// item: "2024年预算数", "2023年度决算数", "上年预算", "本年执行数".
func periodOnly(label string) bool {
	l := strings.TrimSpace(label)
	// such a label is short and says 年 or a basis: most row labels are
	// turned away here, before any normalising
	if l == "" || len(l) > 36 || !cjk.Contains(l, "年") && !cjk.Contains(l, "预算") && !cjk.Contains(l, "决算") && !cjk.Contains(l, "执行") && !cjk.Contains(l, "实际") {
		return false
	}
	if y := yearIn(l); y != 0 {
		l = strings.Replace(figures.Normalize(l), strconv.Itoa(y)+"年", "", 1)
	}
	rest := l
	for _, w := range periodWords {
		rest = strings.ReplaceAll(rest, w, "")
	}
	return strings.TrimSpace(rest) == "" && l != "数"
}

// blockFacts is what cellFacts reads from a block, made on first use.
// One is reused block after block: nothing keeps a pointer into it.
type blockFacts struct {
	cols    []colFacts
	hasCol  []bool
	caption int32 // blockCaption
	hasCap  bool
}

// reset makes bf empty for a block of n columns.
func (bf *blockFacts) reset(n int) {
	bf.cols = slices.Grow(bf.cols[:0], n)[:n]
	bf.hasCol = slices.Grow(bf.hasCol[:0], n)[:n]
	clear(bf.cols)
	clear(bf.hasCol)
	bf.caption, bf.hasCap = -1, false
}

// cellFacts describes the data cell of block b in row r and column col
// (row facts rf, block facts bf) in *cf, false when the cell is not worth
// matching.
func (x *xrefFacts) cellFacts(b *tables.Block, r *tables.Row, col *tables.Column, rf *rowFacts, bf *blockFacts, cf *cellFacts) bool {
	if col.Role != tables.Amount && col.Role != tables.Rate {
		return false
	}
	cfc := bf.column(x, col)
	if col.Role == tables.Rate && cfc.score {
		return false // a score rate, not the indicator's value
	}
	c := &r.Cells[col.Index]
	if c.Num.Bound != "" {
		return false // "≥90%": a target's bound, which the text's figure may pass
	}
	unit := c.Num.Unit // tables.DataCell.Unit
	if unit == "" {
		unit = col.Unit
	}
	*cf = cellFacts{blk: b, r: r, col: col, year: cfc.year, unit: unit, basis: cfc.basis,
		mant: c.Num.Mant, dec: int32(c.Num.Dec), percent: c.Num.Percent}
	if col.Role == tables.Rate {
		if !c.Num.Percent && cf.unit != "%" {
			return false
		}
		cf.percent = true
		cf.unit = "%"
		cf.known = true
	} else if c.Num.Percent && c.Num.Unit == "" {
		// a percentage in an amount column: its row is in % ("城镇调查失业率
		// （%） | 4.80" beside counts)
		cf.unit, cf.known = "%", true
	} else if _, ok := figures.UnitExp(cf.unit); ok { // UnitScale(cf.unit) != nil
		cf.known = true
	}
	rf.make(x)
	cf.rowLbl = rf.id
	if rf.period {
		// the row says the period and the basis its column does not
		if cf.year == 0 {
			cf.year = yearIn(r.Label)
		}
		if !col.Budget && !col.Actual {
			switch b := basisOf(r.Label); {
			case b != actualBasis:
				cf.basis = b
			case saysActual(r.Label):
				cf.basis = actualBasis
			}
		}
	}
	// the total row of a table about one item, in a year's column: the
	// caption names the item ("2021年度“三公”经费支出情况表" 合计 2021年)
	capLbl := int32(-1)
	if r.Total && (cf.year != 0 || col.Period != tables.PeriodPrevious && yearIn(b.Table.T.Caption) != 0) {
		// (or in a column of no year under a caption of one: "2024年市本级
		// “三公”经费决算情况表" 合计 决算数)
		capLbl = bf.blockCaption(x, b)
	}
	// a whole-department row of a table whose columns are the items
	colLbl := int32(-1)
	if rf.whole {
		colLbl = cfc.label(x, col)
	}
	for _, l := range [...]int32{rf.id, rf.qualified, rf.item, capLbl, colLbl} {
		if l >= 0 {
			cf.lbls[cf.nLbls] = l
			cf.nLbls++
		}
	}
	if cf.nLbls == 0 {
		return false
	}
	n := c.Num
	n.Percent = cf.percent
	cf.iv = scaleOf(n, cf.unit)
	return true
}

// colFacts is what cellFacts reads from a cell's column, made once per column.
type colFacts struct {
	basis basis
	year  int
	score bool // the name says 得分
	// name is the number in x.cellLabels of the column's name, normalised,
	// made on first use (label); −1 when it is empty or 其中
	name      int32
	madeLabel bool
}

// label returns the name of column c (whose facts cf are) as a label for a
// cell, −1 for none.
func (cf *colFacts) label(x *xrefFacts, c *tables.Column) int32 {
	if !cf.madeLabel {
		cf.madeLabel, cf.name = true, -1
		if n := x.normalizeLabel(c.Name()); n != "" && n != "其中" {
			cf.name = x.cellLabels.id(n)
		}
	}
	return cf.name
}

// column returns the facts of column c of the block, made once.
func (bf *blockFacts) column(x *xrefFacts, c *tables.Column) *colFacts {
	if !bf.hasCol[c.Index] {
		bf.cols[c.Index], bf.hasCol[c.Index] = x.columnFacts(c), true
	}
	return &bf.cols[c.Index]
}

func (x *xrefFacts) columnFacts(c *tables.Column) colFacts {
	cf := colFacts{year: c.Year, score: cjk.Contains(c.Name(), "得分")}
	// the head is read only for a budget column's basis and for a year
	// the column lacks, which yearIn and periodYear find only after a 年
	// (a Han rune, which no path element splits): most columns need no
	// joined head
	needYear := cf.year == 0 && slices.ContainsFunc(c.Path, func(p string) bool { return cjk.Contains(p, "年") })
	if !needYear && !(c.Budget && !c.Actual) {
		switch {
		case c.Budget:
			cf.basis = basisUnknown
		case !c.Actual && x.budgetReport():
			cf.basis = budgetAny
		default:
			cf.basis = actualBasis
		}
		return cf
	}
	head := strings.Join(c.Path, "")
	switch {
	case c.Budget && c.Actual:
		cf.basis = basisUnknown
	case c.Budget:
		cf.basis = basisOf(head)
		if cf.basis == actualBasis {
			cf.basis = budgetAny
		}
	case !c.Actual && x.budgetReport():
		cf.basis = budgetAny
	default:
		cf.basis = actualBasis
	}
	if cf.year == 0 {
		cf.year = yearIn(head)
	}
	if cf.year == 0 {
		cf.year = x.periodYear(head)
	}
	return cf
}

// blockCaption returns the item the caption of block b names (from the
// block title, the table title and caption, or a title row), made once per
// block; −1 when none does.
func (bf *blockFacts) blockCaption(x *xrefFacts, b *tables.Block) int32 {
	if !bf.hasCap {
		l := ""
		for _, t := range [...]string{b.Title, b.Table.Title, b.Table.T.Caption} {
			if l = x.captionLabel(t); l != "" {
				break
			}
		}
		if l == "" { // the title rows only then
			for _, t := range x.titleRows(b.Table.T) {
				if l = x.captionLabel(t); l != "" {
					break
				}
			}
		}
		bf.hasCap = true
		if l != "" {
			bf.caption = x.cellLabels.id(l)
		}
	}
	return bf.caption
}

// allCellFacts returns the cellFacts of the data cells (those of
// tables.Analysis.DataCells) that have them, in cell order, made once per
// document.
func (x *xrefFacts) allCellFacts() []cellFacts {
	if x.hasCfs {
		return x.cfs
	}
	x.hasCfs = true
	// the cells that may have facts, to allocate them once
	n := 0
	for _, t := range x.tables.Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic && b.Kind != tables.Score {
				continue
			}
			for _, r := range b.Rows {
				for j, c := range b.Columns {
					if (c.Role == tables.Amount || c.Role == tables.Rate) && r.Cells[j].HasValue() {
						n++
					}
				}
			}
		}
	}
	x.cfs = slices.Grow(x.cfs[:0], n)
	var bf blockFacts
	for _, t := range x.tables.Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic && b.Kind != tables.Score {
				continue
			}
			bf.reset(len(b.Columns))
			for i, r := range b.Rows {
				rf := rowFacts{row: r, blk: b, at: i, alone: len(b.Rows) == 1}
				for j, c := range b.Columns {
					if (c.Role != tables.Amount && c.Role != tables.Rate) || !r.Cells[j].HasValue() {
						continue // as cellFacts would say
					}
					// made in place: the slice holds room for every cell
					x.cfs = x.cfs[:len(x.cfs)+1]
					if !x.cellFacts(b, r, c, &rf, &bf, &x.cfs[len(x.cfs)-1]) {
						// cleared, so that no reference stays past the length
						x.cfs[len(x.cfs)-1] = cellFacts{}
						x.cfs = x.cfs[:len(x.cfs)-1]
					}
				}
			}
		}
	}
	return x.cfs
}

// yearsInTurn reports a clause that pairs years with figures in turn,
// "2021、2022年负荷率分别为89.14%和94.75%": each figure's year is one of
// the list's, which the figure's own lead does not tell.
func yearsInTurn(before string) bool {
	if !cjk.Contains(before, "分别") {
		return false
	}
	first := 0
	for i := 0; i+4 <= len(before); i++ {
		if !isDigits4(before[i:i+4]) || i > 0 && before[i-1] >= '0' && before[i-1] <= '9' || i+4 < len(before) && before[i+4] >= '0' && before[i+4] <= '9' {
			continue
		}
		y := int(before[i]-'0')*1000 + int(before[i+1]-'0')*100 + int(before[i+2]-'0')*10 + int(before[i+3]-'0')
		if y < 1990 || y > 2100 {
			continue
		}
		if first != 0 && y != first {
			return true
		}
		first = y
		i += 3
	}
	return false
}

// periodYear reads a column head "本年数" / "上年数" (本年决算数, 上年度, …;
// not 上年结转, an item) as the report year or the year before, 0 otherwise.
func (x *xrefFacts) periodYear(head string) int {
	if !cjk.Contains(head, "年") {
		// both words say 年, a Han character, which figures.NormalizeLabel
		// neither makes nor changes (its synonyms have none)
		return 0
	}
	h := x.normalizeLabel(head)
	for _, p := range []struct {
		word string
		back int
	}{{"本年", 0}, {"上年", 1}} {
		rest, ok := strings.CutPrefix(h, p.word)
		if !ok {
			continue
		}
		switch rest {
		case "", "数", "度", "金额", "决算", "决算数", "度决算数", "实际", "实际数", "执行数", "度执行数", "完成数", "度完成数":
			if x.reportYear() != 0 {
				return x.year - p.back
			}
		}
	}
	return 0
}

// titleRows returns the text of the rows at the top of t that hold a
// single non-empty cell (a caption typed into the table).
func (x *xrefFacts) titleRows(t *model.Table) []string {
	var out []string
	for r := 0; r < min(t.Rows, 3); r++ {
		text := ""
		n := 0
		for _, c := range t.Cells {
			if c.Row != r {
				continue
			}
			if s := strings.TrimSpace(x.pass.Doc.Slice(c.Span)); s != "" {
				text = s
				n++
			}
		}
		if n != 1 {
			break
		}
		out = append(out, text)
	}
	return out
}

// captionLabel is captionLabel(t), made once per text (the blocks of a
// table share its title and caption).
func (x *xrefFacts) captionLabel(t string) string {
	if t == "" {
		return "" // captionLabel(""): no suffix
	}
	if l, ok := x.captions[t]; ok {
		return l
	}
	l := captionLabel(t)
	if x.captions == nil {
		x.captions = map[string]string{}
	}
	x.captions[t] = l
	return l
}

// captionLabel returns the item a table caption names, normalised:
// "表5：2019年度“三公”经费支出情况表（单位：万元）" → "三公经费支出",
// "2019年与2018年财政拨款支出对比表" → "财政拨款支出"; "" when nothing
// is left or the caption is not of that shape.
func captionLabel(caption string) string {
	if !cjk.Contains(caption, "表") {
		// every suffix below ends with 表, a Han character, which
		// figures.Normalize neither makes nor changes
		return ""
	}
	s := figures.Normalize(caption)
	numbered := isTableNumber(s)
	// a unit note after the title ("…决算表  金额单位：元"): the colon
	// below is the note's, not a table number's
	if i := strings.Index(s, "单位"); i > 0 && (strings.HasPrefix(s[i+len("单位"):], ":") || strings.HasPrefix(s[i+len("单位"):], "：")) {
		s = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(s[:i], " "), "金额"), "计量"), " ")
	}
	if i := strings.IndexAny(s, "(（"); i >= 0 {
		s = s[:i]
	}
	if i := strings.LastIndexAny(s, ":："); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimSpace(s)
	// a table number: "表2 2023年…", "附表3、…"
	if t, ok := strings.CutPrefix(strings.TrimPrefix(s, "附"), "表"); ok {
		if u := strings.TrimLeft(t, "0123456789"); len(u) < len(t) {
			s = strings.TrimLeft(u, " 、.．:：")
		}
	}
	// a body's name before the year ("天水市教育局2025年一般公共预算基本
	// 支出表"): the item is what follows the year
	if k := yearAt(s); k > 0 && utf8.RuneCountInString(s[:k]) <= 16 {
		s = s[k:]
	}
	// leading years: "2019年度", "2019年与2018年", "2019-2020年"
	for {
		t := strings.TrimLeft(s, "0123456789-~—至 ")
		if len(t) == len(s) {
			break
		}
		switch {
		case strings.HasPrefix(t, "年度"):
			t = t[len("年度"):]
		case strings.HasPrefix(t, "年"):
			t = t[len("年"):]
		default:
			return ""
		}
		for _, w := range []string{"与", "和", "及", "、", "较", "比"} {
			t = strings.TrimPrefix(t, w)
		}
		s = t
	}
	if strings.HasSuffix(s, "总表") {
		return "" // a summary of several items
	}
	found := false
	for _, suf := range []string{"情况对比表", "变动情况表", "对比情况表", "增减变化表", "执行情况表", "完成情况表", "情况表", "对比表", "明细表", "统计表", "决算表", "预算表", "表"} {
		if strings.HasSuffix(s, suf) {
			s = strings.TrimSuffix(s, suf)
			found = true
			break
		}
	}
	if !found && numbered {
		// a numbered caption with no 表 at its end, as statistical
		// bulletins write them: "表6：2024年一般公共预算收入完成情况"
		for _, suf := range []string{"完成情况", "执行情况", "情况"} {
			if strings.HasSuffix(s, suf) {
				s = strings.TrimSuffix(s, suf)
				found = true
				break
			}
		}
	}
	if found {
		// "“三公”经费决算情况表": the basis the caption ends with is not
		// the item's name (the 决算 column says it)
		for _, w := range []string{"决算", "预算"} {
			if t, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(t) >= 3 {
				s = t
				break
			}
		}
	}
	l := figures.NormalizeLabel(s)
	if !found || utf8.RuneCountInString(l) < 3 || strings.ContainsAny(l, "与和及、") {
		return ""
	}
	return l
}

// isTableNumber reports whether s opens with a table number ("表6：",
// "附表3、").
func isTableNumber(s string) bool {
	t, ok := strings.CutPrefix(strings.TrimPrefix(s, "附"), "表")
	return ok && t != "" && t[0] >= '0' && t[0] <= '9'
}

// yearAt returns the offset in s of the first four-digit year written
// with 年 (2025年), −1 when none.
func yearAt(s string) int {
	for i := 0; i+4 < len(s); i++ {
		if isDigits4(s[i:i+4]) && strings.HasPrefix(s[i+4:], "年") && (i == 0 || s[i-1] < '0' || s[i-1] > '9') {
			return i
		}
	}
	return -1
}

func yearIn(s string) int {
	if !cjk.Contains(s, "年") {
		return 0 // 年 is Han: figures.Normalize neither makes nor changes it
	}
	s = figures.Normalize(s)
	if i := cjk.Index(s, "年"); i >= 4 && isYear(s[i-4:i]) {
		y := 0
		for _, c := range s[i-4 : i] {
			y = y*10 + int(c-'0')
		}
		return y
	}
	return 0
}

// linesBefore returns the two lines of text just before table t.
func (x *xrefFacts) linesBefore(t *model.Table) string {
	if s, ok := x.before[t]; ok {
		return s
	}
	text := x.pass.Doc.Text
	end := min(t.Span.Start, len(text))
	start := end
	for k := 0; k < 3 && start > 0; k++ {
		i := strings.LastIndexByte(text[:start-1+boolInt(start == 0)], '\n')
		start = i + 1
		if i < 0 {
			start = 0
			break
		}
	}
	s := text[start:end]
	if x.before == nil {
		x.before = map[*model.Table]string{}
	}
	x.before[t] = s
	return s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// yearsAgree: both known and equal, or one unknown and the other the report year.
func (x *xrefFacts) yearsAgree(a, b int) bool {
	switch {
	case a != 0 && b != 0:
		return a == b
	case a == 0 && b == 0:
		return x.reportYear() != 0
	case a == 0:
		return x.reportYear() != 0 && b == x.year
	default:
		return x.reportYear() != 0 && a == x.year
	}
}

var scopeQuotes = strings.NewReplacer("“", "", "”", "", "\"", "", "‘", "", "’", "")

// isScopeQuote reports the runes scopeQuotes removes.
func isScopeQuote(r rune) bool {
	return r == '“' || r == '”' || r == '"' || r == '‘' || r == '’'
}

// stripped is a text with scopeQuotes applied, made once per unit: where
// each byte offset of the text went, and the scope words of the stripped
// text. Its slices are in a stripScratch, valid until its next use.
type stripped struct {
	made bool
	// quotes are the quotes removed: their offsets in the text, ascending,
	// and how many bytes were removed up to and including each
	quotes  []int
	removed []int
	at      []scopeAt // the scope words in the stripped text, by position (overlaps included)
}

// stripScratch is the storage of stripQuotes, reused from unit to unit:
// the stripped text itself is needed only to find its scope words.
type stripScratch struct {
	text            []byte
	quotes, removed []int
	at              []scopeAt
}

// release drops the storage grown beyond keepSlice.
func (sc *stripScratch) release() {
	sc.text, sc.quotes, sc.removed, sc.at = bounded(sc.text), bounded(sc.quotes), bounded(sc.removed), bounded(sc.at)
}

// scopeAt is an occurrence of scopeWords[word] at byte pos.
type scopeAt struct {
	pos  int32
	word int8
}

// stripQuotes makes the stripped text of text in the storage sc (new
// storage when sc is nil), which the result uses until sc's next use.
func stripQuotes(text string, sc *stripScratch) stripped {
	if sc == nil {
		sc = new(stripScratch)
	}
	st := stripped{made: true}
	if !hasScopeQuote(text) {
		st.at = scopeWordsIn(text, sc.at[:0])
		sc.at = st.at
		return st
	}
	// The quotes are found by their bytes (hasQuote says why that finds
	// the runes), and the text between them is copied a stretch at a time:
	// stripQuotesRef in the tests decodes rune by rune.
	b, quotes, removed := sc.text[:0], sc.quotes[:0], sc.removed[:0]
	from := 0 // the start of the text not yet copied
	for i := 0; i < len(text); {
		w := scopeQuoteAt(text, i)
		if w == 0 {
			i++
			continue
		}
		b = append(b, text[from:i]...)
		quotes = append(quotes, i)
		removed = append(removed, i+w-len(b))
		i += w
		from = i
	}
	b = append(b, text[from:]...)
	st.quotes, st.removed = quotes, removed
	st.at = scopeWordsIn(b, sc.at[:0])
	sc.text, sc.quotes, sc.removed, sc.at = b, quotes, removed, st.at
	return st
}

// scopeQuoteAt returns the width of the quote scopeQuotes removes that
// starts at s[i], 0 for none.
func scopeQuoteAt(s string, i int) int {
	switch {
	case s[i] == '"':
		return 1
	case s[i] == 0xE2 && i+2 < len(s) && s[i+1] == 0x80:
		switch s[i+2] {
		case 0x9C, 0x9D, 0x98, 0x99: // “ ” ‘ ’
			return 3
		}
	}
	return 0
}

// hasScopeQuote is strings.ContainsFunc(s, isScopeQuote) on bytes.
func hasScopeQuote(s string) bool { return hasQuote(s, true) }

// hasQuote reports whether s holds '"' or E2 80 9C/9D (“ ”), or with
// single also E2 80 98/99 (‘ ’). 0xE2 starts a rune, so it is never read
// as part of another, and where these bytes are, the runes are.
func hasQuote(s string, single bool) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xE2)
		if j < 0 || i+j+2 >= len(s) {
			return false
		}
		i += j
		if s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C, 0x9D:
				return true
			case 0x98, 0x99:
				if single {
					return true
				}
			}
		}
		i++
	}
}

// scopeByEnd has, for each byte, the set of scope words (bit k for
// scopeWords[k]) whose first rune ends with it: all are three-byte Han
// characters, all different, so few bytes end one.
var scopeByEnd = func() (t [256]uint16) {
	for k, w := range scopeWords {
		t[w[2]] |= 1 << k
	}
	return t
}()

// scopeWordsIn appends the occurrences of the scope words in s to out, by
// position: what a strings.Index loop per word finds, in one pass, three-
// byte rune by three-byte rune (scopeAndListWordsIn says why).
func scopeWordsIn[T ~string | ~[]byte](s T, out []scopeAt) []scopeAt {
	for i := 0; i+2 < len(s); {
		c := s[i]
		if c < 0xE0 || c > 0xEF || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			i++
			continue
		}
		for m := scopeByEnd[s[i+2]]; m != 0; { // a word may start at i
			k := bits.TrailingZeros16(m)
			m &^= 1 << k
			if w := scopeWords[k]; c == w[0] && s[i+1] == w[1] && len(s)-i >= len(w) && string(s[i:i+len(w)]) == w {
				out = append(out, scopeAt{int32(i), int8(k)})
				break // no two words start alike
			}
		}
		i += 3
	}
	return out
}

// off returns where the rune of the text at byte offset i (or the text's
// end) went in s: a removed quote goes where the text after it went.
func (st *stripped) off(i int) int {
	n := sort.SearchInts(st.quotes, i) // the quotes before i
	if n == 0 {
		return i
	}
	return i - st.removed[n-1]
}

// lastScope is lastScope(text[a:b], label) for the text st was made from,
// without stripping quotes again when a and b start runes.
func (st *stripped) lastScope(text string, a, b int, label string) string {
	if !startsRune(text, a) || !startsRune(text, b) {
		return lastScope(text[a:b], label)
	}
	// lastScope(text[a:b], label), from the occurrences found once:
	// the last that lies within lo and hi, of a word not in the label
	lo, hi := st.off(a), st.off(b)
	n := sort.Search(len(st.at), func(k int) bool { return int(st.at[k].pos) >= hi })
	for k := n - 1; k >= 0 && int(st.at[k].pos) >= lo; k-- {
		w := scopeWords[st.at[k].word]
		if int(st.at[k].pos)+len(w) <= hi && !cjk.Contains(label, w) {
			if i := strings.LastIndex(text[a:b], w); i >= 0 && budgetScope(w) && inEarlierReason(text[a:b], i) {
				continue
			}
			return w
		}
	}
	return ""
}

// scopeBefore is st.lastScope(text, start, end, label), passing over a budget
// named as where money went ("调出资金462.29万元用于一般公共预算；…年终结余
// 463.24万元" in a paragraph on 国有资本经营预算): the scope is the one
// written before.
func scopeBefore(st *stripped, text string, start, end int, label string) string {
	for {
		w := st.lastScope(text, start, end, label)
		if w == "" || !budgetScope(w) {
			return w
		}
		i := strings.LastIndex(text[:end], w)
		if i <= start || !transferTarget(text[:i]) {
			return w
		}
		end = i
	}
}

// transferTarget reports text before a budget's name that makes the budget
// where money went (用于一般公共预算, 调入一般公共预算), not the one the
// paragraph speaks of.
func transferTarget(before string) bool {
	for _, w := range [...]string{"用于", "调入", "补充", "转入", "调至"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// budgetScopeMask is the scope set of the four budgets' names.
var budgetScopeMask = func() uint32 {
	var m uint32
	for i, w := range scopeWords {
		if budgetScope(w) {
			m |= 1 << i
		}
	}
	return m
}()

// budgetScope reports a scope word naming one of the four budgets.
func budgetScope(w string) bool {
	return w == "一般公共预算" || w == "政府性基金" || w == "国有资本经营" || w == "社会保险基金"
}

// inEarlierReason reports whether offset i of t lies in the reason of an
// earlier item of a list, a clause closed by ；or 。 before t ends: "城乡社区
// 支出…，主要是部分城市建设项目调整至政府性基金预算…；债务付息支出X" —
// the 政府性基金 of the reason is no scope of the next item's figure (a
// budget's name only: "基本支出…，主要用于人员经费；项目支出X" is left as
// it was read).
func inEarlierReason(t string, i int) bool {
	if strings.IndexAny(t[i:], "；;。") < 0 {
		return false // (in the figure's own clause)
	}
	start := max(strings.LastIndex(t[:i], "；"), strings.LastIndex(t[:i], "。"), strings.LastIndex(t[:i], "："), 0)
	c := t[start:i]
	return cjk.Contains(c, "主要是") || cjk.Contains(c, "原因是") || cjk.Contains(c, "主要原因") || cjk.Contains(c, "主要用于")
}

func startsRune(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// lastScope returns the scope word written last in text (quotes removed:
// “三公”经费), ignoring one that is part of the figure's own label.
// A budget's name in the reason of an earlier item (inEarlierReason, read
// at its last place in text) is passed over.
func lastScope(text, label string) string {
	t := scopeQuotes.Replace(text)
	best, at := "", -1
	for _, w := range scopeWords {
		if cjk.Contains(label, w) {
			continue
		}
		i := strings.LastIndex(t, w)
		if i <= at {
			continue
		}
		if j := strings.LastIndex(text, w); j >= 0 && budgetScope(w) && inEarlierReason(text, j) {
			continue
		}
		best, at = w, i
	}
	return best
}

// scopeConflict reports a figure written under one scope (基本支出) and a
// table about another (项目支出明细表, rows under 三、公用经费).
func (x *xrefFacts) scopeConflict(f *pfig, cf *cellFacts) bool {
	if f.scopeIdx < 0 {
		return false
	}
	m := x.scopes(cf)
	own := uint32(1) << f.scopeIdx
	return m&own == 0 && m&^own != 0
}

// scopes returns the set of scopeWords (bit i for scopeWords[i]) written in
// the text that says what a cell is about, quotes removed (“三公”经费): the
// table and block titles, the column headers, the table caption, the lines
// before the table and the labels of the row's parents. Made once per
// cell from the part its column shares and the part its row shares, each
// from the set of each of these texts, made once per text: no word spans
// two of them (contextOf in the tests joins them with spaces).
func (x *xrefFacts) scopes(cf *cellFacts) uint32 {
	if cf.hasScopes {
		return cf.scopeSet
	}
	cf.scopeSet, cf.hasScopes = x.columnScopes(cf.blk, cf.col)|x.parentScopes(cf.blk, cf.r), true
	return cf.scopeSet
}

// columnScopes is the part of scopes that all the cells of a column share
// (table and block titles, caption, lines before the table, column
// headers), made once per column.
func (x *xrefFacts) columnScopes(b *tables.Block, c *tables.Column) uint32 {
	if m, ok := x.colScopes[c]; ok {
		return m
	}
	m := x.blockScopes(b)
	for _, h := range c.Path {
		m |= x.scopeMask(h)
	}
	if x.colScopes == nil {
		x.colScopes = map[*tables.Column]uint32{}
	}
	x.colScopes[c] = m
	return m
}

// blockScopes is the part of columnScopes that all the columns of a block
// share (table and block titles, caption, lines before the table), made
// once per block.
func (x *xrefFacts) blockScopes(b *tables.Block) uint32 {
	if m, ok := x.blkScopes[b]; ok {
		return m
	}
	t := b.Table
	m := x.scopeMask(t.Title) | x.scopeMask(b.Title) | x.scopeMask(t.T.Caption)
	before := x.scopeMask(x.linesBefore(t.T))
	if m&budgetScopeMask != 0 {
		// a caption naming its budget ("一般公共预算收支决算平衡表") is not
		// widened to the other budgets the lines before it speak of
		before &^= budgetScopeMask
	}
	m |= before
	if x.blkScopes == nil {
		x.blkScopes = map[*tables.Block]uint32{}
	}
	x.blkScopes[b] = m
	return m
}

// parentScopes is the part of scopes that all the cells of a row share
// (the labels of its parents), made once per row.
func (x *xrefFacts) parentScopes(b *tables.Block, row *tables.Row) uint32 {
	if m, ok := x.rowScopes[row]; ok {
		return m
	}
	// the parents up to the first met again (at most one per row: after
	// that the chain only repeats itself)
	var m uint32
	rows := b.Rows
	for r, n := row.Parent, 0; r >= 0 && r < len(rows) && n < len(rows); r, n = rows[r].Parent, n+1 {
		m |= x.scopeMask(rows[r].Label)
	}
	if x.rowScopes == nil {
		x.rowScopes = map[*tables.Row]uint32{}
	}
	x.rowScopes[row] = m
	return m
}

var contextQuotes = strings.NewReplacer("“", "", "”", "", "\"", "")

// scopeMask returns the set of scopeWords in s with contextQuotes removed,
// made once per text.
func (x *xrefFacts) scopeMask(s string) uint32 {
	if s == "" {
		return 0
	}
	if m, ok := x.masks[s]; ok {
		return m
	}
	t := s
	if hasQuote(s, false) { // contextQuotes would change it
		t = contextQuotes.Replace(s)
	}
	m := scopeSetOf(t)
	if x.masks == nil {
		x.masks = map[string]uint32{}
	}
	x.masks[s] = m
	return m
}

// scopeSetOf returns the set of scopeWords in t (bit k for scopeWords[k]),
// found as scopeWordsIn finds them.
func scopeSetOf(t string) uint32 {
	var m uint32
	for i := 0; i+2 < len(t); {
		c := t[i]
		if c < 0xE0 || c > 0xEF || t[i+1]&0xC0 != 0x80 || t[i+2]&0xC0 != 0x80 {
			i++
			continue
		}
		for ws := scopeByEnd[t[i+2]]; ws != 0; {
			k := bits.TrailingZeros16(ws)
			ws &^= 1 << k
			if w := scopeWords[k]; c == w[0] && t[i+1] == w[1] && strings.HasPrefix(t[i:], w) {
				m |= 1 << k
				break
			}
		}
		i += 3
	}
	return m
}

// scopeConfirmed reports a figure whose scope word also heads the cell.
// feeSpending drops the 支出 after the name of a fee: "公务用车运行维护费
// 支出15.00万元" and "路灯电费支出…" are the spending of the rows 公务用车
// 运行维护费 and 路灯电费 (项目支出, 基本支出 and “三公”经费支出 keep theirs).
func feeSpending(label string) string {
	rest, ok := strings.CutSuffix(label, "支出")
	if !ok || utf8.RuneCountInString(rest) < 3 {
		return label
	}
	if strings.HasSuffix(rest, "费") && !strings.HasSuffix(rest, "经费") {
		return rest // a fee; "“三公”经费支出" is the name of a total
	}
	return label
}

// priorPeriod reports a figure's period word naming the year before.
// priorBase reports a lead that ends comparing with last year's figure
// of a basis: "公务用车购置及运行费比上年预算16.40万元" is last year's budget.
func priorBase(lead string) bool {
	l := strings.TrimRight(lead, "的为是：: ")
	for _, b := range [...]string{"比上年", "较上年", "比去年", "较去年"} {
		if k := strings.LastIndex(l, b); k >= 0 {
			switch l[k+len(b):] {
			case "", "预算", "预算数", "决算", "决算数", "执行数", "同期":
				return true
			}
		}
	}
	return false
}

func priorPeriod(p string) bool {
	switch p {
	case "上年", "去年", "上期", "同期", "上年同期", "上年度", "上年末", "上年底", "去年末", "去年底":
		return true
	}
	return false
}

// captionScopeUnnamed reports whether cell cf is in the total row of a
// table whose title names a part of the budget (基本支出, 项目支出: "2020年度
// 项目支出执行情况表") that prose figure f does not: "全年预算1525.68万元，
// 实际支出1514.84万元" is the whole department's, not that table's 合计.
func (x *xrefFacts) captionScopeUnnamed(f *pfig, cf *cellFacts) bool {
	if !cf.r.Total || f.scopeIdx >= 0 {
		return false
	}
	title := cf.blk.Title
	if t := strings.TrimSpace(title); t == "" || strings.HasPrefix(t, "单位") || strings.HasPrefix(t, "金额单位") {
		title = cf.table().Title // (not a title row that is the table's unit line: "单位：万元")
	}
	for _, w := range scopeWords[:2] { // 基本支出, 项目支出
		if cjk.Contains(title, w) && !cjk.Contains(f.q.Lead, w[:len(w)-len("支出")]) {
			return true
		}
	}
	// nor a table of one kind of bonds ("2024年新增专项债券项目情况" 合计)
	// for a figure of all the bonds ("新增债券30300.00万元年末已支出X")
	for _, w := range [...]string{"专项债", "一般债"} {
		if cjk.Contains(title, w) {
			sent := f.u.sentenceOf(f.q.Start)
			if !cjk.Contains(f.u.text[sent.Start:f.q.Start], w[:len(w)-len("债")]) {
				return true
			}
		}
	}
	// nor is it the 合计 of a table of member units ("纳入合并范围子公司主要
	// 财务数据表") for a figure of the whole body ("公司…负债总额X万元"):
	// the members' sum is not the body's (internal balances)
	for _, w := range memberWords {
		if cjk.Contains(title, w) {
			sent := f.u.sentenceOf(f.q.Start)
			if !cjk.Contains(f.u.text[sent.Start:f.q.Start], w) {
				return true
			}
		}
	}
	// nor is it a table's about one kind of funds or costs ("2016年“三公”
	// 经费预算执行情况表" 合计 for "实际支出3577.31万元")
	m := x.scopeMask(title) & fundScopeMask
	return m != 0 && x.scopeMask(f.q.Lead)&m == 0
}

// totalScopeConfirmed reports whether the total of enumeration g (its
// first figure) names, in its label, a scope word that cell cf's table
// has: "基本支出执行6711.53万元（人员经费5891.90万元，公用经费891.62万元）"
// puts 公用经费 under 基本支出, whatever its sibling 人员经费 says.
func (x *xrefFacts) totalScopeConfirmed(g []int, cf *cellFacts) bool {
	if len(g) == 0 || g[0] < 0 {
		return false
	}
	m := x.scopeMask(x.prose[g[0]].q.Label)
	return m != 0 && x.scopes(cf)&m != 0
}

// memberWords name the member units of a body in a table's title.
var memberWords = [...]string{"子公司", "分公司", "下属单位", "所属单位", "二级单位"}

// fundScopeMask marks the scopeWords that name a kind of funds or a fixed
// group of costs: a table under none of them is about all the funds.
var fundScopeMask = func() (m uint32) {
	for i, w := range scopeWords {
		switch w {
		case "一般公共预算", "政府性基金", "国有资本经营", "社会保险基金", "三公经费", "机关运行经费":
			m |= 1 << i
		}
	}
	return m
}()

// fundsOnlyMask marks the scopeWords that name a kind of funds.
var fundsOnlyMask = func() (m uint32) {
	for i, w := range scopeWords {
		switch w {
		case "一般公共预算", "政府性基金", "国有资本经营", "社会保险基金":
			m |= 1 << i
		}
	}
	return m
}()

// headingScopes returns the scope words of the heading in force at prose
// figure f.
func (x *xrefFacts) headingScopes(f *pfig) uint32 {
	hs := x.pass.Doc.Headings()
	at := f.u.abs(f.q.Start)
	i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > at })
	if i == 0 {
		return 0
	}
	return x.scopeMask(x.pass.Doc.Slice(hs[i-1].Span))
}

// headingItem returns, when the nearest heading before figure f names its
// section ("4.农业生产发展资金") and a table's title holds that name,
// the name and the rest of that title ("项目支出绩效自评表（2024年度）"),
// else "", "": in a bundle of projects each with its own 自评表, the
// section's figures are its own table's, not those of the tables titled
// alike for the other projects.
func (x *xrefFacts) headingItem(f *pfig) (string, string) {
	hs := x.pass.Doc.Headings()
	at := f.u.abs(f.q.Start)
	i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > at })
	if i == 0 {
		return "", ""
	}
	text := x.pass.Doc.Slice(hs[i-1].Span)
	if it, ok := x.headingItems[text]; ok {
		return it[0], it[1]
	}
	name, kind := x.headingItemOf(text)
	if x.headingItems == nil {
		x.headingItems = map[string][2]string{}
	}
	x.headingItems[text] = [2]string{name, kind}
	return name, kind
}

// headingItemOf is headingItem for a heading's text, without the memory.
func (x *xrefFacts) headingItemOf(text string) (string, string) {
	name, _ := figures.CutNumbering(strings.TrimSpace(text))
	name = strings.TrimRight(strings.TrimSpace(name), "。：:")
	if utf8.RuneCountInString(name) < 4 || utf8.RuneCountInString(name) > 24 {
		return "", ""
	}
	if x.titles == "" {
		var b strings.Builder
		for _, t := range x.tables.Tables {
			b.WriteString(t.Title)
			b.WriteByte('\n')
		}
		x.titles = b.String()
	}
	if cjk.Index(x.titles, name) < 0 {
		return "", "" // (one search of all the titles for most headings)
	}
	for _, t := range x.tables.Tables {
		if k := cjk.Index(t.Title, name); k >= 0 {
			if kind := strings.TrimSpace(t.Title[k+len(name):]); utf8.RuneCountInString(kind) >= 4 {
				return name, kind
			}
		}
	}
	return "", ""
}

// pathScopes returns the scope words of the headings in force at prose
// figure f: the nearest one and each nearest heading of a higher level
// above it ("五、一般公共预算财政拨款支出决算情况" over "（一）总体情况").
func (x *xrefFacts) pathScopes(f *pfig) uint32 {
	if f.paths == 0 {
		f.paths = x.pathScopesOf(f) + 1
	}
	return f.paths - 1
}

// pathScopesOf is pathScopes without the memory.
func (x *xrefFacts) pathScopesOf(f *pfig) uint32 {
	var m uint32
	for h := range x.headingsInForce(f.u.abs(f.q.Start)) {
		m |= x.scopeMask(h)
	}
	return m
}

// headingsInForce yields the texts of the headings in force at offset at,
// the nearest first: the heading before it, then each of a higher level
// above that, up to a top-level one.
func (x *xrefFacts) headingsInForce(at int) iter.Seq[string] {
	return func(yield func(string) bool) {
		hs := x.pass.Doc.Headings()
		i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > at })
		level := 1 << 30
		for k := i - 1; k >= 0 && level > 1; k-- {
			if hs[k].Level < level {
				level = hs[k].Level
				if !yield(x.pass.Doc.Slice(hs[k].Span)) {
					return
				}
			}
		}
	}
}

// fundsUnnamed reports a figure compared with a table of one kind of funds
// (一般公共预算财政拨款支出决算表) though neither its paragraph nor its
// headings name that kind, in a report that keeps a section for those
// funds under a heading that does: the figure is all the funds'. "四、支出
// 决算情况 … 卫生健康支出30836.44万元，占本年支出合计的90.14%" is not the
// 卫生健康支出 of the table under "五、一般公共预算财政拨款支出决算情况".
func (x *xrefFacts) fundsUnnamed(f *pfig, cf *cellFacts) bool {
	if f.scopeIdx >= 0 {
		return false
	}
	m := x.scopes(cf) & fundsOnlyMask
	if m == 0 || x.scopeMask(f.q.Label)&m != 0 {
		return false // (nor when its own label names them: "一般公共预算收入")
	}
	if !x.hasHeadingFunds {
		for _, h := range x.pass.Doc.Headings() {
			x.headingFunds |= x.scopeMask(x.pass.Doc.Slice(h.Span)) & fundsOnlyMask
		}
		x.hasHeadingFunds = true
	}
	// (headings that name any scope of the table's, “三公”经费, make the
	// section the table's)
	return x.headingFunds&m != 0 && x.pathScopes(f)&x.scopes(cf) == 0
}

// fundsAlternative reports whether figure f stands under headings naming
// a kind of funds ("六、一般公共预算财政拨款基本支出决算情况说明" over "人员经费
// 4,399.10万元") and some cell its label matches is in a table of those
// funds: the cells of tables that name no kind of funds (支出决算表, of all
// the funds) are then not the figure's. (A body with no other funds may
// give one table of all, the only one to quote.)
func (x *xrefFacts) fundsAlternative(f *pfig, ms []match) bool {
	hm := x.pathScopes(f) & fundsOnlyMask
	if hm == 0 {
		return false
	}
	for _, m := range ms {
		if x.scopes(m.cf)&hm != 0 {
			return true
		}
	}
	// or a cell of such a table holds the figure's name ("人员经费合计" of
	// 一般公共预算财政拨款基本支出决算表, a form of two panels)
	if utf8.RuneCountInString(f.q.Label) < 3 {
		return false
	}
	d := x.pass.Doc
	for _, t := range x.tables.Tables {
		if x.scopeMask(t.Title)&hm == 0 {
			continue
		}
		for _, c := range t.T.Cells {
			if cjk.Contains(d.Slice(c.Span), f.q.Label) {
				return true
			}
		}
	}
	return false
}

// fundsAlternativeOnce is fundsAlternative remembered in *memo (−1 until
// asked): most figures never need it, and it may read every cell.
func (x *xrefFacts) fundsAlternativeOnce(f *pfig, ms []match, memo *int) bool {
	if *memo < 0 {
		*memo = 0
		if x.fundsAlternative(f, ms) {
			*memo = 1
		}
	}
	return *memo == 1
}

// listFundsDiffer reports a part of a list under a kind of funds whose
// table does not say so: "一般公共预算财政拨款支出…，其中基本支出…，项目支出Y"
// is not the 项目支出 of an all-funds 支出决算表.
func (x *xrefFacts) listFundsDiffer(f *pfig, cf *cellFacts) bool {
	if f.listScopeIdx < 0 {
		// a list whose paragraph and heading name no kind of funds
		// ("2024年支出预算5892.85万元，其中：…项目支出1833.50万元") is all
		// the funds: not a 一般公共预算 table's
		m := x.scopes(cf) & fundsOnlyMask
		return m != 0 && x.headingScopes(f)&m == 0
	}
	own := uint32(1) << f.listScopeIdx
	return own&fundScopeMask != 0 && x.scopes(cf)&own == 0
}

// totalFundsDiffer reports a part of a list whose total's own label names a
// kind of funds ("一般公共预算财政拨款基本支出515.32万元，其中：人员经费…")
// that cell cf's table does not: the part is of those funds only, the
// table (支出决算表) of all of them.
func (x *xrefFacts) totalFundsDiffer(g []int, cf *cellFacts) bool {
	if len(g) == 0 || g[0] < 0 {
		return false
	}
	m := x.scopeMask(x.prose[g[0]].q.Label) & fundsOnlyMask
	return m != 0 && x.scopes(cf)&m == 0
}

func (x *xrefFacts) scopeConfirmed(f *pfig, cf *cellFacts) bool {
	return f.scopeIdx >= 0 && x.scopes(cf)&(1<<f.scopeIdx) != 0
}

// standardWords mark a quotation as a standard, not a fact.
var standardWords = [...]string{"得满分", "扣", "不低于", "不高于", "不超过", "不少于", "控制在"}

// inQuotedStandard reports whether the figure at byte at of s stands
// inside a quotation (“…”) that states a standard: a scoring rule ("按照
// “预算执行率达到100%得满分，每低1个百分点扣0.2分”的评分标准") or a
// requirement (“年底前支出进度不低于90%”). Its figures are no outturns to
// compare.
func inQuotedStandard(s string, at int) bool {
	open := strings.LastIndex(s[:at], "“")
	if open < 0 || strings.LastIndex(s[:at], "”") > open {
		return false
	}
	return quotedStandard(s, open, at)
}

// quotedStandard is the rest of inQuotedStandard, given the quotation
// opening at open before at (no ” between).
func quotedStandard(s string, open, at int) bool {
	end := cjk.Index(s[at:], "”")
	if end < 0 {
		return false
	}
	quote := s[open : at+end]
	for _, w := range standardWords {
		if cjk.Contains(quote, w) {
			return true
		}
	}
	return false
}

// quoteScan answers inQuotedStandard for the figures of one text in the
// order of their offsets: it finds the quotation marks before each by one
// scan of the text, instead of two searches back from each figure.
type quoteScan struct {
	s    string
	pos  int  // the marks that end by pos are read
	last int  // the start of the last of them, −1 for none
	open bool // that mark is “
}

// inStandard is inQuotedStandard(q.s, at); offsets asked out of order
// are read again from the start.
func (q *quoteScan) inStandard(at int) bool {
	if at < q.pos {
		q.pos, q.last = 0, -1
	}
	for {
		// “ and ” are E2 80 9C and E2 80 9D; E2 starts no Han character
		k := strings.IndexByte(q.s[q.pos:at], 0xE2)
		if k < 0 {
			q.pos = at
			break
		}
		i := q.pos + k
		if i+3 > at {
			q.pos = i // (a mark that ends past at may count for a later figure)
			break
		}
		if q.s[i+1] == 0x80 && (q.s[i+2] == 0x9C || q.s[i+2] == 0x9D) {
			q.last, q.open = i, q.s[i+2] == 0x9C
		}
		q.pos = i + 1
	}
	return q.last >= 0 && q.open && quotedStandard(q.s, q.last, at)
}

// clauseOpensPrior reports whether the clause holding a figure's lead,
// which starts at byte at of s, opens with last year's period before a
// bracket the lead begins after: "上年同期（2023年1—6月）执行率为50.48%".
func clauseOpensPrior(s string, at int) bool {
	if at <= 0 || at > len(s) {
		return false
	}
	before := s[:at]
	if !strings.HasSuffix(before, "）") && !strings.HasSuffix(before, ")") {
		return false
	}
	k := strings.LastIndexAny(before, "。；;，,")
	clause := strings.TrimSpace(before[k+1:])
	if k >= 0 {
		_, w := utf8.DecodeRuneInString(before[k:])
		clause = strings.TrimSpace(before[k+w:])
	}
	for _, w := range [...]string{"上年同期", "去年同期", "上年", "去年"} {
		if strings.HasPrefix(clause, w) {
			return true
		}
	}
	return false
}

// clauseBefore returns the text of q's clause before it: from its
// sentence's start or last ；, without the clause's numbering ("2.").
func clauseBefore(u *unit, q *figures.Quantity) string {
	sent := u.sentenceOf(q.Start)
	clause := u.text[sent.Start:q.Start]
	if k := strings.LastIndex(clause, "；"); k >= 0 {
		clause = clause[k+len("；"):]
	}
	return strings.TrimLeft(strings.TrimSpace(clause), "0123456789.．、（）()一二三四五六七八九十 ")
}

// labelChainItem returns the 项 (or 款, 类) a figure's label names by a
// whole 类/款/项 chain followed by no more than a year ("卫生健康支出（类）
// 卫生健康管理事务（款）行政运行（项）2026年"), "" for another label.
func labelChainItem(label string) string {
	t := strings.TrimSpace(label)
	if !cjk.Contains(t, "项）") && !cjk.Contains(t, "项)") && !cjk.Contains(t, "款）") && !cjk.Contains(t, "款)") {
		return ""
	}
	t = strings.TrimSuffix(t, "度")
	if rest, ok := strings.CutSuffix(t, "年"); ok && len(rest) >= 4 && isYear(rest[len(rest)-4:]) {
		t = strings.TrimSpace(rest[:len(rest)-4])
	}
	item, _ := chainItem(t)
	return item
}

// chainHead reports a clause opening with a 类/款/项 chain (chainItem).
func chainHead(clause string) bool {
	item, _ := chainItem(clause)
	return item != ""
}

// projectOf returns the project a table is the form of ("项目名称 | 耕地地力
// 保护补贴" in its first rows), "" if none.
func (x *xrefFacts) projectOf(t *tables.Table) string {
	if x.projects == nil {
		x.projects = map[*tables.Table]string{}
		d := x.pass.Doc
		for _, tt := range x.tables.Tables {
			mt := tt.T
			for r := 0; r < mt.Rows && r < 4; r++ {
				for c := 0; c+1 < mt.Cols; c++ {
					cell := mt.At(r, c)
					if cell == nil || cell.Col != c || !namesProjectHead(d.Slice(cell.Span)) {
						continue
					}
					if next := mt.At(r, c+cell.ColSpan); next != nil && next != cell {
						if name := strings.TrimSuffix(squashSpace(d.Slice(next.Span)), "项目"); utf8.RuneCountInString(name) >= 4 {
							x.projects[tt] = name
						}
					}
				}
			}
		}
	}
	return x.projects[t]
}

// namesProjectHead reports squashSpace(s) == "项目名称": s holds 称
// (removing spaces makes none), which most cells of a table's first rows
// do not, and is read rune by rune only then.
func namesProjectHead(s string) bool {
	return strings.Contains(s, "称") && squashSpace(s) == "项目名称"
}

// headedProject returns the project of the forms' names (projectOf) that a
// heading in force at offset at names ("（一）耕地地力保护补贴项目"), "" if
// none: in a bundle, the section of one project.
func (x *xrefFacts) headedProject(at int) string {
	x.projectOf(nil) // (the names, made once)
	if len(x.projects) < 2 {
		return "" // (one project's form: no bundle to keep apart)
	}
	for h := range x.headingsInForce(at) {
		for _, name := range x.projects {
			if cjk.Contains(h, name) {
				return name
			}
		}
	}
	return ""
}

// otherProject reports a figure in the section of one project of a
// bundle compared with the form of another.
func (x *xrefFacts) otherProject(f *pfig, cf *cellFacts) bool {
	p := x.projectOf(cf.table())
	if p == "" {
		return false
	}
	h := x.headedProject(f.u.abs(f.q.Start))
	return h != "" && h != p
}

// otherProjects reports two prose figures in the sections of two projects
// of a bundle.
func (x *xrefFacts) otherProjects(a, b *pfig) bool {
	ha := x.headedProject(a.u.abs(a.q.Start))
	hb := x.headedProject(b.u.abs(b.q.Start))
	return ha != "" && hb != "" && ha != hb
}

// openingDate returns Y when text opens with "Y年初" (or 年年初) as a clause of
// its own ("2024年初，…"), 0 otherwise.
func openingDate(text string) int {
	t := strings.TrimSpace(text)
	if len(t) < 4 || !isYear(t[:4]) {
		return 0
	}
	rest := t[4:]
	for _, w := range [...]string{"年初，", "年初,", "年年初，", "年年初,"} {
		if strings.HasPrefix(rest, w) {
			y, _ := strconv.Atoi(t[:4])
			return y
		}
	}
	return 0
}

// stockLabel reports a label naming a balance at a moment (余额, 结余,
// 结存), not a flow.
func stockLabel(l string) bool {
	return strings.HasSuffix(l, "余额") || strings.HasSuffix(l, "结余") || strings.HasSuffix(l, "结存")
}

// someUnits reports a lead that names some units by their count before the
// figure's label ("住建、交通、水利三个部门专项债务余额合计"): the figure is
// theirs, a part of any total the label names.
func someUnits(lead string) bool {
	k := cjk.Index(lead, "个")
	if k <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(lead[:k])
	if !(r >= '0' && r <= '9' || strings.ContainsRune("两二三四五六七八九十", r)) {
		return false
	}
	rest := lead[k+len("个"):]
	for _, w := range [...]string{"部门", "单位", "乡镇", "镇", "县", "区", "科室"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// runesBefore returns the up to n runes of s before offset at.
func runesBefore(s string, at, n int) string {
	if at <= 0 || at > len(s) {
		return ""
	}
	i := at
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:at]
}

// withoutFormula drops a trailing bracket that only states how a row is
// computed from other rows ("综合财力(一+二+三)", "政府债务率(%)(五÷四)"):
// the row is the 综合财力 the text names.
func withoutFormula(n string) string {
	if !strings.HasSuffix(n, ")") {
		return n
	}
	k := strings.LastIndex(n, "(")
	if k <= 0 {
		return n
	}
	inner := n[k+1 : len(n)-1]
	ops := 0
	for _, r := range inner {
		switch {
		case strings.ContainsRune("+-−÷/×*", r):
			ops++
		case strings.ContainsRune("一二三四五六七八九十0123456789、.", r):
		default:
			return n
		}
	}
	if ops == 0 {
		return n
	}
	return strings.TrimSpace(n[:k])
}

// openingItem returns the item a paragraph opens with as its title, a
// numbered phrase of two to twelve characters ended by 。 or ：("3.公务接待费。
// 支出决算为…"); "" when it opens otherwise.
func openingItem(text string) string {
	return openingTitle(text, false)
}

// openingTitle is openingItem, and with colonOnly a title with no number
// before it that a colon ends ("“三公”经费：本年度实际支出2.28万元"), for
// figures labelled by their basis alone.
func openingTitle(text string, colonOnly bool) string {
	rest := strings.TrimLeft(text, "0123456789.．、 （(一二三四五六七八九十）)")
	marks := "。：:"
	if len(rest) == len(text) {
		if !colonOnly {
			return "" // no number before it
		}
		marks = "：:"
	}
	k := strings.IndexAny(rest, marks)
	if k < 0 {
		return ""
	}
	item := rest[:k]
	if n := utf8.RuneCountInString(item); n < 2 || n > 12 || strings.ContainsAny(item, "，,；;0123456789") {
		return ""
	}
	return item
}

// titleSentence reports whether q is in the first sentence after u's
// opening title: the sentence after "3.公务接待费。", or, with colon (a
// figure labelled by its basis alone), the rest of the one "“三公”经费："
// opens.
func titleSentence(u *unit, q *figures.Quantity, colon bool) bool {
	first := firstSentenceAfterTitle(u.text)
	start := u.sentenceOf(q.Start).Start
	return start == first || colon && start < first && q.Start >= first
}

// firstSentenceAfterTitle returns the offset of the text after a paragraph's
// opening title (openingItem and its mark), −1 when it has none.
func firstSentenceAfterTitle(text string) int {
	item := openingTitle(text, true)
	if item == "" {
		return -1
	}
	k := strings.Index(text, item) + len(item)
	_, w := utf8.DecodeRuneInString(text[k:])
	return k + w
}

// basisOnly reports a label that names only the basis of a figure, no
// item: "支出决算", "决算支出", "实际支出", "支出预算".
func basisOnly(label string) bool {
	switch label {
	case "支出决算", "决算支出", "实际支出", "支出预算", "预算支出", "决算数", "预算数":
		return true
	}
	return false
}

// siblingItem returns the item of the figure before quantity i in its
// sentence when i's label names only its basis and that figure is the same
// item on another basis: "“三公”经费财政拨款支出预算为59.62万元，支出决算为
// 56.25万元" gives 56.25 the item 三公经费财政拨款支出. It returns "" otherwise.
func siblingItem(x *xrefFacts, u *unit, i int, label string) string {
	if i == 0 {
		return ""
	}
	q, prev := &u.st.Quantities[i], &u.st.Quantities[i-1]
	if prev.Percent || prev.Period == "" || prev.Period == q.Period || prev.Unit != q.Unit || u.sentenceOf(prev.Start).Start != u.sentenceOf(q.Start).Start {
		return ""
	}
	if strings.ContainsAny(u.text[prev.End:q.LeadStart], "；;。") {
		return ""
	}
	pl := x.normalizeLabel(prev.Label)
	if basisOnly(label) {
		if utf8.RuneCountInString(pl) < 3 || basisOnly(pl) {
			return ""
		}
	} else if utf8.RuneCountInString(pl) <= utf8.RuneCountInString(label) || !strings.HasSuffix(pl, label) {
		return ""
	}
	if basisOnly(label) && strings.HasSuffix(label, "支出") && !strings.HasSuffix(pl, "支出") {
		pl += "支出" // "“三公”经费预算26.11万元，实际支出22.37万元": 三公经费支出
	}
	return pl
}

// someBodiesRe is a group of bodies counted before a figure's label ("5个
// 县（市、区）资产总额合计", "3个乡镇共"), or one body named as the top of a
// ranking in the clause before it ("资产规模最大的是准格尔召镇，").
var someBodiesRe = regexp.MustCompile(`(?:[0-9]+|[一二三四五六七八九十两]+)个(?:县（市、区）|县\(市、区\)|县区|县市区|旗县市区|旗县|县|区|乡镇|镇|街道|苏木乡镇|单位|部门)[^，。；]*$|(?:最大|最多|最高|最小|最少|最低)的(?:是|为)[^，。；]{2,16}[，,][^，。；]*$`)

// someBodies reports a figure whose words say it is of some of the bodies
// a report covers, not of all of them (the tables' totals).
func someBodies(u *unit, q *figures.Quantity) bool {
	sent := u.sentenceOf(q.Start)
	before := u.text[sent.Start:q.Start]
	if k := strings.LastIndex(before, "；"); k >= 0 {
		before = before[k+len("；"):]
	}
	if !cjk.Contains(before, "个") && !cjk.Contains(before, "的是") && !cjk.Contains(before, "的为") {
		return false
	}
	m := someBodiesRe.FindStringIndex(before)
	if m == nil {
		return false
	}
	// "全县12个乡镇…合计": all of them
	return !cjk.Contains(runesBefore(before, m[0], 3), "全") && !cjk.Contains(runesBefore(before, m[0], 3), "各")
}

// openedBefore reports whether the sentence of quantity i states an
// opening 年初 figure before it.
func openedBefore(u *unit, i int) bool {
	qs := u.st.Quantities
	sent := u.sentenceOf(qs[i].Start).Start
	for k := i - 1; k >= 0 && qs[k].Start >= sent; k-- {
		if qs[k].Period == "年初" || strings.HasPrefix(qs[k].Lead, "年初") || cjk.Contains(qs[k].Lead, "年初结转") {
			return true
		}
	}
	return false
}

// afterLastDe returns the name after the last 的 of a long label, the
// item its clauses qualify ("市本级行政单位和参照公务员法管理事业单位使用
// 一般公共预算财政拨款安排的机关运行经费支出": 机关运行经费支出), or the
// label itself when it is short or the name after 的 is.
func afterLastDe(label string) string {
	if utf8.RuneCountInString(label) <= 12 {
		return label
	}
	k := strings.LastIndex(label, "的")
	if k < 0 {
		return label
	}
	rest := label[k+len("的"):]
	if utf8.RuneCountInString(rest) < 4 {
		return label
	}
	return rest
}

// withoutAbbreviation returns label l without a bracketed abbreviation of
// capital Latin letters ("(GDP)", "（CPI）").
func withoutAbbreviation(l string) string {
	for _, open := range [...]string{"(", "（"} {
		i := strings.Index(l, open)
		if i < 0 {
			continue
		}
		rest := l[i+len(open):]
		j := 0
		for j < len(rest) && rest[j] >= 'A' && rest[j] <= 'Z' {
			j++
		}
		if j < 2 || j > 5 {
			continue
		}
		for _, close := range [...]string{")", "）"} {
			if strings.HasPrefix(rest[j:], close) {
				return l[:i] + rest[j+len(close):]
			}
		}
	}
	return l
}
