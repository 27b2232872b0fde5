package figures

import (
	"bytes"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// Enumeration is a total stated with its parts: "合计X万元，其中A a万元、B b万元",
// "主要用于A a万元、B b万元" or "A a万元，B b万元，支出合计X万元".
type Enumeration struct {
	Total    Quantity
	Parts    []Quantity
	Marker   string // the word that introduces the parts: 其中, 主要用于, 分别为, 包括, 合计 (parts before the total)
	MarkerAt Range
	// Complete is true when the wording says the parts make up the whole
	// (分别为, 包括, parts followed by 合计); otherwise the parts are a subset
	// (其中, 主要用于) and only a sum above the total is a contradiction.
	Complete bool
	// Written holds the total and the parts as written when they mix units
	// of money (亿元 and 万元): Total and Parts are then all in the largest
	// unit. Nil when one unit is used throughout.
	Written *WrittenEnumeration
}

// WrittenEnumeration is an enumeration's figures in their written units.
type WrittenEnumeration struct {
	Total Quantity
	Parts []Quantity
}

// Comparison is a statement comparing a figure with an earlier one:
// "X比Y增加D，增长R%". Any of Base, Diff and Rate may be missing.
type Comparison struct {
	Cur      *Quantity // X: the current figure (nil if not stated in the sentence)
	Base     *Quantity // Y: the figure compared with
	Diff     *Quantity // D: the stated change, always non-negative in wording terms
	Rate     *Quantity // R: the stated rate of change (a percentage)
	Anchor   Range     // 比 / 较 / 同比
	DiffWord string    // 增加, 减少, …
	DiffSign int       // +1, −1, or 0 when the word says nothing
	DiffAt   Range
	RateWord string // 增幅, 降幅, 增长, 下降, …
	RateSign int
	RateAt   Range
	// ToWord is the verb of "由Y提高到X" (ToSign its direction), when the
	// comparison is written that way.
	ToWord string
	ToSign int
	ToAt   Range
	// Annual is a compound annual rate of the same change written with it
	// ("比2019年的4137.59万元增长31.19%，年均增长7.80%"), nil if none.
	Annual *Quantity
	// Comparable is set when the sentence or paragraph says growth is
	// measured at comparable prices or on a comparable basis (可比价,
	// 不变价, 同口径): a rate then need not equal D ÷ Y.
	Comparable bool
}

// Rate is a stated ratio such as 执行率/控制率/到位率 with the sentence and
// paragraph figures that may be its numerator and denominator.
type Rate struct {
	Value   Quantity
	Kind    string     // the label's last word: 执行率, 控制率, …
	Plans   []Quantity // candidate denominators (预算, 计划, 编制, 核定, 目标)
	Actuals []Quantity // candidate numerators (实际, 执行, 支出, 完成, 实有)
}

// Share is "X，占Y的R%" with the base label written after 占.
type Share struct {
	Part      Quantity
	BaseLabel string
	Rate      Quantity
	Bases     []Quantity // figures in the paragraph whose label matches BaseLabel; none when it states none
}

// Multiple is "X，是Y的N倍": Subject is the figure before the phrase, Bases
// the figures of the paragraph whose label or period is the phrase Y.
type Multiple struct {
	Value      Quantity // N倍
	Subject    Quantity
	BasePhrase string
	Bases      []Quantity
}

// Statements is everything found in one text (a paragraph or a cell).
type Statements struct {
	Quantities   []Quantity
	Sentences    []Range
	Enumerations []Enumeration
	Comparisons  []Comparison
	Rates        []Rate
	Shares       []Share
	Multiples    []Multiple
}

var (
	posWords = []string{"增加", "增长", "提高", "上升", "增幅", "涨幅", "上涨", "扩大", "攀升", "增多", "多出", "超出", "增产", "增收", "提升", "回升", "升高", "延长", "净增", "多"}
	negWords = []string{"减少", "下降", "降低", "减幅", "降幅", "压减", "节约", "回落", "下滑", "缩减", "跌幅", "下跌", "收窄", "缩小", "减产", "减收", "缩短", "减", "少"}
	// rate words for R, sign included
	neutralRateWords = []string{"幅度", "变动率", "增减率", "增减幅度"}
	comparableWords  = []string{"可比价", "不变价", "可比口径", "同口径", "扣除价格因素", "实际增长", "名义增长", "按可比"}
	enumMarkers      = []string{"其中", "主要用于", "主要包括", "分别为", "分别是", "包括", "具体为", "明细为"}

	comparableWordSet = newWordSet(comparableWords)
)

// analysis holds a text's Statements with room for its first sentences,
// so that most texts need one allocation for both.
type analysis struct {
	st    Statements
	sents [4]Range
}

// Analyze finds the quantities and statements in one text. The figures of
// a Comparison point into Quantities (or a copy of some of them); the
// Statements are read only.
func Analyze(s string) *Statements {
	a := Analyzer{exact: true}
	return a.Analyze(s)
}

// Analyze is the package's Analyze(s), allocated from a's blocks.
func (a *Analyzer) Analyze(s string) *Statements {
	if !mayHoldFigure(s) {
		// no figure: the scan would find none (the scanner lends its scratch)
		sc := scanners.Get().(*scanner)
		st := a.newStatements(s, sc, false)
		sc.scratch.trim()
		scanners.Put(sc)
		return st
	}
	// the scanner's one pass over s marks the runes it acts on, sentence
	// marks among them: the sentences are read off the marks
	sc := newScanner(s)
	defer sc.release()
	sc.slow = a.slow
	x := &sc.scratch
	st := a.newStatements(s, sc, true)
	st.Quantities = a.quantities(sc)
	markRanges(s, st.Quantities)
	if len(st.Quantities) == 0 {
		return st // every statement is built on figures
	}
	// where the words the statements start with are, read off the scan's
	// pass (or, for the oracle, looked for in s by each search)
	words := wordMarks{at: sc.words, ok: !a.slow}
	// whether s says growth is at comparable prices: looked up at the first comparison
	comparable, looked := false, false
	ordered := inOrder(st.Quantities)
	// "由Y提高到X" needs 由 or 从 in a lead (see fromTo): without either
	// in one, fromTo finds nothing
	mayFromTo := words.leadsHoldFrom(s, st.Quantities)
	anchored := -1 // whether the text holds 比 or 较, which a change-and-rate pair needs (changeRatePairs); -1 before it is looked for
	// the statements are gathered in the Analyzer's scratch, then cut from its blocks
	if x.compBuf == nil {
		// the scratch starts with room for a few statements (growing
		// from nil cost several allocations)
		x.enumBuf, x.compBuf = make([]Enumeration, 0, 8), make([]Comparison, 0, 16)
	}
	enums, comps := x.enumBuf[:0], x.compBuf[:0]
	// the sentences follow one another: the search of a sentence's figures
	// and words starts where the previous one's began, not at the text's
	// start (qFrom, wFrom: what is before starts before both sentences)
	qFrom, wFrom, prev := 0, 0, 0
	for _, sent := range st.Sentences {
		if sent.Start < prev {
			qFrom, wFrom = 0, 0 // not in order: look from the start
		}
		prev = sent.Start
		var qs []Quantity
		if ordered {
			qs, qFrom = quantitiesWithinFrom(st.Quantities, qFrom, sent)
		} else {
			qs = quantitiesIn(st.Quantities, sent)
		}
		if len(qs) == 0 {
			continue // no figure: no enumeration or comparison
		}
		var ws wordMarks
		ws, wFrom = words.withinFrom(sent, wFrom)
		before := []Quantity(nil) // the paragraph's figures before the sentence, when qs is a part of them
		if ordered {
			before = st.Quantities[:qFrom] // qFrom: the index of qs[0]
		}
		enums = a.enumerations(s, sent, qs, before, ws, x, enums)
		n := len(comps)
		comps = comparisons(s, sent, qs, before, ws, comps)
		if mayFromTo {
			comps = fromTo(s, sent, qs, comps)
		}
		if len(qs) >= 2 {
			// (MayState asks for 比 or 较 in the text: a comparison has an
			// anchor, maybe in a sentence before; looked for once, when a
			// sentence may hold a pair)
			if anchored < 0 {
				anchored = boolInt(hasBiOrJiao(s))
			}
			if anchored == 1 {
				comps = changeRatePairs(s, sent, qs, comps, n, false)
				comps = pointsUnderOpening(s, sent, qs, ws, comps, n)
			}
			comps = priorPairs(s, qs, comps, n)
			if anchored == 0 {
				// "分项目看，…执行数增加698.60万元，降幅11.02%": with no anchor
				// the base is the paragraph before's, but a change and its
				// rate going two ways contradict each other whatever it is
				comps = changeRatePairs(s, sent, qs, comps, n, true)
			}
		}
		for i := n; i < len(comps); i++ {
			if !looked {
				comparable, looked = sc.comparable(s), true
			}
			comps[i].Comparable = comps[i].Comparable || comparable
		}
	}
	st.Enumerations = cut(&a.enums, enums, a.block(enumsBlock))
	st.Comparisons = cut(&a.comps, comps, a.block(compsBlock))
	// the scratch keeps its room, not the figures it pointed to
	clear(enums)
	clear(comps)
	x.enumBuf, x.compBuf = enums[:0], comps[:0]
	st.Rates = a.rates(st.Quantities, x)
	shs := a.shares(s, st.Quantities, st.Enumerations, x.shareBuf[:0])
	st.Shares = cut(&a.shs, shs, a.block(shsBlock))
	clear(shs)
	x.shareBuf = shs[:0]
	st.Multiples = multiples(s, st.Quantities)
	return st
}

// leadsHoldFrom reports whether the lead of some figure of qs holds 由 or
// 从, which fromTo needs (TestFromToNeedsFrom). The leads are valid
// UTF-8 or not, but a lead byte never occurs inside another rune: their
// bytes are looked at.
func leadsHoldFrom(qs []Quantity) bool {
	for i := range qs {
		l := qs[i].Lead
		for j := 0; j+2 < len(l); j++ {
			switch l[j] {
			case 0xE7: // 由 is E7 94 B1
				if l[j+1] == 0x94 && l[j+2] == 0xB1 {
					return true
				}
			case 0xE4: // 从 is E4 BB 8E
				if l[j+1] == 0xBB && l[j+2] == 0x8E {
					return true
				}
			}
		}
	}
	return false
}

// inOrder reports whether both the starts and the ends of qs never
// decrease (as Quantities returns them): the figures inside a range are
// then consecutive.
func inOrder(qs []Quantity) bool {
	for i := 1; i < len(qs); i++ {
		if qs[i].Start < qs[i-1].Start || qs[i].End < qs[i-1].End {
			return false
		}
	}
	return true
}

// quantitiesWithin is quantitiesIn for figures inOrder, without copying:
// the figures starting at or after r.Start are a suffix, those ending at
// or before r.End a prefix. The result's capacity ends with it, so an
// append by a caller cannot overwrite all.
func quantitiesWithin(all []Quantity, r Range) []Quantity {
	qs, _ := quantitiesWithinFrom(all, 0, r)
	return qs
}

// quantitiesWithinFrom is quantitiesWithin, looking from all[from] on
// (every figure before it starts before r.Start), and also returns the
// index of the first figure of the result: the figures before it start
// before r.Start, so the search of a later range can start there.
func quantitiesWithinFrom(all []Quantity, from int, r Range) ([]Quantity, int) {
	i := from
	for i < len(all) && all[i].Start < r.Start {
		i++
	}
	j := i
	for j < len(all) && all[j].End <= r.End {
		j++
	}
	return all[i:j:j], i
}

func quantitiesIn(all []Quantity, r Range) []Quantity {
	var out []Quantity
	for _, q := range all {
		if q.Start >= r.Start && q.End <= r.End {
			out = append(out, q)
		}
	}
	return out
}

// glue returns the text between quantity i-1 (or from) and quantity i.
func glue(s string, qs []Quantity, i int, from int) (string, int) {
	a := from
	if i > 0 {
		a = qs[i-1].End
	}
	if a > qs[i].Start {
		a = qs[i].Start
	}
	return s[a:qs[i].Start], a
}

// sameFamily reports whether two figures can be added or compared: the same
// unit, or a zero with any unit.
func sameFamily(a, b *Quantity) bool {
	if a.Percent != b.Percent || a.Permil != b.Permil {
		return false
	}
	if a.Unit == b.Unit || samePeople(a.Unit, b.Unit) {
		return true
	}
	return (a.Mant == 0 || b.Mant == 0) && isMoney(a.Unit) && isMoney(b.Unit)
}

// samePeople reports 人 and 名, two measure words for one count of
// people ("共为1145名劳动者…，其中初级工473人、…").
func samePeople(a, b string) bool {
	return (a == "人" || a == "名") && (b == "人" || b == "名")
}

func isMoney(u string) bool { return strings.HasSuffix(u, "元") }

// sameOrMoney reports figures of one family (sameFamily) or amounts of
// money in two units (亿元 and 万元), which an enumeration may mix.
func sameOrMoney(a, b *Quantity) bool {
	if sameFamily(a, b) {
		return true
	}
	_, okA := UnitExp(a.Unit)
	_, okB := UnitExp(b.Unit)
	return okA && okB && !a.Percent && !b.Percent && !a.Permil && !b.Permil
}

// oneUnit reports whether the parts are all in the total's unit.
func oneUnit(total *Quantity, parts []Quantity) bool {
	for k := range parts {
		if parts[k].Unit != total.Unit {
			return false
		}
	}
	return true
}

// inLargestUnit rewrites the parts, in place, and returns the total, all
// in the largest unit of money among them: moving the decimal point left
// keeps each figure's rounding interval (3.01万元 is 0.000301亿元 to the
// 0.000001).
func inLargestUnit(total *Quantity, parts []Quantity) Quantity {
	unit, top := total.Unit, -1
	for _, q := range append([]Quantity{*total}, parts...) {
		if e, ok := UnitExp(q.Unit); ok && e > top {
			unit, top = q.Unit, e
		}
	}
	for k := range parts {
		if q, ok := InUnitOf(parts[k], unit); ok {
			if q.Mant == 0 && q.Unit != parts[k].Unit {
				// "因公出国（境）费支出0元" among 万元: nothing, in any unit,
				// not a figure to the 0.0001万元 (which sums would show)
				q.Dec, q.Exact = 0, true
			}
			parts[k] = q
		}
	}
	t, _ := InUnitOf(*total, unit)
	return t
}

var stopWordSet = newWordSet(stopWords)

var stopWords = []string{"比", "较", "同比", "增加", "减少", "增长", "下降", "提高", "降低", "占", "相比", "合计", "共计", "总计", "累计", "其中", "主要用于", "分别", "预算数", "决算数", "年初预算", "全年预算", "执行数", "增幅", "降幅", "节约", "压减"}

// plainGlue reports whether the text between two parts of a list is just a
// separator and a label.
func plainGlue(g string) bool {
	if stopWordSet.containsAny(g) || cjk.Contains(g, "。") {
		return false
	}
	if utf8.RuneCountInString(g) > 40 {
		return false
	}
	return true
}

// enumerations appends the enumerations of sentence sent to prior, those of
// the sentences before (a second breakdown may refer to their totals).
func (a *Analyzer) enumerations(s string, sent Range, qs, before []Quantity, ws wordMarks, x *scratch, prior []Enumeration) []Enumeration {
	out := prior
	// used[i]: qs[i] is a part or lies between parts of an enumeration
	depths := depthScan{s: s, from: sent.Start, pos: sent.Start}
	// the markers of the sentence, found once: each glue's is read off them
	ms := ws.markersIn(s, sent, x.markBuf[:0])
	x.markBuf = ms
	var usedBuf [64]bool
	used := usedBuf[:min(len(qs), len(usedBuf))]
	if len(qs) > len(usedBuf) {
		used = make([]bool, len(qs))
	}
	for i := 0; i < len(qs); i++ {
		if qs[i].Percent || qs[i].Permil || qs[i].Label == "" || qs[i].Approx {
			continue // not a part (tested before the marker is looked for)
		}
		g, ga := glue(s, qs, i, sent.Start)
		m, mAt := markerIn(ms, ga, ga+len(g)) // findMarker(g, ga)
		zhong := false
		if m == "" && i > 0 && (strings.HasPrefix(g, "中，") || strings.HasPrefix(g, "中：")) {
			// "基本支出2617.92万元中，人员经费…；公用经费…": 中 right after
			// the total is its 其中
			m, mAt = "其中", Range{ga, ga + len("中")}
			zhong = true
		}
		if m == "" {
			continue
		}
		if indexSemi(s[mAt.End:qs[i].Start]) >= 0 && !zeroItemsOnly(s[mAt.End:qs[i].Start]) {
			continue // "主要用于保障人员经费；项目支出X": the marker's clause ended before any figure
		}
		// the total: the nearest figure before the marker (skipping shares)
		ti := -1
		pairedEnd := -1 // where the second measure of a paired total ends
		for k := i - 1; k >= 0; k-- {
			if k > 0 && restatement(s, &qs[k-1], &qs[k]) && sameFamily(&qs[k-1], &qs[i]) {
				continue // "11,242.29万元（约1.12亿元）", "808.54万元（折合0.08亿元）": the bracket restates the figure before
			}
			if !qs[k].Percent && !qs[k].Permil {
				if k > 0 && qs[k-1].End == qs[k].Start && !sameOrMoney(&qs[k], &qs[i]) && sameOrMoney(&qs[k-1], &qs[i]) && !qs[k-1].Percent {
					// "带动脱贫户1614户4899人增收，其中脱贫户1358户、监测户296户":
					// two measures of one subject, the parts in the first's
					pairedEnd = qs[k].End
					k--
				}
				if isChange(&qs[k]) || qs[k].Label == "" && qs[k].Period == "" && !qs[k].Total && pairedEnd < 0 {
					break // "比上年增加12.3万吨，其中…": not a total
				}
				ti = k
				break
			}
		}
		var total Quantity
		tentative := false // "其中，A a；B b" or a "其中，" list opening its sentence: a list only if it is a known whole
		opens := false     // the list opens its sentence, the total ends the one before
		totalEnd := -1     // where the total's text ends, when not at its End
		if pairedEnd >= 0 {
			totalEnd = pairedEnd
		}
		if ti >= 0 && ti < i-1 && annotationsOnly(qs[ti+1:i]) {
			// "基本支出X万元，占支出合计的R%，其中人员经费…" and "收入安排
			// X万元，比上年执行数下降R%，其中…": the share or the rate of
			// change annotates the total, the marker still follows it
			totalEnd = qs[i-1].End
		}
		if ti >= 0 && ti+1 < i && restatement(s, &qs[ti], &qs[ti+1]) {
			// "资金11,242.29万元（约1.12亿元），其中中央财政资金6,777.69万元…"
			// and "…808.54万元（折合0.08亿元），其中…": the total is the figure
			// in the parts' unit, its rounding in brackets an aside
			totalEnd = closeBracket(s, qs[ti+1].End)
		}
		switch {
		case ti >= 0:
			total = qs[ti]
			if ti > 0 && restates(s, &qs[ti-1], &qs[ti]) {
				// "收入合计332,996,720元（折合33299.67万元），其中：…万元": the
				// total is the figure in the parts' unit, named as the first
				prev := &qs[ti-1]
				total.Label, total.Lead, total.Total, total.Year, total.Period = prev.Label, prev.Lead, prev.Total, prev.Year, prev.Period
				totalEnd = closeBracket(s, total.End)
			}
			// after a clause break, a second breakdown of the same total:
			// "合计X，其中A a，B b；主要用于C c…"
			if indexSemi(s[qs[ti].End:mAt.Start]) >= 0 {
				for _, e := range out { // the earlier sentences' and this one's, in order
					if len(e.Parts) > 0 && e.Parts[len(e.Parts)-1].Start == qs[ti].Start {
						total = e.Total
					}
				}
			}
		default:
			t, ok := totalBeforeSentence(s, sent, before, mAt)
			if !ok || i != 0 {
				continue
			}
			total, opens = t, true
			tentative = strings.HasPrefix(s[mAt.Start:], "其中，")
		}
		if total.Approx || !sameOrMoney(&total, &qs[i]) || total.Mant == 0 {
			continue
		}
		// the marker must follow the total directly: "合计X，其中…", not
		// "…X个项目，常规项目包括…" where a new subject comes in between
		if totalEnd < 0 {
			totalEnd = total.End
		}
		if !opens && total.Start == qs[max(ti, 0)].Start && !directlyAfter(s, totalEnd, mAt.Start) && !(m == "其中" && countClause(s, &total, totalEnd, mAt.Start)) {
			continue
		}
		// the parts, as indexes in qs: the figures are copied only for an
		// enumeration kept
		var partBuf [16]int
		parts := append(partBuf[:0], i)
		depth := depths.at(qs[i].Start)
		semi := 0       // 1: parts separated by ；, −1: by ，、
		dun := false    // the first two parts are joined by 、
		nested := false // within a part's own 其中 list
		j := i + 1
		for ; j < len(qs); j++ {
			q := &qs[j]
			g, ga := glue(s, qs, j, sent.Start)
			if q.Total && sameFamily(q, &total) {
				break // "占收入合计的12.38%" annotates a part, it ends nothing
			}
			if d := depths.at(q.Start); d > depth {
				continue // "（其中：…）" inside the list belongs to the previous part
			} else if d < depth {
				break // the bracket holding the list is closed
			}
			if !sameOrMoney(q, &total) {
				continue // a share or growth rate annotating the previous part
			}
			if q.Label == "" && isChange(q) {
				continue // "基本支出a，占…%，比上年增加d万元，…；项目支出b": d annotates a, before any separator is read
			}
			// separators are read between parts: in "其中：A a，占x%；B b" the
			// comma belongs to the share annotating A
			between := s[qs[parts[len(parts)-1]].End:q.Start]
			hasSemi := indexSemi(between) >= 0
			if !hasSemi && semi >= 0 {
				// "其中：A a，其中A1 x、A2 y；B b": a 其中 within a part's
				// clause lists the part's own items, up to the next ；
				if nested {
					continue
				}
				// (the 其中 may be in the glue of a figure of another kind
				// passed over: "…所属47个单位，其中中学9所、…，其他事业单位4个")
				if mm, _ := markerIn(ms, ga, ga+len(g)); mm == "其中" || cjk.Contains(between, "其中") {
					nested = true
					continue
				}
			}
			nested = false
			if len(parts) == 1 {
				dun = cjk.Contains(between, "、") && !strings.ContainsAny(between, "，,")
			} else if dun && !cjk.Contains(between, "、") && strings.ContainsAny(between, "，,") {
				// "其中行政人员25人、事业人员19人，离退休人员30人": a list
				// joined by 、 ends at the comma
				j = len(qs)
				continue
			}
			switch {
			case semi == 0 && hasSemi && (zhong || firstNonSpace(afterFiller(s[mAt.End:])) == ':'):
				semi = 1 // "其中：A a；B b；…", "X中，A a，…；B b"
			case semi == 0 && hasSemi && m == "其中" && strings.ContainsRune(",，", firstNonSpace(s[mAt.End:])) && q.Label != "":
				// "其中，第一产业增加值a亿元，增长x%；第二产业增加值b亿元…":
				// kept only if the parts are a known whole
				semi, tentative = 1, true
			case semi == 0 && hasSemi:
				j = len(qs)
				continue
			case semi == 0:
				semi = -1
			case semi < 0 && hasSemi:
				j = len(qs) // a clause break ends a list separated by commas
				continue
			}
			if semi == 1 {
				// in "其中：A a，主要用于…；B b" what comes before the ； is
				// said of A: B's glue is what follows it
				for k := indexSemi(g); k >= 0; k = indexSemi(g) {
					n := 1
					if g[k] != ';' {
						n = len("；")
					}
					g, ga = g[k+n:], ga+k+n
				}
			}
			if mm, _ := markerIn(ms, ga, ga+len(g)); mm != "" {
				break
			}
			if cjk.Contains(g, "增加值") {
				g = strings.ReplaceAll(g, "增加值", "值") // (第二产业增加值 is an item, 增加 no change)
			}
			if !plainGlue(g) || q.Label == "" || q.Year != 0 && q.Year != total.Year && total.Year != 0 {
				if q.Label == "" || cjk.ContainsAnyOf(g, "比", "较", "增加", "减少", "增长", "下降", "占") {
					continue // an annotation: "比上年增加5万元"
				}
				break
			}
			if q.Approx {
				parts = parts[:0]
				break
			}
			if len(parts) >= 2 && q.Mant == total.Mant && q.Dec == total.Dec && q.Unit == total.Unit {
				// "…总额146.20万元，其中货物类98.70万元、服务类47.50万元，授予
				// 中小企业合同金额146.20万元": the whole again, by another measure
				break
			}
			parts = append(parts, j)
		}
		for k := i; k < min(j, len(qs)); k++ { // j passes len(qs) when a clause break ended the list
			used[k] = true
		}
		if len(parts) < 2 {
			if len(parts) == 1 && (qs[parts[0]].Unit == total.Unit || IsMoneyUnit(qs[parts[0]].Unit) && IsMoneyUnit(total.Unit)) && !opens {
				// a single 其中 part larger than its total is still a contradiction
				k := parts[0]
				out = append(out, Enumeration{Total: total, Parts: qs[k : k+1 : k+1], Marker: m, MarkerAt: mAt})
			}
			continue
		}
		if opens && (planAgainstActual(&total, qs, parts) || !partsApart(s, qs, parts, sent.End)) {
			continue // "实际支出X。其中：基本支出预算a，实际支出b；…" pairs plans and outturns
		}
		ps := a.partsOf(qs, parts)
		var written *WrittenEnumeration
		if !oneUnit(&total, ps) {
			// "新增政府债券3.79亿元（其中新增一般债券7757.11万元、新增专项债券
			// 3.01亿元）": all in the largest unit, the figures exact there
			written = &WrittenEnumeration{Total: total, Parts: ps}
			ps = a.quantityCopy(ps)
			total = inLargestUnit(&total, ps)
		}
		var labelBuf [16]string
		labels := labelsOf(labelBuf[:0], ps)
		// (a list ending with 其他… is the whole: "车辆12辆，其中：一般公务用车3辆、
		// 科研试验用车6辆、其他用车2辆")
		complete := m == "分别为" || m == "分别是" || m == "具体为" || m == "明细为" || KnownComplete(total.Label, labels) || strings.HasPrefix(labels[len(labels)-1], "其他") && noneSkipped(qs, parts, &total)
		if m == "包括" && !cjk.Contains(s[ps[len(ps)-1].End:min(len(s), ps[len(ps)-1].End+6)], "等") {
			complete = true
		}
		if tentative && !KnownComplete(total.Label, labels) {
			continue
		}
		out = append(out, Enumeration{Total: total, Parts: ps, Marker: m, MarkerAt: mAt, Complete: complete, Written: written})
	}
	// parts first, then "支出合计X": complete by wording
	for i := 0; i < len(qs); i++ {
		t := &qs[i]
		if !t.Total || t.Approx || t.Percent || used[i] || !isTotalLead(t.Lead) {
			continue
		}
		var partBuf [16]int
		parts := partBuf[:0] // indexes in qs, the last part first
		mixed := false       // the walk met a part in another unit of money
		// the figures in brackets deeper than the total's are the parts of
		// the figure before their bracket ("加上上级补助收入25.93亿元（其中返还性
		// 收入1.11亿元、…）、…，收入总计44.15亿元"): passed over, with the
		// bracket left out of the glue around them
		var depthBuf [32]int
		depth := depthBuf[:0]
		if indexOpenBracket(s[sent.Start:t.Start]) >= 0 {
			ds := depthScan{s: s, from: sent.Start, pos: sent.Start}
			for k := 0; k <= i; k++ {
				depth = append(depth, ds.at(qs[k].Start))
			}
		}
		next := i // the figure after qs[k] in the list
		k := i - 1
		cutShort := false // the walk stopped at a figure that reads as one more part
		for ; k >= 0; k-- {
			q := &qs[k]
			if len(depth) > 0 && depth[k] > depth[i] {
				continue
			}
			g := s[q.End:qs[next].Start]
			if len(depth) > 0 {
				g = outsideBrackets(g)
			}
			if next != i && !plainGlue(g) {
				// "国有资本经营预算支出3068.97万元，主要用于…；按规定调出资金
				// 1073.70万元…；结转下年103.56万元，支出总计4246.23万元": the
				// words after the first part are no glue, but it is a part
				// all the same; the list is then known only in part
				cutShort = morePart(q, t, used[k], g)
				break
			}
			if !used[k] && !q.Total && !q.Approx && q.Label != "" && !sameFamily(q, t) && sameOrMoney(q, t) {
				// "加上上级补助收入7,321.80万元、专项债务收入9.64亿元…，收入总计
				// 31.19亿元": the list mixes units; the figures of the total's
				// unit alone are not its parts
				mixed = true
				break
			}
			if used[k] || q.Total || q.Approx || q.Label == "" && !fenbieBefore(s, qs, k) || !sameFamily(q, t) || perUnit(q) {
				break
			}
			if next == i && strings.ContainsAny(outsideBrackets(s[q.End:max(q.End, t.LeadStart)]), "；;。") {
				break // "…得9.69分；产出指标、效益指标…分值合计90分": another clause's
			}
			next = k
			gq, gqa := glue(s, qs, k, sent.Start)
			parts = append(parts, k)
			plain := gq
			if len(depth) > 0 {
				plain = outsideBrackets(gq) // "；自治区（提前下达）（宁财发〔2023〕184号，2023年12月14日）下达": the asides are no glue
			}
			if mm, _ := markerIn(ms, gqa, gqa+len(gq)); mm != "" || !plainGlue(plain) && k > 0 {
				if k > 0 {
					cutShort = morePart(&qs[k-1], t, used[k-1], gq)
				}
				break
			}
		}
		if mixed {
			continue
		}
		if len(parts) >= 1 {
			// "X，加上A、B，总计T" adds A and B to X: X is a part too when
			// it is in the sentence, else the parts are not all here
			first := parts[len(parts)-1]
			from := sent.Start
			if first > 0 {
				from = qs[first-1].End
			}
			if cjk.Contains(s[from:qs[first].Start], "加") {
				if first == 0 || used[first-1] || qs[first-1].Approx || qs[first-1].Percent || !sameFamily(&qs[first-1], t) {
					continue
				}
				parts = append(parts, first-1)
			}
		}
		if len(parts) >= 2 {
			// the parts are the figures just before the total, in order
			// (with none passed over in a bracket: a list of their own)
			first := parts[len(parts)-1]
			var ps []Quantity
			if i-first == len(parts) {
				ps = qs[first : first+len(parts) : first+len(parts)]
			} else {
				ps = make([]Quantity, 0, len(parts))
				for k := len(parts) - 1; k >= 0; k-- {
					ps = append(ps, qs[parts[k]])
				}
			}
			out = append(out, Enumeration{Total: *t, Parts: ps, Marker: "合计", MarkerAt: Range{t.LeadStart, t.Start}, Complete: !cutShort})
		}
	}
	out = bracketParts(s, sent, qs, out)
	out = scoreTotal(qs, used, out)
	// figures per head or per unit do not add up ("生均补助919.74元，其中小学
	// 生均995.00元、初中生均985.00元"), nor does a net value with the gross
	// value and its depreciation ("固定资产3911.62万元（原值6283.61万元，
	// 累计折旧2371.99万元）")
	kept := out[:len(prior)]
	for _, e := range out[len(prior):] {
		if !perUnit(&e.Total) && !slices.ContainsFunc(e.Parts, func(q Quantity) bool { return perUnit(&q) || Accumulated(q.Label) }) {
			kept = append(kept, e)
		}
	}
	return kept
}

// outsideBrackets returns g without the text in its brackets (and the
// brackets), g itself when it has none.
func outsideBrackets(g string) string {
	if indexOpenBracket(g) < 0 && strings.IndexByte(g, ')') < 0 && !cjk.Contains(g, "）") {
		return g
	}
	var b strings.Builder
	d := 0
	for _, r := range g {
		switch r {
		case '(', '（':
			d++
		case ')', '）':
			if d > 0 {
				d--
			}
		default:
			if d == 0 {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// hasHan reports whether s holds a Han character: the labels of a
// breakdown name its items in Chinese ("人员经费"), not "version".
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// bracketParts appends the enumerations of "基本支出6711.53万元（人员经费
// 5891.90万元，公用经费819.62万元）": a figure whose bracket right after it
// holds two or more named figures of its kind, none of them a change. The
// parts make it up unless the bracket says 含, 包括, 其中 or 等 (a subset).
func bracketParts(s string, sent Range, qs []Quantity, out []Enumeration) []Enumeration {
	for i := 0; i+2 < len(qs); i++ {
		t := &qs[i]
		if t.Percent || t.Approx || t.Label == "" || t.Unit == "" || !hasHan(t.Label) {
			continue // (a part of another list may hold its own: 其中A a（A1 a1，A2 a2），B b)
		}
		rest := s[t.End:sent.End]
		open := strings.TrimLeft(rest, " \t")
		if !strings.HasPrefix(open, "（") && !strings.HasPrefix(open, "(") {
			continue
		}
		from := t.End + len(rest) - len(open)
		closeAt := strings.IndexAny(s[from:sent.End], "）)")
		if closeAt < 0 {
			continue
		}
		end := from + closeAt
		j := i + 1
		for j < len(qs) && qs[j].End <= end {
			q := &qs[j]
			if q.Percent || q.Approx || q.Label == "" || !hasHan(q.Label) || isChange(q) || !sameFamily(q, t) {
				break
			}
			j++
		}
		if j-(i+1) < 2 || j < len(qs) && qs[j].Start < end {
			continue // fewer than two parts, or another figure in the bracket
		}
		inside := s[from:end]
		complete := !cjk.Contains(inside, "含") && !cjk.Contains(inside, "包括") && !cjk.Contains(inside, "其中") && !cjk.Contains(inside, "等")
		out = append(out, Enumeration{Total: *t, Parts: qs[i+1 : j : j], Marker: "（", MarkerAt: Range{from, from + 1}, Complete: complete})
		i = j - 1
	}
	return out
}

// scoreTotal appends the enumeration of "预算执行率得分9.76分，绩效指标得分
// 87.89分，自评总得分98.65分": a sentence whose figures before a 总得分 (总分)
// are all scores (分, labelled …得分) adds them up in it.
func scoreTotal(qs []Quantity, used []bool, out []Enumeration) []Enumeration {
	for i := 2; i < len(qs); i++ {
		t := &qs[i]
		if t.Unit != "分" || t.Approx || i < len(used) && used[i] || !cjk.Contains(t.Lead, "总得分") && !cjk.Contains(t.Lead, "总分") {
			continue
		}
		for k := 0; k < i; k++ {
			q := &qs[k]
			if q.Unit != "分" || q.Approx || k < len(used) && used[k] || !strings.HasSuffix(q.Label, "得分") || cjk.Contains(q.Label, "总") {
				return out
			}
		}
		return append(out, Enumeration{Total: *t, Parts: qs[:i:i], Marker: "总得分", MarkerAt: Range{t.LeadStart, t.Start}, Complete: true})
	}
	return out
}

// perUnit reports a figure stated per unit or per head ("县道每公里每年
// 10000元", "平均每个15.86万元", "生均补助919.74元"): a standard or an
// average, never a part or a total of a sum.
func perUnit(q *Quantity) bool {
	for _, w := range [...]string{"每", "生均", "人均", "户均", "场均", "平均"} {
		if cjk.Contains(q.Lead, w) {
			return true
		}
	}
	return false
}

// partsOf returns the figures qs[k] for k in parts (increasing): a slice of
// qs when they follow each other, else a copy.
func (a *Analyzer) partsOf(qs []Quantity, parts []int) []Quantity {
	first, last := parts[0], parts[len(parts)-1]
	if last-first == len(parts)-1 {
		return qs[first : last+1 : last+1]
	}
	var buf [16]Quantity
	ps := buf[:0]
	for _, k := range parts {
		ps = append(ps, qs[k])
	}
	return a.quantityCopy(ps)
}

// afterFiller returns s without a filler between a marker and its colon:
// "主要用于以下方面：A a；B b" lists as "主要用于：A a；B b" does.
func afterFiller(s string) string {
	for _, w := range [...]string{"以下几个方面", "以下几方面", "以下方面", "如下方面", "如下"} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return rest
		}
	}
	return s
}

// firstNonSpace returns the first rune of strings.TrimSpace(Normalize(s)),
// or -1, without normalising all of s (it may be the rest of a paragraph).
func firstNonSpace(s string) rune {
	for _, r := range s { // an invalid byte reads as U+FFFD, as Normalize makes it
		if r = normRune(r); !unicode.IsSpace(r) {
			return r
		}
	}
	return -1
}

// totalsDiffer reports a share's base and a figure's words (label and lead)
// that name different totals where one says 本年: 本年收入合计 is this year's
// income, 收入总计 adds what was carried over from last year.
func totalsDiffer(base, words string) bool {
	if !cjk.Contains(base, "本年") && !cjk.Contains(words, "本年") {
		return false
	}
	sum := func(t string) string {
		switch {
		case cjk.Contains(t, "总计"):
			return "总计"
		case cjk.Contains(t, "合计"):
			return "合计"
		}
		return ""
	}
	a, b := sum(base), sum(words)
	return a != "" && b != "" && a != b
}

// noneSkipped reports whether every figure of total's family between the
// first and the last of parts (indexes in qs, ascending) is one of them: a
// list read with a gap ("事业收入（住宿费、学费）288.53万元" passed over) is
// not known to be whole.
func noneSkipped(qs []Quantity, parts []int, total *Quantity) bool {
	k := 0
	for j := parts[0]; j <= parts[len(parts)-1]; j++ {
		if k < len(parts) && parts[k] == j {
			k++
			continue
		}
		if !qs[j].Percent && sameFamily(&qs[j], total) {
			return false
		}
	}
	return true
}

// Accumulated reports a label naming accumulated depreciation or
// amortisation (累计折旧, 累计摊销) or an impairment allowance: a figure
// subtracted from a gross value, never a part of a whole.
func Accumulated(label string) bool {
	for _, w := range [...]string{"累计折旧", "累计摊销", "减值准备", "坏账准备"} {
		if cjk.Contains(label, w) {
			return true
		}
	}
	return false
}

// fenbieBefore reports whether unlabelled figure qs[k] continues a list
// opened by 分别 ("三类项目分别支出351.83万元、319.64万元和138.83万元，合计
// 801.31万元"): walking back over unlabelled figures joined by 、 和 及 to
// the first, whose lead says 分别.
func fenbieBefore(s string, qs []Quantity, k int) bool {
	for ; k > 0; k-- {
		if g := strings.TrimSpace(s[qs[k-1].End:qs[k].Start]); g != "、" && g != "和" && g != "及" && g != "，" {
			return false
		}
		if p := &qs[k-1]; p.Label != "" || p.Percent != qs[k].Percent {
			return p.Label != "" && cjk.Contains(p.Lead, "分别") && !p.Percent
		}
	}
	return false
}

// totalBeforeSentence returns the total of a 其中 list opening sentence
// sent ("…偿还政府债务本息6.98亿元，比上年减少0.52亿元。其中：偿还本金4.88
// 亿元，支付利息2.11亿元"): the first figure of the sentence before, whose
// other figures only annotate it (changes and percentages). before holds
// the paragraph's figures before sent.
func totalBeforeSentence(s string, sent Range, before []Quantity, mAt Range) (Quantity, bool) {
	if len(before) == 0 || mAt.Start < sent.Start || strings.TrimSpace(s[sent.Start:mAt.Start]) != "" || !strings.HasPrefix(s[mAt.Start:], "其中：") && !strings.HasPrefix(s[mAt.Start:], "其中:") && !strings.HasPrefix(s[mAt.Start:], "其中，") {
		return Quantity{}, false // ("其中，" opens a list only of a known whole: "。其中，保育人员63.0万人，持有…的占83.1%" goes on about one)
	}
	// the sentence before: from the 。 before the one that ends it
	end := strings.TrimRight(s[:sent.Start], " \t")
	if !strings.HasSuffix(end, "。") {
		return Quantity{}, false
	}
	start := 0
	if j := strings.LastIndex(end[:len(end)-len("。")], "。"); j >= 0 {
		start = j + len("。")
	}
	k := len(before)
	for k > 0 && before[k-1].Start >= start {
		k--
	}
	prev := before[k:]
	if len(prev) == 0 {
		return Quantity{}, false
	}
	t := prev[0]
	if t.Label == "" || t.Percent || t.Permil || t.Approx || isChange(&t) {
		return Quantity{}, false
	}
	if head := s[start:t.Start]; cjk.Contains(head, "收、支") || cjk.Contains(head, "收支总计") || cjk.Contains(head, "收入和支出") {
		return Quantity{}, false // "收、支总计均为T。其中：本年收入a；年初结转b；本年支出c；…": two totals, two lists
	}
	for i := range prev[1:] {
		if q := &prev[1+i]; !q.Percent && !isChange(q) {
			return Quantity{}, false
		}
	}
	return t, true
}

// partsApart reports whether the parts of a list are its items, not an
// item and the figures of its own breakdown: where ； separates the items,
// one stands between each two parts ("其中：流动负债a，…主要为应付账款b和…；
// 非流动负债c" lists two items, not four; so does a sentence with a ； after
// the parts: "其中：统筹基金支出a，增长…，统筹基金支出中住院…b，…；个人账户支出c"
// lists a and c); where commas do, only shares may stand between two
// parts ("基本支出a，占80.20%，项目支出b"). end is the sentence's end.
func partsApart(s string, qs []Quantity, parts []int, end int) bool {
	first := qs[parts[0]]
	semi := indexSemi(s[first.End:min(end, len(s))]) >= 0
	for n := 1; n < len(parts); n++ {
		a, b := parts[n-1], parts[n]
		if semi {
			if indexSemi(s[qs[a].End:qs[b].Start]) < 0 {
				return false
			}
			continue
		}
		for k := a + 1; k < b; k++ {
			if !qs[k].Percent {
				return false
			}
		}
	}
	return true
}

// planAgainstActual reports parts of which one is a plan (预算, 计划,
// 目标 in its lead) under a total that is none, or which mix plans and
// outturns: the list pairs the two ("其中：基本支出预算1120.00万元，实际支出
// 1114.88万元，执行率99.54%；…"), it does not split the total.
func planAgainstActual(total *Quantity, qs []Quantity, parts []int) bool {
	plan := func(l string) bool {
		return cjk.Contains(l, "预算") || cjk.Contains(l, "计划") || cjk.Contains(l, "目标")
	}
	tp := plan(total.Lead)
	for _, k := range parts {
		if plan(qs[k].Lead) != tp {
			return true
		}
	}
	return false
}

// annotationsOnly reports whether qs are all shares of something ("占…%")
// or rates of change ("比上年下降…%").
func annotationsOnly(qs []Quantity) bool {
	for i := range qs {
		if !qs[i].Percent || !strings.HasPrefix(qs[i].Lead, "占") && !isChange(&qs[i]) {
			return false
		}
	}
	return true
}

// restates reports whether q repeats p in another unit: "332,996,720元
// （折合33299.67万元）".
func restates(s string, p, q *Quantity) bool {
	if !isMoney(p.Unit) || !isMoney(q.Unit) || p.Unit == q.Unit || p.Percent || q.Percent || q.LeadStart < p.End {
		return false
	}
	between := strings.TrimSpace(s[p.End:q.LeadStart])
	if between != "（" && between != "(" {
		return false
	}
	return q.Lead == "折合" || q.Lead == "合" || q.Lead == "即"
}

// restatement reports whether q writes p again in brackets in another
// unit of money (see Restated).
func restatement(s string, p, q *Quantity) bool {
	_, ok := Restated(s, p, q)
	return ok
}

// Restated returns p in the unit of q when q writes p again in another
// unit of money, in brackets right after it ("6832145.20元（约683.21万元）",
// "…元（折合…万元）"): the two must agree.
func Restated(s string, p, q *Quantity) (Quantity, bool) {
	if q.LeadStart < p.End || q.LeadStart > len(s) || !isMoney(p.Unit) || !isMoney(q.Unit) || p.Unit == q.Unit || p.Percent || q.Percent {
		return Quantity{}, false
	}
	if between := strings.TrimSpace(s[p.End:q.LeadStart]); between != "（" && between != "(" {
		return Quantity{}, false
	}
	switch strings.TrimSpace(q.Lead) {
	case "折合", "合", "即", "约", "约合", "合计约":
		return InUnitOf(*p, q.Unit)
	}
	return Quantity{}, false
}

// closeBracket returns the offset after the closing bracket that follows
// s[:at] (spaces skipped), else at.
func closeBracket(s string, at int) int {
	rest := strings.TrimLeft(s[at:], " ")
	for _, b := range []string{"）", ")"} {
		if strings.HasPrefix(rest, b) {
			return len(s) - len(rest) + len(b)
		}
	}
	return at
}

// directlyAfter reports whether s[a:b] holds nothing but punctuation or
// another enumeration marker ("，主要用于商品和服务支出，").
func directlyAfter(s string, a, b int) bool {
	// Normalize(s[a:b]) in a buffer on the stack: g is only looked at here
	var buf [96]byte
	nb := appendNormalized(buf[:0], s[a:b])
	g := strings.TrimSpace(unsafe.String(unsafe.SliceData(nb), len(nb)))
	g = strings.Trim(g, ",，:：、（( ")
	if g == "" {
		return true
	}
	if m, _ := findMarker(g, 0); m != "" && strings.HasPrefix(g, m) {
		return !strings.ContainsAny(g, "；;")
	}
	return false
}

// countClause reports a count whose clause goes on, without a figure or
// a break, to a comma right before 其中: "共对17名领导干部开展了经济责任审计，
// 其中乡镇…9名、…6名": the 其中 lists the people counted. Only counts (名,
// 人, 个, 家, 户, 辆, 所) are read so: an amount's clause going on names
// something else more often.
func countClause(s string, total *Quantity, from, to int) bool {
	switch total.Unit {
	case "名", "人", "个", "家", "户", "辆", "所":
	default:
		return false
	}
	g := strings.TrimSpace(s[from:to])
	rest, ok := strings.CutSuffix(g, "，")
	if !ok || rest == "" || utf8.RuneCountInString(rest) > 20 {
		return false
	}
	for _, r := range rest {
		if isDigit(r) || strings.ContainsRune("，,。；;：:、（）()", r) {
			return false
		}
	}
	return true
}

// appendNormalized appends Normalize(s) to dst (as strings.Map(normRune,
// s) writes it, which Normalize equals).
func appendNormalized(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, normRune(r))
	}
	return dst
}

// depthScan counts the brackets open at an offset of s (at a rune start),
// from the sentence start from, as bracketDepth (its test oracle) does;
// asked in increasing order, as an enumeration's figures are, the count
// goes on from the last offset instead of starting again at from.
type depthScan struct {
	s         string
	from, pos int // pos: the offset counted up to
	d         int // the depth at pos
}

func (ds *depthScan) at(off int) int {
	if off < ds.pos {
		ds.pos, ds.d = ds.from, 0 // an earlier offset: count again
	}
	// the brackets are found by their bytes, as decoding the runes would
	// find them: ( and ) are ASCII, and the first byte of （ and ）(EF BC
	// 88, EF BC 89) is never inside another rune
	t, d := ds.s[ds.pos:off], ds.d
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '(':
			d++
		case ')':
			if d > 0 {
				d--
			}
		case 0xEF:
			if i+2 < len(t) && t[i+1] == 0xBC {
				switch t[i+2] {
				case 0x88: // （
					d++
					i += 2
				case 0x89: // ）
					if d > 0 {
						d--
					}
					i += 2
				}
			}
		}
	}
	ds.pos, ds.d = off, d
	return d
}

