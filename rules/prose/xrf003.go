package prose

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// XRF003 compares two tables that show the same items for the same period.
var XRF003 = &audit.Rule{
	ID:       "XRF003",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "两张表中同一项目数值不一致",
		TitleEN: "The same item differs between two tables",
		Explain: "两张表的某两列年度、口径相同，且至少有两个同名行（非零）数值完全一致时，视为同一组数据；" +
			"其中同名行数值不一致的报告出来。同一列中重复出现的行名不参与比较；不一致的行多于一致的行时视为不同口径，不报告。",
		ExplainEN: "When two columns of different tables (same year and basis) agree on at least two non-zero items with " +
			"the same label, they show the same data, and items with the same label that differ are reported.",
		Bad:  "表5：资本性支出 2022年 1.08；表9：资本性支出 2022年决算数 10.80（其余各项一致）",
		Good: "表5：资本性支出 2022年 1.08；表9：资本性支出 2022年决算数 1.08",
	},
	Run: runXRF003,
}

// colCells is a column of a block, with its rows by label.
type colCells struct {
	first *cellFacts
	byID  []labelCell // the rows whose label is unique in the column, by label number
}

// labelCell is a row of a column under its label's number (labels are
// numbered once per document, so two columns are joined without hashing).
type labelCell struct {
	id int
	cf *cellFacts
}

func runXRF003(p *audit.Pass) {
	x := xrefFactsOf(p)
	var cols []*colCells // in order of their first cell
	blockCols := map[*tables.Block][]*colCells{}
	ids := map[string]int{}
	var cur *tables.Block
	var curCols []*colCells
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		c := &cf.c
		if !cf.known || cf.basis == basisUnknown || c.Row.Total || c.Row.Group {
			continue
		}
		if c.Block != cur {
			cur = c.Block
			curCols = blockCols[cur]
			if curCols == nil {
				curCols = make([]*colCells, len(cur.Columns))
				blockCols[cur] = curCols
			}
		}
		cc := curCols[c.Column.Index]
		if cc == nil {
			cc = &colCells{first: cf}
			curCols[c.Column.Index] = cc
			cols = append(cols, cc)
		}
		l := cf.row
		if !cf.rowNamed {
			continue // l == "" || !figures.HasLetters(l)
		}
		id, ok := ids[l]
		if !ok {
			id = len(ids)
			ids[l] = id
		}
		cc.byID = append(cc.byID, labelCell{id, cf})
	}
	for _, cc := range cols {
		cc.byID = uniqueIDs(cc.byID)
	}
	slices.SortStableFunc(cols, func(a, b *colCells) int { return cmp.Compare(a.first.c.Span.Start, b.first.c.Span.Start) })
	// cellOf is a's cell by label number while a is compared: each pair
	// then costs the rows of b
	cellOf := make([]*cellFacts, len(ids))
	var differ [][2]*cellFacts
	for i, a := range cols {
		for _, r := range a.byID {
			cellOf[r.id] = r.cf
		}
		for _, b := range cols[i+1:] {
			if a.first.c.Table == b.first.c.Table || !a.first.basis.compatible(b.first.basis) {
				continue
			}
			if ya, yb := a.first.year, b.first.year; ya != yb && (ya != 0 && yb != 0 || !x.yearsAgree(ya, yb)) {
				continue
			}
			same := 0
			differ = differ[:0]
			for k, r := range b.byID {
				// Stop when the test below must fail whatever the rows
				// left (at most one more agreement each) hold.
				if left := len(b.byID) - k; same+left < 2 || len(differ) > same+left {
					break
				}
				ca, cb := cellOf[r.id], r.cf
				if ca == nil {
					continue
				}
				switch cellsAgree(ca, cb) {
				case 1:
					if ca.c.Num.Mant != 0 {
						same++
					}
				case -1:
					differ = append(differ, [2]*cellFacts{ca, cb})
				}
			}
			if same < 2 || len(differ) == 0 || len(differ) > same {
				continue
			}
			slices.SortFunc(differ, func(p, q [2]*cellFacts) int { return cmp.Compare(p[1].c.Span.Start, q[1].c.Span.Start) })
			for _, d := range differ {
				reportTables(p, d[0], d[1], same)
			}
		}
		for _, r := range a.byID {
			cellOf[r.id] = nil
		}
	}
}

// uniqueIDs sorts the rows of a column by label number and drops the
// labels that occur more than once: which of them another table's row
// stands for cannot be told.
func uniqueIDs(rows []labelCell) []labelCell {
	slices.SortFunc(rows, func(a, b labelCell) int { return cmp.Compare(a.id, b.id) })
	out := rows[:0]
	for i := 0; i < len(rows); {
		j := i + 1
		for j < len(rows) && rows[j].id == rows[i].id {
			j++
		}
		if j == i+1 {
			out = append(out, rows[i])
		}
		i = j
	}
	return out
}

// cellsAgree compares two cells like agrees compares prose with a cell.
func cellsAgree(a, b *cellFacts) int {
	if a.unit == b.unit && a.c.Num.Dec == b.c.Num.Dec {
		if a.c.Num.Mant == b.c.Num.Mant {
			return 1
		}
		return -1
	}
	if !a.iv.ok || !b.iv.ok {
		return 0
	}
	if scaledOverlap(&a.iv, a.c.Num, a.unit, &b.iv, b.c.Num, b.unit) {
		return 1
	}
	return -1
}

func reportTables(p *audit.Pass, a, b *cellFacts, same int) {
	sa := a.c.Num.String() + a.unit
	sb := b.c.Num.String() + b.unit
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       b.c.Span,
		Expected:   sa,
		Actual:     sb,
		Expr:       fmt.Sprintf("%s ≠ %s", sb, sa),
		Confidence: 0.7,
		Related:    []model.Span{a.c.Span},
		Location:   tableLocation(p, b.c),
	}
	f.Message = fmt.Sprintf("表%d「%s」为 %s，表%d同名行为 %s（两表此列另有 %d 项完全一致）。", b.c.Table.Number, b.c.Row.Label, sb, a.c.Table.Number, sa, same)
	f.MessageEN = fmt.Sprintf("Table %d row %q shows %s; table %d shows %s for the same item (%d other items agree).", b.c.Table.Number, b.c.Row.Label, sb, a.c.Table.Number, sa, same)
	if a.unit == b.unit {
		if n, ok := figures.SameUpToMagnitude(b.c.Num, a.c.Num); ok {
			f.Hint = fmt.Sprintf("两数只差小数点位置（相差10^%d倍），疑似小数点错位。", n)
			f.HintEN = fmt.Sprintf("The two differ only by a shifted decimal point (10^%d).", n)
		} else if d := figures.Diagnose(b.c.Num, a.c.Num); d.Slip != figures.NoSlip {
			f.Hint, f.HintEN = d.Hint, d.HintEN
		}
	}
	p.Report(f)
}

func tableLocation(p *audit.Pass, c tables.DataCell) audit.Location {
	l := audit.LocationOf(p.Doc, c.Span.Start)
	l.TableTitle = c.Table.Title
	l.RowLabel = c.Row.Label
	l.ColumnPath = c.Column.PathString()
	return l
}
