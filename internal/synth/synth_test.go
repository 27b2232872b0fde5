package synth

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/parser/text"
)

func TestNumbers(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"half up", unitWan.format(1_005_000), "1.01"}, // 1.005万元
		{"half up negative", unitWan.format(-1_005_000), "-1.01"},
		{"below half", unitWan.format(1_004_999), "1.00"},
		{"yuan commas", unitYuan.format(123456789012), "1,234,567,890.12"},
		{"yuan small", unitYuan.format(5), "0.05"},
		{"fixed zero dec", fixed(42, 0, false), "42"},
		{"rate", func() string { m, _ := rate(115, 100); return fixed(m, 2, false) }(), "15.00"},
		{"rate rounding", func() string { m, _ := rate(2, 3); return fixed(m, 2, false) }(), "-33.33"},
		{"share", fixed(share(1, 3), 2, false), "33.33"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %s, want %s", tt.got, tt.want)
			}
		})
	}
	if _, ok := rate(1, 0); ok {
		t.Error("rate against zero must not be ok")
	}
}

func TestDeterministic(t *testing.T) {
	a, err := Generate(Options{N: 6, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate(Options{N: 6, Seed: 7})
	c, _ := Generate(Options{N: 6, Seed: 8})
	if len(a) != len(b) || len(a) != 6*3 {
		t.Fatalf("got %d and %d files, want 18", len(a), len(b))
	}
	differ := false
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("file %d differs between runs with the same seed", i)
		}
		if i < len(c) && !bytes.Equal(a[i].Data, c[i].Data) {
			differ = true
		}
	}
	if !differ {
		t.Error("seeds 7 and 8 gave identical batches")
	}
	// Document i does not depend on N.
	d, _ := GenerateDocs(Options{N: 2, Seed: 7})
	e, _ := GenerateDocs(Options{N: 6, Seed: 7})
	if !bytes.Equal(d[1].Txt, e[1].Txt) {
		t.Error("document 2 changed with the batch size")
	}
}

func TestOptionsErrors(t *testing.T) {
	for _, o := range []Options{{N: -1}, {N: 1, Formats: []string{"pdf"}}, {N: 1, Kinds: []string{"nonsense"}}} {
		if _, err := Generate(o); err == nil {
			t.Errorf("Generate(%+v) accepted bad options", o)
		}
	}
}

