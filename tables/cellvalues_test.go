package tables

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// TestCellValueMatchesParseCell checks every value the analysis keeps
// against figures.ParseCell of the cell's text, the parse the rules made
// before they looked values up, and that the analysis keeps the value of
// most cells (else the lookups save nothing).
func TestCellValueMatchesParseCell(t *testing.T) {
	eachFixture(t, func(path string, d *model.Document) {
		checkCellValues(t, path, d, Analyze(d), true)
		// nothing kept: every lookup misses
		withoutCache(func() { checkCellValues(t, path, d, Analyze(d), false) })
	})
}

func checkCellValues(t *testing.T, path string, d *model.Document, a *Analysis, kept bool) {
	t.Helper()
	cells, known := 0, 0
	for _, tb := range d.Tables {
		for _, c := range tb.Cells {
			txt := strings.TrimSpace(d.Slice(c.Span))
			if txt == "" {
				continue
			}
			cells++
			v, ok := a.CellValue(c)
			if !ok {
				continue
			}
			known++
			n := figures.ParseCell(txt)
			want := CellValue{Kind: n.Kind, Percent: n.Percent}
			if n.Kind == figures.Value {
				want.Mant, want.Dec = n.Mant, n.Dec
			}
			if v.Kind != figures.Value {
				v.Mant, v.Dec = 0, 0
			}
			if v != want {
				t.Errorf("%s 表%d (%d,%d) %q: CellValue %+v, ParseCell %+v", path, tb.Index+1, c.Row, c.Col, txt, v, want)
			}
		}
	}
	if !kept && known > 0 {
		t.Errorf("%s: %d values kept without the cache", path, known)
	}
	if kept && cells > 0 && known*10 < cells*9 {
		t.Errorf("%s: %d of %d non-blank cells kept, want 90%%", path, known, cells)
	}
	t.Logf("%s: %d of %d non-blank cells kept", path, known, cells)
}

// TestPackValue checks that a packed figure unpacks as it was, and that
// one that does not fit is refused.
func TestPackValue(t *testing.T) {
	for _, n := range []figures.Number{
		{Kind: figures.Value, Mant: 898283, Dec: 2}, {Kind: figures.Value, Mant: -659, Dec: 2, Percent: true},
		{Kind: figures.Value}, {Kind: figures.Blank}, {Kind: figures.Dash}, {Kind: figures.Text},
		{Kind: figures.Value, Mant: maxKeptMant, Dec: 31}, {Kind: figures.Value, Mant: minKeptMant, Dec: 31, Percent: true},
	} {
		v, ok := packValue(&n)
		if !ok {
			t.Errorf("%+v not kept", n)
			continue
		}
		want := CellValue{Mant: n.Mant, Dec: n.Dec, Kind: n.Kind, Percent: n.Percent}
		if got := v.unpack(); got != want || v&valueKnown == 0 {
			t.Errorf("%+v unpacks as %+v", n, got)
		}
	}
	for _, n := range []figures.Number{
		{Kind: figures.Value, Mant: maxKeptMant + 1}, {Kind: figures.Value, Mant: minKeptMant - 1}, {Kind: figures.Value, Mant: 1, Dec: 32},
		{Kind: figures.Value, Mant: 1, Dec: -1}, {Kind: 4},
	} {
		if _, ok := packValue(&n); ok {
			t.Errorf("%+v kept", n)
		}
	}
}
