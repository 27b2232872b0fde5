package years

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// unit is a piece of running text: a paragraph or heading outside tables,
// or one line of a table cell.
type unit struct {
	Span model.Span
	Text string
	Cell *model.Cell // nil outside tables
	// Year reports whether Text holds 年: relevant looks for it anyway,
	// and a unit without has no year mention, nor have its sentences.
	Year bool
}

type unitsKey struct{}

// unitsOf returns units(p.Doc), computed once per pass: every YR rule and
// the report-year vote walk them. Callers must not modify the slice.
func unitsOf(p *audit.Pass) []unit {
	b := buffersOf(p)
	return audit.Fact(p, unitsKey{}, func(d *model.Document) []unit {
		b.units, b.blocks = appendUnits(b.units[:0], b.blocks[:0], d)
		return b.units
	})
}

// sentenceSet is the sentences of every unit that hold a 年, split once
// per pass (the money figures and YR002/YR003 all read them) into one
// slice: unit i's sentences are Spans[First[i]:First[i+1]]. A sentence's
// index in Spans also indexes the per-sentence facts (sentEvents,
// yearFigs.sentFigs).
//
// A sentence without 年 is left out: every year mention (20XX年, 本年,
// 上年度, …) holds one, and what the rules read of a sentence is its
// mentions and the money figures they label. Such a sentence has no
// mention, its figures no year; a figure without a year is never the
// figure a rule reports nor one it compares with (YR001 and YR002 ask for
// a given year), nor does it bring a table figure in that another would
// not (yearFigures keeps the table figures of the prose values, which are
// looked up only for figures with a year). A third of the seed's sentence
// text had none: splitting and scanning it for money was wasted.
type sentenceSet struct {
	Spans []model.Span
	First []int32 // len(units)+1
}

// of returns the index range in Spans of unit i's sentences.
func (ss *sentenceSet) of(i int) (lo, hi int) { return int(ss.First[i]), int(ss.First[i+1]) }

type sentsKey struct{}

// sentencesOf returns the sentences of unitsOf(p) that hold a 年,
// computed once per pass.
func sentencesOf(p *audit.Pass) *sentenceSet {
	us := unitsOf(p)
	ym := yearMarksOf(p)
	b := buffersOf(p)
	return audit.Fact(p, sentsKey{}, func(*model.Document) *sentenceSet {
		ss := &b.sents
		if ss.Spans == nil {
			ss.Spans = make([]model.Span, 0, len(us)+len(us)/4)
		}
		ss.First = resize(ss.First, len(us)+1)
		ss.First[0] = 0
		at := 0 // the units follow each other in the text (inAfter)
		for i, u := range us {
			if u.Year { // else none of its sentences has a 年
				ss.Spans = appendYearSentences(ss.Spans, u, ym.inAfter(&at, u.Span.Start, u.Span.End))
			}
			ss.First[i+1] = int32(len(ss.Spans))
		}
		return ss
	})
}

// appendYearSentences appends the sentences of u, split as
// figures.Sentences splits them (appendSentences), that hold one of marks,
// the 年 of u's text (by offset in the document), as absolute spans.
//
// It finds each such sentence from its 年 instead of splitting the whole
// text: a sentence ends at every sentence mark (。！？!? with the closing
// quotes after it, or a line end), whatever comes before it. A mark is
// ASCII or a three-byte rune whose lead byte no other rune holds inside
// it, so figures' forward walk meets every occurrence of a mark's bytes,
// and the sentence around a 年 runs from the end of the last mark before
// it to the end of the first mark after it. Splitting the whole text was
// most of the cost of the money figures; a third of the text of a report's
// paragraphs with 年 lies in sentences without one. (text_test.go keeps
// the split-and-filter form as the oracle.)
func appendYearSentences(dst []model.Span, u unit, marks yearMarks) []model.Span {
	s := u.Text
	from := 0 // where the sentence after the last one found starts
	for _, m := range marks {
		k := int(m) - u.Span.Start // the 年
		if k < from {
			continue // in the sentence found last
		}
		// the sentence's start: the end of the last mark in s[from:k]
		start := from
		for i := k - 1; i >= from; i-- {
			if sentenceMarkLead[s[i]] {
				if w, nl := sentenceMarkAt(s, i); w > 0 && i+w <= k {
					start = markEnd(s, i, w, nl)
					break
				}
			}
		}
		// its end: the first mark after the 年
		end, next := len(s), len(s)
		for i := k + len("年"); i < len(s); i++ {
			if sentenceMarkLead[s[i]] {
				if w, nl := sentenceMarkAt(s, i); w > 0 {
					end, next = markEnd(s, i, w, nl), markEnd(s, i, w, nl)
					if nl {
						end = i
					}
					break
				}
			}
		}
		a, b := trimSpaceRange(s, start, end)
		dst = append(dst, model.Span{Start: u.Span.Start + a, End: u.Span.Start + b})
		from = next
	}
	return dst
}

