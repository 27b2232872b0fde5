package tables

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// fillRows reads each data row's label, figures, numbering and role, then
// links rows into their numbering and 其中 hierarchy.
// The rows' cells are windows of cells (len(b.Rows)·len(b.Columns) zero
// Cells), their label paths of the analysis's slab of strings.
func fillRows(d *model.Document, b *Block, cells []Cell, kept *slabs) {
	mt := b.Table.T
	nc := len(b.Columns)
	nl := len(b.LabelCols)
	var labels []string
	if nl > 0 {
		labels = take(&kept.strs, len(b.Rows)*nl, 128)
	}
	mixed := mixedUnits(d, b)
	quantityOnly := mixed && unitsOfQuantities(b)
	for i, r := range b.Rows {
		r.Index = i
		var prev *model.Cell
		r.LabelPath = labels[i*nl : i*nl : (i+1)*nl]
		for _, c := range b.LabelCols {
			cell := mt.At(r.Row, c)
			if cell == nil || cell == prev {
				continue
			}
			prev = cell
			txt := ownText(d, cell)
			lab := b.Table.cellLabel(cell)
			if lab == "" {
				continue
			}
			if r.Label != "" && !figures.HasLetters(lab) && strings.Trim(lab, "—－-–/／ 　") == "" {
				continue // "合计 | —": the total's 承担单位 column, a dash, does not name the row
			}
			r.LabelPath = append(r.LabelPath, lab)
			if cell.Row == r.Row {
				r.Label, r.LabelCell = lab, cell
				r.Indent = indentOf(txt)
			}
		}
		if len(r.LabelPath) == 0 {
			r.LabelPath = nil
		}
		if r.Label == "" && len(r.LabelPath) > 0 {
			r.Label = r.LabelPath[len(r.LabelPath)-1]
		}
		if b.CodeCol >= 0 {
			if cell := mt.At(r.Row, b.CodeCol); cell != nil && cell.Row == r.Row {
				code := cjk.TrimSpace(ownText(d, cell))
				for k := 1; k < b.CodeCols; k++ {
					// "208 | 05 | 05": the code's parts, joined (an empty 项
					// leaves the 款's code, 20805)
					if part := mt.At(r.Row, b.CodeCol+k); part != nil && part.Row == r.Row && part.Col == b.CodeCol+k {
						code += cjk.TrimSpace(ownText(d, part))
					}
				}
				r.Code = leadingCode(code, true)
			}
		}
		if r.Code == "" {
			r.Code = leadingCode(r.Label, false)
		}
		if b.IndexCol >= 0 {
			if cell := mt.At(r.Row, b.IndexCol); cell != nil && cell.Row == r.Row {
				r.Seq = cjk.TrimSpace(ownText(d, cell))
			}
		}
		if r.Label == "" {
			// "合计" written in the code or 序号 column, the name column
			// left blank: the row is named by it
			for _, c := range [2]int{b.CodeCol, b.IndexCol} {
				if c < 0 {
					continue
				}
				if cell := mt.At(r.Row, c); cell != nil && cell.Row == r.Row {
					if t := cjk.TrimSpace(ownText(d, cell)); t != "" && leadingCode(t, true) == "" && figures.HasLetters(t) {
						// ("213 农林水支出" in a 科目编码及名称 column: the
						// name, with its code in front)
						r.Label, r.LabelCell, r.Code, r.Seq = t, cell, leadingCode(t, false), ""
						break
					}
				}
			}
		}
		r.Cells = cells[i*nc : (i+1)*nc : (i+1)*nc]
		hasFig := false
		for j, col := range b.Columns {
			cell := mt.At(r.Row, col.Col)
			// r.Cells is a fresh (zero) window of the slab: only what is
			// not zero is written, the pointers (which cost a GC write
			// barrier each) only when set.
			if cell == nil || cell.Row != r.Row || cell.Col != col.Col {
				r.Cells[j].Num.Kind = figures.Blank
				continue
			}
			txt := ownText(d, cell)
			rc := &r.Cells[j]
			n := &rc.Num
			b.Table.setCellNum(n, cell, txt)
			if n.Kind == figures.Value && n.Mant == 0 && col.Role != Rate {
				// A zero is a zero: "0" in a table of 0.01s is not a rounded
				// 0.4, so it carries no rounding tolerance. Not a rate's: a
				// ratio is rounded ("-0.0" for a fall of 0.05%).
				n.Exact = true
			}
			sp := cell.Span
			if n.Kind != figures.Blank {
				// Narrow the span to the trimmed text.
				lead, trail := 0, 0
				if txt != "" && strings.IndexByte(" \t\n\xe3", txt[0]) >= 0 {
					// (a space's first byte: the cutset's)
					lead = len(txt) - len(strings.TrimLeft(txt, " \t\n\u3000"))
				}
				if txt != "" && strings.IndexByte(" \t\n\x80", txt[len(txt)-1]) >= 0 {
					// (a space's last byte)
					trail = len(txt) - len(strings.TrimRight(txt, " \t\n\u3000"))
				}
				if cell.Span.Len() == len(txt) && lead+trail < len(txt) {
					sp = model.Span{Start: cell.Span.Start + lead, End: cell.Span.End - trail}
				}
			}
			rc.Cell, rc.Span = cell, sp
			if n.Kind == figures.Value || n.Kind == figures.Dash {
				hasFig = true
			}
		}
		r.Marker, r.Total, r.Subtotal = rowMarker(r.Label)
		if r.Total && b.UnitCol >= 0 && (mixed && !quantityOnly || !namesSum(r.Label)) {
			// a table of indicators, each in its own unit (社会消费品零售总额
			// | 亿元; 车辆合计 | 辆 above 通用设备 | 台): its rows are not
			// items of one sum, and a name ending in 总额 is an indicator
			r.Total = false
		}
		if r.Marker == "" && r.Seq != "" && !r.Total && parseCell(r.Seq).Kind == figures.Value {
			r.Marker = kept.text.concat(r.Seq, ".") // a 序号 numbers the row
		}
		r.Group = !hasFig || groupHeading(r.Label, r.Cells)
	}
	growthByFigures(b)
	inferTotalRow(b)
	linkRows(b)
	liftLists(b)
	extendByTotal(b)
}

