package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/rules/years"
	"github.com/crossfoot/crossfoot/tables"
)

// BenchmarkXRFInstr audits each document with the facts the XRF rules
// share with other families (facts) and with those and the XRF rules
// (xrf), for instruction counts: the difference of two callgrind runs of
// each, at -test.benchtime 1x and 201x, is what the XRF rules cost alone.
//
//	valgrind --tool=callgrind prose.test -test.run XXX -test.bench 'XRFInstr/report-2022.txt/xrf' -test.benchtime 201x
func BenchmarkXRFInstr(b *testing.B) {
	facts := &audit.Rule{ID: "FACTS", Run: func(p *audit.Pass) {
		audit.Fact(p, tables.FactKey, tables.Analyze)
		proseUnits(p)
		years.ReportYearOf(p)
	}}
	for _, in := range []struct {
		name string
		doc  func(testing.TB) *model.Document
	}{
		{"report-2022.txt", parseSeed},
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
				{"xrf", []*audit.Rule{facts, XRF001, XRF002, XRF003}},
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