// sentenceMarkLead marks the first bytes of the sentence marks of
// figures.Sentences: \n \r ! ? and the lead bytes of 。 (E3) and ！ ？ (EF).
var sentenceMarkLead = [256]bool{'\n': true, '\r': true, '!': true, '?': true, 0xE3: true, 0xEF: true}

// sentenceMarkAt returns the width of the sentence mark at s[i] (0 if
// none) and whether it is a line end.
func sentenceMarkAt(s string, i int) (w int, nl bool) {
	switch c := s[i]; {
	case c == '\n' || c == '\r':
		return 1, true
	case c == '!' || c == '?':
		return 1, false
	case i+2 < len(s) && (c == 0xE3 && s[i+1] == 0x80 && s[i+2] == 0x82 || // 。
		c == 0xEF && s[i+1] == 0xBC && (s[i+2] == 0x81 || s[i+2] == 0x9F)): // ！ ？
		return 3, false
	}
	return 0, false
}

// markEnd returns where the sentence after the mark of width w at s[i]
// starts: after a line end, or after the mark and the closing quotes and
// brackets it keeps with its sentence.
func markEnd(s string, i, w int, nl bool) int {
	j := i + w
	if nl {
		return j
	}
	for j < len(s) {
		q, n := utf8.DecodeRuneInString(s[j:])
		if q != '”' && q != '’' && q != '」' && q != '』' && q != '）' && q != ')' {
			break
		}
		j += n
	}
	return j
}

// trimSpaceRange is figures' trimming of a sentence: s[a:b] without the
// white space (space, tab, U+3000, U+00A0, CR, LF, U+FEFF) around it.
func trimSpaceRange(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:])
		if !isSentenceSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !isSentenceSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

func isSentenceSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '\u00a0', '\r', '\n', '\ufeff':
		return true
	}
	return false
}

type sentEventsKey struct{}

// eventList is a list of event lists in one slice: list k is
// All[At[k]:At[k+1]].
type eventList struct {
	All []event
	At  []int32
}

func (el *eventList) of(k int) []event { return el.All[el.At[k]:el.At[k+1]:el.At[k+1]] }

// sentEvents returns the year mentions of every sentence of sentencesOf(p)
// (events with the report year), found once per pass.
func sentEvents(p *audit.Pass) *eventList {
	us := unitsOf(p)
	ss := sentencesOf(p)
	rep := reportYear(p).Year
	ym := yearMarksOf(p)
	b := buffersOf(p)
	return audit.Fact(p, sentEventsKey{}, func(d *model.Document) *eventList {
		el := &b.sentEvs
		el.At = resize(el.At, len(ss.Spans)+1)
		el.At[0] = 0
		at := 0 // the sentences follow each other in the text (inAfter)
		for i, u := range us {
			lo, hi := ss.of(i)
			for k := lo; k < hi; k++ {
				if u.Year { // else no events: the sentence is part of u's text
					el.All = appendScanEvents(el.All, ym.spanScannerAfter(&at, d, ss.Spans[k]), rep)
				}
				el.At[k+1] = int32(len(el.All))
			}
		}
		return el
	})
}

type unitEventsKey struct{}

