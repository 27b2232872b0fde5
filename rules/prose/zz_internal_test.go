package prose

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/parser"
)

func TestZZXref(t *testing.T) {
	path := os.Getenv("ZZFILE")
	if path == "" {
		t.Skip()
	}
	doc, err := parser.ParseFile(context.Background(), path, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var x *xrefFacts
	probe := &audit.Rule{ID: "ZZ", Run: func(p *audit.Pass) { x = xrefFactsOf(p); x.reportYear() }}
	audit.Run(doc, []*audit.Rule{probe})
	fmt.Println("report year", x.year)
	for _, c := range x.cells {
		if !c.Row.Total {
			continue
		}
		cf, ok := x.cellFacts(c)
		fmt.Printf("cell %s %s ok=%v labels=%q year=%d basis=%v block=%q table=%q cap=%q\n", c.Row.Label, c.Num.String(), ok, cf.labels, cf.year, cf.basis, c.Block.Title, c.Table.Title, c.Table.T.Caption)
	}
	for _, f := range x.prose {
		fmt.Printf("prose %s %s label=%q year=%d basis=%v inList=%v\n", f.q.Label, f.q.String(), f.label, f.year, f.basis, f.inList)
	}
}
