package table

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/parser/text"
)

// TestRounding: 2.52 + 11.50 + 0.009 shown as 0.01 under truncation is
// another matter than under 四舍五入 — the rounding mode is honoured.
func TestRounding(t *testing.T) {
	src := "表（万元）\n" +
		"\t项目\n\t金额\n\n" +
		"\t甲\n\t1.004\n\n\t乙\n\t1.004\n\n\t丙\n\t1.004\n\n" +
		"\t合计\n\t3.01\n\n结束。\n"
	d, err := text.ParseBytes(context.Background(), []byte(src), "r.txt", text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	count := func(rs []*audit.Rule) int { return len(audit.Filter(audit.Run(d, rs), audit.Warning)) }
	// HalfUp: 3.012 lies within 3.01 ± 0.005.
	if n := count(NewRules(Options{Rounding: figures.HalfUp})); n != 0 {
		t.Errorf("half-up: %d findings, want 0", n)
	}
	// Truncation: the parts stand for at least 3.012 but 3.01 for [3.01, 3.02): still fine;
	// a total of 3.00 is not.
	src2 := src[:len(src)-len("\t合计\n\t3.01\n\n结束。\n")] + "\t合计\n\t3.00\n\n结束。\n"
	d2, _ := text.ParseBytes(context.Background(), []byte(src2), "r.txt", text.Options{})
	if n := len(audit.Filter(audit.Run(d2, NewRules(Options{Rounding: figures.Truncate})), audit.Warning)); n != 1 {
		t.Errorf("truncate: %d findings, want 1", n)
	}
	if n := len(audit.Filter(audit.Run(d2, NewRules(Options{Rounding: figures.HalfUp})), audit.Warning)); n != 1 {
		t.Errorf("half-up with 3.00: %d findings, want 1", n)
	}
}

// TestRulesDoc: every rule is documented in both languages with examples.
func TestRulesDoc(t *testing.T) { ruletest.CheckDocs(t, Rules) }

// FuzzRules: the rules never panic and keep spans inside the text.
func FuzzRules(f *testing.F) {
	var seeds [][]byte
	for _, p := range ruletest.Files(f, "testdata") {
		data, _ := os.ReadFile(p)
		seeds = append(seeds, data)
	}
	ruletest.Fuzz(f, Rules, seeds...)
}
