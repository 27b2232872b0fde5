package prose

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// The pairings of XRF001 that labels alone do not make: a rate tied to
// its row by the amount or the row its words name, a figure named by its
// row and its column together, and the choices among candidates that
// disagree.

// amountAnchored compares a 执行率 (or 到位率) with the table row its amount
// ties it to: in "项目实际支出897364.50元，项目资金执行率97.45%" the amount is shown
// in one table row only (合计 … 897364.50 … 97.54), whose 执行率 the rate
// must then be. Labels alone do not pair them ("项目资金执行率" against the
// row 合计). The amount must be the figure right before the rate, in its
// sentence, with five significant digits or more (a figure that long is
// not shown in a row by chance), and the row must have one 执行率 cell.
func amountAnchored(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	for i := 1; i < len(x.prose); i++ {
		f, a := &x.prose[i], &x.prose[i-1]
		word := anchoredRateWord(f.q.Label)
		if !f.isRate || reported[i] || word == "" || utf8.RuneCountInString(f.q.Label) > 8 ||
			a.u != f.u || a.isRate || a.q.Percent || a.basis != actualBasis || !justBefore(f.u, a.q, f.q) || digitsOf(a.q.Mant) < 5 ||
			strings.ContainsAny(f.u.text[a.q.End:f.q.Start], "；;。") || plannedRate(f.u.text[a.q.End:f.q.Start]) {
			continue // (a planned rate, 计划执行率90%, is not the row's)
		}
		// the rows showing the amount that have a 执行率: one only
		var rate *cellFacts
		for k := range cfs {
			cf := &cfs[k]
			if cf.percent || !cf.known || agrees(a, cf) != 1 {
				continue
			}
			r := execRateOf(cfs, cf.r)
			if r != nil && word == "到位率" && !cjk.Contains(r.col.Name(), word) {
				r = nil // a 到位率 is not the row's 执行率 (支出 ÷ 预算)
			}
			if r == nil || rate != nil && rate.mant == r.mant && rate.dec == r.dec {
				continue // (two tables showing the same row alike)
			}
			if rate != nil {
				rate = nil // two such rows with different rates: no anchor
				break
			}
			rate = r
		}
		if rate == nil || agrees(f, rate) != -1 {
			continue
		}
		reportXref(p, f, rate, audit.Warning, 0.7, fmt.Sprintf("同句金额 %s 与该行一致", show(*a.q)))
		reported[i] = true
	}
}

// anchoredRateWord returns the kind of rate amountAnchored pairs with the
// amount before it, "执行率" or "到位率" (资金到位率: 实际到位 ÷ 预算, whose
// column must then say 到位率), or "" for any other label.
func anchoredRateWord(label string) string {
	for _, w := range [...]string{"执行率", "到位率"} {
		if strings.HasSuffix(label, w) {
			return w
		}
	}
	return ""
}

