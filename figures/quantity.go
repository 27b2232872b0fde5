package figures

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// Quantity is a figure found in running text together with what the text
// around it says: the label it belongs to, the year or period it refers to,
// and whether it is approximate. All offsets are byte offsets into the string
// given to Quantities, always on rune boundaries.
type Quantity struct {
	Number // the figure; Start, End cover its digits and unit (and a 百分之 prefix)

	Qualifier string // the qualifying word, if any

	// Lead is the text between the previous figure or clause delimiter and
	// this figure (qualifier included), e.g. "比2021年项目支出".
	Lead      string
	LeadStart int

	// Label is the noun phrase the figure belongs to, Lead stripped of
	// years, periods, comparison and linking words ("公用经费").
	Label                string
	LabelStart, LabelEnd int

	Year   int    // a year written in Lead (2022年…), 0 if none
	Period string // period or basis written in Lead: 上年, 同期, 年初, 年末, 年初预算, 全年预算, 预算, 决算, 实际 …

	// (the booleans together at the end: 176 bytes, not 200)
	Approx  bool // 约, 近, 接近, 超过, 以上, 左右, 余, 多, 不足, ≥ …: not an exact figure
	Chinese bool // written in Chinese numerals (三家, 百分之五)
	Total   bool // Lead marks the figure as a total: 合计, 共计, 总计, 累计
}

// unitsText lists the units recognised after a figure in prose, longest
// first within each prefix group. A multiplier (万, 亿, 千, 百) may precede
// a base unit: 万元, 亿元, 万人, 万吨.
var baseUnits = []string{
	"个百分点", "百分点", "平方公里", "平方米", "立方米", "吨标准煤", "千瓦时", "公里", "千米", "小时", "人次", "户次", "余",
	"元", "倍", "个", "户", "人", "家", "项", "分", "次", "件", "所", "辆", "台", "套", "亩", "吨", "名", "起", "条",
	"座", "张", "份", "篇", "宗", "笔", "天", "千瓦", "公顷", "米", "㎡", "间", "场", "批", "处", "支", "只", "头", "本", "册", "元/人", "美元",
}

var unitMultipliers = []string{"万亿", "亿", "万", "千", "百"}

// unitPrefixes is unitMultipliers followed by no multiplier at all.
var unitPrefixes = append(append([]string(nil), unitMultipliers...), "")

// Quantities returns the figures in s in order. It skips things written
// with digits that are not quantities: dates and years (2022年12月31日),
// document numbers (〔2023〕3号, 州办【2019】101号), phone numbers, codes,
// list numbers (1. （2） 一、) and digits glued to Latin letters (5G, 120km/h).
func Quantities(s string) []Quantity {
	if !mayHoldFigure(s) {
		return nil // the scan below would find nothing
	}
	sc := newScanner(s)
	defer sc.release()
	out := sc.scan()
	if len(out) == 0 {
		return nil
	}
	// the scanner's buffer is reused: hand out a copy of exactly the right size
	return append(make([]Quantity, 0, len(out)), out...)
}

// mayHoldFigure reports whether s has an ASCII or full-width digit or a
// Chinese numeral character: the scan starts a figure at nothing else.
func mayHoldFigure(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	for _, r := range s {
		if r >= '０' && r <= '９' || isCNNumeralRune(r) {
			return true
		}
	}
	return false
}

type scanner struct {
	orig string
	ns   string // Normalize(orig): orig itself, or held in nbuf
	// nbuf holds ns when it differs from orig, reused from text to text:
	// nothing the scan returns refers to ns (Lead and Label are cut from
	// orig, units, qualifiers and periods are the constants of the word
	// lists), so the next text may overwrite it; TestScannerBufferReuse
	// checks that.
	nbuf []byte
	// jumps maps offsets in ns back to orig: after each rune whose width
	// Normalize changed (， → ,), the offsets where they resume in step.
	// Empty when no width changed, e.g. when ns == orig.
	jumps []jump
	// marks holds the offsets in ns of the runes the scan acts on
	// (scanRunes), in order: see prepare
	marks []int
	// words holds the offsets in orig of the wordRunes, in order: see
	// wordMarks
	words []int
	// nwords holds the same marks' offsets in ns (see leadMarks)
	nwords []int
	// cmps holds the offsets in orig of the comparableRunes, in order
	cmps []int
	// sents holds the offsets in ns of the marks Sentences splits at
	// (\n, \r, !, ?, 。), in order: see sentences
	sents []int
	// slow makes analyseLead search the leads instead of reading nwords:
	// the tests' oracle
	slow bool
	// out[base:] holds the figures found: the scanner's own buffer (base
	// 0), or, while inBlock, an Analyzer's block, the figures of earlier
	// texts before base; own is then the scanner's buffer
	out     []Quantity
	base    int
	inBlock bool
	own     []Quantity
	// boundary: byte offset in ns where the current lead starts
	leadFrom int
	// nwordAt is the index in nwords of the first mark of the last lead
	// analysed (see leadMarksFrom)
	nwordAt int
	// the Analyzer's buffers for the statements of the text
	scratch scratch
}

// jump holds the offsets in ns and in orig just after a rune whose width
// Normalize changed (， → ,): up to the next jump every rune has the same
// width in both, so their offsets differ by orig − ns.
type jump struct{ ns, orig int }

// scanners are reused: a text's scan needs its jumps and figures only
// until Quantities copies the figures out.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

func newScanner(s string) *scanner {
	sc := scanners.Get().(*scanner)
	sc.orig, sc.leadFrom, sc.nwordAt, sc.slow = s, 0, 0, false
	sc.jumps, sc.out, sc.base = sc.jumps[:0], sc.out[:0], 0
	sc.prepare(s)
	return sc
}

