package cli

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"github.com/crossfoot/crossfoot/rules"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/report"
	"github.com/crossfoot/crossfoot/report/modeljson"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// fakeParse reads a file as one paragraph per line. A file starting with
// CORRUPT fails like a damaged .docx; one starting with PANIC crashes the
// parser. It lets the command line be tested without the real parsers.
func fakeParse(ctx context.Context, path string) (*model.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := string(data)
	switch {
	case strings.HasPrefix(s, "CORRUPT"):
		return nil, fmt.Errorf("%s: %w: zip: not a valid zip file", path, parser.ErrCorrupt)
	case strings.HasPrefix(s, "PANIC"):
		var m map[string]int
		m["boom"]++ // a genuine runtime panic
	}
	b := model.NewBuilder(path, "text")
	for _, line := range strings.Split(strings.TrimRight(s, "\n"), "\n") {
		b.Text(line)
	}
	return b.Document(), nil
}

// marker reports one finding per paragraph containing word.
func marker(id string, sev audit.Severity, word string) *audit.Rule {
	return &audit.Rule{
		ID: id, Severity: sev,
		Doc: audit.Doc{Title: "含 " + word, TitleEN: "contains " + word,
			Explain: "段落中出现 " + word + " 时报告。", ExplainEN: "Reports paragraphs containing " + word + ".",
			Bad: "这里 " + word, Good: "这里没有"},
		Run: func(p *audit.Pass) {
			for _, b := range p.Doc.Paragraphs() {
				sp := b.Extent()
				txt := p.Doc.Slice(sp)
				if i := strings.Index(txt, word); i >= 0 {
					if strings.Contains(txt, "RULEPANIC") && id == "T99" {
						panic("rule crashed")
					}
					p.Report(audit.Finding{
						Severity: sev,
						Message:  "段落含 " + word, MessageEN: "paragraph contains " + word,
						Span:       model.Span{Start: sp.Start + i, End: sp.Start + i + len(word)},
						Expr:       "1 + 1 = 2 ≠ 3，差 1",
						Confidence: 0.85,
					})
				}
			}
		},
	}
}

func fakeRules(rules.Options) []*audit.Rule {
	return []*audit.Rule{
		marker("T01", audit.Error, "ERR"),
		marker("T02", audit.Warning, "WARN"),
		marker("T03", audit.Info, "INFO"),
		marker("T99", audit.Info, "RULEPANIC"),
	}
}

type runResult struct {
	code           int
	stdout, stderr string
}

func runFake(t *testing.T, args ...string) runResult {
	t.Helper()
	return runWith(t, context.Background(), nil, args...)
}

func runWith(t *testing.T, ctx context.Context, tweak func(*env), args ...string) runResult {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdout: &out, stderr: &errb,
		parse:      fakeParse,
		rules:      fakeRules,
		isTerminal: func(io.Writer) bool { return false },
		termWidth:  func(io.Writer) int { return 0 },
		getenv:     func(string) string { return "" },
	}
	if tweak != nil {
		tweak(e)
	}
	code := run(ctx, args, e)
	return runResult{code, out.String(), errb.String()}
}

