package years

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
)

var yr005 = &audit.Rule{
	ID:       "YR005",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "表头两列年份相同",
		TitleEN: "Two column headers name the same year",
		Explain: "同一表头行中两列写着相同的年份和名称（如“2022年决算数 | 2022年决算数 | 增减额”）：" +
			"对比表应为本年与上年，其中一列的年份多半写错。下一行表头把两列分开（“2024年 | 2024年”下为“预算数 | 决算数”）的，或上一行表头分属两个项目（“所有者权益 › 2024年末 | 资产负债率（%） › 2024年末”）的，不在此列。" +
			"执行数两列之间隔着下一年的预算数（“2023年执行数 | 2024年预算数 | 2023年执行数 | 执行率”）时，后一列应为下一年的执行数。" +
			"横排的表中相邻两行同名（“2024年预算数 ⏎ 2024年预算数 ⏎ 增减额”）时同样报告，按增减额是哪一行减哪一行判断哪一行是本年。",
		ExplainEN: "Two columns of one header row carry the same year and label (\"2022年决算数 | 2022年决算数 | 增减额\"): " +
			"a comparison table needs the report year and the prior year, so one of the years is wrong. Two columns the next header row tells apart (\"2024年 | 2024年\" over \"预算数 | 决算数\"), or the row above puts under two items (所有者权益 › 2024年末 | 资产负债率（%） › 2024年末), are not. " +
			"Two outturn columns of one year with the next year's budget between them (\"2023年执行数 | 2024年预算数 | 2023年执行数 | 执行率\"): the second is the next year's outturn. Two adjacent rows named alike before a change row in a table laid out across (\"2024年预算数 ⏎ 2024年预算数 ⏎ 增减额\") are reported too, the change telling which row is the later year.",
		Bad:  "项目 | 2022年决算数（万元） | 2022年决算数（万元） | 增减额",
		Good: "项目 | 2023年决算数（万元） | 2022年决算数（万元） | 增减额",
	},
	Run: runYR005,
}

// withoutSpace is strings.Join(strings.Fields(a+b+c), "") in one
// allocation: the text without its white space. The parts meet at ASCII
// characters, so each is read alone.
func withoutSpace(parts ...string) string {
	var b strings.Builder
	b.Grow(len(parts[0]) + len(parts[1]) + len(parts[2]))
	for _, s := range parts {
		for i, r := range s {
			if !unicode.IsSpace(r) {
				if r == utf8.RuneError {
					_, w := utf8.DecodeRuneInString(s[i:])
					b.WriteString(s[i : i+w])
				} else {
					b.WriteRune(r)
				}
			}
		}
	}
	return b.String()
}

