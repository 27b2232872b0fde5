package prose

import (
	"context"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/parser/text"
)

// TestDocExamples runs each prose rule on its own documented bad and good
// examples: the bad one must trigger it, the good one must not. (The XRF
// examples describe a table and are checked by the fixtures instead.)
func TestDocExamples(t *testing.T) {
	for _, r := range Rules {
		if !strings.HasPrefix(r.ID, "PRS") && r.ID != "XRF002" {
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			if r.Doc.Title == "" || r.Doc.TitleEN == "" || r.Doc.Explain == "" || r.Doc.ExplainEN == "" {
				t.Fatal("rule documentation incomplete")
			}
			count := func(s string) int {
				doc, err := text.ParseBytes(context.Background(), []byte(strings.ReplaceAll(s, "……", "\n")), r.ID, text.Options{})
				if err != nil {
					t.Fatal(err)
				}
				n := 0
				for _, f := range audit.Run(doc, []*audit.Rule{r}) {
					if f.Severity >= audit.Warning {
						n++
					}
				}
				return n
			}
			if count(r.Doc.Bad) == 0 {
				t.Errorf("bad example not flagged: %s", r.Doc.Bad)
			}
			if n := count(r.Doc.Good); n != 0 {
				t.Errorf("good example flagged %d times: %s", n, r.Doc.Good)
			}
		})
	}
}