// TestTruth checks the ground truth against the rendered text: every
// mistake's text is where it says, differs from the original, and every
// kind occurs in a batch.
func TestTruth(t *testing.T) {
	docs, err := GenerateDocs(Options{N: 60, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	clean := 0
	for _, d := range docs {
		if d.Truth.Clean {
			clean++
		}
		for _, m := range d.Truth.Mistakes {
			seen[m.Kind]++
			if got := string(d.Txt[m.TxtStart:m.TxtEnd]); got != m.Text {
				t.Errorf("%s: %s at txt[%d:%d] = %q, truth says %q", d.Base, m.Kind, m.TxtStart, m.TxtEnd, got, m.Text)
			}
			if m.Text == m.Original {
				t.Errorf("%s: %s did not change anything (%q)", d.Base, m.Kind, m.Text)
			}
			if m.Table < 0 && (m.Para < 1 || m.Para > d.Truth.Paragraphs) {
				t.Errorf("%s: %s paragraph %d out of range", d.Base, m.Kind, m.Para)
			}
			if m.Table >= d.Truth.Tables {
				t.Errorf("%s: %s table %d out of range", d.Base, m.Kind, m.Table)
			}
		}
		if _, err := json.Marshal(d.Truth); err != nil {
			t.Fatal(err)
		}
	}
	for _, k := range Kinds {
		if seen[k] == 0 {
			t.Errorf("kind %s never injected in 60 documents", k)
		}
	}
	if clean != 20 {
		t.Errorf("%d clean documents, want 20", clean)
	}
}

// TestRoundTripText parses the text export with parser/text and checks the
// tables, paragraphs and the truth's places against the model.
func TestRoundTripText(t *testing.T) {
	docs, err := GenerateDocs(Options{N: 30, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		doc, err := text.ParseBytes(context.Background(), d.Txt, d.Base+".txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Tables) != d.Truth.Tables {
			t.Errorf("%s: parsed %d tables, truth has %d", d.Base, len(doc.Tables), d.Truth.Tables)
			continue
		}
		paras := doc.Paragraphs()
		if len(paras) != d.Truth.Paragraphs {
			t.Errorf("%s: parsed %d paragraphs, truth has %d", d.Base, len(paras), d.Truth.Paragraphs)
			continue
		}
		for _, m := range d.Truth.Mistakes {
			var got string
			if m.Table >= 0 {
				got = doc.CellText(doc.Tables[m.Table], m.Row, m.Col)
			} else {
				s := paras[m.Para-1].Extent()
				got = doc.Slice(model.Span{Start: s.Start + m.Start, End: s.Start + m.End})
			}
			if got != m.Text {
				t.Errorf("%s: %s place holds %q, want %q", d.Base, m.Kind, got, m.Text)
			}
		}
	}
}

// TestCleanArithmetic checks with the figures package that documents
// before injection are consistent: columns add up to the total row, rows
// add up to their total column, 增减额 = 本年 − 上年, all within rounding.
func TestCleanArithmetic(t *testing.T) {
	num := func(x *cell) figures.Number {
		if x == nil {
			return figures.Number{Kind: figures.Blank}
		}
		return figures.ParseCell(x.text)
	}
	check := func(where string, parts []figures.Number, total figures.Number) {
		t.Helper()
		if c := figures.CheckSum(parts, total, figures.HalfUp); !c.Consistent {
			t.Errorf("%s: %s", where, c.Expr)
		}
	}
	for i := 0; i < 40; i++ {
		g, _ := buildOne(11, i)
		for ti, tb := range g.tables {
			where := func(s string, a ...any) string {
				return fmt.Sprintf("doc %d table %d (%s) ", i, ti, tb.kind) + fmt.Sprintf(s, a...)
			}
			if tb.totalRow >= 0 {
				for c := 1; c < tb.cols(); c++ {
					if c == tb.rateCol || c == tb.labelCol || tb.at(tb.totalRow, c) == nil {
						continue
					}
					var parts []figures.Number
					for _, row := range tb.dataRows {
						parts = append(parts, num(tb.at(row, c)))
					}
					check(where("column %d", c), parts, num(tb.at(tb.totalRow, c)))
				}
			}
			if tb.totalCol >= 0 {
				for _, row := range append([]int{tb.totalRow}, tb.dataRows...) {
					var parts []figures.Number
					for _, c := range tb.partCols {
						parts = append(parts, num(tb.at(row, c)))
					}
					check(where("row %d", row), parts, num(tb.at(row, tb.totalCol)))
				}
			}
			if tb.diffCol >= 0 {
				for _, row := range append([]int{tb.totalRow}, tb.dataRows...) {
					cur, prev := num(tb.at(row, tb.curCol)), num(tb.at(row, tb.diffCol))
					// cur = prev-year + difference
					check(where("difference row %d", row), []figures.Number{num(tb.at(row, tb.prevCol)), prev}, cur)
				}
			}
		}
	}
}

func TestDocx(t *testing.T) {
	docs, _ := GenerateDocs(Options{N: 2, Seed: 5, Formats: []string{"docx"}})
	for _, d := range docs {
		zr, err := zip.NewReader(bytes.NewReader(d.Docx), int64(len(d.Docx)))
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, f := range zr.File {
			names = append(names, f.Name)
		}
		if !slices.Contains(names, "word/document.xml") {
			t.Errorf("%s: no word/document.xml in %v", d.Base, names)
		}
		if !strings.HasSuffix(d.Truth.Files[0], ".docx") || len(d.Truth.Files) != 1 {
			t.Errorf("files = %v", d.Truth.Files)
		}
	}
}

func TestMainCommand(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	if code := Main([]string{"-n", "3", "-seed", "2", "-out", dir, "-format", "txt"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 6 {
		t.Errorf("%d files written, want 6 (3 txt + 3 truth)", len(ents))
	}
	for _, args := range [][]string{{}, {"-out", dir, "-format", "pdf"}, {"-out", dir, "-kinds", "bogus"}, {"-out", dir, "extra"}} {
		if code := Main(args, &out, &errb); code != 2 {
			t.Errorf("Main(%q) = %d, want 2", args, code)
		}
	}
}

// TestBigText: the benchmarks' large document holds the tables asked for
// and is the same text every time.
func TestBigText(t *testing.T) {
	a, err := BigText(200)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := parser.Parse(context.Background(), bytes.NewReader(a), int64(len(a)), "big.txt", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Tables) < 200 {
		t.Errorf("%d tables, want at least 200", len(doc.Tables))
	}
	if b, _ := BigText(200); !bytes.Equal(a, b) {
		t.Error("BigText is not deterministic")
	}
	if _, err := BigText(1 << 20); err == nil {
		t.Error("no error for more tables than 40 reports hold")
	}
}