// indentOf counts leading spaces; a full-width space counts 2.
func indentOf(s string) int {
	n := 0
	for _, r := range s {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\u3000':
			n += 2
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// groupHeading: a row that only introduces a breakdown ("按收入性质分：").
func groupHeading(label string, cells []Cell) bool {
	for _, c := range cells {
		if c.HasValue() {
			return false
		}
	}
	return true
}

var totalWords = []string{"合计", "总计", "小计", "共计", "汇总", "总分", "总额", "总数", "累计"}

// totalOpen is each total word followed by "(", as in "合计(万元)".
var totalOpen = func() []string {
	out := make([]string, len(totalWords))
	for i, w := range totalWords {
		out[i] = w + "("
	}
	return out
}()

// rowMarker returns a row label's numbering marker and whether it names a
// total ("合  计", "收入总计", "局机关及二级机构汇总", "小计").
//
// It is rowMarkerSlow with the label squashed in a buffer on the stack
// (a label with a space or a full-width colon is squashed to a copy): the
// squashed text is only looked at, and the marker, when it is not the
// label's own first bytes ("(一)" of "（一）"), is copied out.
func rowMarker(label string) (string, bool, bool) {
	if len(label) > 120 {
		label = label[:120] // a prose cell; only its start can be a marker
	}
	var buf [128]byte
	s := squashTemp(buf[:0], label)
	m, total, subtotal := markerOf(s) // m is never returned: buf stays on the stack
	if !total && bracketedTotal(s) {
		total = true // "地区生产总值（合计）": the item, said in brackets to be the total
	}
	if strings.HasPrefix(label, m) {
		return label[:len(m)], total, subtotal
	}
	return strings.Clone(m), total, subtotal
}

// bracketedTotal reports a squashed label ending with 合计 or 总计 in
// brackets ("地区生产总值（合计）").
func bracketedTotal(s string) bool {
	for _, w := range [...]string{"(合计)", "（合计）", "(总计)", "（总计）"} {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return true
		}
	}
	return false
}

// IsTotalLabel reports whether a row label names a total (合计, 总计,
// 支出总计, 小计, …), as the rows of a block are marked.
func IsTotalLabel(label string) bool {
	_, total, _ := rowMarker(label)
	return total
}

// markerOf is rowMarker for a squashed label s.
//
// It is markerOfSlow with the total words looked for only when body could
// hold one: each is two ideographs (six bytes), and a match ends with its
// last rune or starts with its first, so most labels are turned away by
// their first and last three bytes instead of 27 comparisons.
func markerOf(s string) (marker string, total, subtotal bool) {
	marker = numberingMarker(s)
	body := strings.TrimPrefix(s, marker)
	if body != "" && (body[len(body)-1] == ':' || body[len(body)-1] == "："[len("：")-1]) {
		body = strings.TrimRight(body, ":：") // (a colon's last byte)
	}
	if len(body) < 6 || !(totalLast(body[len(body)-3:]) || totalFirst(body[:3])) {
		return marker, false, false
	}
	for i, w := range totalWords {
		if body == w || (strings.HasSuffix(body, w) && w != "累计" && w != "总数") || strings.HasPrefix(body, totalOpen[i]) {
			total = true
			subtotal = w == "小计"
			break
		}
	}
	if strings.HasPrefix(body, "其中") {
		total = false
	}
	return marker, total, subtotal
}

// totalLast reports whether s is the last rune of a total word.
func totalLast(s string) bool {
	switch s {
	case "计", "总", "分", "额", "数":
		return true
	}
	return false
}

// totalFirst reports whether s is the first rune of a total word.
func totalFirst(s string) bool {
	switch s {
	case "合", "总", "小", "共", "汇", "累":
		return true
	}
	return false
}

// Marker kinds, in no particular order; levels come from first appearance.
const (
	mkCN    = "一、"
	mkPCN   = "（一）"
	mkNum   = "1."
	mkNum2  = "1.1"
	mkNum3  = "1.1.1"
	mkPNum  = "（1）"
	mkCirc  = "①"
	mkAlpha = "A."
)

// NumberingKind names the numbering style of a label's prefix ("一、",
// "（一）", "1." and so on, one name per style), "" if it has none: rows
// of one level of a list share a kind.
func NumberingKind(label string) string { return markerKind(numberingMarker(squash(label))) }

// numberingMarker returns the numbering prefix of a squashed label.
//
// It is numberingMarkerSlow reading runes in place instead of converting
// the whole label to []rune: a marker is a few runes at the start, each
// one checked to be a bracket, digit or mark, so the prefix of s is its
// string.
func numberingMarker(s string) string {
	if s == "" {
		return ""
	}
	r0, w0 := utf8.DecodeRuneInString(s)
	switch {
	case r0 == '(' || r0 == '（':
		i, j := w0, 1 // bytes and runes read
		for i < len(s) && j <= 4 {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !(isCNDigit(r) || (r >= '0' && r <= '9')) {
				break
			}
			i, j = i+w, j+1
		}
		if j > 1 && i < len(s) {
			if r, w := utf8.DecodeRuneInString(s[i:]); r == ')' || r == '）' {
				return s[:i+w]
			}
		}
		return ""
	case isCNDigit(r0):
		i, j := 0, 0
		for i < len(s) && j < 3 {
			r, w := utf8.DecodeRuneInString(s[i:])
			if !isCNDigit(r) {
				break
			}
			i, j = i+w, j+1
		}
		if i < len(s) {
			if r, w := utf8.DecodeRuneInString(s[i:]); r == '、' || r == '.' || r == '．' {
				return s[:i+w]
			}
		}
		return ""
	case r0 >= '0' && r0 <= '9':
		// digits and points are one byte each: bytes are runes here
		i := 0
		for {
			k := i
			for i < len(s) && i-k < 3 && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			if i == k || i >= len(s) {
				return ""
			}
			if strings.HasPrefix(s[i:], "、") {
				return s[:i+len("、")]
			}
			if s[i] == '.' {
				if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					i++
					continue
				}
				return s[:i+1]
			}
			return ""
		}
	case r0 >= '①' && r0 <= '⑳':
		return s[:w0]
	}
	return ""
}

