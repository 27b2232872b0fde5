package prose

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// contextOf is the text that says what a cell is about, as one string: the
// table and block titles, the column headers, the caption, the lines
// before the table and the labels of the row's parents. It is the
// definition xrefFacts.scopes computes piece by piece.
func contextOf(x *xrefFacts, cf *cellFacts) string {
	var b strings.Builder
	c := cf.dataCell()
	b.WriteString(c.Table.Title + " " + c.Block.Title + " " + c.Column.PathString())
	b.WriteString(" " + c.Table.T.Caption + " " + x.linesBefore(c.Table.T))
	seen := map[int]bool{}
	for r := c.Row.Parent; r >= 0 && r < len(c.Block.Rows) && !seen[r]; r = c.Block.Rows[r].Parent {
		seen[r] = true
		b.WriteString(" " + c.Block.Rows[r].Label)
	}
	return contextQuotes.Replace(b.String())
}

// oracleDocs returns the seed report in both formats and a few synthetic
// reports.
func oracleDocs(t *testing.T) []*model.Document {
	t.Helper()
	docs := []*model.Document{parseSeed(t), ruletest.Seed(t, testenv.Seed(t, "report-2022.docx"))}
	gen, err := synth.GenerateDocs(synth.Options{N: 6, Seed: 5, Formats: []string{"txt"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gen {
		docs = append(docs, ruletest.Text(t, g.Base+".txt", string(g.Txt)))
	}
	return docs
}

// TestCellFactsOracle checks the cell facts made block by block against
// the definitions they replace: tables.Analysis.DataCells for the cells,
// the joined context for the scope set, the normalised labels made per
// cell.
func TestCellFactsOracle(t *testing.T) {
	n := 0
	for _, doc := range oracleDocs(t) {
		audit.Run(doc, []*audit.Rule{{ID: "TEST", Run: func(p *audit.Pass) { n += checkCellFacts(t, p) }}})
	}
	if n < 100 {
		t.Errorf("only %d cell facts checked", n)
	}
}

// checkCellFacts checks the cell facts of the pass's document and returns
// how many there are.
func checkCellFacts(t *testing.T, p *audit.Pass) int {
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	cells := audit.Fact(p, tables.FactKey, tables.Analyze).DataCells()
	i := 0
	for _, c := range cells {
		if i < len(cfs) && cfs[i].span() == c.Span && cfs[i].r == c.Row && cfs[i].col == c.Column {
			// the figure as the cell facts read it: a rate column's are percents
			n, unit := c.Num, c.Unit()
			if c.Column.Role == tables.Rate {
				n.Percent, unit = true, "%"
			}
			cf := &cfs[i]
			if cf.blk != c.Block || cf.table() != c.Table || cf.number() != n || cf.mant != n.Mant || int(cf.dec) != n.Dec || cf.percent != n.Percent || cf.unit != unit || cf.iv != scaleOf(n, unit) {
				t.Errorf("cell facts of %+v read %+v", c, cf)
			}
			l := figures.NormalizeLabel(c.Row.Label)
			if named := l != "" && figures.HasLetters(l); named != cf.rowNamed() || named && x.cellLabels.labels[cf.rowLbl].S != l {
				t.Errorf("row label %q read as number %d", l, cf.rowLbl)
			}
			for _, id := range cf.labels() {
				if l := x.cellLabels.labels[id].S; x.cellLabels.ids[l] != id {
					t.Errorf("label %d %q is numbered %d", id, l, x.cellLabels.ids[l])
				}
			}
			i++
		}
	}
	if i != len(cfs) {
		t.Fatalf("%d cell facts, only %d found in DataCells order", len(cfs), i)
	}
	for k := range cfs {
		cf := &cfs[k]
		if got, want := x.scopes(cf), scopeSetOf(contextOf(x, cf)); got != want {
			t.Errorf("scopes(%q) = %b, want %b", contextOf(x, cf), got, want)
		}
	}
	return len(cfs)
}

// TestLeadTestsOracle runs the checks of FuzzLeadTests and FuzzBasisOf on
// every figure of the seed reports and some synthetic ones.
func TestLeadTestsOracle(t *testing.T) {
	n := 0
	for _, doc := range oracleDocs(t) {
		for _, u := range collectUnits(doc) {
			for i := range u.st.Quantities {
				q := &u.st.Quantities[i]
				if got, want := isChangeFigure(q), isChangeFigureRef(q); got != want {
					t.Errorf("isChangeFigure(%q) = %v, want %v", q.Lead, got, want)
				}
				if got, want := basisOf(q.Period+q.Lead), basisOfRef(q.Period+q.Lead); got != want {
					t.Errorf("basisOf(%q) = %v, want %v", q.Period+q.Lead, got, want)
				}
				n++
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d figures checked", n)
	}
}

// TestPeriodYearShortcut checks, on every column head of the oracle
// documents, that a head without 年 normalises to no 本年/上年 word:
// periodYear returns 0 for it without normalising.
func TestPeriodYearShortcut(t *testing.T) {
	n := 0
	for _, doc := range oracleDocs(t) {
		a := tables.Analyze(doc)
		for _, tb := range a.Tables {
			for _, b := range tb.Blocks {
				for _, c := range b.Columns {
					head := strings.Join(c.Path, "")
					if strings.Contains(head, "年") {
						continue
					}
					if h := figures.NormalizeLabel(head); strings.Contains(h, "本年") || strings.Contains(h, "上年") {
						t.Errorf("head %q normalises to %q", head, h)
					}
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Error("no head checked")
	}
}

// TestColumnFactsOracle checks columnFacts, which joins a column's head
// only when it reads it, against columnFactsRef on every column of the
// oracle documents.
func TestColumnFactsOracle(t *testing.T) {
	n := 0
	for _, doc := range oracleDocs(t) {
		audit.Run(doc, []*audit.Rule{{ID: "TEST", Run: func(p *audit.Pass) {
			x := xrefFactsOf(p)
			for _, tb := range x.tables.Tables {
				for _, b := range tb.Blocks {
					for _, c := range b.Columns {
						if got, want := x.columnFacts(c), x.columnFactsRef(c); got != want {
							t.Errorf("columnFacts(%q) = %+v, want %+v", c.Path, got, want)
						}
						n++
					}
				}
			}
		}}})
	}
	if n < 100 {
		t.Errorf("only %d columns checked", n)
	}
}