// unitEvents returns the digit-year mentions of every unit of unitsOf(p)
// (events(u.Text, 0)), found once per pass for YR003 and YR004, which read
// their Year, Start and End; Base is left false.
//
// They are the digit-year mentions of the unit's sentences (sentEvents,
// which has them anyway), moved to the unit's offsets: a year and its 年
// lie in one sentence, and the context a mention is read in does not
// reach across a sentence end (the rune before a year, the words after its
// 年) but for the white space between a year and its 年, which may hold a
// line end ("2022\n年"), where a sentence ends: a unit with a line end is
// scanned whole. The text was scanned for years twice, once per sentence
// and once per unit. (events_test.go keeps the scan of each unit as the
// oracle.)
func unitEvents(p *audit.Pass) *eventList {
	us := unitsOf(p)
	ym := yearMarksOf(p)
	ss := sentencesOf(p)
	sevs := sentEvents(p)
	b := buffersOf(p)
	return audit.Fact(p, unitEventsKey{}, func(*model.Document) *eventList {
		el := &b.unitEvs
		el.At = resize(el.At, len(us)+1)
		el.At[0] = 0
		at := 0 // the units follow each other in the text (inAfter)
		for i, u := range us {
			switch {
			case !u.Year: // no events
			case strings.IndexByte(u.Text, '\n') >= 0 || strings.IndexByte(u.Text, '\r') >= 0: // (ContainsAny reads a byte at a time)
				from := len(el.All)
				el.All = appendScanEvents(el.All, ym.scannerAfter(&at, u.Text, u.Span.Start), 0) // u.Text is its span's text
				for k := from; k < len(el.All); k++ {
					el.All[k].Base = false
				}
			default:
				lo, hi := ss.of(i)
				for k := lo; k < hi; k++ {
					shift := ss.Spans[k].Start - u.Span.Start
					for _, e := range sevs.of(k) {
						if !e.Rel {
							el.All = append(el.All, event{Year: e.Year, Start: e.Start + shift, End: e.End + shift})
						}
					}
				}
			}
			el.At[i+1] = int32(len(el.All))
		}
		return el
	})
}

// units returns the document's paragraphs and cell lines in text order,
// those a YR rule can read (relevant): most cell lines are figures.
func units(d *model.Document) []unit {
	us, _ := appendUnits(nil, nil, d)
	return us
}

// appendUnits is units with the storage of us and blocks (both empty),
// which it returns for reuse.
func appendUnits(us, blocks []unit, d *model.Document) (_, _ []unit) {
	// one allocation for most documents, where a third to a half of the
	// blocks are relevant (61 of 165 in the seed, 955 of 2,080 in big.txt)
	blocks = slices.Grow(blocks, len(d.Blocks)/2)
	var year bool
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			if txt := d.Slice(b.Span); relevantYear(txt, &year) {
				blocks = append(blocks, unit{Span: b.Span, Text: txt, Year: year})
			}
		case *model.Paragraph:
			if txt := d.Slice(b.Span); b.Kind == model.Body && relevantYear(txt, &year) {
				blocks = append(blocks, unit{Span: b.Span, Text: txt, Year: year})
			}
		}
	}
	us = slices.Grow(us, 2*len(blocks))[:len(blocks)] // the cell lines go after room for the blocks
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			if !relevantYear(txt, &year) {
				continue // nor is any of its lines
			}
			if strings.IndexByte(txt, '\n') < 0 { // one line: the cell, relevant
				us = append(us, unit{Span: c.Span, Text: txt, Cell: c, Year: year})
				continue
			}
			// the lines of strings.Split(txt, "\n")
			off := c.Span.Start
			for {
				i := strings.IndexByte(txt, '\n')
				line := txt
				if i >= 0 {
					line = txt[:i]
				}
				if relevantYear(line, &year) {
					us = append(us, unit{Span: model.Span{Start: off, End: off + len(line)}, Text: line, Cell: c, Year: year})
				}
				if i < 0 {
					break
				}
				off += i + 1
				txt = txt[i+1:]
			}
		}
	}
	mergeUnits(us, blocks)
	return us, blocks
}

