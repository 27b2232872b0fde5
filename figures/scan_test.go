package figures

import (
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// checkOffsets compares scanner.off with the dense map at every rune start
// of the normalised text (the only offsets the scanner maps) and at its end.
func checkOffsets(t *testing.T, s string) {
	sc := newScanner(s)
	defer sc.release()
	if sc.ns != Normalize(s) {
		t.Fatalf("scanner text of %q = %q, want %q", s, sc.ns, Normalize(s))
	}
	dense := offsetMapRef(s, sc.ns)
	for i := range sc.ns {
		if got := sc.off(i); got != dense[i] {
			t.Fatalf("off(%d) in %q = %d, want %d", i, s, got, dense[i])
		}
	}
	if got := sc.off(len(sc.ns)); got != len(s) {
		t.Fatalf("off(end) in %q = %d, want %d", s, got, len(s))
	}
}

func seedLines(t testing.TB) []string {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	return strings.Split(string(data), "\n")
}

func TestScannerOffsets(t *testing.T) {
	for _, s := range append(normalizeCases, seedLines(t)...) {
		checkOffsets(t, s)
	}
}

// FuzzScannerOffsets checks scanner.off against the dense offset map.
func FuzzScannerOffsets(f *testing.F) {
	for _, s := range append(normalizeCases, "１２３．４５万元，其中", "\xff\xfe合计", "a\u3000b－c", "\uFFFD１") {
		f.Add(s)
	}
	f.Fuzz(checkOffsets)
}
