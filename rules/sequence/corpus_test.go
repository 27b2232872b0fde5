package sequence

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
	counts := ruletest.RunCorpus(t, docs, Rules)
	t.Logf("%d documents, findings per rule: %v", len(docs), counts)
}
