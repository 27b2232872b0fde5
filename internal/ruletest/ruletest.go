package ruletest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/parser/text"
)

// Text reads src in the TAB text format with parser/text.
func Text(t testing.TB, name, src string) *model.Document {
	t.Helper()
	d, err := text.ParseBytes(context.Background(), []byte(src), name, text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Fixture is a fixture's text with its markers taken out.
type Fixture struct {
	Name   string
	Source string // the text without comment lines and markers
	wants  []want
}

// want is a marker: its rule, its text and how often that text occurs in
// Source before it, so that it can be found in any document read from
// Source (the text format, or a .docx written from it).
type want struct {
	rule, text string
	nth        int
}

// Mark is an expected finding: the rule and the span of the marked text.
type Mark struct {
	Rule string
	Span model.Span
	Text string
}

// ParseFixture drops comment lines from src and takes out its markers.
func ParseFixture(name, src string) (*Fixture, error) {
	var lines []string
	for _, l := range strings.Split(src, "\n") {
		if !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	rest := strings.Join(lines, "\n")
	var clean strings.Builder
	f := &Fixture{Name: name}
	for {
		i := strings.Index(rest, "⟦")
		if i < 0 {
			clean.WriteString(rest)
			break
		}
		clean.WriteString(rest[:i])
		rest = rest[i+len("⟦"):]
		j := strings.Index(rest, "⟧")
		if j < 0 {
			return nil, fmt.Errorf("%s: unclosed ⟦", name)
		}
		body := rest[:j]
		rest = rest[j+len("⟧"):]
		rules, txt, ok := strings.Cut(body, ":")
		if !ok || rules == "" || txt == "" {
			return nil, fmt.Errorf("%s: marker ⟦%s⟧ is not ⟦RULE:text⟧", name, body)
		}
		for _, r := range strings.Split(rules, ",") {
			f.wants = append(f.wants, want{rule: r, text: txt, nth: strings.Count(clean.String(), txt)})
		}
		clean.WriteString(txt)
	}
	f.Source = clean.String()
	return f, nil
}

// Load reads the fixture at path.
func Load(t testing.TB, path string) *Fixture {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFixture(filepath.Base(path), string(src))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// Doc reads the fixture's text with parser/text.
func (f *Fixture) Doc(t testing.TB) *model.Document {
	t.Helper()
	return Text(t, f.Name, f.Source)
}

// Marks finds the markers in doc, a document read from the fixture's text.
func (f *Fixture) Marks(doc *model.Document) ([]Mark, error) {
	var marks []Mark
	for _, w := range f.wants {
		off, n := 0, -1
		for k := 0; k <= w.nth; k++ {
			i := strings.Index(doc.Text[off:], w.text)
			if i < 0 {
				return nil, fmt.Errorf("%s: marked text %q not found in the document", f.Name, w.text)
			}
			n = off + i
			off = n + len(w.text)
		}
		marks = append(marks, Mark{Rule: w.rule, Span: model.Span{Start: n, End: n + len(w.text)}, Text: w.text})
	}
	return marks, nil
}

// Parse takes the markers out of src, reads the rest with parser/text and
// returns the marks with their spans in the document.
func Parse(name, src string) (*model.Document, []Mark, error) {
	f, err := ParseFixture(name, src)
	if err != nil {
		return nil, nil, err
	}
	doc, err := text.ParseBytes(context.Background(), []byte(f.Source), name, text.Options{})
	if err != nil {
		return nil, nil, err
	}
	marks, err := f.Marks(doc)
	return doc, marks, err
}

// Files lists the fixtures under dir (files ending in .txt).
func Files(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	return files
}

// Run checks every fixture under dir against rules (see Check). A fixture
// whose name contains "clean" must have no markers, any other at least one.
func Run(t *testing.T, dir string, rules []*audit.Rule) {
	t.Helper()
	for _, path := range Files(t, dir) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			f := Load(t, path)
			if strings.Contains(f.Name, "clean") != (len(f.wants) == 0) {
				t.Fatalf("clean fixtures must have no markers and others at least one (%d markers)", len(f.wants))
			}
			doc := f.Doc(t)
			marks, err := f.Marks(doc)
			if err != nil {
				t.Fatal(err)
			}
			Check(t, doc, marks, audit.Run(doc, rules))
		})
	}
}

// Check compares the findings of Warning severity or above with marks:
// each finding must overlap a mark of its rule, each mark must be hit by
// exactly one finding, and each finding must have a message in both
// languages.
func Check(t *testing.T, doc *model.Document, marks []Mark, findings []audit.Finding) {
	t.Helper()
	hits := make([]int, len(marks))
	for _, f := range findings {
		if f.Severity < audit.Warning {
			continue
		}
		ok := false
		for i, m := range marks {
			if m.Rule == f.Rule && overlaps(m.Span, f.Span) {
				hits[i]++
				ok = true
			}
		}
		if !ok {
			t.Errorf("unexpected %s %s at %s «%s»: %s (%s)", f.Rule, f.Severity, f.Location, doc.Slice(f.Span), f.Message, f.Expr)
		}
		if f.Message == "" || f.MessageEN == "" {
			t.Errorf("%s: finding without a message in both languages", f.Rule)
		}
	}
	for i, m := range marks {
		switch {
		case hits[i] == 0:
			t.Errorf("missing %s at «%s» (%s)", m.Rule, m.Text, doc.Position(m.Span.Start))
		case hits[i] > 1:
			t.Errorf("%d findings of %s at «%s» (%s), want one", hits[i], m.Rule, m.Text, doc.Position(m.Span.Start))
		}
	}
}

// overlaps reports whether the span of a finding b touches the marked span
// a; an empty b must lie within a.
func overlaps(a, b model.Span) bool {
	if b.Start == b.End {
		return a.Start <= b.Start && b.Start <= a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// EachSeed runs check as subtests "txt" and "docx" on the bundled example
// report read by the parser from its text export and from the .docx.
func EachSeed(t *testing.T, check func(*testing.T, *model.Document)) {
	for _, f := range []string{"txt", "docx"} {
		t.Run(f, func(t *testing.T) { check(t, Seed(t, testenv.Seed(t, "report-2022."+f))) })
	}
}

// Seed reads a file of the bundled example report with the parser.
func Seed(t testing.TB, path string) *model.Document {
	t.Helper()
	d, err := parser.ParseFile(context.Background(), path, parser.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}
