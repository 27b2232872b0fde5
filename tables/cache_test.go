package tables

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/parser"
)

// A table too large for the cell cache is read cell by cell: the analysis
// must be the same.
func TestUncachedAnalysis(t *testing.T) {
	docs := []string{"../testdata/seed/report-2022.txt", "../testdata/seed/report-2022.docx"}
	files, _ := filepath.Glob("testdata/*.txt")
	for _, path := range append(docs, files...) {
		d, err := parser.ParseFile(context.Background(), path, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var cached, uncached bytes.Buffer
		if err := Analyze(d).Dump(&cached); err != nil {
			t.Fatal(err)
		}
		old := maxCachedGrid
		maxCachedGrid = 0
		err = Analyze(d).Dump(&uncached)
		maxCachedGrid = old
		if err != nil {
			t.Fatal(err)
		}
		if cached.String() != uncached.String() {
			t.Errorf("%s: the uncached analysis differs", path)
		}
	}
}
