package years

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// ReportYear is the year a report is about, with the votes behind it.
type ReportYear struct {
	Year     int      // 0 when undetermined
	Sure     bool     // the vote is clear enough for year rules to rely on
	Evidence []string // Chinese, one line per vote, strongest first
}

var (
	filingRe = regexp.MustCompile(`(?:填报|填表|报送|编制|报告|制表)(?:日期|时间)\s*[:：]?\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月`)
	dateRe   = regexp.MustCompile(`^((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月\s*[0-9]{1,2}\s*日$`)
)

type yearKey struct{}

// reportYear returns the document's report year, computed once per pass.
// Its Evidence is written only when a rule asks (evidence): the lines
// quote normalised text and cost more than the vote, and only a finding's
// hint reads one.
func reportYear(p *audit.Pass) *yearVote {
	us := unitsOf(p)
	b := buffersOf(p)
	return audit.Fact(p, yearKey{}, func(d *model.Document) *yearVote {
		b.vote = detectReportYear(d, us, b.vote.votes[:0])
		return &b.vote
	})
}

// DetectReportYear votes on the report year: a short title-like line with
// "2022年度" counts 3, a "（2022年度）" note 3, a filing date in the first
// half of 2023 counts 2 for 2022, the latest year heading table columns
// counts 1 per table, and the most frequent year in the text 2.
func DetectReportYear(d *model.Document) ReportYear { return withEvidence(d, units(d)) }

// withEvidence is detectReportYear with the Evidence lines written.
func withEvidence(d *model.Document, us []unit) ReportYear {
	v := detectReportYear(d, us, nil)
	ry := v.ReportYear
	ry.Evidence = v.evidence()
	return ry
}

// yearVote is the report year (its Evidence empty) with the votes behind
// it, from which evidence writes the Evidence lines.
type yearVote struct {
	ReportYear
	votes []vote
	ev    []string // evidence's, once written
	first string   // firstEvidence's, once written
}

// vote is one vote of detectReportYear: the year, its weight and what
// the evidence line says of it.
type vote struct {
	year, weight int
	kind         voteKind
	text         string // the title line (trimmed, not normalised), the filing date match or the signing date line
	a, b         int    // the table number; the count of the most frequent year and of all years
}

type voteKind uint8

const (
	titleVote voteKind = iota
	filingVote
	signingVote
	sessionVote
	tableVote
	frequentVote
)

// evidence returns the Evidence lines of v, written on first use: one line
// per vote, the lines naming the report year first, then the others, each
// in voting order.
func (v *yearVote) evidence() []string {
	if v.ev != nil || len(v.votes) == 0 {
		return v.ev
	}
	// the lines are written to one buffer and become strings together
	var lines []byte
	ends := make([]int, 0, len(v.votes))
	for _, vt := range v.votes {
		lines = vt.appendLine(lines)
		ends = append(ends, len(lines))
	}
	all := string(lines)
	bestYear := strconv.Itoa(v.Year) + "年"
	ev := make([]string, 0, len(ends))
	for _, naming := range []bool{true, false} {
		for k, start := 0, 0; k < len(ends); k++ {
			if line := all[start:ends[k]]; cjk.Contains(line, bestYear) == naming {
				ev = append(ev, line)
			}
			start = ends[k]
		}
	}
	v.ev = ev
	return ev
}

// firstEvidence returns evidence()[0] ("" if none), the line a finding's
// hint quotes, without writing the other lines: the first line naming the
// report year, else the first line.
func (v *yearVote) firstEvidence() string {
	if v.ev != nil {
		return v.ev[0]
	}
	if v.first != "" || len(v.votes) == 0 {
		return v.first
	}
	var buf [256]byte
	line := buf[:0]
	var yb [24]byte
	bestYear := append(strconv.AppendInt(yb[:0], int64(v.Year), 10), "年"...)
	for _, vt := range v.votes {
		line = vt.appendLine(line[:0])
		if bytes.Contains(line, bestYear) {
			v.first = string(line)
			return v.first
		}
	}
	v.first = string(v.votes[0].appendLine(line[:0]))
	return v.first
}

