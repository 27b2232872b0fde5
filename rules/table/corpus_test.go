package table

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
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
		for _, f := range audit.Filter(audit.Run(d, Rules), audit.Warning) {
			findings++
			t.Logf("%s: %s %s %.2f %s | %s | %s", rel, f.Rule, f.Severity, f.Confidence, f.Message, f.Expr, f.Hint)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d Chinese documents with tables, %d findings at warning or above", withTables, findings)
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