func TestExitCodesAndUsage(t *testing.T) {
	const a, b, d = "testdata/batch/a.txt", "testdata/batch/b.txt", "testdata/batch/sub/d.md"
	tests := []struct {
		name       string
		args       []string
		code       int
		stdout     string // substring expected in stdout
		stderr     string // substring expected in stderr
		emptyError bool   // stderr must be empty
	}{
		{"no arguments", nil, ExitUsage, "", "crossfoot help", false},
		{"help", []string{"help"}, ExitClean, "用法", "", true},
		{"--help", []string{"--help"}, ExitClean, "命令", "", true},
		{"help audit", []string{"help", "audit"}, ExitClean, "--fail-on", "", true},
		{"help unknown", []string{"help", "nope"}, ExitUsage, "", "未知命令", false},
		{"audit -h", []string{"audit", "-h"}, ExitClean, "--min-severity", "", true},
		{"version flag", []string{"--version"}, ExitClean, "crossfoot ", "", true},
		{"version command", []string{"version"}, ExitClean, "crossfoot ", "", true},
		{"unknown command", []string{"frobnicate"}, ExitUsage, "", "crossfoot help", false},
		{"file instead of command", []string{a}, ExitUsage, "", "crossfoot audit " + a, false},
		{"clean file", []string{"audit", b}, ExitClean, "未发现问题", "", true},
		{"error finding", []string{"audit", a}, ExitFindings, "T01", "", true},
		{"flags after files", []string{"audit", a, "--format", "line"}, ExitFindings, a + ":第2段 第4字: error T01", "", true},
		{"warning below fail-on", []string{"audit", "--rules", "T02", d}, ExitClean, "T02", "", true},
		{"fail-on warning", []string{"audit", "--rules", "T02", "--fail-on", "warning", d}, ExitFindings, "T02", "", true},
		{"hidden info still fails", []string{"audit", "--rules", "T03", "--fail-on", "info", a}, ExitFindings, "另有 1 处", "", true},
		{"min-severity info shows it", []string{"audit", "--rules", "T03", "--min-severity", "info", "--format", "line", a}, ExitClean, "info T03", "", true},
		{"disable", []string{"audit", "--disable", "T01", a}, ExitClean, "", "", true},
		{"family prefix", []string{"audit", "--rules", "t", "--format", "line", a}, ExitFindings, "T01", "", true},
		{"unknown rule", []string{"audit", "--rules", "T42", a}, ExitUsage, "", "crossfoot rules", false},
		{"bad format", []string{"audit", "--format", "xml", a}, ExitUsage, "", "--format", false},
		{"bad severity", []string{"audit", "--fail-on", "fatal", a}, ExitUsage, "", "--fail-on", false},
		{"bad lang", []string{"audit", "--lang", "fr", a}, ExitUsage, "", "--lang", false},
		{"bad jobs", []string{"audit", "--jobs", "0", a}, ExitUsage, "", "--jobs", false},
		{"jobs not a number", []string{"audit", "--jobs", "many", a}, ExitUsage, "", `选项 --jobs 的值 "many" 无效`, false},
		{"unknown flag", []string{"audit", "--frob", a}, ExitUsage, "", "未知选项 --frob", false},
		{"misspelt flag", []string{"audit", "--formt", "line", a}, ExitUsage, "", "是否想用 --format？", false},
		{"missing flag value", []string{"audit", a, "--format"}, ExitUsage, "", "需要一个值", false},
		{"no files", []string{"audit"}, ExitUsage, "", "缺少", false},
		{"missing file", []string{"audit", "testdata/nope.docx"}, ExitUsage, "", "testdata/nope.docx: 文件不存在（请检查路径和文件名）", false},
		{"missing file in English", []string{"audit", "--lang", "en", "testdata/nope.docx"}, ExitUsage, "", "testdata/nope.docx: no such file", false},
		{"input error wins over findings", []string{"audit", a, "testdata/nope.docx"}, ExitUsage, "T01", "nope.docx", false},
		{"double dash", []string{"audit", "--format", "line", "--", a}, ExitFindings, "T01", "", true},
		{"extract needs a file", []string{"extract"}, ExitUsage, "", "缺少文件", false},
		{"extract one file only", []string{"extract", a, b}, ExitUsage, "", "一次只能处理一个文件", false},
		{"extract bad format", []string{"extract", "--format", "html", a}, ExitUsage, "", "--format", false},
		{"extract corrupt", []string{"extract", "testdata/batch/c.docx"}, ExitUsage, "", "c.docx: 文件已损坏或不完整", false},
		{"rules explain unknown", []string{"rules", "explain", "X1"}, ExitUsage, "", "没有规则", false},
		{"rules explain without id", []string{"rules", "explain"}, ExitUsage, "", "规则编号", false},
		{"rules bad argument", []string{"rules", "show"}, ExitUsage, "", "未知参数", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runFake(t, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, r.stdout)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.emptyError && r.stderr != "" {
				t.Errorf("unexpected stderr:\n%s", r.stderr)
			}
			// Usage errors always carry a hint on a second line.
			if r.code == ExitUsage && strings.Count(r.stderr, "\n") < 1 {
				t.Errorf("usage error without a hint: %q", r.stderr)
			}
		})
	}
}

func TestCorruptFileInBatch(t *testing.T) {
	r := runFake(t, "audit", "--format", "line", "testdata/batch")
	if r.code != ExitUsage {
		t.Errorf("exit code %d, want %d (an input failed)", r.code, ExitUsage)
	}
	want := "testdata/batch/c.docx: 文件已损坏或不完整: zip: not a valid zip file（请用 Word 或 WPS 打开并另存为 .docx 后再试）\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%q\nwant one line:\n%q", r.stderr, want)
	}
	for _, s := range []string{"testdata/batch/a.txt:", "testdata/batch/sub/d.md:"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("the rest of the batch was not audited: no %q in\n%s", s, r.stdout)
		}
	}
	for _, s := range []string{".hidden", "~$lock", "ignored.pdf"} {
		if strings.Contains(r.stdout+r.stderr, s) {
			t.Errorf("%s should have been skipped when expanding the directory", s)
		}
	}
}

