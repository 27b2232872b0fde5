package tables_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/tables"
)

// TestMergedHeaders: a three-level header written with real Word merges
// (gridSpan and vMerge) composes into column paths.
func TestMergedHeaders(t *testing.T) {
	C, span, vr, vc := docxwrite.C, docxwrite.Across, docxwrite.Down, docxwrite.Below
	doc := docxwrite.Doc{Blocks: []docxwrite.Block{
		docxwrite.P("部门支出情况表"),
		docxwrite.P("单位：元"),
		docxwrite.Table{Rows: [][]docxwrite.Cell{
			{vr("机构名称"), vr("支出合计"), span("其中：", 4), vr("结余")},
			{vc, vc, vr("基本支出"), span("其中：", 2), vr("项目支出"), vc},
			{vc, vc, vc, C("人员支出"), C("公用支出"), vc, vc},
			{C("合计"), C("3000.00"), C("1300.00"), C("1000.00"), C("300.00"), C("1700.00"), C("0")},
			{C("1.本级"), C("1800.00"), C("800.00"), C("600.00"), C("200.00"), C("1000.00"), C("0")},
			{C("2.中心"), C("1200.00"), C("500.00"), C("400.00"), C("100.00"), C("700.00"), C("0")},
		}},
	}}
	data := doc.Bytes()
	d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "h.docx", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := tables.Analyze(d)
	if len(a.Tables) != 1 || len(a.Tables[0].Blocks) != 1 {
		t.Fatalf("want one table with one block, got %+v", a.Tables)
	}
	b := a.Tables[0].Blocks[0]
	var paths []string
	for _, c := range b.Columns {
		paths = append(paths, c.PathString())
	}
	want := []string{
		"支出合计",
		"支出合计 › 其中 › 基本支出",
		"支出合计 › 其中 › 基本支出 › 其中 › 人员支出",
		"支出合计 › 其中 › 基本支出 › 其中 › 公用支出",
		"支出合计 › 其中 › 项目支出",
		"结余",
	}
	if strings.Join(paths, "\n") != strings.Join(want, "\n") {
		t.Errorf("paths:\n%s\nwant:\n%s", strings.Join(paths, "\n"), strings.Join(want, "\n"))
	}
	if b.Unit != "元" || b.Kind != tables.Arithmetic || !b.Rows[0].Total || b.Rows[1].Level != 1 {
		t.Errorf("unit %q kind %v total %v level %d", b.Unit, b.Kind, b.Rows[0].Total, b.Rows[1].Level)
	}
}

// TestSplitCodeColumns: a 科目编码 head spanning 类 | 款 | 项 gives each row
// its whole code, and so its level, and the 合计 merged across the code
// and name columns names its row.
func TestSplitCodeColumns(t *testing.T) {
	C, span, vr, vc := docxwrite.C, docxwrite.Across, docxwrite.Down, docxwrite.Below
	doc := docxwrite.Doc{Blocks: []docxwrite.Block{
		docxwrite.P("表2 2020年度收入决算表"),
		docxwrite.P("单位：元"),
		docxwrite.Table{Rows: [][]docxwrite.Cell{
			{span("科目编码", 3), vr("科目名称"), vr("本年收入合计")},
			{C("类"), C("款"), C("项"), vc, vc},
			{span("合计", 4), C("420,000.00")},
			{C("208"), C(""), C(""), C("社会保障和就业支出"), C("400,000.00")},
			{C("208"), C("05"), C(""), C("行政事业单位养老支出"), C("400,000.00")},
			{C("208"), C("05"), C("05"), C("机关事业单位基本养老保险缴费支出"), C("300,000.00")},
			{C("208"), C("05"), C("06"), C("机关事业单位职业年金缴费支出"), C("100,000.00")},
			{C("221"), C(""), C(""), C("住房保障支出"), C("20,000.00")},
			{C("221"), C("02"), C("01"), C("住房公积金"), C("20,000.00")},
		}},
	}}
	data := doc.Bytes()
	d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "c.docx", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := tables.Analyze(d)
	if len(a.Tables) != 1 || len(a.Tables[0].Blocks) != 1 {
		t.Fatalf("want one table with one block, got %+v", a.Tables)
	}
	b := a.Tables[0].Blocks[0]
	var got []string
	for _, r := range b.Rows {
		got = append(got, r.Label+"="+r.Code)
	}
	want := "合计=|社会保障和就业支出=208|行政事业单位养老支出=20805|机关事业单位基本养老保险缴费支出=2080505|机关事业单位职业年金缴费支出=2080506|住房保障支出=221|住房公积金=2210201"
	if strings.Join(got, "|") != want {
		t.Errorf("codes:\n%s\nwant:\n%s", strings.Join(got, "|"), want)
	}
	if !b.Rows[0].Total || b.Rows[2].Level != 2 || b.Rows[3].Level != 3 {
		t.Errorf("total %v, levels %d %d", b.Rows[0].Total, b.Rows[2].Level, b.Rows[3].Level)
	}
}

// TestUnitCellOverHeader: a "单位：万元" cell in a row over the header names
// no column: the paths are the header's alone, and the unit is the block's.
func TestUnitCellOverHeader(t *testing.T) {
	C, span := docxwrite.C, docxwrite.Across
	doc := docxwrite.Doc{Blocks: []docxwrite.Block{
		docxwrite.P("表3 某县支出情况表"),
		docxwrite.Table{Rows: [][]docxwrite.Cell{
			{C(""), C(""), span("单位：万元", 2)},
			{C("项目"), C("预算数"), C("决算数"), C("增减额")},
			{C("合计"), C("300.00"), C("280.00"), C("-20.00")},
			{C("教育支出"), C("200.00"), C("190.00"), C("-10.00")},
			{C("卫生健康支出"), C("100.00"), C("90.00"), C("-10.00")},
		}},
	}}
	data := doc.Bytes()
	d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "u.docx", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b := tables.Analyze(d).Tables[0].Blocks[0]
	var paths []string
	for _, c := range b.Columns {
		paths = append(paths, c.PathString())
	}
	if got, want := strings.Join(paths, " | "), "预算数 | 决算数 | 增减额"; got != want {
		t.Errorf("paths %q, want %q", got, want)
	}
	if b.Unit != "万元" {
		t.Errorf("unit %q, want 万元", b.Unit)
	}
}
