package scores

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
)

// TestSeed asserts the score mistakes a reviewer marks in the example
// report (by rule, offending figure and location) and nothing else.
func TestSeed(t *testing.T) {
	ruletest.EachSeed(t, checkSeed)
}

func checkSeed(t *testing.T, d *model.Document) {
	fs := audit.Run(d, Rules)
	for _, f := range fs {
		t.Logf("%s %s %q: %s [%s]", f.Rule, f.Location, d.Slice(f.Span), f.Message, f.Expr)
	}
	want := []struct {
		rule, text, where string
	}{
		{"SCR003", "30", "效益指标"},      // summary 效益 30 vs detail 8+7+6+8 = 29
		{"SCR003", "9", "满意度效益指标"},    // summary 满意度 9 vs detail 3+3+4 = 10
		{"SCR004", "100%", "满意度效益指标"}, // 9 ÷ 10 = 90% ≠ 100%
		{"SCR007", "30", "效益指标30分"},   // prose 效益 30 vs detail 29
		{"SCR007", "9", "满意度指标9分"},    // prose 满意度 9 vs detail 10
	}
	for _, w := range want {
		found := false
		for _, f := range fs {
			if f.Rule != w.rule || d.Slice(f.Span) != w.text {
				continue
			}
			if f.Location.RowLabel == w.where || contextHas(d.Text, f.Span.Start, w.where) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s %q at %q", w.rule, w.text, w.where)
		}
	}
	if len(fs) != len(want) {
		t.Errorf("%d findings, want %d", len(fs), len(want))
	}
}

func contextHas(text string, at int, sub string) bool {
	lo := max(0, at-len(sub)-8)
	hi := min(len(text), at+len(sub)+8)
	for i := lo; i+len(sub) <= hi; i++ {
		if text[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