// release returns sc to the pool, dropping its references to the text.
func (sc *scanner) release() {
	clear(sc.out)
	sc.orig, sc.ns = "", ""
	if cap(sc.nbuf) > 1<<16 {
		sc.nbuf = nil // a very long text: do not keep its buffers
	}
	if cap(sc.marks) > 1<<14 {
		sc.marks = nil
	}
	if cap(sc.words) > 1<<12 {
		sc.words, sc.nwords = nil, nil
	}
	if cap(sc.cmps) > 1<<12 || cap(sc.sents) > 1<<12 {
		sc.cmps, sc.sents = nil, nil
	}
	sc.scratch.trim()
	scanners.Put(sc)
}

// off maps a byte offset in ns (at a rune start, or len(ns)) to the offset
// in orig of the same rune (len(orig)): the offset after the last jump at
// or before i, moved on by the bytes since, which map one to one.
func (sc *scanner) off(i int) int {
	return sc.offWith(sc.jumpsTo(i), i)
}

// jumpsTo returns the number of jumps at or before offset i of ns.
func (sc *scanner) jumpsTo(i int) int {
	js := sc.jumps
	lo, hi := 0, len(js)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if js[m].ns <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// offWith is off(i) given k = jumpsTo(i).
func (sc *scanner) offWith(k, i int) int {
	if k == 0 {
		return i
	}
	j := sc.jumps[k-1]
	return j.orig + i - j.ns
}

// offCursor maps offsets asked in increasing order, as a figure's are
// (lead, label, figure), with one binary search for the first: k is
// jumpsTo(at), at the last offset mapped.
type offCursor struct{ k, at int }

func (sc *scanner) cursorAt(i int) offCursor { return offCursor{sc.jumpsTo(i), i} }

// offFrom is off(i), moving c on to i (an earlier offset is mapped by
// off, leaving c where it is).
func (sc *scanner) offFrom(c *offCursor, i int) int {
	if i < c.at {
		return sc.off(i)
	}
	for c.k < len(sc.jumps) && sc.jumps[c.k].ns <= i {
		c.k++
	}
	c.at = i
	return sc.offWith(c.k, i)
}

func (sc *scanner) at(i int) rune {
	if i < 0 || i >= len(sc.ns) {
		return -1
	}
	r, _ := decodeValid(sc.ns, i)
	return r
}

func (sc *scanner) before(i int) (rune, int) {
	if i <= 0 {
		return -1, 0
	}
	r, w := lastRune(sc.ns[:i])
	return r, w
}

func isDigit(r rune) bool       { return r >= '0' && r <= '9' }
func isASCIILetter(r rune) bool { return r|0x20 >= 'a' && r|0x20 <= 'z' } // unicode.IsLetter below 128

// asciiLeadBoundary[c] is isLeadBoundary(c), for step.
var asciiLeadBoundary = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isLeadBoundary(rune(c))
	}
	return t
}()

// isLeadBoundary reports runes that end a lead: clause punctuation and brackets.
func isLeadBoundary(r rune) bool {
	switch r {
	case '，', ',', '、', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '\r', '\t', '(', ')', '（', '）', '“', '”', '"', '《', '》', '【', '】', '[', ']', '〔', '〕':
		return true
	}
	return false
}

// scanRunes holds the runes the scan's switch acts on (all below
// U+10000): any other rune is stepped over, as its default case does.
var scanRunes = func() *runeSet {
	s := new(runeSet)
	for _, r := range "（(“，,、；;：:。！？!?\n\r\t)）”\"《》【】[]〔〕0123456789〇零一二两三四五六七八九十百千万亿" {
		s.add(r)
	}
	return s
}()

// scan finds the figures of the text, appending them to out; it returns
// out[base:]. It looks only at the runes prepare marked: every other rune
// starts nothing (scanAll in the tests, the loop over every rune, is its
// oracle). The steps it takes end on rune starts, so the marks at or after
// i are where a loop decoding from i would act.
func (sc *scanner) scan() []Quantity {
	i := 0
	for _, m := range sc.marks {
		if m < i {
			continue // inside what the last step read
		}
		i = sc.step(m)
	}
	return sc.out[sc.base:]
}

// step acts on the rune at i, one of scanRunes, and returns where to go on.
func (sc *scanner) step(i int) int {
	ns := sc.ns
	switch c := ns[i]; {
	case c >= '0' && c <= '9':
		return sc.digits(i) // the commonest mark, and none of the cases before isDigit below
	case c < utf8.RuneSelf && c != '(':
		// the next commonest: ASCII punctuation (Normalize makes ，；： so),
		// told without decoding; what the switch below does with them
		if asciiLeadBoundary[c] {
			sc.leadFrom = i + 1
		}
		return i + 1
	}
	r, w := decodeValid(ns, i)
	switch {
	case r == '（' || r == '(':
		if n := shortBracket(ns[i+w:]); n > 0 {
			// "因公出国（境）费": a short bracketed word is part of the label
			return i + w + n
		}
		if n := scopeRemark(ns[i+w:]); n > 0 {
			// "全年预算数（含年中追加调整）6048.50万元": a remark on what the
			// figure takes in, between its label and the figure
			return i + w + n
		}
		if n := abbreviation(ns[i+w:]); n > 0 {
			// "地区生产总值（GDP）达到321.70亿元": the label's abbreviation,
			// part of it
			return i + w + n
		}
		if n := nameAlias(ns[i+w:]); n > 0 && hanBefore(ns[:i]) {
			// "公用经费（商品和服务支出）281.07万元": another name of the
			// label, between it and the figure
			return i + w + n
		}
		sc.leadFrom = i + w // a lead boundary
		return i + w
	case r == '“':
		if n := shortQuote(ns[i+w:]); n > 0 {
			// "“三公”经费支出": a short quoted term inside a label is part of it
			return i + w + n
		}
		sc.leadFrom = i + w // a lead boundary
		return i + w
	case isLeadBoundary(r):
		sc.leadFrom = i + w
		return i + w
	case r == '百' && strings.HasPrefix(ns[i:], "百分之"):
		return sc.chinese(i, true)
	case isCNNumeralRune(r):
		return sc.chinese(i, false)
	}
	return i + w
}

