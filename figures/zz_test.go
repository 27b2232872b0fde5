package figures

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	st := Analyze(s)
	for _, q := range st.Quantities {
		fmt.Printf("q %s lead=%q pct=%v approx=%v\n", q.String(), q.Lead, q.Percent, q.Approx)
	}
	for _, r := range st.Sentences {
		fmt.Printf("sent %d-%d\n", r.Start, r.End)
	}
}
