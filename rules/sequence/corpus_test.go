package sequence

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestCorpus runs the rules on the shared corpus's Chinese documents and
// logs what they report, for review of false alarms (skipped when absent).
func TestCorpus(t *testing.T) { ruletest.Corpus(t, Rules) }
