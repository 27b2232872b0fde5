package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// FuzzRules runs the family's rules on arbitrary TAB-format documents: no
// panic, and every finding points inside the text.
func FuzzRules(f *testing.F) { ruletest.Fuzz(f, Rules, ruletest.FuzzSeeds...) }
