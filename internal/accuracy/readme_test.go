package accuracy

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// TestREADMEAccuracy keeps the accuracy table published in README.md equal
// to testdata/accuracy.md, which TestAccuracy -update writes from a
// measurement. With -update the README block is rewritten too.
func TestREADMEAccuracy(t *testing.T) {
	want, err := os.ReadFile(filepath.Join("testdata", "accuracy.md"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(testenv.Root(t), "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- accuracy:begin -->\n", "<!-- accuracy:end -->"
	i, j := bytes.Index(readme, []byte(begin)), bytes.Index(readme, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the accuracy:begin … accuracy:end block")
	}
	if bytes.Equal(readme[i+len(begin):j], want) {
		return
	}
	if *update {
		fixed := append(append(append([]byte{}, readme[:i+len(begin)]...), want...), readme[j:]...)
		if err := os.WriteFile(path, fixed, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md accuracy table differs from testdata/accuracy.md: run go test ./internal/accuracy -run TestREADMEAccuracy -update")
}
