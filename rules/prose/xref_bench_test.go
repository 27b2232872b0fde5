package prose

import (
	"runtime"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/rules/years"
	"github.com/crossfoot/crossfoot/tables"
)

// BenchmarkXRFOwn measures what the XRF rules cost beyond the facts they
// share with other families (the table analysis, the prose units, the
// report year), which a full audit computes anyway: each iteration audits
// with a rule that only makes those facts, then with that rule and the XRF
// rules, and the metrics are the differences (time: the fastest of each,
// which keeps them stable on a busy machine; allocations: the means).
//
//	go test ./rules/prose -run XXX -bench XRFOwn -benchtime 100x
func BenchmarkXRFOwn(b *testing.B) {
	facts := xrfFacts()
	for _, in := range xrfBenchDocs(b) {
		b.Run(in.name, func(b *testing.B) {
			base := []*audit.Rule{facts}
			withXRF := []*audit.Rule{facts, XRF001, XRF002, XRF003}
			var fastBase, fastXRF time.Duration
			var ms runtime.MemStats
			var allocsBase, bytesBase, allocsXRF, bytesXRF uint64
			measure := func(rs []*audit.Rule, fastest *time.Duration, allocs, bytes *uint64) {
				runtime.ReadMemStats(&ms)
				m0, b0 := ms.Mallocs, ms.TotalAlloc
				t := time.Now()
				audit.Run(in.doc, rs)
				d := time.Since(t)
				runtime.ReadMemStats(&ms)
				*allocs += ms.Mallocs - m0
				*bytes += ms.TotalAlloc - b0
				if *fastest == 0 || d < *fastest {
					*fastest = d
				}
			}
			n := 0
			for b.Loop() {
				measure(base, &fastBase, &allocsBase, &bytesBase)
				measure(withXRF, &fastXRF, &allocsXRF, &bytesXRF)
				n++
			}
			b.ReportMetric(0, "ns/op")
			b.ReportMetric(float64(fastXRF-fastBase)/1e3, "xrf-µs")
			b.ReportMetric(float64(bytesXRF-bytesBase)/float64(n), "xrf-B/op")
			b.ReportMetric(float64(allocsXRF-allocsBase)/float64(n), "xrf-allocs/op")
		})
	}
}

// xrfFacts is a rule that only makes the facts the XRF rules share with
// other families (the table analysis, the prose units, the report year),
// which a full audit computes anyway.
func xrfFacts() *audit.Rule {
	return &audit.Rule{ID: "FACTS", Run: func(p *audit.Pass) {
		audit.Fact(p, tables.FactKey, tables.Analyze)
		proseUnits(p)
		years.ReportYearOf(p)
	}}
}

// benchDoc is a document the XRF benchmarks audit.
type benchDoc struct {
	name string
	doc  *model.Document
}

// xrfBenchDocs are the seed in both formats and the 200-table document.
func xrfBenchDocs(b testing.TB) []benchDoc {
	return []benchDoc{
		{"report-2022.txt", parseSeed(b)},
		{"report-2022.docx", ruletest.Seed(b, testenv.Seed(b, "report-2022.docx"))},
		{"big.txt", bigDoc(b)},
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
