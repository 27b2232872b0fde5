package parser

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// TestSeedTextMatchesDocx is the key cross-check of the two readers: the
// example report's text export and its Word rebuild (made from the text
// with the same rules, see testdata/seed) must yield the same tables, with
// the same cell texts at the same grid positions and the same merges.
//
// Texts are compared exactly, with no normalisation: both readers render a
// line break inside a cell as "\n" (continuation lines in the export, w:br
// in Word), keep leading and inner spaces, and leave a cell that holds only
// white space (such as a lone U+3000) empty, so nothing is left to excuse.
// The second subtest compares the whole model.Dump (paragraphs, headings,
// captions too), which also holds today.
func TestSeedTextMatchesDocx(t *testing.T) {
	ctx := context.Background()
	txt, err := ParseFile(ctx, testenv.Seed(t, "report-2022.txt"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	dx, err := ParseFile(ctx, testenv.Seed(t, "report-2022.docx"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("tables", func(t *testing.T) {
		if len(txt.Tables) == 0 {
			t.Fatal("no tables read from the text export")
		}
		if len(txt.Tables) != len(dx.Tables) {
			t.Fatalf("text has %d tables, docx %d", len(txt.Tables), len(dx.Tables))
		}
		cells := 0
		for i := range txt.Tables {
			a, b := txt.Tables[i], dx.Tables[i]
			if a.Rows != b.Rows || a.Cols != b.Cols || len(a.Cells) != len(b.Cells) {
				t.Errorf("table %d: text %dx%d with %d cells, docx %dx%d with %d cells", i+1, a.Rows, a.Cols, len(a.Cells), b.Rows, b.Cols, len(b.Cells))
				continue
			}
			for j := range a.Cells {
				ca, cb := a.Cells[j], b.Cells[j]
				ga, gb := gridPos(ca), gridPos(cb)
				ta, tb := txt.CellOwnText(ca), dx.CellOwnText(cb)
				if ga != gb || ta != tb {
					t.Errorf("table %d cell %d: text %s %q, docx %s %q", i+1, j, ga, ta, gb, tb)
				}
				// Every grid position must resolve to corresponding cells.
				for r := ca.Row; r < ca.Row+ca.RowSpan; r++ {
					for c := ca.Col; c < ca.Col+ca.ColSpan; c++ {
						if a.At(r, c) != ca || b.At(r, c) != cb {
							t.Errorf("table %d: At(%d,%d) disagrees", i+1, r, c)
						}
					}
				}
				cells++
			}
		}
		t.Logf("%d tables, %d cells identical", len(txt.Tables), cells)
	})
	t.Run("dump", func(t *testing.T) {
		var a, b bytes.Buffer
		txt.Dump(&a)
		dx.Dump(&b)
		if a.String() != b.String() {
			la, lb := strings.Split(a.String(), "\n"), strings.Split(b.String(), "\n")
			for i := 0; i < min(len(la), len(lb)); i++ {
				if la[i] != lb[i] {
					t.Fatalf("dumps differ at line %d:\ntext: %s\ndocx: %s", i+1, la[i], lb[i])
				}
			}
			t.Fatalf("dumps differ in length: %d vs %d lines", len(la), len(lb))
		}
	})
}

func gridPos(c *model.Cell) string {
	return fmt.Sprintf("r%dc%d %dx%d", c.Row, c.Col, c.RowSpan, c.ColSpan)
}
