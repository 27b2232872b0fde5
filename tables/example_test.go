package tables_test

import (
	"context"
	"fmt"

	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/tables"
)

// A report's table in the TAB text format: a 合计 column with its 其中
// sub-columns, and a total row at the bottom.
const report = "年度收入情况（万元）\n" +
	"\t机构名称\n\t收入合计\n\t其中：\n\n" +
	"\t\n\t\n\t财政拨款\n\t其他收入\n\n" +
	"\t1.本级机构\n\t600.00\n\t450.00\n\t150.00\n\n" +
	"\t2.服务中心\n\t250.00\n\t150.00\n\t100.00\n\n" +
	"\t合  计\n\t850.00\n\t600.00\n\t250.00\n\n" +
	"说明。\n"

func ExampleAnalyze() {
	d, _ := text.ParseBytes(context.Background(), []byte(report), "report.txt", text.Options{})
	a := tables.Analyze(d)
	b := a.Tables[0].Blocks[0]
	fmt.Println(b.Kind, b.Unit, b.Title)
	for _, c := range b.Columns {
		fmt.Printf("column %q total=%v\n", c.PathString(), c.Total)
	}
	for _, dc := range a.DataCells() {
		if dc.Row.Total {
			fmt.Printf("%s / %s = %s %s\n", dc.Row.Label, dc.Column.Name(), dc.Num.String(), dc.Unit())
		}
	}
	// Output:
	// arithmetic 万元 年度收入情况（万元）
	// column "收入合计" total=true
	// column "收入合计 › 其中 › 财政拨款" total=false
	// column "收入合计 › 其中 › 其他收入" total=false
	// 合  计 / 收入合计 = 850.00 万元
	// 合  计 / 财政拨款 = 600.00 万元
	// 合  计 / 其他收入 = 250.00 万元
}