// plannedRate reports words that make a rate a plan or a target.
func plannedRate(s string) bool {
	for _, w := range [...]string{"计划", "目标", "预计", "要求", "序时", "年初"} {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// execRateOf returns the one 执行率 cell of row r, nil when it has none or
// two (which one a text means would be unclear).
func execRateOf(cfs []cellFacts, r *tables.Row) *cellFacts {
	var rate *cellFacts
	for k := range cfs {
		cf := &cfs[k]
		if cf.r == r && cf.percent && cf.col.Role == tables.Rate && cf.col.RateKind == tables.RateExec && !forecastColumn(cf.col) {
			// (a forecast, 预计执行率, is no 执行率 of the period)
			if rate != nil {
				return nil
			}
			rate = cf
		}
	}
	return rate
}

// digitsOf is the number of decimal digits of |m|.
func digitsOf(m int64) int {
	if m < 0 {
		m = -m
	}
	n := 1
	for m >= 10 {
		m /= 10
		n++
	}
	return n
}

// underHeading keeps, of candidate cells that disagree with each other,
// those of tables about what the figure's heading names by a scope word:
// "3.公务接待费81.40万元" under "七、“三公”经费预算情况说明" is the 三公
// table's 公务接待费, not the 基本支出 table's 30217 公务接待费. (The
// candidates' slice is reused.)
func (x *xrefFacts) underHeading(f *pfig, cands []*cellFacts) []*cellFacts {
	m := x.headingScopes(f)
	if m == 0 {
		return nil
	}
	kept := cands[:0]
	for _, cf := range cands {
		if x.scopes(cf)&m != 0 {
			kept = append(kept, cf)
		}
	}
	return kept
}

// shownInRow reports whether figure f, whose words name no basis, is
// shown exactly in some cell of row r of its year: "项目资金由…社区自筹资金
// 36,000.00元…组成" quotes the row's 预算数, not its 实际到位数 28,650.00.
// (A figure that says 决算 and shows the 预算数 is wrong: it is reported.)
func (x *xrefFacts) shownInRow(f *pfig, cfs []cellFacts, r *tables.Row) bool {
	// (in a budget report a figure naming no basis was taken for a budget
	// one: it names none all the same)
	named := f.basis != actualBasis && !(f.basis == budgetAny && basisOf2(f.q.Period, f.q.Lead) == actualBasis)
	if named || saysActual(f.q.Lead) || saysActual(f.q.Period) {
		return false
	}
	for i := range cfs {
		if cf := &cfs[i]; cf.r == r && x.yearsAgree(f.year, cf.year) && agrees(f, cf) == 1 {
			return true
		}
	}
	// a cell of a column of mixed text and figures (实际完成值: "236人次",
	// "99.62%", "及时发放") has no facts: the figure written there alike
	var blk *tables.Block
	for i := range cfs {
		if cfs[i].r == r {
			blk = cfs[i].blk
			break
		}
	}
	if blk == nil || len(blk.Columns) != len(r.Cells) {
		return false
	}
	for j, c := range r.Cells {
		if role := blk.Columns[j].Role; role == tables.Amount || role == tables.Rate {
			continue // (a column with facts, of its year, compared above)
		}
		if n := c.Num; c.HasValue() && n.Mant == f.q.Mant && n.Dec == f.q.Dec && n.Percent == f.q.Percent && (n.Unit == "" || n.Unit == f.q.Unit) {
			return true
		}
	}
	return false
}

// rowColumnMemo is rowAndColumn's index, made on its first use in a run
// of XRF001: the rows that have a name (not totals), by the row's
// normalised label and by its name as written (without numbering or 其中),
// and the normalised names of the columns met, made on first use.
type rowColumnMemo struct {
	made    bool
	byLabel map[string][]int32 // the index in cfs of each such row's first cell
	byName  map[string][]int32
	maxName int // the longest name, in runes
	// nameHeads and labelHeads hold the first two runes of the keys of
	// byName and byLabel (two runes or more each): a clause or label
	// whose own are not among them opens with none of the keys
	nameHeads, labelHeads map[string]bool
	cols                  map[*tables.Column]*figures.Label
	// the figure namedCell last looked up and what its label and clause
	// named (XRF001 asks for a figure's cell twice in a row, without
	// and with its paragraph's subject: the words are read once)
	last  *pfig
	named namedSearch
	// subj is subjectOf's answer for the unit subjUnit
	subjUnit *unit
	subj     string
}

// col returns the normalised name of column c as a label, made once.
func (m *rowColumnMemo) col(x *xrefFacts, c *tables.Column) *figures.Label {
	l, ok := m.cols[c]
	if !ok {
		v := figures.NewLabel(x.normalizeLabel(c.Name()))
		l = &v
		m.cols[c] = l
	}
	return l
}

// reset empties m for another run, keeping its maps' room.
func (m *rowColumnMemo) reset() {
	m.made, m.maxName = false, 0
	clear(m.nameHeads)
	clear(m.labelHeads)
	m.last, m.named = nil, namedSearch{}
	m.subjUnit, m.subj = nil, ""
	clear(m.byLabel)
	clear(m.byName)
	clear(m.cols)
}

func (m *rowColumnMemo) make(x *xrefFacts, cfs []cellFacts) {
	m.made = true
	if m.byLabel == nil {
		m.byLabel, m.byName, m.cols = map[string][]int32{}, map[string][]int32{}, map[*tables.Column]*figures.Label{}
		m.nameHeads, m.labelHeads = map[string]bool{}, map[string]bool{}
	}
	var row, indexed *tables.Row // the row of the cells before, whose names follow; the last row indexed
	label, name := "", ""
	for i := range cfs {
		cf := &cfs[i]
		if cf.r.Total || cf.percent || !cf.rowNamed() {
			continue
		}
		if cf.r != row { // (a row's cells are consecutive)
			row, label, name = cf.r, x.cellLabels.labels[cf.rowLbl].S, ""
			if utf8.RuneCountInString(label) < 3 {
				label = ""
			}
			n := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(cf.r.Label, cf.r.Marker)), "其中："))
			if k := utf8.RuneCountInString(n); k >= 4 {
				name, m.maxName = n, max(m.maxName, k)
			} else if k >= 2 {
				name = n // (looked up whole only: "竹源县：抽查资金795.52万元")
			}
		}
		if cf.r != indexed { // a row's first cell indexes the row
			indexed = cf.r
			if label != "" {
				m.byLabel[label] = append(m.byLabel[label], int32(i))
				m.labelHeads[cjk.FirstRunes(label, 2)] = true
			}
			if name != "" {
				m.byName[name] = append(m.byName[name], int32(i))
				m.nameHeads[cjk.FirstRunes(name, 2)] = true
				if bare := withoutCode(name, cf.r.Code); bare != name && utf8.RuneCountInString(bare) >= 2 {
					m.byName[bare] = append(m.byName[bare], int32(i)) // "2130305 水利工程建设" is 水利工程建设
					m.nameHeads[cjk.FirstRunes(bare, 2)] = true
				}
			}
			for _, l := range cf.r.LabelPath {
				// "序号 | 项目名称 | 类别": the row's name may be a label
				// before the innermost one (教育类)
				if l = strings.TrimSpace(l); l != name && utf8.RuneCountInString(l) >= 4 {
					m.byName[l] = append(m.byName[l], int32(i))
					m.nameHeads[cjk.FirstRunes(l, 2)] = true
					m.maxName = max(m.maxName, utf8.RuneCountInString(l))
				}
			}
		}
	}
}

// rowAndColumn finds the one cell that figure f names by its row and its
// column together, when its label names neither alone: "社区自筹资金到位
// 28,560.00元" (the row 社区自筹资金, the column 实际到位数: the label is
// the row's name and a word of the column's), or "2.“5·29”会员活动日及宣传：
// 预算30000.00元，实际支出2648.00元" (its clause opens with the row's
// name, at least four runes, and its label is the column's name). Nil
// unless exactly one cell is so named, of a compatible basis and year.
// The rows are looked up by the label's and the clause's prefixes.
func (x *xrefFacts) rowAndColumn(f *pfig, cfs []cellFacts, m *rowColumnMemo) *cellFacts {
	if found := x.namedCell(f, cfs, m, false); found != nil && agrees(f, found) == -1 {
		return found
	}
	return nil
}

