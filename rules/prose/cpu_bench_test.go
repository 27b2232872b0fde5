package prose

import (
	"syscall"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/rules/years"
	"github.com/crossfoot/crossfoot/tables"
)

// BenchmarkFamilyCPU runs the PRS and the XRF rules alone, as
// bench/gobench's BenchmarkFamily does, and reports the process's CPU time
// per audit (cpu-µs/op, garbage collection included) besides the wall
// time: on a machine shared with other work the CPU time is the steadier.
// FACTS makes only the facts the XRF rules share with other families (the
// table analysis, the prose units, the report year): XRF less FACTS is what
// the XRF rules cost in a whole audit.
//
//	go test ./rules/prose -run XXX -bench FamilyCPU -benchtime 50x
func BenchmarkFamilyCPU(b *testing.B) {
	var prs, xrf []*audit.Rule
	for _, r := range Rules {
		if r.ID[:3] == "PRS" {
			prs = append(prs, r)
		} else {
			xrf = append(xrf, r)
		}
	}
	for _, in := range []struct {
		name string
		doc  *model.Document
	}{
		{"report-2022.txt", parseSeed(b)},
		{"report-2022.docx", ruletest.Seed(b, testenv.Seed(b, "report-2022.docx"))},
		{"big.txt", bigDoc(b)},
	} {
		for _, fam := range []struct {
			name  string
			rules []*audit.Rule
		}{{"PRS", prs}, {"XRF", xrf}, {"FACTS", []*audit.Rule{factsRule}}} {
			b.Run(in.name+"/"+fam.name, func(b *testing.B) {
				b.ReportAllocs()
				start := cpuTime()
				n := 0
				for b.Loop() {
					audit.Run(in.doc, fam.rules)
					n++
				}
				b.ReportMetric(float64(cpuTime()-start)/float64(n)/1e3, "cpu-µs/op")
			})
		}
	}
}

// factsRule makes the facts the XRF rules share with other families.
var factsRule = &audit.Rule{ID: "FACTS", Run: func(p *audit.Pass) {
	audit.Fact(p, tables.FactKey, tables.Analyze)
	proseUnits(p)
	years.ReportYearOf(p)
}}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
