package table

import (
	"slices"
	"testing"
)

func TestParseRowFormula(t *testing.T) {
	tests := []struct {
		label string
		keys  []string // nil: no formula
		ratio bool
	}{
		{"四、综合财力（一+二+三）", []string{"一", "二", "三"}, false},
		{"六、政府债务率（%）（五÷四）", []string{"五", "四"}, true},
		{"限额空间（一−二）", []string{"一", "二"}, false},
		{"限额空间(1-2)", []string{"1", "2"}, false},
		{"债务率（5/4）", []string{"5", "4"}, true},
		{"债务率（５／４×100%）", []string{"5", "4"}, true},
		{"差额（（一）－（二））", []string{"(一)", "(二)"}, false},
		{"发病率（1/10万）", nil, false},
		{"1-9月累计（万元）", nil, false},
		{"优秀（90-100分）", nil, false},
		{"一般公共预算收入", nil, false},
		{"比率（一÷二÷三）", nil, false},
	}
	for _, tt := range tests {
		f, ok := parseRowFormula(tt.label)
		if tt.keys == nil {
			if ok {
				t.Errorf("%s: formula %v, want none", tt.label, f.keys)
			}
			continue
		}
		if !ok || !slices.Equal(f.keys, tt.keys) || f.ratio != tt.ratio {
			t.Errorf("%s: %v ratio %v (%v), want %v ratio %v", tt.label, f.keys, f.ratio, ok, tt.keys, tt.ratio)
		}
	}
}

func TestMarkerKey(t *testing.T) {
	for m, want := range map[string]string{"一、": "一", "1.": "1", "1、": "1", "（一）": "(一)", "(1)": "(1)", "1.1": "", "①": "", "十二、": "十二"} {
		if got := markerKey(m); got != want {
			t.Errorf("markerKey(%q) = %q, want %q", m, got, want)
		}
	}
}