// namedCell is rowAndColumn's cell whether or not it agrees with f: the
// one cell f's words name by its row and its column, nil for none or
// several. With bySubject, a paragraph whose first sentence is a row's
// name ("1.中小学校周边交通安全设施提升。计划投资83.66万元") names that row
// too: enough to tell that a figure quotes it, not to report one that
// differs (the table may be of another year than the paragraph).
func (x *xrefFacts) namedCell(f *pfig, cfs []cellFacts, m *rowColumnMemo, bySubject bool) *cellFacts {
	if f.isRate {
		return nil
	}
	if !m.made {
		m.make(x, cfs)
	}
	if m.last != f {
		m.last, m.named = f, x.namedByWords(f, cfs, m)
	}
	s := m.named // (the subjects below add to a copy)
	lbl := x.label(f)
	sent := f.u.sentenceOf(f.q.Start)
	// the paragraph's subject naming a row, the label a column: "1.中小学校
	// 周边交通安全设施提升。计划投资83.66万元，完成投资81.34万元"
	if ss := f.u.st.Sentences; bySubject && s.found == nil && len(ss) > 1 && ss[0].End <= sent.Start {
		subj := stripMarker(strings.TrimRight(strings.TrimSpace(f.u.text[ss[0].Start:ss[0].End]), "。：:"))
		if k := utf8.RuneCountInString(subj); k >= 4 && k <= m.maxName {
			if idx, ok := m.byName[subj]; ok {
				s.try(x, f, cfs, m, idx, "")
			}
		}
	}
	// the paragraph's subject naming a column, the label a row: "（五）失业
	// 保险基金。…年末滚存结余74877.87万元" against a table of funds by column
	if ss := f.u.st.Sentences; s.found == nil && len(ss) > 1 && ss[0].End <= sent.Start {
		subj := m.subjectOf(f.u)
		if k := utf8.RuneCountInString(subj); k >= 4 && k <= 20 {
			idx, ok := m.byLabel[lbl.S]
			if !ok {
				// ("年末滚存结余": the period read off the label is the row's name)
				idx, ok = m.byLabel[figures.NormalizeLabel(f.q.Period+f.q.Label)]
			}
			if ok {
				s.try(x, f, cfs, m, idx, subj)
			}
		}
	}
	if s.ambiguous {
		return nil
	}
	return s.found
}

// subjectOf returns the first sentence of unit u as namedCell reads it
// for a column's name: normalised, without its numbering; made once per
// unit (its figures ask for it in turn).
func (m *rowColumnMemo) subjectOf(u *unit) string {
	if m.subjUnit != u {
		ss := u.st.Sentences
		subj := strings.TrimRight(strings.TrimSpace(u.text[ss[0].Start:ss[0].End]), "。：:")
		m.subjUnit, m.subj = u, figures.NormalizeLabel(strings.TrimLeft(subj, "0123456789.．、（）()一二三四五六七八九十 "))
	}
	return m.subj
}

// namedSearch is the state of namedCell's search: the one cell found so
// far, and whether two of different figures were.
type namedSearch struct {
	found     *cellFacts
	ambiguous bool
}

// try looks for the cell in each of rows (cfs indexes of their first
// cells) whose column is named by rest, a part of the label or clause
// after the row's name ("" for the label itself), and that can be
// compared with f.
func (s *namedSearch) try(x *xrefFacts, f *pfig, cfs []cellFacts, m *rowColumnMemo, rows []int32, rest string) {
	lbl := x.label(f)
	for _, first := range rows {
		for i := int(first); i < len(cfs) && cfs[i].r == cfs[first].r; i++ {
			cf := &cfs[i]
			if cf.percent {
				continue
			}
			col := m.col(x, cf.col)
			if rest != "" {
				if !cjk.Contains(col.S, rest) {
					continue
				}
			} else if !lbl.Matches(col) && !sameMeasure(lbl.S, col.S) {
				continue
			}
			if !f.basis.compatible(cf.basis) || !x.yearsAgree(f.year, cf.year) || agrees(f, cf) == 0 {
				continue
			}
			if s.found == nil {
				s.found = cf
			} else if s.found != cf && (s.found.mant != cf.mant || s.found.dec != cf.dec) {
				// (two columns showing one figure, 合计 and 基本支出 of a
				// row with no 项目支出, are one answer)
				s.ambiguous = true
				s.found = cf
			}
		}
	}
}

// tryLead is try for a figure with no label whose lead names the column
// ("2025年预算数", "年初预算为"): the cells of rows whose column's path
// holds the lead's words. Of a total column and its parts beside it, showing
// different figures, the total is meant (groupTotal).
func (s *namedSearch) tryLead(x *xrefFacts, f *pfig, cfs []cellFacts, m *rowColumnMemo, rows []int32, lead string) {
	if utf8.RuneCountInString(lead) < 2 {
		return
	}
	var cands []*cellFacts
	for _, first := range rows {
		for i := int(first); i < len(cfs) && cfs[i].r == cfs[first].r; i++ {
			cf := &cfs[i]
			if cf.percent || !pathHolds(cf.col, lead) {
				continue
			}
			if f.basis.compatible(cf.basis) && x.yearsAgree(f.year, cf.year) && agrees(f, cf) != 0 {
				cands = append(cands, cf)
			}
		}
	}
	if len(cands) == 0 {
		return
	}
	if cands = groupTotal(cands); sameValues(cands) {
		s.found = cands[0]
	} else {
		s.found, s.ambiguous = cands[len(cands)-1], true
	}
}

// pathHolds reports a header of c's path holding w ("2025年预算数 › 合计"
// holds 2025年预算数).
func pathHolds(c *tables.Column, w string) bool {
	for _, h := range c.Path {
		if cjk.Contains(h, w) {
			return true
		}
	}
	return false
}

// columnLead is a figure's lead as words a column's name may hold: without
// the copula that ends it ("年初预算为" → "年初预算").
func columnLead(lead string) string {
	lead = strings.TrimSpace(lead)
	for _, w := range []string{"为", "是", "达", "：", ":"} {
		if r, ok := strings.CutSuffix(lead, w); ok {
			return strings.TrimSpace(r)
		}
	}
	return lead
}

