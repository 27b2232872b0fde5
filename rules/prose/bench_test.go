package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
)

// BenchmarkSeed runs every prose and cross-reference rule on the seed report
// (table analysis included), as one audit would.
func BenchmarkSeed(b *testing.B) {
	doc := parseSeed(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		audit.Run(doc, Rules)
	}
}