var relevantLast = [256]bool{0xB4: true, 0x83: true, 0xB3: true, 0xA2: true}

// relevant reports whether a YR rule can read anything in s: each looks
// for a year (年), a money figure (元) or a cut-off date (至, 截止).
func relevant(s string) bool {
	var year bool
	return relevantYear(s, &year)
}

// relevantYear is relevant(s), and sets *year to whether s holds 年.
func relevantYear(s string, year *bool) bool {
	if len(s) > 64 {
		*year = containsHan(s, "年")
		return *year || containsHan(s, "元") || containsHan(s, "至") || containsHan2(s, "截", "止")
	}
	// short: one pass on the last bytes of 年 (E5 B9 B4), 元 (E5 85 83),
	// 至 (E8 87 B3) and 止 (E6 AD A2) of 截止 (E6 88 AA E6 AD A2), to the
	// end unless a 年 comes first
	rel := false
	for i := 2; i < len(s); i++ {
		if !relevantLast[s[i]] {
			continue
		}
		switch s[i] {
		case 0xB4:
			if s[i-2] == 0xE5 && s[i-1] == 0xB9 {
				*year = true
				return true
			}
		case 0x83:
			rel = rel || s[i-2] == 0xE5 && s[i-1] == 0x85
		case 0xB3:
			rel = rel || s[i-2] == 0xE8 && s[i-1] == 0x87
		case 0xA2:
			rel = rel || i >= 5 && s[i-5:i+1] == "截止"
		}
	}
	*year = false
	return rel
}

// mergeUnits stores in us, sorted stably by start offset, the blocks
// followed by the cell lines already in us[len(blocks):] (us[:len(blocks)]
// is free). Both runs are in text order unless tables nest or footnotes
// come last: then they are merged in place in one pass, else sorted.
func mergeUnits(us, blocks []unit) {
	byStart := func(a, b unit) int { return cmp.Compare(a.Span.Start, b.Span.Start) }
	cells := us[len(blocks):]
	if !slices.IsSortedFunc(blocks, byStart) || !slices.IsSortedFunc(cells, byStart) {
		copy(us, blocks)
		slices.SortStableFunc(us, byStart)
		return
	}
	// Writing at w = i+j never passes the next unread cell at len(blocks)+j.
	i, j, w := 0, 0, 0
	for i < len(blocks) && j < len(cells) {
		if cells[j].Span.Start < blocks[i].Span.Start { // ties: the block first, as a stable sort
			us[w] = cells[j]
			j++
		} else {
			us[w] = blocks[i]
			i++
		}
		w++
	}
	copy(us[w:], blocks[i:]) // if cells ran out, w+len(blocks)-i == len(us)
}

// Year mentions are found by yearIndex (a four-digit year followed by 年,
// not part of a longer number: 20XX年, 2022年度) and relIndex (本年, 上年度,
// …); yearscan_test.go holds the regexps they are checked against.

// event is a year mention in a sentence.
type event struct {
	Year  int
	Start int  // offset in the sentence string
	End   int  // offset after 年
	Base  bool // a comparison base: 较/比/同比/与 … 年
	Rel   bool // 本年/上年 rather than a digit year
}

// baseWords precede a comparison base year.
var baseWords = []string{"较", "比", "同比", "与", "相比", "对比", "比上", "相较于", "相较", "较上", "高于", "低于", "超过", "多于", "少于"}

// events returns the year mentions of s in order. rep is the report year
// (0 if unknown) used for 本年/上年.
func events(s string, rep int) []event { return appendEvents(nil, s, rep) }

// appendEvents appends events(s, rep) to dst. It walks the 年 of s once:
// at each, the digit-year scanner, then (a digit year and a relative word
// never share a 年) the relative-word scanner, each with its own state, as
// if each had scanned s alone. Their matches come in text order: a match
// lies before its 年 and after the 年 of the match before it.
// (events_test.go keeps the two scans, merged by sorting, as the oracle.)
func appendEvents(dst []event, s string, rep int) []event {
	return appendScanEvents(dst, yearScanner{s: s}, rep)
}

