package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
)

// TestFixtures runs the rules on testdata/*.txt, text reports in which
// each expected finding is marked where it must be anchored, ⟦RULE:text⟧
// (see internal/ruletest); fixtures named *_clean.txt have no markers.
func TestFixtures(t *testing.T) {
	ruletest.Run(t, "testdata", Rules)
}

func overlaps(a, b model.Span) bool { return a.Start < b.End && b.Start < a.End }

func TestRuleDocs(t *testing.T) { ruletest.CheckDocs(t, Rules) }
