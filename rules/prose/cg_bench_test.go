package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
)

// BenchmarkXRFInstr audits each document with the facts the XRF rules
// share with other families (facts) and with those and the XRF rules
// (xrf), for instruction counts: the difference of two callgrind runs of
// each, at -test.benchtime 1x and 201x, is what the XRF rules cost alone.
//
//	valgrind --tool=callgrind prose.test -test.run XXX -test.bench 'XRFInstr/report-2022.txt/xrf' -test.benchtime 201x
func BenchmarkXRFInstr(b *testing.B) {
	facts := xrfFacts()
	for _, in := range xrfBenchDocs(b) {
		b.Run(in.name, func(b *testing.B) {
			doc := in.doc
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