// labelsOf appends the labels of qs to dst.
func labelsOf(dst []string, qs []Quantity) []string {
	for _, q := range qs {
		dst = append(dst, q.Label)
	}
	return dst
}

// completeSets are breakdowns that are whole by definition in public
// budgets: a total whose parts are exactly these items must equal their sum.
// Each set is (words one of which the total's label contains, then one
// keyword per part).
var completeSets = []struct {
	total []string
	parts []string
}{
	{[]string{"基本支出"}, []string{"人员", "公用"}},
	{[]string{"三公"}, []string{"出国", "公务用车", "接待"}},
	{[]string{"采购"}, []string{"货物", "工程", "服务"}},
	{[]string{"人数", "人员", "在职"}, []string{"行政", "事业", "工勤"}},
	{[]string{"车辆"}, []string{"领导干部用车", "一般公务用车"}},
	// official vehicles by the kinds of the 公务用车 rules (执法执勤, 特种专业技术, 一般公务…)
	{[]string{"车辆", "公务用车", "用车保有"}, []string{"执勤", "特种专业技术", "一般公务用车", "领导干部用车", "机要通信", "应急保障"}},
	{[]string{"购置及运行", "购置和运行"}, []string{"购置", "运行"}},
	{[]string{"支出合计", "支出总额", "支出总计", "总支出", "本年支出", "支出"}, []string{"基本支出", "项目支出"}},
	// a government's debt is 一般债务 and 专项债务 (余额, 限额 alike)
	{[]string{"政府债务"}, []string{"一般债务", "专项债务"}},
	// staff within and outside the establishment; the retired
	{[]string{"人员", "人数", "在职", "职工"}, []string{"在编", "编外"}},
	{[]string{"人员", "人数", "在职", "职工"}, []string{"编制内", "编制外"}},
	{[]string{"离退休"}, []string{"离休", "退休"}},
	// 医保: the designated institutions are hospitals and clinics or
	// pharmacies; the insured are employees or residents
	{[]string{"医药机构"}, []string{"医疗机构", "药店"}},
	{[]string{"基本医疗保险参保", "参保人数", "参保总人数"}, []string{"职工", "居民"}},
	// a region's product is its three industries'
	{[]string{"生产总值", "GDP"}, []string{"第一产业", "第二产业", "第三产业"}},
	// and so is its fixed-asset investment (by the industry it goes to)
	{[]string{"固定资产投资"}, []string{"第一产业", "第二产业", "第三产业"}},
	// a county's transfers from above: 返还性, 一般性 and 专项 transfers
	{[]string{"上级补助", "转移支付收入"}, []string{"返还性", "一般性转移支付", "专项转移支付"}},
	// government procurement is of goods, works or services (政府采购法 第二条)
	{[]string{"采购"}, []string{"货物", "工程", "服务"}},
	// a 国有资产 report's units, and their assets, are the 行政 and the 事业 ones
	{[]string{"行政事业单位"}, []string{"行政单位", "事业单位"}},
	// foreign trade is exports and imports (进出口总额 = 出口 + 进口)
	{[]string{"进出口"}, []string{"出口", "进口"}},
	// projects by stage: each is new this year or carried on
	{[]string{"项目"}, []string{"新开工", "续建"}},
}

