package prose

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// summaryTotals compares the totals a text writes of a two-sided summary
// table ("2021年度收入总计95,402,450.80元、支出总计95,420,450.80元") with its
// sides. The table analysis reads such a table as a form (项目 | 决算数 |
// 项目 | 决算数), which gives the other pairings of XRF001 no cells; and
// its rows say only 总计 or 合计, the side they are on naming the rest.
//
// A figure is compared when the words right before it name a side and a
// total (收入总计, 本年支出合计, 收、支总计各), it is of the report year,
// its basis (预算, 决算) is the table's, and the summary tables of its fund
// scope (all funds, 财政拨款, …: its heading, sentence and label against
// the table's caption) all show the one value it does not agree with,
// which no other table cell shows either.
func summaryTotals(p *audit.Pass, x *xrefFacts, cfs []cellFacts) {
	sums := summaryRows(p, x)
	if len(sums) == 0 {
		return
	}
	for _, u := range proseUnits(p).units {
		if u.cell != nil || !cjk.Contains(u.text, "计") {
			continue
		}
		for i := range u.st.Quantities {
			q := &u.st.Quantities[i]
			if q.Approx || q.Chinese || q.Percent || !figures.IsMoneyUnit(q.Unit) || isChangeFigure(q) {
				continue
			}
			sides, kind, words := totalNamed(u.text[:q.Start])
			if sides == 0 {
				continue
			}
			if cjk.Contains(words, "支出") && balanceFollows(u.text[q.End:]) {
				// "…支出总计586313.32万元。收支相抵，年终结余13513.97万元": the
				// spending written without the balance the table's 支出 side adds
				continue
			}
			iv := scaleOf(q.Number, q.Unit)
			if summaryShows(sums, q, &iv) || shownInACell(cfs, q, &iv) {
				continue // (whichever row or column: quoted from it)
			}
			if want := summaryTotalFor(p, x, sums, u, q.Start, sides, kind); want != nil {
				if ty, hy := yearIn(want.table.Caption), x.headingYearAt(u.abs(q.Start)); q.Year == 0 && ty != 0 && hy != 0 && ty != hy {
					continue // "一、2024年预算执行情况" over a total of 2024, and the 2025 budget's 收支平衡表
				}
				reportSummary(p, u, q, words, want)
			}
		}
	}
}

// balanceFollows reports whether the text after a spending total goes on,
// within its sentence or the next, to the year's balance (年终结余, 结转下年).
func balanceFollows(after string) bool {
	n := 0
	for i, r := range after {
		if r == '。' {
			if n++; n == 2 {
				after = after[:i]
				break
			}
		}
	}
	return cjk.Contains(after, "结余") || cjk.Contains(after, "结转下年")
}

// summaryShows reports whether a summary table shows figure q.
func summaryShows(sums []summaryRow, q *figures.Quantity, iv *scaled) bool {
	for k := range sums {
		s := &sums[k]
		if scaledOverlap(iv, q.Number, q.Unit, &s.iv, s.n, s.unit) {
			return true
		}
	}
	return false
}

// summaryTotalFor returns the total row of the given sides (bits) and kind
// that a text at offset at of unit u speaks of: the words before it in its
// sentence name no year but the report's and no 上年, and the summary
// tables of its fund scope (its headings and those words against a
// table's caption) and basis (预算, 决算) show one value for it. Nil when
// there is no such row or its tables disagree.
func summaryTotalFor(p *audit.Pass, x *xrefFacts, sums []summaryRow, u *unit, at int, sides uint8, kind totalKind) *summaryRow {
	c, ok := summaryContext(p, x, u, at)
	if !ok {
		return nil
	}
	return summaryTotalIn(sums, sides, kind, c.scope, c.budget)
}

// summaryWhere is what the words before a figure and the headings above it
// say about the summary table it speaks of.
type summaryWhere struct {
	scope  uint8 // fundScope of the headings and the words before
	budget bool  // a budget's figure, not an actual one
}