// isCNDigit is strings.ContainsRune("一二三四五六七八九十", r), as a switch:
// every numbered row label is tested with it.
func isCNDigit(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

// markerKind maps a marker to its kind ("（1）" and "(1)" alike).
func markerKind(m string) string {
	if m == "" {
		return ""
	}
	rs := []rune(m)
	switch {
	case rs[0] == '(' || rs[0] == '（':
		if isCNDigit(rs[1]) {
			return mkPCN
		}
		return mkPNum
	case isCNDigit(rs[0]):
		return mkCN
	case rs[0] >= '①' && rs[0] <= '⑳':
		return mkCirc
	}
	switch strings.Count(m, ".") {
	case 0, 1:
		if strings.HasSuffix(m, ".") || strings.HasSuffix(m, "、") || strings.Count(m, ".") == 0 {
			return mkNum
		}
		return mkNum2
	case 2:
		if strings.HasSuffix(m, ".") {
			return mkNum2
		}
		return mkNum3
	}
	return mkNum3
}

// linkRows gives numbered rows levels and parents and marks 其中 lists.
//
// Levels follow the order in which marker kinds first appear in the block
// (一、 then 1. then （1）…), as in headings. A "其中" row and the unnumbered
// rows after it (until the next numbered or total row) are parts of the
// row above the 其中 row.
// leadingCode returns a classification code of 3, 5 or 7 digits at the
// start of s ("2010101行政运行"); whole says s must be the code alone.
//
// It is leadingCodeSlow reading only the digits and the rune after them,
// without normalising the whole label: Normalize maps rune for rune,
// full-width digits to ASCII, and keeps spaces spaces and other runes
// other runes.
func leadingCode(s string, whole bool) string {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	r, _ := utf8.DecodeRuneInString(t)
	if !(r >= '1' && r <= '9' || r >= '１' && r <= '９') {
		return ""
	}
	n, j, ascii := 0, 0, true // digits, bytes read, all ASCII digits
	for j < len(t) {
		r, w := utf8.DecodeRuneInString(t[j:])
		if r >= '０' && r <= '９' {
			ascii = false
		} else if !(r >= '0' && r <= '9') {
			break
		}
		n++
		j += w
	}
	if n != 3 && n != 5 && n != 7 {
		return ""
	}
	rest := t[j:]
	alone := strings.TrimSpace(rest) == "" // the code is the whole text
	if whole != alone {
		return ""
	}
	if !whole {
		r, _ := utf8.DecodeRuneInString(rest)
		if r == '.' || r == '．' || r == '%' || r == '％' || r == '年' {
			return ""
		}
	}
	if ascii {
		return t[:j]
	}
	return figures.Normalize(t[:j])
}

// linkCodes builds the hierarchy from classification codes when the rows
// carry codes of at least two lengths (类 201 › 款 20101 › 项 2010101): the
// parent is the nearest row above whose code is a prefix. It reports
// whether it did.
func linkCodes(b *Block) bool {
	codes := unpaddedCodes(b)
	lengths := map[int]bool{}
	coded := 0
	for _, c := range codes {
		if c != "" {
			lengths[len(c)] = true
			coded++
		}
	}
	if len(lengths) < 2 || coded*2 < len(b.Rows) {
		return false
	}
	var ls []int
	for l := range lengths {
		ls = append(ls, l)
	}
	sort.Ints(ls)
	for i, r := range b.Rows {
		code := codes[i]
		if code == "" || r.Total {
			continue
		}
		for k, l := range ls {
			if l == len(code) {
				r.Level = k + 1
			}
		}
		for p := i - 1; p >= 0; p-- {
			pc := codes[p]
			if pc != "" && len(pc) < len(code) && strings.HasPrefix(code, pc) {
				r.Parent = p
				break
			}
		}
	}
	// an uncoded 其中 row among coded ones ("30239 其他交通费用 ⏎ 其中：公务
	// 交通补贴") is a part of the row above, as without codes
	for i, r := range b.Rows {
		if i > 0 && r.Code == "" && !r.Total && opensQizhong(r.Label, r.Marker) && !b.Rows[i-1].Total {
			r.Subset, r.Parent, r.List = true, i-1, i
		}
	}
	return true
}

// unpaddedCodes returns the rows' codes, with the 类 and 款 of functional
// codes written to seven digits ("2080000 社会保障和就业支出", "2080200
// 民政管理事务", "2080201 行政运行") cut to their own length (208, 20802):
// a 类 ends in 0000 and a 款 in 00, which no real 款 or 项 number is. Only
// when every code of the block has seven digits and both padded levels
// occur.
func unpaddedCodes(b *Block) []string {
	codes := make([]string, len(b.Rows))
	for i, r := range b.Rows {
		codes[i] = r.Code
	}
	lei, kuan := false, false
	for _, r := range b.Rows {
		switch {
		case r.Code == "":
		case len(r.Code) != 7:
			return codes
		case strings.HasSuffix(r.Code, "0000"):
			lei = true
		case strings.HasSuffix(r.Code, "00"):
			kuan = true
		}
	}
	if !lei || !kuan {
		return codes
	}
	for i, c := range codes {
		switch {
		case strings.HasSuffix(c, "0000"):
			codes[i] = c[:3]
		case strings.HasSuffix(c, "00"):
			codes[i] = c[:5]
		}
	}
	return codes
}

// linkCodeGroups builds the hierarchy of a block whose rows carry codes
// of one length, headed by uncoded rows that each open a run of coded
// ones ("人员经费" over 30101 … 30309, "公用经费" over 30201 … 31002 in a
// 基本支出决算表): each heading row is the parent of the coded rows up to
// the next. It needs two headings at least, each over two coded rows or
// more, and the coded rows to be most of the block; it reports whether it
// linked.
func linkCodeGroups(b *Block) bool {
	coded, heads := 0, 0
	run := -1 // coded rows under the current heading, -1 before the first
	for _, r := range b.Rows {
		switch {
		case r.Total:
			if run >= 0 {
				return false // a total after the groups began: another layout
			}
		case r.Code != "":
			coded++
			if run >= 0 {
				run++
			}
		default:
			if run >= 0 && run < 2 {
				return false
			}
			heads++
			run = 0
		}
	}
	if heads < 2 || run < 2 || coded*2 < len(b.Rows) {
		return false
	}
	head := -1
	for i, r := range b.Rows {
		switch {
		case r.Total:
		case r.Code == "":
			head, r.Level = i, 1
		case head >= 0:
			r.Parent, r.Level = head, 2
		}
	}
	return true
}

func linkRows(b *Block) {
	if linkCodes(b) || linkCodeGroups(b) {
		return
	}
	order := map[string]int{}
	for _, r := range b.Rows {
		if k := markerKind(r.Marker); k != "" && !r.Total {
			if _, ok := order[k]; !ok {
				order[k] = len(order) + 1
			}
		}
	}
	type frame struct{ level, row int }
	var stack []frame
	inSubset := -1 // parent row of the open 其中 list
	listHead := -1 // the 其中 row heading it
	subsetIndent := -1
	end := -1 // the grid column where the other side of a two-sided table begins (sideEnd), once needed
	side := func() int {
		if end < 0 {
			end = sideEnd(b)
		}
		return end
	}
	for i, r := range b.Rows {
		qz := opensQizhong(r.Label, r.Marker)
		if r.Total {
			stack = stack[:0]
			inSubset = -1
			continue
		}
		if k := markerKind(r.Marker); k != "" {
			if qz && i > 0 {
				// "1、其中：…" is unusual; treat as a 其中 row.
				goto subset
			}
			inSubset = -1
			r.Level = order[k]
			for len(stack) > 0 && stack[len(stack)-1].level >= r.Level {
				stack = stack[:len(stack)-1]
			}
			if len(stack) > 0 {
				r.Parent = stack[len(stack)-1].row
			}
			stack = append(stack, frame{r.Level, i})
			continue
		}
	subset:
		if qz && i > 0 {
			// The parent is the row above, unless that row is itself in a
			// 其中 list and smaller than this row: then this 其中 starts
			// another breakdown of that list's parent (出口额 › 其中：一般贸易
			// … 其中：机电产品 …).
			p := i - 1
			for p >= 0 && b.Rows[p].Subset && !covers(b, p, i, side()) {
				p = b.Rows[p].Parent
			}
			// nor is a part larger than the row above its part: "4.其他支出
			// 80.00" ⏎ "其中：基本支出 4059.35" breaks down the 支出总计 above
			// the numbered rows, the nearest row that covers it
			if p >= 0 && !covers(b, p, i, side()) {
				for q := p - 1; q >= 0; q-- {
					if r := b.Rows[q]; (r.Total || r.Level == 0 || r.Level < b.Rows[p].Level) && covers(b, q, i, side()) {
						p = q
						break
					}
				}
			}
			if p >= 0 {
				inSubset = p
				subsetIndent = r.Indent
				r.Subset = true
				r.Parent = p
				r.List = i
				listHead = i
			}
			continue
		}
		// Rows after a 其中 row continue its list when the parent is
		// numbered (the next number ends the list) or when they are indented
		// deeper than the parent. Otherwise (Word keeps indentation in
		// paragraph properties, lost here) a following row may as well be
		// the parent's sibling: it is taken into the list only while the
		// list still fits under the parent, so that a guess never causes a
		// "其中 exceeds" finding.
		if inSubset >= 0 && operatorRow(r.Label) {
			inSubset = -1 // "减：营业成本" after "一、营业收入 | 其中：主营业务收入": the next term of a calculation
		}
		if inSubset >= 0 && !r.Group {
			p := b.Rows[inSubset]
			definite := p.Marker != "" || (r.Indent > p.Indent && r.Indent >= subsetIndent)
			if definite && p.Marker != "" && r.Indent <= p.Indent && listOver(b, inSubset, listHead, i, side()) >= 2 {
				// "3.公务用车购置及运行维护费 ⏎ 其中：购置费 ⏎ 会议费 ⏎ 培训费":
				// a row that takes the list past its numbered parent in two
				// columns or more is the parent's sibling, not one more part
				definite = false
			}
			if definite || fitsUnder(b, inSubset, listHead, i, side()) {
				r.Subset = true
				r.Guessed = !definite
				r.Parent = inSubset
				r.List = listHead
				continue
			}
		}
		inSubset = -1
	}
}

// liftLists moves a 其中 list that adds up to more than its numbered
// parent, in some amount column, to the nearest row above of a higher level
// that holds it in every column: "医疗收入 | （一）门诊收入 | （二）住院收入 |
// 其中：药品收入 | 卫生材料收入 | 医疗服务收入" breaks 医疗收入 down by kind,
// across both numbered rows, not 住院收入.
func liftLists(b *Block) {
	for h, r := range b.Rows {
		if !r.Subset || r.List != h || r.Parent < 0 {
			continue
		}
		p := r.Parent
		par := b.Rows[p]
		if par.Total {
			continue
		}
		var idx []int
		for k := h; k < len(b.Rows) && b.Rows[k].Subset && b.Rows[k].List == h; k++ {
			idx = append(idx, k)
		}
		if len(idx) < 2 || !exceedsAll(b, p, idx) {
			continue // (a list over its parent in one column has a wrong cell)
		}
		if nestedQizhong(b, p, idx) {
			// "其中：执业（助理）医师 ⏎ 其中：执业医师 ⏎ 注册护士 ⏎ …": the
			// second 其中 is the first part's own, the rows after it the
			// first part's siblings, as the outer parent's sums say
			outer := par.Parent
			for _, k := range idx[1:] {
				b.Rows[k].Parent = outer
				b.Rows[k].List = par.List
			}
			continue
		}
		// the nearest row above of a higher level; an unnumbered parent's
		// nearest row above that holds the list ("粮食作物 | 夏粮 | 秋粮 |
		// 其中：小麦 | 稻谷 | 玉米": the crops of 粮食作物, 小麦 a 夏粮 crop)
		for q := p - 1; q >= 0; q-- {
			up := b.Rows[q]
			if up.Subset || up.Group || par.Level > 0 && up.Level != 0 && up.Level >= par.Level {
				continue
			}
			if holdsList(b, q, idx) {
				for _, k := range idx {
					b.Rows[k].Parent = q
				}
				break
			}
			if par.Level > 0 {
				break
			}
		}
	}
}

// nestedQizhong reports a 其中 list under row p, itself a 其中 part of
// another row, whose first row is p's own part while the rest are p's
// siblings: p and the rows after the first add up exactly to p's parent
// in all amount columns with figures but one at most (two at least),
// and the whole list in none.
func nestedQizhong(b *Block, p int, idx []int) bool {
	par := b.Rows[p]
	if !par.Subset || par.Parent < 0 || len(idx) < 2 {
		return false
	}
	outer := b.Rows[par.Parent]
	nested, lifted, n := 0, 0, 0 // columns where each reading adds up exactly
	for j, c := range b.Columns {
		if c.Role != Amount || c.PerUnit {
			continue
		}
		tv := outer.Cells[j].Num
		if tv.Kind != figures.Value {
			continue
		}
		n++
		parts := []figures.Number{par.Cells[j].Num}
		all := []figures.Number{}
		for k, i := range idx {
			if k > 0 {
				parts = append(parts, b.Rows[i].Cells[j].Num)
			}
			all = append(all, b.Rows[i].Cells[j].Num)
		}
		if figures.CheckSum(parts, tv, figures.HalfUp).Exact {
			nested++
		}
		if figures.CheckSum(all, tv, figures.HalfUp).Exact {
			lifted++
		}
	}
	// (one column may hold a wrong cell: the reading must hold in the
	// others, and the whole list under the outer parent in none)
	return n >= 2 && nested >= n-1 && nested >= 1 && lifted == 0
}

// exceedsAll reports whether rows idx add up to more than row p in every
// amount column where both show figures, two at least.
func exceedsAll(b *Block, p int, idx []int) bool {
	n := 0
	for j, c := range b.Columns {
		if c.Role != Amount || c.PerUnit {
			continue
		}
		if b.Rows[p].Cells[j].Num.Kind != figures.Value {
			continue
		}
		if holdsColumn(b, p, idx, j) {
			return false
		}
		n++
	}
	return n >= 2
}

// holdsList reports whether row p is no smaller than the sum of rows idx
// in every amount column where both show figures (within rounding).
func holdsList(b *Block, p int, idx []int) bool {
	for j, c := range b.Columns {
		if c.Role == Amount && !c.PerUnit && !holdsColumn(b, p, idx, j) {
			return false
		}
	}
	return true
}

// holdsColumn is holdsList for column j alone.
func holdsColumn(b *Block, p int, idx []int, j int) bool {
	pv := b.Rows[p].Cells[j].Num
	if pv.Kind != figures.Value {
		return true
	}
	sum, n := 0.0, 0
	for _, k := range idx {
		if v := b.Rows[k].Cells[j].Num; v.Kind == figures.Value {
			sum += v.Float()
			n++
		}
	}
	tol := math.Pow(10, -float64(pv.Dec)) * float64(n+1) / 2
	return n == 0 || sum <= pv.Float()+tol+1e-9
}

// operatorRow reports a row label opening with the sign of a term of a
// calculation (加：其他收益, 减：营业成本), as income statements write them.
func operatorRow(label string) bool {
	l := strings.TrimSpace(label)
	for _, op := range [...]string{"加：", "减：", "加:", "减:"} {
		if strings.HasPrefix(l, op) {
			return true
		}
	}
	return false
}

// opensQizhong reports whether a row label opens a 其中 list:
// opensQizhongSlow, without squashing the whole label (a prose cell can be
// kilobytes long). squash keeps 其 and 中, maps rune for rune and drops
// only spaces, and a marker (valid UTF-8) holds no 其, so only the text
// before the first 其 and the spaces after it matter.
//
// The text before 其 must squash to "" or to the marker, so 其 is looked
// for only while at most len(marker) runes are kept: each kept rune is at
// least one byte of the squashed text.
func opensQizhong(label, marker string) bool {
	if cjk.Contains(marker, "其") || !utf8.ValidString(marker) {
		// not a numbering marker: TrimPrefix could take 其 or cut a rune
		return opensQizhongSlow(label, marker)
	}
	i, kept := -1, 0
	for k, r := range label {
		if r == '其' {
			i = k
			break
		}
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u3000':
			continue // dropped by squash
		}
		if kept++; kept > len(marker) {
			return false
		}
	}
	if i < 0 {
		return false
	}
	if q := squash(label[:i]); q != "" && q != marker {
		return false
	}
	for _, r := range label[i+len("其"):] {
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u3000':
			continue // dropped by squash
		}
		return r == '中'
	}
	return false
}

