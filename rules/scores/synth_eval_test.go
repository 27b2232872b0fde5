package scores

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/rules/sequence"
	"github.com/crossfoot/crossfoot/rules/years"
)

// TestSynthEval measures the YR/SEQ/SCR families on synthetic reports with
// injected year, numbering, name and score mistakes. It only logs: set
// CROSSFOOT_SYNTH_EVAL=1 to run it.
func TestSynthEval(t *testing.T) {
	if os.Getenv("CROSSFOOT_SYNTH_EVAL") == "" {
		t.Skip("set CROSSFOOT_SYNTH_EVAL=1")
	}
	kinds := []string{synth.YearLabel, synth.ScoreSum, synth.Numbering, synth.EntityName}
	if os.Getenv("CROSSFOOT_SYNTH_EVAL") == "all" {
		kinds = nil // every kind: findings of other kinds' mistakes show as unmatched
	}
	docs, err := synth.GenerateDocs(synth.Options{N: 90, Seed: 11, Formats: []string{"txt"}, Kinds: kinds})
	if err != nil {
		t.Fatal(err)
	}
	var rules []*audit.Rule
	rules = append(rules, years.Rules...)
	rules = append(rules, sequence.Rules...)
	rules = append(rules, Rules...)
	found, total, fps := map[string]int{}, map[string]int{}, 0
	for _, sd := range docs {
		d, err := text.ParseBytes(context.Background(), sd.Txt, sd.Base+".txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fs := audit.Filter(audit.Run(d, rules), audit.Warning)
		used := make([]bool, len(fs))
		for _, m := range sd.Truth.Mistakes {
			total[m.Kind+"/"+m.Variant]++
			hit := false
			for i, f := range fs {
				// map the txt span to the document: compare the mistake's text
				places := append([]synth.Place{m.Place}, m.Involved...)
				for _, pl := range places {
					l := f.Location
					if pl.Table >= 0 && l.Table == pl.Table+1 || pl.Table < 0 && l.Table == 0 && l.Para == pl.Para {
						hit, used[i] = true, true
					}
				}
				if strings.Contains(d.Text[max(0, f.Span.Start-40):min(len(d.Text), f.Span.End+40)], m.Text) {
					hit, used[i] = true, true
				}
			}
			if hit {
				found[m.Kind+"/"+m.Variant]++
			} else {
				t.Logf("MISS %s %s/%s %q (was %q) place %+v", sd.Base, m.Kind, m.Variant, m.Text, m.Original, m.Place)
			}
		}
		for i, f := range fs {
			if !used[i] {
				fps++
				t.Logf("EXTRA %s %s %s %q: %s", sd.Base, f.Rule, f.Location, d.Slice(f.Span), f.Message)
			}
		}
	}
	t.Logf("found %v of %v; unmatched findings %d", found, total, fps)
}