// lastRune is utf8.DecodeLastRuneInString(s) with a valid three-byte
// rune at the end (most of Chinese text) decoded inline. The rune is
// valid when its bytes continue a lead3 byte (which leaves out the overlong
// forms and the surrogates): the rest, E0 and ED among them, is left to
// utf8 (FuzzLastRune compares it with utf8).
func lastRune(s string) (rune, int) {
	if n := len(s); n >= 3 && lead3[s[n-3]] && (s[n-2]^0x80)|(s[n-1]^0x80) < 0x40 {
		return rune(s[n-3]&0x0F)<<12 | rune(s[n-2]&0x3F)<<6 | rune(s[n-1]&0x3F), 3
	}
	return utf8.DecodeLastRuneInString(s)
}

// firstRune is utf8.DecodeRuneInString(s) with a valid three-byte rune
// at the start (most of Chinese text) decoded inline, told as in lastRune.
func firstRune(s string) (rune, int) {
	if len(s) >= 3 && lead3[s[0]] && (s[1]^0x80)|(s[2]^0x80) < 0x40 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// decodeValid is utf8.DecodeRuneInString(s[i:]) for valid UTF-8 (as
// Normalize's output is), with ASCII and the three-byte runes of Chinese
// text decoded inline.
func decodeValid(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c&0xF0 == 0xE0 && i+2 < len(s) {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isHan is unicode.Is(unicode.Han, r), with the common cases told
// without a table search: no Han character lies below U+2E80, and all of
// the block U+4E00–U+9FFF is Han (TestIsHan).
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// shortBracket returns the length up to and including the closing bracket
// when s starts with one to three Han characters and a closing bracket
// ("境）"), else 0.
func shortBracket(s string) int {
	n := 0
	for i, r := range s {
		if r == '）' || r == ')' {
			if n == 0 {
				return 0
			}
			return i + utf8.RuneLen(r)
		}
		if !isHan(r) || n == 3 {
			return 0
		}
		n++
	}
	return 0
}

// abbreviation returns the length up to and including the closing bracket
// when s starts with two to five capital Latin letters and a closing
// bracket ("GDP）"), else 0.
func abbreviation(s string) int {
	for i := 0; i < len(s) && i <= 5; i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			continue
		case c == ')' && i >= 2:
			return i + 1
		case strings.HasPrefix(s[i:], "）") && i >= 2:
			return i + len("）")
		}
		return 0
	}
	return 0
}

// nameAlias returns the length up to and including the closing bracket
// when s holds two to twenty Han characters (和、及 and 、 among them) that
// are not a unit nor a remark (简称, 下同, 初步核算, 预计) and the bracket closes right
// before a digit: another name of the label before the bracket
// ("公用经费（商品和服务支出）281.07万元"), inside the figure's lead. Else 0.
func nameAlias(s string) int {
	n := 0
	for i, r := range s {
		if r == '）' || r == ')' {
			rest := s[i+utf8.RuneLen(r):]
			if n < 2 || rest == "" || rest[0] < '0' || rest[0] > '9' {
				return 0
			}
			in := s[:i]
			if IsMoneyUnit(in) || IsCountUnit(in) || strings.HasPrefix(in, "含") || strings.HasPrefix(in, "不含") || strings.HasPrefix(in, "包括") ||
				cjk.ContainsAnyOf(in, "简称", "下同", "以下", "同比", "上年", "本年", "合计", "其中", "单位", "核算", "预计", "初步", "快报", "估", "测算", "审定", "审计", "调整", "口径", "可比", "现价", "不变价", "折合") {
				return 0
			}
			return i + utf8.RuneLen(r)
		}
		if r != '、' && !isHan(r) || n == 20 {
			return 0
		}
		n++
	}
	return 0
}

// hanBefore reports whether s ends with a Han character (a label's last).
func hanBefore(s string) bool {
	r, _ := lastRune(s)
	return isHan(r)
}

// Alias returns the other name a figure's label ends with in brackets,
// right before the figure ("公用经费（商品和服务支出）281.07万元":
// 商品和服务支出), "" when there is none. text is the string the figure was
// found in. The label keeps the brackets: "累计折旧（摊销）" is no
// 累计折旧, and only the rule that reads a row by name decides whether
// the bracketed words name it.
func (q *Quantity) Alias(text string) string {
	if q.LabelEnd != q.Start || q.Start > len(text) || q.LabelStart >= q.LabelEnd {
		return ""
	}
	l := text[q.LabelStart:q.LabelEnd]
	for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		in, ok := strings.CutSuffix(l, br[1])
		if !ok {
			continue
		}
		k := strings.LastIndex(in, br[0])
		if k <= 0 {
			continue
		}
		if at := q.LabelStart + k + len(br[0]); nameAlias(text[at:]) == q.Start-at && hanBefore(text[:q.LabelStart+k]) {
			return in[k+len(br[0]):]
		}
	}
	return ""
}

