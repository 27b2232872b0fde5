package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/goldenfile"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// sample returns hand-made results covering a table finding with
// arithmetic and hint, a prose finding, an info finding (hidden by
// default), a clean document and an unreadable one.
func sample() []Result {
	return []Result{
		{
			Path: "docs/报告.docx",
			Findings: []audit.Finding{
				{
					Rule: "TBL001", Severity: audit.Error,
					Message:   "「支出合计」与各分项之和不符：分项合计 1411.90，表中为 1413.16",
					MessageEN: "row total does not match its parts: parts add up to 1411.90, the table says 1413.16",
					Location: audit.Location{Table: 2, TableTitle: "部门（单位）年度支出和结余情况（万元）", Row: 5, Col: 2,
						RowLabel: "2.州中小微企业服务中心", ColumnPath: "支出合计"},
					Span:     model.Span{Start: 1200, End: 1207},
					Expr:     "3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26",
					Expected: "1411.90", Actual: "1413.16", Difference: "1.26",
					Confidence: 0.95, Hint: "疑似漏计一项", HintEN: "a part may be missing",
					Fingerprint: "0123456789abcdef",
				},
				{
					Rule: "PRS002", Severity: audit.Warning,
					Message:    "正文说「增加」，但数字是减少（降幅 3.2%）",
					MessageEN:  "the text says “increase” but the figures decrease (−3.2%)",
					Location:   audit.Location{Section: "二、（一）", Para: 7, Column: 14, Sentence: "比上年增加12.5万元，降幅3.2%。"},
					Span:       model.Span{Start: 2400, End: 2410},
					Related:    []model.Span{{Start: 1300, End: 1306}},
					Confidence: 0.6, Fingerprint: "fedcba9876543210",
				},
				{
					Rule: "TBL003", Severity: audit.Info,
					Message:    "舍入差 0.01，在允许范围内",
					Location:   audit.Location{Table: 3, Row: 4, Col: 3},
					Expr:       "1.005 + 2.004 = 3.01 ≈ 3.00",
					Confidence: 0.3, Fingerprint: "1111111111111111",
				},
			},
		},
		{Path: "docs/clean.txt"},
		{Path: "docs/bad.docx", Err: errors.New("docs/bad.docx: 文件已损坏或不完整（请用 Word 打开并另存为 .docx）")},
	}
}

func render(t *testing.T, format string, opt Options, rs []Result) string {
	t.Helper()
	var buf bytes.Buffer
	p, err := New(format, &buf, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := p.Document(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got, *update)
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name, format string
		opt          Options
	}{
		{"line.golden", "line", Options{MinSeverity: audit.Warning}},
		{"line-all.golden", "line", Options{MinSeverity: audit.Info}},
		{"line-en.golden", "line", Options{Lang: "en", MinSeverity: audit.Warning}},
		{"json.golden", "json", Options{MinSeverity: audit.Warning}},
		{"json-en.golden", "json", Options{Lang: "en", MinSeverity: audit.Info}},
		{"text.golden", "text", Options{MinSeverity: audit.Warning, Width: 100}},
		{"text-narrow.golden", "text", Options{MinSeverity: audit.Info, Width: 72}},
		{"text-en.golden", "text", Options{Lang: "en", MinSeverity: audit.Warning, Width: 110}},
		{"csv.golden", "csv", Options{MinSeverity: audit.Info}},
		{"md.golden", "md", Options{MinSeverity: audit.Warning}},
		{"md-en.golden", "md", Options{Lang: "en", MinSeverity: audit.Warning}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, render(t, tt.format, tt.opt, sample()))
		})
	}
}

