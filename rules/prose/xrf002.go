package prose

import (
	"math/big"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// XRF002 finds one labelled figure stated twice in the text with different values.
var XRF002 = &audit.Rule{
	ID:       "XRF002",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "同一指标在文中前后数值不一致",
		TitleEN: "The same figure is stated twice in the text with different values",
		Explain: "正文中名称相同（规范化后完全一致）、年度相同、口径相同的金额或比率，前后两处数值应一致。" +
			"金额要求两处年度都能确定；名称写明资金口径的比率（公用经费控制率、预算执行率等）在两处都未写年度时也比较，其他比率（入学率、使用率等常对不同对象重复出现）不比较。127% 与 1.27倍 视为相同。",
		ExplainEN: "Two statements of the same labelled amount or rate (same normalised label, year and basis) must agree. " +
			"Amounts are compared only when both years are known; rates also when neither states a year.",
		Bad:  "公用经费控制率100%。……公用经费控制率为1.27倍。",
		Good: "公用经费控制率127.64%。……公用经费控制率为127.64%。",
	},
	Run: runXRF002,
}

func runXRF002(p *audit.Pass) {
	x := xrefFactsOf(p)
	// the figures before each of one label: only those can be the same
	// (the figures by label number, in order; met[l] of label l are before
	// the current one)
	// (in storage xrefFacts keeps for the pass's pool)
	st := &x.xrf002
	labelOf, index := resized(st.labelOf, len(x.prose)), resized(st.index, len(x.prose))
	for j := range x.prose {
		labelOf[j], index[j] = x.prose[j].lbl, int32(j)
	}
	st.labelOf, st.index = labelOf, index
	byLabel := st.groups.by(len(x.proseLabels.labels), labelOf, index)
	met := resized(st.met, len(byLabel))
	clear(met)
	st.met = met
	// what a finding says of the earlier figure, made once per figure (one
	// is often the earlier figure of several findings)
	if st.earlierOf == nil {
		st.earlierOf = map[int32]earlierText{}
	}
	earlierOf := st.earlierOf
	// the findings' related spans, cut from shared arrays (the findings
	// outlive the pass: these are not pooled)
	var related []model.Span
	// rateOfItsAmounts of each figure asked, once (0 unknown, 1 yes, 2 no):
	// a figure is compared with every earlier one of its label
	var own map[int32]int8
	ownAmounts := func(i int32, f *pfig) bool {
		if v, ok := own[i]; ok {
			return v == 1
		}
		if own == nil {
			own = map[int32]int8{}
		}
		v := int8(2)
		if rateOfItsAmounts(f) {
			v = 1
		}
		own[i] = v
		return v == 1
	}
	// what is asked of each figure for every earlier one of its label,
	// made once per figure or unit
	memo := &st.memo
	memo.reset(x)
	for j := range x.prose {
		b := &x.prose[j]
		earlier := byLabel[b.lbl][:met[b.lbl]]
		met[b.lbl]++
		if b.chain {
			continue // its label is its measure's name (支出决算, 2025年预算数), not the item's: the row its clause names is the item
		}
		if b.isRate && agreesWithOne(x, earlier, b) {
			// "资金执行率93.49%" in the conclusion, as in the overview, after
			// each project's own rate: it restates the overview's
			continue
		}
		for _, i := range earlier {
			a := &x.prose[i]
			if a.chain || a.isRate != b.isRate || a.basis != b.basis || a.basis == basisUnknown {
				continue
			}
			if a.q.Start == b.q.Start && a.u == b.u || a.sentScopeIdx != b.sentScopeIdx || a.inList || b.inList {
				continue // list parts are relative to their total: "项目支出主要用于工资福利支出…"
			}
			if memo.grand(x, i) != memo.grand(x, int32(j)) {
				// "财政拨款收入总计3121.93万元（本年财政拨款收入2991.41万元，
				// 年初结转130.51万元）": a 总计 holds the carried-over funds,
				// a 累计 the earlier years; the label alone does not say so
				continue
			}
			if x.underDraft(a.u) != x.underDraft(b.u) {
				// "三、2024年国有资本经营预算草案 … 上年结转收入25.35万元" is
				// next year's budget: its 上年 is this year, not the year
				// before the execution section's "上年结转收入94.22万元"
				continue
			}
			if ka, kb := memo.kind(p.Doc, x, i), memo.kind(p.Doc, x, int32(j)); ka != "" && kb != "" && ka != kb {
				// "政府性基金预算收入…上年结转收入6.21亿元" and "国有资本经营预算
				// 本级收入…上年结转收入900.52万元": the same words in two budgets
				continue
			}
			if anaphoric(b.q.Label) || siblingSections(memo.section(p.Doc, x, i), memo.section(p.Doc, x, int32(j))) || x.otherProjects(a, b) || projectParts(p.Doc, a, b) ||
				renumbered(p.Doc, a.u.span.Start, b.u.span.Start) {
				// "该项目年度资金总额…" names the subject of its own
				// paragraph; "（一）项目1 … 预算执行率" and "（二）项目2 …
				// 预算执行率" are two projects' rates
				continue
			}
			switch {
			case a.year != 0 && b.year != 0:
				if a.year != b.year {
					continue
				}
			case a.isRate && a.year == 0 && b.year == 0 && fundRate(x.label(a).S):
				// a budget rate (公用经费控制率, 预算执行率) is stated once per
				// report; other rates (入学率, 使用率) recur for many subjects.
				// Two that each follow the two amounts they are worked out
				// from ("项目全年预算1650.00万元，全年执行1592.46万元，预算执行率
				// 96.51%") are of two subjects, each right for its own.
				if ownAmounts(i, a) && ownAmounts(int32(j), b) {
					continue
				}
			default:
				continue
			}
			if !a.iv.ok || !b.iv.ok || scaledOverlap(&a.iv, a.q.Number, a.q.Unit, &b.iv, b.q.Number, b.q.Unit) {
				continue
			}
			if a.isRate && otherAmounts(a, b) {
				// "项目实际支出22,543.61万元，预算执行率96.65%" and "1.产业
				// 发展类。预算安排10,339.28万元，实际支出9,790.22万元，预算执行率
				// 94.69%": the rates of two subjects, told by their amounts
				continue
			}
			e, ok := earlierOf[i]
			if !ok {
				pos := audit.LocationOf(p.Doc, a.span().Start)
				e = earlierText{show(*a.q), pos.String(), pos.English()}
				earlierOf[i] = e
			}
			sa, sb := e.shown, show(*b.q)
			if len(related) == cap(related) {
				related = make([]model.Span, 0, 32)
			}
			related = append(related, a.span())
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       b.span(),
				Expected:   sa,
				Actual:     sb,
				Confidence: 0.6,
				Related:    related[len(related)-1 : len(related) : len(related)],
			}
			// the most frequent finding: its three texts written without
			// fmt, into one string
			f.Expr, f.Message, f.MessageEN = joinTexts(
				[]string{sb, " ≠ ", sa},
				[]string{"「", b.q.Label, "」此处为 ", sb, "，前文（", e.where, "）为 ", sa, "。"},
				[]string{b.q.Label, " is ", sb, " here but ", sa, " earlier (", e.whereEN, ")."})
			locate(p, b.u, &f, b.q.Start)
			p.Report(f)
			break
		}
	}
}

