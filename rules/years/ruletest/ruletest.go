package ruletest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

// Build reads the TAB text format: a line starting with a TAB is a table
// cell, following lines without a TAB continue that cell, a blank line ends
// a row and consecutive rows form a table; any other line is a paragraph.
// As in parser/text, the last cell of a short row spans the remaining
// columns.
func Build(name, text string) *model.Document {
	b := model.NewBuilder(name, "text")
	text = strings.TrimPrefix(text, "\ufeff")
	var rows [][]string
	var row []string
	inRow := false
	endRow := func() {
		if inRow {
			rows = append(rows, row)
			row, inRow = nil, false
		}
	}
	flush := func() {
		endRow()
		if len(rows) == 0 {
			return
		}
		width := 0
		for _, r := range rows {
			width = max(width, len(r))
		}
		b.BeginTable()
		for _, r := range rows {
			b.BeginRow(0)
			for j, c := range r {
				span := 1
				if j == len(r)-1 {
					span = width - j
				}
				b.BeginCell(span, model.NoVMerge)
				for _, l := range strings.Split(c, "\n") {
					b.Text(l)
				}
				b.EndCell()
			}
			b.EndRow()
		}
		b.EndTable()
		rows = nil
	}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		trimmed := strings.TrimLeft(line, " \u3000")
		switch {
		case strings.HasPrefix(trimmed, "\t"):
			inRow = true
			row = append(row, trimmed[1:])
		case strings.TrimSpace(line) == "":
			endRow()
		case inRow:
			row[len(row)-1] += "\n" + line
		default:
			flush()
			b.Text(line)
		}
	}
	flush()
	return b.Document()
}

// Mark is an expected finding: the rule and the span of the marked text.
type Mark struct {
	Rule string
	Span model.Span
	Text string
}

// Parse strips ⟦RULE:text⟧ markers from src, builds the document and
// returns the marks with their spans in the built document.
func Parse(name, src string) (*model.Document, []Mark, error) {
	type raw struct {
		rule, text string
		occ        int // occurrence of text in the clean source before the mark
	}
	var clean strings.Builder
	var raws []raw
	rest := src
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
			return nil, nil, fmt.Errorf("%s: unclosed ⟦", name)
		}
		body := rest[:j]
		rest = rest[j+len("⟧"):]
		rule, text, ok := strings.Cut(body, ":")
		if !ok || rule == "" || text == "" {
			return nil, nil, fmt.Errorf("%s: marker ⟦%s⟧ is not ⟦RULE:text⟧", name, body)
		}
		raws = append(raws, raw{rule: rule, text: text, occ: strings.Count(clean.String(), text)})
		clean.WriteString(text)
	}
	doc := Build(name, clean.String())
	var marks []Mark
	for _, r := range raws {
		off, n := 0, -1
		for k := 0; k <= r.occ; k++ {
			i := strings.Index(doc.Text[off:], r.text)
			if i < 0 {
				return nil, nil, fmt.Errorf("%s: marked text %q not found in the built document", name, r.text)
			}
			n = off + i
			off = n + len(r.text)
		}
		marks = append(marks, Mark{Rule: r.rule, Span: model.Span{Start: n, End: n + len(r.text)}, Text: r.text})
	}
	return doc, marks, nil
}

// Run checks every fixture under dir (files ending in .txt) against rules:
// each finding of a rule under test must overlap a marker for that rule and
// each marker must be hit by a finding. Files without markers must produce
// no finding of at least Warning severity.
func Run(t *testing.T, dir string, rules []*audit.Rule) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, marks, err := Parse(filepath.Base(f), string(src))
			if err != nil {
				t.Fatal(err)
			}
			Check(t, doc, marks, audit.Run(doc, rules))
		})
	}
}

// Check compares findings with marks (see Run).
func Check(t *testing.T, doc *model.Document, marks []Mark, findings []audit.Finding) {
	t.Helper()
	hit := make([]bool, len(marks))
	for _, f := range findings {
		if f.Severity < audit.Warning {
			continue
		}
		ok := false
		for i, m := range marks {
			if m.Rule == f.Rule && overlaps(m.Span, f.Span) {
				hit[i], ok = true, true
			}
		}
		if !ok {
			t.Errorf("unexpected %s at %s (%q): %s", f.Rule, f.Location, doc.Slice(f.Span), f.Message)
		}
	}
	for i, m := range marks {
		if !hit[i] {
			t.Errorf("missing %s at %q (%s)", m.Rule, m.Text, doc.Position(m.Span.Start))
		}
	}
}

func overlaps(a, b model.Span) bool {
	if b.Start == b.End {
		return a.Start <= b.Start && b.Start <= a.End
	}
	return a.Start < b.End && b.Start < a.End
}

// Seed builds the bundled example report from its text export.
func Seed(t testing.TB, path string) *model.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Build(filepath.Base(path), string(src))
}

// SeedDocs returns the bundled example report read three ways: the text
// export through Build, the text export through the parser, and the .docx
// through the parser, keyed by those names.
func SeedDocs(t testing.TB, txtPath, docxPath string) []NamedDoc {
	t.Helper()
	out := []NamedDoc{{"txt-build", Seed(t, txtPath)}}
	for _, p := range []struct{ name, path string }{{"txt", txtPath}, {"docx", docxPath}} {
		d, err := parser.ParseFile(context.Background(), p.path, parser.Options{})
		if err != nil {
			t.Fatalf("%s: %v", p.path, err)
		}
		out = append(out, NamedDoc{p.name, d})
	}
	return out
}

// NamedDoc is a document with the name of the way it was read.
type NamedDoc struct {
	Name string
	Doc  *model.Document
}
