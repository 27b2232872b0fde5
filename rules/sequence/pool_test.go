package sequence

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestItemPoolReused: the pooled item storage carries nothing from one
// document's audit to the next.
func TestItemPoolReused(t *testing.T) { ruletest.CheckRepeatable(t, Rules) }
