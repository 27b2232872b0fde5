package years

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// unit is a piece of running text: a paragraph or heading outside tables,
// or one line of a table cell.
type unit struct {
	Span model.Span
	Text string
	Cell *model.Cell // nil outside tables
}

type unitsKey struct{}

// unitsOf returns units(p.Doc), computed once per pass: every YR rule and
// the report-year vote walk them. Callers must not modify the slice.
func unitsOf(p *audit.Pass) []unit { return audit.Fact(p, unitsKey{}, units) }

type sentsKey struct{}

// sentencesOf returns the sentences of each of unitsOf(p), split once per
// pass (the money figures and YR002/YR003 all read them).
func sentencesOf(p *audit.Pass) [][]model.Span {
	us := unitsOf(p)
	return audit.Fact(p, sentsKey{}, func(*model.Document) [][]model.Span {
		out := make([][]model.Span, len(us))
		for i, u := range us {
			out[i] = sentences(u)
		}
		return out
	})
}

// units returns the document's paragraphs and cell lines in text order.
func units(d *model.Document) []unit {
	var out []unit
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out = append(out, unit{Span: b.Span, Text: d.Slice(b.Span)})
		case *model.Paragraph:
			if b.Kind == model.Body {
				out = append(out, unit{Span: b.Span, Text: d.Slice(b.Span)})
			}
		}
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			off := c.Span.Start
			for _, line := range strings.Split(txt, "\n") {
				out = append(out, unit{Span: model.Span{Start: off, End: off + len(line)}, Text: line, Cell: c})
				off += len(line) + 1
			}
		}
	}
	sortUnits(out)
	return out
}

func sortUnits(us []unit) {
	slices.SortStableFunc(us, func(a, b unit) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
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
var baseWords = []string{"较", "比", "同比", "与", "相比", "对比", "比上", "相较于", "相较", "较上"}

// events returns the year mentions of s in order. rep is the report year
// (0 if unknown) used for 本年/上年.
func events(s string, rep int) []event {
	if !strings.Contains(s, "年") {
		return nil
	}
	var out []event
	for _, m := range yearIndex(s, -1) {
		if carryOver(s[m[1]:]) || namesBatch(s[m[1]:]) {
			continue // "2021年结转资金" is money carried into the report year
		}
		y, _ := strconv.Atoi(s[m[2]:m[3]])
		// "2023年6月12日" dates and "2022年度" are years too.
		out = append(out, event{Year: y, Start: m[2], End: m[1], Base: isBase(s, m[2])})
	}
	if rep > 0 {
		for _, m := range relIndex(s) {
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
			out = append(out, event{Year: y, Start: m[0], End: m[1], Base: isBase(s, m[0]), Rel: true})
		}
	}
	sortEvents(out)
	return out
}

// namesBatch reports whether the year starts the name of a fund or batch
// ("2021年中央财政衔接资金", "2021年省级…专项", "2021年第二批…"), which
// can be spent in a later year: the year is not the figure's period.
func namesBatch(after string) bool {
	after = strings.TrimLeft(after, "度 ")
	for _, w := range []string{"中央", "省级", "省财政", "市级", "州级", "县级", "区级", "第", "地方政府", "新增", "再融资", "专项债", "一般债"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// carryOver reports whether the text after a year names a carry-over
// (结转, 结余, 末结转): an amount brought into the following year.
func carryOver(after string) bool {
	after = strings.TrimLeft(after, "度末底 ")
	return strings.HasPrefix(after, "结转") || strings.HasPrefix(after, "结余") || strings.HasPrefix(after, "累计结余")
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

// money is a money figure in prose with its year and label.
type money struct {
	N     figures.Number
	Span  model.Span // absolute
	Year  int        // 0 if none
	Label string     // text before the figure in its clause, years removed
	Base  bool       // the year came from a comparison base
	Sent  model.Span // the sentence
}

// moneyRe is what moneyIndex matches.
var moneyRe = regexp.MustCompile(`([0-9][0-9,]*(?:\.[0-9]+)?)\s*(万亿元|亿元|万元|千元|元)`)

// sentences returns sentence spans of a unit.
func sentences(u unit) []model.Span {
	var out []model.Span
	for _, r := range figures.Sentences(u.Text) {
		out = append(out, model.Span{Start: u.Span.Start + r.Start, End: u.Span.Start + r.End})
	}
	return out
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

// moneys extracts the money figures of one sentence with their years. A
// subject year carries to the end of the sentence; a comparison base year
// only within its clause.
func moneys(d *model.Document, sent model.Span, rep int) []money {
	s := d.Slice(sent)
	if !strings.Contains(s, "元") {
		return nil
	}
	evs := events(s, rep)
	var out []money
	for _, m := range moneyIndex(s) {
		if m[2] > 0 {
			// not part of a longer token such as "2022年" or a code
			r, _ := utf8.DecodeLastRuneInString(s[:m[2]])
			if r >= '0' && r <= '9' || r == '.' || unicode.IsLetter(r) && r < 0x80 {
				continue
			}
		}
		n := figures.ParseCell(s[m[2]:m[3]])
		if n.Kind != figures.Value {
			continue
		}
		n.Unit = s[m[4]:m[5]]
		cs := clauseStart(s, m[2])
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
			year, base = e.Year, false
		}
		out = append(out, money{
			N:     n,
			Span:  model.Span{Start: sent.Start + m[2], End: sent.Start + m[5]},
			Year:  year,
			Base:  base,
			Label: label(s[cs:m[2]]),
			Sent:  sent,
		})
	}
	return out
}

// labelWords are removed from a label, in the order a regexp alternation
// would try them at one position: (?:19|20)[0-9]{2}\s*年度? first, then
// these (本年度? and 上年度? greedy).
var labelWords = []string{"本年度", "本年", "上年度", "上年", "今年", "去年", "同比", "较", "比", "为", "达到", "达", "共计", "合计为", "约", "其中"}

// label keeps the Han text of a clause prefix without year words.
func label(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if n := labelWordAt(s[i:]); n > 0 {
			i += n
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Han, r) {
			b.WriteRune(r)
		}
		i += w
	}
	return b.String()
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

// commonHan returns the length in runes of the longest common substring of a and b.
func commonHan(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
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
func significant(n figures.Number) bool {
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

func sameValue(a, b figures.Number) bool {
	return a.Kind == figures.Value && b.Kind == figures.Value && a.Mant == b.Mant && a.Dec == b.Dec
}

func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
