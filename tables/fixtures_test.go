package tables

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

// fixturePaths lists the documents the whole-analysis tests read: the
// seed report as text and as .docx, then every testdata/*.txt fixture.
func fixturePaths(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return append([]string{testenv.Seed(t, "report-2022.txt"), testenv.Seed(t, "report-2022.docx")}, files...)
}

// eachFixture parses each of fixturePaths in turn and calls f with it.
func eachFixture(t testing.TB, f func(path string, d *model.Document)) {
	t.Helper()
	for _, path := range fixturePaths(t) {
		d, err := parser.ParseFile(context.Background(), path, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		f(path, d)
	}
}

// withoutCache runs f with the cell cache turned off: every table then
// counts as too large for it, and every cell is read as it is asked for.
func withoutCache(f func()) {
	old := maxCachedGrid
	maxCachedGrid = 0
	defer func() { maxCachedGrid = old }()
	f()
}