// cutBracketCode splits a name written with its subject code in brackets
// after it ("行政运行（2100101）") into the name and the code; a name
// without one is returned whole, with no code.
func cutBracketCode(name string) (string, string) {
	rest, ok := strings.CutSuffix(name, "）")
	if !ok {
		if rest, ok = strings.CutSuffix(name, ")"); !ok {
			return name, ""
		}
	}
	k := strings.LastIndexAny(rest, "（(")
	if k <= 0 {
		return name, ""
	}
	_, w := utf8.DecodeRuneInString(rest[k:])
	code := rest[k+w:]
	if len(code) < 3 || strings.Trim(code, "0123456789") != "" {
		return name, ""
	}
	return strings.TrimSpace(rest[:k]), code
}

// rowsOfCode keeps the rows (cfs indexes of their first cells) whose code
// is code.
func rowsOfCode(cfs []cellFacts, rows []int32, code string) []int32 {
	var out []int32
	for _, first := range rows {
		if cfs[first].r.Code == code {
			out = append(out, first)
		}
	}
	return out
}

// namedByWords is namedCell's search by f's own words, its label and its
// clause, before the paragraph's subject is looked at.
func (x *xrefFacts) namedByWords(f *pfig, cfs []cellFacts, m *rowColumnMemo) namedSearch {
	var s namedSearch
	lbl := x.label(f)
	// the label: a row's label, then at least two runes of the column's
	n, total := 0, utf8.RuneCountInString(lbl.S)
	heads := m.labelHeads[cjk.FirstRunes(lbl.S, 2)] // (else no prefix is a key)
	for k := range lbl.S {
		if n >= 3 && total-n >= 2 && heads {
			if idx, ok := m.byLabel[lbl.S[:k]]; ok {
				s.try(x, f, cfs, m, idx, lbl.S[k:])
			}
		}
		n++
	}
	// the clause, from the sentence's start or its last ；, without its
	// numbering ("2.", "（三）"), opening with a row's name
	clause := clauseBefore(f.u, f.q)
	if item, digits := chainItem(clause); item != "" {
		// "农林水支出（类）水利（款）水利工程建设（项）：…": the 项's row, by
		// its function code (2130305), not an economic one (30113 住房公积金)
		var rows []int32
		for _, first := range m.byName[item] {
			if c := cfs[first].r.Code; len(c) == digits && c[0] == '2' {
				rows = append(rows, first)
			}
		}
		s.try(x, f, cfs, m, rows, "")
		clause = "" // (its 类 is another row)
	}
	if k := indexAnyWord(clause, "：", ":"); k > 0 && s.found == nil {
		// "竹源县：抽查项目12个，抽查资金795.52万元": a row's name before a colon
		name, code := cutBracketCode(strings.TrimSpace(clause[:k]))
		if idx, ok := m.byName[name]; ok {
			if code != "" {
				idx = rowsOfCode(cfs, idx, code)
			}
			if f.colonItem() {
				// "行政运行（2100101）：2025年预算数661.87万元": no label, the
				// lead after the colon names the column
				s.tryLead(x, f, cfs, m, idx, columnLead(f.q.Lead))
			} else {
				s.try(x, f, cfs, m, idx, "")
			}
			if s.found != nil || s.ambiguous {
				clause = ""
			}
		}
	}
	n = 0
	heads = m.nameHeads[cjk.FirstRunes(clause, 2)] // (else no prefix is a key)
	for k := range clause {
		if n > m.maxName {
			break
		}
		if n >= 4 && heads {
			if idx, ok := m.byName[clause[:k]]; ok && !namesMore(clause[k:]) {
				s.try(x, f, cfs, m, idx, "")
			}
		}
		n++
	}
	if n <= m.maxName {
		if idx, ok := m.byName[clause]; ok {
			s.try(x, f, cfs, m, idx, "")
		}
	}
	return s
}

// indexAnyWord is strings.IndexAny(s, chars) for chars given as the words
// of its runes ("：", ":"): the first index of any of the words in s, −1
// for none. strings.IndexAny decodes s rune by rune when chars has a
// rune beyond ASCII; this looks for each word with strings.Index, each in
// the part before the match found so far.
func indexAnyWord(s string, words ...string) int {
	at := -1
	for _, w := range words {
		end := len(s)
		if at >= 0 {
			end = min(end, at+len(w)-1) // (w found before at ends before at+len(w))
		}
		if k := strings.Index(s[:end], w); k >= 0 {
			at = k
		}
	}
	return at
}

// namesMore reports whether the rest of a clause after a row's name goes
// on with more names ("竞争性谈判、竞争性磋商、询价三种方式合计…"): the
// figure is then of them all, not of the first row.
func namesMore(rest string) bool {
	for _, w := range [...]string{"、", "和", "与", "及"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// stripMarker drops a leading list marker, "4." "（三）" "二、", from s
// but keeps a name's own digits ("65岁以上老年人免费健康体检").
func stripMarker(s string) string {
	s = strings.TrimSpace(s)
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		for _, m := range [...]string{".", "．", "、"} {
			if strings.HasPrefix(s[i:], m) {
				return strings.TrimSpace(s[i+len(m):])
			}
		}
		return s
	}
	for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(s, br[0]); ok {
			if k := cjk.Index(rest, br[1]); k > 0 && k <= 9 {
				return strings.TrimSpace(rest[k+len(br[1]):])
			}
		}
	}
	if k := cjk.Index(s, "、"); k > 0 && k <= 9 && strings.Trim(s[:k], "一二三四五六七八九十") == "" {
		return strings.TrimSpace(s[k+len("、"):])
	}
	return s
}

// justBefore reports whether a is the figure right before b in u.
func justBefore(u *unit, a, b *figures.Quantity) bool {
	qs := u.st.Quantities
	for k := 1; k < len(qs); k++ {
		if qs[k].Start == b.Start {
			return qs[k-1].Start == a.Start
		}
	}
	return false
}