// scopeRemark returns the length up to and including the closing bracket
// when s opens with 含, 不含 or 包括 and the bracket closes, within twenty
// Han characters, right before a digit: a remark on the scope of the figure
// that follows, inside its lead. Else 0.
func scopeRemark(s string) int {
	if !strings.HasPrefix(s, "含") && !strings.HasPrefix(s, "不含") && !strings.HasPrefix(s, "包括") {
		return 0
	}
	n := 0
	for i, r := range s {
		if r == '）' || r == ')' {
			rest := s[i+utf8.RuneLen(r):]
			if rest == "" || rest[0] < '0' || rest[0] > '9' {
				return 0
			}
			return i + utf8.RuneLen(r)
		}
		if !isHan(r) || n == 20 {
			return 0
		}
		n++
	}
	return 0
}

// shortQuote returns the length up to and including the closing quote when
// s starts with one to six Han characters, ” and another Han character
// ("三公”经费"), else 0: the quoted term is then a word of a longer label.
func shortQuote(s string) int {
	n := 0
	for i, r := range s {
		if r == '”' {
			next, _ := firstRune(s[i+len("”"):])
			if n == 0 || !isHan(next) || strings.ContainsRune("的是为等和与及", next) {
				return 0
			}
			return i + len("”")
		}
		if !isHan(r) || n == 6 {
			return 0
		}
		n++
	}
	return 0
}

// skipAlnum skips a run of ASCII letters, digits and joiners from i.
func (sc *scanner) skipAlnum(i int) int {
	for i < len(sc.ns) {
		c := sc.ns[i]
		if c < 128 && (isDigit(rune(c)) || isASCIILetter(rune(c)) || c == '-' || c == '.' || c == '/' || c == '_') {
			i++
			continue
		}
		break
	}
	return i
}

// digits handles an ASCII digit run starting at i and returns where to resume.
func (sc *scanner) digits(i int) int {
	ns := sc.ns
	start := i
	prev, pw := sc.before(i)
	// glued to letters or other digits: codes, model numbers, phone numbers
	if isASCIILetter(prev) || prev == '_' || prev == '.' || prev == '/' || (prev == '-' && isDigit(sc.at(i-pw-1))) {
		return sc.skipAlnum(i)
	}
	// read digits, thousands separators, decimals
	j, intDigits, sep := i, 0, false
	for j < len(ns) && isDigit(rune(ns[j])) {
		j++
		intDigits++
	}
	for j+3 < len(ns) && (ns[j] == ',' || ns[j] == ' ' && spaceGroup(ns[i:], j-i, intDigits, false)) && isDigits(ns, j+1, 3) {
		j += 4
		sep = true
		intDigits += 3
	}
	dec := false
	if j+1 < len(ns) && ns[j] == '.' && isDigit(rune(ns[j+1])) {
		dec = true
		j++
		for j < len(ns) && isDigit(rune(ns[j])) {
			j++
		}
	}
	next := sc.at(j)
	// letters glued after: 5G, 120km/h, 3D
	if isASCIILetter(next) || next == '_' {
		return sc.skipAlnum(j)
	}
	// dates and times: 12月, 31日, 8:30, 2021-2022, 10~20 (ranges are skipped as a whole)
	if next == '-' || next == '~' || next == '～' || next == '—' || next == '/' || next == '至' {
		_, nw := firstRune(ns[j:])
		if isDigit(sc.at(j + nw)) {
			k := j + nw
			for k < len(ns) && (isDigit(rune(ns[k])) || ns[k] == '.') {
				k++
			}
			return sc.skipTail(k)
		}
	}
	if (next == ':' || next == '：') && isDigit(sc.at(j+utf8.RuneLen(next))) {
		return sc.skipAlnum(j + 1)
	}
	text := ns[i:j]
	// brackets around: 〔2023〕, 【2019】, [2], 第3
	if prev == '〔' || prev == '【' || prev == '[' || prev == '［' || prev == '第' || prev == '#' || prev == '№' {
		return sc.skipTail(j)
	}
	switch next {
	case '〕', '】', ']', '号', '期', '届', '月', '日', '时', '版', '楼', '层', '路', '栋', '室', '岁':
		return sc.skipTail(j)
	case '年':
		// a year (2022年) or a duration (3年): neither is a checked quantity
		return j
	}
	// list numbers: "1." "1、" "(2)" "2)" at a clause start, "任务1：" "指标4："
	if !dec && !sep {
		atStart := sc.onlySpaceSince(sc.leadFrom, i)
		switch {
		case next == '、' || next == '．':
			return j + utf8.RuneLen(next)
		case next == '.' && atStart:
			return j + 1
		case (next == ')' || next == '）') && (prev == '(' || prev == '（' || atStart):
			return j
		case next == ':' || next == '：':
			return j
		}
	}
	// an unrounded long integer with no unit is a code or phone number.
	// parseNumber skips the separators read above itself (each is followed
	// by exactly three digits), so text is parsed as it is, not copied
	// without its commas.
	n, _, ok := parseNumber(text)
	if !ok {
		return j
	}
	q := Quantity{Number: n}
	q.Unit = ""
	k := j
	// sign written just before: -6.59, +3
	if (prev == '-' || prev == '+') && !isDigit(sc.at(i-pw-1)) {
		if prev == '-' {
			q.Mant = -q.Mant
		}
		start = i - pw
	}
	k = sc.readUnit(&q, k)
	if !dec && !sep && q.Unit == "" && !q.Percent && !q.Permil && intDigits >= 7 {
		return k
	}
	sc.finish(&q, start, k)
	return k
}

