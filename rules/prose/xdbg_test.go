package prose

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser/text"
)

func TestXrefDebug(t *testing.T) {
	if os.Getenv("XDEBUG") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	doc, _ := text.ParseBytes(context.Background(), data, "seed", text.Options{})
	var x *xrefFacts
	probe := &audit.Rule{ID: "X", Run: func(p *audit.Pass) { x = xrefFactsOf(p) }}
	audit.Run(doc, []*audit.Rule{probe})
	for i, f := range x.prose {
		t.Logf("%d %s label=%s year=%d basis=%d rate=%v", i, show(f.q), f.label, f.year, f.basis, f.isRate)
	}
	t.Logf("enums %v", x.enums)
	for _, c := range x.cells {
		if cf, ok := x.cellFacts(c); ok && os.Getenv("XDEBUG") == "2" {
			t.Logf("cell T%d %v %s year=%d basis=%d unit=%s known=%v", c.Table.Number, cf.labels, c.Num.String(), cf.year, cf.basis, cf.unit, cf.known)
		}
	}
}
