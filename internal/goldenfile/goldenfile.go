package goldenfile

import (
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with the file at path. With update it writes got to
// path (creating its directory) instead, so the caller's -update flag
// accepts new output; review the diff before committing.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run with -update to accept after checking):\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
