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

// checkLevelWeights checks the tables that give each level of indicator its
// own 分值 column (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …):
// a merged 分值 cell over several rows must be the sum of the next level's
// 分值 cells in those rows ("质量指标 | 10" over 交工验收合格率 6 and 优良
// 中等路率 5 is wrong). Level-1 cells whose group already declares its
// points ("产出指标（50分）", checked above) are left to that check.
func checkLevelWeights(p *audit.Pass, st *stable) {
	d := p.Doc
	t := st.T
	cols, below := weightColumns(d, t)
	if len(cols) < 2 {
		return
	}
	declared := func(c *model.Cell) bool {
		for _, g := range st.Groups {
			if g.Declared.OK && g.Declared.Span.Start >= t.Span.Start && g.Declared.Span.End <= t.Span.End && g.Cell != nil && g.Cell.Row >= c.Row && g.Cell.Row < c.Row+c.RowSpan {
				return true
			}
		}
		return false
	}
	subtotal := func(ic *model.Cell) bool {
		l := cellLeftOf(d, t, ic)
		return cjk.Contains(l, "小计") || cjk.Contains(l, "合计") || cjk.Contains(l, "总计") // the group's own subtotal row
	}
	for k := 0; k+1 < len(cols); k++ {
		mergedSums(d, t, cols[k], cols[k+1], below, true, declared, subtotal, func(c *model.Cell, n figures.Number, parts []sval, rel []model.Span, sc figures.SumCheck) {
			p.Report(levelSumFinding(cellLeftOf(d, t, c), "分值", "points", c, n, parts, rel, sc))
		})
	}
}

// levelSumFinding is the finding on a merged cell c of an indicator
// (label) whose figure n (分值 or 得分, what; whatEN in English) is not the
// sum sc of the next level's parts in its rows.
func levelSumFinding(label, what, whatEN string, c *model.Cell, n figures.Number, parts []sval, rel []model.Span, sc figures.SumCheck) audit.Finding {
	return audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("指标「%s」%s %s，但其下%s下级指标%s合计 %s", label, what, n.String(), plural(len(parts)), what, sc.Sum.String()),
		MessageEN:  fmt.Sprintf("indicator %q: %s %s, but the %d indicators under it add up to %s", label, whatEN, n.String(), len(parts), sc.Sum.String()),
		Span:       c.Span,
		Expr:       sc.Expr,
		Expected:   sc.Sum.String(),
		Actual:     n.String(),
		Difference: diffStr(n, sc.Sum),
		Confidence: 0.85,
		Related:    rel,
	}
}

// mergedSums calls f for each merged cell of grid column outer, at or
// below row below and holding a figure, whose figure is not the sum of the
// figures of column inner in its rows: all of them figures within its rows
// (inner cells skip reports pass over), two at least. Points are exact
// (exact), scores are rounded.
func mergedSums(d *model.Document, t *model.Table, outer, inner, below int, exact bool, skipCell, skip func(*model.Cell) bool, f func(c *model.Cell, n figures.Number, parts []sval, rel []model.Span, sc figures.SumCheck)) {
	for _, c := range t.Cells {
		if c.Col != outer || c.Row < below || c.RowSpan < 2 || skipCell != nil && skipCell(c) {
			continue
		}
		n := figures.ParseCell(d.Slice(c.Span))
		if n.Kind != figures.Value {
			continue
		}
		var parts []sval
		var rel []model.Span
		whole := true
		for _, ic := range t.Cells {
			if ic.Col != inner || ic.Row < c.Row || ic.Row >= c.Row+c.RowSpan || skip != nil && skip(ic) {
				continue
			}
			v := figures.ParseCell(d.Slice(ic.Span))
			if v.Kind != figures.Value || ic.Row+ic.RowSpan > c.Row+c.RowSpan {
				whole = false
				break
			}
			v.Exact = exact
			parts = append(parts, sval{N: v, Span: ic.Span, OK: true})
			rel = append(rel, ic.Span)
		}
		if !whole || len(parts) < 2 {
			continue
		}
		n.Exact = exact
		if want := (sval{N: n, Span: c.Span, OK: true}); !sumExact(parts, want) {
			f(c, n, parts, rel, sumCheck(parts, want))
		}
	}
}