// KnownComplete reports whether parts (by label) are a whole breakdown of a
// total labelled total: each part names exactly one item of a known set and
// every item is named once.
func KnownComplete(total string, parts []string) bool { return knownClasses(total, parts, true) }

// KnownDisjoint reports parts that are distinct classes of one of
// completeSets' wholes, though maybe not all of them ("在职人员43人，其中
// 行政人员25人、事业人员19人"): they cannot add up to more than the whole.
func KnownDisjoint(total string, parts []string) bool { return knownClasses(total, parts, false) }

// knownClasses reports parts that are distinct classes of one of
// completeSets' wholes, all of them when all is set.
func knownClasses(total string, parts []string, all bool) bool {
	for _, cs := range completeSets {
		if !cjk.ContainsAnyOf(total, cs.total...) || all && len(parts) != len(cs.parts) || len(parts) > len(cs.parts) || len(parts) < 2 {
			continue
		}
		used := make([]bool, len(cs.parts))
		ok := true
		for _, p := range parts {
			hit := -1
			for k, w := range cs.parts {
				if cjk.Contains(p, w) {
					if hit >= 0 {
						hit = -2
						break
					}
					hit = k
				}
			}
			if hit >= 0 && cs.parts[hit] == "公务用车" && halfOfFleetCost(p) {
				hit = -1 // 公务用车运行维护费 is half of the class 公务用车购置及运行费
			}
			if hit < 0 || used[hit] {
				ok = false
				break
			}
			used[hit] = true
		}
		if ok {
			return true
		}
	}
	return false
}

// halfOfFleetCost reports a label of the running or the purchase of
// official vehicles alone (公务用车运行维护费, 公务用车购置费): a part of the
// 三公 class 公务用车购置及运行费, not all of it.
func halfOfFleetCost(label string) bool {
	run, buy := cjk.Contains(label, "运行"), cjk.Contains(label, "购置")
	return run != buy
}

// isTotalLead accepts leads such as "支出合计", "以上合计", "合计为", "共计".
func isTotalLead(lead string) bool {
	l := strings.TrimSpace(Normalize(lead))
	for _, w := range []string{"合计", "共计", "总计"} {
		if i := cjk.Index(l, w); i >= 0 {
			rest := l[i+len(w):]
			return rest == "" || rest == "为" || rest == "金额" || rest == "数"
		}
	}
	return false
}

var enumMarkerSet = newWordSet(enumMarkers)

// findMarker returns the enumeration marker of glue g (at offset base):
// of the markers it holds, the one whose last occurrence starts last.
func findMarker(g string, base int) (string, Range) {
	var buf [16]int
	last := buf[:len(enumMarkers)]
	enumMarkerSet.indexes(g, nil, last) // last[k] = strings.LastIndex(g, marker k)
	return pickMarker(last, base)
}

// markerAt is an occurrence of enumMarkers[k] at offset at.
type markerAt struct{ at, k int }

// markersIn appends the occurrences of the enumeration markers in s[r] to
// out, in order of offset, in one pass.
func markersIn(s string, r Range, out []markerAt) []markerAt {
	t := s[r.Start:r.End]
	for i := 0; i < len(t); {
		at, ks, next := enumMarkerSet.next(t, i)
		for _, k := range ks {
			if strings.HasPrefix(t[at:], enumMarkers[k]) {
				out = append(out, markerAt{r.Start + at, k})
			}
		}
		i = next
	}
	return out
}

// markerIn is findMarker(s[a:b], a) read off ms, the occurrences of the
// markers in a range of s holding [a, b): the last occurrence of marker k
// within [a, b) is strings.LastIndex(s[a:b], marker k).
func markerIn(ms []markerAt, a, b int) (string, Range) {
	if len(ms) == 0 {
		return "", Range{} // most sentences: no marker at all
	}
	var buf [16]int
	last := buf[:len(enumMarkers)]
	for k := range last {
		last[k] = -1
	}
	for _, m := range ms {
		if m.at >= a && m.at+len(enumMarkers[m.k]) <= b {
			last[m.k] = m.at - a
		}
	}
	return pickMarker(last, a)
}

// mainIncludes is the index of 主要包括 in enumMarkers.
var mainIncludes = slices.Index(enumMarkers, "主要包括")

// pickMarker is findMarker's choice given last[k], the last offset of
// marker k in the glue (−1 if none).
func pickMarker(last []int, base int) (string, Range) {
	best, at := "", -1
	for k, m := range enumMarkers {
		if i := last[k]; i >= 0 && i > at {
			if m == "包括" && last[mainIncludes] >= 0 { // the glue holds 主要包括
				continue
			}
			best, at = m, i
		}
	}
	if at < 0 {
		return "", Range{}
	}
	return best, Range{base + at, base + at + len(best)}
}

// polarityWords is posWords then negWords, searched in one pass.
var polarityWords = func() wordSet {
	words := append(append([]string(nil), posWords...), negWords...)
	if len(words) > 64 {
		panic("figures: lastPolarity keeps the polarity words found in a uint64")
	}
	return newWordSet(words)
}()

// polarity finds the first polarity word in s and returns it, its sign and offset.
func polarity(s string) (string, int, int) {
	var buf [64]int
	first := buf[:len(polarityWords.words)]
	polarityWords.indexes(s, first, nil) // first[k] = strings.Index(s, word k)
	bestW, bestS, bestI := "", 0, -1
	for k, w := range posWords {
		if i := first[k]; i >= 0 && (bestI < 0 || i < bestI || i == bestI && len(w) > len(bestW)) {
			bestW, bestS, bestI = w, 1, i
		}
	}
	for k, w := range negWords {
		if i := first[len(posWords)+k]; i >= 0 && (bestI < 0 || i < bestI || i == bestI && len(w) > len(bestW)) {
			bestW, bestS, bestI = w, -1, i
		}
	}
	return bestW, bestS, bestI
}

