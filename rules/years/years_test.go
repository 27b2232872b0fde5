package years

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestFixtures runs every rule on testdata/*.txt: marked findings must
// appear at their markers and nothing else may be reported.
func TestFixtures(t *testing.T) {
	ruletest.Run(t, "testdata", Rules)
}

func TestRuleDocs(t *testing.T) { ruletest.CheckDocs(t, Rules) }
