package figures

import (
	"os"
	"testing"
)

func TestQDebug(t *testing.T) {
	s := os.Getenv("QS")
	if s == "" {
		t.Skip()
	}
	for _, q := range Quantities(s) {
		t.Logf("%q val=%s unit=%q pct=%v approx=%v(%s) lead=%q label=%q year=%d period=%q total=%v", s[q.Start:q.End], q.String(), q.Unit, q.Percent, q.Approx, q.Qualifier, q.Lead, q.Label, q.Year, q.Period, q.Total)
	}
}

func TestSDebug(t *testing.T) {
	s := os.Getenv("SS")
	if s == "" {
		t.Skip()
	}
	st := Analyze(s)
	q := func(p *Quantity) string {
		if p == nil {
			return "-"
		}
		return s[p.Start:p.End] + "[" + p.Label + "]"
	}
	for _, c := range st.Comparisons {
		t.Logf("CMP X=%s Y=%s D=%s(%s) R=%s(%s) comp=%v", q(c.Cur), q(c.Base), q(c.Diff), c.DiffWord, q(c.Rate), c.RateWord, c.Comparable)
	}
	for _, e := range st.Enumerations {
		t.Logf("ENUM T=%s marker=%s complete=%v parts=%d", q(&e.Total), e.Marker, e.Complete, len(e.Parts))
	}
	for _, r := range st.Rates {
		t.Logf("RATE %s plans=%d actuals=%d", q(&r.Value), len(r.Plans), len(r.Actuals))
	}
	for _, r := range st.Shares {
		t.Logf("SHARE %s part=%s base=%s n=%d", q(&r.Rate), q(&r.Part), r.BaseLabel, len(r.Bases))
	}
}
