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