// summaryContext reads the summaryWhere of offset at of unit u; false when
// the words before it in its sentence or its headings name another year.
func summaryContext(p *audit.Pass, x *xrefFacts, u *unit, at int) (summaryWhere, bool) {
	sent := u.sentenceOf(at)
	before := u.text[sent.Start:at]
	if !x.reportYearOnly(before) || cjk.Contains(before, "上年") || cjk.Contains(before, "去年") {
		return summaryWhere{}, false // ("与2020年度相比", "上年收入总计"): another year's
	}
	heads := headingsAt(p.Doc, u.span.Start)
	if !x.reportYearOnly(heads) {
		return summaryWhere{}, false // (under "二、2022年预算草案" in a 2021 report: next year's plan)
	}
	budget := x.budgetReport() || cjk.Contains(strings.ReplaceAll(before, "一般公共预算", ""), "预算") ||
		cjk.Contains(before, "安排") || cjk.Contains(before, "预期") || cjk.Contains(before, "草案")
	return summaryWhere{scope: fundScope(heads + before), budget: budget}, true
}

// summaryTotalIn returns the total row of the given sides (bits), kind,
// fund scope and basis, nil when there is none or the tables disagree.
func summaryTotalIn(sums []summaryRow, sides uint8, kind totalKind, scope uint8, budget bool) *summaryRow {
	var want *summaryRow
	for k := range sums {
		s := &sums[k]
		if s.side < 0 || sides&(1<<s.side) == 0 || s.kind != kind || s.scope != scope || s.budget != budget {
			continue
		}
		if want != nil && (want.n.Mant != s.n.Mant || want.n.Dec != s.n.Dec || want.unit != s.unit) {
			return nil
		}
		want = s
	}
	return want
}

// summaryRow is a total row of one side of a summary table.
type summaryRow struct {
	side   int // 0 收入, 1 支出; −1 for a figure of no total row
	kind   totalKind
	n      figures.Number
	unit   string
	scope  uint8 // fundScope of the caption
	budget bool  // its figures are budgets (the column says 预算 and not 决算)
	iv     scaled
	cell   *model.Cell
	table  *model.Table
	label  string
}

type summaryKey struct{}

type totalKind uint8

const (
	totalGrand totalKind = iota + 1 // 总计: with the funds carried over
	totalYear                       // 本年收入合计: the year's own
)

// summaryRows reads the figures of the document's summary tables that
// have a known unit, and the total rows of those with one figure column
// per side.
func summaryRows(p *audit.Pass, x *xrefFacts) []summaryRow {
	return audit.Fact(p, summaryKey{}, func(d *model.Document) []summaryRow { return readSummaryRows(p, x) })
}

func readSummaryRows(p *audit.Pass, x *xrefFacts) []summaryRow {
	d := p.Doc
	var out []summaryRow
	var ta *tables.Analysis
	for ti, t := range d.Tables {
		hr, layout, ok := tables.SummaryLayout(d, t)
		if !ok {
			continue
		}
		if ta == nil {
			ta = audit.Fact(p, tables.FactKey, tables.Analyze)
		}
		unit := ""
		if tt := ta.Tables[ti]; len(tt.Blocks) > 0 {
			unit = tt.Blocks[0].Unit
		}
		if !figures.IsMoneyUnit(unit) {
			continue
		}
		// every figure of the table, as side −1: a text's figure equal
		// to one of them is quoted from it
		allScope := fundScope(t.Caption + strings.Join(x.titleRows(t), ""))
		for _, c := range t.Cells {
			if c.Row > hr {
				if n := figures.ParseCell(strings.TrimSpace(d.Slice(c.Span))); n.Kind == figures.Value {
					out = append(out, summaryRow{side: -1, n: n, unit: unit, iv: scaleOf(n, unit), scope: allScope, table: t})
				}
			}
		}
		if layout[0].Figures != 1 || layout[1].Figures != 1 {
			continue // which column a text means would be unclear
		}
		caption := t.Caption + strings.Join(x.titleRows(t), "")
		scope := fundScope(caption)
		for i, side := range layout {
			head := squashSpace(cellText(d, t, hr, side.Value))
			budget := cjk.Contains(head, "预算") && !cjk.Contains(head, "决算")
			for r := hr + 1; r < t.Rows; r++ {
				lc, vc := t.At(r, side.Label), t.At(r, side.Value)
				if lc == nil || vc == nil || lc.Row != r || vc.Row != r {
					continue
				}
				label := squashSpace(d.Slice(lc.Span))
				kind := sideTotal(label, i)
				if kind == 0 {
					continue
				}
				n := figures.ParseCell(strings.TrimSpace(d.Slice(vc.Span)))
				if n.Kind != figures.Value {
					continue
				}
				out = append(out, summaryRow{side: i, kind: kind, n: n, unit: unit, iv: scaleOf(n, unit), scope: scope, budget: budget, cell: vc, table: t, label: label})
			}
		}
	}
	return out
}