// lastPolarity finds the last polarity word in s.
func lastPolarity(s string) (string, int, int) {
	var last [64]int
	found := polarityWords.lastIndexes(s, last[:]) // last[k] = strings.LastIndex(s, word k), for the k found
	bestW, bestS, bestI := "", 0, -1
	for ; found != 0; found &= found - 1 { // the words found, in order
		k := bits.TrailingZeros64(found)
		w := polarityWords.words[k]
		// the latest word; of words ending together the longest (减少, not 少)
		if i := last[k]; i >= 0 && (i > bestI && i+len(w) > bestI+len(bestW) || i <= bestI && i+len(w) >= bestI+len(bestW) && len(w) > len(bestW)) {
			bestW, bestI = w, i
			bestS = 1
			if k >= len(posWords) {
				bestS = -1
			}
		}
	}
	return bestW, bestS, bestI
}

// anchors finds comparison anchors (比, 较, 同比, 环比, 与上年相比) in s[r],
// appending their ranges to out.
func anchors(s string, r Range, out []Range) []Range {
	return anchorsOf(s, r, wordMarks{}, out)
}

// anchorsOf is anchors, finding the runes anchors start with in ws, the
// word marks of s[r] (when recorded).
func anchorsOf(s string, r Range, ws wordMarks, out []Range) []Range {
	k := 0 // the next mark of ws to look at
	for i := r.Start; i < r.End; {
		// the next first rune of withOpeners, 同比, 环比, 比, 较: no anchor
		// starts before it
		i = ws.nextAnchor(s, i, r.End, &k)
		if i >= r.End {
			break
		}
		c, w := firstRune(s[i:])
		if e := withAnchorEnd(s, i, r.End); e > 0 {
			out = append(out, Range{i, e})
			i = e
			continue
		}
		switch {
		case strings.HasPrefix(s[i:], "同比") || strings.HasPrefix(s[i:], "环比"):
			out = append(out, Range{i, i + len("同比")})
			i += len("同比")
			continue
		case c == '比' || c == '较':
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := firstRune(s[i+w:])
			if prev == '占' || prev == '好' || prev == '无' {
				break
			}
			// "相比上年", "较之上年", "相较于2021年": the base follows 之/于
			e := i + w
			if next == '之' || next == '于' {
				e += len("之")
				next, _ = firstRune(s[e:])
			}
			// (next normalised, as a string, is string(normRune(next)))
			if isDigit(normRune(next)) || strings.ContainsRune("上去前年同", next) {
				out = append(out, Range{i, e})
			}
		}
		i += w
	}
	return out
}

// nextAnchorRune returns the first offset in [i, end) where 与, 和, 同, 跟,
// 环, 比 or 较 starts, or end. The runes are found by their bytes (the
// three bytes may run past end, as decoding s[j:] would read them),
// stepping over whole three-byte runes: a lead byte never occurs inside
// another rune, so wherever they are, decoding rune by rune from i would
// stop there too (nextAnchorRuneSlow in the tests).
func nextAnchorRune(s string, i, end int) int {
	for i < end && i+2 < len(s) {
		c, c1, c2 := s[i], s[i+1], s[i+2]
		if c < 0xE4 || c > 0xE8 || c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
			// no rune of the seven here: past a whole three-byte rune
			// (its continuation bytes start none), else the next byte
			if c >= 0xE0 && c < 0xF0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				i += 3
			} else {
				i++
			}
			continue
		}
		switch c {
		case 0xE4: // 与 E4 B8 8E
			if c1 == 0xB8 && c2 == 0x8E {
				return i
			}
		case 0xE5: // 和 E5 92 8C, 同 E5 90 8C
			if c2 == 0x8C && (c1 == 0x92 || c1 == 0x90) {
				return i
			}
		case 0xE6: // 比 E6 AF 94
			if c1 == 0xAF && c2 == 0x94 {
				return i
			}
		case 0xE7: // 环 E7 8E AF
			if c1 == 0x8E && c2 == 0xAF {
				return i
			}
		case 0xE8: // 跟 E8 B7 9F, 较 E8 BE 83
			if c1 == 0xB7 && c2 == 0x9F || c1 == 0xBE && c2 == 0x83 {
				return i
			}
		}
		i += 3
	}
	return end
}

// withOpeners and withClosers open and close a comparison written around
// its base: "与上年相比", "同2021年决算数相比较", "和上年同期比".
var (
	withOpeners = []rune{'与', '和', '同', '跟'}
	withClosers = []string{"相比较", "相比", "相较", "比较", "对比", "比"}
	// withPeriods: the words between must name an earlier period or a plan
	withPeriods = []string{"上年", "去年", "上一", "前年", "上期", "同期", "年初", "预算"}
)

// withAnchorEnd returns the end of a comparison anchor "与…相比" starting at
// s[i] (and ending before lim), or 0. The words between are short, hold no
// punctuation and name a year or an earlier period; they may hold the base
// figure ("与上年的50.07万元相比").
func withAnchorEnd(s string, i, lim int) int {
	c, w := firstRune(s[i:])
	if !slices.Contains(withOpeners, c) {
		return 0
	}
	n := 0
	for j := i + w; j < lim && n <= 16; n++ {
		r, rw := firstRune(s[j:])
		if r == '相' || r == '比' || r == '对' { // the first runes of withClosers
			for _, cl := range withClosers {
				if !strings.HasPrefix(s[j:], cl) || j+len(cl) > lim {
					continue
				}
				mid := Normalize(s[i+w : j])
				if mid == "" || cl == "比" && strings.HasSuffix(mid, "相") {
					continue
				}
				if cjk.ContainsAnyOf(mid, withPeriods...) || yearIn(mid) {
					return j + len(cl)
				}
				return 0
			}
		}
		if isDigit(r) {
			// a figure counts as one rune, its thousands separators and
			// point included ("与2020年度的86,652,480.27元相比")
			for j < lim && (isDigit(rune(s[j])) || (s[j] == ',' || s[j] == '.') && j+1 < lim && isDigit(rune(s[j+1]))) {
				j++
			}
			continue
		}
		if r == '（' || r == '(' {
			// a bracketed figure, the base given aside: "与上年决算（5.34万元）
			// 相比" counts as one rune
			if k := bracketedFigureEnd(s, j+rw, lim); k > 0 {
				j = k
				continue
			}
		}
		if withStop(r) {
			return 0
		}
		j += rw
	}
	return 0
}

// bracketedFigureEnd returns the offset after the closing bracket of a
// bracket opened just before i that holds one figure and its unit
// ("5.34万元）"), 0 if it holds anything else or does not close before lim.
func bracketedFigureEnd(s string, i, lim int) int {
	if i >= lim || !isDigit(rune(s[i])) {
		return 0
	}
	for j, n := i, 0; j < lim && n < 12; n++ {
		r, rw := firstRune(s[j:])
		switch {
		case r == '）' || r == ')':
			return j + rw
		case withStop(r):
			return 0
		}
		j += rw
	}
	return 0
}

// withStopRunes are the punctuation marks no "与…相比" anchor spans.
const withStopRunes = "，,。；;：:！？!?、（）()\n"

// withStop reports whether r is one of withStopRunes: a switch, as the
// check runs on every rune after 与, 和, 同 or 跟 (TestWithStop compares).
func withStop(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '、', '（', '）', '(', ')', '\n':
		return true
	}
	return false
}

// yearIn reports a four-digit year followed by 年 in s.
func yearIn(s string) bool {
	for k := 0; k+4 < len(s); k++ {
		if isDigits4Year(s[k:k+4]) && strings.HasPrefix(s[k+4:], "年") && (k == 0 || !isDigit(rune(s[k-1]))) {
			return true
		}
	}
	return false
}

// isWithAnchor reports an anchor written "与…相比".
func isWithAnchor(s string, a Range) bool {
	c, _ := firstRune(s[a.Start:])
	return slices.Contains(withOpeners, c) && utf8.RuneCountInString(s[a.Start:a.End]) > 2 // not 同比
}

// indexSemi is strings.IndexAny(s, "；;"), looking at bytes: neither
// mark's first byte (';', 0xEF) is ever inside another rune.
func indexSemi(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';':
			return i
		case 0xEF: // ；is EF BC 9B
			if i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x9B {
				return i
			}
		}
	}
	return -1
}

// hasClauseBreak is strings.ContainsAny(s, "；;。"), looking at bytes
// (as indexSemi: no mark's first byte is ever inside another rune).
// carriedOver reports a lead naming funds carried over from last year
// (上年结转, 上年度结余): this year's item, not last year's figure.
func carriedOver(lead string) bool {
	for _, w := range [...]string{"结转", "结余"} {
		if strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(lead, "上年"), "去年"), "度"), w) {
			return true
		}
	}
	return false
}

// ClosesBracket reports whether s closes a bracket it does not open.
func ClosesBracket(s string) bool {
	if strings.IndexByte(s, ')') < 0 && !cjk.Contains(s, "）") {
		return false
	}
	d := 0
	for _, r := range s {
		switch r {
		case '(', '（':
			d++
		case ')', '）':
			if d == 0 {
				return true
			}
			d--
		}
	}
	return false
}

func hasClauseBreak(s string) bool {
	return indexSemi(s) >= 0 || cjk.Contains(s, "。")
}

// hasBiOrJiao is strings.Contains(s, "比") || strings.Contains(s, "较")
// in one pass over the bytes.
func hasBiOrJiao(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE6: // 比 is E6 AF 94
			if s[i+1] == 0xAF && s[i+2] == 0x94 {
				return true
			}
		case 0xE8: // 较 is E8 BE 83
			if s[i+1] == 0xBE && s[i+2] == 0x83 {
				return true
			}
		}
	}
	return false
}

