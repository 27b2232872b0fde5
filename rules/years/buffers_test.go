package years

import (
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// TestBuffersReused audits documents of different sizes one after another,
// forwards and backwards, so that each pass may get buffers a larger or a
// smaller document used before: the findings must be those of the first
// audit of each document.
func TestBuffersReused(t *testing.T) {
	var docs []*model.Document
	for _, f := range []string{"txt", "docx"} {
		docs = append(docs, ruletest.Seed(t, testenv.Seed(t, "report-2022."+f)))
	}
	for _, f := range ruletest.Files(t, "testdata") {
		docs = append(docs, ruletest.Load(t, f).Doc(t))
	}
	want := make([][]audit.Finding, len(docs))
	for i, d := range docs {
		want[i] = audit.Run(d, Rules)
	}
	for k := range 2 {
		for j := range docs {
			i := j
			if k == 1 {
				i = len(docs) - 1 - j
			}
			if got := audit.Run(docs[i], Rules); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("%s: findings differ on a later audit:\n got %v\nwant %v", docs[i].Name, got, want[i])
			}
		}
	}
}