// opensQizhongSlow is the plain definition, kept as the test oracle.
func opensQizhongSlow(label, marker string) bool {
	return strings.HasPrefix(strings.TrimPrefix(squash(label), marker), "其中")
}

// listOver counts the amount columns before grid column end in which the
// 其中 list headed at head, with row i, adds up to more than its parent p.
func listOver(b *Block, p, head, i, end int) int {
	over, _, _ := listFit(b, p, head, i, end)
	return over
}

// fitsUnder reports whether the 其中 list headed at head, with row i, still
// fits under its parent p: it exceeds p in no amount column, or in one
// while it makes p exactly in another.
func fitsUnder(b *Block, p, head, i, end int) bool {
	over, exact, checked := listFit(b, p, head, i, end)
	// a list that makes its parent exactly in another column and exceeds it
	// in one holds the row: that one column has a wrong cell (基本支出 |
	// 其中：人员经费 | 公用经费 adding up in 2022年 and not in 2023年)
	return checked && (over == 0 || over == 1 && exact >= 1)
}

// listFit compares the 其中 list headed at head, with row i, with its
// parent p in each amount column before grid column end (the rows' side of
// a two-sided table, sideEnd) where p has a figure (checked: one at
// least): over counts the columns it exceeds, exact those it makes within
// rounding with a figure of row i in them (a column row i adds nothing to
// proves nothing of it: "上年结转" after 其中：新增 | 再融资).
func listFit(b *Block, p, head, i, end int) (over, exact int, checked bool) {
	for j := range b.Columns {
		if b.Columns[j].Role != Amount || b.Columns[j].Col >= end {
			continue
		}
		pv := b.Rows[p].Cells[j].Num
		if pv.Kind != figures.Value {
			continue
		}
		sum, n := 0.0, 0
		for k := p + 1; k <= i; k++ {
			if (b.Rows[k].Subset && b.Rows[k].List == head) || k == i {
				if c := b.Rows[k].Cells[j].Num; c.Kind == figures.Value {
					sum += c.Float()
					n++
				}
			}
		}
		switch tol := math.Pow(10, -float64(pv.Dec)) * float64(n+1) / 2; {
		case sum > pv.Float()*1.0001+1e-9:
			over++
		case math.Abs(sum-pv.Float()) <= tol+1e-9:
			if c := b.Rows[i].Cells[j].Num; c.Kind == figures.Value && c.Mant != 0 {
				exact++
			}
		}
		checked = true
	}
	return over, exact, checked
}

