package years

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/parser"
)

// TestYearGroupHeader: "2024年度" over this year's columns beside last
// year's outturn, then the change from last year: the outturn's year must
// be the year before.
func TestYearGroupHeader(t *testing.T) {
	C, span, vr, vc := docxwrite.C, docxwrite.Across, docxwrite.Down, docxwrite.Below
	build := func(cur, prior string) []byte {
		return docxwrite.Doc{Blocks: []docxwrite.Block{
			docxwrite.P("某省民政厅2024年度部门决算"),
			docxwrite.P("（2024年度）"),
			docxwrite.P("表1 2024年度收入支出决算总表"),
			docxwrite.P("表2 2024年度收入决算表"),
			docxwrite.P("2024年度收入、支出总计均为32215.39万元。"),
			docxwrite.P("2024年度本部门支出决算32215.39万元，年初预算30460.34万元。"),
			docxwrite.P("2024年度基本支出20150.22万元，项目支出12065.17万元。"),
			docxwrite.P("2024年度“三公”经费支出45.20万元。"),
			docxwrite.P("2024年度政府采购支出总额1500.00万元。"),
			docxwrite.P("表5 一般公共预算财政拨款支出决算明细表"),
			docxwrite.Table{Rows: [][]docxwrite.Cell{
				{vr("科目名称"), span(cur, 2), vr(prior), span("比上年", 2)},
				{vc, C("年初预算数"), C("决算数"), vc, C("增减额"), C("增减率（%）")},
				{C("合计"), C("30460.34"), C("32215.39"), C("32730.43"), C("-515.04"), C("-1.57")},
				{C("行政运行"), C("1200.00"), C("1250.00"), C("1300.00"), C("-50.00"), C("-3.85")},
			}},
		}}.Bytes()
	}
	for _, tt := range []struct {
		cur, prior string
		want       string // YR007 findings' actual years, joined
	}{
		{"2024年度", "2023年度决算数", ""},
		{"2024年度", "2022年度决算数", "2022年"},
		{"2023年度", "2023年度决算数", "2023年"}, // this year's written as last year's
	} {
		data := build(tt.cur, tt.prior)
		d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "g.docx", parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range audit.Run(d, Rules) {
			if f.Rule == "YR007" {
				got = append(got, f.Actual)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s | %s: YR007 %q, want %q", tt.cur, tt.prior, got, tt.want)
		}
	}
}
