package table

import (
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// TestSideHint: the row whose slip explains a side that does not add up is
// named, and none when no slip does.
func TestSideHint(t *testing.T) {
	num := func(s string) figures.Number { return figures.ParseCell(s) }
	tests := []struct {
		name  string
		parts []string // label=value
		total string
		want  string
	}{
		{"transposed item", []string{"本年支出合计=34454343.89", "结余分配=0.00", "年末结转和结余=1103738.49"}, "35558127.38",
			"「年末结转和结余」的 1103738.49 疑似相邻数字颠倒：应为 1103783.49"},
		{"shifted item", []string{"财政拨款收入=1200.00", "事业收入=35.00"}, "1550.00",
			"「事业收入」的 35.00 疑似小数点错位或单位换算错误（÷10）：应为 350.00"},
		{"no slip", []string{"财政拨款收入=1200.00", "事业收入=350.00"}, "1561.00", ""},
	}
	for _, tt := range tests {
		var rows []sideRow
		var ns []figures.Number
		for _, p := range tt.parts {
			for i := range p {
				if p[i] == '=' {
					rows = append(rows, sideRow{label: p[:i], n: num(p[i+1:])})
					ns = append(ns, num(p[i+1:]))
					break
				}
			}
		}
		target := &sideRow{label: "总计", n: num(tt.total)}
		sc := figures.CheckSum(ns, target.n, figures.HalfUp)
		if got, _ := sideHint(rows, target, sc); got != tt.want {
			t.Errorf("%s: hint %q, want %q", tt.name, got, tt.want)
		}
	}
}
