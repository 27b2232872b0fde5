package model

import (
	"fmt"
	"strings"
	"testing"
)

func build() *Document {
	b := NewBuilder("t.docx", "docx")
	b.Heading(1, "一、", RunText{Text: "一、基本情况", Index: 0})
	b.Text("第一段。")
	b.Heading(2, "（一）", RunText{Text: "（一）收入", Index: 0})
	b.Text("单位：万元")
	b.BeginTable()
	b.BeginRow(0)
	b.BeginCell(1, VMergeRestart)
	b.Text("项目")
	b.BeginCell(2, NoVMerge)
	b.Text("金额")
	b.BeginRow(0)
	b.BeginCell(1, VMergeContinue)
	b.BeginCell(1, NoVMerge)
	b.Text("2022年")
	b.BeginCell(1, NoVMerge)
	b.Text("2021年")
	b.BeginRow(0)
	b.BeginCell(1, NoVMerge)
	b.Text("合计")
	b.BeginCell(1, NoVMerge)
	b.Text("1.00")
	b.Text("第二行")
	b.BeginCell(1, NoVMerge)
	b.BeginTable()
	b.BeginCell(1, NoVMerge)
	b.Text("内")
	b.EndTable()
	b.EndTable()
	b.Text("正文后。")
	return b.Document()
}

func TestGridAndMerges(t *testing.T) {
	d := build()
	if len(d.Tables) != 2 {
		t.Fatalf("tables = %d, want 2 (one nested)", len(d.Tables))
	}
	tb := d.Tables[0]
	if tb.Rows != 3 || tb.Cols != 3 {
		t.Fatalf("grid = %dx%d, want 3x3", tb.Rows, tb.Cols)
	}
	tests := []struct {
		r, c int
		want string
	}{
		{0, 0, "项目"}, {1, 0, "项目"}, {0, 1, "金额"}, {0, 2, "金额"},
		{1, 1, "2022年"}, {1, 2, "2021年"}, {2, 0, "合计"}, {2, 1, "1.00\n第二行"},
	}
	for _, tt := range tests {
		if got := d.CellText(tb, tt.r, tt.c); got != tt.want {
			t.Errorf("At(%d,%d) = %q, want %q", tt.r, tt.c, got, tt.want)
		}
	}
	if c := tb.At(0, 0); c.RowSpan != 2 || c.ColSpan != 1 {
		t.Errorf("vMerge cell span = %dx%d, want 2x1", c.RowSpan, c.ColSpan)
	}
	if c := tb.At(0, 1); c.ColSpan != 2 {
		t.Errorf("gridSpan cell colspan = %d, want 2", c.ColSpan)
	}
	if tb.Caption != "（一）收入" {
		t.Errorf("caption = %q", tb.Caption)
	}
	if got := d.UnitNote(tb); got != "单位：万元" {
		t.Errorf("unit note = %q", got)
	}
	nested := d.Tables[1]
	if nested.Parent == nil || nested.Parent != tb.At(2, 2) {
		t.Errorf("nested table parent not set to its cell")
	}
}

func TestPosition(t *testing.T) {
	d := build()
	off := strings.Index(d.Text, "第二行")
	p := d.Position(off)
	if p.Table != 1 || p.Row != 3 || p.Col != 2 || p.Column != 6 {
		t.Errorf("Position = %+v, want table 1 row 3 col 2 char 6", p)
	}
	if got := p.String(); got != "表1 第3行 第2列 第6字" {
		t.Errorf("String = %q", got)
	}
	off = strings.Index(d.Text, "正文后")
	p = d.Position(off)
	if p.Section != "一、（一）" || p.Para != 5 || p.Table != 0 {
		t.Errorf("Position = %+v", p)
	}
	off = strings.Index(d.Text, "内")
	if p := d.Position(off); p.Table != 2 {
		t.Errorf("nested cell position = %+v, want table 2", p)
	}
}

func TestDumpStable(t *testing.T) {
	var a, b strings.Builder
	if err := build().Dump(&a); err != nil {
		t.Fatal(err)
	}
	_ = build().Dump(&b)
	if a.String() != b.String() || !strings.Contains(a.String(), `r0c0 2x1 "项目"`) {
		t.Errorf("dump:\n%s", a.String())
	}
}

func TestNestedTableFirstInCellNumberedAfterParent(t *testing.T) {
	b := NewBuilder("n.docx", "docx")
	b.BeginTable()
	b.BeginCell(1, NoVMerge)
	b.BeginTable()
	b.BeginCell(1, NoVMerge)
	b.Text("内")
	b.EndTable()
	b.Text("外")
	b.EndTable()
	d := b.Document()
	if len(d.Tables) != 2 || d.Tables[0].Parent != nil || d.Tables[1].Parent == nil {
		t.Fatalf("tables: parent must be 表1 and the nested one 表2; got parents %v, %v", d.Tables[0].Parent, d.Tables[1].Parent)
	}
}

