package accuracy

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/report"
)

// TestRepeatedRuns audits each text report of the blind sets twice in a
// row with one rule set, as `crossfoot audit DIR` does a batch: the
// findings must be the same both times. Scratch reused from document to
// document (the rules' pools) must not carry one run's state into the
// next. (The tables' classification memo, which also outlives a document,
// is checked field by field by tables.TestClassifyMemo.)
func TestRepeatedRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("repeated runs skipped in -short mode")
	}
	files, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "blind*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no blind set reports (%v)", err)
	}
	all := ruleSet()
	run := func(path string) []string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), filepath.Base(path), parser.Options{})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var out []string
		for _, f := range audit.Run(doc, all) {
			out = append(out, report.ShortLocation(f.Location, false)+"\t"+f.Rule+"\t"+f.Expr)
		}
		return out
	}
	for _, path := range files {
		first, again := run(path), run(path)
		if !slices.Equal(first, again) {
			t.Errorf("%s: a second run in the same process finds\n%q\nwhere the first found\n%q", filepath.Base(path), again, first)
		}
	}
}
