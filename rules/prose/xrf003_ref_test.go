package prose

import (
	"math/rand"
	"reflect"
	"sort"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// runXRF003Ref is XRF003 as first written, with maps per column: the
// oracle for runXRF003.
type colCellsRef struct {
	key   colKey
	first *cellFacts
	rows  map[string]*cellFacts // label → cell, labels unique in the column
	byID  []labelCellRef        // rows again, by label number
}

// labelCellRef is a row of a column under its label's number (labels are
// numbered once per document, so two columns are joined without hashing).
type labelCellRef struct {
	id int
	cf *cellFacts
}

func runXRF003Ref(p *audit.Pass) {
	x := xrefFactsOf(p)
	cols := map[colKey]*colCellsRef{}
	dup := map[colKey]map[string]bool{}
	var order []colKey
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		c := cf.dataCell()
		if !cf.known || cf.basis == basisUnknown || c.Row.Total || c.Row.Group {
			continue
		}
		k := colKey{c.Block, c.Column.Index}
		cc := cols[k]
		if cc == nil {
			cc = &colCellsRef{key: k, first: cf, rows: map[string]*cellFacts{}}
			cols[k] = cc
			dup[k] = map[string]bool{}
			order = append(order, k)
		}
		if !cf.rowNamed() {
			continue
		}
		l := x.cellLabels.labels[cf.rowLbl].S
		if _, seen := cc.rows[l]; seen {
			dup[k][l] = true
		}
		cc.rows[l] = cf
	}
	for k, d := range dup {
		for l := range d {
			delete(cols[k].rows, l)
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		return cols[order[i]].first.span().Start < cols[order[j]].first.span().Start
	})
	ordered := make([]*colCellsRef, len(order))
	ids := map[string]int{}
	for i, k := range order {
		cc := cols[k]
		ordered[i] = cc
		for l, cf := range cc.rows {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			cc.byID = append(cc.byID, labelCellRef{id, cf})
		}
		sort.Slice(cc.byID, func(i, j int) bool { return cc.byID[i].id < cc.byID[j].id })
	}
	type result struct {
		a, b   *colCellsRef
		same   int
		differ [][2]*cellFacts
	}
	var results []result
	for i, a := range ordered {
		for _, b := range ordered[i+1:] {
			if a.first.table() == b.first.table() || !a.first.basis.compatible(b.first.basis) {
				continue
			}
			if ya, yb := a.first.year, b.first.year; ya != yb && (ya != 0 && yb != 0 || !x.yearsAgree(ya, yb)) {
				continue
			}
			same, nonzero := 0, 0
			var differ [][2]*cellFacts
			for ia, ib := 0, 0; ia < len(a.byID) && ib < len(b.byID); {
				switch la, lb := a.byID[ia].id, b.byID[ib].id; {
				case la < lb:
					ia++
					continue
				case la > lb:
					ib++
					continue
				}
				ca, cb := a.byID[ia].cf, b.byID[ib].cf
				ia++
				ib++
				switch cellsAgree(ca, cb) {
				case 1:
					if ca.number().Mant != 0 {
						same++
					}
					nonzero++
				case -1:
					differ = append(differ, [2]*cellFacts{ca, cb})
				}
			}
			if same >= 2 {
				results = append(results, result{a, b, same, differ})
			}
		}
	}
	// a pair is reported only when no other column of either table agrees
	// as well with its partner
	best := func(r result) bool {
		for _, o := range results {
			if o.a == r.a && o.b == r.b {
				continue
			}
			if o.a == r.a && o.b.first.table() == r.b.first.table() && o.same >= r.same ||
				o.b == r.b && o.a.first.table() == r.a.first.table() && o.same >= r.same {
				return false
			}
		}
		return true
	}
	for _, r := range results {
		if r.same < 3 || len(r.differ) == 0 || 3*len(r.differ) > r.same || !best(r) || !sameScope(r.a.first.blk, r.b.first.blk) {
			continue
		}
		sort.Slice(r.differ, func(i, j int) bool { return r.differ[i][1].span().Start < r.differ[j][1].span().Start })
		for _, d := range r.differ {
			reportTables(p, d[0], d[1], r.same)
		}
	}
}

// cellsAgree compares two cells like agrees compares prose with a cell.

