package figures

import (
	"math/big"
)

// Slip is a guess at how a wrong figure came about.
type Slip int

const (
	NoSlip     Slip = iota
	Magnitude       // decimal point or digits shifted: shown ≈ expected × 10ᵏ
	Transposed      // two adjacent digits swapped
	OneDigit        // exactly one digit differs
)

// Diagnosis explains a figure that should have been Expected but reads Shown.
type Diagnosis struct {
	Slip   Slip
	Factor int // for Magnitude: the power of ten k in shown ≈ expected × 10ᵏ (k ≠ 0)
	Hint   string
	HintEN string
}

// Diagnose looks for a typing slip that turns expected into shown: a
// magnitude shift (×10, ÷10, ×100, ×10⁴ — 元 typed as 万元 or back; the
// shifted value may differ from the exact multiple by rounding of the last
// digit shown), two adjacent digits swapped, or a single mistyped digit.
// expected is usually computed (a sum) and compared at shown's precision.
func Diagnose(shown, expected Number) Diagnosis {
	if shown.Kind != Value || expected.Kind != Value || shown.Mant == 0 || expected.Mant == 0 {
		return Diagnosis{}
	}
	if (shown.Mant < 0) != (expected.Mant < 0) {
		return Diagnosis{}
	}
	// With fewer than three significant digits a ×10ᵏ match is too likely
	// to be chance.
	if abs(expected.Mant) >= 100 && abs(shown.Mant) >= 100 {
		if d, ok := magnitudeDiagnosis(shown, expected); ok {
			return d
		}
	}
	return digitDiagnosis(shown, expected)
}

// magnitudeDiagnosis is the ×10ᵏ part of Diagnose.
func magnitudeDiagnosis(shown, expected Number) (Diagnosis, bool) {
	sf, okS := shown.Fixed(HalfUp)
	ef, okE := expected.Fixed(HalfUp)
	var si, eiv Interval // the big.Rat intervals, made only when the fast path cannot decide
	for _, k := range []int{1, -1, 2, -2, 3, -3, 4, -4} {
		// expected × 10ᵏ must fall inside the rounding interval of shown,
		// widened by the expected value's own rounding scaled alike.
		overlap, ok := false, false
		if okS && okE {
			overlap, ok = ef.Scale10(k).Overlaps(sf)
		}
		if !ok {
			if si.Lo == nil {
				si, eiv = shown.Interval(HalfUp), expected.Interval(HalfUp)
			}
			f := new(big.Rat).SetFrac(pow10(abs1(k)), big.NewInt(1))
			if k < 0 {
				f.Inv(f)
			}
			overlap = eiv.Scale(f).Overlaps(si)
		}
		if overlap {
			// concatenation, not fmt: one string each (the tests' diagnoseBig
			// writes the same text with fmt)
			p, e := slipFactor[k+4], expected.String()
			return Diagnosis{Slip: Magnitude, Factor: k,
				Hint:   "疑似小数点错位或单位换算错误（" + p + "）：应为 " + e,
				HintEN: "looks like a shifted decimal point or unit slip (" + p + "): should be " + e,
			}, true
		}
	}
	return Diagnosis{}, false
}

// digitDiagnosis is the digit-level part of Diagnose.
func digitDiagnosis(shown, expected Number) Diagnosis {
	// Digit-level slips compare the digit strings at the same precision.
	if shown.Dec != expected.Dec {
		return Diagnosis{}
	}
	// the digits in buffers on the stack, and only the first two places
	// that differ (digitDiagnosisPlain, in the tests, is the plain code)
	var bufA, bufB [32]byte
	a, b := AppendFixed(bufA[:0], abs(shown.Mant), 0), AppendFixed(bufB[:0], abs(expected.Mant), 0)
	if len(a) != len(b) {
		return Diagnosis{}
	}
	ndiff, d0, d1 := 0, 0, 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			switch ndiff {
			case 0:
				d0 = i
			case 1:
				d1 = i
			}
			ndiff++
		}
	}
	switch {
	case ndiff == 2 && d1 == d0+1 && a[d0] == b[d1] && a[d1] == b[d0]:
		e := expected.String() // as digitDiagnosisPlain's fmt text, concatenated
		return Diagnosis{Slip: Transposed,
			Hint:   "疑似相邻数字颠倒：应为 " + e,
			HintEN: "looks like two adjacent digits swapped: should be " + e,
		}
	case ndiff == 1 && len(a) >= 3:
		e := expected.String()
		return Diagnosis{Slip: OneDigit,
			Hint:   "疑似录入错误（仅一位数字不同）：应为 " + e,
			HintEN: "looks like a single mistyped digit: should be " + e,
		}
	}
	return Diagnosis{}
}

// slipFactor[k+4] is the factor of a ×10ᵏ slip as the hint writes it.
var slipFactor = [9]string{"÷10000", "÷1000", "÷100", "÷10", "", "×10", "×100", "×1000", "×10000"}

func abs1(k int) int {
	if k < 0 {
		return -k
	}
	return k
}