// covers reports whether row p's figures are at least row i's in every
// amount column before grid column end where both have one (p can be i's
// parent).
func covers(b *Block, p, i, end int) bool {
	for j := range b.Columns {
		if b.Columns[j].Role != Amount || b.Columns[j].Col >= end {
			continue
		}
		pv, iv := b.Rows[p].Cells[j].Num, b.Rows[i].Cells[j].Num
		if pv.Kind == figures.Value && iv.Kind == figures.Value && iv.Float() > pv.Float() {
			return false
		}
	}
	return true
}

// classifyColumn sets a column's role, year, period flags, total flag and
// unit from its header path. pct says most of its figures carry "%".
func classifyColumn(c *Column, pct bool) {
	joined := strings.Join(c.Path, "")
	classifyNamed(c, pct, squash(c.Name()), squash(joined), figures.UnitIn(joined))
}

// classifyFast is classifyColumn, returning the unit named in the joined
// path, figures.UnitIn(strings.Join(c.Path, "")), for blockUnit: the
// path is joined only when it has several labels, squashed in buffers on
// the stack (the squashed texts are only looked at), and its unit looked
// for only where there can be one (unitIn).
func classifyFast(c *Column, pct bool) (pathUnit string) {
	joined := ""
	switch len(c.Path) {
	case 0:
	case 1:
		joined = c.Path[0]
	default:
		joined = strings.Join(c.Path, "")
	}
	var nb, ab [128]byte
	pathUnit = unitIn(joined)
	classifyNamed(c, pct, squashTemp(nb[:0], c.Name()), squashTemp(ab[:0], joined), pathUnit)
	return pathUnit
}