// skipTail skips an alphanumeric tail after a skipped number (e.g. 号, 〕3号).
func (sc *scanner) skipTail(j int) int {
	if j < len(sc.ns) {
		r, w := firstRune(sc.ns[j:])
		if !isLeadBoundary(r) {
			return j + w
		}
	}
	return j
}

func (sc *scanner) onlySpaceSince(from, to int) bool {
	for k := from; k < to; {
		r, w := decodeValid(sc.ns, k)
		if !isSpaceRune(r) {
			return false
		}
		k += w
	}
	return true
}

// readUnit reads %, ‰, a 余/多 qualifier, a unit and trailing qualifiers
// after the figure ending at k, filling q; it returns the new end.
func (sc *scanner) readUnit(q *Quantity, k int) int {
	ns := sc.ns
	for k < len(ns) && ns[k] == ' ' {
		k++
	}
	rest := ns[k:]
	switch {
	case strings.HasPrefix(rest, "%"):
		q.Percent = true
		k++
	case strings.HasPrefix(rest, "‰"):
		q.Permil = true
		k += len("‰")
	default:
		qual := ""
		switch {
		case strings.HasPrefix(rest, "余"):
			qual = "余"
		case strings.HasPrefix(rest, "多"):
			qual = "多"
		}
		if qual != "" {
			q.Approx, q.Qualifier = true, qual
			k += len(qual)
			rest = ns[k:]
		}
		if u := matchUnit(rest); u != "" && u != "余" {
			q.Unit = u
			k += len(u)
		}
	}
	rest = ns[k:]
	for _, qual := range trailingQualifiers[:trailingCount(rest)] {
		if strings.HasPrefix(rest, qual) {
			if (qual == "多" || qual == "余") && startsWithFigure(rest[len(qual):]) {
				break // "较上年14.55万元多4.10万元": 多 compares, it does not qualify
			}
			q.Approx = true
			if q.Qualifier == "" {
				q.Qualifier = qual
			}
			k += len(qual)
			break
		}
	}
	return k
}

var trailingQualifiers = [...]string{"以上", "左右", "以内", "以下", "上下", "多", "余"}

// trailingCount returns len(trailingQualifiers) when s starts with the
// first rune of one (以, 左, 上, 多, 余), else 0: s then starts with none.
func trailingCount(s string) int {
	switch r, _ := firstRune(s); r {
	case '以', '左', '上', '多', '余':
		return len(trailingQualifiers)
	}
	return 0
}

// startsWithFigure reports whether s begins, after spaces, with a digit.
func startsWithFigure(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && isDigit(rune(s[0]))
}

// unitsByRune finds the indexes in baseUnits of the units starting with
// a rune, in order (by the rank of its bit, not a map lookup);
// unitNames[m][u] is unitPrefixes[m] + baseUnits[u], made once so that
// matching a unit allocates nothing.
var unitsByRune, unitNames = func() (wordSet, [][]string) {
	names := make([][]string, len(unitPrefixes))
	for m, p := range unitPrefixes {
		for _, u := range baseUnits {
			names[m] = append(names[m], p+u)
		}
	}
	return newWordSet(baseUnits), names
}()

// matchUnit returns the unit at the start of s ("" if none).
func matchUnit(s string) string {
	prefixes := unitPrefixes
	if r, _ := firstRune(s); r != '万' && r != '亿' && r != '千' && r != '百' {
		// every multiplier starts with one of these: only the empty prefix is left
		prefixes = unitPrefixes[len(unitPrefixes)-1:]
	}
	for pi, m := range prefixes {
		mi := pi + len(unitPrefixes) - len(prefixes)
		if !strings.HasPrefix(s, m) {
			continue
		}
		r, _ := firstRune(s[len(m):])
		for _, ui := range unitsByRune.of(r) { // the units starting with r, in baseUnits order
			u := baseUnits[ui]
			if strings.HasPrefix(s[len(m):], u) {
				if m == "百" && u == "分" { // 百分之 handled elsewhere
					continue
				}
				if u == "余" {
					continue
				}
				return unitNames[mi][ui]
			}
		}
		if m == "万" || m == "亿" || m == "万亿" {
			return m // a bare multiplier: 3.5万, 1.2亿
		}
	}
	return ""
}

// chinese handles a Chinese numeral at i (pct: it starts with 百分之).
func (sc *scanner) chinese(i int, pct bool) int {
	ns := sc.ns
	start := i
	prev, _ := sc.before(i)
	if isCNNumeralRune(prev) || prev == '第' || prev == '周' || prev == '星' || prev == '初' {
		_, w := firstRune(ns[i:])
		return i + w
	}
	j := i
	if pct {
		j += len("百分之")
	}
	var buf [64]rune
	rs := numeralRunes(buf[:0], ns[j:min(len(ns), j+64)])
	v, dec, n := parseCN(rs, 0, len(rs), true)
	if n == 0 {
		_, w := firstRune(ns[i:])
		return i + w
	}
	// do not swallow the 万/亿 of 万元/亿元 when the numeral ends with it
	numEnd := j
	for _, r := range rs[:n] {
		numEnd += utf8.RuneLen(r) // len(string(rs[:n])), not built
	}
	q := Quantity{Number: Number{Mant: v, Dec: dec, Kind: Value}, Chinese: true}
	q.Exact = dec == 0
	switch prev {
	case '数', '几', '上', '过', '逾', '成':
		// 数百家, 几十个, 上千人, 过百亿元: an order of magnitude, not a figure
		q.Approx, q.Exact, q.Qualifier = true, false, string(prev)
	}
	if pct {
		q.Percent = true
		sc.finish(&q, start, numEnd)
		return numEnd
	}
	if strings.HasPrefix(ns[numEnd:], "、") || strings.HasPrefix(ns[numEnd:], "是") {
		return numEnd // 一、 二是
	}
	k := sc.readUnit(&q, numEnd)
	if q.Unit == "" || q.Unit == "万" || q.Unit == "亿" || q.Unit == "万亿" {
		return numEnd
	}
	if r, _ := firstRune(ns[k:]); r == '性' {
		return numEnd // 一次性, 一揽子: a word, not a count
	}
	// numerals that are parts of words: 一批, 一般, 三公, 十四五 are not followed by a unit
	sc.finish(&q, start, k)
	return k
}

