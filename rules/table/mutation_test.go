package table

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/tables"
	"strings"
)

// TestSeedMutations plants one wrong figure at a time into the seed's
// arithmetic tables (a shifted decimal point, or +1.00) and requires a
// warning or error on that very cell, its row or its column in most cases,
// and no finding elsewhere that the unmutated seed does not have. Only
// cells covered by some equality count (items of a 其中 list may grow
// without contradicting anything).
func TestSeedMutations(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	raw, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	parse := func(b []byte) *auditDoc {
		d, err := text.ParseBytes(context.Background(), b, "seed.txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return &auditDoc{d, audit.Filter(audit.Run(d, Rules), audit.Warning)}
	}
	base := parse(raw)
	baseKeys := map[string]bool{}
	for _, f := range base.fs {
		baseKeys[f.Rule+f.Location.RowLabel+f.Location.ColumnPath] = true
	}
	a := tables.Analyze(base.d)
	// Only cells that some equality (not a 其中 ≤) covers can be caught.
	covered := map[model.Span]bool{}
	for _, c := range compute(a, figures.HalfUp).checks {
		if c.kind == kSubset {
			continue
		}
		for _, x := range cellsOf(c) {
			covered[x.Span] = true
		}
	}
	tried, caught, stray := 0, 0, 0
	for _, dc := range a.DataCells() {
		if dc.Block.Kind != tables.Arithmetic || dc.Column.Role != tables.Amount || dc.Num.Mant == 0 || !covered[dc.Span] {
			continue
		}
		for _, mut := range []figures.Number{
			{Kind: figures.Value, Mant: dc.Num.Mant * 10, Dec: dc.Num.Dec},
			{Kind: figures.Value, Mant: dc.Num.Mant + pow10(dc.Num.Dec), Dec: dc.Num.Dec},
		} {
			s := dc.Span
			b := append(append(append([]byte{}, raw[:0]...), []byte(base.d.Text[:0])...), raw...)
			// The text export's bytes equal Document.Text only inside cells,
			// so replace by locating the cell's line in the raw file.
			old := base.d.Text[s.Start:s.End]
			idx := nthIndex(string(raw), "\t"+old+"\n", occurrence(base.d.Text, s.Start, "\n"+old+"\n"))
			if idx < 0 {
				continue
			}
			b = append(append(append([]byte{}, raw[:idx+1]...), []byte(mut.String())...), raw[idx+1+len(old):]...)
			m := parse(b)
			tried++
			hit := false
			for _, f := range m.fs {
				if f.Location.RowLabel == dc.Row.Label || f.Location.ColumnPath == dc.Column.PathString() {
					hit = true
				}
				if !baseKeys[f.Rule+f.Location.RowLabel+f.Location.ColumnPath] && f.Location.RowLabel != dc.Row.Label && f.Location.ColumnPath != dc.Column.PathString() && f.Location.Table == dc.Table.Number {
					stray++
					t.Logf("stray: %s → %s: %s %s | %s", old, mut.String(), f.Rule, f.Message, f.Expr)
				}
			}
			if hit {
				caught++
			} else {
				t.Logf("missed: 表%d %s/%s %s → %s", dc.Table.Number, dc.Row.Label, dc.Column.Name(), old, mut.String())
			}
		}
	}
	t.Logf("mutations: %d tried, %d caught, %d stray findings", tried, caught, stray)
	if tried == 0 || caught*100 < tried*95 {
		t.Errorf("caught %d of %d planted errors, want at least 95%%", caught, tried)
	}
	if stray*50 > tried {
		t.Errorf("%d findings away from the planted errors", stray)
	}
}

type auditDoc struct {
	d  *modelDocument
	fs []audit.Finding
}

// occurrence counts how many times pat occurs in s before offset off.
func occurrence(s string, off int, pat string) int {
	n := 0
	for i := 0; ; {
		j := indexFrom(s, pat, i)
		if j < 0 || j+1 >= off {
			return n
		}
		n++
		i = j + 1
	}
}

func nthIndex(s, pat string, n int) int {
	i := -1
	for k := 0; k <= n; k++ {
		j := indexFrom(s, pat, i+1)
		if j < 0 {
			return -1
		}
		i = j
	}
	return i
}

func indexFrom(s, pat string, from int) int {
	if from > len(s) {
		return -1
	}
	if j := stringsIndex(s[from:], pat); j >= 0 {
		return from + j
	}
	return -1
}

type modelDocument = model.Document

var stringsIndex = strings.Index
