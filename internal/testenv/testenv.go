package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// Root returns the repository root (the directory holding go.mod).
func Root(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test's directory")
		}
		dir = parent
	}
}

// Seed returns the path of a file of the bundled example report
// (testdata/seed/report-2022.txt or .docx).
func Seed(t testing.TB, name string) string {
	return filepath.Join(Root(t), "testdata", "seed", name)
}

// Corpus returns the shared corpus directory ($CROSSFOOT_CORPUS, else
// ../shared/corpus beside the repository), skipping the test when absent.
func Corpus(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("CROSSFOOT_CORPUS")
	if dir == "" {
		dir = filepath.Join(Root(t), "..", "shared", "corpus")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("corpus not present at %s (set CROSSFOOT_CORPUS)", dir)
	}
	return dir
}