// namesRow reports whether label holds the whole name of row r (without
// its numbering or 其中), two characters or more.
func namesRow(label string, r *tables.Row) bool {
	name := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(r.Label, r.Marker)), "其中："))
	return utf8.RuneCountInString(name) >= 2 && cjk.Contains(label, name)
}

// namesTotalRow is namesRow, the row's total word (合计, 总计) left out of
// its name: "全区一般公共预算支出" names the row 一般公共预算支出合计.
func namesTotalRow(label string, r *tables.Row) bool {
	if namesRow(label, r) {
		return true
	}
	name := strings.TrimSpace(strings.TrimPrefix(r.Label, r.Marker))
	for _, w := range [...]string{"合计", "总计"} {
		if n, ok := strings.CutSuffix(name, w); ok && utf8.RuneCountInString(n) >= 4 {
			return cjk.Contains(label, n)
		}
	}
	return false
}

// rateAnchored compares an amount with the table row its own 执行率 ties it
// to: in "省级补助资金支出568.19万元，执行率95.10%" the rate is shown in one
// table row only (省级补助资金 … 95.10), whose 执行数 the amount must then
// be, when its words name that row. Labels alone do not pair them ("…支出"
// against the row 省级补助资金 and the column 执行数).
func rateAnchored(p *audit.Pass, x *xrefFacts, cfs []cellFacts, reported []bool) {
	for i := 1; i < len(x.prose); i++ {
		f, a := &x.prose[i], &x.prose[i-1]
		if !f.isRate || !strings.HasSuffix(f.q.Label, "执行率") || utf8.RuneCountInString(f.q.Label) > 5 ||
			a.u != f.u || a.isRate || reported[i-1] || a.basis != actualBasis || !justBefore(f.u, a.q, f.q) ||
			strings.ContainsAny(f.u.text[a.q.End:f.q.Start], "；;。") {
			continue // the amount must be the figure right before the rate, an actual one
		}
		var row *tables.Row
		for k := range cfs {
			cf := &cfs[k]
			if cf.percent && cf.col.Role == tables.Rate && cf.col.RateKind == tables.RateExec && !cf.r.Total && agrees(f, cf) == 1 && namesRow(a.q.Label, cf.r) {
				if row != nil && row != cf.r {
					row = nil // two rows so named show the rate: no anchor
					break
				}
				row = cf.r
			}
		}
		if row == nil {
			continue
		}
		var actual *cellFacts
		for k := range cfs {
			cf := &cfs[k]
			if cf.r == row && cf.col.Role == tables.Amount && cf.col.Actual && !cf.col.Budget {
				if actual != nil {
					actual = nil // two actual columns: which one is meant is unclear
					break
				}
				actual = cf
			}
		}
		if actual == nil || agrees(a, actual) != -1 {
			continue
		}
		reportXref(p, a, actual, audit.Warning, 0.75, fmt.Sprintf("同句执行率 %s 与该行一致", show(*f.q)))
		reported[i-1] = true
	}
}

// growthAnchored compares a growth rate with the table row its amount
// ties it to: in "第一产业增加值38.44亿元，增长3.5%" the row 第一产业增加值
// shows 38.44 and, under 比上年增长(%), 3.2. The rate must follow the
// amount, only a comma and its word (增长, 比上年下降, 同比增长) between; the
// row must be named by the amount's words and be the only one showing it,
// with one growth-rate cell of the rate's precision and direction (a
// reversed one is XRF004's).
func growthAnchored(p *audit.Pass, x *xrefFacts, cfs []cellFacts) {
	for _, u := range proseUnits(p).units { // (prose only: the cross-references read no cells)
		qs := u.st.Quantities
		for k := 1; k < len(qs); k++ {
			q, a := &qs[k], &qs[k-1]
			if !q.Percent || a.Percent || a.Label == "" || a.Approx || q.Approx {
				continue
			}
			sign, ok := growthWord(u.text[a.End:q.Start])
			if !ok {
				continue
			}
			rate := growthRowOf(x, cfs, u.text, a, false)
			if rate == nil {
				continue
			}
			n, cellSign := rate.number(), cellDirection(rate)
			if n.Mant == 0 || cellSign != sign || ratesAgree(q.Number, n) {
				continue
			}
			what := fmt.Sprintf("「%s」的增幅", a.Label)
			reportRowRate(p, u, q, a, rate, what, "the growth of "+a.Label)
		}
	}
}

// growthWord reads the words between an amount and its growth rate:
// "，增长", "，比上年下降", "，同比增长" (the sign of the word), ok false for
// anything else.
func growthWord(g string) (sign int, ok bool) {
	g = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(g), "，"))
	for _, pre := range []string{"比上年", "较上年", "同比", "比去年", ""} {
		rest, found := strings.CutPrefix(g, pre)
		if !found {
			continue
		}
		switch rest {
		case "增长", "增长了":
			return 1, true
		case "下降", "下降了":
			return -1, true
		}
	}
	return 0, false
}

