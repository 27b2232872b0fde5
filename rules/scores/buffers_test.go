package scores

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestBuffersReused: the family's pooled buffers carry nothing from one
// document's audit to the next.
func TestBuffersReused(t *testing.T) { ruletest.CheckRepeatable(t, Rules) }