// grandOrCumulative returns which of 总计 and 累计 a figure's lead says,
// "" for neither.
func grandOrCumulative(lead string) string {
	switch {
	case cjk.Contains(lead, "总计"):
		return "总计"
	case cjk.Contains(lead, "累计"):
		return "累计"
	}
	return ""
}

// anaphoric reports a label that points back at its paragraph's subject
// (该项目, 本项目, 此项资金, 上述资金) rather than naming an item.
func anaphoric(label string) bool {
	for _, w := range [...]string{"该", "本项目", "此", "上述", "其"} {
		if strings.HasPrefix(label, w) {
			return true
		}
	}
	return false
}

// sectionOf returns the numbering path of the section unit u is in, with
// the number u itself opens with ("三、（二）" for "（二）农村中小学校舍维修
// 改造。…" under 三、): a numbered paragraph is a section of its own.
func sectionOf(d *model.Document, u *unit) string {
	path := d.SectionPath(u.span.Start)
	if strings.HasPrefix(u.text, "（") {
		if k := cjk.Index(u.text, "）"); k > 0 && k <= len("（十二") {
			path += u.text[:k+len("）")]
		}
	}
	// "2.城乡居民基本养老保险基金。2024年基金收入…": 1. to 99.
	k := 0
	for k < len(u.text) && k < 2 && u.text[k] >= '0' && u.text[k] <= '9' {
		k++
	}
	if k > 0 && k < len(u.text) && u.text[k] == '.' && !(k+1 < len(u.text) && u.text[k+1] >= '0' && u.text[k+1] <= '9') {
		path += u.text[:k+1]
	}
	return path
}

