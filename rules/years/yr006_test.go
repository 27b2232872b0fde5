package years

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
)

// checkMayEndYear checks that mayEndYear rules out no text yearEndRe
// matches.
func checkMayEndYear(t *testing.T, s string) {
	t.Helper()
	if yearEndRe.MatchString(s) && !mayEndYear(s, appendMarks(nil, s), 0) {
		t.Fatalf("mayEndYear(%q) = false, but yearEndRe matches", s)
	}
}

var endYearCases = []string{"截至2022年末", "截止 2021 年底", "截止到2022年12月31日", "截至到\t2020\n年年底", "至2023年末", "至2023年", "2022年末", "至２０２２年末", "截止2022年12 月 31 日，至"}

func TestMayEndYear(t *testing.T) {
	for _, s := range endYearCases {
		checkMayEndYear(t, s)
	}
	d := ruletest.Seed(t, testenv.Seed(t, "report-2022.txt"))
	for _, line := range strings.Split(d.Text, "\n") {
		checkMayEndYear(t, line)
	}
	for _, d := range ruletest.Corpus(t, nil) {
		for _, line := range strings.Split(d.Text, "\n") {
			checkMayEndYear(t, line)
		}
	}
}

func FuzzMayEndYear(f *testing.F) {
	for _, s := range endYearCases {
		f.Add(s)
	}
	f.Fuzz(checkMayEndYear)
}
