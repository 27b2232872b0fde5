package report

import (
	"fmt"
	"io"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
)

// many returns one document with n findings like sample's.
func many(n int) []Result {
	base := sample()[0].Findings
	r := Result{Path: "docs/报告.docx"}
	for i := range n {
		f := base[i%len(base)]
		f.Location.Row = i + 1
		f.Fingerprint = fmt.Sprintf("%016x", i)
		r.Findings = append(r.Findings, f)
	}
	return []Result{r}
}

func BenchmarkFormats(b *testing.B) {
	rs := many(200)
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, _ := New(format, io.Discard, Options{MinSeverity: audit.Info, Width: 120})
				for _, r := range rs {
					if err := p.Document(r); err != nil {
						b.Fatal(err)
					}
				}
				if err := p.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrap(b *testing.B) {
	s := "表2「部门（单位）年度支出和结余情况（万元）」 行「2.州中小微企业服务中心」 3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26"
	b.ReportAllocs()
	for b.Loop() {
		Wrap(s, 24)
	}
}
