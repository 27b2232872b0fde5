package figures

import "testing"

// TestRangesAreApprox: the ends of a range ("120%—200%", "10%～25%") are
// no figures stated of something.
func TestRangesAreApprox(t *testing.T) {
	for _, tt := range []struct {
		text   string
		approx []bool
	}{
		{"处于黄色风险等级（债务率120%—200%）。", []bool{true, true}},
		{"分别执行10%～25%的收取比例。", []bool{true, true}},
		{"收入120.00万元，支出200.00万元。", []bool{false, false}},
		{"由120.00万元增加到200.00万元。", []bool{false, false}},
	} {
		st := Analyze(tt.text)
		if len(st.Quantities) != len(tt.approx) {
			t.Fatalf("%s: %d figures", tt.text, len(st.Quantities))
		}
		for i, q := range st.Quantities {
			if q.Approx != tt.approx[i] {
				t.Errorf("%s: figure %d approx %v, want %v", tt.text, i, q.Approx, tt.approx[i])
			}
		}
	}
}