// appendLine appends vote vt's Evidence line to dst.
func (vt *vote) appendLine(dst []byte) []byte {
	switch vt.kind {
	case titleVote:
		dst = append(dst, "标题「"...)
		dst = append(dst, shorten(figures.Normalize(vt.text), 30)...)
		dst = append(dst, "」"...)
	case filingVote:
		dst = append(dst, "填报日期「"...)
		dst = append(dst, vt.text...)
		dst = append(dst, "」（上半年填报上年度报告）"...)
	case signingVote:
		dst = append(dst, "落款日期「"...)
		dst = append(dst, vt.text...)
		dst = append(dst, "」"...)
	case sessionVote:
		dst = append(dst, "会议日期「"...)
		dst = append(dst, vt.text...)
		dst = append(dst, "」（上半年会议审议上年度报告）"...)
	case tableVote:
		dst = append(dst, "表"...)
		dst = strconv.AppendInt(dst, int64(vt.a), 10)
		dst = append(dst, " 表头最新年份"...)
	case frequentVote:
		dst = fmt.Appendf(dst, "正文最常见年份（%d/%d次）", vt.a, vt.b)
	}
	dst = append(dst, " → "...)
	dst = strconv.AppendInt(dst, int64(vt.year), 10)
	dst = append(dst, "年（权重"...)
	dst = strconv.AppendInt(dst, int64(vt.weight), 10)
	return append(dst, "）"...)
}

// yearCount is a year and a count (a score or a frequency): a document
// names few years, so a short slice searched in order beats a map.
type yearCount struct{ year, n int }

// addCount adds n to year's count in cs.
func addCount(cs []yearCount, year, n int) []yearCount {
	for i := range cs {
		if cs[i].year == year {
			cs[i].n += n
			return cs
		}
	}
	return append(cs, yearCount{year, n})
}

