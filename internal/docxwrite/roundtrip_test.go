package docxwrite_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/docx"
)

// TestRoundTrip parses written documents with parser/docx and checks the
// model: text, headings, merges and nesting survive.
func TestRoundTrip(t *testing.T) {
	d := docxwrite.Doc{Blocks: []docxwrite.Block{
		docxwrite.H(1, "一、基本情况"),
		docxwrite.P("2022年基本支出合计10.00万元。"),
		docxwrite.Para{Runs: []string{"比上年增加", "1.50", "万元"}},
		docxwrite.Table{Rows: [][]docxwrite.Cell{
			{{Text: "机构名称", VMerge: docxwrite.Restart}, {Text: "收入合计", VMerge: docxwrite.Restart}, {Text: "其中：", Span: 2}},
			{{VMerge: docxwrite.Continue}, {VMerge: docxwrite.Continue}, docxwrite.C("财政拨款"), docxwrite.C("其他\n收入")},
			{docxwrite.C("合计"), docxwrite.C("10.00"), docxwrite.C("6.00"), docxwrite.C("4.00")},
			{{Text: "附表", Span: 4, Tables: []docxwrite.Table{{Rows: [][]docxwrite.Cell{{docxwrite.C("内1"), docxwrite.C("内2")}}}}}},
		}},
		docxwrite.P("结束"),
	}}
	data := d.Bytes()
	doc, err := docx.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "rt.docx", docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Word-like formatting changes the markup, not the model.
	wl := d
	wl.WordLike = true
	wdata := wl.Bytes()
	if len(wdata) <= len(data) {
		t.Errorf("WordLike output (%d bytes) not larger than plain (%d)", len(wdata), len(data))
	}
	wdoc, err := docx.Parse(context.Background(), bytes.NewReader(wdata), int64(len(wdata)), "wl.docx", docx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if wdoc.Text != doc.Text || len(wdoc.Tables) != len(doc.Tables) {
		t.Errorf("WordLike text differs:\n%q\n%q", wdoc.Text, doc.Text)
	}
	var texts []string
	for _, b := range doc.Paragraphs() {
		texts = append(texts, doc.Slice(b.Extent()))
	}
	wantTexts := []string{"一、基本情况", "2022年基本支出合计10.00万元。", "比上年增加1.50万元", "结束"}
	if len(texts) != len(wantTexts) {
		t.Fatalf("paragraphs %q, want %q", texts, wantTexts)
	}
	for i := range texts {
		if texts[i] != wantTexts[i] {
			t.Errorf("paragraph %d = %q, want %q", i+1, texts[i], wantTexts[i])
		}
	}
	if hs := doc.Headings(); len(hs) != 1 || hs[0].Level != 1 {
		t.Errorf("headings = %+v, want one of level 1", hs)
	}
	if p, ok := doc.Paragraphs()[2].(*model.Paragraph); !ok || len(p.Runs) != 3 {
		t.Errorf("third paragraph runs = %+v, want 3 runs", doc.Paragraphs()[2])
	}
	if len(doc.Tables) != 2 {
		t.Fatalf("%d tables, want 2 (one nested)", len(doc.Tables))
	}
	tb := doc.Tables[0]
	if tb.Rows != 4 || tb.Cols != 4 {
		t.Errorf("table is %d×%d, want 4×4", tb.Rows, tb.Cols)
	}
	cells := []struct {
		r, c             int
		text             string
		rowSpan, colSpan int
	}{
		{0, 0, "机构名称", 2, 1},
		{1, 1, "收入合计", 2, 1},
		{0, 3, "其中：", 1, 2},
		{1, 3, "其他\n收入", 1, 1},
		{2, 1, "10.00", 1, 1},
		{2, 3, "4.00", 1, 1},
	}
	for _, c := range cells {
		cell := tb.At(c.r, c.c)
		if cell == nil {
			t.Errorf("no cell at (%d,%d)", c.r, c.c)
			continue
		}
		if got := doc.Slice(cell.Span); got != c.text || cell.RowSpan != c.rowSpan || cell.ColSpan != c.colSpan {
			t.Errorf("(%d,%d) = %q %d×%d, want %q %d×%d", c.r, c.c, got, cell.RowSpan, cell.ColSpan, c.text, c.rowSpan, c.colSpan)
		}
	}
	inner := doc.Tables[1]
	if inner.Parent == nil || inner.Parent.Table != tb || doc.CellText(inner, 0, 1) != "内2" {
		t.Errorf("nested table not attached or wrong: parent %v, cell %q", inner.Parent, doc.CellText(inner, 0, 1))
	}
}
