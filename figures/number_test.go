package figures

import (
	"math"
	"testing"
)

func TestParseCell(t *testing.T) {
	tests := []struct {
		in      string
		kind    Kind
		mant    int64
		dec     int
		percent bool
		unit    string
		bound   string
	}{
		{"1,234.56", Value, 123456, 2, false, "", ""},
		{"（12.30）", Value, -1230, 2, false, "", ""},
		{"(12.30)", Value, -1230, 2, false, "", ""},
		{"−5", Value, -5, 0, false, "", ""},
		{"－5.0", Value, -50, 1, false, "", ""},
		{"-6.59", Value, -659, 2, false, "", ""},
		{"12.3%", Value, 123, 1, true, "", ""},
		{"≥95%", Value, 95, 0, true, "", "≥"},
		{"102.55亿元", Value, 10255, 2, false, "亿元", ""},
		{"１２３．４５", Value, 12345, 2, false, "", ""},
		{"1 836.93", Value, 183693, 2, false, "", ""}, // a space between thousands (Excel, OCR)
		{"12 345 678.90", Value, 1234567890, 2, false, "", ""},
		{"0", Value, 0, 0, false, "", ""},
		{"—", Dash, 0, 0, false, "", ""},
		{"——", Dash, 0, 0, false, "", ""},
		{"/", Dash, 0, 0, false, "", ""},
		{"  ", Blank, 0, 0, false, "", ""},
		{"合计", Text, 0, 0, false, "", ""},
		{"1.本级机构", Text, 0, 0, false, "", ""},
		{"2022年", Text, 0, 0, false, "", ""},
		{"35家", Value, 35, 0, false, "家", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n := ParseCell(tt.in)
			if n.Kind != tt.kind {
				t.Fatalf("kind = %v, want %v", n.Kind, tt.kind)
			}
			if n.Kind != Value {
				return
			}
			if n.Mant != tt.mant || n.Dec != tt.dec || n.Percent != tt.percent || n.Unit != tt.unit || n.Bound != tt.bound {
				t.Errorf("got %+v", n)
			}
		})
	}
}

func TestCheckSum(t *testing.T) {
	p := func(ss ...string) []Number {
		var out []Number
		for _, s := range ss {
			out = append(out, ParseCell(s))
		}
		return out
	}
	tests := []struct {
		parts      []string
		total      string
		consistent bool
		expr       string
	}{
		{[]string{"3.87", "374.82", "5.00", "26.57", "1001.64"}, "1413.16", false, "3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26"},
		{[]string{"2470.10", "364.35"}, "2834.44", true, "2470.10 + 364.35 = 2834.45 ≠ 2834.44，差 0.01"},
		{[]string{"1", "2"}, "3", true, "1 + 2 = 3 = 3"},
		{[]string{"1.5", "—", ""}, "1.5", true, "1.5 + 0 + 0 = 1.5 = 1.5"},
		{[]string{"10", "-3"}, "7", true, "10 − 3 = 7 = 7"},
		{[]string{"1.004", "1.004", "1.004"}, "3.01", true, "1.004 + 1.004 + 1.004 = 3.012 ≠ 3.01，差 0.002"},
	}
	for _, tt := range tests {
		c := CheckSum(p(tt.parts...), ParseCell(tt.total), HalfUp)
		if c.Consistent != tt.consistent || c.Expr != tt.expr {
			t.Errorf("CheckSum(%v, %s) = %v %q, want %v %q", tt.parts, tt.total, c.Consistent, c.Expr, tt.consistent, tt.expr)
		}
	}
}

func TestRatioConsistent(t *testing.T) {
	tests := []struct {
		rate, num, den string
		want           bool
	}{
		{"50.76%", "2070.25", "4078.15", true},
		{"97.86%", "13.72", "14.02", true},
		{"116%", "13.33", "11.50", true},
		{"15.48%", "0.39", "2.52", true},
		{"94%", "47", "50", true},
		{"100%", "9", "10", true}, // ±0.5 on integers: 9/10 may be 9.5/9.5
		{"99.90%", "9.99", "10", true},
		{"63.49%", "2971.05", "4679.80", true},
	}
	exact := func(s string) Number { n := ParseCell(s); n.Exact = true; return n }
	if got, _, _ := RatioConsistent(ParseCell("100%"), exact("9"), exact("10"), HalfUp); got {
		t.Errorf("100%% = 9/10 with exact scores: got consistent")
	}
	for _, tt := range tests {
		got, _, ok := RatioConsistent(ParseCell(tt.rate), ParseCell(tt.num), ParseCell(tt.den), HalfUp)
		if !ok || got != tt.want {
			t.Errorf("%s = %s/%s: got %v (ok %v), want %v", tt.rate, tt.num, tt.den, got, ok, tt.want)
		}
	}
}

// FuzzFormatFixed compares FormatFixed and AppendFixed with their
// string-building reference.
func FuzzFormatFixed(f *testing.F) {
	for _, c := range []struct {
		m int64
		d int
	}{{0, 0}, {5, 2}, {-5, 2}, {123, 3}, {-123450, 2}, {1, 30}, {math.MinInt64, 2}, {math.MaxInt64, 19}, {7, -1}} {
		f.Add(c.m, c.d)
	}
	f.Fuzz(func(t *testing.T, m int64, d int) {
		d %= 40
		if got, want := FormatFixed(m, d), formatFixedSlow(m, d); got != want {
			t.Fatalf("FormatFixed(%d, %d) = %q, want %q", m, d, got, want)
		}
		if got, want := string(AppendFixed([]byte("x"), m, d)), "x"+formatFixedSlow(m, d); got != want {
			t.Fatalf("AppendFixed(x, %d, %d) = %q, want %q", m, d, got, want)
		}
	})
}