// detectReportYear is DetectReportYear over the document's units, without
// the Evidence lines; the votes are appended to votes.
//
// The votes read each line normalised (figures.Normalize), but normalising
// copies nearly every Chinese line (its full-width punctuation changes), so
// a line is normalised only when a character could change a year match
// (yearSensitive) or a vote needs it. reportyear_test.go keeps the
// normalise-everything form as the oracle.
func detectReportYear(d *model.Document, us []unit, votes []vote) yearVote {
	var scoreBuf, freqBuf [16]yearCount
	score, freq := scoreBuf[:0], freqBuf[:0]
	draftYear := 0 // the next year of a title on execution and draft, whose tables and text name both years
	add := func(vt vote) {
		if vt.year == draftYear && (vt.kind == tableVote || vt.kind == frequentVote) {
			return // (the draft's own tables and figures: no evidence against the title)
		}
		score = addCount(score, vt.year, vt.weight)
		votes = append(votes, vt)
	}
	total := 0
	var found []int // the years of a unit
	titles := 0
	for _, u := range us {
		if !u.Year { // u.Text holds no 年
			continue
		}
		// Normalize(TrimSpace(x)) == TrimSpace(Normalize(x)): it maps one
		// rune to one and spaces to spaces.
		t := trimSpace(u.Text)
		nt := ""
		norm := func() string {
			if nt == "" { // t holds 年: its normal form is never empty
				nt = figures.Normalize(t)
			}
			return nt
		}
		// What the year patterns match: t has the same matches as its
		// normal form unless it is yearSensitive, which the scan of t
		// watches for as it passes each 年 (one pass instead of two).
		scan := t
		ys := yearScanner{s: t, watch: true}
		found = found[:0]
		for {
			m, ok := ys.next()
			if !ok {
				break
			}
			found = append(found, yearAt(t, m))
		}
		if ys.sensitive {
			scan = norm()
			ys = yearScanner{s: scan}
			found = found[:0]
			for {
				m, ok := ys.next()
				if !ok {
					break
				}
				found = append(found, yearAt(scan, m))
			}
		}
		nyears, firstYear := len(found), 0
		if nyears > 0 {
			firstYear = found[0]
		}
		for _, y := range found {
			freq = addCount(freq, y, 1)
			total++
		}
		// A title is a short line that does not end a sentence. annualRe
		// needs literal text and matters only there: skip it cheaply.
		// (Only the first six titles vote: the count is checked first.)
		title := titles < 6 && !strings.HasSuffix(t, "。") && runesAtMost(t, 60)
		annual := false
		if title && titles < 6 {
			var y int
			if y, annual = annualYear(scan); annual {
				titles++
				w := 3
				if sectionOrCaption(t) || gridCell(u.Cell) {
					// "十二、2024年度结转结余及绩效自评情况", "表8 2024年度…得分表",
					// a table's "2023年度" over its columns: a part of the
					// report, which may be about another year (last year's
					// results in a budget explanation)
					w = 1
				}
				add(vote{year: y, weight: w, kind: titleVote, text: t})
			}
		}
		if nyears == 1 && title && titles < 6 && !annual && endsWithReportWord(t) {
			titles++
			w := 3
			if sectionOrCaption(t) || gridCell(u.Cell) {
				w = 1 // a table's "2024年预算" over its column: one of the years it shows
			}
			add(vote{year: firstYear, weight: w, kind: titleVote, text: t})
		}
		if nyears == 2 && title && titles < 6 && !annual && found[1] == firstYear+1 && executionAndDraft(t) {
			// "关于X县2019年预算执行情况和2020年预算草案的报告": the year
			// accounted for is the first
			titles++
			add(vote{year: firstYear, weight: 3, kind: titleVote, text: t})
			draftYear = firstYear + 1
		}
		filed := false
		// 期 and 间 are found faster than 日期 and 时间 (indexHan)
		if hasDateWord(t) {
			var m string
			var y, mo int
			if m, y, mo, filed = matchFiling(norm()); filed && mo >= 1 && mo <= 6 {
				add(vote{year: y - 1, weight: 2, kind: filingVote, text: m})
			}
		}
		if !filed && u.Cell == nil && titles > 0 && titles < 6 {
			// "——2025年1月10日在岱川县第十八届人民代表大会第五次会议上" under
			// the title: a report to a session in the first half of a year
			// accounts for the year before
			if y, mo, date, ok := sessionDate(norm()); ok && mo >= 1 && mo <= 6 {
				add(vote{year: y - 1, weight: 2, kind: sessionVote, text: date})
			}
		}
		if !filed && u.Cell == nil && startsWithYearDigit(t) && strings.HasSuffix(t, "日") {
			// dateRe is anchored at a year and 日
			if y, mo, ok := matchDate(norm()); ok && mo >= 1 && mo <= 4 {
				add(vote{year: y - 1, weight: 1, kind: signingVote, text: norm()})
			}
		}
	}
	for i, best := range tableHeadYears(d, us) {
		if best > 0 {
			add(vote{year: best, weight: 1, kind: tableVote, a: d.Tables[i].Index + 1})
		}
	}
	if total > 0 {
		most, n := 0, 0
		for _, c := range freq {
			if c.n > n || c.n == n && c.year > most {
				most, n = c.year, c.n
			}
		}
		if n*10 >= total*3 {
			add(vote{year: most, weight: 2, kind: frequentVote, a: n, b: total})
		}
	}
	if len(score) == 0 {
		return yearVote{votes: votes}
	}
	// the best score, ties to the later year, and the second best score
	best, second, sum := score[0], 0, 0
	for _, c := range score[1:] {
		if c.n > best.n || c.n == best.n && c.year > best.year {
			best = c
		}
	}
	for _, c := range score {
		sum += c.n
		if c.year != best.year {
			second = max(second, c.n)
		}
	}
	sure := best.n >= 3 && best.n >= 2*second && best.n*3 >= sum*2
	return yearVote{ReportYear: ReportYear{Year: best.year, Sure: sure}, votes: votes}
}

// executionAndDraft reports the title of a government's report on one
// year's budget execution and the next year's draft budget (执行情况 … 草案).
func executionAndDraft(t string) bool {
	e := cjk.Index(t, "执行")
	return e >= 0 && cjk.Contains(t[e:], "草案") && endsWithReportWord(t)
}

