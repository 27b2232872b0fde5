package scores

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
)

// checkMentionsFen checks mentionsFen and mayBeHeader as filters: a table
// mentionsFen skips holds no score block readBlocks would read, and a row
// mayBeHeader skips no header readHeader would read.
func checkMentionsFen(t *testing.T, d *model.Document) {
	t.Helper()
	var cells []*model.Cell
	b := new(buffers)
	appendPieces(b, d) // scoreTables reads b.tableHas instead of mentionsFen
	for i, tb := range d.Tables {
		if !mentionsFen(d, tb) && readBlocks(d, tb, new(buffers), nil) != nil {
			t.Errorf("%s: table %d has score rows but mentionsFen says no 分", d.Name, tb.Index+1)
		}
		if b.tableHas[i]&hasFen == 0 && readBlocks(d, tb, new(buffers), nil) != nil {
			t.Errorf("%s: table %d has score rows but no cell's keywords hold 分", d.Name, tb.Index+1)
		}
		fen := b.fenRows(tb, i)
		for r := range tb.Rows {
			cells = appendRowCells(cells[:0], tb, r)
			if _, ok := readHeader(d, cells); ok && !mayBeHeader(d, cells) {
				t.Errorf("%s: table %d row %d is a header but mayBeHeader says no 分", d.Name, tb.Index+1, r+1)
			}
			if mayBeHeader(d, cells) && !fen[r] {
				t.Errorf("%s: table %d row %d: mayBeHeader finds 分 but fenRows does not", d.Name, tb.Index+1, r+1)
			}
		}
	}
}

func TestMentionsFen(t *testing.T) {
	ruletest.EachSeed(t, checkMentionsFen)
	for _, f := range ruletest.Files(t, "testdata") {
		checkMentionsFen(t, ruletest.Load(t, f).Doc(t))
	}
	d := ruletest.Text(t, "spaced.txt", "\t指标\n\t分 值\n\t得 分\n\n\t产出\n\t10\n\t9\n\n")
	if len(d.Tables) != 1 || !mentionsFen(d, d.Tables[0]) || readTable(d, d.Tables[0]) == nil {
		t.Errorf("a score table with spaced headers is not read")
	}
}
