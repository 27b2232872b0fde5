package report

import (
	"strings"
	"testing"
)

func TestWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"错误", 4},
		{"表2 第5行", 9},
		{"１２３", 6}, // full-width digits are wide
		{"≠ ±", 3}, // ambiguous characters count as narrow
		{"┌─┐", 3}, // box drawing stays narrow
		{"\x1b[31m错\x1b[0m", 2},
	}
	for _, tt := range tests {
		if got := Width(tt.s); got != tt.want {
			t.Errorf("Width(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name  string
		s     string
		width int
		want  string
	}{
		{"fits", "支出合计", 8, "支出合计"},
		{"chinese by display width", "部门年度支出和结余情况", 8, "部门年度\n支出和结\n余情况"},
		{"odd width never splits a wide char", "部门年度支出", 5, "部门\n年度\n支出"},
		{"punctuation does not start a line", "差额为一，请核对", 8, "差额为\n一，请核\n对"},
		{"numbers stay whole", "合计 1411.90 不符", 10, "合计\n1411.90 不\n符"},
		{"long word is broken", "abcdefghij", 4, "abcd\nefgh\nij"},
		{"spaces dropped at breaks", "one two three", 7, "one two\nthree"},
		{"existing breaks kept", "第一行\n第二行", 20, "第一行\n第二行"},
		{"mixed", "TBL001 行合计不符", 10, "TBL001 行\n合计不符"},
		{"zero width keeps text", "abc", 0, "abc"},
		{"empty", "", 5, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Wrap(tt.s, tt.width)
			if got != tt.want {
				t.Errorf("Wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
			}
		})
	}
}

// TestWrapInvariants checks, over many widths, that wrapping loses no
// character (other than spaces at breaks) and that no line is too wide
// unless it is a single unbreakable character.
func TestWrapInvariants(t *testing.T) {
	inputs := []string{
		"3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26",
		"表2「部门（单位）年度支出和结余情况（万元）」 行「2.州中小微企业服务中心」 列「支出合计 › 其中 › 基本支出」",
		"the text says “increase” but the figures decrease (−3.2%)",
		"正文说「增加」，但数字是减少（降幅 3.2%）。请核对第二段。",
	}
	for _, s := range inputs {
		for width := 1; width <= 40; width++ {
			got := Wrap(s, width)
			if strings.ReplaceAll(strings.ReplaceAll(got, "\n", ""), " ", "") != strings.ReplaceAll(s, " ", "") {
				t.Errorf("Wrap(%q, %d) lost text: %q", s, width, got)
			}
			for _, line := range strings.Split(got, "\n") {
				// A line may overflow only by carrying closing punctuation
				// when the line holds a single character.
				if w := Width(line); w > width && len([]rune(line)) > 2 {
					t.Errorf("Wrap(%q, %d): line %q is %d wide", s, width, line, w)
				}
			}
		}
	}
}

func TestWrapOpeningBracket(t *testing.T) {
	if got, want := Wrap("数字是减少（降幅", 12), "数字是减少\n（降幅"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