func TestPanicsAreContained(t *testing.T) {
	r := runFake(t, "audit", "--format", "line", "testdata/panic.txt", "testdata/rulepanic.txt", "testdata/batch/a.txt")
	if r.code != ExitUsage {
		t.Errorf("exit code %d, want %d", r.code, ExitUsage)
	}
	if !strings.Contains(r.stderr, "testdata/panic.txt: 内部错误：assignment to entry in nil map（位于 cli.fakeParse (cli_test.go:") {
		t.Errorf("parser panic not reported:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "testdata/rulepanic.txt: 注意：规则 T99 内部错误") {
		t.Errorf("rule panic not reported:\n%s", r.stderr)
	}
	// The other rules still ran on the file whose rule crashed, and the
	// next file was audited.
	for _, s := range []string{"testdata/rulepanic.txt:第2段 第11字: error T01", "testdata/batch/a.txt:第2段 第4字: error T01"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
}

func TestGoldenOutputs(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"batch.line", []string{"audit", "--format", "line", "testdata/batch"}},
		{"batch-info-en.line", []string{"audit", "--format", "line", "--lang", "en", "--min-severity", "info", "testdata/batch"}},
		{"batch.json", []string{"audit", "--format", "json", "--min-severity", "info", "testdata/batch"}},
		{"batch.text", []string{"audit", "--width", "90", "testdata/batch"}},
		{"rules.text", []string{"rules"}},
		{"rules.md", []string{"rules", "--format", "md"}},
		{"explain.text", []string{"rules", "explain", "t01"}},
		{"explain-en.text", []string{"rules", "explain", "T02", "--lang", "en"}},
		{"extract.md", []string{"extract", "testdata/batch/a.txt"}},
		{"extract.json", []string{"extract", "--format", "json", "testdata/batch/sub/d.md"}},
		{"extract.dump", []string{"extract", "--format", "dump", "testdata/batch/a.txt"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runFake(t, tt.args...)
			got := fmt.Sprintf("$ crossfoot %s\nexit %d\n--- stderr\n%s--- stdout\n%s", strings.Join(tt.args, " "), r.code, r.stderr, r.stdout)
			checkGolden(t, filepath.Join("testdata", "golden", tt.name), got)
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	goldenfile.Check(t, path, got, *update)
}

func TestJSONOutputDecodes(t *testing.T) {
	r := runFake(t, "audit", "--format", "json", "testdata/batch", "testdata/batch/b.txt")
	rep, err := report.ReadJSON(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	var paths []string
	for _, d := range rep.Documents {
		paths = append(paths, d.Path)
	}
	// b.txt named again is not audited twice.
	want := "testdata/batch/a.txt testdata/batch/b.txt testdata/batch/c.docx testdata/batch/sub/d.md"
	if got := strings.Join(paths, " "); got != want {
		t.Errorf("documents %s, want %s", got, want)
	}
	if rep.Documents[2].Error == "" || len(rep.Documents[2].Findings) != 0 {
		t.Errorf("corrupt document: %+v", rep.Documents[2])
	}
	if f := rep.Documents[0].Findings; len(f) != 1 || f[0].Rule != "T01" || f[0].Severity != "error" || f[0].Location.Paragraph != 2 {
		t.Errorf("a.txt findings: %+v", f)
	}
}

// TestJobsDeterministic audits many files with one and with many workers:
// the output must be identical and in input order.
func TestJobsDeterministic(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := range 40 {
		name := filepath.Join(dir, fmt.Sprintf("f%02d.txt", i))
		body := strings.Repeat("正常段落。\n", i%7) + fmt.Sprintf("第 %d 个文件 ERR\n", i)
		if i%9 == 4 {
			body = "CORRUPT\n"
		} else {
			want = append(want, name)
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var outputs []runResult
	for _, jobs := range []string{"1", "3", "16"} {
		outputs = append(outputs, runFake(t, "audit", "--format", "line", "--jobs", jobs, dir))
	}
	for i, o := range outputs[1:] {
		if o != outputs[0] {
			t.Errorf("run %d differs from --jobs 1:\n%s\nvs\n%s", i+1, o.stdout, outputs[0].stdout)
		}
	}
	lines := strings.Split(strings.TrimSpace(outputs[0].stdout), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, l := range lines {
		if !strings.HasPrefix(l, want[i]+":") {
			t.Errorf("line %d = %q, want file %s", i, l, want[i])
		}
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := runWith(t, ctx, nil, "audit", "--format", "line", "testdata/batch/a.txt", "testdata/batch/b.txt")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "已中断") {
		t.Errorf("exit %d, stderr %q; want 2 and 已中断", r.code, r.stderr)
	}
}

func TestColourOnlyOnTerminals(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		env      map[string]string
		format   string
		colour   bool
	}{
		{"pipe", false, nil, "text", false},
		{"terminal", true, nil, "text", true},
		{"NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, "text", false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, "text", false},
		{"line format", true, nil, "line", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, context.Background(), func(e *env) {
				e.isTerminal = func(io.Writer) bool { return tt.terminal }
				e.getenv = func(k string) string { return tt.env[k] }
			}, "audit", "--format", tt.format, "testdata/batch/a.txt")
			if got := strings.Contains(r.stdout, "\x1b["); got != tt.colour {
				t.Errorf("colour = %v, want %v:\n%s", got, tt.colour, r.stdout)
			}
		})
	}
}

func TestExtractJSONIsTheWireFormat(t *testing.T) {
	r := runFake(t, "extract", "--format", "json", "testdata/batch/a.txt")
	if r.code != ExitClean {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	d, err := modeljson.Read(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "testdata/batch/a.txt" || len(d.Blocks) != 3 || d.Blocks[1].Text != "这里 ERR 合计不符。" {
		t.Errorf("unexpected document: %+v", d)
	}
}

func TestSelectRules(t *testing.T) {
	all := []*audit.Rule{{ID: "TBL001"}, {ID: "TBL002"}, {ID: "PRS001"}, {ID: "YR001"}}
	tests := []struct {
		only, disable string
		want          string
		err           bool
	}{
		{"", "", "PRS001 TBL001 TBL002 YR001", false},
		{"tbl", "", "TBL001 TBL002", false},
		{"TBL, yr001", "TBL002", "TBL001 YR001", false},
		{"", "PRS", "TBL001 TBL002 YR001", false},
		{"TB", "", "", true}, // a family is all of an ID's letters
		{"", "XRF001", "", true},
		{"TBL0", "", "", true}, // not a family: letters only
	}
	for _, tt := range tests {
		got, err := selectRules(all, tt.only, tt.disable)
		if (err != nil) != tt.err {
			t.Errorf("selectRules(%q, %q) error %v, want error %v", tt.only, tt.disable, err, tt.err)
			continue
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.ID)
		}
		if !tt.err && strings.Join(ids, " ") != tt.want {
			t.Errorf("selectRules(%q, %q) = %v, want %s", tt.only, tt.disable, ids, tt.want)
		}
	}
}

func TestVersionFromLdflags(t *testing.T) {
	old := Version
	t.Cleanup(func() { Version = old })
	Version = "v9.8.7"
	if r := runFake(t, "--version"); !strings.HasPrefix(r.stdout, "crossfoot v9.8.7 ") {
		t.Errorf("version output %q", r.stdout)
	}
}

func TestTableWidth(t *testing.T) {
	longest := func(s string) int {
		n := 0
		for _, l := range strings.Split(s, "\n") {
			n = max(n, report.Width(l))
		}
		return n
	}
	tests := []struct {
		name     string
		args     []string
		columns  string
		terminal int
		max      int
	}{
		{"--width", []string{"--width", "70"}, "", 200, 70},
		{"COLUMNS", nil, "72", 200, 72},
		{"terminal size", nil, "", 75, 75},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"audit"}, tt.args...)
			args = append(args, "testdata/batch/sub/d.md")
			r := runWith(t, context.Background(), func(e *env) {
				e.isTerminal = func(io.Writer) bool { return true }
				e.termWidth = func(io.Writer) int { return tt.terminal }
				e.getenv = func(k string) string {
					if k == "COLUMNS" {
						return tt.columns
					}
					return ""
				}
			}, args...)
			plain := twwidth.Filter().ReplaceAllString(r.stdout, "")
			if w := longest(plain); w > tt.max || w < tt.max-25 {
				t.Errorf("table is %d columns wide, want about %d:\n%s", w, tt.max, plain)
			}
		})
	}
}

func TestBaseline(t *testing.T) {
	base := filepath.Join(t.TempDir(), "base.json")
	first := runFake(t, "audit", "--format", "json", "testdata/batch/a.txt")
	if err := os.WriteFile(base, []byte(first.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	// Fingerprints ignore the file and the exact position: d.md's ERR
	// finding (same rule, text and arithmetic) counts as known too; its WARN
	// finding is new.
	r := runFake(t, "audit", "--format", "line", "--fail-on", "warning", "--baseline", base, "testdata/batch/a.txt", "testdata/batch/sub/d.md")
	if strings.Contains(r.stdout, "a.txt") || strings.Contains(r.stdout, "T01") || !strings.Contains(r.stdout, "d.md:第2段 第5字: warning T02") {
		t.Errorf("baseline not applied:\n%s", r.stdout)
	}
	if r.code != ExitFindings || !strings.Contains(r.stderr, "基线") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	// With only baselined findings left, the run is clean.
	if r := runFake(t, "audit", "--baseline", base, "testdata/batch/a.txt"); r.code != ExitClean {
		t.Errorf("exit %d with every finding in the baseline", r.code)
	}
	if r := runFake(t, "audit", "--baseline", "testdata/batch/a.txt", "testdata/batch/b.txt"); r.code != ExitUsage {
		t.Errorf("a baseline that is not a JSON report: exit %d", r.code)
	}
}
