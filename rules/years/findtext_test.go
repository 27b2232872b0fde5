package years

import (
	"fmt"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// firstEvidence is the year and its strongest evidence line, for a hint.
func firstEvidence(ry *yearVote) string {
	if len(ry.votes) == 0 {
		return fmt.Sprintf("%d年", ry.Year)
	}
	return fmt.Sprintf("%d年（%s）", ry.Year, ry.firstEvidence())
}

// findingText.hint writes what the rules wrote with fmt.
func TestFindingTextHint(t *testing.T) {
	d := ruletest.Seed(t, testenv.Seed(t, "report-2022.txt"))
	v := detectReportYear(d, units(d), nil)
	for _, ry := range []*yearVote{&v, {ReportYear: ReportYear{Year: 2021}}} {
		var buf [256]byte
		ft := newFindingText(buf[:])
		ft.str("x")
		ft.end()
		ft.hint(ry)
		var x, hint, hintEN string
		ft.cut(&x, &hint, &hintEN)
		if want := fmt.Sprintf("报告年度判定：%s", firstEvidence(ry)); hint != want || x != "x" {
			t.Errorf("hint = %q, want %q", hint, want)
		}
		if want := fmt.Sprintf("report year %d", ry.Year); hintEN != want {
			t.Errorf("hintEN = %q, want %q", hintEN, want)
		}
	}
}
