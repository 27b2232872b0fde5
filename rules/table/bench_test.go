package table

import (
	"context"
	"fmt"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

// synthetic builds a report with n tables of the usual shapes: a total row
// over numbered rows, a 合计 column with 其中 sub-columns, 本年/上年,
// 增减额 and 增减率 columns. Every tenth table has one wrong figure.
func synthetic(n int) *model.Document {
	b := model.NewBuilder("synthetic.docx", "docx")
	cell := func(s string, span int) {
		b.BeginCell(span, model.NoVMerge)
		b.Text(s)
		b.EndCell()
	}
	for t := 0; t < n; t++ {
		b.Heading(1, fmt.Sprintf("%d.", t+1), model.RunText{Text: fmt.Sprintf("%d. 第%d部分", t+1, t+1), Index: -1})
		b.Text(fmt.Sprintf("表%d 收支情况表（万元）", t+1))
		b.BeginTable()
		b.BeginRow(0)
		for _, h := range []string{"项目", "本年合计", "其中：", "上年", "增减额", "增减率"} {
			span := 1
			if h == "其中：" {
				span = 2
			}
			cell(h, span)
		}
		b.BeginRow(0)
		for _, h := range []string{"", "", "基本支出", "项目支出", "", "", ""} {
			cell(h, 1)
		}
		rows := 12
		var tot [5]int64
		var data [][5]int64
		for r := 0; r < rows; r++ {
			basic := int64(10000 + 137*r + 31*t)
			proj := int64(5000 + 71*r + 13*t)
			cur := basic + proj
			prev := cur - int64(300+17*r)
			d := [5]int64{cur, basic, proj, prev, cur - prev}
			data = append(data, d)
			for k := range tot {
				tot[k] += d[k]
			}
		}
		row := func(label string, d [5]int64) {
			b.BeginRow(0)
			cell(label, 1)
			for _, v := range d {
				cell(figures.FormatFixed(v, 2), 1)
			}
			rate := float64(d[4]) / float64(d[3]) * 100
			cell(fmt.Sprintf("%.2f%%", rate), 1)
		}
		if t%10 == 3 {
			data[5][1] += 900 // a wrong 基本支出
		}
		for r, d := range data {
			row(fmt.Sprintf("%d.单位%d", r+1, r+1), d)
		}
		row("合    计", tot)
		b.EndTable()
		b.Text("以上数据均按财政部门要求使用和管理。")
	}
	return b.Document()
}

func BenchmarkAuditSeed(b *testing.B) {
	d, err := parser.ParseFile(context.Background(), testenv.Seed(b, "report-2022.docx"), parser.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		audit.Run(d, Rules)
	}
}

func BenchmarkAuditSynthetic200(b *testing.B) {
	d := synthetic(200)
	b.ReportAllocs()
	for b.Loop() {
		audit.Run(d, Rules)
	}
}

// TestSynthetic: the wrong cells of the synthetic report are found, and
// nothing else at warning or above.
func TestSynthetic(t *testing.T) {
	d := synthetic(40)
	fs := audit.Filter(audit.Run(d, Rules), audit.Warning)
	if len(fs) != 4 {
		for _, f := range fs {
			t.Logf("%s %s %s", f.Rule, f.Message, f.Expr)
		}
		t.Fatalf("got %d findings, want 4 (one per tenth table)", len(fs))
	}
	for _, f := range fs {
		if f.Rule != "TBL006" || f.Location.RowLabel != "6.单位6" {
			t.Errorf("unexpected finding %s %s | %s", f.Rule, f.Message, f.Expr)
		}
	}
}