func runYR005(p *audit.Pass) {
	d := p.Doc
	R := reportYear(p).Year
	type head struct {
		c    *model.Cell
		year int
		col  int // grid column
		txt  string
		m    [4]int // the year match in txt
		span model.Span
	}
	// rest is the header with its year masked and its white space
	// removed, built only for two adjacent headers of one year
	rest := func(h head) string { return withoutSpace(h.txt[:h.m[2]], "#", h.txt[h.m[3]:]) }
	var hs []head // a row's year headers; the slice is reused from row to row
	for _, t := range d.Tables {
		// a table laid out across ("2024年预算数 ⏎ 2024年预算数 ⏎ 增减额" in
		// its first column): two adjacent rows named alike
		for r := 1; r+1 < t.Rows; r++ {
			a, b := t.At(r, 0), t.At(r+1, 0)
			if a == nil || b == nil || a.Row != r || b.Row != r+1 || a.Col != 0 || b.Col != 0 {
				continue
			}
			ta, tb := d.Slice(a.Span), d.Slice(b.Span)
			ma, ya, na := yearsOfHeader(ta)
			mb, yb, nb := yearsOfHeader(tb)
			if na != 1 || nb != 1 || ya != yb || withoutSpace(ta[:ma[2]], "#", ta[ma[3]:]) != withoutSpace(tb[:mb[2]], "#", tb[mb[3]:]) || !changeRowAfter(d, t, r+2) {
				continue
			}
			// the later year is the row the change is worked out from
			// (增减 = later − earlier), else the first
			spanA := model.Span{Start: a.Span.Start + ma[2], End: a.Span.Start + ma[1]}
			spanB := model.Span{Start: b.Span.Start + mb[2], End: b.Span.Start + mb[1]}
			later, earlier, laterSpan, earlierSpan := a, b, spanA, spanB
			if laterRow(d, t, r) == r+1 {
				later, earlier, laterSpan, earlierSpan = b, a, spanB, spanA
			}
			bad, want, sp := earlier, ya-1, earlierSpan
			if R > 0 && ya == R-1 {
				bad, want, sp = later, R, laterSpan
			}
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    fmt.Sprintf("相邻两行都写作「%s」，年份相同，其后是增减：对比应分列本年与上年，此行疑为%d年", strings.TrimSpace(ta), want),
				MessageEN:  fmt.Sprintf("two adjacent rows both read %q before a change row: a comparison needs the report year and the prior year; this one is probably %d", strings.TrimSpace(ta), want),
				Span:       sp,
				Expr:       fmt.Sprintf("%d年 = %d年", ya, yb),
				Expected:   fmt.Sprintf("%d年", want),
				Actual:     fmt.Sprintf("%d年", ya),
				Confidence: 0.8,
				Related:    []model.Span{a.Span, b.Span, bad.Span},
			})
		}
		for r := 0; r < t.Rows && r < 4; r++ {
			hs = hs[:0]
			for c, cell := range t.RowCells(r) {
				txt := d.Slice(cell.Span)
				m, y, n := yearsOfHeader(txt)
				if n != 1 {
					continue // one year only
				}
				hs = append(hs, head{cell, y, c, txt, m, model.Span{Start: cell.Span.Start + m[2], End: cell.Span.Start + m[1]}})
			}
			for i := 0; i+1 < len(hs); i++ {
				a, b := hs[i], hs[i+1]
				if a.year != b.year || rest(a) != rest(b) || labelBetween(d, t, r, a.col, b.col) {
					continue // (项目 | 2023年预算数 | 项目 | 2023年预算数: the two sides of a 收支总表)
				}
				if splitBelow(d, t, r, a.col, b.col) {
					continue // 2024年 | 2024年 over 预算数 | 决算数: one year, two kinds of figure
				}
				if r > 0 && twoGroups(d, t.At(r-1, a.col), t.At(r-1, b.col)) {
					continue // 所有者权益 › 2024年末 | 资产负债率（%） › 2024年末: one year of two items
				}
				// the first column is the report year, the second the prior year
				bad, want := b, a.year-1
				if R > 0 && a.year == R-1 {
					bad, want = a, R
				}
				p.Report(audit.Finding{
					Severity: audit.Warning,
					Message: fmt.Sprintf("表头相邻两列都写作「%s」，年份相同：对比表应分列本年与上年，此列疑为%d年",
						strings.TrimSpace(d.Slice(a.c.Span)), want),
					MessageEN: fmt.Sprintf("two header columns both read %q: a comparison needs the report year and the prior year; this one is probably %d",
						strings.TrimSpace(d.Slice(a.c.Span)), want),
					Span:       bad.span,
					Expr:       fmt.Sprintf("%d年 = %d年", a.year, b.year),
					Expected:   fmt.Sprintf("%d年", want),
					Actual:     fmt.Sprintf("%d年", bad.year),
					Confidence: 0.8,
					Related:    []model.Span{a.c.Span, b.c.Span},
				})
				i++
			}
			// two alike a column of the next year apart (2023年执行数 |
			// 2024年预算数 | 2023年执行数 | 执行率 | 增长): the second is the
			// outturn of the year whose budget it follows
			for i := 0; i+2 < len(hs); i++ {
				a, mid := hs[i], hs[i+1]
				if mid.year != a.year+1 || !outturnHeader(rest(a)) || !cjk.Contains(rest(mid), "预算") || outturnHeader(rest(mid)) {
					continue // (an outturn, then the next year's budget: 2023年 | 2024年 | 2023年 over other headers says nothing)
				}
				for j := i + 2; j < len(hs); j++ {
					b := hs[j]
					if b.year != a.year || rest(a) != rest(b) || labelBetween(d, t, r, mid.col, b.col) {
						continue // (a side's label after the next year's: two sides of a 收支总表)
					}
					want := mid.year
					p.Report(audit.Finding{
						Severity: audit.Warning,
						Message: fmt.Sprintf("表头两列都写作「%s」，年份相同，而其间一列是%d年：后一列疑为%d年",
							strings.TrimSpace(d.Slice(a.c.Span)), mid.year, want),
						MessageEN: fmt.Sprintf("two header columns both read %q with a column of %d between them: the second is probably %d",
							strings.TrimSpace(d.Slice(a.c.Span)), mid.year, want),
						Span:       b.span,
						Expr:       fmt.Sprintf("%d年 = %d年", a.year, b.year),
						Expected:   fmt.Sprintf("%d年", want),
						Actual:     fmt.Sprintf("%d年", b.year),
						Confidence: 0.7,
						Related:    []model.Span{a.c.Span, mid.c.Span, b.c.Span},
					})
					break
				}
			}
		}
	}
}

// splitBelow reports whether the header cells in columns x and y of row r
// stand over header cells of the next row (words, not figures), each their
// own, none of the one's reading like one of the other's: the row below
// tells the two columns apart ("2024年 | 2024年" over "预算数 | 决算数").
// "2022年" over 全年预算 | 实际支出 | 执行率 beside "2022年" over 实际支出
// still names one column twice.
func splitBelow(d *model.Document, t *model.Table, r, x, y int) bool {
	xs, ok := textsBelow(d, t, r, x)
	if !ok {
		return false
	}
	ys, ok := textsBelow(d, t, r, y)
	if !ok {
		return false
	}
	for _, s := range xs {
		if slices.Contains(ys, s) {
			return false
		}
	}
	return true
}