// mutatedDocs returns synthetic reports written twice, the second time with
// digits changed here and there (n variants of each): each table has a
// twin that agrees with it except somewhere.
func mutatedDocs(t *testing.T, n int) []*model.Document {
	t.Helper()
	gen, err := synth.GenerateDocs(synth.Options{N: 8, Seed: 11, Formats: []string{"txt"}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	var docs []*model.Document
	for _, g := range gen {
		twice := append(append(append([]byte(nil), g.Txt...), '\n'), g.Txt...)
		var digits []int
		for i := len(g.Txt) + 1; i < len(twice); i++ {
			if c := twice[i]; c >= '0' && c <= '9' {
				digits = append(digits, i)
			}
		}
		for k := 0; k < n; k++ {
			b := append([]byte(nil), twice...)
			for m := 0; m < 1+k%3; m++ {
				i := digits[rng.Intn(len(digits))]
				b[i] = '0' + (b[i]-'0'+1+byte(rng.Intn(8)))%10
			}
			docs = append(docs, ruletest.Text(t, g.Base+".txt", string(b)))
		}
	}
	return docs
}

// TestXRF003Oracle compares XRF003 with runXRF003Ref on reports where
// tables disagree.
func TestXRF003Oracle(t *testing.T) {
	ref := &audit.Rule{ID: XRF003.ID, Severity: XRF003.Severity, Run: runXRF003Ref}
	found := 0
	for _, doc := range append(oracleDocs(t), mutatedDocs(t, 6)...) {
		got, want := audit.Run(doc, []*audit.Rule{XRF003}), audit.Run(doc, []*audit.Rule{ref})
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: XRF003 gives\n%+v\nthe reference\n%+v", doc.Name, got, want)
		}
		found += len(got)
	}
	if found == 0 {
		t.Error("no XRF003 finding in the documents: the comparison proves nothing")
	}
	t.Logf("%d findings compared", found)
}

// TestAgreeingPairs checks agreeingPairs against comparing every pair of
// columns, on random columns mixing units, decimals, zeros, touching
// intervals and figures too large for the int64 path.
func TestAgreeingPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	units := []string{"元", "万元", "亿元", "%"}
	for round := 0; round < 600; round++ {
		nIDs := 1 + rng.Intn(6)
		slowOdds := 1 + rng.Intn(2)*rng.Intn(20) // one in slowOdds cells is off the int64 path
		cols := make([]*colCells, 2+rng.Intn(12))
		for i := range cols {
			cols[i] = &colCells{}
			for id := range nIDs {
				if rng.Intn(4) == 0 {
					continue
				}
				n := figures.Number{Kind: figures.Value, Dec: rng.Intn(3), Mant: int64(rng.Intn(5))}
				if rng.Intn(3) == 0 {
					n.Mant *= int64([]int{1, 10, 100, 5}[rng.Intn(4)])
				}
				if rng.Intn(slowOdds) == 0 && rng.Intn(3) == 0 {
					// about 2, with a mantissa off the int64 path
					n.Mant, n.Dec = 2e18+int64(rng.Intn(3)), 18
				}
				unit := units[rng.Intn(len(units))]
				if unit == "%" {
					n.Percent = true
				}
				cf := cellFactsOf(n, unit)
				cols[i].byID = append(cols[i].byID, labelCell{id, cf})
			}
		}
		var want [][2]int
		for i, a := range cols {
			for j := i + 1; j < len(cols); j++ {
				same := 0
				for _, ra := range a.byID {
					for _, rb := range cols[j].byID {
						if ra.id == rb.id && ra.cf.number().Mant != 0 && cellsAgree(ra.cf, rb.cf) == 1 {
							same++
						}
					}
				}
				if same >= 2 {
					want = append(want, [2]int{i, j})
				}
			}
		}
		if got := agreeingPairs(cols, nIDs, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: agreeingPairs = %v, want %v", round, got, want)
		}
	}
}

// cellFactsOf returns the facts of a cell holding n in a column of unit,
// alone in its row.
func cellFactsOf(n figures.Number, unit string) *cellFacts {
	col := &tables.Column{Unit: unit}
	r := &tables.Row{Cells: []tables.Cell{{Num: n}}}
	return &cellFacts{r: r, col: col, unit: unit, known: true, mant: n.Mant, dec: int32(n.Dec), percent: n.Percent, iv: scaleOf(n, unit)}
}
