package report_test

import (
	"fmt"
	"os"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/report"
)

func ExampleWrap() {
	// Break by display width (a Chinese character is 2 columns); numbers
	// stay whole and "，" does not start a line.
	fmt.Println(report.Wrap("正文说「增加」，但数字是减少（降幅 3.2%）", 14))
	// Output:
	// 正文说「增
	// 加」，但数字是
	// 减少（降幅
	// 3.2%）
}

func ExampleNew() {
	p, err := report.New("line", os.Stdout, report.Options{MinSeverity: audit.Warning})
	if err != nil {
		panic(err)
	}
	p.Document(report.Result{
		Path: "报告.docx",
		Findings: []audit.Finding{{
			Rule: "TBL001", Severity: audit.Error, Confidence: 0.95,
			Message:  "行合计与分项之和不符",
			Location: audit.Location{Table: 2, Row: 5, Col: 2},
			Expr:     "3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01",
		}},
	})
	p.Close()
	// Output:
	// 报告.docx:表2 第5行 第2列: error TBL001 行合计与分项之和不符 [3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01] (把握 高)
}
