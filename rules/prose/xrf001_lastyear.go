package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// lastYearQuoted reports a comparison whose current figure is a table
// row's last-year figure while its change (or, written alone, its rate of
// three digits or more) is the row's: "公用经费125.93万元，
// 比上年减少7.22万元" against the row 公用经费 | 118.71 | 125.93 | −7.22 —
// this year's figure was copied from the wrong column. The row must be
// named like the figure (or, named otherwise, show the change and the rate
// of three digits or more both: "全年支出2431.73万元，较上年减少190.11万元，
// 下降7.82%" against the 合计 row), show the change exactly (and the rate,
// when both write one) and be the only such row; the text's figure must be shown in
// its last-year cell exactly and differ from its this-year cell.
func lastYearQuoted(p *audit.Pass, x *xrefFacts) {
	var rows map[shownKey][]yearRow // the rows by their last-year figure, made on first use
	for _, u := range units(p) {
		if u.cell != nil {
			continue
		}
		for _, c := range u.st.Comparisons {
			if c.Cur == nil || c.Base != nil || c.Cur.Percent || c.Cur.Approx || significant(c.Cur.Number) < 3 {
				continue
			}
			// the change, or the rate alone with three digits or more
			byRate := c.Diff == nil
			if byRate && (c.Rate == nil || c.Rate.Approx || significant(c.Rate.Number) < 3 && significant(c.Cur.Number) < 5) || !byRate && c.Diff.Approx {
				continue
			}
			// the 项 of a 类/款/项 chain opening the clause ("…基本公共卫生服务（项）：
			// 2025年预算数为1,395.73万元") names the row when the label does not
			item := labelChainItem(c.Cur.Label)
			if item == "" {
				item, _ = chainItem(u.text[u.sentenceOf(c.Cur.Start).Start:c.Cur.Start])
			}
			// a row named otherwise ("全年支出" against 合计) is the one meant
			// when the change and the rate, both of three digits or more,
			// are the row's too and the words do not make the figure last
			// year's ("上年支出…，本年减少…")
			byTriple := !byRate && c.Rate != nil && !c.Rate.Approx && significant(c.Diff.Number) >= 3 && significant(c.Rate.Number) >= 3 &&
				(c.Cur.Year == 0 || c.Cur.Year == x.reportYear()) && !lastYearWord(u.text[:c.Cur.Start])
			if c.Cur.Label == "" && item == "" && !byTriple {
				continue
			}
			if rows == nil {
				rows = yearRowsByShown(x.tables)
			}
			hit, cur, hitNamed, n := lastYearRow(rows[shownKey{c.Cur.Mant, c.Cur.Dec}], &c, item, byRate, byTriple)
			if n != 1 {
				continue
			}
			name := tableName(hit.Table.T)
			figLabel := c.Cur.Label
			if figLabel == "" {
				figLabel = item // (the 项 of the chain the clause opens with)
			}
			f := audit.Finding{
				Severity:   audit.Error,
				Span:       u.spanOf(*c.Cur),
				Expr:       fmt.Sprintf("%s ≠ %s", show(*c.Cur), cur.Num.String()+c.Cur.Unit),
				Expected:   cur.Num.String() + c.Cur.Unit,
				Actual:     show(*c.Cur),
				Confidence: 0.8,
				Related:    []model.Span{hit.Span, cur.Span},
			}
			var change string
			if byRate {
				change = c.RateWord + show(*c.Rate)
			} else {
				change = c.DiffWord + show(*c.Diff) // (c.Rate may be nil)
				if c.Rate != nil && !hitNamed {
					change += "、" + c.RateWord + show(*c.Rate)
				}
			}
			quoted := "文中"
			if figLabel != "" {
				quoted = "文中「" + figLabel + "」"
			}
			f.Message = fmt.Sprintf("%s%s 是%s「%s」行的%s（上年数）；该行%s为 %s，同句的%s 与该行一致：疑将上年数当作本年数。",
				quoted, show(*c.Cur), name, strings.TrimPrefix(hit.Row.Label, "其中："), "「"+hit.Column.PathString()+"」", "「"+cur.Column.PathString()+"」", cur.Num.String(), change)
			f.MessageEN = fmt.Sprintf("%s %s is the last-year figure of %s's row %s; its this-year figure is %s, and the change written with it is the row's: last year's figure quoted as this year's.",
				figLabel, show(*c.Cur), name, hit.Row.Label, cur.Num.String())
			locate(p, u, &f, c.Cur.Start)
			p.Report(f)
		}
	}
}