func TestLineOneFindingPerLine(t *testing.T) {
	rs := sample()
	rs[0].Findings[0].Message = "第一行\n第二行\t制表"
	rs[0].Findings[0].Expr = "1 +\n2"
	out := render(t, "line", Options{MinSeverity: audit.Info}, rs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("want 3 lines (one per finding), got %d:\n%s", len(lines), out)
	}
	want := "docs/报告.docx:表2 第5行 第2列: error TBL001 第一行 第二行 制表 [1 + 2] (把握 高)"
	if lines[0] != want {
		t.Errorf("got  %s\nwant %s", lines[0], want)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	rs := sample()
	out := render(t, "json", Options{MinSeverity: audit.Info}, rs)
	rep, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Version != JSONVersion || len(rep.Documents) != len(rs) {
		t.Fatalf("version %d, %d documents", rep.Version, len(rep.Documents))
	}
	for i, r := range rs {
		d := rep.Documents[i]
		if d.Path != r.Path {
			t.Errorf("doc %d path %q, want %q", i, d.Path, r.Path)
		}
		if (r.Err != nil) != (d.Error != "") {
			t.Errorf("doc %d error %q, want %v", i, d.Error, r.Err)
		}
		if len(d.Findings) != len(r.Findings) {
			t.Fatalf("doc %d: %d findings, want %d", i, len(d.Findings), len(r.Findings))
		}
		for j, f := range r.Findings {
			g := d.Findings[j]
			sev, err := audit.ParseSeverity(g.Severity)
			if err != nil || sev != f.Severity {
				t.Errorf("severity %q, want %v", g.Severity, f.Severity)
			}
			if g.Rule != f.Rule || g.Message != f.Message || g.Expression != f.Expr || g.Confidence != f.Confidence ||
				g.Fingerprint != f.Fingerprint || g.Span.Start != f.Span.Start || g.Span.End != f.Span.End ||
				g.Location.Table != f.Location.Table || g.Location.Row != f.Location.Row || g.Location.Paragraph != f.Location.Para ||
				g.Location.Section != f.Location.Section || g.Location.Text != f.Location.String() || len(g.Related) != len(f.Related) {
				t.Errorf("finding %d.%d did not survive the round trip:\n got %+v\nfrom %+v", i, j, g, f)
			}
		}
	}
	if _, err := ReadJSON(strings.NewReader(`{"version":2,"documents":[]}`)); err == nil {
		t.Error("ReadJSON accepted version 2")
	}
}

func TestJSONEmpty(t *testing.T) {
	out := render(t, "json", Options{}, nil)
	rep, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents == nil || len(rep.Documents) != 0 {
		t.Errorf("want an empty documents array, got %s", out)
	}
}

func TestMinSeverityHidesButCounts(t *testing.T) {
	out := render(t, "json", Options{MinSeverity: audit.Error}, sample()[:1])
	rep, err := ReadJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	d := rep.Documents[0]
	if len(d.Findings) != 1 || d.Findings[0].Rule != "TBL001" {
		t.Errorf("want only TBL001 shown, got %+v", d.Findings)
	}
	if s := d.Summary; s.Error != 1 || s.Warning != 1 || s.Info != 1 || s.Hidden != 2 {
		t.Errorf("summary %+v", s)
	}
}

func TestTextColourOnlyWhenAsked(t *testing.T) {
	plain := render(t, "text", Options{}, sample())
	if strings.Contains(plain, "\x1b[") {
		t.Error("plain text output contains ANSI escapes")
	}
	col := render(t, "text", Options{Color: true}, sample())
	if !strings.Contains(col, ansiRed+"错误"+ansiReset) {
		t.Error("coloured output does not colour the severity")
	}
	if strip := twwidth.Filter().ReplaceAllString(col, ""); strip != plain {
		t.Errorf("colour changed the layout:\n%s\nvs\n%s", strip, plain)
	}
}

func TestTextFitsWidth(t *testing.T) {
	for _, width := range []int{72, 90, 120, 160} {
		out := render(t, "text", Options{Width: width, MinSeverity: audit.Info}, sample())
		for _, line := range strings.Split(out, "\n") {
			if !strings.HasPrefix(line, "│") && !strings.HasPrefix(line, "┌") {
				continue
			}
			if w := Width(line); w > width {
				t.Errorf("width %d: table line is %d columns: %s", width, w, line)
			}
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil {
		t.Error("New accepted an unknown format")
	}
}

// TestTextIgnoresEastAsianLocale: under a Chinese locale tablewriter would
// count box-drawing and other ambiguous characters as two columns and break
// the borders; the printer switches that off, whatever the process setting.
func TestTextIgnoresEastAsianLocale(t *testing.T) {
	want := render(t, "text", Options{Width: 100}, sample())
	twwidth.SetEastAsian(true)
	t.Cleanup(func() { twwidth.SetEastAsian(false) })
	if got := render(t, "text", Options{Width: 100}, sample()); got != want {
		t.Errorf("output changed under East Asian widths:\n%s", got)
	}
}

func TestCSVReadsBack(t *testing.T) {
	out := render(t, "csv", Options{MinSeverity: audit.Info}, sample())
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Error("CSV lacks the UTF-8 byte order mark Excel needs")
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 { // header + 3 findings
		t.Fatalf("%d records, want 4", len(recs))
	}
	for _, r := range recs {
		if len(r) != len(csvHeader[false]) {
			t.Errorf("record has %d fields: %q", len(r), r)
		}
	}
	if got := recs[1][8]; got != sample()[0].Findings[0].Expr {
		t.Errorf("expression column = %q", got)
	}
	if empty := render(t, "csv", Options{}, nil); strings.Count(empty, "\n") != 1 {
		t.Errorf("empty CSV should hold the header only: %q", empty)
	}
}

func TestCSVFormulaInjection(t *testing.T) {
	rs := sample()[:1]
	rs[0].Findings = rs[0].Findings[:1]
	rs[0].Findings[0].Message = "=HYPERLINK(\"http://x\")"
	out := render(t, "csv", Options{}, rs)
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[1][7]; got != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("message cell = %q, want it defused with a leading '", got)
	}
}
