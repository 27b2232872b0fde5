package years

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// TestCorpus runs the rules on the shared corpus's Chinese documents and
// logs what they report, for review of false alarms (skipped when absent).
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := testenv.Corpus(t)
	docs := ruletest.CorpusDocs(t, dir)
	sure := 0
	for _, d := range docs {
		if ry := DetectReportYear(d); ry.Sure {
			sure++
		}
	}
	t.Logf("report year determined for %d of %d documents", sure, len(docs))
	counts := ruletest.RunCorpus(t, docs, Rules)
	t.Logf("%d documents, findings per rule: %v", len(docs), counts)
}
