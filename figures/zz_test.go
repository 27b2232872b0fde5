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
		fmt.Printf("q %s%s lead=%q\n", q.String(), q.Unit, q.Lead)
	}
	for _, e := range st.Enumerations {
		fmt.Printf("enum total=%s%s parts=%d marker=%q complete=%v\n", e.Total.String(), e.Total.Unit, len(e.Parts), e.Marker, e.Complete)
		for _, p := range e.Parts {
			fmt.Printf("   part %s%s\n", p.String(), p.Unit)
		}
	}
}