// yearRow is a row of a block with this year's and last year's columns
// (yearColumns: cc, pc, dc and rc, −1 for none).
type yearRow struct {
	b              *tables.Block
	i              int
	cc, pc, dc, rc int
}

// yearRows returns the rows of the blocks of a that have this year's and
// last year's columns, in document order.
func yearRows(a *tables.Analysis) []yearRow {
	var out []yearRow
	for _, t := range a.Tables {
		for _, b := range t.Blocks {
			cc, pc, dc, rc := yearColumns(b)
			if cc < 0 || pc < 0 {
				continue
			}
			for i := range b.Rows {
				out = append(out, yearRow{b, i, cc, pc, dc, rc})
			}
		}
	}
	return out
}

// shownKey is the digits a cell shows.
type shownKey struct {
	mant int64
	dec  int
}

// yearRowsByShown returns yearRows by the figure of their last-year cell,
// those that show one: lastYearRow finds its rows among those that show
// the text's figure there, not among all.
func yearRowsByShown(a *tables.Analysis) map[shownKey][]yearRow {
	out := map[shownKey][]yearRow{}
	for _, yr := range yearRows(a) {
		if n := yr.b.Rows[yr.i].Cells[yr.pc].Num; n.Kind == figures.Value {
			k := shownKey{n.Mant, n.Dec}
			out[k] = append(out[k], yr)
		}
	}
	return out
}

// lastYearRow returns, of rows (in document order), the last whose
// last-year cell shows comparison c's current figure while its this-year
// cell does not, named like the figure (or its chain's 项 item) or, for
// byTriple, showing the rate, with the change (or, byRate, the rate) c
// writes: that row's last-year and this-year cells, whether it is named,
// and the number of such rows.
func lastYearRow(rows []yearRow, c *figures.Comparison, item string, byRate, byTriple bool) (hit, cur tables.DataCell, hitNamed bool, n int) {
	for _, yr := range rows {
		b, i, cc, pc, dc, rc := yr.b, yr.i, yr.cc, yr.pc, yr.dc, yr.rc
		if !byRate && dc < 0 || byRate && rc < 0 {
			continue
		}
		r := b.Rows[i]
		pv, cv := b.At(i, pc), b.At(i, cc)
		if !sameShown(pv, c.Cur) || sameShown(cv, c.Cur) || cv.Num.Kind != figures.Value {
			continue
		}
		// (the period read apart from the name: "本年支出合计" is 支出 of
		// 本年, its row 本年支出合计)
		named := c.Cur.Label != "" && (rowNamedLike(r, c.Cur.Label) || c.Cur.Period == "本年" && rowNamedLike(r, c.Cur.Period+c.Cur.Label)) || item != "" && rowNamedLike(r, item)
		if !named && (!byTriple || rc < 0) {
			continue
		}
		if !byRate && !sameMagnitude(b.At(i, dc), c.Diff) {
			continue
		}
		if rc >= 0 && c.Rate != nil {
			rv := b.At(i, rc)
			if rv.Num.Kind == figures.Value && (abs64(rv.Num.Mant) != c.Rate.Mant || rv.Num.Dec != c.Rate.Dec) || !named && rv.Num.Kind != figures.Value {
				continue
			}
		}
		if n == 0 || hit.Row != r {
			n++
		}
		hit, cur, hitNamed = pv, cv, named
	}
	return hit, cur, hitNamed, n
}

