package text

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPageMarker(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"— 3 —", true},
		{"- 12 -", true},
		{"3", true},
		{"第3页", true},
		{"第 3 页 共 10 页", true},
		{"2019", true},
		{"20190", false}, // five digits: a figure, not a page
		{"3.", false},
		{"第3页附表", false},
		{"一、", false},
		{"", false},
		{"— —", false},
	} {
		if got := pageMarker(tc.line); got != tc.want {
			t.Errorf("pageMarker(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestWrapWidth: a text written a paragraph per line is not wrapped, one
// copied out of a PDF is.
func TestWrapWidth(t *testing.T) {
	perLine := "一、基本情况\n" +
		"2019年度收入总计3435.91万元、支出总计3435.91万元。与2018年度相比，收、支总计各增加494.09万元，增长16.80%。主要原因是项目资金增加。\n" +
		"2019年度本年收入合计3128.68万元，其中：财政拨款收入3091.03万元，占98.80%；事业收入32.45万元，占1.04%；其他收入5.19万元。\n" +
		"二、支出情况\n"
	text := ""
	for range 4 {
		text += perLine
	}
	if w := wrapWidth(text); w != 0 {
		t.Errorf("paragraph per line: wrapWidth = %d, want 0", w)
	}
	if w := wrapWidth(readFixture(t, "testdata/wrapped.txt")); w == 0 {
		t.Error("wrapped.txt: wrapWidth = 0, want the width of its full lines")
	}
}

func readFixture(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// BenchmarkWrapWidth: the cost of telling wrapped text apart, on the
// bundled example (a paragraph per line) and on a wrapped report.
func BenchmarkWrapWidth(b *testing.B) {
	for _, path := range []string{"../../testdata/seed/report-2022.txt", "testdata/wrapped.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Skip(err)
		}
		s := string(data)
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				wrapWidth(s)
			}
		})
	}
}
