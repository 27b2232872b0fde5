package docxwrite_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
)

func readZip(t *testing.T, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(b)
	}
	return out
}

// wellFormed checks the XML parses and returns the local names of elements in order.
func wellFormed(t *testing.T, name, s string) []string {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(s))
	var names []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return names
		}
		if err != nil {
			t.Fatalf("%s is not well-formed: %v", name, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			names = append(names, se.Name.Local)
		}
	}
}

func count(names []string, name string) int {
	n := 0
	for _, x := range names {
		if x == name {
			n++
		}
	}
	return n
}

func TestParts(t *testing.T) {
	tests := []struct {
		name      string
		doc       docxwrite.Doc
		wantParts []string
		counts    map[string]int // element local name → count in document.xml
		contains  []string
	}{
		{
			name:      "empty",
			doc:       docxwrite.Doc{},
			wantParts: []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml"},
			counts:    map[string]int{"p": 0, "tbl": 0},
		},
		{
			name: "paragraphs and heading",
			doc: docxwrite.Doc{Blocks: []docxwrite.Block{
				docxwrite.H(1, "一、基本情况"),
				docxwrite.P("2022年基本支出合计2834.44万元 & <x>"),
				docxwrite.Para{Runs: []string{"比上年增加", "12.5", "万元"}},
			}},
			counts:   map[string]int{"p": 3, "r": 5, "pStyle": 1, "outlineLvl": 1},
			contains: []string{`w:val="Heading1"`, `<w:outlineLvl w:val="0"/>`, "&amp; &lt;x&gt;"},
		},
		{
			name: "merged cells",
			doc: docxwrite.Doc{Blocks: []docxwrite.Block{docxwrite.Table{Rows: [][]docxwrite.Cell{
				{{Text: "机构名称", VMerge: docxwrite.Restart}, {Text: "收入合计", VMerge: docxwrite.Restart}, {Text: "其中：", Span: 2}},
				{{VMerge: docxwrite.Continue}, {VMerge: docxwrite.Continue}, docxwrite.C("财政拨款"), docxwrite.C("其他收入")},
				{docxwrite.C("合计"), docxwrite.C("10.00"), docxwrite.C("6.00"), docxwrite.C("4.00")},
			}}}},
			counts:   map[string]int{"tbl": 1, "tr": 3, "tc": 11, "gridCol": 4, "gridSpan": 1, "vMerge": 4},
			contains: []string{`<w:vMerge w:val="restart"/>`, `<w:vMerge/>`, `<w:gridSpan w:val="2"/>`},
		},
		{
			name: "nested table and multi-paragraph cell",
			doc: docxwrite.Doc{Blocks: []docxwrite.Block{docxwrite.Table{Rows: [][]docxwrite.Cell{
				{{Text: "外层\n第二段", Tables: []docxwrite.Table{{Rows: [][]docxwrite.Cell{{docxwrite.C("内1"), docxwrite.C("内2")}}}}}},
			}}}},
			counts: map[string]int{"tbl": 2, "tc": 3},
		},
		{
			name: "raw and gridBefore",
			doc: docxwrite.Doc{Blocks: []docxwrite.Block{
				docxwrite.Raw(`<w:p><w:r><w:t>raw</w:t></w:r></w:p>`),
				docxwrite.Table{GridBefore: []int{0, 1}, Rows: [][]docxwrite.Cell{
					{docxwrite.C("a"), docxwrite.C("b")},
					{docxwrite.C("c"), {Raw: `<w:tc><w:p><w:r><w:t>rawcell</w:t></w:r></w:p></w:tc>`}},
				}},
			}},
			counts:   map[string]int{"gridBefore": 1, "gridCol": 3},
			contains: []string{"rawcell", ">raw<"},
		},
		{
			name:      "footnote",
			doc:       docxwrite.Doc{Blocks: []docxwrite.Block{docxwrite.Para{Text: "正文", FootnoteRef: 1}}, Footnotes: []string{"注：单位万元"}},
			wantParts: []string{"word/footnotes.xml"},
			counts:    map[string]int{"footnoteReference": 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts := readZip(t, tt.doc.Bytes())
			for _, p := range tt.wantParts {
				if _, ok := parts[p]; !ok {
					t.Errorf("missing part %s", p)
				}
			}
			for name, body := range parts {
				if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
					wellFormed(t, name, body)
				}
			}
			doc := parts["word/document.xml"]
			names := wellFormed(t, "document.xml", doc)
			for el, want := range tt.counts {
				if got := count(names, el); got != want {
					t.Errorf("%d <w:%s>, want %d", got, el, want)
				}
			}
			for _, s := range tt.contains {
				if !strings.Contains(doc, s) {
					t.Errorf("document.xml lacks %q", s)
				}
			}
		})
	}
}

func TestDeterministic(t *testing.T) {
	d := docxwrite.Doc{Blocks: []docxwrite.Block{docxwrite.P("a"), docxwrite.Table{Rows: [][]docxwrite.Cell{{docxwrite.C("1")}}}}}
	if !bytes.Equal(d.Bytes(), d.Bytes()) {
		t.Error("two renderings differ")
	}
}

func ExampleDoc_Bytes() {
	d := docxwrite.Doc{Blocks: []docxwrite.Block{
		docxwrite.H(1, "一、基本情况"),
		docxwrite.P("2022年支出合计10.00万元。"),
		docxwrite.Table{Rows: [][]docxwrite.Cell{
			{{Text: "项目", VMerge: docxwrite.Restart}, {Text: "金额", Span: 2}},
			{{VMerge: docxwrite.Continue}, docxwrite.C("本年"), docxwrite.C("上年")},
		}},
	}}
	_ = d.Bytes() // write it with os.WriteFile
	// Output:
}