// yearSensitive reports whether normalising t could change a year match:
// whether some 年 has a full-width space (U+3000) in the white space
// before it, or a full-width digit (０-９), point (．) or space among the
// five characters before that (four digits and the one before them).
// Otherwise t and figures.Normalize(t) have the same year matches, year
// for year (reportyear_test.go checks it against normalising every line).
func yearSensitive(t string) bool {
	for k := indexHan(t, "年"); k >= 0; {
		if sensitiveAt(t, k) {
			return true
		}
		next := indexHan(t[k+len("年"):], "年")
		if next < 0 {
			break
		}
		k += len("年") + next
	}
	return false
}

// sensitiveAt reports whether the 年 at t[k:] makes t yearSensitive.
func sensitiveAt(t string, k int) bool {
	i := k
	for i > 0 {
		if isSpace(t[i-1]) {
			i--
		} else if i >= 3 && t[i-3:i] == "\u3000" {
			return true
		} else {
			break
		}
	}
	for n := 0; n < 5 && i > 0; n++ {
		// the usual characters without decoding: ASCII (the digits of
		// the year), and a valid three-byte rune (lead E1–EC or EE–EF,
		// which any two continuation bytes complete), which is one of
		// those looked for only as ０-９ (EF BC 90–99), ． (EF BC 8E) or
		// U+3000 (E3 80 80)
		if t[i-1] < utf8.RuneSelf {
			i--
			continue
		}
		if i >= 3 && validThree(t[i-3:i]) {
			if b := t[i-3 : i]; b[0] == 0xEF && b[1] == 0xBC && (b[2] >= 0x90 && b[2] <= 0x99 || b[2] == 0x8E) || b == "\u3000" {
				return true
			}
			i -= 3
			continue
		}
		r, w := utf8.DecodeLastRuneInString(t[:i])
		if r >= '０' && r <= '９' || r == '．' || r == '\u3000' {
			return true
		}
		i -= w
	}
	return false
}

// validThree reports whether b (three bytes) is a three-byte rune with a
// lead byte E1–EC or EE–EF, which any two continuation bytes complete:
// utf8.DecodeLastRuneInString of text ending in b decodes b.
func validThree(b string) bool {
	c := b[0]
	return c >= 0xE1 && c <= 0xEF && c != 0xED && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80
}

// filingWords start filingRe: the words before 日期 or 时间.
// hasDateWord is strings.Contains(t, "日期") || strings.Contains(t, "时间")
// in one pass: both words start with the bytes E6 97 (日 E6 97 A5, 时 E6
// 97 B6). It looks for the 97, a continuation byte: E6 leads a sixteenth
// of all Han characters and stopped the search at every few of them.
func hasDateWord(t string) bool {
	for i := 1; i < len(t); i++ {
		k := strings.IndexByte(t[i:], 0x97)
		if k < 0 {
			return false
		}
		i += k
		if t[i-1] == 0xE6 && (strings.HasPrefix(t[i-1:], "日期") || strings.HasPrefix(t[i-1:], "时间")) {
			return true
		}
	}
	return false
}

var filingWords = [...]string{"填报", "填表", "报送", "编制", "报告", "制表"}

// matchFiling is filingRe.FindStringSubmatch(t) without the regexp: the
// leftmost "填报日期：2023年3月" and its year and month as numbers.
// reportyear_test.go checks it against filingRe.
func matchFiling(t string) (m string, year, month int, ok bool) {
	for off := 0; ; {
		// the next 日期 or 时间: a match starts six bytes before it, so the
		// first one that matches is the leftmost match
		k := cjk.Index(t[off:], "日期")
		if j := cjk.Index(t[off:], "时间"); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return "", 0, 0, false
		}
		k += off
		if k >= 6 && slices.Contains(filingWords[:], t[k-6:k]) {
			if end, y, mo, ok := filingDate(t, k+len("日期")); ok {
				return t[k-6 : end], y, mo, true
			}
		}
		off = k + len("日")
	}
}

