package table

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/tables"
)

// TestCorpus runs the table rules over every .docx of the shared corpus
// that has Chinese text and tables, logging each warning or error for
// review (run with -v). It fails only on a panic; false alarms found here
// are fixed by making the rules more careful.
func TestCorpus(t *testing.T) {
	dir := testenv.Corpus(t)
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	docs, withTables, findings := 0, 0, 0
	var stats [6][2]int // per check kind: failed, held
	err := filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.EqualFold(filepath.Ext(path), ".docx") {
			return err
		}
		d, err := parser.ParseFile(context.Background(), path, parser.Options{})
		if err != nil || len(d.Tables) == 0 || !hasHan(d.Text) {
			return nil
		}
		docs++
		withTables++
		rel, _ := filepath.Rel(dir, path)
		for _, c := range compute(tables.Analyze(d), figures.HalfUp).checks {
			stats[c.kind][boolIndex(c.ok)]++
		}
		for _, f := range audit.Filter(audit.Run(d, Rules), corpusMin()) {
			findings++
			t.Logf("%s: %s %s %.2f %s | %s | %s", rel, f.Rule, f.Severity, f.Confidence, f.Message, f.Expr, f.Hint)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d Chinese documents with tables, %d findings logged", withTables, findings)
	for k, name := range []string{"footing", "hierarchy", "cross-footing", "subset", "difference", "rate"} {
		t.Logf("%-13s checks: %5d held, %3d failed", name, stats[k][1], stats[k][0])
	}
}

func hasHan(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
			if n >= 20 {
				return true
			}
		}
	}
	return false
}

// corpusMin is the lowest severity logged: warning, or info with CROSSFOOT_INFO=1.
func corpusMin() audit.Severity {
	if os.Getenv("CROSSFOOT_INFO") != "" {
		return audit.Info
	}
	return audit.Warning
}

func boolIndex(b bool) int {
	if b {
		return 1
	}
	return 0
}
