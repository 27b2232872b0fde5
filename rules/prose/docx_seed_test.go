package prose

import (
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
)

// TestSeedDocx checks that the .docx version of the seed yields the same
// prose findings as the text export (same rules, same flagged text).
func TestSeedDocx(t *testing.T) {
	doc, err := parser.ParseFile(context.Background(), testenv.Seed(t, "report-2022.docx"), parser.Options{})
	if err != nil {
		t.Skipf("docx not readable here: %v", err)
	}
	txt := parseSeed(t)
	got := map[string]int{}
	for _, f := range audit.Filter(audit.Run(doc, Rules), audit.Warning) {
		got[f.Rule+" "+doc.Slice(f.Span)]++
	}
	want := map[string]int{}
	for _, f := range audit.Filter(audit.Run(txt, Rules), audit.Warning) {
		want[f.Rule+" "+txt.Slice(f.Span)]++
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: docx %d, text %d", k, got[k], n)
		}
	}
	for k, n := range got {
		if want[k] == 0 {
			t.Errorf("%s: only in docx (%d)", k, n)
		}
	}
}