// filingDate matches \s*[:：]?\s*((?:19|20)[0-9]{2})\s*年\s*([0-9]{1,2})\s*月
// at t[i:] and returns where the match ends, the year and the month.
func filingDate(t string, i int) (end, year, month int, ok bool) {
	skip := func() {
		for i < len(t) && isSpace(t[i]) {
			i++
		}
	}
	skip()
	if strings.HasPrefix(t[i:], ":") {
		i++
	} else if strings.HasPrefix(t[i:], "：") {
		i += len("：")
	}
	skip()
	if i+4 > len(t) || !isYear(t[i:i+4]) {
		return 0, 0, 0, false
	}
	year = yearAt(t, [4]int{2: i, 3: i + 4})
	i += 4
	skip()
	if !strings.HasPrefix(t[i:], "年") {
		return 0, 0, 0, false
	}
	i += len("年")
	skip()
	// [0-9]{1,2} read greedily: a third digit can follow neither \s nor 月
	k := 0
	for k < 2 && i < len(t) && isDigit(t[i]) {
		month = month*10 + int(t[i]-'0')
		i++
		k++
	}
	skip()
	if k == 0 || !strings.HasPrefix(t[i:], "月") {
		return 0, 0, 0, false
	}
	return i + len("月"), year, month, true
}

// matchDate is dateRe.FindStringSubmatch(t) without the regexp (and its
// allocations), the year and month read as numbers: "2023年3月15日"
// alone on its line. reportyear_test.go checks it against dateRe.
// sessionDate reads the line under a report's title that dates the
// session it is made to ("——2025年1月10日在某县第十八届人民代表大会第五次会议
// 上"): the date, its year and month.
func sessionDate(t string) (year, month int, date string, ok bool) {
	t = strings.TrimLeft(t, "—-－ ")
	k := strings.Index(t, "日")
	if k < 0 || !strings.HasSuffix(t, "会议上") && !strings.HasSuffix(t, "大会上") || !cjk.Contains(t[k:], "在") {
		return 0, 0, "", false
	}
	date = t[:k+len("日")]
	year, month, ok = matchDate(date)
	return year, month, date, ok
}

func matchDate(t string) (year, month int, ok bool) {
	if len(t) < 4 || !isYear(t[:4]) {
		return 0, 0, false
	}
	i := 4
	skip := func() {
		for i < len(t) && isSpace(t[i]) {
			i++
		}
	}
	// num reads the 1 or 2 digits of [0-9]{1,2}: a third digit can follow
	// neither \s nor 月/日, so reading greedily loses no match
	num := func() (int, bool) {
		n, k := 0, 0
		for k < 2 && i < len(t) && isDigit(t[i]) {
			n = n*10 + int(t[i]-'0')
			i++
			k++
		}
		return n, k > 0
	}
	word := func(w string) bool { // \s*w
		skip()
		if !strings.HasPrefix(t[i:], w) {
			return false
		}
		i += len(w)
		return true
	}
	if !word("年") {
		return 0, 0, false
	}
	skip()
	month, ok = num()
	if !ok || !word("月") {
		return 0, 0, false
	}
	skip()
	if _, ok = num(); !ok || !word("日") || i != len(t) {
		return 0, 0, false
	}
	return yearAt(t, [4]int{3: 4}), month, true
}

// annualYear is annualRe.FindStringSubmatch(t)[1] as a year: the first
// 年度 with a year (19xx, 20xx) and optional ASCII space before it.
func annualYear(t string) (int, bool) {
	for off := 0; ; {
		k := cjk.Index(t[off:], "年度")
		if k < 0 {
			return 0, false
		}
		k += off
		e := k
		for e > 0 && isSpace(t[e-1]) {
			e--
		}
		if e >= 4 && isYear(t[e-4:e]) {
			return yearAt(t, [4]int{2: e - 4, 3: e}), true
		}
		off = k + len("年度")
	}
}

// tableHeadYears returns, for each of d.Tables, the latest year starting a
// short cell (0 if none). The cells holding 年 are those of the cell units
// holding 年, so only those are read, unless a unit's table is not found
// at its Index in d.Tables: then every cell is.
func tableHeadYears(d *model.Document, us []unit) []int {
	best := make([]int, len(d.Tables))
	for _, u := range us {
		if u.Cell == nil {
			continue
		}
		tb := u.Cell.Table
		if tb == nil || tb.Index < 0 || tb.Index >= len(d.Tables) || d.Tables[tb.Index] != tb {
			return tableHeadYearsAll(d)
		}
		if u.Year { // a cell with 年 has a line with 年
			best[tb.Index] = max(best[tb.Index], cellHeadYear(d.Slice(u.Cell.Span)))
		}
	}
	return best
}

