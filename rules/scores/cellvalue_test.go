package scores

import (
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// checkLookedUp checks readBlocks looking the cells' kinds up in the
// table analysis (as scoreTables does) against readBlocks parsing every
// cell, its oracle.
func checkLookedUp(t *testing.T, d *model.Document) {
	t.Helper()
	ta := tables.Analyze(d)
	for _, tb := range d.Tables {
		got := readBlocks(d, tb, &buffers{ta: ta}, nil)
		want := readBlocks(d, tb, new(buffers), nil)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: table %d: the score rows read with the analysis's cell kinds differ", d.Name, tb.Index+1)
		}
	}
}

func TestReadBlocksLooksUp(t *testing.T) {
	ruletest.EachSeed(t, checkLookedUp)
	for _, f := range ruletest.Files(t, "testdata") {
		checkLookedUp(t, ruletest.Load(t, f).Doc(t))
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkLookedUp(t, d)
	}
}