// appendScanEvents is appendEvents of ys.s, with ys (new) finding its 年.
func appendScanEvents(dst []event, ys yearScanner, rep int) []event {
	s := ys.s
	rs := relScanner{s: s}
	for {
		k, ok := ys.nextNian()
		if !ok {
			break
		}
		ys.scan = k + len("年")
		if m, ok := ys.at(k); ok {
			if carryOver(s[m[1]:]) || namesBatch(s[m[1]:]) {
				continue // "2021年结转资金" is money carried into the report year
			}
			// "2023年6月12日" dates and "2022年度" are years too.
			dst = append(dst, event{Year: yearAt(s, m), Start: m[2], End: m[1], Base: isBase(s, m[2])})
			continue
		}
		if rep <= 0 {
			continue
		}
		m, ok := rs.at(k)
		if !ok {
			continue
		}
		ys.scan = m[1] // after 度, if the word has one
		w := s[m[0]:m[1]]
		if carryOver(s[m[1]:]) {
			continue // 上年结转 is a report-year item
		}
		y := rep
		if strings.HasPrefix(w, "上") || w == "去年" {
			y = rep - 1
		}
		if w == "当年" && m[0] > 0 {
			// "当年" after a year restates that year; skip
			continue
		}
		dst = append(dst, event{Year: y, Start: m[0], End: m[1], Base: isBase(s, m[0]), Rel: true})
	}
	return dst
}

// namesBatch reports whether the year starts the name of a fund or batch
// ("2021年中央财政衔接资金", "2021年省级…专项", "2021年第二批…"), which
// can be spent in a later year: the year is not the figure's period.
func namesBatch(after string) bool {
	after = trimLeading(after, "度") // strings.TrimLeft(after, "度 ")
	if after == "" || after[0] < utf8.RuneSelf {
		return false // every batch word is Han
	}
	switch r, _ := utf8.DecodeRuneInString(after); r {
	case '中', '省', '市', '州', '县', '区', '第', '地', '新', '再', '专', '一':
	default:
		return false // no batch word starts with r
	}
	for _, w := range batchWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

var batchWords = []string{"中央", "省级", "省财政", "市级", "州级", "县级", "区级", "第", "地方政府", "新增", "再融资", "专项债", "一般债"}

// trimLeading is strings.TrimLeft(s, " "+strings.Join(words, "")) for
// words of one character each, without decoding s: it runs at every year.
func trimLeading(s string, words ...string) string {
next:
	for s != "" {
		if s[0] == ' ' {
			s = s[1:]
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(s, w) {
				s = s[len(w):]
				continue next
			}
		}
		break
	}
	return s
}

// carryOver reports whether the text after a year names a carry-over
// (结转, 结余, 末结转, 累计结存): an amount brought into the following
// year.
func carryOver(after string) bool {
	after = trimLeading(after, "度", "末", "底", "初") // strings.TrimLeft(after, "度末底初 "): "加上年初结转和结余" too
	for _, fund := range [...]string{"财政拨款", "一般公共预算", "政府性基金预算", "政府性基金", "专项资金", "项目"} {
		after = strings.TrimPrefix(after, fund) // "上年财政拨款结转127.33万元": this year's money carried in
	}
	return strings.HasPrefix(after, "结转") || strings.HasPrefix(after, "结余") || strings.HasPrefix(after, "累计结余") ||
		strings.HasPrefix(after, "结存") || strings.HasPrefix(after, "累计结存") || strings.HasPrefix(after, "滚存") // "加上年初累计结存": a fund's balance carried in
}

func sortEvents(es []event) {
	slices.SortStableFunc(es, func(a, b event) int { return cmp.Compare(a.Start, b.Start) })
}

func isBase(s string, at int) bool {
	before := s[max(0, at-12):at]
	before = strings.TrimRight(before, " ")
	for _, w := range baseWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// moneyRe is what moneyIndex matches.
var moneyRe = regexp.MustCompile(`([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万亿元|亿元|万元|千元|元)`)

// sentences returns sentence spans of a unit.
func sentences(u unit) []model.Span { return appendSentences(nil, u) }

// appendSentences appends the sentences of u, split as figures.Sentences
// splits them, as absolute spans, without a slice of ranges per unit.
func appendSentences(dst []model.Span, u unit) []model.Span {
	var buf [16]figures.Range
	for _, r := range figures.AppendSentences(buf[:0], u.Text) {
		dst = append(dst, model.Span{Start: u.Span.Start + r.Start, End: u.Span.Start + r.End})
	}
	return dst
}

// clauseStart returns the offset in s where the clause containing at begins.
func clauseStart(s string, at int) int {
	i := at
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch r {
		case '，', ',', '；', ';', '。', '：', ':', '！', '？':
			return i
		}
		i -= n
	}
	return 0
}

// clauseStartAfter is clauseStart(s, at) given cs = clauseStart(s, from)
// for a rune start from <= at: the clause starts at a separator between
// them, or where from's clause starts.
//
// It looks at the bytes, not the runes, before each offset: a separator
// is ASCII or a full rune, which no rune the backward walk of clauseStart
// steps over can hold, so both find the same last separator
// (text_test.go checks it against clauseStart). Decoding each rune
// backwards was most of the money figures' cost.
func clauseStartAfter(s string, at, from, cs int) int {
	for i := at; i > from; i-- {
		if sepEndsAt(s, i) {
			return i
		}
	}
	return cs
}

// sepEndsAt reports whether s[:i] ends with a clause separator of
// clauseStart: ， ； ： ！ ？ (EF BC 8C, 9B, 9A, 81, 9F), 。 (E3 80 82),
// or ASCII , ; :.
func sepEndsAt(s string, i int) bool {
	switch s[i-1] {
	case ',', ';', ':':
		return true
	case 0x8C, 0x9B, 0x9A, 0x81, 0x9F:
		return i >= 3 && s[i-3] == 0xEF && s[i-2] == 0xBC
	case 0x82:
		return i >= 3 && s[i-3] == 0xE3 && s[i-2] == 0x80
	}
	return false
}

// clauseEnd returns the offset in s where the clause containing at ends.
func clauseEnd(s string, at int) int {
	for i := at; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '，', ',', '；', ';', '。', '！', '？':
			return i
		}
		i += n
	}
	return len(s)
}