// comparisons appends the comparisons of sentence sent to out. Their
// figures point into qs; ws are the sentence's word marks.
func comparisons(s string, sent Range, qs, before []Quantity, ws wordMarks, out []Comparison) []Comparison {
	if !ws.hasBiOrJiao(s, sent) {
		return out // every anchor holds 比 or 较 (同比, 环比, 与…相比, 相较): none here
	}
	var abuf [8]Range // a sentence rarely holds more anchors: no allocation
	as := anchorsOf(s, sent, ws, abuf[:0])
	ordered := inOrder(qs)
	for ai, a := range as {
		end := sent.End
		if ai+1 < len(as) {
			end = as[ai+1].Start
		}
		// a clause break (；) also ends the statement
		if k := indexSemi(s[a.End:end]); k >= 0 {
			end = a.End + k
		}
		var c Comparison
		c.Anchor = a
		// X: nearest figure before the anchor in the same clause chain,
		// passing over a share or rate ("财政拨款收入X元，占本年收入的4.17%，
		// 较上年增加D元"; "…X元，完成预算的78.53%，较上年增加D元"), which
		// annotates it when the change is an amount
		for k := len(qs) - 1; k >= 0; k-- {
			q := &qs[k]
			if q.End > a.Start {
				continue
			}
			if hasClauseBreak(s[q.End:a.Start]) {
				break
			}
			if k > 0 && ClosesBracket(s[q.End:a.Start]) {
				// "参保人数99.75万人（在职职工71.22万人、退休人员28.53万人），
				// 比上年末增加1.71万人": a bracketed figure is an aside; the
				// change is of the figure the bracket annotates. "14.63万元
				// （上年16.42万元），较上年减少1.80万元": the aside is the base
				if lead := strings.TrimLeft(q.Lead, "（(，, "); c.Base == nil && (strings.HasPrefix(lead, "上年") || strings.HasPrefix(lead, "去年") || yearIsLead(lead)) && !carriedOver(lead) && sameFamily(&qs[k-1], q) {
					c.Base = q
				}
				continue
			}
			amount := k - 1 // the amount before a percent, not its restatement
			if k > 1 && restatement(s, &qs[k-2], &qs[k-1]) {
				amount = k - 2 // "X万元（约Y亿元），完成预算的…%，比上年…": X
			}
			if q.Percent && k > 0 && !qs[k-1].Percent && (changeOfAmount(qs, a, &qs[amount]) || rateOfAmount(qs, a, q)) {
				// a share or 完成预算的…% annotating the amount whose change
				// follows; in "支出X元，年初预算Y元，完成预算的R%，较上年…"
				// the amount is X, not the plan Y
				j := amount
				if roleInRate(&qs[j]) == ratePlan {
					if j == 0 || qs[j-1].Percent || roleInRate(&qs[j-1]) == ratePlan || hasClauseBreak(s[qs[j-1].End:a.Start]) {
						break
					}
					j--
				}
				c.Cur = &qs[j]
				break
			}
			if lead := strings.TrimLeft(q.Lead, "，,；; "); (strings.HasPrefix(lead, "上年") || strings.HasPrefix(lead, "去年")) && !carriedOver(lead) {
				// "…实际支出24.46万元，为预算的90.54%；上年实际支出28.17万元，
				// 本年比上年减少3.71万元": last year's figure is the base, and
				// this year's is beyond the clause; "2023年预算数为426.71万元，
				// 上年预算数为403.33万元，比上年预算数减少…": it is the figure
				// just before, in the same clause chain
				c.Base = q
				if k > 0 && sameFamily(&qs[k-1], q) && !qs[k-1].Approx && !hasClauseBreak(s[qs[k-1].End:q.Start]) && qs[k-1].Period != "上年" && qs[k-1].Period != "上年末" {
					c.Cur = &qs[k-1]
				}
				break
			}
			if k > 0 && restatement(s, &qs[k-1], q) {
				q = &qs[k-1] // "X万元（约Y亿元），比上年…": X, in the change's unit
			} else if k > 0 && qs[k-1].End <= q.Start && priorLead(s[qs[k-1].End:q.Start]) && !hasClauseBreak(s[qs[k-1].End:q.Start]) && sameFamily(&qs[k-1], q) {
				// "收入229.14万元，上年为222.19万元，比上年增加6.95万元": the
				// figure before the anchor is the base, the one before it X
				c.Cur, c.Base = &qs[k-1], q
				break
			}
			c.Cur = q
			break
		}
		if c.Cur != nil && !c.Cur.Percent && strings.HasPrefix(strings.TrimLeft(s[c.Cur.End:a.Start], " "), "）") {
			// "实际支出2.28万元（因公出国（境）费0元，…运行维护费0.00万元），
			// 比上年增长5.56%": the figure compared is the one before the
			// bracketed breakdown, not its last part
			if q := beforeBracket(s, qs, c.Cur, a.Start); q != nil {
				c.Cur = q
			}
		}
		if c.Cur != nil && isChange(c.Cur) {
			// a change is not the figure a later comparison speaks of:
			// "…较2019年增加1791.39万元、增长19.54%，其中事业收入较2019年
			// 减少106.64万元" compares 事业收入, named before its anchor
			c.Cur = subjectNamed(s, qs, c.Cur, a)
		} else if c.Cur != nil {
			// nor is a list's last part: "资产总额2827.61万元，其中：…无形资产
			// 2.85万元，资产总额较上年减少91.90万元" compares the figure its
			// subject names again
			if w := subjectWords(s, c.Cur, a); w != "" && strings.ContainsAny(s[c.Cur.End:a.Start], "，,；;") && !LabelsMatch(c.Cur.Label, w) {
				if q := subjectNamed(s, qs, c.Cur, a); q != nil {
					c.Cur = q
				}
			}
		}
		// figures after the anchor up to end
		var after []Quantity
		if ordered {
			after = quantitiesWithin(qs, Range{a.End, end})
		} else {
			after = quantitiesIn(qs, Range{a.End, end})
		}
		pos := a.End
		idx := 0
		with := isWithAnchor(s, a)
		// Y inside "与上年的Y相比"
		if with {
			for k := range qs {
				if q := &qs[k]; q.Start > a.Start && q.End <= a.End && (c.Cur == nil || sameFamily(c.Cur, q)) {
					c.Base = q
				}
			}
		}
		// Y: the first figure after the anchor when no polarity word comes before it
		if len(after) > 0 && c.Base == nil {
			g := s[a.End:after[0].Start]
			// (no polarity word in g: polarity(g) would return "")
			if !polarityWords.containsAny(g) && !endsWithVerb(g) && !cjk.ContainsAnyOf(g, neutralRateWords...) && !strings.ContainsAny(g, "，,") && (c.Cur == nil || sameFamily(c.Cur, &after[0]) || c.Cur.Percent && after[0].Percent) {
				c.Base = &after[0]
				pos = c.Base.End
				idx = 1
			}
		}
		// D and R
		for ; idx < len(after); idx++ {
			q := &after[idx]
			if q.Start < pos {
				continue // inside an aside passed over: "较上年52.1%（破案366起、立案703起）提高…"
			}
			g := s[pos:q.Start]
			if c.Base != nil && c.Diff == nil && c.Rate == nil && opensAside(g) {
				// "较上年的90.1%（优良天数329天）上升1.8个百分点": a figure in
				// brackets after the base is an aside; the change follows it
				if k := closeAt(s[q.End:end]); k >= 0 {
					pos = q.End + k
					continue
				}
			}
			w, sign, wi := lastPolarity(g)
			if with && idx == 0 && w != "" && !onlyPunct(g[:wi]) && c.Cur != nil && !namesCur(g[:wi], c.Cur) {
				break // "X，与上年相比，A增加…": the change may be A's, not X's
			}
			if q.Percent {
				if c.Rate != nil {
					break
				}
				// the rate's own word, or the diff word when written "增长R%"
				if w == "" {
					if cjk.ContainsAnyOf(g, neutralRateWords...) {
						c.Rate = q
						c.RateWord = "幅度"
						pos = q.End
						continue
					}
					break
				}
				// the word must belong to this figure: nothing but the label between
				if q.Label != "" && !isRateLabel(q.Label) && q.LabelStart >= a.End {
					break
				}
				c.Rate = q
				c.RateWord, c.RateSign = w, sign
				c.RateAt = Range{pos + wi, pos + wi + len(w)}
				pos = q.End
				continue
			}
			if c.Diff != nil || c.Rate != nil || w == "" || utf8.RuneCountInString(strings.TrimSpace(g[wi+len(w):])) > 1 {
				break
			}
			if c.Cur != nil && !sameFamily(c.Cur, q) && !(c.Cur.Percent && cjk.Contains(q.Unit, "百分点")) {
				break
			}
			if c.Cur == nil && c.Base != nil && !sameFamily(c.Base, q) && !(c.Base.Percent && cjk.Contains(q.Unit, "百分点")) {
				break // ("占比比上年的37.04%提高7.26个百分点": a change in points of a share)
			}
			c.Diff = q
			c.DiffWord, c.DiffSign = w, sign
			c.DiffAt = Range{pos + wi, pos + wi + len(w)}
			pos = q.End
		}
		if c.Base == nil && (c.Diff != nil || c.Rate != nil) && idx < len(after) {
			// "增加65,781.93元，增长1.68%（2016年为3,859,810.75元）": the base in
			// a bracket right after
			if q := &after[idx]; (baseInBracket(s[pos:q.Start]) || c.Cur != nil && bracketNamesCur(s[pos:q.Start], c.Cur)) && (c.Diff == nil || sameFamily(c.Diff, q) || q.Percent && c.Cur != nil && c.Cur.Percent && cjk.Contains(c.Diff.Unit, "百分点")) {
				c.Base = q
			}
		}
		if c.Cur == nil && with && c.Diff != nil && len(before) > 0 {
			c.Cur = subjectBefore(s, before, a, c.DiffAt)
		}
		if c.Cur == nil && c.Base != nil && c.Diff != nil {
			c.Cur = NamedBefore(before, c.Base)
		}
		if c.Cur == nil && c.Base == nil && c.Diff != nil && strings.TrimSpace(s[sent.Start:a.Start]) == "" {
			if g := s[a.End:c.DiffAt.Start]; noSubject(g) {
				c.Cur = lastAmountBefore(s, before, sent.Start, c.Diff)
			} else if q := lastAmountBefore(s, before, sent.Start, c.Diff); q != nil && namesCur(g, q) && onlyValueBefore(s, before, q) {
				// "收入、支出决算总计均为X元。与2024年度相比，收入、支出总计各
				// 减少D元": the subject names again the figure just stated
				c.Cur = q
			}
		}
		if c.Cur == nil && with && c.Base != nil && c.Base.End <= a.End && c.Diff != nil && strings.TrimSpace(s[sent.Start:a.Start]) == "" &&
			(strings.HasSuffix(s[a.Start:c.Base.Start], "（") || strings.HasSuffix(s[a.Start:c.Base.Start], "(")) && noSubject(s[a.End:c.DiffAt.Start]) {
			// "支出预算为5.58万元，支出决算为4.63万元。与上年决算（5.34万元）相比，
			// 增加0.71万元": the base given aside in the anchor, the current
			// figure the one actual amount of the sentence before (its
			// others are budgets)
			if q := lastAmountBefore(s, before, sent.Start, c.Diff); q != nil && onlyPlansBefore(s, before, q) {
				c.Cur = q
			}
		}
		if c.Cur != nil && c.Base != nil && !sameFamily(c.Cur, c.Base) {
			c.Base = nil
		}
		if c.Cur != nil && c.Base != nil && c.Diff != nil {
			c.Cur = listTotalCompared(s, qs, sent, c.Cur, c.Base, c.Diff)
		}
		if c.Cur != nil && !hasUnit(*c.Cur) || c.Base != nil && !hasUnit(*c.Base) || c.Diff != nil && !hasUnit(*c.Diff) {
			continue // ranks (由369位上升到235位), codes
		}
		if c.Rate != nil && cjk.ContainsAnyOf(Normalize(s[max(sent.Start, c.Rate.LeadStart):c.Rate.Start]), averageWords...) {
			c.Rate, c.Annual = nil, c.Rate // 年均增长: a compound annual rate, not D ÷ Y
		} else if c.Rate != nil {
			c.Annual = annualAfter(s, qs, c.Rate, end)
		}
		if c.Base == nil && c.Diff == nil && c.Rate == nil {
			continue
		}
		out = append(out, c)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// changeRatePairs appends to out the changes written with their rate right
// after them, each with its own direction word ("项目支出减少355.95万元，增长
// 3.83%"), that no comparison of the sentence (out[from:]) holds yet (with
// opposedOnly, only those whose two words go two ways): a
// sentence naming several subjects after one anchor ("与2019年相比，基本支出
// 增加…，增长…，项目支出减少…，增长…"), or none. Their words must agree.
func changeRatePairs(s string, sent Range, qs []Quantity, out []Comparison, from int, opposedOnly bool) []Comparison {
	for i := 0; i+1 < len(qs); i++ {
		d, r := &qs[i], &qs[i+1]
		if d.Percent || d.Permil || !r.Percent || d.Approx || r.Approx || d.Mant <= 0 || r.Mant <= 0 || !hasUnit(*d) {
			continue
		}
		if heldChange(out[from:], d) || heldChange(out[from:], r) {
			continue
		}
		prev := sent.Start
		if i > 0 {
			prev = max(prev, qs[i-1].End)
		}
		g := s[prev:d.Start]
		dw, dsign, di := lastPolarity(g)
		if dw == "" || !slices.Contains(changeTails, strings.TrimSpace(g[di+len(dw):])) {
			continue // (增加值872.59亿元 is a value added, not a change)
		}
		g2 := strings.TrimLeft(s[d.End:r.Start], "，, 、")
		rw, rsign, ri := lastPolarity(g2)
		if rw == "" || ri != 0 || !slices.Contains(changeTails, strings.TrimSpace(g2[len(rw):])) {
			continue // nothing but the rate's word after the change: its rate
		}
		if opposedOnly && dsign == rsign {
			continue
		}
		at := r.Start - len(g2)
		out = append(out, Comparison{Diff: d, DiffWord: dw, DiffSign: dsign, DiffAt: Range{prev + di, prev + di + len(dw)},
			Rate: r, RateWord: rw, RateSign: rsign, RateAt: Range{at, at + len(rw)}})
	}
	return out
}

// pointsUnderOpening appends the changes in percentage points written in
// a later clause of a sentence that opens with its comparison ("与2023年相
// 比，项目到位资金增加482.36万元，增长23.21%；实际支出2454.40万元，预算执行率
// 下降8.03个百分点"): the opening anchor holds for every clause after ；
// that has none of its own, and a rate's change needs nothing but its name
// and a direction word right before it. Only a change no comparison of the
// sentence (out[from:]) holds is added, with the opening anchor.
func pointsUnderOpening(s string, sent Range, qs []Quantity, ws wordMarks, out []Comparison, from int) []Comparison {
	var cand []int
	for i := range qs {
		if q := &qs[i]; strings.HasSuffix(q.Unit, "百分点") && q.Mant > 0 && !q.Approx && q.Label != "" && !heldChange(out[from:], q) {
			cand = append(cand, i)
		}
	}
	if len(cand) == 0 {
		return out
	}
	var abuf [8]Range
	as := anchorsOf(s, sent, ws, abuf[:0])
	if len(as) == 0 || strings.TrimSpace(s[sent.Start:as[0].Start]) != "" || !isWithAnchor(s, as[0]) {
		return out
	}
	opening := as[0]
	for _, i := range cand {
		q := &qs[i]
		clause := lastSemi(s[opening.End:q.Start])
		if clause < 0 {
			continue // the opening clause: comparisons reads it
		}
		clause += opening.End
		if len(as) > 1 && as[1].Start < q.Start {
			continue // a later anchor of its own: comparisons reads it
		}
		prev := clause
		if i > 0 {
			prev = max(prev, qs[i-1].End)
		}
		g := s[prev:q.Start]
		w, sign, wi := lastPolarity(g)
		if w == "" || !slices.Contains(changeTails, strings.TrimSpace(g[wi+len(w):])) {
			continue
		}
		out = append(out, Comparison{Anchor: opening, Diff: q, DiffWord: w, DiffSign: sign, DiffAt: Range{prev + wi, prev + wi + len(w)}})
	}
	return out
}

// heldChange reports whether a comparison of cs holds q as its change or
// rate.
func heldChange(cs []Comparison, q *Quantity) bool {
	for _, c := range cs {
		if c.Diff != nil && c.Diff.Start == q.Start || c.Rate != nil && c.Rate.Start == q.Start {
			return true
		}
	}
	return false
}

// lastSemi is the index of the last ； or ; in s, -1 if none.
func lastSemi(s string) int {
	return max(strings.LastIndex(s, "；"), strings.LastIndex(s, ";"))
}

// priorPairs appends the comparisons with no 比 or 较 that name last
// year's figure by its lead: "资产负债率为14.71%，上年为16.62%，下降1.91个
// 百分点" (X, 上年为Y, a direction word and D or R right after, in one clause
// chain). Comparisons from out[from:] holding the same figures are kept.
func priorPairs(s string, qs []Quantity, out []Comparison, from int) []Comparison {
	for k := 1; k+1 < len(qs); k++ {
		x, y, d := &qs[k-1], &qs[k], &qs[k+1]
		if x.Approx || y.Approx || d.Approx || !sameFamily(x, y) || hasClauseBreak(s[x.End:d.Start]) {
			continue
		}
		cur, base := x, y
		if !priorLead(s[x.End:y.Start]) {
			var ok bool
			if cur, base, ok = yearPair(s, x, y); !ok {
				continue
			}
		}
		g := strings.TrimLeft(s[y.End:d.Start], "，, ")
		w, sign, wi := polarity(g)
		if w == "" || wi != 0 || !slices.Contains(changeTails, strings.TrimSpace(g[len(w):])) || strings.ContainsAny(g, "比较") {
			continue
		}
		held := false
		for _, c := range out[from:] {
			held = held || c.Base == y || c.Diff == d || c.Rate == d
		}
		if held {
			continue
		}
		at := d.Start - len(g)
		c := Comparison{Cur: cur, Base: base, Anchor: Range{x.End, y.Start}} // (the anchor: "，上年为")
		switch {
		case d.Percent && !x.Percent:
			c.Rate, c.RateWord, c.RateSign, c.RateAt = d, w, sign, Range{at, at + len(w)}
		case x.Percent && cjk.Contains(d.Unit, "百分点") || !x.Percent && !d.Percent && sameFamily(x, d):
			c.Diff, c.DiffWord, c.DiffSign, c.DiffAt = d, w, sign, Range{at, at + len(w)}
			if k+2 < len(qs) && qs[k+2].Percent && !x.Percent && !qs[k+2].Approx {
				// "…，上年149.92万元，减少26.37万元，增长17.59%": the rate
				// of the same change right after it
				r := &qs[k+2]
				g2 := strings.TrimLeft(s[d.End:r.Start], "，, ")
				if w2, sign2, wi2 := polarity(g2); w2 != "" && wi2 == 0 && slices.Contains(changeTails, strings.TrimSpace(g2[len(w2):])) {
					at2 := r.Start - len(g2)
					c.Rate, c.RateWord, c.RateSign, c.RateAt = r, w2, sign2, Range{at2, at2 + len(w2)}
				}
			}
		default:
			continue
		}
		out = append(out, c)
	}
	return out
}

// MixedUnitPairs returns the comparisons priorPairs passes over because
// the two amounts are written in two units of money: "生均公用经费2,271万元，
// 上年为2,254元，增长0.7%" (X, 上年为Y, a direction word and a rate right
// after, in one clause chain). Analyze keeps no such pair, its figures
// being no like for like; a rule may test whether the rate holds on the
// numbers as written, which tells a unit written wrong.
func MixedUnitPairs(s string, qs []Quantity) []Comparison {
	var out []Comparison
	for k := 1; k+1 < len(qs); k++ {
		x, y, r := &qs[k-1], &qs[k], &qs[k+1]
		if x.Approx || y.Approx || r.Approx || x.Percent || y.Percent || !r.Percent || !isMoney(x.Unit) || !isMoney(y.Unit) || x.Unit == y.Unit ||
			!priorLead(s[x.End:y.Start]) || hasClauseBreak(s[x.End:r.Start]) {
			continue
		}
		g := strings.TrimLeft(s[y.End:r.Start], "，, ")
		w, sign, wi := polarity(g)
		if w == "" || wi != 0 || !slices.Contains(changeTails, strings.TrimSpace(g[len(w):])) || strings.ContainsAny(g, "比较") {
			continue
		}
		at := r.Start - len(g)
		out = append(out, Comparison{Cur: x, Base: y, Anchor: Range{x.End, y.Start}, Rate: r, RateWord: w, RateSign: sign, RateAt: Range{at, at + len(w)}})
	}
	return out
}

// priorLead reports whether the words between two figures give the second
// as last year's: "，上年为", "，去年同期是", "，上年度:".
func priorLead(g string) bool {
	g = strings.TrimLeft(g, "，, ")
	for _, w := range []string{"为", "是", "：", ":"} {
		if r, ok := strings.CutSuffix(g, w); ok {
			g = r
			break
		}
	}
	g = strings.TrimSuffix(strings.TrimSuffix(g, "同期"), "度")
	return g == "上年" || g == "去年" || g == "上一年"
}

// yearPair reads two figures of one kind written for two years in turn,
// each after its own year, with nothing but the second's lead between
// them: "2025年预算数661.87万元，2024年预算数693.17万元，减少76.30万元" (or
// the earlier year first). It returns the later year's figure and the
// earlier's, which a direction word right after compares.
func yearPair(s string, x, y *Quantity) (cur, base *Quantity, ok bool) {
	if x.Year == 0 || y.Year == 0 || x.Period != y.Period || strings.TrimLeft(s[x.End:y.Start], "，, ") != y.Lead || !strings.HasPrefix(y.Lead, strconv.Itoa(y.Year)) {
		return nil, nil, false
	}
	switch y.Year {
	case x.Year - 1:
		return x, y, true
	case x.Year + 1:
		return y, x, true
	}
	return nil, nil, false
}

// changeTails may follow a direction word before its figure: 增加了, 增长为.
var changeTails = []string{"", "了", "为", "约"}

// bracketLead returns the words of g, the text before a figure, after an
// opening bracket and without the copula that ends them ("（2016年为" →
// "2016年"), and whether g opens with a bracket.
func bracketLead(g string) (string, bool) {
	g = strings.TrimSpace(g)
	rest, ok := strings.CutPrefix(g, "（")
	if !ok {
		if rest, ok = strings.CutPrefix(g, "("); !ok {
			return "", false
		}
	}
	for _, w := range []string{"为", "是", "：", ":"} {
		if r, ok := strings.CutSuffix(rest, w); ok {
			return r, true
		}
	}
	return rest, true
}

// bracketNamesCur reports the words before a bracketed base that name the
// earlier year and the current figure's item: "比上年下降6.48个百分点（2023年
// 预算执行率为95.94%）" for 预算执行率89.72%.
func bracketNamesCur(g string, cur *Quantity) bool {
	rest, ok := bracketLead(g)
	if !ok {
		return false
	}
	var label string
	switch {
	case len(rest) > 7 && strings.Trim(rest[:4], "0123456789") == "" && strings.HasPrefix(rest[4:], "年"):
		label = rest[len("2023年"):]
	case strings.HasPrefix(rest, "上年"), strings.HasPrefix(rest, "去年"):
		label = rest[len("上年"):]
	default:
		return false
	}
	label = strings.TrimPrefix(label, "度")
	return utf8.RuneCountInString(label) >= 2 && cur.Label != "" && LabelsMatch(label, cur.Label)
}

// baseInBracket reports the words between a comparison's last figure and
// a figure that give the latter as the base: "（2016年为", "（上年为", "(上年:".
func baseInBracket(g string) bool {
	rest, ok := bracketLead(g)
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "度"), "同期")
	if y, ok := strings.CutSuffix(rest, "年"); ok && (y == "上" || y == "去" || len(y) == 4 && strings.Trim(y, "0123456789") == "") {
		return true
	}
	return false
}

// annualAfter returns the percentage right after figure q in its clause
// (before end) whose lead says 年均 ("…增长31.19%，年均增长7.80%"), or nil.
func annualAfter(s string, qs []Quantity, q *Quantity, end int) *Quantity {
	for k := range qs {
		a := &qs[k]
		if a.Start <= q.Start || a.Start >= end {
			continue
		}
		if !a.Percent || hasClauseBreak(s[q.End:a.Start]) {
			return nil
		}
		if cjk.Contains(Normalize(s[max(q.End, a.LeadStart):a.Start]), "年均") {
			return a
		}
		return nil
	}
	return nil
}

// listTotalCompared returns the figure a comparison speaks of when the
// figure before its anchor is the last part of a 其中 list: "列养公路
// 12657.6公里，其中县道…、村道8412.5公里，较上年12531.2公里增加126.4公里"
// compares the total, which the change fits (12531.2 + 126.4), and not the
// last part, which it does not. cur is returned otherwise.
func listTotalCompared(s string, qs []Quantity, sent Range, cur, base, diff *Quantity) *Quantity {
	fits := func(x *Quantity) bool {
		return SumHolds([]Number{base.Number, diff.Number}, x.Number, HalfUp) || SumHolds([]Number{x.Number, diff.Number}, base.Number, HalfUp)
	}
	if fits(cur) {
		return cur
	}
	for k := len(qs) - 1; k >= 0; k-- {
		q := &qs[k]
		if q.Start >= cur.Start || q.Start < sent.Start {
			continue
		}
		if q.Percent || !sameFamily(q, cur) || !cjk.Contains(s[q.End:cur.Start], "其中") {
			continue
		}
		if fits(q) {
			return q
		}
		return cur // only the figure the list opens with
	}
	return cur
}

// subjectNamed returns the figure of qs before cur whose label the words
// just before anchor a name ("，其中事业收入较…" → 事业收入433.88万元), nil
// when they name none.
func subjectNamed(s string, qs []Quantity, cur *Quantity, a Range) *Quantity {
	words := subjectWords(s, cur, a)
	if words == "" {
		return nil
	}
	for k := len(qs) - 1; k >= 0; k-- {
		q := &qs[k]
		if q.Start >= cur.Start || q.Percent || q.Approx || isChange(q) || !sameFamily(q, cur) {
			continue
		}
		if LabelsMatch(q.Label, words) {
			return q
		}
	}
	return nil
}