// classifyNamed is classifyColumn given the squashed name and joined path
// and the joined path's unit.
func classifyNamed(c *Column, pct bool, name, all, unit string) {
	c.Unit = unit
	c.Year = yearIn(name)
	if c.Year == 0 {
		c.Year = yearIn(all)
	}
	m := runeBits(name) // for the keyword sets' in
	switch {
	case currentWords.in(name, m):
		c.Period = PeriodCurrent
	case previousWords.in(name, m) && !carryOver(name):
		c.Period = PeriodPrevious
	}
	if c.Period == PeriodUnknown && (strings.HasSuffix(name, "余额") || strings.HasSuffix(name, "年末数") || strings.HasSuffix(name, "年初数")) {
		// "年末余额 | 年初余额 | 比年初增减": a balance at the year's end and
		// at its start, the two moments compared
		switch {
		case strings.HasPrefix(name, "年末") || strings.HasPrefix(name, "期末"):
			c.Period = PeriodCurrent
		case strings.HasPrefix(name, "年初") || strings.HasPrefix(name, "期初"):
			c.Period = PeriodPrevious
		}
	}
	c.Budget = budgetWords.in(name, m) && !onlyBudgetType(name)
	c.Actual = actualWords.in(name, m)
	if cjk.Contains(name, "预计") || cjk.Contains(name, "预测") {
		// "预计执行率", "预计全年支出": a forecast, like a plan, not an outturn
		c.Budget, c.Actual = true, false
	}
	if columnTotals.In(name) {
		c.Total = true
	}
	if c.Role == OtherText {
		return
	}
	if perUnitColumn(name) {
		c.Role = OtherText // figures per head or per unit do not add up
		return
	}
	switch {
	case cjk.Contains(name, "得分率"):
		c.Role, c.RateKind = Rate, RateScore
	case scoreMaxWords.in(name, m):
		c.Role = ScoreMax
	case scoreGotWords.in(name, m):
		c.Role = ScoreGot
	case namedRatio(c, name, pct):
	case growthWords.in(name, m) || (pct || strings.Contains(name, "%")) && comparedWords.in(name, m):
		c.Role, c.RateKind = Rate, RateGrowth
		c.Decrease = decreaseWords.in(name, m)
	case execWords.in(name, m) || completesPlanName(name) || progressWords.in(name, m) && !strings.Contains(all, "分"):
		c.Role, c.RateKind = Rate, RateExec
	case shareWords.in(name, m) || strings.HasPrefix(name, "占") && sharePart(name):
		c.Role, c.RateKind = Rate, RateShare
	case diffWords.in(name, m) || name == "变动" || strings.HasSuffix(name, "上年变动"):
		c.Role = Diff // (变动 alone: 变动率 is a rate, 变动情况 a group)
	case pct || strings.HasSuffix(name, "(%)") || strings.HasSuffix(name, "%") || strings.HasSuffix(name, "率"):
		c.Role = Rate
	}
	if c.Role == Amount && c.Unit == "%" && all != name && rateGroup(strings.TrimSuffix(all, name)) {
		// "病床使用率（%） › 2024年": a year's rate under the rate's group
		// header, compared year with year as an amount and worked out from
		// the amounts beside it as a rate
		c.YearRate = true
	}
	if c.Role == Amount && reductionColumn(name) {
		c.Decrease = true // 调减: subtracted from 调整前 in 调整后
	}
	if c.Role == Rate && (c.Unit == "%" || c.Unit == "") {
		c.Unit = "%"
	}
	if (c.Role == Amount || c.Role == Diff) && rateGap(name) {
		c.Unit = "百分点" // 与序时进度（75%）差距: a difference of percentages
	}
	if c.Role == Rate || c.Role == Diff {
		c.Period = PeriodUnknown // "比上年增长" compares periods, it is not one
	}
	if c.Role == Amount && (strings.HasSuffix(name, "倍数") || strings.HasSuffix(name, "(倍)") || strings.HasSuffix(name, "（倍）") || c.Unit == "倍") {
		// "本息覆盖倍数（倍）": each row's ratio, and the 合计's the ratio
		// of the totals, not a sum; worked out as a rate of two columns
		// where one pair holds on most rows (TBL005)
		c.Role, c.Unit = Rate, "倍"
	}
	if (c.Role == Amount || c.Role == Diff) && all != name && perUnitColumn(all) {
		// "出院者平均住院日（日） › 2023年 | 2022年 | 增减": figures per unit
		// under a group header, compared year with year but not added
		c.PerUnit = true
	}
}

// namedRatio reads a rate header that names its figure and its base, "A为B
// 的%" or "A占B的%" (执行数为调整预算的%, 决算数为上年决算数的%, 支出占预算%):
// the rate is A ÷ B, whichever columns lie nearest. It sets c's role,
// kind and RateNum/RateDen and reports whether it did.
func namedRatio(c *Column, name string, pct bool) bool {
	if !pct && !strings.Contains(name, "%") && !strings.HasSuffix(name, "百分比") && !strings.HasSuffix(name, "比例") {
		return false
	}
	k, share := cjk.Index(name, "为"), false
	if i := cjk.Index(name, "占"); i >= 0 && (k < 0 || i < k) {
		k, share = i, true
	}
	if k <= 0 {
		return false
	}
	num, den := name[:k], name[k+len("为"):] // 为 and 占 are both 3 bytes
	if i := cjk.Index(den, "的"); i >= 0 {
		den = den[:i]
	}
	for _, suf := range []string{"(%)", "（%）", "%", "百分比", "比例"} {
		den = strings.TrimSuffix(den, suf)
	}
	if utf8.RuneCountInString(num) < 2 || utf8.RuneCountInString(den) < 2 || strings.ContainsAny(den, "%(（") {
		return false
	}
	c.Role, c.RateKind, c.RateNum, c.RateDen = Rate, RateExec, num, den
	if share {
		c.RateKind = RateShare
	}
	return true
}

// rateGap reports a header naming the gap between two percentages (与序时
// 进度差距, 执行率增减): its figures are percentage points.
func rateGap(name string) bool {
	gap := false
	for _, w := range [...]string{"差距", "差额", "增减", "偏差", "相差"} {
		gap = gap || cjk.Contains(name, w)
	}
	return gap && (strings.Contains(name, "%") || cjk.Contains(name, "进度") || cjk.Contains(name, "率") || cjk.Contains(name, "百分"))
}

// perUnitColumn reports a column of figures per head or per unit: 生均补助,
// 人均公用经费, 补助标准（元/生·天）, 单价, 平均, 次均住院费用, a fund's 可支付
// 月数 (结存 ÷ 月均支出), 每千名老年人拥有床位, 人口密度…: a 合计 row does not
// add them.
func perUnitColumn(name string) bool {
	return perUnitWords.In(name) || cjk.Contains(name, "标准") && !cjk.Contains(name, "标准化") && !cjk.Contains(name, "高标准")
	// (高标准农田建设: a kind of project, no rate)
}

// perUnitWords name figures per head or per unit (found in one pass: every
// column's name is looked at).
var perUnitWords = cjk.NewWords("生均", "人均", "户均", "场均", "次均", "床均", "均价", "单价", "平均", "元/", "元／", "可支付",
	"每千", "每万", "每百", "每十万", "每平方", "密度", "单产", "亩产", "/亩", "／亩", "村均", "亩均", "校均", "企均", "镇均", "社均", "所均")

// completesPlanName reports a column named for the share of a plan that
// was completed, without 率 or %: 完成调整预算, 完成年初预算, 为预算, 完成计划.
// (完成预算数 and 完成金额 are amounts.)
func completesPlanName(name string) bool {
	rest, ok := strings.CutPrefix(name, "完成")
	if !ok {
		if rest, ok = strings.CutPrefix(name, "为"); !ok {
			return false
		}
	}
	for _, suf := range [...]string{"(%)", "（%）", "%", "％"} {
		rest = strings.TrimSuffix(rest, suf) // "完成调整预算（%）"
	}
	rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "调整"), "年初"), "全年")
	return rest == "预算" || rest == "计划" || rest == "调整预算" || rest == "预算的" || rest == "计划的"
}

