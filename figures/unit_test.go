package figures

import (
	"fmt"
	"math"
	"math/big"
	"testing"
)

func TestUnitIn(t *testing.T) {
	tests := []struct{ in, want string }{
		{"单位：万元", "万元"},
		{"金额单位：元", "元"},
		{"编制单位：于都县卫生和计划生育委员会    2014年度    单位：元", "元"},
		{"编制单位：某局", ""},
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
		{"学校数（所）", "所"},
		{"单位名称：某局", ""},
		{"单位：所", "所"},
		{"单位：名、万元", "名"},
		{"单位：所属单位", ""},
	}
	for _, tt := range tests {
		if got := UnitIn(tt.in); got != tt.want {
			t.Errorf("UnitIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsCountUnit(t *testing.T) {
	for u, want := range map[string]bool{"人": true, "所": true, "件": true, "万人": false, "万元": false, "%": false, "": false} {
		if got := IsCountUnit(u); got != want {
			t.Errorf("IsCountUnit(%q) = %v, want %v", u, got, want)
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

// digitDiagnosisPlain is digitDiagnosis as first written, with the digit
// strings and the list of differing places allocated: the oracle.
func digitDiagnosisPlain(shown, expected Number) Diagnosis {
	if shown.Dec != expected.Dec {
		return Diagnosis{}
	}
	a, b := FormatFixed(abs(shown.Mant), 0), FormatFixed(abs(expected.Mant), 0)
	if len(a) != len(b) {
		return Diagnosis{}
	}
	var diff []int
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff = append(diff, i)
		}
	}
	switch {
	case len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]:
		return Diagnosis{Slip: Transposed,
			Hint:   fmt.Sprintf("疑似相邻数字颠倒：应为 %s", expected.String()),
			HintEN: fmt.Sprintf("looks like two adjacent digits swapped: should be %s", expected.String()),
		}
	case len(diff) == 1 && len(a) >= 3:
		return Diagnosis{Slip: OneDigit,
			Hint:   fmt.Sprintf("疑似录入错误（仅一位数字不同）：应为 %s", expected.String()),
			HintEN: fmt.Sprintf("looks like a single mistyped digit: should be %s", expected.String()),
		}
	}
	return Diagnosis{}
}

var digitDiagnosisCases = [][2]int64{
	{12345, 12354}, {12345, 12346}, {12, 13}, {123, 124}, {1234, 4321}, {-12345, -12354}, {math.MinInt64, math.MaxInt64},
	{math.MinInt64, math.MinInt64 + 1}, {100, 1000}, {0, 0}, {98765, 98765}, {1, 2}, {21, 12},
}

// TestDigitDiagnosisSameAsPlain and FuzzDigitDiagnosis compare
// digitDiagnosis with its oracle.
func TestDigitDiagnosisSameAsPlain(t *testing.T) {
	for _, c := range digitDiagnosisCases {
		for dec := 0; dec < 3; dec++ {
			checkDigitDiagnosis(t, c[0], c[1], dec, dec)
		}
		checkDigitDiagnosis(t, c[0], c[1], 0, 1)
	}
	x, y := Number{Mant: 12345, Kind: Value}, Number{Mant: 99999, Kind: Value}
	if n := testing.AllocsPerRun(10, func() { digitDiagnosis(x, y) }); n != 0 {
		t.Errorf("digitDiagnosis without a slip: %v allocations, want 0", n)
	}
}

func FuzzDigitDiagnosis(f *testing.F) {
	for _, c := range digitDiagnosisCases {
		f.Add(c[0], c[1], uint8(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, a, b int64, da, db uint8) {
		checkDigitDiagnosis(t, a, b, int(da%30), int(db%30))
	})
}

func checkDigitDiagnosis(t *testing.T, a, b int64, da, db int) {
	t.Helper()
	x, y := Number{Mant: a, Dec: da, Kind: Value}, Number{Mant: b, Dec: db, Kind: Value}
	if got, want := digitDiagnosis(x, y), digitDiagnosisPlain(x, y); got != want {
		t.Fatalf("digitDiagnosis(%v, %v) = %+v, want %+v", x, y, got, want)
	}
}

// TestIsMoneyUnit checks the fast path against the list: every money unit
// ends in 元, and nothing else is one.
func TestIsMoneyUnit(t *testing.T) {
	for _, m := range moneyUnits {
		if !IsMoneyUnit(m) {
			t.Errorf("IsMoneyUnit(%q) = false", m)
		}
	}
	for _, u := range append(otherUnits, "", "元/人", "美元", "亿", "%", "万") {
		if IsMoneyUnit(u) {
			t.Errorf("IsMoneyUnit(%q) = true", u)
		}
	}
}