// subjectBefore returns the figure a sentence opening "与2018年相比，收、支
// 总计各增加D" speaks of: the last figure before the anchor, in the
// sentence just before, when the words before the change word name it ("2019年度
// 收、支总计26170.44万元。与2018年相比，收、支总计各增加…"); else nil.
func subjectBefore(s string, before []Quantity, a, diffAt Range) *Quantity {
	last := &before[len(before)-1]
	if diffAt.Start < a.End || a.Start-last.End > 3 { // "。" right before the anchor
		return nil
	}
	if last.Percent && !isChange(last) && len(before) > 1 {
		// "…支出1853.37万元，占本年支出合计的99.51%。与2020年度相比，…支出
		// 减少175.08万元": the share (or 完成预算的…%) annotates the figure
		// before it
		before = before[:len(before)-1]
		last = &before[len(before)-1]
		if strings.ContainsAny(s[last.End:a.Start], "；;") || strings.Count(s[last.End:a.Start], "。") > 1 {
			return nil
		}
	}
	if last.Percent || last.Label == "" || indexSemi(s[last.End:a.Start]) >= 0 {
		return nil
	}
	subject := strings.TrimSuffix(strings.Trim(s[a.End:diffAt.Start], "，,：: "), "各")
	if utf8.RuneCountInString(subject) < 2 {
		return nil
	}
	// the words naming the figure: from its sentence's start, or the
	// figure before it in that sentence ("卫生技术人员中，执业医师508.2万人，
	// 注册护士585.5万人。与上年比较，卫生技术人员增加…" is not 注册护士's)
	// the figure the subject names: the last of the sentence before whose
	// words, from the figure before it, hold the subject ("财政拨款收入
	// X万元，财政拨款支出Y万元。与2020年度相比，财政拨款收入增加…" is X's);
	// a plan of the item before it ("预算为4.70万元，支出决算为3.99万元")
	// leaves the sentence's subject to both, and the subject may then lose
	// its last word ("“三公”经费支出" of "“三公”经费财政拨款支出预算为")
	subject = quoteFree(subject)
	if bothTotals(subject) && len(before) >= 2 {
		// "收入总计3523.66万元，支出总计3523.66万元。与上年相比，收入、支出
		// 总计各增加457.28万元": one figure for both, the change of each
		if prev := &before[len(before)-2]; prev.Mant == last.Mant && prev.Dec == last.Dec && prev.Unit == last.Unit && !prev.Percent &&
			cjk.Contains(prev.Label, "收") && cjk.Contains(last.Label, "支") && !strings.ContainsAny(s[prev.End:last.Start], "。；;") {
			return last
		}
	}
	sentStart := strings.LastIndex(s[:last.Start], "。") + 1
	var named [4]*Quantity // the sentence's figures whose words hold the subject, last first
	n := 0
	for k := len(before) - 1; k >= 0 && before[k].Start >= sentStart && n < len(named); k-- {
		q := &before[k]
		if q.Percent {
			continue
		}
		from := sentStart
		if k > 0 && before[k-1].End > sentStart {
			from = before[k-1].End
		}
		// within the figure's own clause: "卫生技术人员中，执业医师508.2万人"
		// is not 卫生技术人员's figure
		if c := strings.LastIndex(s[from:q.Start], "，"); c >= 0 {
			from += c
		}
		if w := quoteFree(s[from:q.Start]); cjk.Contains(w, subject) && !cjk.Contains(w, subject+"总计") {
			// ("财政拨款收入总计X万元。…财政拨款收入增加…": the 总计 holds
			// the carry-over too; the subject is the year's income)
			named[n] = q
			n++
		}
	}
	switch {
	case n == 1:
		return named[0]
	case n > 1:
		// "政府债务限额X万元，其中一般债务限额a、专项债务限额b。与2023年相比，
		// 债务限额增加…": the subject names the whole before 其中, the
		// others being its parts after it; else it names none for sure
		first := named[n-1]
		qz := strings.Index(s[sentStart:last.End], "其中")
		if qz < 0 || first.End > sentStart+qz || named[n-2].Start < sentStart+qz {
			return nil
		}
		return first
	}
	from := sentStart
	for k := len(before) - 2; k >= 0 && before[k].End > sentStart; k-- {
		if roleInRate(&before[k]) != ratePlan {
			return nil
		}
	}
	short := strings.TrimSuffix(strings.TrimSuffix(subject, "支出"), "收入")
	if short == subject || utf8.RuneCountInString(short) < 3 || !cjk.Contains(quoteFree(s[from:last.Start]), short) {
		return nil
	}
	return last
}

// NamedBefore returns the figure that earlier text (before: the figures of
// the paragraph before the sentence, or of the paragraph before) states for
// the item of base, which a comparison written without its current figure
// speaks of: "其中：基本支出3463.44万元…。基本支出较2020年的3508.75万元增加
// 45.31万元". It must be a plain level (no period word such as 预算, 上年)
// of another year than the base's; the latest one is taken.
func NamedBefore(before []Quantity, base *Quantity) *Quantity {
	if base.Label == "" || base.Approx {
		return nil
	}
	for k := len(before) - 1; k >= 0; k-- {
		q := &before[k]
		if q.Percent || q.Approx || q.Period != "" || q.Year == base.Year && q.Year != 0 || !sameFamily(q, base) || isChange(q) {
			continue
		}
		if LabelsMatch(q.Label, base.Label) {
			return q
		}
	}
	return nil
}

// noSubject reports whether the words between a comparison's anchor and
// its change word name nothing but the period compared with: "较上年增加",
// not "与上年比较，卫生技术人员增加".
func noSubject(g string) bool {
	for _, w := range []string{"上年度", "上年", "去年", "同期", "年度", "年", "相比", "比较", "度"} {
		g = strings.ReplaceAll(g, w, "")
	}
	for _, r := range g {
		if !unicode.IsSpace(r) && !unicode.IsDigit(r) && !strings.ContainsRune("，,：:", r) {
			return false
		}
	}
	return true
}

// onlyPlansBefore reports whether every amount of q's sentence before q,
// in q's unit, is a budget (its lead says 预算): q is the sentence's one
// actual amount.
func onlyPlansBefore(s string, before []Quantity, q *Quantity) bool {
	return everyAmountBefore(s, before, q, func(b *Quantity) bool { return cjk.Contains(b.Lead, "预算") })
}

// everyAmountBefore reports whether ok holds for every amount of q's
// sentence before q in q's unit (percentages aside).
func everyAmountBefore(s string, before []Quantity, q *Quantity, ok func(b *Quantity) bool) bool {
	for k := len(before) - 1; k >= 0; k-- {
		b := &before[k]
		if b.Start >= q.Start {
			continue
		}
		if cjk.Contains(s[b.End:q.Start], "。") {
			return true
		}
		if !b.Percent && b.Unit == q.Unit && !ok(b) {
			return false
		}
	}
	return true
}

// lastAmountBefore returns the figure a sentence opening with its anchor
// ("…支出决算为154,497.22元，完成预算的85.70%。较上年增加22,187.78元")
// compares: the last amount of the sentence before, in the change's unit,
// rates passed over; nil if that sentence has none.
func lastAmountBefore(s string, before []Quantity, start int, diff *Quantity) *Quantity {
	for k := len(before) - 1; k >= 0; k-- {
		q := &before[k]
		if strings.Count(s[q.End:start], "。") > 1 || indexSemi(s[q.End:start]) >= 0 {
			return nil // not the sentence just before
		}
		if q.Percent || q.Permil {
			continue
		}
		if q.Approx || q.Unit != diff.Unit || isChange(q) || q.Period != "" && q.Period != "决算" && q.Period != "实际" {
			return nil
		}
		return q
	}
	return nil
}

// onlyValueBefore reports whether every amount of q's sentence before q,
// in q's unit, is q's value: "各" after two totals stated with two values
// (收入总计3100.00万元，支出总计3066.38万元。…收、支总计各增加…) says which
// is compared no more than they agree.
func onlyValueBefore(s string, before []Quantity, q *Quantity) bool {
	return everyAmountBefore(s, before, q, func(b *Quantity) bool { return b.Mant == q.Mant && b.Dec == q.Dec })
}

// namesCur reports whether subject, the words before a change word after
// "与上年相比，", names the current figure again: "收入总计X、支出总计X，与
// 上年相比，收、支总计各增加D" (各: each of the figures just named), or
// the figure's own label.
func namesCur(subject string, cur *Quantity) bool {
	subject = strings.Trim(subject, "，,：: ")
	return strings.HasSuffix(subject, "各") || cur.Label != "" && LabelsMatch(subject, cur.Label)
}

// quoteFree is s without quotation marks (“三公”经费 → 三公经费).
func quoteFree(s string) string {
	if !strings.ContainsAny(s, "“”\"") {
		return s
	}
	return quoteMarks.Replace(s)
}

var quoteMarks = strings.NewReplacer("“", "", "”", "", "\"", "")

// changeOfAmount reports whether the first figure after anchor a is in the
// family of amount x: the change is x's, not that of a share between them
// ("占比35.2%，较上年提高1.2个百分点" is the share's).
func changeOfAmount(qs []Quantity, a Range, x *Quantity) bool {
	for k := range qs {
		if qs[k].Start >= a.End {
			return sameFamily(&qs[k], x)
		}
	}
	return false
}

// rateOfAmount reports a comparison whose first figure after anchor a is
// a rate of change in percent (its lead a direction word) while x, the percentage before the anchor,
// relates an amount to something ("为预算的77.95%", "完成计划的", "占…的"):
// "收入1475460.00万元，为预算的77.95%，比上年下降24.77%" compares the
// amount, not its ratio to the budget.
func rateOfAmount(qs []Quantity, a Range, x *Quantity) bool {
	lead := strings.TrimSpace(x.Lead)
	if !strings.HasSuffix(lead, "的") && !strings.HasSuffix(lead, "的比重为") {
		return false
	}
	for k := range qs {
		if qs[k].Start >= a.End {
			lead := strings.TrimSpace(Normalize(qs[k].Lead))
			w, _, i := lastPolarity(lead)
			return qs[k].Percent && w != "" && utf8.RuneCountInString(strings.TrimSpace(lead[i+len(w):])) <= 1 && !cjk.Contains(qs[k].Unit, "百分点")
		}
	}
	return false
}

// onlyPunct reports whether g holds nothing but spaces and clause punctuation.
func onlyPunct(g string) bool {
	for _, r := range g {
		if !isSpaceRune(r) && !strings.ContainsRune("，,：:", r) {
			return false
		}
	}
	return true
}

// isChange reports whether q is a change or a comparison base rather than
// a level: its lead ends with a direction word ("增加") or starts with 比/较.
func isChange(q *Quantity) bool {
	lead := strings.TrimSpace(Normalize(q.Lead))
	if w, _, i := lastPolarity(lead); w != "" && utf8.RuneCountInString(strings.TrimSpace(lead[i+len(w):])) <= 1 {
		return true
	}
	return anchorIn(lead) == 0
}

// endsWithVerb reports glue such as "上年增产", "上年多", "年初高" that ends
// with a verb or comparative: the figure after it is a change, not a base.
func endsWithVerb(g string) bool {
	g = strings.TrimSpace(g)
	for _, w := range []string{"增产", "减产", "增收", "减收", "提升", "回升", "升高", "多", "少", "高", "低", "增", "降", "减", "快", "慢", "达", "为", "是"} {
		if strings.HasSuffix(g, w) {
			return true
		}
	}
	return false
}

// fromTo finds "由Y提高到X，提高D" (also 从…至…, 下降到, 增加至): the change
// from one stated figure to another, with an optional stated difference or
// rate. It appends them to out; their figures point into qs.
func fromTo(s string, sent Range, qs []Quantity, out []Comparison) []Comparison {
	for i := 0; i+1 < len(qs); i++ {
		y, x := qs[i], qs[i+1]
		lead := Normalize(y.Lead)
		k := strings.LastIndexAny(lead, "由从")
		if k < 0 || utf8.RuneCountInString(lead[k:]) > 8 || y.Approx || x.Approx || !sameFamily(&x, &y) || !hasUnit(x) {
			continue
		}
		if polarityWords.containsAny(lead[k:]) { // polarity(lead[k:]) finds a word
			continue
		}
		g := s[y.End:x.Start]
		ng := withoutYearOf(strings.TrimSpace(Normalize(g))) // "提高到2023年的" → "提高到"
		if !(strings.HasSuffix(ng, "到") || strings.HasSuffix(ng, "至")) || utf8.RuneCountInString(ng) > 6 || strings.ContainsAny(ng, "，,；;。") {
			continue
		}
		w, sign, wi := polarity(g)
		if w == "" {
			continue
		}
		c := Comparison{Cur: &qs[i+1], Base: &qs[i], ToWord: w, ToSign: sign, ToAt: Range{y.End + wi, y.End + wi + len(w)}}
		c.Anchor = Range{y.LeadStart + k, y.LeadStart + k + len("由")}
		// an optional difference or rate right after X
		if i+2 < len(qs) {
			q := qs[i+2]
			g2 := s[x.End:q.Start]
			w2, sign2, wi2 := lastPolarity(g2)
			tail := ""
			if w2 != "" {
				tail = strings.TrimSpace(g2[wi2+len(w2):])
			}
			if w2 != "" && utf8.RuneCountInString(tail) <= 1 && !strings.ContainsAny(g2, "；;。") && utf8.RuneCountInString(g2) <= 8 {
				switch {
				case x.Percent && cjk.Contains(q.Unit, "百分点"), !x.Percent && sameFamily(&x, &q):
					c.Diff, c.DiffWord, c.DiffSign = &qs[i+2], w2, sign2
					c.DiffAt = Range{x.End + wi2, x.End + wi2 + len(w2)}
				case !x.Percent && q.Percent:
					c.Rate, c.RateWord, c.RateSign = &qs[i+2], w2, sign2
					c.RateAt = Range{x.End + wi2, x.End + wi2 + len(w2)}
				}
			}
		}
		if c.Rate != nil && cjk.ContainsAnyOf(Normalize(s[max(sent.Start, c.Rate.LeadStart):c.Rate.Start]), averageWords...) {
			c.Rate, c.Annual = nil, c.Rate
		} else if c.Rate != nil {
			c.Annual = annualAfter(s, qs, c.Rate, sent.End)
		}
		out = append(out, c)
	}
	return out
}

// withoutYearOf drops a trailing "2023年的" (年度的, 年) from the words
// between the two figures of "由2022年的X提高到2023年的Y".
func withoutYearOf(g string) string {
	t := strings.TrimSuffix(g, "的")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "度"), "年")
	if len(t) < 4 || len(t) == len(g) {
		return g
	}
	for i := len(t) - 4; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return g
		}
	}
	return t[:len(t)-4]
}

// averageWords mark a rate averaged over several periods.
var averageWords = []string{"年均", "平均", "每年", "年复合", "复合"}

func labelOr(q Quantity) string {
	if q.Label != "" {
		return q.Label
	}
	return "合计"
}

// hasUnit reports whether q carries a unit or a percent sign: unitless
// numbers in prose are often ranks, codes or list numbers.
func hasUnit(q Quantity) bool {
	return q.Unit != "" || q.Percent || q.Permil
}

func isRateLabel(l string) bool {
	for _, w := range []string{"增幅", "降幅", "减幅", "涨幅", "跌幅", "幅度", "增速", "增长率", "下降率", "增长", "下降", "提高", "降低", "减少", "增加"} {
		if strings.HasSuffix(l, w) || l == w {
			return true
		}
	}
	return false
}

var (
	rateKinds   = []string{"执行率", "控制率", "到位率", "使用率", "完成率", "利用率", "支出率", "达成率", "兑现率", "拨付率", "结转率"}
	planWords   = []string{"预算", "计划", "编制", "核定", "目标", "指标值", "批复", "下达", "分配", "应", "安排"}
	actualWords = []string{"实际", "执行", "支出", "完成", "实有", "到位", "决算", "使用", "在职", "发放", "拨付", "兑现"}

	// the words of a lead each figure before a rate is searched for, in
	// one pass over the lead each, not one per word
	planWordSet, actualWordSet = newWordSet(planWords), newWordSet(actualWords)
)

// rates finds the rates among qs, the figures of a text: a figure whose
// label or lead ends with a rate kind, with the earlier figures that are
// its plans and actuals. Most candidates lack one of the two and are
// dropped: the roles are noted on the stack first, and the figures copied
// (from the Analyzer's block) only for a rate that is kept. ratesPlain, in
// the tests, is the plain code (FuzzRates).
func (a *Analyzer) rates(qs []Quantity, x *scratch) []Rate {
	out := x.rateBuf[:0] // scratch: the result is cut from a block
	var rb [64]rateRole
	for i, q := range qs {
		kind := ""
		lead := trimRateAdverb(strings.TrimSuffix(q.Lead, "为"))
		// (or "完成全年预算1,600,000.00元的90.36%": the plan between)
		ofPlan := completesPlan(q.Lead) || i > 0 && strings.TrimSpace(q.Lead) == "的" && completesPlan(qs[i-1].Lead+"的")
		// "1-6月支出481.74万元，执行进度32.51%": a monitoring report's
		// execution rate
		progress := strings.HasSuffix(q.Label, "执行进度") || strings.HasSuffix(lead, "执行进度")
		if !ofPlan && !progress && !strings.HasSuffix(q.Label, "率") && !strings.HasSuffix(lead, "率") {
			continue // every other rate kind ends with 率
		}
		for _, k := range rateKinds {
			if strings.HasSuffix(q.Label, k) || strings.HasSuffix(lead, k) {
				kind = k
			}
		}
		switch {
		case ofPlan:
			kind = "完成"
		case progress:
			kind = "执行进度"
		}
		if kind == "" || q.Approx || !(q.Percent || q.Unit == "倍") {
			continue
		}
		roles := rb[:0]
		plans, actuals := 0, 0
		for j := range qs[:i] {
			role := roleInRate(&qs[j])
			switch role {
			case ratePlan:
				plans++
			case rateActual:
				actuals++
			}
			roles = append(roles, role)
		}
		if ofPlan && plans > 0 && actuals == 0 {
			if j := actualBeforePlan(qs[:i], roles); j >= 0 {
				roles[j], actuals = rateActual, 1
			}
		}
		if plans > 0 && actuals > 0 {
			q.Label = trimRateAdverb(q.Label) // ("执行率仅" names the 执行率)
			out = append(out, Rate{Value: q, Kind: kind, Plans: a.pick(qs, roles, ratePlan, plans), Actuals: a.pick(qs, roles, rateActual, actuals)})
		}
	}
	rts := cut(&a.rts, out, a.block(rtsBlock))
	clear(out) // the scratch keeps its room, not the figures it pointed to
	x.rateBuf = out[:0]
	return rts
}

// actualBeforePlan returns the index of the amount a plan's completion
// rate is of when no word names it actual: "一般公共预算收入146298.14万元，
// 比上年增长0.9%，为年初预算147107.23万元的99.54%" — the last amount before
// the last plan, in the plan's unit, in the same sentence, rates between
// them passed over; −1 when there is none. roles are qs's roles.
func actualBeforePlan(qs []Quantity, roles []rateRole) int {
	p := -1
	for j, r := range roles {
		if r == ratePlan {
			p = j
		}
	}
	if p < 0 || cjk.ContainsAnyOf(qs[p].Lead, "。", "；") {
		return -1
	}
	for k := p - 1; k >= 0; k-- {
		a := &qs[k]
		if a.Percent || a.Permil {
			if cjk.ContainsAnyOf(a.Lead, "。", "；") {
				return -1
			}
			continue // (the growth rate written between: "比上年增长0.9%")
		}
		if roles[k] != rateNone || a.Approx || a.Mant <= 0 || isChange(a) || a.Unit != qs[p].Unit || a.Label == "" {
			return -1
		}
		return k
	}
	return -1
}

// MinTarget reports whether q is a floor written as a target: ≥185, 不低于
// 185, 不少于185 (a ceiling, ≤, is met by staying under it, and its 完成率
// is reckoned in more than one way).
func MinTarget(q Quantity) bool {
	switch q.Qualifier {
	case "≥", ">=", "不低于", "不少于", "至少":
		return true
	}
	return false
}

