package parser_test

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/parser"
)

func ExampleParse() {
	report := "一、收支情况\n\t项目\n\t本年\n\t上年\n\n\t合计\n\t8982.84\n\t5205.51\n\n"
	r := strings.NewReader(report)
	doc, err := parser.Parse(context.Background(), r, r.Size(), "报告.txt", parser.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	t := doc.Tables[0]
	cell := t.At(1, 1)
	fmt.Println(t.Rows, "x", t.Cols, doc.Slice(cell.Span), doc.Position(cell.Span.Start))
	// Output: 2 x 3 8982.84 表1 第2行 第2列 第1字
}

func ExampleParse_rejected() {
	r := strings.NewReader("%PDF-1.7\n")
	_, err := parser.Parse(context.Background(), r, r.Size(), "报告.pdf", parser.Options{})
	fmt.Println(errors.Is(err, parser.ErrUnsupportedFormat))
	fmt.Println(err)
	// Output:
	// true
	// 报告.pdf：不支持的文件格式（支持 .docx/.docm/.dotx 与 .txt）：这是 PDF 文件，无法可靠读取表格，请提交 Word 原件（.docx）或纯文本（.txt）
}
