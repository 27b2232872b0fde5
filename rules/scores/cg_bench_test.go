package scores

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// BenchmarkSCRInstr audits each document with the table analysis alone
// (facts) and with it and the SCR rules (scr), for instruction counts:
// the difference of two callgrind runs of each, at -test.benchtime 1x
// and 201x, is what the SCR rules cost beyond tables.Analyze.
//
//	valgrind --tool=callgrind scores.test -test.run XXX -test.bench 'SCRInstr/report-2022.txt/scr' -test.benchtime 201x
func BenchmarkSCRInstr(b *testing.B) {
	facts := &audit.Rule{ID: "FACTS", Run: func(p *audit.Pass) { audit.Fact(p, tables.FactKey, tables.Analyze) }}
	for _, in := range []struct {
		name string
		doc  func(testing.TB) *model.Document
	}{
		{"report-2022.txt", func(t testing.TB) *model.Document { return ruletest.Seed(t, testenv.Seed(t, "report-2022.txt")) }},
		{"report-2022.docx", func(t testing.TB) *model.Document { return ruletest.Seed(t, testenv.Seed(t, "report-2022.docx")) }},
		{"big.txt", bigDoc},
	} {
		b.Run(in.name, func(b *testing.B) {
			doc := in.doc(b)
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
		})
	}
}

// bigDoc is bench/gobench's big.txt (synth.BigText), parsed.
func bigDoc(b testing.TB) *model.Document {
	b.Helper()
	data, err := synth.BigText(200)
	if err != nil {
		b.Fatal(err)
	}
	return ruletest.Text(b, "big.txt", string(data))
}