// appendMoneys appends the money figures of one sentence (text s, year
// mentions evs) with their years. A subject year carries to the end of the
// sentence; a comparison base year only within its clause.
func appendMoneys(dst []yfig, s string, sent model.Span, evs []event) []yfig {
	// the sentence's first figure is dst[first], once appended
	first := len(dst)
	prevAt, prevCS := 0, 0                                             // the last figure's offset and clause start
	hasClose := strings.IndexByte(s, ')') >= 0 || cjk.Contains(s, "）") // (ContainsAny of a non-ASCII set goes rune by rune)
	var sm sentenceMarks                                               // found on the first figure with a year before it
	for i := 0; ; {
		m, ok := nextMoney(s, i)
		if !ok {
			return dst
		}
		i = m[1]
		if m[2] > 0 {
			// not part of a longer token such as "2022年" or a code
			r, _ := utf8.DecodeLastRuneInString(s[:m[2]])
			if r >= '0' && r <= '9' || r == '.' || unicode.IsLetter(r) && r < 0x80 {
				continue
			}
		}
		n, _ := plainNumber(s[m[2]:m[3]]) // figures.ParseCell of [0-9][0-9,]*(\.[0-9]+)?
		if n.Kind != figures.Value {
			continue
		}
		n.Unit = s[m[4]:m[5]]
		// clauseStart(s, m[2]): the search stops at the last figure
		cs := clauseStartAfter(s, m[2], prevAt, prevCS)
		prevAt, prevCS = m[2], cs
		year, base := 0, false
		for _, e := range evs {
			if e.Start >= m[2] {
				break
			}
			if e.Base {
				if e.Start >= cs {
					year, base = e.Year, true
				}
				continue
			}
			if !sm.found {
				sm = findSentenceMarks(s)
			}
			if e.Start > sm.firstBreak && sm.semicolonIn(e.End, m[2]) {
				// "…，主要是项目上年已基本完成；一般公共服务支出689.35万元":
				// a year inside a later clause speaks of that clause only
				continue
			}
			if pairedPeriod(s, e.Start, e.End) {
				// "清算收入本年及上年均无发生额；其他…收入33.04万元": both
				// years of an item named before, no year of the figure's
				continue
			}
			if sinceYear(s[e.End:m[2]]) {
				// "我县自2022年起…试行框架协议采购，全年…合同金额1811.84万元":
				// the year the practice began, not the figure's
				continue
			}
			if hasClose && figures.ClosesBracket(s[e.End:m[2]]) {
				// "2017年度财政拨款支出（含使用上年财政拨款结转）16,004,072.26元":
				// a year inside a bracket closed before the figure speaks of
				// the bracket only
				continue
			}
			if sm.toWordIn(e.End, m[2]) {
				// "由2017年的1240.00万元下降至860.00万元": the year is the
				// first figure's, the one after 下降至 another's
				continue
			}
			if e.Rel && len(dst) > first && (dst[first].Year == 0 || dst[first].Year > e.Year) && dst[first].Span.Start < sent.Start+e.Start && asideThenUses(s[e.End:m[2]]) {
				// "项目支出4,635.80万元，上年预算4,614.56万元，比上年增加21.23万元，
				// 主要用于：A 2,173.15万元；…": last year's figure is a
				// comparison; what follows breaks down the sentence's first
				continue
			}
			year, base = e.Year, false
		}
		dst = append(dst, yfig{
			N:    amountOf(n),
			Span: model.Span{Start: sent.Start + m[2], End: sent.Start + m[5]},
			Year: year,
			Base: base,
			Pre:  s[cs:m[2]],
			Sent: sent,
		})
	}
}

