package testenv

import (
	"errors"

	"github.com/crossfoot/crossfoot/model"
)

// SampleDocument has headings, a unit line, a table with a vertical and a
// horizontal merge, a nested table, a footnote and a recorded error: one
// small document exercising every part of the model, for formatter tests.
func SampleDocument() *model.Document {
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