// projectParts reports two figures under two top-level headings that each
// name a project ("一、农村义务教育学生营养改善计划项目绩效评价", "二、学前
// 教育资助项目绩效评价"): a compilation of evaluations, one subject each.
func projectParts(d *model.Document, a, b *pfig) bool {
	ta, tb := topHeading(d, a.u.abs(a.q.Start)), topHeading(d, b.u.abs(b.q.Start))
	return ta != tb && subjectHeading(ta) && subjectHeading(tb)
}

// renumbered reports offsets a and b under two headings of one level and
// one number that name different subjects ("（四）城乡居民基本养老保险基金"
// and "（四）职工基本医疗保险基金", a number written twice): sibling
// sections, though their paths read alike.
func renumbered(d *model.Document, a, b int) bool {
	hs := d.Headings()
	at := func(off int) *model.Heading {
		i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > off })
		if i == 0 {
			return nil
		}
		return hs[i-1]
	}
	ha, hb := at(a), at(b)
	if ha == nil || hb == nil || ha == hb || ha.Level != hb.Level || ha.Level < 2 {
		return false
	}
	ta, tb := strings.TrimSpace(d.Slice(ha.Span)), strings.TrimSpace(d.Slice(hb.Span))
	return ta != tb && d.SectionPath(a) == d.SectionPath(b)
}

// topHeading returns the text of the heading numbered 一、, 二、… in force
// at offset off (a 第一部分 above it aside), "" before the first.
func topHeading(d *model.Document, off int) string {
	hs := d.Headings()
	i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > off })
	for k := i - 1; k >= 0; k-- {
		if t := d.Slice(hs[k].Span); cnSectionNumber(t) {
			return t
		}
	}
	return ""
}

// cnSectionNumber reports a heading numbered with a Chinese numeral and 、
// ("二、义务教育学校校舍维修改造项目绩效评价报告").
func cnSectionNumber(t string) bool {
	t = strings.TrimSpace(t)
	n := 0
	for _, r := range t {
		if strings.ContainsRune("一二三四五六七八九十", r) {
			n++
			continue
		}
		return n > 0 && r == '、'
	}
	return false
}

// siblingSections reports whether section paths pa and pb have the same
// parent and differ in their last number, of one kind ("三、（一）" and
// "三、（二）"): subsections of that kind treat different subjects. Top
// sections (一、 and 二、) are parts of one report, not siblings here.
func siblingSections(pa, pb string) bool {
	if pa == pb || pa == "" || pb == "" {
		return false
	}
	ra, rb := []rune(pa), []rune(pb)
	// the common prefix, back to the start of the unit they differ in
	k := 0
	for k < len(ra) && k < len(rb) && ra[k] == rb[k] {
		k++
	}
	for k > 0 && ra[k-1] != '、' && ra[k-1] != '）' && ra[k-1] != ')' && ra[k-1] != '.' {
		k--
	}
	if k == 0 {
		return false
	}
	return sameUnitKind(string(ra[k:]), string(rb[k:]))
}

// sameUnitKind reports two single numbering units of the same kind
// (（一） and （二）, 1. and 2.), nothing after them.
func sameUnitKind(a, b string) bool {
	kind := func(s string) string {
		switch {
		case strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") && strings.Count(s, "（") == 1:
			return "paren"
		case strings.HasSuffix(s, "、") && strings.Count(s, "、") == 1:
			return "dun"
		case strings.HasSuffix(s, ".") && strings.Count(s, ".") == 1:
			return "dot"
		}
		return ""
	}
	ka := kind(a)
	return ka != "" && ka == kind(b)
}

