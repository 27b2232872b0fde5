package tables

import (
	"bytes"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// A table too large for the cell cache is read cell by cell: the analysis
// must be the same.
func TestUncachedAnalysis(t *testing.T) {
	sample := testenv.SampleDocument() // a nested table: a table not plain
	check := func(path string, d *model.Document) {
		var cached, uncached bytes.Buffer
		if err := Analyze(d).Dump(&cached); err != nil {
			t.Fatal(err)
		}
		var err error
		withoutCache(func() { err = Analyze(d).Dump(&uncached) })
		if err != nil {
			t.Fatal(err)
		}
		if cached.String() != uncached.String() {
			t.Errorf("%s: the uncached analysis differs", path)
		}
	}
	eachFixture(t, check)
	check("SampleDocument", sample)
}
