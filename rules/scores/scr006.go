package scores

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var scr006 = &audit.Rule{
	ID:       "SCR006",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "总分与评定等级不符",
		TitleEN: "Total score outside the stated grade's band",
		Explain: "报告写明了等级划分（如“90（含）—100分为优；80（含）—90分为良”，或先写等级“优（90分（含）以上）、良（80分至89.99分）”），评定的等级应与总分所在的分数段一致；" +
			"逐行列出得分与等级的表（如重点项目绩效评价结果表的“评价得分 | 评价等级”两列）每一行也按此核对，各项目分列的评分表（“评价指标 | 分值 | 项目A | 项目B”）其“评价等级”行对各列“合计”也一样；评分表总分行在得分之后写的等级（“总分 | 100 | 96.69 | 良”）同样核对。",
		ExplainEN: "When the report states the grade bands (\"90（含）—100分为优；80（含）—90分为良\", or grade first: \"优（90分（含）以上）、良（80分至89.99分）\"), the grade awarded " +
			"must be the one whose band contains the total score; so must each row's grade in a table listing a score and a grade per row " +
			"(a results table's 评价得分 | 评价等级), each column's grade in a table of project scores laid out across (评价指标 | 分值 | 项目A | 项目B, a 评价等级 row under the 合计 row), and so is a grade written after the score in a score table's total row (总分 | 100 | 96.69 | 良).",
		Bad:  "评分：87.5；等级：优（90（含）—100分为优；80（含）—90分为良）",
		Good: "评分：87.5；等级：良",
	},
	Run: runSCR006,
}

const gradeAlt = `(优秀|优|良好|良|中等|中|及格|合格|较差|不合格|差)`

// Every match of these holds one of the words after the pattern: each
// runs only around them (runRegexp).
var (
	bandRe = mustRunRegexp(`([0-9]+(?:\.[0-9]+)?)\s*分?\s*[（(]含[）)]\s*分?\s*(?:[-—–~～至到－]|——)+\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:[（(]不含[）)])?\s*(?:以下)?\s*(?:的)?\s*(?:为|：|:|评为|定为)?\s*[“"「]?`+gradeAlt,
		"含")
	lowRe = mustRunRegexp(`([0-9]+(?:\.[0-9]+)?)\s*分\s*以下\s*(?:的)?\s*(?:为|：|:|评为|定为)?\s*[“"「]?`+gradeAlt,
		"以下")
	highRe = mustRunRegexp(`([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:[（(]含[）)])?\s*(?:及)?以上\s*(?:[（(]含[0-9.]*分?[）)])?\s*(?:的)?\s*(?:为|：|:|评为|定为)?\s*[“"「]?`+gradeAlt,
		"以上")
	// the grade first, its band in brackets: "优（90分（含）以上）、良（80（含）—90分）、差（60分以下）"
	gradeBandRe = mustRunRegexp(gradeAlt+`\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*[（(]含[）)]\s*分?\s*(?:[-—–~～至到－]|——)+\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:[（(]不含[）)])?\s*[）)]`,
		"含")
	gradeHighRe = mustRunRegexp(gradeAlt+`\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:[（(]含[）)])?\s*(?:及)?以上\s*[）)]`,
		"以上")
	// a range without 含: "80分至90分为良", "80分至89.99分为良"
	spanRe = mustRunRegexp(`([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:至|到|[-—–~～－]|——)\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*(以下|[（(]不含[）)])?\s*(?:的)?\s*(?:为|：|:|评为|定为)\s*[“"「]?`+gradeAlt,
		"分")
	gradeSpanRe = mustRunRegexp(gradeAlt+`\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:至|到|[-—–~～－]|——)\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*(以下|[（(]不含[）)])?\s*[）)]`,
		"分")
	// "良（80分及以上、不足90分）": the lower bound and, after it, the
	// bound the band stays under
	gradeUpToRe = mustRunRegexp(gradeAlt+`\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*(?:[（(]含[）)])?\s*(?:及)?以上\s*[、，,]\s*(?:不足|低于|不满|小于|不到)\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[）)]`,
		"以上")
	gradeLowRe = mustRunRegexp(gradeAlt+`\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*分?\s*以下\s*[）)]`,
		"以下")
	gradeRe = mustRunRegexp(`(?:等级|等次|评价结果|评定为|评定等级)\s*(?:为|：|:|是)?\s*[“"「]?`+gradeAlt,
		"等级", "等次", "评价结果", "评定")
	totalRe = mustRunRegexp(`(?:总分|综合得分|自评得分|总得分|评分|自评分|评价得分)\s*(?:为|：|:|是)?\s*([0-9]+(?:\.[0-9]+)?)\s*分?`,
		"总分", "得分", "评分")
)