// figureNamer returns the test of a cell's row being named like prose
// figure a: by its label, the words joined to it by 、, its period, its
// unit, the paragraph's title for a basis alone, or the measure a caption
// or a column names.
func figureNamer(x *xrefFacts, text string, a *figures.Quantity) func(cf *cellFacts) bool {
	label := figures.NewLabel(x.normalizeLabel(a.Label))
	// "股利、股息收入405.45万元": the label read stops at the 、; the name
	// with the words before it may be the row's
	whole := label
	if j := joinedName(text, a); j != "" {
		whole = figures.NewLabel(x.normalizeLabel(j))
	}
	// "年末生猪存栏16.87万头": 年末 is read as the figure's period, and the
	// row may be named with it
	withPeriod := label
	if a.Period != "" && strings.HasPrefix(text[a.LeadStart:], a.Period) {
		withPeriod = figures.NewLabel(x.normalizeLabel(a.Period + a.Label))
	} else if m := sentenceMoment(text, a.LeadStart); m != "" && !strings.HasPrefix(a.Label, m) {
		// "2024年末，缴存总额…；缴存余额176.69亿元" in the row 年末缴存余额:
		// the sentence's year-end names the balance
		withPeriod = figures.NewLabel(x.normalizeLabel(m + a.Label))
	}
	// "门急诊32.61万人次" in the row 门急诊人次: a count's row may be named
	// with its unit
	withUnit := label
	if base := strings.TrimPrefix(a.Unit, "万"); base != "" && !figures.IsMoneyUnit(a.Unit) && utf8.RuneCountInString(label.S) >= 2 && !strings.HasSuffix(label.S, base) {
		withUnit = figures.NewLabel(label.S + base)
	}
	// "“三公”经费：本年度实际支出2.28万元，比上年增长5.56%": a basis
	// alone takes the item the paragraph opens with as its title
	titled := label
	if basisOnly(label.S) {
		if item := openingTitle(text, true); item != "" && a.Start < len(text) && a.Start >= firstSentenceAfterTitle(text) && !strings.Contains(text[firstSentenceAfterTitle(text):a.Start], "。") {
			t := x.normalizeLabel(item)
			if strings.HasSuffix(label.S, "支出") && !strings.HasSuffix(t, "支出") {
				t += "支出" // (三公经费支出, the caption's name)
			}
			titled = figures.NewLabel(t)
		}
	}
	// "公用经费（商品和服务支出）281.07万元" in the row 商品和服务支出: the
	// other name the text gives in brackets
	var alias *figures.Label
	if al := a.Alias(text); al != "" {
		l := figures.NewLabel(x.normalizeLabel(al))
		alias = &l
	}
	return func(cf *cellFacts) bool {
		if titled.S != label.S && cellNamed(x, cf, &titled) {
			return true
		}
		if alias != nil && cellNamed(x, cf, alias) {
			return true
		}
		if cellNamed(x, cf, &label) || whole.S != label.S && cellNamed(x, cf, &whole) || withPeriod.S != label.S && cellNamed(x, cf, &withPeriod) || withUnit.S != label.S && cellNamed(x, cf, &withUnit) {
			return true
		}
		// "大豆播种面积24143公顷" in the row 大豆 of a table whose caption
		// names the measure (粮食作物播种面积（单位：公顷）)
		if t := cf.table().Title; t != "" {
			for _, m := range [...]string{"播种面积", "种植面积", "产量", "存栏", "出栏"} {
				if item, ok := strings.CutSuffix(label.S, m); ok && utf8.RuneCountInString(item) >= 2 && cjk.Contains(t, m) {
					il := figures.NewLabel(item)
					if cellNamed(x, cf, &il) {
						return true
					}
				}
			}
		}
		// "夏粮产量39.95万吨" in the row 夏粮 of the column 产量: the row's
		// name and the column's measure
		if m := cf.col.Name(); utf8.RuneCountInString(m) >= 2 && strings.HasSuffix(label.S, m) && utf8.RuneCountInString(label.S)-utf8.RuneCountInString(m) >= 2 {
			item := figures.NewLabel(strings.TrimSuffix(label.S, m))
			return cellNamed(x, cf, &item)
		}
		return false
	}
}

// growthRowOf returns the growth-rate cell (比上年增长%) of the one table
// row that shows amount a in the report year (or in a column of no year),
// named like it, or showing it exactly when byValue and it has six digits
// or more (distinctive); nil when no row or several do, or the row has no
// such cell.
func growthRowOf(x *xrefFacts, cfs []cellFacts, text string, a *figures.Quantity, byValue bool) *cellFacts {
	named := figureNamer(x, text, a)
	iv := scaleOf(a.Number, a.Unit)
	ar, ranges := rangeOf(iv), x.ranges() // (a cell whose range misses a's does not overlap it)
	var rate *cellFacts
	var rateRow *tables.Row // the row of the last match
	rows := 0
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || cf.rowLbl < 0 || cf.year != 0 && cf.year != x.reportYear() || cf.col.Period == tables.PeriodPrevious {
			continue // (a figure in a column of last year's: the row's growth rate is of the year after it, a 2025 budget over the 2024 outturn)
		}
		if cf.known && figures.IsMoneyUnit(cf.unit) {
			if ar.ok && ranges[i].ok && !ranges[i].meets(ar) || !scaledOverlap(&iv, a.Number, a.Unit, &cf.iv, cf.number(), cf.unit) || !named(cf) && !(byValue && distinctive(a, cf)) {
				continue // (the value first: comparing labels costs more)
			}
		} else if !sameCount(a, cf) && !tenThousandsOf(a, cf) && !sameFigureInUnit(a, cf) || !named(cf) {
			continue // a count (人, 个) or a measure (头, 吨) outside money: the same figure, named alike
		}
		if rows > 0 && rateRow == cf.r {
			continue // (the same row again: "调整预算数 11979.18 | 执行数 11979.18")
		}
		r := growthCellOf(cfs, cf.r)
		if rows > 0 && rate != nil && r != nil && sameCellFigure(rate, r) {
			continue // the figure again in another table, with the same rate (a 合计 row of a breakdown)
		}
		rows++
		rateRow = cf.r
		rate = r
	}
	if rows != 1 {
		return nil
	}
	return rate
}

// sameCellFigure reports whether two cells show the same figure.
func sameCellFigure(a, b *cellFacts) bool {
	return a.mant == b.mant && a.dec == b.dec && a.percent == b.percent
}

// joinedName returns the label of q with the words joined to it by a 、
// before it, back to the clause's start ("股利、股息收入" for the label
// 股息收入), "" when no 、 comes right before the label.
func joinedName(text string, q *figures.Quantity) string {
	start := q.LabelStart
	if start <= 0 || start > len(text) || !strings.HasSuffix(text[:start], "、") {
		return ""
	}
	cs := start - len("、")
	for n := 0; cs > 0 && n < 12; n++ {
		r, w := utf8.DecodeLastRuneInString(text[:cs])
		if strings.ContainsRune("，,；;：:。（()", r) {
			break
		}
		cs -= w
	}
	return text[cs:start] + q.Label
}