// trimRateAdverb returns a rate's lead without the adverb between the
// rate's name and its figure: "执行率仅27.21%", "执行率达98.5%".
func trimRateAdverb(lead string) string {
	for _, w := range [...]string{"仅为", "仅", "只有", "达到", "高达", "达"} {
		if l, ok := strings.CutSuffix(lead, w); ok && strings.HasSuffix(l, "率") {
			return l
		}
	}
	return lead
}

// completesPlan reports a lead such as "完成年初预算的", "完成年度计划的" or
// "为年初预算1,788.31万元的" (the plan between):
// the figure is actual ÷ plan, as a 完成率 is ("年初预算为130.00万元，支出决算
// 为123.68万元，完成年初预算的95.14%").
func completesPlan(lead string) bool {
	l, ok := strings.CutSuffix(lead, "的")
	return ok && (strings.HasPrefix(l, "完成") || strings.HasPrefix(l, "为")) && (cjk.Contains(l, "预算") || cjk.Contains(l, "计划"))
}

// rateRole is what an earlier figure is to a rate.
type rateRole uint8

const (
	rateNone rateRole = iota
	ratePlan
	rateActual
)

// roleInRate tells whether p is a plan (预算, 计划 … in its lead, not
// 实际) or an actual of a rate in the same text.
func roleInRate(p *Quantity) rateRole {
	if p.Percent || p.Permil || p.Unit == "倍" || p.Mant <= 0 || isChange(p) {
		return rateNone // "比年初预算增加162.04万元" is a change, no plan
	}
	if p.Approx && !(MinTarget(*p) && planWordSet.containsAny(p.Lead)) {
		// a figure "约…" is no plan or actual; a target's floor is the plan
		// a 完成率 divides by ("年度指标值为≥185万人，实际完成186.42万人，
		// 完成率100.77%")
		return rateNone
	}
	text := p.Lead
	var buf [128]byte
	periodBudget := false         // "全年预算收入5020.99万元": the year's budget of revenue, a plan
	if cjk.Contains(text, "预算") { // each name holds 预算: else there is nothing to remove
		periodBudget = cjk.ContainsAnyOf(text, "全年预算收入", "年初预算收入", "调整预算收入", "调整后预算收入")
		text = withoutBudgetNames(buf[:0], text)
	}
	isPlan, isActual := planWordSet.containsAny(text) || periodBudget, actualWordSet.containsAny(text) // cjk.ContainsAnyOf(text, planWords...), …
	if isPlan && strings.HasSuffix(strings.TrimSpace(text), "安排") && !cjk.ContainsAnyOf(text, planWords[:len(planWords)-1]...) {
		isPlan = false // "县级财政安排215.00万元": a source named by its arranging, no plan ("安排…经费1202.00万元" is one)
	}
	switch {
	case isPlan && !cjk.Contains(text, "实际"):
		return ratePlan
	case isActual:
		return rateActual
	}
	return rateNone
}

// pick copies the n figures of qs whose role is role, in order, into the
// Analyzer's block; the copy's capacity ends with it.
func (a *Analyzer) pick(qs []Quantity, roles []rateRole, role rateRole, n int) []Quantity {
	b := a.qs.room(n, a.block(qsBlock))
	k := len(b)
	for j, r := range roles {
		if r == role {
			b = append(b, qs[j])
		}
	}
	a.qs.cur = b
	return b[k:len(b):len(b)]
}