// asideThenUses reports whether the text after a period word compares
// (增加, 减少, 增长, 下降) and then turns to what the money is for (主要用于,
// 主要包括): the period word's figure was an aside.
func asideThenUses(between string) bool {
	k := cjk.Index(between, "主要用于")
	if k < 0 {
		k = cjk.Index(between, "主要包括")
	}
	if k < 0 {
		return false
	}
	return cjk.ContainsAnyOf(between[:k], "增加", "减少", "增长", "下降")
}

// pairedPeriod reports a period word joined with another (本年及上年,
// 上年和本年, 本年、上年): the two speak of one item in both years.
func pairedPeriod(s string, start, end int) bool {
	for _, w := range [...]string{"本年及", "本年和", "本年与", "本年、", "今年及", "今年和"} {
		if strings.HasSuffix(s[:start], w) {
			return true
		}
	}
	for _, w := range [...]string{"及本年", "和本年", "与本年", "、本年"} {
		if strings.HasPrefix(s[end:], w) {
			return true
		}
	}
	return false
}

// sinceYear reports whether the text after a year makes it the start of a
// span of time (2022年起, 2022年以来, 2022年开始, 2022年至今).
func sinceYear(after string) bool {
	for _, w := range [...]string{"起", "以来", "开始", "至今"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// toWords end "由Y的A增加到B": the figure after them is not the year's.
var toWords = [...]string{"增加到", "增长到", "提高到", "上升到", "减少到", "下降到", "降低到", "下降至", "减少至", "降至", "增至"}

// sentenceMarks are where, in one sentence, the words appendMoneys asks
// about for each pair of a year and a later figure occur: found once per
// sentence instead of searched for in the text between each pair.
type sentenceMarks struct {
	found      bool
	firstBreak int      // firstBreak(s)
	semicolons []int    // starts of "；"
	toWords    [][2]int // spans of toWords
}

func findSentenceMarks(s string) sentenceMarks {
	sm := sentenceMarks{found: true, firstBreak: firstBreak(s)}
	for i := 0; ; {
		j := cjk.Index(s[i:], "；")
		if j < 0 {
			break
		}
		sm.semicolons = append(sm.semicolons, i+j)
		i += j + len("；")
	}
	if !cjk.Contains(s, "到") && !cjk.Contains(s, "至") {
		return sm // every to-word ends in 到 or 至
	}
	for _, w := range toWords {
		for i := 0; ; {
			j := cjk.Index(s[i:], w)
			if j < 0 {
				break
			}
			sm.toWords = append(sm.toWords, [2]int{i + j, i + j + len(w)})
			i += j + len(w)
		}
	}
	return sm
}

// semicolonIn reports whether s[from:to] holds a "；".
func (sm *sentenceMarks) semicolonIn(from, to int) bool {
	for _, p := range sm.semicolons {
		if p >= from && p+len("；") <= to {
			return true
		}
	}
	return false
}

// toWordIn reports whether s[from:to] holds a to-word.
func (sm *sentenceMarks) toWordIn(from, to int) bool {
	for _, w := range sm.toWords {
		if w[0] >= from && w[1] <= to {
			return true
		}
	}
	return false
}

// firstBreak returns the offset of the first clause break (，, ；) in
// sentence s, len(s) if none: a year written before it ("2021年度…支出X万元，
// 主要用于：A a；B b") dates the whole sentence.
func firstBreak(s string) int {
	i := strings.IndexAny(s, "，；,;")
	if i < 0 {
		return len(s)
	}
	return i
}

// labelWords are removed from a label, in the order a regexp alternation
// would try them at one position: (?:19|20)[0-9]{2}\s*年度? first, then
// these (本年度? and 上年度? greedy).
var labelWords = []string{"本年度", "本年", "上年度", "上年", "今年", "去年", "同比", "较", "比", "为", "达到", "达", "共计", "合计为", "约", "其中"}

// label keeps the Han text of a clause prefix without year words.
func label(s string) string { return string(appendLabel(nil, s)) }

// appendLabel appends the runes of label(s) to dst: the rules compare
// labels rune by rune (commonRunes), so they are never built as strings.
func appendLabel(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		if n := labelWordAt(s[i:]); n > 0 {
			i += n
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Han, r) {
			dst = append(dst, r)
		}
		i += w
	}
	return dst
}

// labelWordAt returns the length of the year word starting s, or 0.
func labelWordAt(s string) int {
	if len(s) >= 4 && isYear(s[:4]) {
		i := 4
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		if strings.HasPrefix(s[i:], "年") {
			i += len("年")
			if strings.HasPrefix(s[i:], "度") {
				i += len("度")
			}
			return i
		}
	}
	if s == "" || s[0] < 0x80 {
		return 0
	}
	switch r, _ := utf8.DecodeRuneInString(s); r {
	case '本', '上', '今', '去', '同', '较', '比', '为', '达', '共', '合', '约', '其':
	default:
		return 0 // no label word starts with r
	}
	for _, w := range labelWords {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// commonRunes returns the length of the longest common run of ra and rb.
func commonRunes(ra, rb []rune) int {
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	var pbuf, cbuf [65]int
	var prev, cur []int
	if len(rb) < len(pbuf) {
		prev, cur = pbuf[:len(rb)+1], cbuf[:len(rb)+1]
	} else {
		prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	best := 0
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			if ra[i-1] == rb[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

// significant reports whether a money figure is distinctive enough that an
// equal value elsewhere is unlikely to be chance: at least three
// significant digits and not a round number.
func significant(n amount) bool {
	m := n.Mant
	if m < 0 {
		m = -m
	}
	if m < 100 {
		return false
	}
	if n.Dec == 0 && m%100 == 0 {
		return false
	}
	return true
}

// shorten returns s without surrounding white space, cut to n characters
// and marked "…" if longer. A valid text is cut in place; only an invalid
// one is copied (through []rune, which replaces bad bytes by U+FFFD).
// text_test.go keeps the []rune form as the oracle.
func shorten(s string, n int) string {
	s = strings.TrimSpace(s)
	if !utf8.ValidString(s) {
		return shortenRunes(s, n)
	}
	if len(s) <= n {
		return s // at most n bytes, so at most n characters
	}
	c := 0
	for i := range s {
		if c == n {
			return s[:i] + "…"
		}
		c++
	}
	return s
}

// shortenRunes is shorten through []rune.
func shortenRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
