package sequence

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
)

// TestSeed asserts the numbering and name mistakes a reviewer marks in the
// example report, and that nothing else is reported.
func TestSeed(t *testing.T) {
	ruletest.EachSeed(t, checkSeed)
}

func checkSeed(t *testing.T, d *model.Document) {
	fs := audit.Run(d, Rules)
	for _, f := range fs {
		t.Logf("%s %s %q: %s", f.Rule, f.Location, d.Slice(f.Span), f.Message)
	}
	want := []struct{ rule, text, context string }{
		{"SEQ002", "指标4", "指标4：重点工作完成及时率"},
		{"SEQ003", "湘西土家族苗族工业和信息化局", "湘西土家族苗族工业和信息化局"},
	}
	for _, w := range want {
		found := false
		for _, f := range fs {
			if f.Rule == w.rule && d.Slice(f.Span) == w.text && strings.Contains(d.Text[f.Span.Start:min(len(d.Text), f.Span.Start+len(w.context)+40)], w.context) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %s at %q in %q", w.rule, w.text, w.context)
		}
	}
	if len(fs) != len(want) {
		t.Errorf("%d findings, want %d", len(fs), len(want))
	}
}
