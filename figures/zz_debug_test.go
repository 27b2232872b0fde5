package figures

import (
	"fmt"
	"os"
	"testing"
)

func TestZZAnalyze(t *testing.T) {
	s := os.Getenv("ZZTEXT")
	if s == "" {
		t.Skip()
	}
	st := Analyze(s)
	for _, c := range st.Comparisons {
		f := func(q *Quantity) string {
			if q == nil {
				return "-"
			}
			return fmt.Sprintf("%s%s(approx=%v)", q.String(), q.Unit, q.Approx)
		}
		fmt.Printf("cmp anchor=%q cur=%s base=%s diff=%s(%s) rate=%s(%s)\n", s[c.Anchor.Start:c.Anchor.End], f(c.Cur), f(c.Base), f(c.Diff), c.DiffWord, f(c.Rate), c.RateWord)
	}
	for _, q := range st.Quantities {
		fmt.Printf("q %s%s pct=%v approx=%v label=%q lead=%q\n", q.String(), q.Unit, q.Percent, q.Approx, q.Label, q.Lead)
	}
}
