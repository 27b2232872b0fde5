package prose

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/tables"
)

func TestTablesDebug(t *testing.T) {
	if os.Getenv("TDEBUG") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	doc, _ := text.ParseBytes(context.Background(), data, "seed", text.Options{})
	a := tables.Analyze(doc)
	for _, c := range a.DataCells() {
		t.Logf("T%d B%d %s | row=%q | col=%q year=%d period=%v budget=%v actual=%v unit=%q role=%v | %s", c.Table.Number, c.Block.Index, c.Block.Kind, c.Row.Label, c.Column.PathString(), c.Column.Year, c.Column.Period, c.Column.Budget, c.Column.Actual, c.Unit(), c.Column.Role, c.Num.String())
	}
}
