package table

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/tables"
)

// computeShown without all must keep exactly the checks of compute that
// are not unseen, in order and with the same outcomes, and diagnose the
// same cells.
func TestComputeShown(t *testing.T) {
	docs := []string{"../../testdata/seed/report-2022.txt", "../../testdata/seed/report-2022.docx"}
	for _, ext := range []string{"txt", "docx"} {
		files, _ := filepath.Glob("testdata/*." + ext)
		docs = append(docs, files...)
	}
	kept := 0
	for _, path := range docs {
		d, err := parser.ParseFile(context.Background(), path, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		a := tables.Analyze(d)
		for _, r := range []figures.Rounding{figures.HalfUp, figures.Truncate} {
			all, shown := compute(a, r), computeShown(a, r, false)
			var want []string
			for _, c := range all.checks {
				if !unseen(c.kind, c.ok, c.exact) {
					want = append(want, checkString(c))
				}
			}
			var got []string
			for _, c := range shown.checks {
				got = append(got, checkString(c))
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s %v: shown checks\n%v\nwant\n%v", path, r, got, want)
			}
			if diagString(shown.cells) != diagString(all.cells) {
				t.Errorf("%s %v: diagnosed %s, want %s", path, r, diagString(shown.cells), diagString(all.cells))
			}
			kept += len(got)
		}
	}
	t.Logf("%d shown checks", kept)
}

func checkString(c *check) string {
	return fmt.Sprintf("%d %v %v ok=%v exact=%v conf=%v weak=%v doubt=%v %q %q explained=%v %+v %+v %q",
		c.kind, c.target.Span, spansOf(c.partCells()), c.ok, c.exact, c.conf, c.weak, c.doubt, c.basis, c.group, c.explained,
		c.sum.Sum, c.sum.Diff, c.rate)
}

func spansOf(cs []tables.DataCell) []string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprint(c.Span))
	}
	return out
}

func diagString(ds []*diagnosis) string {
	s := ""
	for _, d := range ds {
		s += fmt.Sprintf("[%v %v %v %+v %+v %v %+v]", d.cell.Span, d.col.target.Span, d.row.target.Span, d.byCol, d.byRow, d.conf, d.hint)
	}
	return s
}
