package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

func TestCaptionLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"表5：2019年度“三公”经费支出情况表（单位：万元）", "三公经费支出"},
		{"2019年与2018年财政拨款支出对比表", "财政拨款支出"},
		{"表3：2021年与2020年基本支出对比表（单位：元）", "基本支出"},
		{"财政拨款支出对比表", "财政拨款支出"},
		{"2022年度一般公共预算财政拨款支出决算表", "一般公共预算财政拨款支出"},
		// numbered captions of statistical bulletins, with no 表 at the end
		{"表6：2024年一般公共预算收入完成情况（单位：万元）", "一般公共预算收入"},
		{"表2 2024年社会消费品零售总额执行情况", "社会消费品零售总额"},
		// not the name of one item
		{"单位：万元", ""},
		{"表5", ""},
		{"三、收入决算情况说明", ""},
		{"2022年度收入支出决算总表", ""},
		{"2022年度收入决算表", ""}, // too short to name an item safely
		{"2022年部门整体支出绩效目标", ""},
		{"2024年一般公共预算收入完成情况", ""}, // unnumbered: a heading, not a caption
		{"表6：2024年收入完成情况", ""},
		// the basis the caption ends with names no item
		{"2024年市本级“三公”经费决算情况表（单位：元）", "市本级三公经费"},
		// a unit note after the title: its colon is not a table number's
		{"2024年度“三公”经费财政拨款支出决算表  金额单位：元", "三公经费财政拨款支出"},
		{"表2  2024年度收入决算表　　单位：万元", ""},
		{"表3 2024年度基本支出决算表 计量单位：万元", "基本支出"},
		// a body's name before the year: the item follows the year
		{"表6 天水市教育局2025年一般公共预算基本支出表", "一般公共预算基本支出"}, // too short
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			want := tt.want
			if want != "" {
				want = figures.NormalizeLabel(want) // labels compare normalised
			}
			if got := captionLabel(tt.in); got != want {
				t.Errorf("captionLabel(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}
