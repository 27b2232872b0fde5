package scores

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/tables"
)

// BenchmarkSCRInstr audits the seed .txt with the table analysis alone
// (facts) and with it and the SCR rules (scr), for instruction counts:
// the difference of two callgrind runs of each, at -test.benchtime 1x
// and 201x, is what the SCR rules cost beyond tables.Analyze.
//
//	valgrind --tool=callgrind scores.test -test.run XXX -test.bench 'SCRInstr/scr' -test.benchtime 201x
func BenchmarkSCRInstr(b *testing.B) {
	facts := &audit.Rule{ID: "FACTS", Run: func(p *audit.Pass) { audit.Fact(p, tables.FactKey, tables.Analyze) }}
	doc := ruletest.Seed(b, testenv.Seed(b, "report-2022.txt"))
	for _, c := range []struct {
		name  string
		rules []*audit.Rule
	}{
		{"facts", []*audit.Rule{facts}},
		{"scr", append([]*audit.Rule{facts}, Rules...)},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				audit.Run(doc, c.rules)
			}
		})
	}
}
