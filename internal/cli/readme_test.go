package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// TestREADMERuleTable keeps the README's rule table equal to
// `crossfoot rules --format md`, the single source being each rule's Doc.
// Run with -update to rewrite the README block.
func TestREADMERuleTable(t *testing.T) {
	var out, errb bytes.Buffer
	if code := Run(context.Background(), []string{"rules", "--format", "md"}, &out, &errb); code != ExitClean {
		t.Fatalf("rules --format md: exit %d: %s", code, errb.String())
	}
	path := filepath.Join(testenv.Root(t), "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- rules:begin -->\n", "<!-- rules:end -->"
	i, j := bytes.Index(readme, []byte(begin)), bytes.Index(readme, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q … %q block", strings.TrimSpace(begin), end)
	}
	got := string(readme[i+len(begin) : j])
	if got == out.String() {
		return
	}
	if *update {
		fixed := append(append(append([]byte{}, readme[:i+len(begin)]...), out.Bytes()...), readme[j:]...)
		if err := os.WriteFile(path, fixed, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md rule table is out of date with the rules' Doc: run go test ./internal/cli -run TestREADMERuleTable -update")
}

// TestSynthThenAudit runs the hidden synth command and audits what it wrote:
// the generated batch holds injected mistakes, so audit must exit 1.
func TestSynthThenAudit(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := Run(context.Background(), []string{"synth", "-n", "3", "-seed", "7", "-out", dir}, &out, &errb); code != ExitClean {
		t.Fatalf("synth: exit %d: %s", code, errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := Run(context.Background(), []string{"audit", "--format", "line", dir}, &out, &errb); code != ExitFindings {
		t.Fatalf("audit of a synthetic batch: exit %d, want %d (stderr %s)", code, ExitFindings, errb.String())
	}
	if !strings.Contains(out.String(), "synth-0002") {
		t.Errorf("audit output names no generated file:\n%s", out.String())
	}
	var help bytes.Buffer
	Run(context.Background(), []string{"help"}, &help, &errb)
	if strings.Contains(help.String(), "synth") {
		t.Errorf("hidden command synth is listed in help")
	}
}

// TestRoundingFlag: four parts shown as 1.00 can add up to 4.03 only if the
// author truncated (each part may be up to 1.0099…); rounded half-up they
// cannot (at most 4.02), so the same table is an error under the default
// and consistent under --rounding truncate.
func TestRoundingFlag(t *testing.T) {
	doc := "收支表\n单位：万元\n\t项目\n\t金额\n\n\t甲\n\t1.00\n\n\t乙\n\t1.00\n\n\t丙\n\t1.00\n\n\t丁\n\t1.00\n\n\t合计\n\t4.03\n\n结束。\n"
	path := filepath.Join(t.TempDir(), "r.txt")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"audit", "--format", "line", "--rules", "TBL", path}, ExitFindings},
		{[]string{"audit", "--format", "line", "--rules", "TBL", "--rounding", "truncate", path}, ExitClean},
		{[]string{"audit", "--rounding", "up", path}, ExitUsage},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if code := Run(context.Background(), tt.args, &out, &errb); code != tt.code {
			t.Errorf("%v: exit %d, want %d\n%s%s", tt.args[1:], code, tt.code, out.String(), errb.String())
		}
	}
}