// numeralRunes appends the runes of s to buf as []rune(s) would, but
// stops after the first that is neither a numeral rune nor 点: parseCN
// reads no further (each of its loops stops at such a rune), so it parses
// the same numeral as from all of []rune(s), the oracle of
// FuzzNumeralRunes, without decoding the words after it.
func numeralRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
		if !isCNNumeralRune(r) && r != '点' {
			break
		}
	}
	return buf
}

var preQualifiers = []string{"接近", "超过", "不足", "不到", "不低于", "不少于", "不超过", "不高于", "高于", "低于", "大于", "小于", "至少", "最高", "最多", "将近", "大约", "突破", "逾", "近", "约", "超", "≥", "≤", ">=", "<=", ">", "<", "≈"}

var preQualifierList = suffixList(preQualifiers)

// finish computes lead, label, year and period for a figure spanning
// ns[start:end] and appends it.
func (sc *scanner) finish(q *Quantity, start, end int) {
	ns := sc.ns
	lead := ns[sc.leadFrom:start]
	leadStart := sc.leadFrom
	// qualifier just before the figure
	tl := strings.TrimRight(lead, " ")
	if p := preQualifierList.suffixOf(tl); p != "" {
		q.Approx = true
		q.Qualifier = p
		if q.Bound == "" {
			q.Bound = p
		}
	}
	if q.Bound != "" && !q.Approx {
		q.Approx = true
		q.Qualifier = q.Bound
	}
	q.Kind = Value
	labelEnd := start
	if k := strings.LastIndexAny(ns[leadStart:start], "(（"); k >= 0 {
		open := leadStart + k
		_, w := utf8.DecodeRuneInString(ns[open:])
		if n := scopeRemark(ns[open+w:]); n > 0 && open+w+n == start {
			labelEnd = open // the label is before the remark (scopeRemark)
		}
	}
	a, b, year, period, total := analyseLead(ns, leadStart, labelEnd, q.Qualifier, sc.leadMarksFrom(leadStart))
	b = min(b, labelEnd)
	a = min(a, b)
	if year == 0 && priorBaseLead(ns[leadStart:start]) {
		// "本年收入合计较上年的23800.39万元增加…": the figure is last year's,
		// whatever period the subject before the anchor names
		period = "上年"
	}
	if a > leadStart && strings.HasSuffix(ns[:a], "“") && cjk.Contains(ns[a:b], "”") && !cjk.Contains(ns[a:b], "“") {
		a -= len("“") // “三公”经费: keep the quote the label opens with
	}
	// the offsets in orig, mapped in increasing order: the lead, the
	// label inside it, the figure
	c := sc.cursorAt(leadStart)
	q.LeadStart = sc.offFrom(&c, leadStart)
	q.LabelStart, q.LabelEnd = sc.offFrom(&c, a), sc.offFrom(&c, b)
	q.Start, q.End = sc.offFrom(&c, start), sc.offFrom(&c, end)
	q.Lead = sc.orig[q.LeadStart:q.Start]
	q.Label = sc.orig[q.LabelStart:q.LabelEnd]
	q.Year, q.Period, q.Total = year, period, total
	sc.add(q)
	sc.leadFrom = end
}

// leadMarksFrom returns the marks of sc.nwords from the first at or after
// from, the start of a lead: analyseLead looks at none before it. The
// leads of a text's figures come in order, so the first mark is found by
// moving on from the last lead's (sc.nwordAt), not from the text's start.
func (sc *scanner) leadMarksFrom(from int) leadMarks {
	k := sc.nwordAt
	if k > len(sc.nwords) || k > 0 && sc.nwords[k-1] >= from {
		k = 0 // an earlier lead than the last: look from the start
	}
	for k < len(sc.nwords) && sc.nwords[k] < from {
		k++
	}
	sc.nwordAt = k
	return leadMarks{at: sc.nwords[k:], ok: !sc.slow}
}

// add appends q to the figures found. When out is an Analyzer's block
// that is full, the text's figures so far move to the scanner's own buffer
// rather than append copying the earlier texts' figures too (they stay
// where they are: their slices end before base).
func (sc *scanner) add(q *Quantity) {
	if sc.inBlock && len(sc.out) == cap(sc.out) {
		sc.out = append(sc.own[:0], sc.out[sc.base:]...)
		sc.base, sc.own, sc.inBlock = 0, nil, false
	}
	sc.out = append(sc.out, *q)
}