// weightColumns returns the grid columns of t headed 分值 (or 权重, 标准分)
// in a header row that also heads 得分, left to right, and the first row
// below that header; none when there is no such row.
func weightColumns(d *model.Document, t *model.Table) (cols []int, below int) {
	var score *model.Cell
	for _, c := range t.Cells {
		if c.Row > 4 {
			continue // headers are at the top
		}
		if s := squash(d.Slice(c.Span)); len(s) <= 36 && isScoreHead(s) {
			score = c
			break
		}
	}
	if score == nil {
		return nil, 0
	}
	below = score.Row + score.RowSpan
	for _, c := range t.Cells {
		if c.Row > score.Row+score.RowSpan-1 || c.Row+c.RowSpan <= score.Row || c.Col >= score.Col {
			continue // (the header rows of the 得分 cell, left of it)
		}
		if s := squash(d.Slice(c.Span)); len(s) <= 36 && isWeightHead(s) && !slices.Contains(cols, c.Col) {
			cols = append(cols, c.Col)
			below = max(below, c.Row+c.RowSpan)
		}
	}
	slices.Sort(cols)
	return cols, below
}

// cellLeftOf returns the text of the cell just left of c in its row (the
// indicator a 分值 cell belongs to), squashed to one line.
func cellLeftOf(d *model.Document, t *model.Table, c *model.Cell) string {
	for _, o := range t.Cells {
		if o.Row == c.Row && o.Col+o.ColSpan == c.Col {
			return strings.Join(strings.Fields(d.Slice(o.Span)), "")
		}
	}
	return fmt.Sprintf("第%d行", c.Row+1)
}

// scoreColumns returns the grid columns of t headed 得分 in its first
// rows, left to right (一级指标 | 分值 | 得分 | 二级指标 | 分值 | 得分), and
// the first row below them; none unless there are two.
func scoreColumns(d *model.Document, t *model.Table) (cols []int, below int) {
	for _, c := range t.Cells {
		if c.Row > 4 {
			break // headers are at the top
		}
		if s := squash(d.Slice(c.Span)); len(s) <= 36 && isScoreHead(s) && !cjk.Contains(s, "率") && !slices.Contains(cols, c.Col) {
			cols = append(cols, c.Col)
			below = max(below, c.Row+c.RowSpan)
		}
	}
	if len(cols) < 2 {
		return nil, 0
	}
	slices.Sort(cols)
	return cols, below
}

// checkLevelScores checks the tables that give each level of indicator
// its own 得分 column: a merged 得分 cell over several rows must be the sum
// of the next level's 得分 cells in those rows ("投入 | 20 | 16.50" over
// 目标设定 4.50, 预算编制 7.00, 资金到位 5.50 is wrong). Which of the cells
// is off the sums cannot tell: the finding is on the merged cell.
func checkLevelScores(p *audit.Pass, st *stable) {
	d := p.Doc
	t := st.T
	cols, below := scoreColumns(d, t)
	for k := 0; k+1 < len(cols); k++ {
		mergedSums(d, t, cols[k], cols[k+1], below, false, nil, nil, func(c *model.Cell, n figures.Number, parts []sval, rel []model.Span, sc figures.SumCheck) {
			label := fmt.Sprintf("第%d行", c.Row+1)
			if l := t.At(c.Row, 0); l != nil && l != c {
				label = strings.Join(strings.Fields(d.Slice(l.Span)), "")
			}
			reportScoreSum(p, levelSumFinding(label, "得分", "score", c, n, parts, rel, sc), n, sc.Sum)
		})
	}
}
