package figures

import (
	"math/big"
	"testing"
)

func TestUnitIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"单位：万元", "万元"},
		{"金额单位：元", "元"},
		{"单位:亿元", "亿元"},
		{"（万元）", "万元"},
		{"年度收入情况（万元）", "万元"},
		{"2022年（万元）", "万元"},
		{"批复规模（㎡）", "㎡"},
		{"(单位：万元)", "万元"},
		{"比上年增长（%）", "%"},
		{"投资5亿元", ""},
		{"收入合计", ""},
		{"2022年与2021年基本支出对比表", ""},
	}
	for _, tt := range tests {
		if got := UnitIn(tt.in); got != tt.want {
			t.Errorf("UnitIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnitScale(t *testing.T) {
	if UnitScale("万元").Cmp(UnitScale("元").Mul(UnitScale("元"), ratInt(10000))) != 0 {
		t.Error("万元 should be 10000 元")
	}
	if UnitScale("个") != nil || IsMoneyUnit("个") || !IsMoneyUnit("亿元") {
		t.Error("个 is not a currency unit")
	}
}

func TestDiagnose(t *testing.T) {
	tests := []struct {
		shown, expected string
		slip            Slip
		factor          int
	}{
		{"1958.52", "195.85", Magnitude, 1},
		{"10.80", "1.08", Magnitude, 1},
		{"12", "1", NoSlip, 0},
		{"1.08", "10.80", Magnitude, -1},
		{"12345.00", "1.23", Magnitude, 4},
		{"2490.10", "2409.10", Transposed, 0},
		{"2844.44", "2834.44", OneDigit, 0},
		{"1413.16", "1411.90", NoSlip, 0},
		{"0", "5.00", NoSlip, 0},
		{"-10.00", "1.00", NoSlip, 0},
	}
	for _, tt := range tests {
		d := Diagnose(ParseCell(tt.shown), ParseCell(tt.expected))
		if d.Slip != tt.slip || d.Factor != tt.factor {
			t.Errorf("Diagnose(%s, %s) = %+v, want slip %v factor %d", tt.shown, tt.expected, d, tt.slip, tt.factor)
		}
		if d.Slip != NoSlip && (d.Hint == "" || d.HintEN == "") {
			t.Errorf("Diagnose(%s, %s): no hint", tt.shown, tt.expected)
		}
	}
}

func ratInt(n int64) *big.Rat { return new(big.Rat).SetInt64(n) }