// RatioLabel reports whether a row label names a ratio, as a column header
// of role Rate would: 增减率（%）, 执行率, 占比, 得分率, …%. Such a row of a
// table whose columns are the items (years down the rows) holds rates,
// which do not add up across the columns as amounts do.
func RatioLabel(label string) bool {
	name := strings.ReplaceAll(strings.TrimSpace(label), " ", "")
	if perUnitColumn(name) {
		return true // a row of figures per head (次均住院费用（元）) does not add up across either
	}
	m := runeBits(name)
	return growthWords.in(name, m) || execWords.in(name, m) || shareWords.in(name, m) ||
		cjk.Contains(name, "得分率") || strings.HasSuffix(name, "%") || strings.HasSuffix(name, "%）") ||
		strings.HasSuffix(name, "%)") || strings.HasSuffix(name, "率")
}

// carryOver reports whether a column names funds carried over from the
// year before (上年结转, 上年结余, 上年度结转结余): an item of this year's
// income, not last year's figure.
func carryOver(name string) bool {
	for _, w := range []string{"上年结转", "上年结余", "上年度结转", "上年度结余", "上期结转", "上期结余"} {
		if cjk.Contains(name, w) {
			return true
		}
	}
	return false
}

// budgetTypes are kinds of budget, which name where money comes from
// (一般公共预算财政拨款), not a budget figure as against an actual one.
var budgetTypes = []string{"一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算", "预算内", "预算外"}

// onlyBudgetType reports whether every 预算 in name belongs to a budget
// type.
func onlyBudgetType(name string) bool {
	if !cjk.Contains(name, "预算") {
		return false
	}
	for _, t := range budgetTypes {
		name = strings.ReplaceAll(name, t, "")
	}
	return !budgetWords.in(name, runeBits(name))
}

// columnTotals name a column of totals.
var columnTotals = cjk.NewWords("合计", "总计", "小计", "总额", "汇总", "共计")

// The keywords classifyColumn looks for in a column's name.
var (
	currentWords  = newWords("本年", "本期", "当年", "今年", "本年度")
	previousWords = newWords("上年", "上期", "去年", "上年度", "上年同期")
	budgetWords   = newWords("预算", "计划", "目标", "批复")
	actualWords   = newWords("决算", "执行", "实际", "完成", "支出数", "实绩")
	scoreMaxWords = newWords("分值", "权重", "满分", "标准分", "指标分值")
	scoreGotWords = newWords("得分", "评分", "自评分")
	growthWords   = newWords("增减率", "增长率", "增幅", "降幅", "下降率", "变动率", "增减幅度", "增减比例", "增减%", "增长%", "同比增减(%)", "同比(%)", "比上年增减(%)", "增(减)%", "增(减)率", "增(减)(%)", "±%", "±(%)")
	comparedWords = newWords("比上年", "较上年", "同比", "比去年", "增长", "增减") // a growth rate when shown in %
	decreaseWords = newWords("降幅", "下降率")
	execWords     = newWords("执行率", "完成率", "控制率", "到位率", "使用率", "支出率", "达成率", "兑现率", "实现率")
	// progressWords are execution rates by another name, unless a score
	// header names the indicator so ("考核指标得分 › 支出进度（25分）")
	progressWords = newWords("支出进度", "执行进度", "使用进度", "拨付进度")
	shareWords    = newWords("占比", "比重", "构成", "所占比例", "占总")
	diffWords     = newWords("增减额", "增减", "差额", "增加额", "减少额", "变动额", "增减变动", "增减情况", "比上年增减", "较上年增减", "增(减)", "增（减）")
)

// wordSet is a list of keywords, each with the Bloom filter bit of its
// first rune (see runeBits): a column is classified by testing its name
// for some eighty keywords, and most of them are ruled out by that bit
// without a search.
type wordSet struct {
	words []string
	first []uint64
}

func newWords(ws ...string) wordSet {
	set := wordSet{words: ws, first: make([]uint64, len(ws))}
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		set.first[i] = runeBit(r)
	}
	return set
}

