package years

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

func TestSeedReportYear(t *testing.T) {
	d := ruletest.Seed(t, testenv.Seed(t, "report-2022.txt"))
	ry := DetectReportYear(d)
	if ry.Year != 2022 || !ry.Sure {
		t.Fatalf("report year = %d (sure %v), want 2022: %v", ry.Year, ry.Sure, ry.Evidence)
	}
}

// TestSeed asserts the year mistakes a reviewer marks in the example report.
func TestSeed(t *testing.T) {
	ruletest.EachSeed(t, checkSeed)
}

func checkSeed(t *testing.T, d *model.Document) {
	fs := audit.Run(d, Rules)
	for _, f := range fs {
		t.Logf("%s %s %q: %s", f.Rule, f.Location, d.Slice(f.Span), f.Message)
	}
	want := []struct{ rule, text, context string }{
		{"YR001", "364.35万元", "2021年公用经费预算364.35万元"},
		{"YR001", "73.30万元", "2021年局三公经费预算73.30万元"},
		{"YR002", "2020年", "较2020年拨款收入4679.80万元"},
		{"YR003", "2021年", "本部门2021年整体资金支出较2020年增加891.67万元"},
		{"YR004", "2021年", "2021年，在州委、州政府的坚强领导下，全州工信部门"},
	}
	for _, w := range want {
		found := false
		for _, f := range fs {
			if f.Rule != w.rule || d.Slice(f.Span) != w.text {
				continue
			}
			ctx := d.Text[max(0, f.Span.Start-60):min(len(d.Text), f.Span.End+80)]
			if strings.Contains(ctx, w.context) {
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