// yearColumns returns b's columns of this year's and last year's amount,
// of the change and of the growth rate (−1 for none), when it has one of
// each of the first three.
func yearColumns(b *tables.Block) (cur, prev, diff, rate int) {
	// outturns first; a budget's table compares two years' budgets
	// ("2024年预算数 | 2025年预算数 | 增减额 | 增减率")
	for _, budget := range [...]bool{false, true} {
		cur, prev, diff, rate = -1, -1, -1, -1
		for _, c := range b.Columns {
			switch {
			case c.Role == tables.Amount && c.Period == tables.PeriodCurrent && c.Budget == budget:
				if cur >= 0 {
					return -1, -1, -1, -1
				}
				cur = c.Index
			case c.Role == tables.Amount && c.Period == tables.PeriodPrevious && c.Budget == budget:
				if prev >= 0 {
					return -1, -1, -1, -1
				}
				prev = c.Index
			case c.Role == tables.Diff && diff < 0:
				diff = c.Index
			case c.Role == tables.Rate && c.RateKind == tables.RateGrowth && rate < 0:
				rate = c.Index
			}
		}
		if cur >= 0 && prev >= 0 {
			return cur, prev, diff, rate
		}
	}
	return cur, prev, diff, rate
}

// sameShown reports whether cell d shows q's digits in q's unit.
func sameShown(d tables.DataCell, q *figures.Quantity) bool {
	return d.Num.Kind == figures.Value && d.Num.Mant == q.Mant && d.Num.Dec == q.Dec && shownUnit(d) == q.Unit
}

// shownUnit is the unit of cell d: its own, else its row's (a 单位 column:
// "家庭医生签约服务老年人 | 人 | 280196"), else its column's.
func shownUnit(d tables.DataCell) string {
	if d.Num.Unit == "" && d.Row.Unit != "" {
		return d.Row.Unit
	}
	return d.Unit()
}

// sameMagnitude reports whether cell d shows q's digits, either sign, in
// q's unit.
func sameMagnitude(d tables.DataCell, q *figures.Quantity) bool {
	return d.Num.Kind == figures.Value && abs64(d.Num.Mant) == q.Mant && d.Num.Dec == q.Dec && shownUnit(d) == q.Unit
}

// rowNamedLike reports whether row r's label (其中, a total's 合计 dropped) is label or
// ends it ("基本支出中公用经费" of 公用经费), two characters or more.
func rowNamedLike(r *tables.Row, label string) bool {
	l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r.Label), "其中："))
	if r.Total {
		l = strings.TrimSuffix(strings.TrimSuffix(l, "合计"), "总计") // (政府性基金预算收入合计)
	}
	if k := strings.LastIndex(l, "（"); k > 0 && strings.HasSuffix(l, "）") {
		if u := l[k+len("（") : len(l)-len("）")]; figures.IsMoneyUnit(u) || figures.IsCountUnit(u) || u == "%" {
			l = l[:k] // "综合财力（万元）": the row's unit
		}
	}
	if len([]rune(l)) < 2 {
		return false
	}
	// "县级资金到位198.00万元" of the row 县级资金: the verb of the funds' flow
	// after the row's name
	for _, v := range [...]string{"实际到位", "到位", "下达", "拨付"} {
		if t, ok := strings.CutSuffix(label, v); ok && t == l {
			return true
		}
	}
	return strings.HasSuffix(label, l) || figures.LabelsMatch(l, label)
}

// tableName is "表N" of t, by its caption's number or its place.
func tableName(t *model.Table) string {
	if c := strings.TrimSpace(t.Caption); strings.HasPrefix(c, "表") {
		if k := strings.IndexAny(c, " 　"); k > 0 {
			return c[:k]
		}
	}
	return fmt.Sprintf("表%d", t.Index+1)
}

