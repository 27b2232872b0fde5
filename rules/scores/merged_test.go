package scores

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/parser"
)

// TestMergedSubtotals: a 绩效目标完成情况表 written with real Word merges,
// its 一级指标 merged down over its items and its 小计 row spanning the
// 二级 and 三级 columns. The 小计 rows are subtotals, not items: the 合计
// adds the items once. A wrong 小计 is still found.
func TestMergedSubtotals(t *testing.T) {
	C, span, vr, vc := docxwrite.C, docxwrite.Across, docxwrite.Down, docxwrite.Below
	build := func(sub string) []byte {
		return docxwrite.Doc{Blocks: []docxwrite.Block{
			docxwrite.P("某项目2021年度绩效自评报告"),
			docxwrite.P("表5 项目绩效目标完成情况表"),
			docxwrite.Table{Rows: [][]docxwrite.Cell{
				{span("绩效指标", 3), vr("分值"), vr("得分")},
				{C("一级指标"), C("二级指标"), C("三级指标"), vc, vc},
				{C("预算执行"), C("预算执行"), C("预算执行率"), C("10"), C("9.53")},
				{vr("产出指标"), vr("数量指标"), C("基地面积"), C("30"), C("30.00")},
				{vc, vc, C("贴息户数"), C("20"), C("17.91")},
				{vc, span("小计", 2), C("50"), C(sub)},
				{vr("效益指标"), C("社会效益"), C("增收人数"), C("40"), C("38.00")},
				{vc, span("小计", 2), C("40"), C("38.00")},
				{span("合计", 3), C("100"), C("95.44")},
			}},
		}}.Bytes()
	}
	for _, tt := range []struct {
		sub  string
		want string // rules reported at warning or above, joined
	}{
		{"47.91", ""},
		{"48.91", "SCR005"},
	} {
		data := build(tt.sub)
		d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "m.docx", parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range audit.Run(d, Rules) {
			if f.Severity >= audit.Warning {
				got = append(got, f.Rule)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("小计 %s: findings %v, want %q", tt.sub, got, tt.want)
		}
	}
}

// TestLevelWeights: a table with a 分值 column per level; a merged 二级
// 分值 must be the sum of the 三级 分值 in its rows, its 小计 row aside.
func TestLevelWeights(t *testing.T) {
	C, vr, vc := docxwrite.C, docxwrite.Down, docxwrite.Below
	build := func(quality string) []byte {
		return docxwrite.Doc{Blocks: []docxwrite.Block{
			docxwrite.P("某局2023年度部门整体支出绩效自评报告"),
			docxwrite.P("表7 部门整体支出绩效自评表"),
			docxwrite.Table{Rows: [][]docxwrite.Cell{
				{C("一级指标"), C("分值"), C("二级指标"), C("分值"), C("三级指标"), C("分值"), C("得分")},
				{vr("产出指标"), vr("30"), vr("数量指标"), vr("15"), C("道路养护里程"), C("8"), C("8")},
				{vc, vc, vc, vc, C("危桥改造座数"), C("7"), C("7")},
				{vc, vc, vr("质量指标"), vr("10"), C("交工验收合格率"), C(quality), C("5")},
				{vc, vc, vc, vc, C("优良中等路率"), C("5"), C("5")},
				{vc, vc, C("时效指标"), C("5"), C("完工及时率"), C("5"), C("5")},
				{vc, vc, C("小计"), C("30"), C("小计"), C("30"), C("30")},
				{C("总分"), C("30"), C(""), C(""), C(""), C("30"), C("30")},
			}},
		}}.Bytes()
	}
	for _, tt := range []struct {
		quality string
		want    string // SCR002 findings' messages, joined
	}{
		{"5", ""},
		{"6", "指标「质量指标」分值 10，但其下2项下级指标分值合计 11"},
	} {
		data := build(tt.quality)
		d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "l.docx", parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range audit.Run(d, []*audit.Rule{scr002}) {
			got = append(got, f.Message)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("交工验收合格率 %s: findings %q, want %q", tt.quality, got, tt.want)
		}
	}
}

// TestLevelScores: a table with a 分值 and a 得分 column per level; a
// merged 一级 得分 must be the sum of the 二级 得分 in its rows, and the
// total row, named in the 一级指标 column, adds up as it stands.
func TestLevelScores(t *testing.T) {
	C, vr, vc := docxwrite.C, docxwrite.Down, docxwrite.Below
	build := func(target string) []byte {
		return docxwrite.Doc{Blocks: []docxwrite.Block{
			docxwrite.P("某局2024年度部门整体支出绩效自评报告"),
			docxwrite.P("表7 2024年度部门整体支出绩效自评得分表"),
			docxwrite.Table{Rows: [][]docxwrite.Cell{
				{C("一级指标"), C("分值"), C("得分"), C("二级指标"), C("分值"), C("得分")},
				{vr("投入"), vr("20"), vr("16.50"), C("目标设定"), C("6"), C(target)},
				{vc, vc, vc, C("预算编制"), C("8"), C("7.00")},
				{vc, vc, vc, C("资金到位"), C("6"), C("5.50")},
				{vr("产出"), vr("80"), vr("76.50"), C("产出数量"), C("40"), C("38.00")},
				{vc, vc, vc, C("产出质量"), C("40"), C("38.50")},
				{C("合计"), C("100"), C("93.00"), C("—"), C("100"), C("93.00")},
			}},
		}}.Bytes()
	}
	for _, tt := range []struct {
		target string
		want   string // SCR005 findings' messages, joined
	}{
		{"4.00", ""},
		{"4.50", "指标「投入」得分 16.50，但其下3项下级指标得分合计 17.00"},
	} {
		data := build(tt.target)
		d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "s.docx", parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range audit.Run(d, []*audit.Rule{scr005}) {
			if f.Severity >= audit.Warning {
				got = append(got, f.Message)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("目标设定 %s: findings %q, want %q", tt.target, got, tt.want)
		}
	}
}
