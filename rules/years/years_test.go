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

func TestRuleDocs(t *testing.T) {
	seen := map[string]bool{}
	for i, r := range Rules {
		if r.ID == "" || r.Doc.Title == "" || r.Doc.TitleEN == "" || r.Doc.Explain == "" || r.Doc.ExplainEN == "" || r.Doc.Bad == "" || r.Doc.Good == "" || r.Run == nil {
			t.Errorf("rule %d (%s) is incompletely documented", i, r.ID)
		}
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %s", r.ID)
		}
		seen[r.ID] = true
		if i > 0 && Rules[i-1].ID >= r.ID {
			t.Errorf("rules not sorted: %s before %s", Rules[i-1].ID, r.ID)
		}
	}
}