var canon = map[string]string{"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
	"及格": "合格", "合格": "合格", "较差": "较差", "不合格": "不合格", "差": "差"}

type band struct {
	lo, hi     *figures.Number
	hiIncl     bool
	grade      string
	text       string
	start, end int
}

func (b band) contains(v figures.Number) bool {
	if b.lo != nil && cmp(v, *b.lo) < 0 {
		return false
	}
	if b.hi != nil {
		c := cmp(v, *b.hi)
		if c > 0 || c == 0 && !b.hiIncl {
			return false
		}
	}
	return true
}

func num(s string) *figures.Number {
	n := figures.ParseCell(s)
	if n.Kind != figures.Value {
		return nil
	}
	n.Exact = true
	return &n
}

func findBands(s string) []band {
	keys := keywordEnds(s, nil)
	return findBandsIn(s, keywords(s), 0, keys)
}

// findBandsIn is findBands where k are the keywords of s, s is
// d.Text[base:base+len(s)] and keys the ends of its keyword characters
// (runRegexp.findAt).
func findBandsIn(s string, k keyword, base int, keys []int32) []band {
	var out []band
	// each pattern needs a literal (含, 以下, 以上): skip it cheaply. findAt
	// looks for 以下 and 以上 only at the keys, where 以 is: a scan of s for
	// them first would cost more than it saves
	var bands, lows, highs [][]int
	if k&hasHan != 0 {
		bands = bandRe.findAt(s, base, keys)
	}
	if k&hasYi != 0 {
		lows = lowRe.findAt(s, base, keys)
		highs = highRe.findAt(s, base, keys)
	}
	for _, m := range bands {
		out = append(out, band{lo: num(s[m[2]:m[3]]), hi: num(s[m[4]:m[5]]), grade: canon[s[m[6]:m[7]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
	}
	overlaps := func(a, b int) bool {
		for _, x := range out {
			if a < x.end && x.start < b {
				return true
			}
		}
		return false
	}
	if k&hasHan != 0 {
		for _, m := range gradeBandRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				out = append(out, band{lo: num(s[m[4]:m[5]]), hi: num(s[m[6]:m[7]]), grade: canon[s[m[2]:m[3]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
	}
	if k&hasFen != 0 {
		for _, m := range spanRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				hi := num(s[m[4]:m[5]])
				out = append(out, band{lo: num(s[m[2]:m[3]]), hi: hi, hiIncl: m[6] < 0 && hi != nil && hi.Dec > 0, grade: canon[s[m[8]:m[9]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
		// "良（80分至89.99分）": the upper figure belongs to the band when
		// it has decimals (89.99), not when whole (the next band's 90) nor
		// when 以下 or （不含） says so ("良（80分至90分以下）")
		for _, m := range gradeSpanRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				hi := num(s[m[6]:m[7]])
				open := m[8] >= 0 // 以下, （不含）
				out = append(out, band{lo: num(s[m[4]:m[5]]), hi: hi, hiIncl: !open && hi != nil && hi.Dec > 0, grade: canon[s[m[2]:m[3]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
	}
	if k&hasYi != 0 {
		for _, m := range gradeUpToRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				out = append(out, band{lo: num(s[m[4]:m[5]]), hi: num(s[m[6]:m[7]]), grade: canon[s[m[2]:m[3]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
		for _, m := range gradeLowRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				out = append(out, band{hi: num(s[m[4]:m[5]]), grade: canon[s[m[2]:m[3]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
		for _, m := range gradeHighRe.findAt(s, base, keys) {
			if !overlaps(m[0], m[1]) {
				out = append(out, band{lo: num(s[m[4]:m[5]]), grade: canon[s[m[2]:m[3]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
			}
		}
	}
	for _, m := range lows {
		if !overlaps(m[0], m[1]) {
			out = append(out, band{hi: num(s[m[2]:m[3]]), grade: canon[s[m[4]:m[5]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
		}
	}
	for _, m := range highs {
		if !overlaps(m[0], m[1]) {
			out = append(out, band{lo: num(s[m[2]:m[3]]), grade: canon[s[m[4]:m[5]]], text: s[m[0]:m[1]], start: m[0], end: m[1]})
		}
	}
	// (the starts differ: matches do not overlap; slices sorts without
	// sort.Slice's reflection and allocations)
	slices.SortFunc(out, func(a, b band) int { return a.start - b.start })
	markTop(out)
	return out
}

// defaultBands are the grades of 财预〔2020〕10号 used when a report states none:
// 90（含）—100 优, 80（含）—90 良, 60（含）—80 中, below 60 差.
func defaultBands() []band {
	n := func(v int64) *figures.Number { return &figures.Number{Mant: v, Kind: figures.Value, Exact: true} }
	return []band{
		{lo: n(90), hi: n(100), hiIncl: true, grade: "优", text: "90（含）—100分为优"},
		{lo: n(80), hi: n(90), grade: "良", text: "80（含）—90分为良"},
		{lo: n(60), hi: n(80), grade: "中", text: "60（含）—80分为中"},
		{hi: n(60), grade: "差", text: "60分以下为差"},
	}
}

// gradeStatements returns submatch indexes (absolute) of stated grades:
// "等级：优", "评价等次为“良”", and a table cell 评价等级 followed by a cell
// holding only the grade.
func gradeStatements(p *audit.Pass) [][]int {
	d := p.Doc
	out := scan(p, gradeRe, hasGradeWord)
	for _, pc := range piecesOf(p) {
		// the longest word below has four characters, each has 等 or 果
		c := pc.Cell
		if c == nil || pc.Has&hasDengOrGuo == 0 || !squashFits(pc.Text, 4) {
			continue
		}
		switch squash(pc.Text) {
		case "等级", "评价等级", "评价等次", "等次", "绩效等级", "自评等级", "评定等级", "评价结果",
			"考核等次", "考核等级", "考评等次", "考评等级", "综合等级", "自评等次", "评定等次", "考核结果", "绩效等次":
		default:
			continue
		}
		next := pc.Table.At(c.Row, c.Col+c.ColSpan)
		for next != nil && next != c && next.Row == c.Row && emptyCell(d.Slice(next.Span)) && next.Col+next.ColSpan < pc.Table.Cols {
			next = pc.Table.At(c.Row, next.Col+next.ColSpan) // (评价等级 | | | 良: the blank cells of the score columns passed over)
		}
		if next == nil || next == c {
			continue
		}
		txt := d.Slice(next.Span)
		g := squash(txt)
		if _, ok := canon[g]; !ok {
			continue
		}
		lead := cjk.Index(txt, g)
		s := next.Span.Start + lead
		out = append(out, []int{s, s + len(g), s, s + len(g)})
	}
	out = append(out, totalRowGrades(p)...)
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] }) // equal starts are equal statements
	return out
}

// totalRowGrades returns, as gradeStatements does, the grades written in
// the total row of a score table after its score ("总分 | … | 100 | 96.69 |
// 良"): a cell holding only a grade word.
func totalRowGrades(p *audit.Pass) [][]int {
	d := p.Doc
	var out [][]int
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if !r.Total || !r.Score.OK {
				continue
			}
			t := r.Table
			for c := 0; c < t.Cols; c++ {
				cell := t.At(r.Row, c)
				if cell == nil || cell.Row != r.Row || cell.Col != c || cell.Span.Start <= r.Score.Span.Start {
					continue
				}
				txt := d.Slice(cell.Span)
				g := squash(txt)
				if _, ok := canon[g]; !ok {
					continue
				}
				s := cell.Span.Start + cjk.Index(txt, g)
				out = append(out, []int{s, s + len(g), s, s + len(g)})
			}
		}
	}
	return out
}

// markTop lets the top band include its upper end (…—100分为优), unless
// another band starts at that end (90分以上为优 over 80—90分为良).
func markTop(bs []band) {
	var top *band
	for i := range bs {
		bs[i].hiIncl = false
		if bs[i].hi != nil && (top == nil || cmp(*bs[i].hi, *top.hi) > 0) {
			top = &bs[i]
		}
	}
	if top == nil {
		return
	}
	for i := range bs {
		if bs[i].lo != nil && cmp(*bs[i].lo, *top.hi) >= 0 {
			return // "90分（含）以上为优，80分（含）至90分为良": a band above it starts there
		}
	}
	top.hiIncl = true
}

// scan applies re to the pieces of d that hold the keyword k (one that
// every match of re holds) and returns the submatch indexes as absolute
// offsets.
func scan(p *audit.Pass, re *runRegexp, k keyword) [][]int {
	var out [][]int
	b := buffersOf(p)
	for _, pc := range piecesOf(p) {
		if pc.Has&k == 0 {
			continue
		}
		for _, m := range re.findAt(pc.Text, pc.Span.Start, b.keysIn(pc.Span)) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += pc.Span.Start
				}
			}
			out = append(out, m)
		}
	}
	return out
}

func runSCR006(p *audit.Pass) {
	d := p.Doc
	var bands []band
	buf := buffersOf(p)
	for _, pc := range piecesOf(p) {
		if pc.Has&hasFen == 0 || pc.Has&(hasHan|hasYi) == 0 {
			continue
		}
		for _, b := range findBandsIn(pc.Text, pc.Has, pc.Span.Start, buf.keysIn(pc.Span)) {
			b.start += pc.Span.Start
			b.end += pc.Span.Start
			bands = append(bands, b)
		}
	}
	markTop(bands)
	stated := len(bands) >= 2
	if !stated {
		bands = defaultBands()
	}
	byGrade := map[string][]band{}
	for _, b := range bands {
		byGrade[b.grade] = append(byGrade[b.grade], b)
	}
	inBand := func(off int) bool {
		for _, b := range bands {
			if off >= b.start && off < b.end {
				return true
			}
		}
		return false
	}
	type mention struct {
		n    figures.Number
		span model.Span
	}
	var totals []mention
	for _, st := range scoreTables(p) {
		for _, r := range st.Rows {
			if r.Total {
				totals = append(totals, mention{r.Score.N, r.Score.Span})
			}
		}
	}
	for _, m := range scan(p, totalRe, hasTotalWord) {
		if inBand(m[2]) {
			continue
		}
		if n := num(d.Text[m[2]:m[3]]); n != nil {
			totals = append(totals, mention{*n, model.Span{Start: m[2], End: m[3]}})
		}
	}
	slices.SortStableFunc(totals, func(a, b mention) int { return a.span.Start - b.span.Start })
	gradeColumns(p, bands, byGrade, stated)
	lastGrade := -1
	for _, m := range gradeStatements(p) {
		at := m[2]
		if inBand(at) {
			continue
		}
		g := canon[d.Text[m[2]:m[3]]]
		if gradeAsAttribute(d.Text[m[3]:]) {
			lastGrade = at
			continue // "对考评等级为“中”的部门…": the grade names some units, it grades no total
		}
		// the nearest total before the statement, after the previous statement
		var t *mention
		for i := len(totals) - 1; i >= 0; i-- {
			if totals[i].span.Start < at && totals[i].span.Start > lastGrade && at-totals[i].span.Start <= 400 {
				t = &totals[i]
				break
			}
		}
		lastGrade = at
		if t == nil || len(byGrade[g]) == 0 {
			continue
		}
		ok := false
		for _, b := range byGrade[g] {
			if b.contains(t.n) {
				ok = true
			}
		}
		if ok {
			continue
		}
		right := ""
		for _, b := range bands {
			if b.contains(t.n) {
				right = b.grade
				break
			}
		}
		if right == "" {
			continue
		}
		want := byGrade[g][0].text
		got := ""
		for _, b := range bands {
			if b.grade == right {
				got = b.text
			}
		}
		conf, std, stdEN := 0.9, "文中等级标准", "the stated band"
		if !stated {
			conf, std, stdEN = 0.7, "通行等级标准（财预〔2020〕10号）", "the usual bands (财预〔2020〕10号)"
		}
		p.Report(audit.Finding{
			Severity:   audit.Error,
			Message:    fmt.Sprintf("总分 %s 按%s「%s」应评为「%s」，却评为「%s」（「%s」的标准是「%s」）", t.n.String(), std, got, right, d.Text[m[2]:m[3]], g, want),
			MessageEN:  fmt.Sprintf("a total of %s falls in %s %q (%s) but the grade given is %q (band %q)", t.n.String(), stdEN, got, right, d.Text[m[2]:m[3]], want),
			Span:       model.Span{Start: m[2], End: m[3]},
			Expr:       fmt.Sprintf("%s ∈ 「%s」", t.n.String(), got),
			Expected:   right,
			Actual:     d.Text[m[2]:m[3]],
			Confidence: conf,
			Related:    []model.Span{t.span},
		})
	}
}

// gradeColumns checks tables listing one score and one grade per row
// ("项目名称 | 资金规模 | 评价得分 | 评价等级", a 重点项目绩效评价结果表)
// against the bands the report states: each row's grade must be the band
// of its score.
//
// Without stated bands the usual ones (财预〔2020〕10号) are used only where
// the table itself follows them: three rows or more fit them and the rows
// that do not are one, or under a quarter of them (a report with its own
// bands, 优 from 85, would misfit in many rows).
func gradeColumns(p *audit.Pass, bands []band, byGrade map[string][]band, stated bool) {
	d := p.Doc
	for _, t := range d.Tables {
		hr, sc, gc := -1, -1, -1
		for _, c := range t.Cells {
			if hr >= 0 && c.Row != hr || c.Row > 3 {
				break // (the header is one of the first rows)
			}
			raw := d.Slice(c.Span)
			if !cjk.Contains(raw, "等") && !cjk.Contains(raw, "分") && !cjk.Contains(raw, "果") {
				continue // every header looked for holds one of these
			}
			switch k := squash(raw); {
			case gradeHeader(k):
				// (评价等级, 自评等级, 考评等级, 考核等次, …)
				hr, gc = c.Row, c.Col
			case (cjk.Contains(k, "得分") || k == "分数" || strings.HasSuffix(k, "总分") || k == "评分") && !cjk.Contains(k, "率") && runeLen(k) <= 8 && c.ColSpan <= 1:
				// (not a group over several scores, "指标得分" over 决策 |
				// 过程 | 产出 | 效益; a 总分 column wins over the others)
				if sc < 0 || strings.HasSuffix(k, "总分") {
					hr, sc = c.Row, c.Col
				}
			}
		}
		var pairs []gradePair
		if hr >= 0 && sc >= 0 && gc >= 0 {
			for r := hr + 1; r < t.Rows; r++ {
				scell, gcell := t.At(r, sc), t.At(r, gc)
				if scell == nil || gcell == nil || scell.Row != r || gcell.Row != r || scell == gcell {
					continue
				}
				pairs = append(pairs, gradePair{score: scell, grade: gcell})
			}
		} else {
			pairs = gradeRow(d, t)
		}
		judgeGrades(p, pairs, bands, byGrade, stated)
	}
}

// gradePair is a score and the grade given to it, two cells of a table,
// and what they are of when the cells' row does not say (a project's
// column of a table laid out across), "" otherwise.
type gradePair struct {
	score, grade *model.Cell
	of           string
}

// gradeRow returns the pairs of a table of scores laid out across, one
// column a project: a grade row (评价等级 | 良 | 优 | …) under a total row
// (合计 | 100 | 89.5 | 93.0 | …), each column's grade for its total.
func gradeRow(d *model.Document, t *model.Table) []gradePair {
	gr, tr := -1, -1
	for r := 1; r < t.Rows; r++ {
		c := t.At(r, 0)
		if c == nil || c.Row != r {
			continue
		}
		switch k := squash(d.Slice(c.Span)); {
		case gradeHeader(k):
			gr = r
		case k == "合计" || k == "总计" || k == "总分" || k == "得分合计" || k == "综合得分" || k == "总得分":
			tr = r
		}
		if gr >= 0 {
			break
		}
	}
	if gr < 0 || tr < 0 || tr > gr {
		return nil
	}
	var pairs []gradePair
	for c := 1; c < t.Cols; c++ {
		scell, gcell := t.At(tr, c), t.At(gr, c)
		if scell == nil || gcell == nil || scell.Row != tr || gcell.Row != gr || scell.Col != c || gcell.Col != c {
			continue
		}
		if gcell.ColSpan > 1 || pointsColumn(d, t, c, tr) {
			// a grade across several columns is the table's, not a column's;
			// the points a column of scores is out of are no project's total
			continue
		}
		of := ""
		if h := t.At(0, c); h != nil {
			of = strings.TrimSpace(d.Slice(h.Span))
		}
		pairs = append(pairs, gradePair{score: scell, grade: gcell, of: of})
	}
	return pairs
}

// pointsColumn reports a column of t whose header, in the first three rows
// above row end, names the points available (分值, 权重, 满分, 标准分).
func pointsColumn(d *model.Document, t *model.Table, c, end int) bool {
	for r := 0; r < min(end, 3); r++ {
		if h := t.At(r, c); h != nil {
			if isWeightHead(squash(d.Slice(h.Span))) {
				return true
			}
		}
	}
	return false
}

// gradeHeader reports a header naming a grade: 评价等级, 自评等级, 考核等次,
// 评价结果, ….
func gradeHeader(k string) bool {
	return (strings.HasSuffix(k, "等级") || strings.HasSuffix(k, "等次")) && runeLen(k) <= 6 || k == "评价结果" || k == "考评结果" || k == "考核结果"
}

// judgeGrades reports the pairs whose grade is not the one their score's
// band gives (see gradeColumns for when the usual bands are used).
func judgeGrades(p *audit.Pass, pairs []gradePair, bands []band, byGrade map[string][]band, stated bool) {
	d := p.Doc
	var found []audit.Finding
	fit, deep := 0, 0 // rows in their band; findings deep inside the right one
	for _, pr := range pairs {
		scell, gcell := pr.score, pr.grade
		of, ofEN := "", ""
		if pr.of != "" {
			of, ofEN = "「"+pr.of+"」", pr.of+": "
		}
		n := parseScore(strings.TrimSpace(d.Slice(scell.Span)))
		gtxt := d.Slice(gcell.Span)
		g, ok := canon[squash(gtxt)]
		if n.Kind != figures.Value || !ok || len(byGrade[g]) == 0 {
			continue
		}
		n.Exact = true
		fits := false
		for _, b := range byGrade[g] {
			fits = fits || b.contains(n)
		}
		right, got := "", ""
		for _, b := range bands {
			if b.contains(n) {
				right, got = b.grade, b.text
				if !fits && deepIn(b, n) {
					deep++
				}
				break
			}
		}
		if fits {
			fit++
		}
		if fits || right == "" {
			continue
		}
		lead := cjk.Index(gtxt, strings.TrimSpace(gtxt))
		span := model.Span{Start: gcell.Span.Start + lead, End: gcell.Span.Start + lead + len(strings.TrimSpace(gtxt))}
		std, stdEN, conf := "文中等级标准", "the stated band", 0.85
		if !stated {
			std, stdEN, conf = "通行等级标准（财预〔2020〕10号，表中其他各行也按此评定）", "the usual band (财预〔2020〕10号, which the table's other rows follow)", 0.7
		}
		found = append(found, audit.Finding{
			Severity:   audit.Error,
			Message:    of + fmt.Sprintf("得分 %s 按%s「%s」应评为「%s」，表中却评为「%s」（「%s」的标准是「%s」）", n.String(), std, got, right, strings.TrimSpace(gtxt), g, byGrade[g][0].text),
			MessageEN:  ofEN + fmt.Sprintf("a score of %s falls in %s %q (%s) but the table's grade is %q (band %q)", n.String(), stdEN, got, right, strings.TrimSpace(gtxt), byGrade[g][0].text),
			Span:       span,
			Expr:       fmt.Sprintf("%s ∈ 「%s」", n.String(), got),
			Expected:   right,
			Actual:     strings.TrimSpace(gtxt),
			Confidence: conf,
			Related:    []model.Span{scell.Span},
		})
	}
	if !stated && (fit < 3 && !(fit == 2 && len(found) == 1 && deep == 1) || len(found) > 1 && 4*len(found) >= fit) {
		// (three rows, two graded by the usual bands and one far inside
		// another band than its grade's, 98.3 graded 良, is enough)
		return
	}
	if len(found) >= 3 && len(found) > fit {
		return // most rows out of their bands: not the column the grades are of
	}
	for _, f := range found {
		p.Report(f)
	}
}

// runeLen is utf8.RuneCountInString.
func runeLen(s string) int { return len([]rune(s)) }

// emptyCell reports a cell holding nothing but a dash or a slash ("—",
// "-", "/"), or nothing at all.
func emptyCell(s string) bool {
	return strings.Trim(strings.TrimSpace(s), "—－-/／ ") == ""
}

// deepIn reports whether score v lies five points or more inside band b
// from each of its ends: no rounding nor a band drawn otherwise explains a
// grade other than b's.
func deepIn(b band, v figures.Number) bool {
	f := v.Float()
	if b.lo != nil && b.lo.Float() > 0 && f-b.lo.Float() < 5 {
		return false
	}
	if b.hi != nil && b.hi.Float() < 100 && b.hi.Float()-f < 5 {
		return false // (100, the top of the scale, borders no band)
	}
	return true
}

// gradeAsAttribute reports a grade followed by 的 (after its closing
// quote): "等级为“中”的部门" qualifies a noun.
func gradeAsAttribute(rest string) bool {
	rest = strings.TrimLeft(rest, "”’\"'」』")
	return strings.HasPrefix(rest, "的")
}
