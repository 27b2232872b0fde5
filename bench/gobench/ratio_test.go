package gobench

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/rules"
	"github.com/crossfoot/crossfoot/tables"
)

// input is one document held in memory for the audit-vs-parse benchmarks.
type input struct {
	name string
	data []byte
}

// seedInputs returns the seed report in both formats.
func seedInputs(b *testing.B) []input {
	b.Helper()
	var in []input
	for _, name := range []string{"report-2022.txt", "report-2022.docx"} {
		data, err := os.ReadFile(testenv.Seed(b, name))
		if err != nil {
			b.Fatal(err)
		}
		in = append(in, input{name, data})
	}
	return in
}

// bigTables is the table count of the large text document.
const bigTables = 200

// bigInput is synth.BigText: generated text reports joined until the
// parsed document holds at least bigTables tables, the case where
// per-paragraph × per-cell work would show.
func bigInput(b *testing.B) input {
	b.Helper()
	data, err := synth.BigText(bigTables)
	if err != nil {
		b.Fatal(err)
	}
	return input{"big.txt", data}
}

func parse(b *testing.B, in input) *model.Document {
	b.Helper()
	doc, err := parser.Parse(context.Background(), bytes.NewReader(in.data), int64(len(in.data)), in.name, parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// family returns the built-in rules whose ID starts with prefix ("" = all).
func family(prefix string) []*audit.Rule {
	var out []*audit.Rule
	for _, r := range rules.All() {
		if strings.HasPrefix(r.ID, prefix) {
			out = append(out, r)
		}
	}
	return out
}

// ratioCases are the documents of BenchmarkAuditVsParse and friends: the
// seed in both formats, and the large document as text and rebuilt as Word.
func ratioCases(b *testing.B) []input {
	big := bigInput(b)
	bigDoc := parse(b, big)
	bigDocx := input{"big.docx", docxwrite.FromModel(bigDoc)}
	if n := len(parse(b, bigDocx).Tables); n != len(bigDoc.Tables) {
		b.Fatalf("big.docx has %d tables, big.txt %d", n, len(bigDoc.Tables))
	}
	return append(seedInputs(b), big, bigDocx)
}

// BenchmarkParseSeed parses the seed report (text and .docx) and the
// 200-table document; no rules.
func BenchmarkParseSeed(b *testing.B) {
	for _, in := range ratioCases(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				parse(b, in)
			}
		})
	}
}

// BenchmarkAuditSeed runs all rules over the pre-parsed documents of
// BenchmarkParseSeed (parsing not timed).
func BenchmarkAuditSeed(b *testing.B) {
	all := rules.All()
	for _, in := range ratioCases(b) {
		doc := parse(b, in)
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				audit.Run(doc, all)
			}
		})
	}
}

// BenchmarkAuditVsParse times parsing and auditing of the same document in
// each iteration and reports audit/parse: the cost of all rules in units of
// the parse ("the audit must not cost more than the parse": ≤ 1), and the
// same per rule family (TBL/parse, …) so a regression is easy to place.
// Each phase's fastest iteration is used, which keeps the ratios stable on a
// busy machine:
//
//	go test ./bench/gobench -run XXX -bench AuditVsParse -benchtime 20x
func BenchmarkAuditVsParse(b *testing.B) {
	all := rules.All()
	prefixes := []string{"TBL", "PRS", "XRF", "YR", "SEQ", "SCR"}
	fams := make([][]*audit.Rule, len(prefixes))
	for i, p := range prefixes {
		fams[i] = family(p)
	}
	for _, in := range ratioCases(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			var parseNs, auditNs fastest
			famNs := make([]fastest, len(prefixes))
			for b.Loop() {
				t0 := time.Now()
				doc := parse(b, in)
				t1 := time.Now()
				audit.Run(doc, all)
				parseNs.add(t1.Sub(t0))
				auditNs.add(time.Since(t1))
				for i, f := range fams {
					t := time.Now()
					audit.Run(doc, f)
					famNs[i].add(time.Since(t))
				}
			}
			b.ReportMetric(0, "ns/op") // an op mixes parse, audit and the families
			b.ReportMetric(float64(parseNs)/1e6, "parse-ms")
			b.ReportMetric(float64(auditNs)/1e6, "audit-ms")
			b.ReportMetric(float64(auditNs)/float64(parseNs), "audit/parse")
			for i, p := range prefixes {
				b.ReportMetric(float64(famNs[i])/float64(parseNs), p+"/parse")
			}
		})
	}
}

// fastest keeps the shortest duration added (0 = none yet).
type fastest time.Duration

func (f *fastest) add(d time.Duration) {
	if *f == 0 || fastest(d) < *f {
		*f = fastest(d)
	}
}

// BenchmarkFamily runs each rule family alone (shared facts included) over
// the pre-parsed documents of BenchmarkParseSeed, to see which family a
// change helps or hurts:
//
//	go test ./bench/gobench -run XXX -bench 'Family/report-2022.txt/YR' -benchtime 50x -cpuprofile cpu.out
func BenchmarkFamily(b *testing.B) {
	for _, in := range ratioCases(b) {
		doc := parse(b, in)
		b.Run(in.name, func(b *testing.B) {
			for _, p := range []string{"TBL", "PRS", "XRF", "YR", "SEQ", "SCR"} {
				rs := family(p)
				b.Run(p, func(b *testing.B) {
					b.SetBytes(int64(len(in.data)))
					for b.Loop() {
						audit.Run(doc, rs)
					}
				})
			}
		})
	}
}

// BenchmarkTablesAnalyze is the table analysis alone (tables.Analyze), the
// fact behind the TBL rules and the prose cross-references.
func BenchmarkTablesAnalyze(b *testing.B) {
	for _, in := range ratioCases(b) {
		doc := parse(b, in)
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			for b.Loop() {
				tables.Analyze(doc)
			}
		})
	}
}