// TestIsFormNumber: a line that only numbers a form is passed over for the
// title above it.
func TestIsFormNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"公开06表": true, "附表3": true, "表3": true, "表12": true,
		"表3 收入决算表": false, "收入支出决算总表": false, "公开表": false, "单位：万元": false,
	} {
		if got := isFormNumber(s); got != want {
			t.Errorf("isFormNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFormNoteCaption: a line naming the form's filler and unit, between
// a table's title and the table, is passed over for the title, and is the
// table's unit note; alone above a table it is still its caption.
func TestFormNoteCaption(t *testing.T) {
	for s, want := range map[string]bool{
		"部门：赣州市赣县区发展和改革局                单位：万元": true,
		"编制单位：某街道办事处  金额单位：元":                  true,
		"单位名称：某学校 单位:万元":                       true,
		"部门：某局":                                false, // no unit
		"部门：某局 单位：万元以上的设备购置情况说明":               false, // not a unit at the end
		"单位：万元":       false, // a unit line (isUnitLine)
		"编制单位负责人：张三":  false,
		"表一 部门收支预算总表": false,
	} {
		if got := IsFormNote(s); got != want {
			t.Errorf("IsFormNote(%q) = %v, want %v", s, got, want)
		}
	}
	caption := captionAfter
	if c, u := caption("表三 部门支出预算总表", "部门：某局 单位：万元"); c != "表三 部门支出预算总表" || u != "部门：某局 单位：万元" {
		t.Errorf("title then note: caption %q, unit note %q", c, u)
	}
	if c, _ := caption("正文一段，说明情况。", "部门：某局 单位：万元"); c != "部门：某局 单位：万元" {
		t.Errorf("note alone: caption %q, want the note", c)
	}
}

// captionAfter builds a document of the given lines, then a one-cell
// table, and returns the table's caption and unit note.
func captionAfter(lines ...string) (string, string) {
	b := NewBuilder("t.docx", "docx")
	for _, l := range lines {
		b.Text(l)
	}
	b.BeginTable()
	b.BeginRow(0)
	b.BeginCell(1, NoVMerge)
	b.Text("合计")
	b.EndTable()
	d := b.Document()
	return d.Tables[0].Caption, d.UnitNote(d.Tables[0])
}

// TestCaptionPassesUnitLine: a table's caption is the title above its unit
// line, whether the line says 单位 or 金额单位; the unit line is its note.
func TestCaptionPassesUnitLine(t *testing.T) {
	for _, unit := range []string{"单位：元", "金额单位：元", "计量单位：万元"} {
		c, note := captionAfter("表2 收入决算表", unit)
		if c != "表2 收入决算表" {
			t.Errorf("%s: caption = %q, want the title above", unit, c)
		}
		if note != unit {
			t.Errorf("%s: unit note = %q", unit, note)
		}
	}
}

// TestCaptionPassesNumberAndUnit: a line numbering the form and giving its
// unit ("公开05表        单位：万元"), maybe after the form's filler ("部门：
// 某局"), is passed over for the title above it, and its unit (or note) is
// the table's unit note.
func TestCaptionPassesNumberAndUnit(t *testing.T) {
	for _, line := range []string{"公开05表        单位：万元", "附表3\u3000金额单位：元", "公开03表\u3000\u3000部门：常州市水利局\u3000\u3000单位：万元"} {
		c, note := captionAfter("表4  某局2023年度一般公共预算财政拨款支出决算表", line)
		if c != "表4  某局2023年度一般公共预算财政拨款支出决算表" {
			t.Errorf("%s: caption %q, want the title above", line, c)
		}
		if _, unit, _ := strings.Cut(strings.ReplaceAll(line, "\u3000", " "), " "); strings.ReplaceAll(note, "\u3000", " ") != strings.TrimSpace(unit) {
			t.Errorf("%s: unit note %q", line, note)
		}
	}
	if c, _ := captionAfter("正文一段，说明情况。", "公开05表 单位：万元"); c != "公开05表 单位：万元" {
		t.Errorf("line alone: caption %q, want the line", c)
	}
}

// TestCaptionPassesFormField: a 编制单位 line without a unit between a
// table and its title is passed over.
func TestCaptionPassesFormField(t *testing.T) {
	if c, _ := captionAfter("公开01表", "收入支出决算总表", "编制单位：宜昌市夷陵区文化和旅游局　　　　2019年度", "单位：万元"); c != "收入支出决算总表" {
		t.Errorf("caption %q, want the title above the 编制单位 line", c)
	}
}

// TestRowCells: each cell of a row once, a merged one at its first column,
// one merged down from above included.
func TestRowCells(t *testing.T) {
	d := build()
	tb := d.Tables[0]
	for _, tt := range []struct {
		r    int
		want string
	}{
		{0, "0:项目 1:金额"},
		{1, "0:项目 1:2022年 2:2021年"},
	} {
		var got []string
		for c, cell := range tb.RowCells(tt.r) {
			got = append(got, fmt.Sprintf("%d:%s", c, d.Slice(cell.Span)))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("row %d: %q, want %q", tt.r, strings.Join(got, " "), tt.want)
		}
	}
}
