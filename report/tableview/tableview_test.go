package tableview

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/tables"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func analyse(t *testing.T, path string) *tables.Analysis {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), filepath.Base(path), parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tables.Analyze(d)
}

func TestGolden(t *testing.T) {
	a := analyse(t, filepath.Join("testdata", "report.txt"))
	tests := []struct {
		golden string
		write  func(*bytes.Buffer) error
	}{
		{"report.zh.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, a, false) }},
		{"report.en.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, a, true) }},
		{"report.json", func(b *bytes.Buffer) error { return WriteJSON(b, "report.txt", a) }},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tt.write(&buf); err != nil {
				t.Fatal(err)
			}
			goldenfile.Check(t, filepath.Join("testdata", tt.golden), buf.String(), *update)
		})
	}
}

// TestViewMatchesAnalysis checks, on the fixture and on the bundled
// example, that the view lists every checked block's rows and columns with
// one value per column, that parents point at rows of the same block, that
// the JSON decodes to what Build made and that the Markdown has one line
// per data row.
func TestViewMatchesAnalysis(t *testing.T) {
	for _, path := range []string{filepath.Join("testdata", "report.txt"), testenv.Seed(t, "report-2022.docx")} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a := analyse(t, path)
			v := Build("x", a)
			if len(v.Tables) != len(a.Tables) {
				t.Fatalf("%d tables in the view, %d analysed", len(v.Tables), len(a.Tables))
			}
			dataRows := 0
			for i, vt := range v.Tables {
				at := a.Tables[i]
				if len(vt.Blocks) != len(at.Blocks) {
					t.Fatalf("table %d: %d blocks in the view, %d analysed", vt.Number, len(vt.Blocks), len(at.Blocks))
				}
				for j, b := range vt.Blocks {
					ab := at.Blocks[j]
					if !checked(ab) {
						if len(b.Columns)+len(b.Rows) != 0 {
							t.Errorf("table %d block %d (%s) lists columns or rows", vt.Number, j+1, b.Kind)
						}
						continue
					}
					if len(b.Columns) != len(ab.Columns) || len(b.Rows) != len(ab.Rows) {
						t.Errorf("table %d block %d: %d×%d in the view, %d×%d analysed", vt.Number, j+1, len(b.Rows), len(b.Columns), len(ab.Rows), len(ab.Columns))
					}
					rows := map[int]bool{}
					for _, r := range b.Rows {
						rows[r.Row] = true
					}
					for _, r := range b.Rows {
						dataRows++
						if len(r.Values) != len(b.Columns) {
							t.Errorf("table %d row %d: %d values for %d columns", vt.Number, r.Row, len(r.Values), len(b.Columns))
						}
						if r.Parent != 0 && !rows[r.Parent] {
							t.Errorf("table %d row %d: parent row %d is not in the block", vt.Number, r.Row, r.Parent)
						}
					}
				}
			}
			if dataRows == 0 {
				t.Fatal("no data rows: the test would check nothing")
			}

			var js bytes.Buffer
			if err := WriteJSON(&js, "x", a); err != nil {
				t.Fatal(err)
			}
			var back View
			if err := json.Unmarshal(js.Bytes(), &back); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, v) {
				t.Error("the JSON does not decode to the view it was written from")
			}

			for _, en := range []bool{false, true} {
				var md bytes.Buffer
				if err := WriteMarkdown(&md, a, en); err != nil {
					t.Fatal(err)
				}
				rowLine := regexp.MustCompile(`^\| ` + strings.Replace(regexp.QuoteMeta(words[en].row), "%d", `\d+`, 1) + ` \|`)
				got := 0
				for _, line := range strings.Split(md.String(), "\n") {
					if rowLine.MatchString(line) {
						got++
					}
				}
				if got != dataRows {
					t.Errorf("en=%v: %d row lines in the Markdown, %d data rows", en, got, dataRows)
				}
			}
		})
	}
}

func TestPositions(t *testing.T) {
	tests := []struct {
		xs   []int
		want string
	}{
		{[]int{1}, "第1行"},
		{[]int{1, 2, 3}, "第1–3行"},
		{[]int{1, 2, 5}, "第1–2, 5行"},
		{[]int{2, 4}, "第2, 4行"},
	}
	for _, tt := range tests {
		if got := positions("第%d行", tt.xs); got != tt.want {
			t.Errorf("positions(%v) = %q, want %q", tt.xs, got, tt.want)
		}
	}
}

func TestCellIsOneLine(t *testing.T) {
	if got, want := cell("合计|总\n计 "), `合计\|总 计`; got != want {
		t.Errorf("cell = %q, want %q", got, want)
	}
}