// tableHeadYearsAll is tableHeadYears reading every cell.
func tableHeadYearsAll(d *model.Document) []int {
	best := make([]int, len(d.Tables))
	for i, tb := range d.Tables {
		for _, c := range tb.Cells {
			best[i] = max(best[i], cellHeadYear(d.Slice(c.Span)))
		}
	}
	return best
}

// cellHeadYear returns the year a table cell starts with (headYrRe on its
// normal form, not a date), or 0.
func cellHeadYear(raw string) int {
	if !containsHan(raw, "年") {
		return 0 // Normalize neither adds nor removes 年
	}
	// headYrRe is anchored at a year: a cell that cannot start with one,
	// or is too long, is skipped before normalising
	t := trimSpace(raw)
	if !startsWithYearDigit(t) || !runesAtMost(t, 24) {
		return 0
	}
	if yearSensitive(t) {
		t = figures.Normalize(t)
	} // else t has the same year matches as its normal form
	if y, ok := headYear(t); ok && !(strings.HasSuffix(t, "日") && dateRe.MatchString(figures.Normalize(t))) {
		return y
	}
	return 0
}

// reportWords end a report's title: one year and a report word, e.g.
// "…2023年部门整体支出绩效自评报告".
var reportWords = []string{"报告", "自评表", "评价表", "决算", "预算", "公开", "说明", "公报"}

// endsWithReportWord matches (?:报告|自评表|…)$, the regexp it replaces
// (reportyear_test.go).
func endsWithReportWord(t string) bool {
	for _, w := range reportWords {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// runesAtMost reports utf8.RuneCountInString(s) <= n, counting no further
// than it must.
func runesAtMost(s string, n int) bool {
	if len(s) <= n {
		return true // a rune has at least one byte
	}
	if len(s) > n*utf8.UTFMax {
		return false
	}
	return cjk.RuneCountUpTo(s, n+1) <= n
}

// startsWithYearDigit reports whether t starts with 1 or 2, ASCII or
// full-width: the first character of a year (19xx, 20xx) once normalised.
func startsWithYearDigit(t string) bool {
	return t != "" && (t[0] == '1' || t[0] == '2') || strings.HasPrefix(t, "１") || strings.HasPrefix(t, "２")
}

// headYear matches ^((?:19|20)[0-9]{2})\s*年 (a header starting with a
// year) and returns the year.
func headYear(t string) (int, bool) {
	if len(t) < 4 || !isYear(t[:4]) {
		return 0, false
	}
	i := 4
	for i < len(t) && isSpace(t[i]) {
		i++
	}
	if !strings.HasPrefix(t[i:], "年") {
		return 0, false
	}
	return yearAt(t, [4]int{0, i + len("年"), 0, 4}), true
}

// sectionOrCaption reports a line that opens with a section's number
// ("十二、", "（三）", "3.") or a table's ("表8", "表 8"): a heading or a
// caption inside the report, not its title ("（2022年度）" under a title
// is part of it).
func sectionOrCaption(t string) bool {
	t = strings.TrimSpace(t)
	if rest, ok := strings.CutPrefix(t, "表"); ok {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " 　"))
		return r >= '0' && r <= '9'
	}
	for _, br := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(t, br[0]); ok {
			k := strings.Index(rest, br[1])
			return k > 0 && strings.Trim(rest[:k], "一二三四五六七八九十0123456789") == ""
		}
	}
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !strings.ContainsRune("一二三四五六七八九十0123456789", r) {
			break
		}
		i += n
	}
	if i == 0 || i >= len(t) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[i:])
	return r == '、' || r == '.' || r == '．'
}

// gridCell reports a cell of a table of two rows and two columns or more
// (nil is none): a header, not a title a layout table holds.
func gridCell(c *model.Cell) bool {
	return c != nil && c.Table != nil && c.Table.Rows >= 2 && c.Table.Cols >= 2
}