// sameCount reports whether prose figure a, a count (123100人), is cell
// cf's figure to its digits, in a cell of the same unit or of none.
func sameCount(a *figures.Quantity, cf *cellFacts) bool {
	return figures.IsCountUnit(a.Unit) && (cf.unit == "" || cf.unit == a.Unit) && cf.mant == a.Mant && int(cf.dec) == a.Dec
}

// sameFigureInUnit reports whether prose figure a, a measure outside money
// (39.95万吨), is cell cf's figure to its digits, in the unit cf's row or
// column states or in none (a table whose 单位 column is read as words).
func sameFigureInUnit(a *figures.Quantity, cf *cellFacts) bool {
	return a.Unit != "" && !figures.IsMoneyUnit(a.Unit) && (cf.unit == a.Unit || cf.unit == "") && cf.mant == a.Mant && int(cf.dec) == a.Dec
}

// tenThousandsOf reports whether prose figure a, in 万 of a unit that is
// not money (16.87万头, 3.2万吨), is the whole number cell cf shows in that
// unit, or in no stated unit (168698): the cell within a's rounding. A
// whole number of six digits or more is not met by chance.
func tenThousandsOf(a *figures.Quantity, cf *cellFacts) bool {
	// (a unit the figure scanner does not know stays off: 16.87万头 is
	// read 16.87万)
	base, ok := strings.CutPrefix(a.Unit, "万")
	if !ok || figures.IsMoneyUnit(a.Unit) || cf.unit != "" && (cf.unit != base || base == "") || cf.dec != 0 || a.Dec < 0 || a.Dec > 4 || a.Mant <= 0 || a.Mant > 1e14 {
		return false // (and no product past int64)
	}
	// a.Mant × 10^(4−Dec) is a in base units; half its last place is
	// 5 × 10^(3−Dec)
	scale := int64(1)
	for range 4 - a.Dec {
		scale *= 10
	}
	d := cf.mant - a.Mant*scale
	return 2*d <= scale && -2*d <= scale
}

// cellDirection is the direction a rate or change cell shows: −1 for a
// fall (a negative figure, or a positive one under 降幅), else 1.
func cellDirection(cf *cellFacts) int {
	sign := 1
	if cf.number().Mant < 0 {
		sign = -1
	}
	if cf.col.Decrease {
		sign = -sign
	}
	return sign
}

// growthCellOf returns the one growth-rate cell (比上年增长%) of row r, nil
// when it has none or two.
func growthCellOf(cfs []cellFacts, r *tables.Row) *cellFacts {
	var rate *cellFacts
	for k := range cfs {
		cf := &cfs[k]
		if cf.r == r && cf.percent && cf.col.Role == tables.Rate && cf.col.RateKind == tables.RateGrowth && cf.r.Cells[cf.col.Index].HasValue() {
			if rate != nil {
				return nil
			}
			rate = cf
		}
	}
	return rate
}

// planRateAnchored compares a rate of completion written right after its
// amount ("收入完成367,019.73万元，为调整预算的89.7%") with the 执行率 (完成%)
// cell of the one table row that shows the amount (five significant
// digits or more, which two rows do not share by chance): the row's own
// completion rate is the rate the sentence quotes.
func planRateAnchored(p *audit.Pass, x *xrefFacts, cfs []cellFacts) {
	for _, u := range proseUnits(p).units { // (prose only: the cross-references read no cells)
		qs := u.st.Quantities
		for k := 1; k < len(qs); k++ {
			q, a := &qs[k], &qs[k-1]
			base, ok := planWords(u.text[a.End:q.Start])
			if !ok || !q.Percent || a.Percent || a.Approx || q.Approx || digitsOf(a.Mant) < 4 || !figures.IsMoneyUnit(a.Unit) {
				continue
			}
			// four digits ("完成34.70亿元") tie the amount to a row only
			// when the amount's words name it too (一般公共预算支出合计)
			named := digitsOf(a.Mant) >= 5
			iv := scaleOf(a.Number, a.Unit)
			ar, ranges := rangeOf(iv), x.ranges() // (a cell whose range misses a's does not overlap it)
			var rate *cellFacts
			var row *tables.Row
			for i := range cfs {
				cf := &cfs[i]
				if cf.percent || !cf.known || cf.r == row || ar.ok && ranges[i].ok && !ranges[i].meets(ar) || !scaledOverlap(&iv, a.Number, a.Unit, &cf.iv, cf.number(), cf.unit) {
					continue
				}
				if !named && !namesTotalRow(a.Label, cf.r) || !cf.col.Actual && !cf.col.Total {
					continue // (nor is a part of the outturn, 基本支出 499.81 beside 决算数 1839.90, what the row's rate completes)
				}
				r := execRateOf(cfs, cf.r)
				if r == nil {
					continue
				}
				if rate != nil && (rate.mant != r.mant || rate.dec != r.dec) {
					rate = nil // two such rows with different rates: no anchor
					break
				}
				rate, row = r, cf.r
			}
			if rate == nil || !sameBudget(base, rate.col.Name()) {
				continue
			}
			n := rate.number()
			if n.Mant <= 0 || ratesAgree(q.Number, n) {
				continue
			}
			reportRowRate(p, u, q, a, rate, "完成预算的比例", "the rate of completion")
		}
	}
}

// ratesAgree reports whether a written rate and a table's agree in size
// within the rounding of each (13.1 against 15.13 does not; 15.1 does).
func ratesAgree(written, cell figures.Number) bool {
	cell.Mant = abs64(cell.Mant)
	written.Mant = abs64(written.Mant)
	return written.Interval(figures.HalfUp).Overlaps(cell.Interval(figures.HalfUp))
}