// sideTotal tells a total row of side i by its label: 总计 or 收入总计 (the
// side's own name or none), 合计, 本年收入合计 or 收入合计.
func sideTotal(label string, i int) totalKind {
	own := [2]string{"收入", "支出"}[i]
	l := strings.TrimPrefix(label, "本年")
	l = strings.TrimPrefix(l, own)
	switch l {
	case "总计":
		if !strings.HasPrefix(label, "本年") {
			return totalGrand
		}
	case "合计":
		return totalYear
	}
	return 0
}

// totalNamed reads the words that end text (the text before a figure):
// which sides they name a total of (bit 0 收入, bit 1 支出), which total,
// and the words themselves. "收入总计", "本年支出合计为", "收、支总计各",
// "收支总计均为".
func totalNamed(text string) (sides uint8, kind totalKind, words string) {
	t := strings.TrimRight(text, " ：:")
	for _, w := range []string{"为", "是", "达", "共"} {
		t = strings.TrimSuffix(t, w)
	}
	end := len(t)
	both := false
	for _, w := range []string{"各", "均", "分别"} {
		if strings.HasSuffix(t, w) {
			t, both = strings.TrimSuffix(t, w), true
		}
	}
	switch {
	case strings.HasSuffix(t, "总计"):
		t, kind = strings.TrimSuffix(t, "总计"), totalGrand
	case strings.HasSuffix(t, "合计"):
		t, kind = strings.TrimSuffix(t, "合计"), totalYear
	default:
		return 0, 0, ""
	}
	side := ""
	switch {
	case both && strings.HasSuffix(t, "收、支"):
		sides, side = 3, "收、支"
	case both && strings.HasSuffix(t, "收支"):
		sides, side = 3, "收支"
	case both:
		return 0, 0, ""
	case strings.HasSuffix(t, "收入"):
		sides, side = 1, "收入"
	case strings.HasSuffix(t, "支出"):
		sides, side = 2, "支出"
	default:
		return 0, 0, ""
	}
	start := len(t) - len(side)
	if strings.HasSuffix(t[:start], "的") {
		// "用于教育、…等民生领域的支出合计173262.98万元": the total of what
		// the words before it name, not a side of the summary table
		return 0, 0, ""
	}
	if strings.HasSuffix(t[:start], "本年") {
		// 本年收入合计 is the year's own; 总计 never is
		if kind == totalGrand {
			return 0, 0, ""
		}
		start -= len("本年")
	}
	return sides, kind, text[start:end]
}

// The fund scopes a summary table and a text may be limited to.
var fundWords = [...]string{"财政拨款", "一般公共预算", "政府性基金", "国有资本经营", "社会保险基金"}

func fundScope(s string) uint8 {
	var m uint8
	for i, w := range fundWords {
		if cjk.Contains(s, w) {
			m |= 1 << i
		}
	}
	return m
}

// headingsAt returns the texts of the headings in force at off, outermost
// first.
func headingsAt(d *model.Document, off int) string {
	var stack []*model.Heading
	for _, h := range d.Headings() {
		if h.Span.Start > off {
			break
		}
		for len(stack) > 0 && stack[len(stack)-1].Level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, h)
	}
	var b strings.Builder
	for _, h := range stack {
		b.WriteString(d.Slice(h.Span))
	}
	return b.String()
}

