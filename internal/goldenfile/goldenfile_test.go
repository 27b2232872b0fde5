package goldenfile

import (
	"path/filepath"
	"testing"
)

type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Helper()               {}

func TestCheck(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	Check(t, path, "a\n", true) // -update creates the file
	tests := []struct {
		got  string
		fail bool
	}{{"a\n", false}, {"b\n", true}}
	for _, tt := range tests {
		r := &recorder{TB: t}
		Check(r, path, tt.got, false)
		if r.failed != tt.fail {
			t.Errorf("Check(%q) failed = %v, want %v", tt.got, r.failed, tt.fail)
		}
	}
	r := &recorder{TB: t}
	Check(r, path+".missing", "a\n", false)
	if !r.failed {
		t.Errorf("a missing golden file must fail")
	}
}
