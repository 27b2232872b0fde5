package figures

import "testing"

// TestNumeralWords: a Chinese numeral and measure word that make an
// adjective with 性 (一次性) are no count, and the label of the amount
// after them keeps them.
func TestNumeralWords(t *testing.T) {
	for _, tc := range []struct {
		text, label string
		n           int // quantities
	}{
		{"全年发放一次性创业补贴2,060,000.00元。", "发放一次性创业补贴", 1},
		{"全年开展培训一次，支出3.00万元。", "支出", 2},
	} {
		qs := Analyze(tc.text).Quantities
		if len(qs) != tc.n {
			t.Errorf("%s: %d quantities, want %d", tc.text, len(qs), tc.n)
			continue
		}
		if got := qs[len(qs)-1].Label; got != tc.label {
			t.Errorf("%s: label %q, want %q", tc.text, got, tc.label)
		}
	}
}
