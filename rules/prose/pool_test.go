package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestXrefPoolReused audits documents one after another so that each
// pass's xrefFacts may come from xrefPool after a larger or a smaller
// document: the findings must be those of each document's first audit.
func TestXrefPoolReused(t *testing.T) { ruletest.CheckRepeatable(t, Rules) }
