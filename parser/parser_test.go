package parser

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"flag"
	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

var update = flag.Bool("update", false, "rewrite golden files")

// buildCFB returns a minimal OLE2 compound file (512-byte sectors) whose
// directory holds a root entry and one stream per name.
func buildCFB(names ...string) []byte {
	const ss = 512
	le := binary.LittleEndian
	entries := append([]string{"Root Entry"}, names...)
	nDir := (len(entries) + 3) / 4
	file := make([]byte, ss*(2+nDir)) // header, FAT, directory sectors
	h := file[:ss]
	copy(h, oleMagic)
	le.PutUint16(h[0x18:], 0x3E)
	le.PutUint16(h[0x1A:], 3)
	le.PutUint16(h[0x1C:], 0xFFFE)
	le.PutUint16(h[0x1E:], 9)
	le.PutUint16(h[0x20:], 6)
	le.PutUint32(h[0x2C:], 1)             // one FAT sector
	le.PutUint32(h[0x30:], 1)             // directory starts at sector 1
	le.PutUint32(h[0x38:], 4096)          // mini stream cutoff
	le.PutUint32(h[0x3C:], cfbEndOfChain) // no mini FAT
	le.PutUint32(h[0x44:], cfbEndOfChain) // no DIFAT sectors
	for i := 0; i < 109; i++ {
		le.PutUint32(h[0x4C+4*i:], cfbFreeSect)
	}
	le.PutUint32(h[0x4C:], 0) // FAT in sector 0
	fat := file[ss : 2*ss]
	for i := 0; i < ss/4; i++ {
		le.PutUint32(fat[4*i:], cfbFreeSect)
	}
	le.PutUint32(fat[0:], 0xFFFFFFFD) // sector 0 is a FAT sector
	for i := 1; i <= nDir; i++ {
		next := uint32(i + 1)
		if i == nDir {
			next = cfbEndOfChain
		}
		le.PutUint32(fat[4*i:], next)
	}
	dir := file[2*ss:]
	for i, n := range entries {
		e := dir[128*i : 128*(i+1)]
		u := utf16.Encode([]rune(n))
		for j, c := range u {
			le.PutUint16(e[2*j:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66] = 2
		if i == 0 {
			e[66] = 5
		}
	}
	return file
}

func buildZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, n := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "xl/workbook.xml", "mimetype", "content.xml", "readme.txt"} {
		if s, ok := files[n]; ok {
			f, err := w.Create(n)
			if err != nil {
				t.Fatal(err)
			}
			f.Write([]byte(s))
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const wordRels = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

func wordDoc(body string) string {
	return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
}

const wordCT = `<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

func TestParseErrors(t *testing.T) {
	random := make([]byte, 4096)
	x := uint32(88172645)
	for i := range random {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		random[i] = byte(x)
	}
	docx := buildZip(t, map[string]string{"[Content_Types].xml": wordCT, "word/document.xml": "<w:document/>"})
	oleTrunc := append(append([]byte{}, oleMagic...), make([]byte, 600)...)
	for _, c := range "WordDocument" {
		oleTrunc = append(oleTrunc, byte(c), 0)
	}
	tests := []struct {
		name     string
		data     []byte
		sentinel error
		want     string // substring of the message besides the file name
	}{
		{"empty", nil, ErrEmpty, "文件为空"},
		{"blank-text", []byte(" \r\n\n\t\n"), ErrEmpty, "没有文字"},
		{"bom-only", []byte("\uFEFF"), ErrEmpty, "没有文字"},
		{"encrypted", buildCFB("EncryptionInfo", "EncryptedPackage"), ErrEncrypted, "去除密码"},
		{"legacy-doc", buildCFB("WordDocument", "1Table", "\x05SummaryInformation"), ErrLegacyDoc, ".docx"},
		{"legacy-doc-damaged", oleTrunc, ErrLegacyDoc, ".docx"},
		{"xls", buildCFB("Workbook"), ErrUnsupportedFormat, "Excel"},
		{"other-ole", buildCFB("Contents"), ErrUnsupportedFormat, ".docx"},
		{"pdf", []byte("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"), ErrUnsupportedFormat, "PDF"},
		{"random", random, ErrUnsupportedFormat, "二进制"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrUnsupportedFormat, "图片"},
		{"rtf", []byte(`{\rtf1\ansi 报告}`), ErrUnsupportedFormat, "RTF"},
		{"html", []byte("<!DOCTYPE html><html><body><table></table></body></html>"), ErrUnsupportedFormat, "网页"},
		{"word2003-xml", []byte(`<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument/>`), ErrUnsupportedFormat, "XML"},
		{"gbk-garbage", bytes.Repeat([]byte{0x81, 0x20, 0xFE, 0x7F}, 100), ErrUnsupportedFormat, "UTF-8"},
		{"truncated-zip", docx[:len(docx)/2], ErrCorrupt, "重新"},
		{"empty-docx", buildZip(t, map[string]string{"[Content_Types].xml": wordCT, "_rels/.rels": wordRels, "word/document.xml": wordDoc("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>")}), ErrEmpty, "没有读到文字"},
		{"broken-docx-xml", buildZip(t, map[string]string{"[Content_Types].xml": wordCT, "_rels/.rels": wordRels, "word/document.xml": "<w:document><w:body><w:p>"}), ErrCorrupt, "另存为"},
		{"xlsx", buildZip(t, map[string]string{"xl/workbook.xml": "<workbook/>"}), ErrUnsupportedFormat, "Excel"},
		{"odt", buildZip(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), ErrUnsupportedFormat, "OpenDocument"},
		{"plain-zip", buildZip(t, map[string]string{"readme.txt": "hi"}), ErrUnsupportedFormat, "没有 Word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "报告-" + tt.name + ".docx"
			d, err := Parse(context.Background(), bytes.NewReader(tt.data), int64(len(tt.data)), name, Options{})
			if !errors.Is(err, tt.sentinel) {
				t.Fatalf("err = %v, want %v", err, tt.sentinel)
			}
			if d != nil {
				t.Errorf("document returned with error %v", err)
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.HasPrefix(msg, name+"：") || !strings.Contains(msg, tt.want) || strings.ContainsAny(msg, "\n\r") {
				t.Errorf("message %q: want one line starting with the file name and containing %q", msg, tt.want)
			}
		})
	}
}

func TestOLEDirectory(t *testing.T) {
	many := []string{"a", "b", "c", "d", "e", "f", "g", "EncryptedPackage"} // three directory sectors
	data := buildCFB(many...)
	names, err := oleStreamNames(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(names, ","), "Root Entry,"+strings.Join(many, ","); got != want {
		t.Errorf("names = %s, want %s", got, want)
	}
	// A directory chain that loops must end with an error, not hang.
	loop := buildCFB("x")
	binary.LittleEndian.PutUint32(loop[512+4:], 1)
	if _, err := oleStreamNames(bytes.NewReader(loop), int64(len(loop))); err == nil {
		t.Error("looping chain: no error")
	}
}

func TestLimits(t *testing.T) {
	data := []byte("一、标题\n正文。\n")
	_, err := Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "a.txt", Options{MaxFileBytes: 4})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "a.txt") {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Parse(ctx, bytes.NewReader(data), int64(len(data)), "a.txt", Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v", err)
	}
}

// panicReader panics on read, standing in for a parser bug.
type panicReader struct{}

func (panicReader) ReadAt([]byte, int64) (int, error) { panic("boom") }

func TestPanicBecomesCorrupt(t *testing.T) {
	_, err := Parse(context.Background(), panicReader{}, 10, "x.docx", Options{})
	if !errors.Is(err, ErrCorrupt) || !strings.HasPrefix(err.Error(), "x.docx：") {
		t.Fatalf("err = %v, want ErrCorrupt naming the file", err)
	}
}

// TestDocxDispatch: a Word package reaches parser/docx whatever its name.
func TestDocxDispatch(t *testing.T) {
	data := buildZip(t, map[string]string{"[Content_Types].xml": wordCT, "_rels/.rels": wordRels,
		"word/document.xml": wordDoc(`<w:p><w:r><w:t>一、概况</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>10.00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)})
	d, err := Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "report.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Format != "docx" || len(d.Tables) != 1 || d.CellText(d.Tables[0], 0, 1) != "10.00" {
		var b bytes.Buffer
		d.Dump(&b)
		t.Errorf("format %q, dump:\n%s", d.Format, b.String())
	}
}

