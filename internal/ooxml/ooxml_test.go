package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// tokens renders a part's tokens compactly: +ns:local, -ns:local, "text".
func tokens(t testing.TB, xml string, maxDepth int) (string, error) {
	d := NewDecoder(strings.NewReader(xml), maxDepth)
	defer d.Release()
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return b.String(), err
		}
		switch tok.Kind {
		case StartElement:
			fmt.Fprintf(&b, "+%d:%s", tok.NS, tok.Local)
			if v, ok := d.Attr(NSW, "val"); ok {
				fmt.Fprintf(&b, "[%s]", v)
			}
			b.WriteByte(' ')
		case EndElement:
			fmt.Fprintf(&b, "-%d:%s ", tok.NS, tok.Local)
		case CharData:
			fmt.Fprintf(&b, "%q ", tok.Text)
		}
	}
}

const wURI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

func TestDecoder(t *testing.T) {
	w := fmt.Sprint(int(NSW))
	tests := []struct {
		name, in, want string
		err            error
	}{
		{"prefixed", `<w:p xmlns:w="` + wURI + `"><w:t>a&amp;b</w:t></w:p>`, "+" + w + ":p +" + w + `:t "a&b" -` + w + ":t -" + w + ":p ", nil},
		{"default namespace", `<p xmlns="` + wURI + `"><t/></p>`, "+" + w + ":p +" + w + ":t -" + w + ":t -" + w + ":p ", nil},
		{"strict URI", `<x:p xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main" x:val="7"/>`, "+" + w + ":p[7] -" + w + ":p ", nil},
		{"prefix rebound", `<w:a xmlns:w="` + wURI + `"><w:b xmlns:w="urn:x"/><w:c/></w:a>`, "+" + w + ":a +1:b -1:b +" + w + ":c -" + w + ":c -" + w + ":a ", nil},
		{"undeclared conventional prefix", `<w:p/>`, "+" + w + ":p -" + w + ":p ", nil},
		{"cdata and comments", `<a><!-- c --><![CDATA[<x>]]><?pi x?></a>`, `+0:a "<x>" -0:a `, nil},
		{"entity in attribute", `<w:p xmlns:w="` + wURI + `" w:val="&lt;1&gt;"/>`, "+" + w + ":p[<1>] -" + w + ":p ", nil},
		{"mismatched end", `<a><b></a></b>`, "", ErrCorrupt},
		{"truncated", `<a><b>text`, "", ErrCorrupt},
		{"truncated in tag", `<a><b x="1`, "", ErrCorrupt},
		{"bad entity", `<a>&nope;</a>`, "", ErrCorrupt},
		{"too deep", strings.Repeat("<a>", 20) + strings.Repeat("</a>", 20), "", ErrTooDeep},
		{"stray end", `</a>`, "", ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tokens(t, tt.in, 10)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Fatalf("err = %v, want %v", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("tokens\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestUTF16(t *testing.T) {
	s := `<a>汉字𝄞</a>`
	var le []byte
	le = append(le, 0xFF, 0xFE)
	for _, u := range utf16Encode(s) {
		le = append(le, byte(u), byte(u>>8))
	}
	d := NewDecoder(bytes.NewReader(le), 0)
	d.Token()
	tok, err := d.Token()
	if err != nil || string(tok.Text) != "汉字𝄞" {
		t.Fatalf("got %q, %v", tok.Text, err)
	}
}

func utf16Encode(s string) []uint16 {
	var out []uint16
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			out = append(out, uint16(r))
		}
	}
	return out
}

func TestScan(t *testing.T) {
	in := `<w:r xmlns:w="` + wURI + `"><w:rPr><w:b/><w:rPrChange><w:vanish/></w:rPrChange><w:sz w:val="18"/><q:vanish xmlns:q="` + wURI + `"/></w:rPr><w:t>x</w:t></w:r>`
	d := NewDecoder(strings.NewReader(in), 0)
	d.Token() // w:r
	d.Token() // w:rPr
	var seen []string
	err := d.Scan(func(ns NS, local []byte) bool {
		seen = append(seen, fmt.Sprintf("%d:%s", ns, local))
		return string(local) == "rPrChange"
	})
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%[1]d:b %[1]d:rPrChange %[1]d:sz %[1]d:vanish", NSW)
	if got := strings.Join(seen, " "); got != want {
		t.Errorf("visited %q, want %q", got, want)
	}
	tok, err := d.Token()
	if err != nil || !tok.Is(NSW, "t") || d.Depth() != 2 {
		t.Errorf("after Scan: %+v depth %d err %v", tok, d.Depth(), err)
	}
}

func zipOf(t testing.TB, files map[string][]byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		f, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		f.Write(data)
	}
	zw.Close()
	return buf.Bytes()
}

func TestLimits(t *testing.T) {
	data := zipOf(t, map[string][]byte{
		"zeros.xml": make([]byte, 4<<20),
		"small.xml": []byte("<a/>"),
	})
	tests := []struct {
		name string
		part string
		opt  Options
		want error
	}{
		{"ratio bomb", "zeros.xml", Options{}, ErrTooLarge},
		{"ratio raised", "zeros.xml", Options{MaxRatio: 10000}, nil},
		{"total budget", "zeros.xml", Options{MaxRatio: 10000, MaxUncompressed: 1 << 20}, ErrTooLarge},
		{"small part", "small.xml", Options{}, nil},
		{"missing part", "nope.xml", Options{}, ErrNoPart},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Open(bytes.NewReader(data), int64(len(data)), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			_, err = p.ReadAll(tt.part)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

// TestLyingHeader: a directory entry that understates the inflated size is
// still caught while reading (by archive/zip's own size check, ErrCorrupt,
// or by our budget, ErrTooLarge, whichever comes first).
func TestLyingHeader(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	fw, _ := zw.CreateHeader(&zip.FileHeader{Name: "a.xml", Method: zip.Deflate})
	fw.Write(make([]byte, 2<<20))
	zw.Close()
	data := buf.Bytes()
	p, err := Open(bytes.NewReader(data), int64(len(data)), Options{MaxUncompressed: 1 << 20, MaxRatio: 100000})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range p.files {
		f.UncompressedSize64 = 10 // the directory lies
	}
	if b, err := p.ReadAll("a.xml"); !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrCorrupt) || len(b) > 1<<20 {
		t.Fatalf("read %d bytes, err = %v; want rejection", len(b), err)
	}
}

func TestMainDocument(t *testing.T) {
	rels := func(typ, target string) []byte {
		return []byte(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="` + typ + `" Target="` + target + `"/></Relationships>`)
	}
	tests := []struct {
		name  string
		files map[string][]byte
		want  string
	}{
		{"transitional", map[string][]byte{"_rels/.rels": rels("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"), "word/document.xml": nil}, "word/document.xml"},
		{"strict", map[string][]byte{"_rels/.rels": rels("http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", "/Word/Main.XML"), "word/main.xml": nil}, "word/main.xml"},
		{"content type only", map[string][]byte{"[Content_Types].xml": []byte(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/x/d.xml" ContentType="application/vnd.ms-word.template.macroEnabledTemplate.main+xml"/></Types>`), "x/d.xml": nil}, "x/d.xml"},
		{"fallback", map[string][]byte{"word/document.xml": nil}, "word/document.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := zipOf(t, tt.files)
			p, err := Open(bytes.NewReader(data), int64(len(data)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := p.MainDocument()
			if err != nil || !strings.EqualFold(got, tt.want) {
				t.Errorf("MainDocument = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	data := zipOf(t, map[string][]byte{"xl/workbook.xml": nil})
	p, _ := Open(bytes.NewReader(data), int64(len(data)), Options{})
	if _, err := p.MainDocument(); !errors.Is(err, ErrNoPart) {
		t.Errorf("err = %v, want ErrNoPart", err)
	}
}

func TestResolveTarget(t *testing.T) {
	tests := []struct{ src, target, want string }{
		{"word/document.xml", "styles.xml", "word/styles.xml"},
		{"word/document.xml", "../customXml/item1.xml", "customXml/item1.xml"},
		{"", "word/document.xml", "word/document.xml"},
		{"word/document.xml", "/word/numbering.xml", "word/numbering.xml"},
		{"word/document.xml", "media\\a.png#frag", "word/media/a.png"},
	}
	for _, tt := range tests {
		if got := resolveTarget(tt.src, tt.target); got != tt.want {
			t.Errorf("resolveTarget(%q, %q) = %q, want %q", tt.src, tt.target, got, tt.want)
		}
	}
}

// FuzzDecoder: any input yields tokens or an error wrapping a sentinel,
// never a panic or a hang.
func FuzzDecoder(f *testing.F) {
	for _, s := range []string{`<w:p xmlns:w="` + wURI + `"><w:t>a&amp;b</w:t></w:p>`, `<a><![CDATA[x]]><!-- c --><b x='1'/></a>`, "\xff\xfe<\x00a\x00/\x00>\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d := NewDecoder(bytes.NewReader(data), 64)
		for i := 0; ; i++ {
			tok, err := d.Token()
			if err == io.EOF {
				return
			}
			if err != nil {
				if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrTooDeep) {
					t.Fatalf("error wraps no sentinel: %v", err)
				}
				return
			}
			if tok.Kind == StartElement {
				d.Attr(NSW, "val")
				if i%3 == 0 {
					if err := d.Scan(func(NS, []byte) bool { d.Attr(NSW, "val"); return false }); err != nil {
						return
					}
				}
			}
			if i > len(data)+8 {
				t.Fatalf("more tokens than input bytes")
			}
		}
	})
}

// TestScanNames checks that ScanNames visits the wanted names exactly as
// Scan does, skips the rest, keeps the depth right and still honours
// namespace declarations made by tags it passes over.
func TestScanNames(t *testing.T) {
	w := fmt.Sprint(int(NSW))
	tests := []struct {
		name, in string
		want     string // visited wanted names
		after    string // local name of the token after the scanned element
	}{
		{"skips formatting", `<w:rPr><w:rFonts w:ascii="x"/><w:b/><w:sz w:val="18"/><w:vanish/></w:rPr><w:t/>`, w + ":vanish", "t"},
		{"skip descendants", `<w:rPr><w:rPrChange><w:vanish/></w:rPrChange><w:color><w:x/></w:color></w:rPr><w:t/>`, w + ":rPrChange", "t"},
		{"other prefix", `<w:rPr><q:vanish xmlns:q="` + wURI + `"/><w:b/></w:rPr><w:t/>`, w + ":vanish", "t"},
		{"declaration on a skipped tag", `<w:rPr><w:shd xmlns:z="` + wURI + `"><z:vanish/></w:shd></w:rPr><w:t/>`, w + ":vanish", "t"},
		{"rebinding on a skipped tag", `<w:rPr><w:shd xmlns:w="urn:x"><w:vanish/></w:shd><w:vanish/></w:rPr><w:t/>`, "1:vanish " + w + ":vanish", "t"},
		{"nested unwanted", `<w:rPr><w:a><w:b><w:c/></w:b></w:a><w:vanish/></w:rPr><w:t/>`, w + ":vanish", "t"},
		{"short names", `<w:rPr><w:b/><w:i></w:i><w:u/></w:rPr><w:t/>`, "", "t"},
	}
	names := NewNames("vanish", "rPrChange")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := `<w:r xmlns:w="` + wURI + `">` + tt.in + `</w:r>`
			d := NewDecoder(strings.NewReader(in), 0)
			defer d.Release()
			d.Token() // w:r
			d.Token() // w:rPr
			var seen []string
			err := d.ScanNames(names, func(ns NS, local []byte) bool {
				switch string(local) {
				case "vanish":
					seen = append(seen, fmt.Sprintf("%d:%s", ns, local))
				case "rPrChange":
					seen = append(seen, fmt.Sprintf("%d:%s", ns, local))
					return true
				}
				return false
			})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(seen, " "); got != tt.want {
				t.Errorf("visited %q, want %q", got, tt.want)
			}
			tok, err := d.Token()
			if err != nil || string(tok.Local) != tt.after || d.Depth() != 2 {
				t.Errorf("after ScanNames: %+v depth %d err %v", tok, d.Depth(), err)
			}
		})
	}
}

// TestReleaseReuse decodes parts one after another through released
// decoders: no binding, cache entry or open element may leak from one
// part into the next, whatever state the previous part was left in.
func TestReleaseReuse(t *testing.T) {
	w := fmt.Sprint(int(NSW))
	parts := []struct{ in, want string }{
		{`<p xmlns="` + wURI + `"><t/></p>`, "+" + w + ":p +" + w + ":t -" + w + ":t -" + w + ":p "},
		{`<w:p xmlns:w="urn:other"><w:t/></w:p>`, "+1:p +1:t -1:t -1:p "},
		{`<p><t/></p>`, "+0:p +0:t -0:t -0:p "},
		{`<w:p xmlns:w="` + wURI + `"><w:r>`, ""}, // truncated: left mid-element
		{`<w:p/>`, "+" + w + ":p -" + w + ":p "},
	}
	for round := range 3 {
		for i, p := range parts {
			got, err := tokens(t, p.in, 0)
			if p.want == "" {
				if !errors.Is(err, ErrCorrupt) {
					t.Errorf("round %d part %d: err = %v, want ErrCorrupt", round, i, err)
				}
				continue
			}
			if err != nil || got != p.want {
				t.Errorf("round %d part %d: tokens %q, %v; want %q", round, i, got, err, p.want)
			}
		}
	}
}