// lastYearShown reports a figure quoted with no comparison and no year of
// its own that is its row's last-year figure exactly, in a paragraph about
// the report's period: "1—6月，…其中：返还性收入2929.82万元" against the row
// 返还性收入 | 2832.39 | 2929.82 (本期 | 上年同期). The row must be named
// like the figure, be the only such row, and show another figure this
// year; no row named so may show the figure this year, and nothing before
// the figure in its sentence may point to last year (上年, 去年, 同期, 2024年).
func lastYearShown(p *audit.Pass, x *xrefFacts, reported []bool) {
	if x.budgetReport() {
		return // (a budget report's execution year is the year before its own)
	}
	var rows map[shownKey][]yearRow
	ry := x.reportYear()
	for i := range x.prose {
		f := &x.prose[i]
		q := f.q
		if f.year != 0 && f.year != ry || f.isRate || q.Percent || q.Approx || q.Label == "" || f.chain || significant(q.Number) < 3 || !figures.IsMoneyUnit(q.Unit) {
			continue
		}
		u := f.u
		if inComparison(u, q) {
			continue // (lastYearQuoted's)
		}
		sent := u.sentenceOf(q.Start)
		if before := u.text[sent.Start:q.Start]; lastYearWord(before) || cjk.ContainsAnyOf(before, "上年", "去年", "同期", "上一年") || yearBefore(before, ry) || openingPeriod(q) {
			continue
		}
		if rows == nil {
			rows = yearRowsByShown(x.tables)
		}
		var hit, cur tables.DataCell
		n := 0
		for _, yr := range rows[shownKey{q.Mant, q.Dec}] {
			b, i2 := yr.b, yr.i
			r := b.Rows[i2]
			pv, cv := b.At(i2, yr.pc), b.At(i2, yr.cc)
			if !sameShown(pv, q) || cv.Num.Kind != figures.Value || sameShown(cv, q) || cv.Column.Budget || !rowNamedLike(r, q.Label) {
				continue
			}
			if n == 0 || hit.Row != r {
				n++
			}
			hit, cur = pv, cv
		}
		if n != 1 || x.shownThisYear(f, q) {
			continue
		}
		name := tableName(hit.Table.T)
		fd := audit.Finding{
			Severity:   audit.Warning,
			Span:       u.spanOf(*q),
			Expr:       fmt.Sprintf("%s ≠ %s", show(*q), cur.Num.String()+q.Unit),
			Expected:   cur.Num.String() + q.Unit,
			Actual:     show(*q),
			Confidence: 0.6,
			Related:    []model.Span{hit.Span, cur.Span},
		}
		fd.Message = fmt.Sprintf("文中「%s」%s 是%s「%s」行的「%s」（上年数）；该行「%s」为 %s：疑将上年数当作本年数。",
			q.Label, show(*q), name, strings.TrimPrefix(hit.Row.Label, "其中："), hit.Column.PathString(), cur.Column.PathString(), cur.Num.String())
		fd.MessageEN = fmt.Sprintf("%s %s is the last-year figure of %s's row %s; its this-year figure is %s: last year's figure quoted as this year's.",
			q.Label, show(*q), name, hit.Row.Label, cur.Num.String())
		locate(p, u, &fd, q.Start)
		p.Report(fd)
		reported[i] = true
	}
}

// inComparison reports whether q is a comparison's current figure, base or
// change in u.
func inComparison(u *unit, q *figures.Quantity) bool {
	for _, c := range u.st.Comparisons {
		for _, o := range [...]*figures.Quantity{c.Cur, c.Base, c.Diff, c.Rate} {
			if o != nil && o.Start == q.Start {
				return true
			}
		}
	}
	return false
}

// yearBefore reports a year other than the report year ry written in s
// (2024年, 2023年度): the figure after it may be that year's.
func yearBefore(s string, ry int) bool {
	for i := 0; i+4 <= len(s); i++ {
		if s[i] < '1' || s[i] > '2' {
			continue
		}
		y := 0
		j := i
		for ; j < len(s) && j < i+4 && s[j] >= '0' && s[j] <= '9'; j++ {
			y = y*10 + int(s[j]-'0')
		}
		if j == i+4 && strings.HasPrefix(s[j:], "年") && y != ry && y > 1990 && y < 2100 {
			return true
		}
	}
	return false
}

// shownThisYear reports whether some row named like f's figure shows it
// in a this-year column (another table may quote it rightly).
func (x *xrefFacts) shownThisYear(f *pfig, q *figures.Quantity) bool {
	for _, yr := range yearRows(x.tables) {
		r := yr.b.Rows[yr.i]
		if sameShown(yr.b.At(yr.i, yr.cc), q) && rowNamedLike(r, q.Label) {
			return true
		}
	}
	return false
}

// openingPeriod reports a figure of the year's start (年初净资产, 期初余额,
// 上年末): the balance a last-year column shows, rightly.
func openingPeriod(q *figures.Quantity) bool {
	return cjk.ContainsAnyOf(q.Period+q.Lead, "年初", "期初", "上年末", "上年底")
}