var (
	leadPrefixes = []string{"其中", "主要用于", "主要包括", "主要是", "主要为", "包括", "分别为", "分别是", "分别", "均为", "另外", "另有", "另", "以及", "及", "和", "与", "同比", "相比", "较", "对比", "比", "全部", "为", "是", "的", "了", "共有", "有", "即"}
	leadSuffixes = []string{"合计为", "共计为", "总计为", "合计", "共计", "总计", "累计", "共", "分别为", "分别", "为", "是", "达到", "达", "约", "了", "的", "实际", "完成", "实现", "增加", "减少", "增长", "下降", "提高", "降低", "上升", "压减", "节约", "多", "少", "到"}
	startPeriods = []string{"年初预算数", "年初预算", "全年预算数", "全年预算", "调整预算", "上年度", "上年末", "上年底", "去年末", "去年底", "上年", "去年", "本年末", "同期", "上期", "本年度", "本年", "当年", "全年", "年初", "年末", "年底", "期末", "期初"}
	endPeriods   = []string{"年初预算数", "全年预算数", "预算数", "决算数", "执行数", "实际数", "年初预算", "全年预算", "预算", "决算", "年初", "上年末", "去年末", "年末", "全年"}
	totalWords   = []string{"合计", "共计", "总计", "累计", "共"}

	leadSuffixList  = suffixList(leadSuffixes)
	endPeriodList   = suffixList(endPeriods)
	leadPrefixList  = prefixList(leadPrefixes)
	startPeriodList = prefixList(startPeriods)
)

// trimmedFirst and trimmedLast report the runes analyseLead trims from
// the start and from the end of a lead.
func trimmedFirst(r rune) bool {
	return isSpaceRune(r) || r == '“' || r == '”' || r == '"' || r == '·' || r == '…' || r == '-' || r == '—'
}

func trimmedLast(r rune) bool { return isSpaceRune(r) || r == '“' || r == '”' || r == '"' }

// analyseLead strips ns[a:b] down to its label and returns the label range,
// the year, period and whether the lead marks a total.
func analyseLead(ns string, a, b int, qual string, lm leadMarks) (int, int, int, string, bool) {
	year, period, total := 0, "", false
	trimS := func() {
		// a rune whose first byte is E4 to E9 (U+4000 to U+9FFF, most Han
		// characters) is trimmed at neither end (TestLeadTrimsNoHan): told
		// by that byte, as ns is valid UTF-8 and a and b are rune starts
		if a < b && ns[a] >= 0xE4 && ns[a] <= 0xE9 && b-a >= 3 && ns[b-3] >= 0xE4 && ns[b-3] <= 0xE9 {
			return
		}
		for a < b {
			r, w := decodeValid(ns, a)
			if !trimmedFirst(r) {
				break
			}
			a += w
		}
		for b > a {
			r, w := lastRune(ns[:b])
			if !trimmedLast(r) {
				break
			}
			b -= w
		}
	}
	trimS()
	if qual != "" && strings.HasSuffix(ns[a:b], qual) {
		b -= len(qual)
	}
	// list numbers left in the lead: "1." "(1)" "一、"
	for a < b && isDigit(rune(ns[a])) {
		k := a
		for k < b && isDigit(rune(ns[k])) {
			k++
		}
		if k < b && (ns[k] == '.' || strings.HasPrefix(ns[k:], "、")) {
			_, w := firstRune(ns[k:])
			a = k + w
			continue
		}
		break
	}
	a, b, year = lm.leadYear(ns, a, b)
	for changed := true; changed && a < b; {
		changed = false
		trimS()
		s := ns[a:b]
		// s's first and last runes, decoded once for the four lists
		first, _ := firstRune(s)
		last, _ := lastRune(s)
		if p := leadSuffixList.suffixOfRune(s, last); p != "" {
			if totalSuffix(p) {
				total = true
			}
			b -= len(p)
			changed = true
			continue
		}
		if p := endPeriodList.suffixOfRune(s, last); p != "" {
			if period == "" {
				period = p
			}
			b -= len(p)
			changed = true
			continue
		}
		for _, p := range leadPrefixList.of(first) { // the leadPrefixes s may start with, in order
			if strings.HasPrefix(s, p) {
				if (p == "比" || p == "较") && len(s) > len(p) {
					r, _ := firstRune(s[len(p):])
					if !isDigit(r) && !strings.ContainsRune("上去同前年本", r) {
						continue // 比重, 较大
					}
				}
				if p == "同比" && period == "" {
					period = "同比"
				}
				a += len(p)
				changed = true
				break
			}
		}
		if changed {
			continue
		}
		if p := startPeriodList.prefixOfRune(s, first); p != "" {
			period = p
			a += len(p)
			changed = true
			continue
		}
		if first == '占' && len(s) > len("占") {
			// "占上年度总收入874.37万元的86.35%": the base of a share, of the
			// period named after 占 (not 占地面积: only before a period word)
			if r, _ := firstRune(s[len("占"):]); startPeriodList.prefixOfRune(s[len("占"):], r) != "" {
				a += len("占")
				changed = true
				continue
			}
		}
		// a year left at the start after other words were stripped
		if len(s) >= 7 && isDigits4Year(s[:4]) && strings.HasPrefix(s[4:], "年") {
			a += 4 + len("年")
			if strings.HasPrefix(ns[a:b], "度") {
				a += len("度")
			}
			changed = true
		}
	}
	trimS()
	// "项目支出主要用于工资福利支出": the label is what follows the marker
	// (each marker holds 用, 其 or 包: most labels hold none, told in one pass)
	for _, m := range leadMarkers[:lm.leadMarkerCount(ns, a, b)] {
		if k := strings.LastIndex(ns[a:b], m); k > 0 {
			a += k + len(m)
			trimS()
			break
		}
	}
	// "整体资金支出较2020年增加": the label is the subject before the comparison
	if k := lm.anchorIn(ns, a, b); k > 0 {
		b = a + k
		trimS()
	}
	return a, b, year, period, total
}

