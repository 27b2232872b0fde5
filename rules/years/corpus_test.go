package years

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestCorpus runs the rules on the shared corpus's Chinese documents and
// logs what they report, for review of false alarms (skipped when absent).
func TestCorpus(t *testing.T) {
	docs := ruletest.Corpus(t, Rules)
	sure := 0
	for _, d := range docs {
		if ry := DetectReportYear(d); ry.Sure {
			sure++
		}
	}
	t.Logf("report year determined for %d of %d documents", sure, len(docs))
}
