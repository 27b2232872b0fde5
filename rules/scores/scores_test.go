package scores

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

func TestBands(t *testing.T) {
	bs := findBands("备注：90（含）—100分为优；80（含）—90分为良； 60（含）—80 分为较差；60分以下为差。")
	if len(bs) != 4 {
		t.Fatalf("got %d bands, want 4: %+v", len(bs), bs)
	}
	tests := []struct {
		v     string
		grade string
	}{{"100", "优"}, {"90", "优"}, {"89.99", "良"}, {"80", "良"}, {"60", "较差"}, {"59.5", "差"}}
	for _, tt := range tests {
		n := num(tt.v)
		got := ""
		for _, b := range bs {
			if b.contains(*n) {
				got = b.grade
				break
			}
		}
		if got != tt.grade {
			t.Errorf("%s → %q, want %q", tt.v, got, tt.grade)
		}
	}
}