// in is cjk.ContainsAnyOf(s, ws.words...) for s whose runeBits are m: a word
// whose first rune's bit is not in m is not in s.
func (ws wordSet) in(s string, m uint64) bool {
	for i, w := range ws.words {
		if m&ws.first[i] != 0 && cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// runeBits is a 64-bit Bloom filter of the runes of s (an invalid byte
// counts as U+FFFD, as in the keywords, which are valid).
func runeBits(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= runeBit(r)
	}
	return m
}

func runeBit(r rune) uint64 { return 1 << (uint32(r) * 0x9E3779B1 >> 26) }

// yearIn finds a year (1950–2100) written as four digits in s, followed by
// 年 or standing alone. It returns 0 when there is none or several differ.
func yearIn(s string) int {
	y := 0
	for i := 0; i+4 <= len(s); i++ {
		if !isDigitByte(s[i]) || (i > 0 && isDigitByte(s[i-1])) {
			continue
		}
		if !(isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && isDigitByte(s[i+3])) {
			continue
		}
		if i+4 < len(s) && isDigitByte(s[i+4]) {
			continue
		}
		if i+4 < len(s) && s[i+4] == '.' {
			continue
		}
		v, _ := strconv.Atoi(s[i : i+4])
		if v < 1950 || v > 2100 {
			continue
		}
		if y != 0 && y != v {
			return 0
		}
		y = v
	}
	return y
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// assignPeriods marks the later of two years current and the earlier previous.
func assignPeriods(b *Block) {
	minY, maxY := 0, 0
	for _, c := range b.Columns {
		if c.Year == 0 || c.Role == Rate || c.Role == Diff {
			continue
		}
		if minY == 0 || c.Year < minY {
			minY = c.Year
		}
		if c.Year > maxY {
			maxY = c.Year
		}
	}
	if minY == maxY {
		currentBesidePrevious(b, maxY)
		return
	}
	// The previous year is the latest one before the current (2022 vs
	// 2021 in a 2020–2022 table).
	prevY := minY
	for _, c := range b.Columns {
		if c.Year > prevY && c.Year < maxY && c.Role != Rate && c.Role != Diff {
			prevY = c.Year
		}
	}
	for _, c := range b.Columns {
		if c.Period != PeriodUnknown || c.Role == Rate || c.Role == Diff {
			continue
		}
		switch c.Year {
		case maxY:
			c.Period = PeriodCurrent
		case prevY:
			c.Period = PeriodPrevious
		}
	}
}

// currentBesidePrevious marks current the one amount column dated y
// ("2025年1—6月") in a block whose only other period is one undated
// previous column (上年同期) and that has no current column: the two are
// the periods compared.
func currentBesidePrevious(b *Block, y int) {
	if y == 0 {
		return
	}
	var dated *Column
	prev := 0
	for _, c := range b.Columns {
		if c.Role != Amount {
			continue
		}
		switch {
		case c.Period == PeriodCurrent:
			return
		case c.Period == PeriodPrevious:
			if c.Year != 0 {
				return
			}
			prev++
		case c.Year == y:
			if dated != nil {
				return
			}
			dated = c
		}
	}
	if dated != nil && prev == 1 && !dated.Budget {
		dated.Period = PeriodCurrent
	}
}

// appendColKey appends what classifyColumn reads, as classify's memo key:
// a byte for the two flags, then the header path, its labels joined by
// "\n" (which cleanLabel removes from every label, so distinct paths give
// distinct keys). The key is built in a reused buffer and looked up as
// m[string(buf)], which does not copy it; only a new key is made a
// string.
func appendColKey(buf []byte, path []string, pct, text bool) []byte {
	f := byte('0')
	if pct {
		f |= 1
	}
	if text {
		f |= 2
	}
	buf = append(buf, f)
	for i, p := range path {
		if i > 0 {
			buf = append(buf, '\n')
		}
		buf = append(buf, p...)
	}
	return buf
}

// colClass is what classifyColumn sets.
type colClass struct {
	role     ColRole
	rateKind RateKind
	year     int
	period   Period
	budget   bool
	actual   bool
	total    bool
	unit     string
	decrease bool
	perUnit  bool
	yearRate bool
	rateNum  string
	rateDen  string
	pathUnit string // figures.UnitIn of the joined path (not classifyColumn's)
}

// classify is classifyColumn(c, pct), worked out once per distinct header
// path in the document: reports repeat the same headers (项目 | 预算数 |
// 决算数 …) table after table, and each classification squashes the path
// and tests it for some eighty keywords. It returns the unit named in the
// joined path, figures.UnitIn(strings.Join(c.Path, "")), for blockUnit.
func (sc *scratch) classify(c *Column, pct bool) (pathUnit string) {
	sc.key = appendColKey(sc.key[:0], c.Path, pct, c.Role == OtherText)
	if v, ok := sc.cols[string(sc.key)]; ok {
		c.Role, c.RateKind, c.Year, c.Period = v.role, v.rateKind, v.year, v.period
		c.Budget, c.Actual, c.Total, c.Unit, c.Decrease, c.PerUnit, c.YearRate = v.budget, v.actual, v.total, v.unit, v.decrease, v.perUnit, v.yearRate
		c.RateNum, c.RateDen = v.rateNum, v.rateDen
		return v.pathUnit
	}
	pathUnit = classifyFast(c, pct)
	if sc.cols == nil {
		sc.cols = make(map[string]colClass, 64) // a report has some tens of distinct paths
	}
	// The memo outlives the document (scratchPool): its strings are
	// copies, not windows of the document's text.
	sc.cols[string(sc.key)] = colClass{
		role: c.Role, rateKind: c.RateKind, year: c.Year, period: c.Period,
		budget: c.Budget, actual: c.Actual, total: c.Total, unit: strings.Clone(c.Unit), decrease: c.Decrease,
		perUnit: c.PerUnit, yearRate: c.YearRate, rateNum: strings.Clone(c.RateNum), rateDen: strings.Clone(c.RateDen), pathUnit: strings.Clone(pathUnit),
	}
	return pathUnit
}

// setNumber sets the zero *dst to *n, writing its strings only when they
// are not empty: most figures have no unit or bound, and each string
// written to the heap costs a GC write barrier while the collector runs.
// TestSetNumber checks that it copies every field.
func setNumber(dst, n *figures.Number) {
	dst.Mant, dst.Dec, dst.Kind, dst.Start, dst.End = n.Mant, n.Dec, n.Kind, n.Start, n.End
	dst.Percent, dst.Permil, dst.Exact = n.Percent, n.Permil, n.Exact
	if n.Unit != "" {
		dst.Unit = n.Unit
	}
	if n.Bound != "" {
		dst.Bound = n.Bound
	}
}

// namesSum reports a label that says it is a sum (合计, 总计, 小计, 共计),
// not a name that ends in 总额 or 汇总.
func namesSum(label string) bool {
	k := squash(label)
	return cjk.Contains(k, "合计") || cjk.Contains(k, "总计") || cjk.Contains(k, "小计") || cjk.Contains(k, "共计")
}

// unitsOfQuantities reports a block whose column of units qualifies only
// its quantity columns: "类别 | 计量单位 | 数量 | 原值 | 累计折旧 | 净值" counts
// 房屋 in 平方米 and 车辆 in 辆, but its amounts are all in the caption's
// 万元, so its 合计 row sums them. The quantity columns, in mixed units,
// are not added (PerUnit).
func unitsOfQuantities(b *Block) bool {
	var qty []*Column
	money := false
	for _, c := range b.Columns {
		if c.Role != Amount {
			continue
		}
		k := squash(c.Name())
		switch {
		case cjk.Contains(k, "数量") || cjk.Contains(k, "面积") || k == "件数":
			qty = append(qty, c)
		case strings.ContainsAny(k, "值额") || cjk.Contains(k, "折旧") || cjk.Contains(k, "资金"):
			money = true // 原值, 净值, 账面价值, 金额, 累计折旧
		}
	}
	if len(qty) == 0 || !money {
		return false
	}
	for _, c := range qty {
		c.PerUnit = true
	}
	return true
}

// mixedUnits reports a block whose column of units (UnitCol) names two
// units or more.
func mixedUnits(d *model.Document, b *Block) bool {
	if b.UnitCol < 0 {
		return false
	}
	first := ""
	for _, r := range b.Rows {
		cell := b.Table.T.At(r.Row, b.UnitCol)
		if cell == nil || cell.Row != r.Row {
			continue
		}
		u := cjk.TrimSpace(ownText(d, cell))
		switch {
		case u == "":
		case first == "":
			first = u
		case u != first:
			return true
		}
	}
	return false
}

// reductionColumn reports an amount column of reductions: 调减, 核减数,
// 减少额 (an adjustment table's "年初预算 | 调增 | 调减 | 调整后预算").
func reductionColumn(name string) bool {
	k := squash(name)
	for _, w := range []string{"调减", "核减", "减少", "压减"} {
		if rest, ok := strings.CutPrefix(k, w); ok && (rest == "" || rest == "数" || rest == "额" || rest == "金额") {
			return true
		}
	}
	return false
}

// ClassifyLabel reads a row label as if it headed a column: its role
// (amount, difference, rate), rate kind, year and period. A table laid out
// across ("2025年预算数 | 2024年预算数 | 增减额 | 增减率（%）" down its first
// column, the items along its header) names in its rows what other tables
// name in their columns.
func ClassifyLabel(label string) Column {
	c := Column{Path: []string{label}}
	classifyColumn(&c, false)
	return c
}

// sharePart reports a column name after 占 that ends in 比例 or 比重, its
// percent sign aside: "占政府采购支出总额比例（%）".
func sharePart(name string) bool {
	for _, suf := range [...]string{"(%)", "（%）", "%", "％"} {
		name = strings.TrimSuffix(name, suf)
	}
	return strings.HasSuffix(name, "比例") || strings.HasSuffix(name, "比重")
}

// rateGroup reports a group header naming a rate (病床使用率（%）, 执行率):
// its year columns hold that rate.
func rateGroup(group string) bool {
	for _, suf := range [...]string{"(%)", "（%）", "%", "％"} {
		group = strings.TrimSuffix(group, suf)
	}
	return strings.HasSuffix(group, "率")
}