// textsBelow returns the texts of the row r+1 cells under the header cell
// at row r, column c, over all the columns it spans; ok is false unless
// each is a cell of its own holding words and no year.
func textsBelow(d *model.Document, t *model.Table, r, c int) ([]string, bool) {
	top := t.At(r, c)
	var out []string
	for ; c < t.Cols && t.At(r, c) == top; c++ {
		below := t.At(r+1, c)
		if below == nil || below == top {
			return nil, false
		}
		txt := withoutSpace(d.Slice(below.Span), "", "")
		if !isTextCell(txt) || hasYear(txt) {
			return nil, false
		}
		if len(out) == 0 || out[len(out)-1] != txt {
			out = append(out, txt)
		}
	}
	return out, len(out) > 0
}

// hasYear reports a header text naming a year.
func hasYear(s string) bool {
	_, _, n := yearsOfHeader(s)
	return n > 0
}

// yearsOfHeader reads the years a header cell's text names: n is 0 for none
// (or no text cell), 1 for one (m its match, y the year), 2 for more.
func yearsOfHeader(txt string) (m [4]int, y, n int) {
	if !containsHan(txt, "年") || !isTextCell(trimSpace(txt)) {
		return m, 0, 0
	}
	ys := yearScanner{s: txt}
	m, ok := ys.next()
	if !ok {
		return m, 0, 0
	}
	if _, two := ys.next(); two {
		return m, 0, 2
	}
	return m, yearAt(txt, m), 1
}

// labelBetween reports a cell heading a label column in row r of t
// between columns a and b: the two headers head two sides of a table, not
// two columns of one. A value column between them ("2023年金额 | 占比 |
// 2023年金额") is no side's label.
func labelBetween(d *model.Document, t *model.Table, r, a, b int) bool {
	for c := a + 1; c < b; c++ {
		if cell := t.At(r, c); cell != nil && cell.Col == c {
			if txt := strings.TrimSpace(d.Slice(cell.Span)); txt != "" && !valueHeader(txt) {
				return true
			}
		}
	}
	return false
}

// outturnHeader reports a header of outturns (执行数, 决算数, 完成数,
// 实际数), its year masked.
func outturnHeader(s string) bool {
	return cjk.Contains(s, "执行") || cjk.Contains(s, "决算") || cjk.Contains(s, "完成") || cjk.Contains(s, "实际")
}

// valueHeader reports a header of a column of figures: a share, rate or
// change (占比, 增减率, 增减额), not a side's label (项目, 支出项目).
func valueHeader(s string) bool {
	for _, w := range [...]string{"占比", "比重", "增减", "增长", "率", "（%）", "(%)"} {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// changeRowAfter reports whether row r of t is a change row (增减额, 增减,
// 增减率, 比上年增减), named in its first column.
func changeRowAfter(d *model.Document, t *model.Table, r int) bool {
	if r >= t.Rows {
		return false
	}
	c := t.At(r, 0)
	if c == nil || c.Row != r {
		return false
	}
	return cjk.Contains(d.Slice(c.Span), "增减")
}

// laterRow returns which of rows r and r+1 of t the change row r+2 is
// worked out from as the later figure (增减 = later − earlier), read in the
// first column where the three hold figures; r when none tells.
func laterRow(d *model.Document, t *model.Table, r int) int {
	for c := 1; c < t.Cols; c++ {
		x, y, z := cellFigure(d, t, r, c), cellFigure(d, t, r+1, c), cellFigure(d, t, r+2, c)
		if x.Kind != figures.Value || y.Kind != figures.Value || z.Kind != figures.Value || x.Rat().Cmp(y.Rat()) == 0 {
			continue
		}
		if figures.SumHolds([]figures.Number{y, negated(x)}, z, figures.HalfUp) {
			return r + 1
		}
		if figures.SumHolds([]figures.Number{x, negated(y)}, z, figures.HalfUp) {
			return r
		}
		return r
	}
	return r
}

func cellFigure(d *model.Document, t *model.Table, r, c int) figures.Number {
	cell := t.At(r, c)
	if cell == nil || cell.Row != r || cell.Col != c {
		return figures.Number{}
	}
	return figures.ParseCell(d.Slice(cell.Span))
}

func negated(n figures.Number) figures.Number {
	n.Mant = -n.Mant
	return n
}

// twoGroups reports two header cells above two columns that name two
// groups: different cells, both with text (a text export writes a merged
// group header as its text and a blank cell).
func twoGroups(d *model.Document, a, b *model.Cell) bool {
	if a == nil || b == nil || a == b {
		return false
	}
	ta, tb := strings.TrimSpace(d.Slice(a.Span)), strings.TrimSpace(d.Slice(b.Span))
	return ta != "" && tb != "" && ta != tb
}
