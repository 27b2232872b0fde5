package sequence

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
)

// TestLevelCountSpanningRow: a score table written in Word whose 预算执行率
// row spans the three level columns. Authors count that row among the
// 三级指标 or leave it out; both counts are right, any other is reported.
func TestLevelCountSpanningRow(t *testing.T) {
	C, span, vr, vc := docxwrite.C, docxwrite.Across, docxwrite.Down, docxwrite.Below
	build := func(sentence string) []byte {
		return docxwrite.Doc{Blocks: []docxwrite.Block{
			docxwrite.P("某县2025年度高标准农田建设项目支出绩效自评报告"),
			docxwrite.H(1, "四、绩效指标完成情况"),
			docxwrite.P(sentence),
			docxwrite.P("表5 项目绩效指标完成情况表"),
			docxwrite.Table{Rows: [][]docxwrite.Cell{
				{C("一级指标"), C("二级指标"), C("三级指标"), C("分值"), C("得分")},
				{span("预算执行率", 3), C("10"), C("9.69")},
				{vr("产出指标"), vr("数量指标"), C("新建高标准农田面积"), C("10"), C("10.00")},
				{vc, vc, C("新建渠道长度"), C("10"), C("9.00")},
				{vc, C("质量指标"), C("工程验收合格率"), C("20"), C("20.00")},
				{vr("效益指标"), C("社会效益指标"), C("受益农户数"), C("25"), C("25.00")},
				{vc, C("满意度指标"), C("受益群众满意度"), C("25"), C("24.00")},
				{span("合计", 3), C("100"), C("97.69")},
			}},
		}}.Bytes()
	}
	for _, tt := range []struct {
		sentence string
		want     int // SEQ004 findings
	}{
		{"项目设置的5个三级指标中，全面完成的4个，未完全达到年度指标值的1个。", 0}, // 预算执行率 left out
		{"项目设置的6个三级指标中，全面完成的5个，未完全达到年度指标值的1个。", 0}, // 预算执行率 counted
		{"项目设置的7个三级指标中，全面完成的6个，未完全达到年度指标值的1个。", 1},
		{"项目设置的4个三级指标中，全面完成的3个，未完全达到年度指标值的1个。", 1},
	} {
		if n := docxFindings(t, build(tt.sentence), "SEQ004"); n != tt.want {
			t.Errorf("%s: %d SEQ004 findings, want %d", tt.sentence, n, tt.want)
		}
	}
}
