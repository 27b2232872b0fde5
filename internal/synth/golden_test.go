package synth

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden pins two generated documents with their truth so a
// generator change is a visible diff: the accuracy thresholds refer to a
// fixed batch, which such a change silently replaces.
func TestGolden(t *testing.T) {
	docs, err := GenerateDocs(Options{N: 3, Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs[1:] {
		truth, _ := json.MarshalIndent(d.Truth, "", "  ")
		for _, f := range []struct {
			name string
			data []byte
		}{{d.Base + ".txt", d.Txt}, {d.Base + ".truth.json", append(truth, '\n')}} {
			path := filepath.Join("testdata", "golden", f.name)
			if *update {
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.WriteFile(path, f.data, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./internal/synth -run TestGolden -update)", err)
			}
			if !bytes.Equal(want, f.data) {
				t.Errorf("%s differs from the golden file; if the generator change is intended, run with -update and re-measure the accuracy thresholds", f.name)
			}
		}
	}
}
