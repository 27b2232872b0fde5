package prose

import (
	"slices"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// labelMatches reports whether a prose label matches one of a cell's
// labels, and whether one is equal: the definition cellIndex.matches
// computes label by label.
func labelMatches(prose *figures.Label, cell []*figures.Label) (bool, bool) {
	for i := range cell {
		if prose.S == cell[i].S {
			return true, true
		}
	}
	for i := range cell {
		if prose.Matches(cell[i]) {
			return true, false
		}
	}
	return false, false
}

// TestCellIndexOracle checks cellIndex.matches against labelMatches on
// every cell, for every prose label of the seed reports and some
// synthetic ones; the index is reset document after document in the
// same storage, as the pass's pool reuses it.
func TestCellIndexOracle(t *testing.T) {
	n := 0
	var reused cellIndex
	for _, doc := range oracleDocs(t) {
		audit.Run(doc, []*audit.Rule{{ID: "TEST", Run: func(p *audit.Pass) {
			x := xrefFactsOf(p)
			cfs := x.allCellFacts()
			ix := &reused
			ix.reset(cfs, &x.cellLabels, len(x.proseLabels.labels))
			defer ix.release()
			for pi := range x.prose {
				l := *x.label(&x.prose[pi])
				var want []match
				for ci := range cfs {
					var cell []*figures.Label
					for _, id := range cfs[ci].labels() {
						cell = append(cell, &x.cellLabels.labels[id])
					}
					if ok, ex := labelMatches(&l, cell); ok {
						want = append(want, match{&cfs[ci], ex})
					}
				}
				got := ix.matches(x.prose[pi].lbl, x.label(&x.prose[pi]))
				if len(got) != len(want) {
					t.Fatalf("%s: %d matches of %q, want %d", doc.Name, len(got), l.S, len(want))
				}
				for k := range got {
					if got[k] != want[k] {
						t.Fatalf("%s: match %d of %q is %+v, want %+v", doc.Name, k, l.S, got[k], want[k])
					}
				}
				n += len(got)
			}
		}}})
	}
	if n < 100 {
		t.Errorf("only %d matches checked", n)
	}
	t.Logf("%d matches checked", n)
}

// TestGroupingBy checks grouping.by, reusing its storage call after call
// (larger, then smaller), against grouping by appending.
func TestGroupingBy(t *testing.T) {
	var g grouping
	for _, c := range []struct {
		n          int
		keys, vals []int32
	}{
		{3, []int32{2, 0, 2, 1, 0}, []int32{10, 11, 12, 13, 14}},
		{5, []int32{4, 4, 0, 3, 3, 3, 1}, []int32{1, 2, 3, 4, 5, 6, 7}},
		{2, []int32{1}, []int32{9}},
		{0, nil, nil},
	} {
		want := make([][]int32, c.n)
		for i, k := range c.keys {
			want[k] = append(want[k], c.vals[i])
		}
		got := g.by(c.n, c.keys, c.vals)
		if len(got) != c.n {
			t.Fatalf("by(%d, %v) has %d groups", c.n, c.keys, len(got))
		}
		for k := range got {
			if !slices.Equal(got[k], want[k]) {
				t.Errorf("by(%d, %v, %v)[%d] = %v, want %v", c.n, c.keys, c.vals, k, got[k], want[k])
			}
		}
	}
}
