package tables_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/tables"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func parse(t testing.TB, path string) *model.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := text.ParseBytes(context.Background(), data, filepath.Base(path), text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestGolden dumps the analysis of each testdata/*.txt (and the seed
// report) and compares it with the .golden file beside it.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	files = append(files, testenv.Seed(t, "report-2022.txt"))
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tables.Analyze(parse(t, path)).Dump(&buf); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("analysis differs from %s (run with -update and review the diff):\n%s", golden, buf.String())
			}
		})
	}
}

// FuzzAnalyze: any text report analyses without panic, and every data
// cell's span lies inside the document and inside its cell.
func FuzzAnalyze(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	f.Add([]byte(report))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.ParseBytes(context.Background(), data, "fuzz.txt", text.Options{})
		if err != nil {
			return
		}
		a := tables.Analyze(d)
		for _, dc := range a.DataCells() {
			if dc.Span.Start < 0 || dc.Span.End > len(d.Text) || dc.Span.Start > dc.Span.End {
				t.Fatalf("span %v outside text of %d bytes", dc.Span, len(d.Text))
			}
			if c := dc.Cell.Cell; c != nil && (dc.Span.Start < c.Span.Start || dc.Span.End > c.Span.End) {
				t.Fatalf("figure span %v outside its cell %v", dc.Span, c.Span)
			}
		}
		var buf bytes.Buffer
		if err := a.Dump(&buf); err != nil {
			t.Fatal(err)
		}
	})
}