// joinTexts returns the concatenations of the parts of a, b and c, as
// substrings of one string.
func joinTexts(a, b, c []string) (string, string, string) {
	n := 0
	for _, p := range [...][]string{a, b, c} {
		for _, s := range p {
			n += len(s)
		}
	}
	var sb strings.Builder
	sb.Grow(n)
	var ends [3]int
	for k, p := range [...][]string{a, b, c} {
		for _, s := range p {
			sb.WriteString(s)
		}
		ends[k] = sb.Len()
	}
	all := sb.String()
	return all[:ends[0]], all[ends[0]:ends[1]], all[ends[1]:]
}

// xrf002Storage is runXRF002's working storage, kept in xrefFacts from
// pass to pass.
type xrf002Storage struct {
	labelOf, index, met []int32
	groups              grouping
	earlierOf           map[int32]earlierText
	memo                figureMemo
}

// release empties s, dropping the texts of the earlier figures.
func (s *xrf002Storage) release() {
	s.earlierOf = emptied(s.earlierOf)
	s.labelOf, s.index, s.met = bounded(s.labelOf), bounded(s.index), bounded(s.met)
	s.groups.release()
	s.memo.release()
}

// figureMemo holds what XRF002 asks of a figure of x.prose for each
// earlier figure of its label (in a report joining many, a label recurs
// dozens of times): the word grandOrCumulative finds in its lead, and
// the budget kind (budgetKindAt) and section (sectionOf) of its unit, each
// made on first use, by figure and by unit.
type figureMemo struct {
	unitOf []int32 // by figure: its unit's number, in the order of the units
	grands []int8  // by figure: grandWords' index of its word plus one, 0 until made
	// by unit number: its kind and section, and which are made (1 kind, 2 section)
	kinds, sections []string
	made            []uint8
}

// grandWords are grandOrCumulative's answers.
var grandWords = [...]string{"", "总计", "累计"}

// reset readies m for the figures of x.
func (m *figureMemo) reset(x *xrefFacts) {
	m.unitOf, m.grands = resized(m.unitOf, len(x.prose)), resized(m.grands, len(x.prose))
	clear(m.grands)
	n := int32(-1)
	var last *unit
	for j := range x.prose {
		if u := x.prose[j].u; j == 0 || u != last { // (a unit's figures are consecutive)
			last, n = u, n+1
		}
		m.unitOf[j] = n
	}
	m.kinds, m.sections = resized(m.kinds, int(n+1)), resized(m.sections, int(n+1))
	m.made = resized(m.made, int(n+1))
	clear(m.made)
}

// release empties m, dropping its texts.
func (m *figureMemo) release() {
	m.unitOf, m.grands, m.made = bounded(m.unitOf), bounded(m.grands), bounded(m.made)
	m.kinds, m.sections = truncated(m.kinds), truncated(m.sections)
}

// grand returns grandOrCumulative of figure i's lead.
func (m *figureMemo) grand(x *xrefFacts, i int32) string {
	if m.grands[i] == 0 {
		w := grandOrCumulative(x.prose[i].q.Lead)
		for k := range grandWords {
			if grandWords[k] == w {
				m.grands[i] = int8(k + 1)
			}
		}
	}
	return grandWords[m.grands[i]-1]
}

// kind returns budgetKindAt of figure i's unit.
func (m *figureMemo) kind(d *model.Document, x *xrefFacts, i int32) string {
	if n := m.unitOf[i]; m.made[n]&1 == 0 {
		m.kinds[n], m.made[n] = budgetKindAt(d, x.prose[i].u), m.made[n]|1
	}
	return m.kinds[m.unitOf[i]]
}

// section returns sectionOf figure i's unit.
func (m *figureMemo) section(d *model.Document, x *xrefFacts, i int32) string {
	if n := m.unitOf[i]; m.made[n]&2 == 0 {
		m.sections[n], m.made[n] = sectionOf(d, x.prose[i].u), m.made[n]|2
	}
	return m.sections[m.unitOf[i]]
}

// earlierText is what an XRF002 finding says of the earlier figure: its value
// and where it is.
type earlierText struct{ shown, where, whereEN string }

