package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWrap checks Wrap's invariants on arbitrary text: no text is lost but
// spaces at line breaks, and no line is wider than asked unless it holds at
// most two characters (a wide character plus punctuation kept with it).
func FuzzWrap(f *testing.F) {
	for _, s := range []string{
		"3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26",
		"表2「部门（单位）年度支出和结余情况（万元）」 行「2.州中小微企业服务中心」",
		"a  b\n\nc", "（（（（", "，，，，", "\x1b[31m错误\x1b[0m",
	} {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		if !utf8.ValidString(s) || width < 1 || width > 200 || strings.ContainsAny(s, "\r\x1b\t") {
			return
		}
		got := Wrap(s, width)
		strip := func(x string) string { return strings.NewReplacer(" ", "", "\n", "").Replace(x) }
		if strip(got) != strip(s) {
			t.Fatalf("Wrap(%q, %d) = %q lost text", s, width, got)
		}
		for _, line := range strings.Split(got, "\n") {
			if Width(line) > width && utf8.RuneCountInString(line) > 2 {
				t.Fatalf("Wrap(%q, %d): line %q is %d wide", s, width, line, Width(line))
			}
		}
	})
}
