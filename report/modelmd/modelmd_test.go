package modelmd

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// sample has headings, a unit line, a table with a vertical and a
// horizontal merge, a nested table, a footnote and a recorded error.
func sample() *model.Document {
	b := model.NewBuilder("报告.docx", "docx")
	b.Heading(1, "一、", model.RunText{Text: "一、基本情况", Index: 0})
	b.Text("本年收入 1.00 万元。")
	b.Text("表1 收入情况表")
	b.Text("单位：万元")
	b.BeginTable()
	b.BeginRow(0)
	b.BeginCell(1, model.VMergeRestart)
	b.Text("项目")
	b.BeginCell(2, model.NoVMerge)
	b.Text("金额")
	b.BeginRow(0)
	b.BeginCell(1, model.VMergeContinue)
	b.BeginCell(1, model.NoVMerge)
	b.Text("2022年")
	b.BeginCell(1, model.NoVMerge)
	b.Text("2021年")
	b.BeginRow(0)
	b.BeginCell(1, model.NoVMerge)
	b.Text("合计|总")
	b.BeginCell(1, model.NoVMerge)
	b.Text("1.00")
	b.BeginCell(1, model.NoVMerge)
	b.BeginTable()
	b.BeginCell(1, model.NoVMerge)
	b.Text("内")
	b.EndTable()
	b.EndTable()
	b.Paragraph(model.Footnote, model.RunText{Text: "注：数据来源于决算。", Index: 0})
	b.Error(errors.New("word/footnotes.xml: 第3个脚注无法读取"))
	return b.Document()
}

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "sample.md")
	if *update {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update creates it)", err)
	}
	if buf.String() != string(want) {
		t.Errorf("output differs from %s (go test -update to accept):\n%s", path, buf.String())
	}
}

func TestCellMarkers(t *testing.T) {
	d := sample()
	tb := d.Tables[0]
	tests := []struct {
		r, c int
		want string
	}{
		{0, 0, "项目 ⟨跨2行⟩"},
		{1, 0, CoveredAbove},
		{0, 1, "金额 ⟨跨2列⟩"},
		{0, 2, CoveredLeft},
		{2, 0, `合计\|总`},
		{2, 2, "⟨表2⟩"},
	}
	for _, tt := range tests {
		if got := cellMarkdown(d, tb, tt.r, tt.c); got != tt.want {
			t.Errorf("cell (%d,%d) = %q, want %q", tt.r, tt.c, got, tt.want)
		}
	}
}

func TestEscapeLineStart(t *testing.T) {
	tests := map[string]string{
		"# 标题":  `\# 标题`,
		"1. 一项": `1\. 一项`,
		"- 项":   `\- 项`,
		"2022年": "2022年",
		"正文":    "正文",
	}
	for in, want := range tests {
		if got := escapeLineStart(in); got != want {
			t.Errorf("escapeLineStart(%q) = %q, want %q", in, got, want)
		}
	}
}