// rateOfItsAmounts reports whether rate figure f equals, within
// rounding, the ratio of two money figures written before it in its
// sentence.
func rateOfItsAmounts(f *pfig) bool {
	sent := f.u.sentenceOf(f.q.Start)
	var money []figures.Interval
	for _, q := range f.u.st.Quantities {
		if q.Start < sent.Start || q.Start >= f.q.Start {
			continue
		}
		if e, ok := figures.UnitExp(q.Unit); ok && !q.Percent {
			money = append(money, q.Number.Interval(figures.HalfUp).Scale(new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil), big.NewInt(1))))
		}
	}
	for i, num := range money {
		for j, den := range money {
			if i != j {
				if ok, _, valid := figures.RateCheck(f.q.Number, num, den); ok && valid {
					return true
				}
			}
		}
	}
	return false
}

// agreesWithOne reports whether rate b has the value of one of the
// earlier figures of its label (of its basis).
func agreesWithOne(x *xrefFacts, earlier []int32, b *pfig) bool {
	for _, i := range earlier {
		a := &x.prose[i]
		if a.isRate == b.isRate && a.basis == b.basis && a.iv.ok && b.iv.ok && scaledOverlap(&a.iv, a.q.Number, a.q.Unit, &b.iv, b.q.Number, b.q.Unit) {
			return true
		}
	}
	return false
}

// otherAmounts reports two rates each written after amounts of money in
// its sentence, none of which the other's sentence has: rates of two
// subjects.
func otherAmounts(a, b *pfig) bool {
	am, bm := amountsBefore(a), amountsBefore(b)
	if len(am) == 0 || len(bm) == 0 {
		return false
	}
	for _, x := range am {
		for _, y := range bm {
			if x.Mant == y.Mant && x.Dec == y.Dec && x.Unit == y.Unit {
				return false
			}
		}
	}
	return true
}

// amountsBefore returns the amounts of money before rate f in its sentence.
func amountsBefore(f *pfig) []figures.Number {
	sent := f.u.sentenceOf(f.q.Start)
	var out []figures.Number
	for _, q := range f.u.st.Quantities {
		if q.Start >= sent.Start && q.Start < f.q.Start && !q.Percent && figures.IsMoneyUnit(q.Unit) {
			out = append(out, q.Number)
		}
	}
	return out
}

// fundRate reports whether a rate's name says what money it measures.
func fundRate(label string) bool {
	for _, w := range []string{"经费", "预算", "资金", "采购", "支出", "收入"} {
		if cjk.Contains(label, w) {
			return true
		}
	}
	return false
}

// budgetKindAt returns the budget paragraph u is of: the one it names, or
// the one the nearest heading above it names, within its top section.
func budgetKindAt(d *model.Document, u *unit) string {
	if k := budgetKind(u.text); k != "" {
		return k
	}
	hs := d.Headings()
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i]
		if h.Span.Start >= u.span.Start {
			continue
		}
		if k := budgetKind(d.Slice(h.Span)); k != "" {
			return k
		}
		if h.Level <= 1 {
			return "" // (no crossing into the section before)
		}
	}
	return ""
}

// budgetKinds are the four budgets of a public finance report.
var budgetKinds = [...]string{"一般公共预算", "政府性基金", "国有资本经营", "社会保险基金"}

// budgetKind returns the one budget a paragraph names ("" for none or
// several): its figures are that budget's.
func budgetKind(text string) string {
	kind := ""
	for _, k := range budgetKinds {
		if cjk.Contains(text, k) {
			if kind != "" {
				return ""
			}
			kind = k
		}
	}
	return kind
}

// subjectHeading reports a top heading naming one subject of a
// compilation: a project or one evaluation report.
func subjectHeading(t string) bool {
	t = strings.TrimLeft(strings.TrimSpace(t), "一二三四五六七八九十、")
	if cjk.ContainsAnyOf(t, "评价报告", "自评报告", "绩效评价情况") && !strings.HasPrefix(t, "评价") {
		return true
	}
	k := cjk.Index(t, "项目")
	return k > 0 && utf8.RuneCountInString(t[:k]) >= 2 // (项目基本情况 names no project)
}