// reportYearOnly reports whether text names no year but the report's.
func (x *xrefFacts) reportYearOnly(text string) bool {
	if !cjk.Contains(text, "年") {
		return true
	}
	s := figures.Normalize(text)
	for i := cjk.Index(s, "年"); i >= 0; {
		if i >= 4 && isYear(s[i-4:i]) && yearIn(s[i-4:]) != x.reportYear() {
			return false
		}
		k := cjk.Index(s[i+1:], "年")
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return true
}

// shownInACell reports whether figure q is shown in some table cell (a
// text quoting another table's 收入合计 is not wrong about this one's).
func shownInACell(cfs []cellFacts, q *figures.Quantity, iv *scaled) bool {
	for k := range cfs {
		cf := &cfs[k]
		if cf.percent || !cf.known || !cf.iv.ok {
			continue
		}
		if o, ok := fastOverlap(iv, &cf.iv); ok && o || !ok && scaledOverlap(iv, q.Number, q.Unit, &cf.iv, cf.number(), cf.unit) {
			return true
		}
	}
	return false
}

func cellText(d *model.Document, t *model.Table, r, c int) string {
	if cell := t.At(r, c); cell != nil {
		return d.Slice(cell.Span)
	}
	return ""
}

func squashSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func reportSummary(p *audit.Pass, u *unit, q *figures.Quantity, words string, s *summaryRow) {
	shown := show(*q)
	shownCell := s.n.String() + s.unit
	where := fmt.Sprintf("表%d", s.table.Index+1)
	whereEN := fmt.Sprintf("table %d", s.table.Index+1)
	if s.table.Caption != "" {
		where += "「" + s.table.Caption + "」"
	}
	sideName := [2]string{"收入", "支出"}[s.side]
	sideEN := [2]string{"income", "spending"}[s.side]
	fd := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*q),
		Expected:   shownCell,
		Actual:     shown,
		Expr:       shown + " ≠ " + shownCell,
		Confidence: 0.7,
		Related:    []model.Span{s.cell.Span},
		Message:    fmt.Sprintf("文中「%s」为 %s，%s%s一侧「%s」为 %s。", words, shown, where, sideName, s.label, shownCell),
		MessageEN:  fmt.Sprintf("The text gives %s; %s shows %s on its %s side (%s).", shown, whereEN, shownCell, sideEN, s.label),
	}
	if q.Unit == s.unit {
		fd.Difference, _ = difference(q.Number, s.n)
		if dg := figures.Diagnose(q.Number, s.n); dg.Slip != figures.NoSlip {
			fd.Hint, fd.HintEN = dg.Hint, dg.HintEN
			fd.Severity, fd.Confidence = audit.Error, 0.8
		}
	}
	p.Report(fd)
}

// quotesSummary reports a money figure of four significant digits or more
// that a two-sided summary table shows as it is written: those tables give
// no cells to match a text's figures with (their rows are read as a form),
// so a figure quoted from one ("上级补助收入373163.74万元" from the
// 一般公共预算收支平衡表) would otherwise be held against a row of the same
// name in another table (the 政府性基金 table's 上级补助收入).
func quotesSummary(p *audit.Pass, x *xrefFacts, f *pfig, cf *cellFacts) bool {
	if f.isRate || f.q.Percent || f.q.Approx || !figures.IsMoneyUnit(f.q.Unit) || significant(f.q.Number) < 4 {
		return false
	}
	// only when the two tables are of different funds: a summary of the
	// same fund disagreeing with the cell is a finding (one of them is wrong)
	other := fundScope(cf.table().T.Caption + strings.Join(x.titleRows(cf.table().T), ""))
	for _, s := range summaryRows(p, x) {
		if s.n.Mant == f.q.Mant && s.n.Dec == f.q.Dec && s.unit == f.q.Unit && s.scope != 0 && other != 0 && s.scope&other == 0 {
			return true
		}
	}
	return false
}

// shownInSummary reports whether a two-sided summary table shows figure f
// as it is written.
func shownInSummary(p *audit.Pass, x *xrefFacts, f *pfig) bool {
	for _, s := range summaryRows(p, x) {
		if s.n.Mant == f.q.Mant && s.n.Dec == f.q.Dec && s.unit == f.q.Unit {
			return true
		}
	}
	return false
}
