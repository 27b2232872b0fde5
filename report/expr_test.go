package report

import "testing"

func TestTranslateExpr(t *testing.T) {
	tests := []struct{ in, want string }{
		{"0.16 − 0.19 = -0.03 ≠ -0.04，差 0.01", "0.16 − 0.19 = -0.03 ≠ -0.04, diff 0.01"},
		{"列：20.37 − 12.43 + 0.75 = 8.69 ≠ 9.19，差 0.50；行：23.42 − 35.35 = -11.93 ≠ -12.43，差 0.50",
			"column: 20.37 − 12.43 + 0.75 = 8.69 ≠ 9.19, diff 0.50; row: 23.42 − 35.35 = -11.93 ≠ -12.43, diff 0.50"},
		{"373.5 ÷ 292.62 = 1.2764倍 ≠ 1.27倍", "373.5 ÷ 292.62 = 1.2764× ≠ 1.27×"},
		// Quoted document text is evidence and stays as written.
		{"「效益指标30分」：8 + 7 + 6 + 8 = 29 ≠ 30，差 1", "「效益指标30分」: 8 + 7 + 6 + 8 = 29 ≠ 30, diff 1"},
		{"「较2020年增加，差额」 → 「（二）」", "「较2020年增加，差额」 → 「（二）」"},
		{"10.80万元 ≠ 1.08万元", "10.80万元 ≠ 1.08万元"},
		{"「unterminated，差", "「unterminated，差"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := translateExpr(tt.in); got != tt.want {
			t.Errorf("translateExpr(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
