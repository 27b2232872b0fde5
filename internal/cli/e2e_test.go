package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/report"
)

// seedPath is the bundled example, relative to this package so that the
// goldens do not depend on where the repository is checked out.
func seedPath(name string) string {
	return filepath.ToSlash(filepath.Join("..", "..", "testdata", "seed", name))
}

// TestSeedEndToEnd runs the real parsers and rules on the bundled example
// through Run and compares exit code, stderr and stdout with goldens in
// testdata/e2e. The line format is the oracle: when a rule or parser
// changes, review the diff and accept it with
//
//	go test ./internal/cli -run TestSeedEndToEnd -update
func TestSeedEndToEnd(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"seed-txt.line", []string{"audit", "--format", "line", "--min-severity", "info", seedPath("report-2022.txt")}},
		{"seed-docx.line", []string{"audit", "--format", "line", "--min-severity", "info", seedPath("report-2022.docx")}},
		{"seed-en.line", []string{"audit", "--format", "line", "--lang", "en", seedPath("report-2022.txt"), seedPath("report-2022.docx")}},
		{"seed-txt.json", []string{"audit", "--format", "json", seedPath("report-2022.txt")}},
		{"seed-txt.text", []string{"audit", "--width", "120", seedPath("report-2022.txt")}},
		{"tables.md", []string{"extract", "--tables", "../../report/tableview/testdata/report.txt"}},
		{"tables-en.md", []string{"extract", "--tables", "--lang", "en", "../../report/tableview/testdata/report.txt"}},
		{"tables.json", []string{"extract", "--tables", "--format", "json", "../../report/tableview/testdata/report.txt"}},
		{"tables.dump", []string{"extract", "--tables", "--format", "dump", "../../report/tableview/testdata/report.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(context.Background(), tt.args, &out, &errb)
			got := fmt.Sprintf("$ crossfoot %s\nexit %d\n--- stderr\n%s--- stdout\n%s", strings.Join(tt.args, " "), code, errb.String(), out.String())
			checkGolden(t, filepath.Join("testdata", "e2e", tt.name), got)
			if strings.Contains(errb.String(), "内部错误") {
				t.Errorf("internal error on the seed:\n%s", errb.String())
			}
		})
	}
}

// TestCorpusBatch audits the whole shared corpus in one batch, as a user
// would, and checks the command line's promises: no crash, one JSON
// document per file in input order, exit code 0/1/2, every unreadable file
// explained on one stderr line, no internal errors.
func TestCorpusBatch(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus batch skipped in -short mode")
	}
	dir := testenv.Corpus(t)
	files := expand([]string{dir})
	var out, errb bytes.Buffer
	code := Run(context.Background(), []string{"audit", "--format", "json", "--min-severity", "info", dir}, &out, &errb)
	if code != ExitClean && code != ExitFindings && code != ExitUsage {
		t.Fatalf("exit code %d", code)
	}
	rep, err := report.ReadJSON(&out)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Documents) != len(files) {
		t.Fatalf("%d documents for %d files", len(rep.Documents), len(files))
	}
	var failed, findings int
	bySev := map[string]int{}
	byRule := map[string]int{}
	for i, d := range rep.Documents {
		if d.Path != files[i].path {
			t.Fatalf("document %d is %s, want %s (input order)", i, d.Path, files[i].path)
		}
		if d.Error != "" {
			failed++
		}
		for _, f := range d.Findings {
			findings++
			bySev[f.Severity]++
			byRule[f.Rule]++
		}
	}
	lines := strings.Split(strings.TrimRight(errb.String(), "\n"), "\n")
	errLines := 0
	for _, l := range lines {
		if strings.Contains(l, "内部错误") {
			t.Errorf("internal error: %s", l)
		}
		if !strings.Contains(l, "注意：") && l != "" {
			errLines++
		}
	}
	if errLines != failed {
		t.Errorf("%d unreadable documents but %d error lines on stderr", failed, errLines)
	}
	if (failed > 0) != (code == ExitUsage) {
		t.Errorf("exit code %d with %d unreadable documents", code, failed)
	}
	t.Logf("corpus: %d files, %d unreadable, %d findings %v, exit %d", len(files), failed, findings, bySev, code)
	t.Logf("findings by rule: %v", byRule)
}

// TestSeedFormatsAgree: the bundled .txt and .docx hold the same report, so
// the findings (line format, path removed) must be the same. A difference
// means one parser reads the report differently from the other.
func TestSeedFormatsAgree(t *testing.T) {
	lines := func(name string) string {
		var out, errb bytes.Buffer
		code := Run(context.Background(), []string{"audit", "--format", "line", "--min-severity", "info", seedPath(name)}, &out, &errb)
		if code == ExitUsage {
			t.Fatalf("%s: exit %d: %s", name, code, errb.String())
		}
		return strings.ReplaceAll(out.String(), seedPath(name)+":", "")
	}
	txt, docx := lines("report-2022.txt"), lines("report-2022.docx")
	if txt != docx {
		t.Errorf("findings differ between the .txt and the .docx of the seed:\n--- txt\n%s--- docx\n%s", txt, docx)
	}
}

// BenchmarkAuditSeed measures a whole `crossfoot audit` of the bundled
// example (parse, all rules, line output) in-process.
func BenchmarkAuditSeed(b *testing.B) {
	for _, name := range []string{"report-2022.txt", "report-2022.docx"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if code := Run(context.Background(), []string{"audit", "--format", "line", seedPath(name)}, io.Discard, io.Discard); code == ExitUsage {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
