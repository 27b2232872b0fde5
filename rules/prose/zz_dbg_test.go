package prose

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/parser"
)

func TestZZDbg(t *testing.T) {
	path := os.Getenv("F")
	data, _ := os.ReadFile(path)
	doc, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), path, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := os.Getenv("V")
	audit.Run(doc, []*audit.Rule{{ID: "DBG", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs := x.allCellFacts()
		for i := range cfs {
			cf := &cfs[i]
			if strings.Contains(fmt.Sprint(cf.mant), strings.ReplaceAll(os.Getenv("C"), ".", "")) && os.Getenv("C") != "" {
				var ls []string
				for _, l := range cf.labels() {
					ls = append(ls, x.cellLabels.labels[l].S)
				}
				t.Logf("cell %v labels %v year %d basis %v unit %s known %v", cf.mant, ls, cf.year, cf.basis, cf.unit, cf.known)
			}
		}
		ix := &x.ix
		ix.reset(cfs, &x.cellLabels, len(x.proseLabels.labels))
		for i := range x.prose {
			f := &x.prose[i]
			if !strings.Contains(show(*f.q), want) {
				continue
			}
			for _, g := range x.enums {
				for _, pi := range g {
					if pi == i {
						var ls []string
						for _, k := range g {
							if k >= 0 {
								ls = append(ls, show(*x.prose[k].q)+"/"+x.prose[k].q.Label)
							} else {
								ls = append(ls, "-")
							}
						}
						t.Logf("enum %v", ls)
					}
				}
			}
			t.Logf("prose %s label %q year %d basis %v inList %v scope %d sent %d", show(*f.q), x.label(f).S, f.year, f.basis, f.inList, f.scopeIdx, f.sentScopeIdx)
			for _, m := range ix.matches(f.lbl, x.label(f)) {
				cf := m.cf
				t.Logf("  match %v exact %v year %d basis %v compat %v yearsAgree %v scopeConflict %v capUnnamed %v agrees %d", cf.mant, m.exact, cf.year, cf.basis, f.basis.compatible(cf.basis), x.yearsAgree(f.year, cf.year), x.scopeConflict(f, cf), x.captionScopeUnnamed(f, cf), agrees(f, cf))
			}
		}
	}}})
}