// reportRowRate reports rate q of unit u, written right after amount a,
// against the rate cell of the table row that shows a: what names the
// rate in the message ("「第一产业增加值」的增幅"), whatEN in English.
func reportRowRate(p *audit.Pass, u *unit, q, a *figures.Quantity, rate *cellFacts, what, whatEN string) {
	n := rate.number()
	cell := n.String() + "%"
	dc := rate.dataCell()
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*q),
		Expected:   cell,
		Actual:     show(*q),
		Expr:       show(*q) + " ≠ " + cell,
		Confidence: 0.7,
		Related:    []model.Span{dc.Span},
	}
	f.Message = fmt.Sprintf("文中%s为 %s，表%d「%s」「%s」为 %s。同句金额 %s 与该行一致。", what, show(*q), dc.Table.Number, dc.Row.Label, dc.Column.Name(), cell, show(*a))
	f.MessageEN = fmt.Sprintf("The text gives %s as %s; table %d (row %q, column %q) shows %s, and the row shows the sentence's amount %s.", whatEN, show(*q), dc.Table.Number, dc.Row.Label, dc.Column.Name(), cell, show(*a))
	n.Mant = abs64(n.Mant) // (a fall shown as −3.2 and written "下降3.2%")
	if dg := figures.Diagnose(q.Number, n); dg.Slip != figures.NoSlip {
		f.Hint, f.HintEN = dg.Hint, dg.HintEN
	}
	locate(p, u, &f, q.Start)
	p.Report(f)
}

// planWords reads the words between an amount and its rate of completion,
// "，为调整预算的", "，完成年初预算的", and returns the budget named (调整预算).
func planWords(g string) (string, bool) {
	g = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(g), "，"))
	rest, ok := strings.CutSuffix(g, "的")
	if !ok {
		return "", false
	}
	for _, v := range []string{"为", "完成", "达到"} {
		if r, ok := strings.CutPrefix(rest, v); ok {
			switch r {
			case "预算", "调整预算", "年初预算", "全年预算", "变动预算", "调整后预算":
				return r, true
			}
		}
	}
	return "", false
}

// sameBudget reports whether a rate column's name and the budget a
// sentence names agree on which budget: both name 年初 (the budget as
// passed), both 调整 (as adjusted), or neither.
func sameBudget(base, column string) bool {
	for _, w := range []string{"年初", "调整"} {
		if cjk.Contains(base, w) != cjk.Contains(column, w) {
			return false
		}
	}
	return true
}

// forecastColumn reports a column of forecasts (预计执行率, 预测数).
func forecastColumn(c *tables.Column) bool {
	n := c.PathString()
	return cjk.Contains(n, "预计") || cjk.Contains(n, "预测")
}

// withoutCode returns a row's name without the classification code it
// opens with ("2130305 水利工程建设" → "水利工程建设").
func withoutCode(name, code string) string {
	if code == "" {
		return name
	}
	if rest, ok := strings.CutPrefix(name, code); ok {
		return strings.TrimSpace(rest)
	}
	return name
}

// chainItem returns the last item of a 类/款/项 chain opening a clause and
// the digits of its function code: "农林水支出（类）水利（款）水利工程建设
// （项）：年初预算为…" gives 水利工程建设 and 7; "" when the clause opens
// with no such chain.
func chainItem(clause string) (string, int) {
	head := clause
	if k := indexAnyWord(head, "：", ":", "，", ","); k >= 0 {
		head = head[:k]
	}
	// the chain's last level ends the head: the head, spaces aside, ends
	// with one of the level marks (any mark after it would end it instead)
	head = strings.TrimRightFunc(head, unicode.IsSpace)
	last, digits := -1, 0
	for i, w := range [...]string{"（项）", "(项)", "（款）", "(款)", "（类）", "(类)"} {
		if strings.HasSuffix(head, w) {
			last, digits = len(head)-len(w), 7-2*(i/2) // 项 2130305, 款 21303, 类 213
			break
		}
	}
	if last < 0 {
		return "", 0
	}
	start := 0
	if k := strings.LastIndexAny(head[:last], "）)"); k >= 0 {
		_, w := utf8.DecodeRuneInString(head[k:])
		start = k + w // past the bracket, "）" or ")"
	}
	return strings.TrimSpace(head[start:last]), digits
}

// measureNames are names of one measure of a row: the outturn
// ("支出决算为789.38万元" against the column 决算数).
var measureNames = [...][]string{
	{"决算", "决算数", "支出决算", "决算支出", "支出决算数"},
	{"年初预算", "年初预算数", "年初数"},
}

// sameMeasure reports whether a figure's label and a column's name are two
// names of one measure (measureNames).
func sameMeasure(label, col string) bool {
	for _, set := range measureNames {
		if slices.Contains(set, label) && slices.Contains(set, col) {
			return true
		}
	}
	return false
}

// sentenceMoment returns 年末 or 年初 when the sentence holding offset at
// opens with it ("2024年末，…", "截至2024年末，…"), else "": the moment
// the balances it states are at.
func sentenceMoment(text string, at int) string {
	if at > len(text) {
		return ""
	}
	start := 0
	if i := strings.LastIndex(text[:at], "。"); i >= 0 {
		start = i + len("。")
	}
	head := strings.TrimPrefix(text[start:], "截至")
	i := 0
	for i < len(head) && i < 4 && head[i] >= '0' && head[i] <= '9' {
		i++
	}
	if i == 4 {
		head = head[4:]
		if !strings.HasPrefix(head, "年末") && !strings.HasPrefix(head, "年初") {
			return ""
		}
	}
	for _, m := range [...]string{"年末", "年初"} {
		if strings.HasPrefix(head, m) && start+len(text[start:])-len(head)+len(m) <= at {
			return m
		}
	}
	return ""
}