// TestTextGolden: the front door reads text like parser/text does, for
// several encodings; the dump is a golden file.
func TestTextGolden(t *testing.T) {
	src := "一、基本情况\n\t项目\n\t金额\n\n\t合计\n\t10.00\n\n说明：单位为万元。\n"
	want := ""
	var utf16le []byte
	for _, c := range utf16.Encode([]rune(src)) {
		utf16le = append(utf16le, byte(c), byte(c>>8))
	}
	for i, data := range [][]byte{[]byte(src), append([]byte("\uFEFF"), src...), utf16le} {
		d, err := Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "t.txt", Options{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		d.Dump(&b)
		if i == 0 {
			want = b.String()
			checkGolden(t, "text.golden", want)
		} else if b.String() != want {
			t.Errorf("reading %d differs:\n%s\nwant\n%s", i, b.String(), want)
		}
	}
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name), got, *update)
}

func TestSniff(t *testing.T) {
	tests := []struct {
		head string
		want Format
	}{
		{"", FormatEmpty},
		{"PK\x03\x04rest", FormatZip},
		{string(oleMagic), FormatOLE2},
		{"junk before %PDF-1.4", FormatPDF},
		{"{\\rtf1", FormatRTF},
		{"\uFEFF  <!DOCTYPE HTML>", FormatHTML},
		{"MIME-Version: 1.0\r\n", FormatHTML},
		{"<?xml version='1.0'?><w:wordDocument>", FormatXML},
		{"\x89PNG\r\n", FormatImage},
		{"Rar!\x1a", FormatArchive},
		{"一、基本情况\n\t项目\n", FormatText},
		{"\xd2\xbb\xa1\xa2\xbb\xf9\xb1\xbe", FormatText}, // GBK 一、基本
		{"\xFF\xFE\x00\x4e", FormatText},
		{"1\x002\x003\x00\n\x00\x00N", FormatText}, // UTF-16LE without BOM
		{"\x00\x01\x02\x03binary", FormatUnknown},
		{"\x01\x02\x03\x04\x05\x06\x07\x08abc", FormatUnknown},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.head)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}
