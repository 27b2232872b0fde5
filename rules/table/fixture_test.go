package table

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/parser/text"
)

// Fixtures are TAB-format reports (testdata/*.txt). A cell whose finding is
// expected carries a marker right after its figure: "\t720.00⟦TBL002⟧".
// The test parses the fixture with the markers to learn which cells they
// are in, parses it again without them, runs the rules and requires every
// warning or error to sit on a marked cell of its rule, and every marker
// to get its finding. Files named clean_*.txt have no markers: they must
// produce nothing at warning or above.
var marker = regexp.MustCompile(`⟦(TBL\d{3})⟧`)

type want struct {
	rule            string
	table, row, col int // 1-based, as in model.Position
}

func (w want) String() string {
	return fmt.Sprintf("%s@表%d 第%d行 第%d列", w.rule, w.table, w.row, w.col)
}

func parseText(t *testing.T, name string, data []byte) *model.Document {
	t.Helper()
	d, err := text.ParseBytes(context.Background(), data, name, text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// fixture returns the document without markers and the expected findings.
func fixture(t *testing.T, path string) (*model.Document, []want) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	marked := parseText(t, path, raw)
	var wants []want
	for _, tb := range marked.Tables {
		for _, c := range tb.Cells {
			for _, m := range marker.FindAllStringSubmatch(marked.Slice(c.Span), -1) {
				wants = append(wants, want{m[1], tb.Index + 1, c.Row + 1, c.Col + 1})
			}
		}
	}
	clean := marker.ReplaceAll(raw, nil)
	return parseText(t, path, clean), wants
}

// check compares findings at warning or above with the wanted ones.
func checkFindings(t *testing.T, d *model.Document, wants []want) {
	t.Helper()
	fs := audit.Filter(audit.Run(d, Rules), audit.Warning)
	var got []want
	for _, f := range fs {
		pos := d.Position(f.Span.Start)
		got = append(got, want{f.Rule, pos.Table, pos.Row, pos.Col})
	}
	key := func(ws []want) []string {
		var out []string
		for _, w := range ws {
			out = append(out, w.String())
		}
		sort.Strings(out)
		return out
	}
	g, w := strings.Join(key(got), "\n"), strings.Join(key(wants), "\n")
	if g != w {
		var b strings.Builder
		for _, f := range fs {
			fmt.Fprintf(&b, "  %s %s %s | %s\n", f.Rule, f.Severity, f.Message, f.Expr)
		}
		t.Errorf("findings:\n%s\nwant:\n%s\ndetails:\n%s", g, w, b.String())
	}
}

func fixtures(t *testing.T) []string {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	return files
}

func TestFixtures(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, wants := fixture(t, path)
			if strings.HasPrefix(filepath.Base(path), "clean_") != (len(wants) == 0) {
				t.Fatalf("clean_ fixtures must have no markers and others at least one (%d markers)", len(wants))
			}
			checkFindings(t, d, wants)
		})
	}
}

// TestFixturesDocx writes every fixture as a .docx (same cells, the short
// rows' last cell spanning the rest, as in the text export) and expects the
// same findings from the docx parser.
func TestFixturesDocx(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d, wants := fixture(t, path)
			data := toDocx(d).Bytes()
			dd, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "fixture.docx", parser.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkFindings(t, dd, wants)
		})
	}
}

// toDocx rebuilds a parsed document as a docxwrite description.
func toDocx(d *model.Document) docxwrite.Doc {
	var out docxwrite.Doc
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Paragraph:
			out.Blocks = append(out.Blocks, docxwrite.P(d.Slice(b.Span)))
		case *model.Heading:
			out.Blocks = append(out.Blocks, docxwrite.P(d.Slice(b.Span)))
		case *model.Table:
			var tb docxwrite.Table
			for r := 0; r < b.Rows; r++ {
				var row []docxwrite.Cell
				for _, c := range b.Cells {
					if c.Row == r {
						row = append(row, docxwrite.Cell{Text: d.Slice(c.Span), Span: c.ColSpan})
					}
				}
				tb.Rows = append(tb.Rows, row)
			}
			out.Blocks = append(out.Blocks, tb)
		}
	}
	return out
}
