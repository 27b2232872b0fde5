package text

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

func dump(t testing.TB, d *model.Document) string {
	t.Helper()
	var b bytes.Buffer
	if err := d.Dump(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func parse(t testing.TB, data []byte, name string) *model.Document {
	t.Helper()
	d, err := ParseBytes(context.Background(), data, name, Options{})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	checkInvariants(t, d)
	return d
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name+".golden"), got, *update)
}

func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	md, _ := filepath.Glob("testdata/*.md")
	files = append(files, md...)
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Base(f), dump(t, parse(t, data, filepath.Base(f))))
		})
	}
}

// TestSeed keeps the bundled example's reading stable; the seed is the
// format's reference (see parser's cross-check against the .docx).
func TestSeed(t *testing.T) {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip(err)
	}
	checkGolden(t, "seed", dump(t, parse(t, data, "report-2022.txt")))
}

func encodeUTF16(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2+2*len(u))
	if bigEndian {
		out = append(out, 0xFE, 0xFF)
		for _, c := range u {
			out = append(out, byte(c>>8), byte(c))
		}
	} else {
		out = append(out, 0xFF, 0xFE)
		for _, c := range u {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

// TestEncodings: every encoding and line-end convention of the same text
// yields the same document as UTF-8 with LF.
func TestEncodings(t *testing.T) {
	src, err := os.ReadFile("testdata/tab.txt")
	if err != nil {
		t.Fatal(err)
	}
	heads, err := os.ReadFile("testdata/headings.txt")
	if err != nil {
		t.Fatal(err)
	}
	src = append(append(src, '\n'), heads...)
	want := dump(t, parse(t, src, "x"))
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().Bytes(append(append([]byte{}, src...), "\n生僻字𠀀与欧元€\n"...))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	tests := []struct {
		name, enc string
		data      []byte
		extra     string // text appended to src before encoding, expected at the end
	}{
		{"utf8", UTF8, src, ""},
		{"utf8-bom", UTF8BOM, append([]byte("\uFEFF"), src...), ""},
		{"utf16le-bom", UTF16LE, encodeUTF16(s, false), ""},
		{"utf16be-bom", UTF16BE, encodeUTF16(s, true), ""},
		{"gbk", GB18030, gbk, ""},
		{"gb18030", GB18030, gb18030, "P26 \"生僻字𠀀与欧元€\"\n"},
		{"crlf", UTF8, []byte(strings.ReplaceAll(s, "\n", "\r\n")), ""},
		{"cr", UTF8, []byte(strings.ReplaceAll(s, "\n", "\r")), ""},
		{"utf16le-nobom", UTF16LE, encodeUTF16(s, false)[2:], ""},
		{"utf16be-nobom", UTF16BE, encodeUTF16(s, true)[2:], ""},
		{"utf16le-crlf", UTF16LE, encodeUTF16(strings.ReplaceAll(s, "\n", "\r\n"), false), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, enc, err := Decode(tt.data)
			if err != nil || enc != tt.enc {
				t.Fatalf("Decode: encoding %q, err %v; want %q", enc, err, tt.enc)
			}
			got := dump(t, parse(t, tt.data, "x"))
			if !strings.HasSuffix(want, "\n") || got != want+tt.extra {
				t.Errorf("dump differs from the UTF-8 reading:\n--- got\n%s\n--- want\n%s%s", got, want, tt.extra)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	random := make([]byte, 4096)
	x := uint32(2463534242)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"random", random},
		{"controls", bytes.Repeat([]byte{1, 2, 3, 'a', 4, 5}, 100)},
		{"invalid-gb18030", bytes.Repeat([]byte{0x81, 0x20}, 200)},
		{"utf8-with-controls", []byte(strings.Repeat("正文\x01\x02\x03\x04", 50))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Decode(tt.data)
			if !errors.Is(err, ErrEncoding) {
				t.Fatalf("Decode: err %v, want ErrEncoding", err)
			}
			_, err = ParseBytes(context.Background(), tt.data, "bad.txt", Options{})
			if !errors.Is(err, ErrEncoding) || !strings.Contains(err.Error(), "bad.txt") || !strings.Contains(err.Error(), "UTF-8") {
				t.Fatalf("ParseBytes: err %v, want ErrEncoding naming the file and UTF-8", err)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	data := []byte("\t" + strings.Repeat("数", 100) + "\n\n段落" + strings.Repeat("字", 100) + "\n")
	_, err := Parse(context.Background(), bytes.NewReader(data), "big.txt", Options{MaxBytes: 10})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt") {
		t.Fatalf("MaxBytes: err %v, want ErrTooLarge", err)
	}
	d, err := Parse(context.Background(), bytes.NewReader(data), "long.txt", Options{MaxCellBytes: 31})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if len(d.Errors) != 2 {
		t.Fatalf("want 2 errors for the cut cell and paragraph, got %v", d.Errors)
	}
	if got := d.CellText(d.Tables[0], 0, 0); got != strings.Repeat("数", 10) {
		t.Errorf("cut cell = %q, want 10 whole runes", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ParseBytes(ctx, data, "c.txt", Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: err %v", err)
	}
}

func TestNumberedHeading(t *testing.T) {
	tests := []struct {
		line   string
		level  int
		number string
	}{
		{"一、基本情况", 1, "一、"},
		{"（二）项目支出情况", 2, "（二）"},
		{"(三)半角括号", 2, "(三)"},
		{"3.满意度指标（10分，得10分）", 3, "3."},
		{"4、工作计划", 3, "4、"},
		{"１２．全角编号", 3, "１２．"},
		{"（12）公务接待", 4, "（12）"},
		{"  （三）部门整体支出绩效目标完成情况 ", 2, "（三）"},
		{"1.1数量指标", 0, ""},
		{"2.5万元", 0, ""},
		{"一、", 0, ""},
		{"（一）", 0, ""},
		{"（1）工业增加值。全州规模工业增加值同比增长0.1%", 0, ""},
		{"2.自评依据：", 0, ""},
		{"1. 全州规模工业增加值同比增长0.1%；", 0, ""},
		{"十分重要的工作", 0, ""},
		{"（备注）不是编号", 0, ""},
		{"2022年收入", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			level, number, ok := numberedHeading(tt.line)
			if ok != (tt.level > 0) || level != tt.level || number != tt.number {
				t.Errorf("numberedHeading(%q) = %d, %q, %v; want %d, %q", tt.line, level, number, ok, tt.level, tt.number)
			}
		})
	}
}

// checkInvariants asserts what every document must satisfy: spans inside
// Text, cells inside their table's grid, At agreeing with each cell, and
// Position resolving every span start without panicking.
func checkInvariants(t testing.TB, d *model.Document) {
	t.Helper()
	in := func(s model.Span, what string) {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			t.Fatalf("%s span %v outside text of %d bytes", what, s, len(d.Text))
		}
	}
	for _, b := range d.Blocks {
		in(b.Extent(), "block")
		_ = d.Position(b.Extent().Start)
	}
	for i, tb := range d.Tables {
		if tb.Index != i {
			t.Fatalf("table %d has Index %d", i, tb.Index)
		}
		in(tb.Span, "table")
		for _, c := range tb.Cells {
			in(c.Span, "cell")
			if c.Row < 0 || c.Col < 0 || c.RowSpan < 1 || c.ColSpan < 1 || c.Row+c.RowSpan > tb.Rows || c.Col+c.ColSpan > tb.Cols {
				t.Fatalf("table %d: cell r%dc%d %dx%d outside %dx%d grid", i+1, c.Row, c.Col, c.RowSpan, c.ColSpan, tb.Rows, tb.Cols)
			}
			if tb.At(c.Row, c.Col) != c {
				t.Fatalf("table %d: At(%d,%d) is not the cell starting there", i+1, c.Row, c.Col)
			}
			if c.Span.Start < tb.Span.Start || c.Span.End > tb.Span.End {
				t.Fatalf("table %d: cell span %v outside table span %v", i+1, c.Span, tb.Span)
			}
			_ = d.Position(c.Span.Start)
		}
	}
}

// TestHostileTables: inputs that would make the reader allocate far beyond
// their size are refused with ErrTooLarge.
func TestHostileTables(t *testing.T) {
	wideThenTall := "\t" + strings.Repeat("x\t", 3000) + "\n\n" + strings.Repeat("\ty\n\n", 2000)
	pipe := "|" + strings.Repeat("a|", 3000) + "\n|" + strings.Repeat("-|", 3000) + "\n" + strings.Repeat("|b|\n", 2000)
	tests := []struct {
		name, in string
	}{
		{"many-cells", strings.Repeat("\t\n", maxCells+1)},
		{"wide-then-tall", strings.ReplaceAll(wideThenTall, "x\t", "x\n\t")},
		{"pipe-wide-then-tall", pipe},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBytes(context.Background(), []byte(tt.in), "h.txt", Options{})
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "h.txt") {
				t.Fatalf("err = %v, want ErrTooLarge", err)
			}
		})
	}
	// Just below the limits a table is still read.
	ok := strings.Repeat("\ta\n\tb\n\n", 1000)
	d := parse(t, []byte(ok), "ok.txt")
	if len(d.Tables) != 1 || d.Tables[0].Rows != 1000 || d.Tables[0].Cols != 2 {
		t.Fatalf("tables: %d", len(d.Tables))
	}
}