// budgetNames are names holding 预算 that say nothing about plan or
// actual: 一般公共预算支出 is a kind of spending, not its budget.
var budgetNames = []string{"一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "预算收入", "预算单位"}

// withoutBudgetNames returns s with every budgetName removed, one name
// after the other, as strings.ReplaceAll(s, name, "") would (its test
// oracle), written into dst's room: the result is only looked at.
func withoutBudgetNames(dst []byte, s string) string {
	b := append(dst, s...)
	for _, name := range budgetNames {
		if !bytes.Contains(b, []byte(name)) {
			continue // nothing to drop: b stays as it is (most names)
		}
		w := 0 // the leftmost matches, not overlapping, are dropped in place
		for i := 0; i < len(b); {
			if len(b)-i >= len(name) && string(b[i:i+len(name)]) == name { // no copy made to compare
				i += len(name)
				continue
			}
			b[w] = b[i]
			w++
			i++
		}
		b = b[:w]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// shares appends the shares in s to out.
func (a *Analyzer) shares(s string, qs []Quantity, enums []Enumeration, out []Share) []Share {
	for i, q := range qs {
		if !q.Percent || q.Approx || i == 0 {
			continue
		}
		lead := q.Lead
		k := cjk.Index(lead, "占")
		if k < 0 {
			if sh, ok := a.inlineBaseShare(s, qs, i); ok {
				out = append(out, sh)
			}
			continue
		}
		if strings.TrimSpace(lead[k+len("占"):]) == "" {
			if strings.HasSuffix(strings.TrimSpace(lead[:k]), "分别") {
				// "其中一般债务a、专项债务b，分别占p%和q%": each its own part's
				out = a.eachListShares(s, qs, i, enums, out)
				continue
			}
			// "其中：基本支出127.96万元，占39.66%": a share of the list's total
			p := qs[i-1]
			n := len(out)
			for ei := range enums {
				e := &enums[ei]
				for _, part := range e.Parts {
					// (nor is it a bracketed part's: "财政拨款收入X万元（一般
					// 公共预算…a万元、政府性基金…b万元），占98.00%")
					if part.Start == p.Start && strings.Count(s[p.End:q.Start], "，") <= 1 && !strings.ContainsAny(s[p.End:q.Start], "；;。）)") {
						if base, ok := listBase(e, p.Unit); ok {
							out = append(out, Share{Part: p, BaseLabel: labelOr(base), Rate: q, Bases: a.quantityCopy([]Quantity{base})})
						}
					}
				}
			}
			if len(out) == n && !p.Percent && IsMoneyUnit(p.Unit) && strings.TrimSpace(s[p.End:q.Start]) == "，占" {
				// "主要用于：一般公共服务支出40732.24万元，占78.71%；…": a
				// share of a whole the sentence does not state before its
				// parts (BaseLabel and Bases empty)
				out = append(out, Share{Part: p, Rate: q})
			}
			continue
		}
		base := lead[k+len("占"):]
		for _, suf := range []string{"的比重为", "的比例为", "的比重", "的比例", "比重为", "比重", "比例", "的", "总量的", "为"} {
			base = strings.TrimSuffix(base, suf)
		}
		base = strings.TrimSpace(base)
		if utf8.RuneCountInString(base) < 2 || strings.ContainsAny(base, "，、；") {
			continue
		}
		if strings.HasSuffix(lead[:k], "分别") {
			// "A、B和C分别为a、b和c，分别占X的p%、q%和r%": each share is
			// its own part's, in order
			out = a.eachShares(s, qs, i, base, out)
			continue
		}
		// the part: the figure named before 占 ("人员经费占基本支出的
		// 85.26%"), else the nearest figure before, in the same clause chain
		p := qs[i-1]
		// (or past its change: "税收收入完成29137万元，同比下降2.7%，占一般
		// 公共预算收入的47.9%")
		pastRate := p.Percent && i >= 2 && !qs[i-2].Percent && !qs[i-2].Approx && (strings.HasSuffix(strings.TrimRight(p.Lead, "为是 "), "率") || changeLead(p.Lead) && strings.TrimSpace(lead[:k]) == "") &&
			strings.Count(s[qs[i-2].End:q.Start], "，") == 2 && !strings.ContainsAny(s[qs[i-2].End:q.Start], "；;。")
		if named, ok := namedPart(qs[:i], strings.Trim(lead[:k], "，, ")); ok {
			p = named
		} else if pastRate && isChange(&qs[i-2]) {
			// "教育支出72874.96万元，比上年增加3315.97万元，增长4.77%，占…的
			// 21.78%": the amount, past its change and rate
			if i < 3 || qs[i-3].Percent || qs[i-3].Approx || isChange(&qs[i-3]) || strings.Count(s[qs[i-3].End:q.Start], "，") != 3 || strings.ContainsAny(s[qs[i-3].End:q.Start], "；;。") {
				continue
			}
			p = qs[i-3]
		} else if pastRate {
			p = qs[i-2] // "实际支出3,955.04万元，执行率97.01%，占实际支出总额的48.08%": the amount, past its rate
		} else if bk, ok := beforeBreakdown(s, qs[:i], q.Start); ok {
			p = qs[bk] // "基本支出1015.72万元（人员经费874.33万元、公用经费141.39万元），占…的43.31%": the amount the bracket breaks down
		} else if p.Percent || p.Approx || strings.ContainsAny(s[p.End:q.Start], "；;。") || strings.Count(s[p.End:q.Start], "，") > 1 || sumOfParts(lead[:k]) {
			continue
		}
		sh := Share{Part: p, BaseLabel: base, Rate: q}
		baseTotal := "" // base without the total word it ends with
		for _, w := range []string{"合计", "总计", "共计", "总额"} {
			if t, ok := strings.CutSuffix(base, w); ok && utf8.RuneCountInString(t) >= 2 {
				baseTotal = t
				break
			}
		}
		var baseBuf [4]Quantity
		bases := baseBuf[:0]
		part := p // the part in the bases' unit
		for _, b := range qs {
			if b.Start == p.Start || b.Percent || b.Approx || b.Label == "" || isChange(&b) {
				continue // (nor "收入合计减少100.39万元": a change of the base)
			}
			if !sameFamily(&b, &part) {
				// "收入合计332,996,720元…，其中：财政补助收入412.35万元，占收入
				// 合计的12.38%": the base in the part's unit; or, a base in a
				// larger unit to fewer places ("一般公共预算支出6.44亿元…教育
				// 支出11516.55万元，占…的16.74%"), the part in the base's
				if b2, ok := InUnitOf(b, part.Unit); ok {
					b = b2
				} else if p2, ok := InUnitOf(part, b.Unit); ok && len(bases) == 0 && part.Unit == p.Unit {
					part = p2
				} else {
					continue
				}
			}
			if totalsDiffer(base, s[min(max(b.LabelStart, 0), b.Start):b.Start]) {
				continue
			}
			// "收入合计X…，占收入合计的R%": X is labelled 收入, as a total
			// ("实际到位资金X…，占到位资金总额的R%": the 总额 is the actual one)
			if LabelsMatch(b.Label, base) || fundScoped(b.Label, base) || b.Total && baseTotal != "" && (LabelsMatch(b.Label, baseTotal) || ownItem(b.Label, baseTotal) || b.Label == withoutPeriod(baseTotal) || b.Period != "" && baseTotal == b.Label+b.Period) ||
				baseTotal != "" && strings.HasSuffix(base, "总额") && strings.TrimPrefix(b.Label, "实际") == baseTotal {
				bases = append(bases, b)
			}
		}
		if len(bases) > 0 {
			sh.Bases = a.quantityCopy(bases)
			sh.Part = part
		}
		out = append(out, sh) // with no base here, the base may be a table's
	}
	return out
}

// beforeBreakdown returns the index in qs of the amount right before a
// bracketed breakdown that closes right before the share at offset at:
// "基本支出1015.72万元（人员经费874.33万元、公用经费141.39万元），占支出合计的
// 43.31%" — the share is the amount's, not the bracket's last figure. The
// amount must open the bracket, and nothing but a comma lie between the
// bracket and the share.
func beforeBreakdown(s string, qs []Quantity, at int) (int, bool) {
	if len(qs) < 2 {
		return 0, false
	}
	last := qs[len(qs)-1]
	gap := strings.TrimLeft(s[last.End:at], " ")
	var rest string
	switch {
	case strings.HasPrefix(gap, "）"):
		rest = gap[len("）"):]
	case strings.HasPrefix(gap, ")"):
		rest = gap[1:]
	default:
		return 0, false
	}
	r := strings.TrimLeft(rest, " ")
	after, ok := strings.CutPrefix(r, "，")
	if !ok {
		after, ok = strings.CutPrefix(r, ",")
	}
	if !ok || strings.ContainsAny(after, "，,；;。（(）)") {
		return 0, false
	}
	open := max(strings.LastIndex(s[:last.Start], "（"), strings.LastIndex(s[:last.Start], "("))
	if open < 0 || strings.ContainsAny(s[open:last.Start], "）)；;。") {
		return 0, false
	}
	for k := len(qs) - 2; k >= 0; k-- {
		if qs[k].End <= open {
			a := qs[k]
			if strings.TrimSpace(s[a.End:open]) != "" || a.Percent || a.Approx || a.Label == "" || isChange(&a) {
				return 0, false
			}
			return k, true
		}
	}
	return 0, false
}

// inlineBaseShare returns the share qs[i] when its base is written inline
// between 占 and 的: "涉及资金389.28万元，占一般公共预算项目支出1,735.69万元的
// 12.11%" — the part is the figure before the base, in the same clause
// chain.
func (a *Analyzer) inlineBaseShare(s string, qs []Quantity, i int) (Share, bool) {
	q := qs[i]
	switch strings.TrimSpace(q.Lead) {
	case "的", "的比重为", "的比例为", "的比重", "的比例":
	default:
		return Share{}, false
	}
	if i < 2 {
		return Share{}, false
	}
	b, p := qs[i-1], qs[i-2]
	kb := strings.LastIndex(b.Lead, "占")
	if kb < 0 || b.Percent || b.Approx || p.Percent || p.Approx || b.Start < p.End {
		return Share{}, false
	}
	name := strings.TrimSpace(b.Lead[kb+len("占"):])
	if utf8.RuneCountInString(name) < 2 || strings.ContainsAny(name, "，、；") || sumOfParts(b.Lead[:kb]) {
		return Share{}, false
	}
	if between := s[p.End:b.Start]; strings.ContainsAny(between, "；;。") || strings.Count(between, "，") > 1 {
		return Share{}, false
	}
	if !sameFamily(&b, &p) {
		var ok bool
		if b, ok = InUnitOf(b, p.Unit); !ok {
			return Share{}, false
		}
	}
	return Share{Part: p, BaseLabel: name, Rate: q, Bases: a.quantityCopy([]Quantity{b})}, true
}

// sumOfParts reports words before 占 that make the part a sum of the
// figures before ("A a万元，B b万元，两类合计占问题金额的R%"), not the
// last of them.
func sumOfParts(before string) bool {
	for _, w := range [...]string{"合计", "共计", "总计", "两类", "两项", "三项", "二者", "两者", "三者", "上述", "以上"} {
		if cjk.Contains(before, w) {
			return true
		}
	}
	return false
}

// namedPart returns the latest of qs labelled name, an amount: the part a
// share names before its 占.
func namedPart(qs []Quantity, name string) (Quantity, bool) {
	if utf8.RuneCountInString(name) < 2 {
		return Quantity{}, false
	}
	for k := len(qs) - 1; k >= 0; k-- {
		if q := qs[k]; !q.Percent && !q.Approx && q.Label != "" && LabelsMatch(q.Label, name) {
			return q, true
		}
	}
	return Quantity{}, false
}

// eachListShares appends the shares of "X，其中A a、B b，分别占p%和q%": the
// rates from qs[i] on, joined by 、 and 和, paired in order with as many
// parts just before qs[i] of one enumeration, of its total; none when the
// counts differ or the figures before are not that list's parts.
func (a *Analyzer) eachListShares(s string, qs []Quantity, i int, enums []Enumeration, out []Share) []Share {
	n := percentRun(s, qs, i)
	if n < 2 || i < n {
		return out
	}
	parts := qs[i-n : i]
	for ei := range enums {
		e := &enums[ei]
		inList := func(p Quantity) bool {
			return slices.ContainsFunc(e.Parts, func(q Quantity) bool { return q.Start == p.Start })
		}
		if !slices.ContainsFunc(parts, func(p Quantity) bool { return !inList(p) }) {
			base, ok := listBase(e, parts[0].Unit)
			if !ok {
				return out
			}
			bs := a.quantityCopy([]Quantity{base})
			for k, p := range parts {
				out = append(out, Share{Part: p, BaseLabel: labelOr(base), Rate: qs[i+k], Bases: bs})
			}
			return out
		}
	}
	return out
}

// listBase returns the total of enumeration e as the base of a share of
// one of its parts in unit: in a list mixing units, the total in the part's
// unit, where it can be written exactly; ok is false when it cannot.
func listBase(e *Enumeration, unit string) (Quantity, bool) {
	if e.Written == nil {
		return e.Total, true
	}
	return InUnitOf(e.Written.Total, unit)
}

// percentRun is how many percentages from qs[i] on are joined by 、, 和, 及
// or a comma ("p%、q%和r%").
func percentRun(s string, qs []Quantity, i int) int {
	n := 1
	for j := i + 1; j < len(qs) && qs[j].Percent; j++ {
		if g := strings.TrimSpace(s[qs[j-1].End:qs[j].Start]); g != "、" && g != "和" && g != "及" && g != "，" {
			break
		}
		n++
	}
	return n
}

// eachShares appends the shares of "A、B和C分别为a、b和c，分别占X的p%、q%和
// r%": the rates from qs[i] on, joined by 、 and 和, paired in order with as
// many amounts just before qs[i]; none when the counts or units differ.
func (a *Analyzer) eachShares(s string, qs []Quantity, i int, base string, out []Share) []Share {
	n := percentRun(s, qs, i)
	if n < 2 || i < n {
		return out
	}
	parts := qs[i-n : i]
	for _, p := range parts {
		if p.Percent || p.Approx || !sameFamily(&p, &parts[0]) {
			return out
		}
	}
	var bases []Quantity
	for _, b := range qs[:i-n] {
		if !b.Percent && !b.Approx && b.Label != "" && (sameFamily(&b, &parts[0]) || isMoney(b.Unit) && isMoney(parts[0].Unit)) {
			if bb, ok := InUnitOf(b, parts[0].Unit); ok && (LabelsMatch(b.Label, base) || b.Total && ownItem(b.Label, strings.TrimSuffix(base, "合计"))) {
				bases = append(bases, bb)
			} else if b.Unit == parts[0].Unit && LabelsMatch(b.Label, base) {
				bases = append(bases, b)
			}
		}
	}
	if len(bases) == 0 {
		return out
	}
	bs := a.quantityCopy(bases)
	for k, p := range parts {
		out = append(out, Share{Part: p, BaseLabel: base, Rate: qs[i+k], Bases: bs})
	}
	return out
}

// fundScoped reports whether label is item within a fund's scope:
// "一般公共预算基本支出" is the 基本支出 a share "占基本支出的…" of its
// sentence divides by.
func fundScoped(label, item string) bool {
	prefix, ok := strings.CutSuffix(label, item)
	if !ok || utf8.RuneCountInString(item) < 2 {
		return false
	}
	switch prefix {
	case "一般公共预算", "财政拨款", "一般公共预算财政拨款", "政府性基金预算", "政府性基金", "本年":
		return true
	}
	return false
}

// withoutPeriod is label without the period word it starts with: "本年支出"
// is labelled 支出 in "本年支出合计11,058,005.19元" (the lead's period).
func withoutPeriod(label string) string {
	for _, w := range []string{"本年度", "本年", "本期", "当年", "全年"} {
		if rest, ok := strings.CutPrefix(label, w); ok {
			return rest
		}
	}
	return label
}

// ownItem reports whether label is item qualified by the reporting body
// itself: "本院收入" of 收入, "本单位支出", "我镇支出" of 支出.
func ownItem(label, item string) bool {
	prefix, ok := strings.CutSuffix(label, item)
	return ok && (strings.HasPrefix(prefix, "本") || strings.HasPrefix(prefix, "我")) && utf8.RuneCountInString(prefix) <= 3
}

// InUnitOf returns amount q written in another unit of money (332996720元
// as 33299.6720万元): the same digits with the decimal point moved, so its
// rounding interval is the same amount of money. It fails for units that
// are not money, and when the point would have to move right of the last
// digit (1.2亿元 is not 12000万元 to the 万元).
func InUnitOf(q Quantity, unit string) (Quantity, bool) {
	from, ok1 := UnitExp(q.Unit)
	to, ok2 := UnitExp(unit)
	if !ok1 || !ok2 || q.Percent || q.Permil || q.Kind != Value || q.Dec+to-from < 0 {
		return q, false
	}
	q.Dec += to - from
	q.Unit = unit
	return q, true
}

func multiples(s string, qs []Quantity) []Multiple {
	var out []Multiple
	for i, q := range qs {
		if q.Unit != "倍" || q.Approx || q.Percent || i == 0 {
			continue
		}
		lead := Normalize(q.Lead)
		k := strings.LastIndex(lead, "是")
		if k < 0 || !strings.HasSuffix(lead, "的") {
			continue
		}
		phrase := strings.TrimSuffix(lead[k+len("是"):], "的")
		if utf8.RuneCountInString(phrase) < 2 || strings.ContainsAny(phrase, ",，;；") {
			continue
		}
		subj := qs[i-1]
		if subj.Percent || subj.Approx || !hasUnit(subj) || strings.ContainsAny(s[subj.End:q.Start], "；;。") {
			continue
		}
		m := Multiple{Value: q, Subject: subj, BasePhrase: phrase}
		np := NormalizeLabel(phrase)
		for _, b := range qs[:i-1] {
			if b.Approx || !sameFamily(&b, &subj) || b.Mant == 0 {
				continue
			}
			if NormalizeLabel(b.Label) == np || b.Period != "" && strings.HasPrefix(b.Period, phrase) || b.Label != "" && LabelsMatch(b.Label, phrase) {
				m.Bases = append(m.Bases, b)
			}
		}
		if len(m.Bases) > 0 {
			out = append(out, m)
		}
	}
	return out
}

// ---- checks ----

// DiffCheck compares a stated difference with X − Y. It returns whether
// the magnitudes agree, whether the stated direction agrees with the sign
// of X − Y, and the exact X − Y as displayed.
func DiffCheck(x, y, d Number, sign int) (magnitudeOK, directionOK bool, expected Number) {
	dec := max(x.Dec, y.Dec)
	xm := x.Mant * pow10i(dec-x.Dec)
	ym := y.Mant * pow10i(dec-y.Dec)
	expected = Number{Mant: xm - ym, Dec: dec, Kind: Value}
	if m, dir, ok := diffCheckFixed(x, y, d, sign, expected); ok {
		return m, dir, expected
	}
	iv := x.Interval(HalfUp).Sub(y.Interval(HalfUp))
	di := d.Interval(HalfUp)
	if d.Mant < 0 { // "增加-5" written with a sign: take the stated sign at face value
		sign = -sign
		di = di.Neg()
	}
	switch sign {
	case -1:
		di = di.Neg()
	case 0:
		if expected.Mant < 0 {
			di = di.Neg()
		}
	}
	magnitudeOK = di.Overlaps(iv) || di.Neg().Overlaps(iv)
	directionOK = sign == 0 || sign > 0 && iv.Hi.Sign() >= 0 || sign < 0 && iv.Lo.Sign() <= 0
	return magnitudeOK, directionOK, expected
}

// diffCheckFixed is DiffCheck's interval test on the int64 fast path; ok
// is false when the figures do not fit it.
func diffCheckFixed(x, y, d Number, sign int, expected Number) (magnitudeOK, directionOK, ok bool) {
	xf, ok1 := x.Fixed(HalfUp)
	yf, ok2 := y.Fixed(HalfUp)
	di, ok3 := d.Fixed(HalfUp)
	if !ok1 || !ok2 || !ok3 {
		return false, false, false
	}
	iv, ok := xf.Add(yf.Neg())
	if !ok {
		return false, false, false
	}
	if d.Mant < 0 {
		sign = -sign
		di = di.Neg()
	}
	switch sign {
	case -1:
		di = di.Neg()
	case 0:
		if expected.Mant < 0 {
			di = di.Neg()
		}
	}
	o1, ok1 := di.Overlaps(iv)
	o2, ok2 := di.Neg().Overlaps(iv)
	if !ok1 || !ok2 {
		return false, false, false
	}
	directionOK = sign == 0 || sign > 0 && iv.Hi >= 0 || sign < 0 && iv.Lo <= 0
	return o1 || o2, directionOK, true
}

// RateCheck compares a stated rate of change (percent) with diff ÷ base,
// where diff is an interval (from D, or X − Y). It returns the computed
// percentage (exact value) and whether the magnitudes agree within rounding.
func RateCheck(rate Number, diff Interval, base Interval) (ok bool, computed *big.Rat, valid bool) {
	if ok, computed, valid, fits := rateCheckFrac(rate, diff, base); fits {
		return ok, computed, valid
	}
	return rateCheckBig(rate, diff, base)
}

// rateCheckBig is RateCheck in big.Rat intervals: the fallback for ends
// too large for int64, and the tests' reference.
func rateCheckBig(rate Number, diff Interval, base Interval) (ok bool, computed *big.Rat, valid bool) {
	q, valid := diff.Div(base)
	if !valid {
		return false, nil, false
	}
	q = q.Scale(big.NewRat(100, 1))
	ri := rate.Interval(HalfUp)
	if rate.Mant < 0 {
		ri = ri.Neg()
	}
	mid := new(big.Rat).Add(q.Lo, q.Hi)
	mid.Quo(mid, big.NewRat(2, 1))
	abs := func(i Interval) Interval {
		if i.Hi.Sign() <= 0 {
			return i.Neg()
		}
		return i
	}
	return ri.Overlaps(abs(q)), mid.Abs(mid), true
}

// FormatRat renders r with dec decimals, rounded half up.
func FormatRat(r *big.Rat, dec int) string {
	if r == nil {
		return ""
	}
	if s, ok := formatRatFixed(r, dec); ok {
		return s
	}
	return r.FloatString(dec)
}

// MagnitudeSlip looks for a part whose value ×10ⁿ (n = ±1, ±2, ±3, ±4) makes
// the parts add up to total; it returns the index of the part, the corrected
// number and true when exactly one such fix exists.
func MagnitudeSlip(parts []Number, total Number) (int, Number, bool) {
	if i, n, ok, done := magnitudeSlipInt(parts, total); done {
		return i, n, ok
	}
	found, idx := 0, -1
	var fixed Number
	for i, p := range parts {
		if p.Mant == 0 {
			continue
		}
		for _, n := range []int{-4, -3, -2, -1, 1, 2, 3, 4} {
			c := scale10(p, n)
			trial := append([]Number(nil), parts...)
			trial[i] = c
			if sumConsistent(trial, total, HalfUp) {
				found++
				idx, fixed = i, c
			}
		}
	}
	return idx, fixed, found == 1
}

// magnitudeSlipInt is MagnitudeSlip in int64 arithmetic (done is false when
// the figures are too large for it): every value is counted in units of
// 10^-D and doubled, so the half-unit rounding margins are integers.
func magnitudeSlipInt(parts []Number, total Number) (int, Number, bool, bool) {
	D := total.Dec
	for _, p := range parts {
		D = max(D, p.Dec)
	}
	D += 4
	if D > 12 || abs(total.Mant) > 1e12 {
		return 0, Number{}, false, false
	}
	val := func(n Number) (v, margin int64) {
		if n.Kind != Value {
			return 0, 0
		}
		f := pow10i(D - n.Dec)
		if n.Exact {
			return 2 * n.Mant * f, 0
		}
		return 2 * n.Mant * f, f // ±half a unit, doubled
	}
	var sum, margin int64
	for _, p := range parts {
		if abs(p.Mant) > 1e12 {
			return 0, Number{}, false, false
		}
		v, m := val(p)
		sum += v
		margin += m
	}
	tv, tm := val(total)
	found, idx := 0, -1
	var fixed Number
	for i, p := range parts {
		if p.Mant == 0 || p.Kind != Value {
			continue
		}
		pv, pm := val(p)
		for _, n := range []int{-4, -3, -2, -1, 1, 2, 3, 4} {
			c := scale10(p, n)
			if c.Dec > D || abs(c.Mant) > 1e15 {
				continue
			}
			cv, cm := val(c)
			s, m := sum-pv+cv, margin-pm+cm+tm
			if abs(s-tv) <= m {
				found++
				idx, fixed = i, c
			}
		}
	}
	return idx, fixed, found == 1, true
}

// scale10 returns n·10^k shown with the same significant digits.
func scale10(n Number, k int) Number {
	c := n
	if k < 0 {
		c.Dec -= k
	} else {
		for ; k > 0; k-- {
			if c.Dec > 0 {
				c.Dec--
			} else {
				c.Mant *= 10
			}
		}
	}
	return c
}

// SameUpToMagnitude reports whether a and b show the same digits with the
// decimal point moved (10.80 vs 1.08, 1080 vs 10.80): the shift n with
// a = b·10ⁿ, n ≠ 0.
func SameUpToMagnitude(a, b Number) (int, bool) {
	if a.Mant == 0 || b.Mant == 0 {
		return 0, false
	}
	da, db := trimZeros(a), trimZeros(b)
	if da.Mant != db.Mant {
		return 0, false
	}
	n := db.Dec - da.Dec
	return n, n != 0
}

func trimZeros(n Number) Number {
	for n.Dec > 0 && n.Mant%10 == 0 {
		n.Mant /= 10
		n.Dec--
	}
	for n.Mant != 0 && n.Mant%10 == 0 {
		n.Mant /= 10
		n.Dec--
	}
	return n
}

// Trimmed renders n without superfluous trailing zeros (keeping at least
// its original decimals when they are significant).
func Trimmed(n Number) string {
	for n.Dec > 2 && n.Mant%10 == 0 {
		n.Mant /= 10
		n.Dec--
	}
	return FormatFixed(n.Mant, n.Dec)
}

// MayState reports whether Analyze(s) can find any statement (enumeration,
// comparison, rate, share or multiple) in s. Every one of them is told by
// a word of statementWords, which Normalize cannot make (it maps no rune
// to a Han character), so a text without any holds none:
//   - an enumeration by its marker (enumMarkers: 其中, 主要用于, 分别为, …,
//     each holding 其中, 包括, 分别, 具体为, 明细为 or 主要用于) or by a total's
//     lead with 合计, 共计 or 总计 (isTotalLead), or by "中，"/"中：" right
//     after its total ("基本支出X万元中，人员经费…");
//   - a comparison by an anchor (anchors: 同比, 环比, 比, 较, and "与…相比"
//     whose closers all hold 比 or 较) or by 由/从 in a lead (fromTo);
//   - a rate by a label or lead ending with 率 (rates);
//   - a share by 占 in a lead (shares), a multiple by the unit 倍 (multiples);
//   - a bracketed breakdown by a bracket and its figures (MayBracketList).
//
// Callers that only read statements may skip Analyze when it is false;
// FuzzMayState checks the claim against Analyze.
func MayState(s string) bool {
	return SaysStatement(s) || MayBracketList(s)
}

// SaysStatement reports whether s holds one of the words that announce a
// statement (MayState's, without the bracketed breakdowns): a table cell
// without any is read for its figure only.
func SaysStatement(s string) bool {
	return statementWordSet.containsAny(s)
}

// MayBracketList reports a text that may hold a bracketed breakdown
// (bracketParts: "基本支出6711.53万元（人员经费5891.90万元，公用经费819.62万元）"),
// which no statement word announces: a numeral (a digit or a Han numeral)
// before a bracket and two runs of numerals inside one, one per figure at
// least ("（2022年度）" holds one).
func MayBracketList(s string) bool {
	open := indexOpenBracket(s)
	if open < 0 || !hasNumeral(s[:open]) {
		return false
	}
	// the runs of numerals (a figure is one or more) inside each outermost
	// bracket from there: two or more in one (a bracket inside another
	// holds no run its outer one does not)
	runs, depth, inRun := 0, 0, false
	for _, r := range s[open:] {
		num := isNumeral(r)
		switch {
		case r == '(' || r == '（':
			if depth == 0 {
				runs = 0
			}
			depth++
		case r == ')' || r == '）':
			if depth > 0 {
				depth--
			}
		case num && !inRun && depth > 0:
			if runs++; runs >= 2 {
				return true
			}
		}
		inRun = num
	}
	return false
}

// indexOpenBracket is strings.IndexAny(s, "(（") without its rune-by-rune
// search (a set with a non-ASCII rune is looked for one rune at a time).
func indexOpenBracket(s string) int {
	i, j := strings.IndexByte(s, '('), cjk.Index(s, "（")
	switch {
	case i < 0:
		return j
	case j < 0 || i < j:
		return i
	}
	return j
}

// hasNumeral reports whether s holds a digit or a Han numeral.
func hasNumeral(s string) bool {
	for _, r := range s {
		if isNumeral(r) {
			return true
		}
	}
	return false
}

// isNumeral reports a digit (ASCII or full-width) or a Han numeral.
func isNumeral(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	case r < 0x3007:
		return false
	}
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

var statementWordSet = newWordSet([]string{"比", "较", "由", "从", "率", "占", "倍", "合计", "共计", "总计", "其中", "包括", "分别", "具体为", "明细为", "主要用于", "中，", "中："})

// opensAside reports whether g opens a bracket it does not close: the
// figure after it stands inside.
func opensAside(g string) bool {
	return strings.LastIndexAny(g, "（(") > strings.LastIndexAny(g, "）)")
}

// closeAt returns the byte just after the first closing bracket of s, −1
// when it has none before a clause break.
func closeAt(s string) int {
	k := strings.IndexAny(s, "）)")
	if k < 0 || hasClauseBreak(s[:k]) {
		return -1
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return k + w
}

// yearIsLead reports a bracketed aside's lead that is a year and nothing
// more than 为 or 同期 ("（2022年为137.29万元）" after "罚款164.07万元"):
// that year's figure, the base of a comparison that follows.
func yearIsLead(lead string) bool {
	if len(lead) < len("2022年") || !isASCIIDigits(lead[:4]) || !strings.HasPrefix(lead[4:], "年") {
		return false
	}
	rest := strings.TrimPrefix(lead[len("2022年"):], "度")
	switch rest {
	case "", "为", "是", "同期", "同期为":
		return true
	}
	return false
}

func isASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// zeroItemsOnly reports whether the clauses of t before its last ；are
// items said to be nil ("其中：因公出国（境）费未安排；公务用车…"): parts of
// the list that hold no figure, not the end of the marker's clause.
func zeroItemsOnly(t string) bool {
	parts := strings.Split(t, "；")
	if len(parts) < 2 {
		return false
	}
	for _, c := range parts[:len(parts)-1] {
		c = strings.TrimSpace(strings.TrimLeft(c, "：:，, "))
		said := slices.ContainsFunc([]string{"未安排", "未发生", "无支出", "为零", "为0", "为空", "未列支"}, func(w string) bool {
			return strings.HasSuffix(c, w) && len(c) > len(w)
		})
		if !said || strings.ContainsAny(c, "0123456789") && !strings.HasSuffix(c, "为0") {
			return false
		}
	}
	return true
}

// bothTotals reports a subject naming the two sides' totals at once:
// 收入、支出总计, 收、支总计, 收支总计.
func bothTotals(subject string) bool {
	switch subject {
	case "收入、支出总计", "收、支总计", "收支总计", "收入支出总计", "收入和支出总计", "收入、支出合计", "收、支合计":
		return true
	}
	return false
}

// subjectWords returns the words between figure cur and anchor a, after
// the last comma if any (其中 left out): the subject of the comparison
// when it is not cur's ("…，资产总额较上年"); "" when fewer than two runes.
func subjectWords(s string, cur *Quantity, a Range) string {
	if cur.End > a.Start {
		return ""
	}
	words := s[cur.End:a.Start]
	if k := strings.LastIndexAny(words, "，,；;、"); k >= 0 {
		words = words[k:]
		_, n := utf8.DecodeRuneInString(words)
		words = words[n:]
	}
	words = strings.TrimPrefix(strings.TrimSpace(words), "其中")
	if utf8.RuneCountInString(words) < 2 {
		return ""
	}
	return words
}

// morePart reports whether q, where a walk back from total t stopped at
// words that are no glue (g, holding a ；), reads as one more part of t all
// the same: an unused plain amount of t's family.
func morePart(q, t *Quantity, used bool, g string) bool {
	return !used && !q.Total && !q.Approx && !q.Percent && q.Label != "" && sameFamily(q, t) && cjk.Contains(g, "；")
}

// markRanges marks as approximate the two ends of a range ("债务率120%—200%",
// "收取比例10%～25%"): neither is a figure stated of something.
func markRanges(s string, qs []Quantity) {
	for i := 0; i+1 < len(qs); i++ {
		a, b := &qs[i], &qs[i+1]
		if a.End > b.Start || b.Start-a.End > 8 {
			continue
		}
		switch strings.TrimSpace(s[a.End:b.Start]) {
		case "—", "——", "－", "～", "~", "至", "-", "–":
			a.Approx, b.Approx = true, true
		}
	}
}

// changeLead reports a lead that ends with a word of change (同比下降,
// 比上年增长): the figure after it is a rate of change.
func changeLead(lead string) bool {
	l := strings.TrimRight(lead, " ")
	for _, w := range [...]string{"增长", "下降", "增加", "减少", "提高", "降低"} {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// beforeBracket returns the figure of qs right before the "（" that the
// "）" after cur closes (nested brackets passed over), when that bracket
// holds cur and opens after a figure of cur's unit family; nil otherwise.
func beforeBracket(s string, qs []Quantity, cur *Quantity, limit int) *Quantity {
	close := cur.End + strings.Index(s[cur.End:limit], "）")
	depth, open := 0, -1
	for i := close; i > 0 && open < 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch r {
		case '）':
			depth++
		case '（':
			if depth == 0 {
				open = i
			}
			depth--
		}
	}
	if open < 0 {
		return nil
	}
	var q *Quantity
	for k := range qs {
		if qs[k].End <= open {
			q = &qs[k]
		}
	}
	if q == nil || q.Percent || !sameFamily(q, cur) || hasClauseBreak(s[q.End:open]) {
		return nil
	}
	return q
}