// totalSuffix reports whether the leadSuffix p says its figure is a
// total: a totalWord, or a word starting with 合计, 共计 or 总计. The
// words are listed (TestTotalSuffix compares with that reading) as the
// check runs for every lead a suffix is cut from.
func totalSuffix(p string) bool {
	switch p {
	case "合计为", "共计为", "总计为", "合计", "共计", "总计", "累计", "共":
		return true
	}
	return false
}

// leadYear finds the last year written in the lead ns[a:b] (2021年,
// 2021年度) and removes it from the lead when it is at either end. A year
// is four digits not preceded by a digit and followed by 年, so each 年
// of the lead is looked at, not each rune (leadYearRunes in the tests,
// the loop over the runes, is its oracle).
func leadYear(ns string, a, b int) (int, int, int) {
	year := 0
	for from := a; from < b; {
		p := cjk.Index(ns[from:b], "年")
		if p < 0 {
			break
		}
		a, b, from = yearAt(ns, a, b, p+from, &year)
	}
	return a, b, year
}

// yearAt is one step of leadYear, at the 年 at ns[p] of the lead ns[a:b]:
// when four digits not preceded by a digit stand before it, their year
// goes in *year and is cut from the lead if it is at either end (with
// 度 after it). It returns the lead and the offset to go on from.
func yearAt(ns string, a, b, p int, year *int) (int, int, int) {
	k := p - 4
	if k < a || !isDigits4Year(ns[k:p]) || k > a && isDigit(rune(ns[k-1])) {
		return a, b, p + len("年")
	}
	*year = int(ns[k]-'0')*1000 + int(ns[k+1]-'0')*100 + int(ns[k+2]-'0')*10 + int(ns[k+3]-'0')
	e := p + len("年")
	if strings.HasPrefix(ns[e:], "度") {
		e += len("度")
	}
	if k == a {
		a = e
	} else if e == b {
		b = k
	}
	return a, b, e
}

var leadMarkers = [...]string{"主要用于", "其中", "包括", "用于"}

// leadMarkerCount returns len(leadMarkers) when s holds a rune of them
// (用, 其 or 包), else 0: then s holds none of them.
func leadMarkerCount(s string) int {
	// 用 is E7 94 A8, 其 E5 85 B6, 包 E5 8C 85: a lead byte never occurs
	// inside another rune, so the bytes are looked at, not decoded runes
	// (leadMarkerCountRunes in the tests is the oracle)
	for i := 0; i+2 < len(s); i++ {
		switch s[i] {
		case 0xE7:
			if s[i+1] == 0x94 && s[i+2] == 0xA8 {
				return len(leadMarkers)
			}
		case 0xE5:
			if s[i+1] == 0x85 && s[i+2] == 0xB6 || s[i+1] == 0x8C && s[i+2] == 0x85 {
				return len(leadMarkers)
			}
		}
	}
	return 0
}

// anchorIn returns the offset of a comparison word (比, 较, 同比, 环比)
// followed by a year or period in s (valid UTF-8: a normalised text), or -1.
func anchorIn(s string) int {
	for i := 0; i < len(s); {
		// no anchor starts before the next 同, 环, 比 or 较 (nextAnchorRune
		// also stops at 与, 和 and 跟, which start none here)
		if i = nextAnchorRune(s, i, len(s)); i == len(s) {
			break
		}
		var w int
		if i, w = anchorAt(s, i); w < 0 {
			return i
		}
		i += w
	}
	return -1
}

// anchorAt looks at the rune at s[i], one nextAnchorRune stops at: it
// returns the anchor's offset and −1 when an anchor starts there, else i
// and the rune's width.
func anchorAt(s string, i int) (int, int) {
	r, w := decodeValid(s, i)
	if (r == '同' || r == '环') && strings.HasPrefix(s[i+w:], "比") { // 同比, 环比
		return i, -1
	}
	if (r == '比' || r == '较') && i+w < len(s) {
		e := i + w
		if strings.HasPrefix(s[e:], "之") || strings.HasPrefix(s[e:], "于") {
			e += len("之") // 较之上年, 相较于上年
		}
		n, _ := firstRune(s[e:])
		if isDigit(n) || strings.ContainsRune("上去前同", n) || strings.HasPrefix(s[e:], "年初") {
			if p, pw := utf8.DecodeLastRuneInString(s[:i]); p == '相' || p == '对' {
				return i - pw, -1 // 相比上年, 对比上年
			}
			return i, -1
		}
	}
	return i, w
}

func isDigits4Year(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigit(rune(s[i])) {
			return false
		}
	}
	y, _ := strconv.Atoi(s)
	return y >= 1949 && y <= 2100
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// priorBaseLead reports a lead ending with a comparison with the year
// before whose figure follows: "较上年的", "比去年同期的", "与上年度的".
func priorBaseLead(lead string) bool {
	lead, ok := strings.CutSuffix(lead, "的")
	if !ok {
		return false
	}
	lead = strings.TrimSuffix(strings.TrimSuffix(lead, "同期"), "度")
	lead, ok = strings.CutSuffix(lead, "上年")
	if !ok {
		if lead, ok = strings.CutSuffix(lead, "去年"); !ok {
			return false
		}
	}
	return strings.HasSuffix(lead, "较") || strings.HasSuffix(lead, "比") || strings.HasSuffix(lead, "与") || strings.HasSuffix(lead, "同")
}
