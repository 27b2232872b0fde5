package figures

import "testing"

func TestMixedUnitPairs(t *testing.T) {
	for _, tc := range []struct {
		text            string
		cur, base, rate string // "" = no pair
	}{
		{"生均公用经费2,271万元，上年为2,254元，增长0.7%。", "2271", "2254", "0.7"},
		{"资产总额1.26亿元，上年为11,800.00万元，增长6.8%。", "1.26", "11800.00", "6.8"},
		{"收入229.14万元，上年为222.19万元，增长3.13%。", "", "", ""},     // one unit: Analyze's
		{"收入229.14万元，上年为222.19人，增长3.13%。", "", "", ""},      // not money
		{"收入229.14万元，上年为2221900元。增长3.13%。", "", "", ""},     // a sentence between
		{"收入229.14万元，2022年为2221900元，增长3.13%。", "", "", ""},  // not last year's
		{"收入229.14万元，上年为2221900元，占全部收入的3.13%。", "", "", ""}, // no direction word
	} {
		st := Analyze(tc.text)
		got := MixedUnitPairs(tc.text, st.Quantities)
		if tc.cur == "" {
			if len(got) != 0 {
				t.Errorf("%s: got %d pairs, want none", tc.text, len(got))
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%s: got %d pairs, want 1", tc.text, len(got))
			continue
		}
		c := got[0]
		if c.Cur.Number.String() != tc.cur || c.Base.Number.String() != tc.base || c.Rate.Number.String() != tc.rate {
			t.Errorf("%s: got %s / %s / %s, want %s / %s / %s", tc.text, c.Cur.Number.String(), c.Base.Number.String(), c.Rate.Number.String(), tc.cur, tc.base, tc.rate)
		}
	}
}

// FuzzMixedUnitPairs: no panic, and every pair is two amounts of money in
// two units, in text order, with a percentage after them.
func FuzzMixedUnitPairs(f *testing.F) {
	f.Add("生均公用经费2,271万元，上年为2,254元，增长0.7%。")
	f.Add("资产总额1.26亿元，上年为11,800.00万元，下降6.8%，上年为3元，增长9%")
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range MixedUnitPairs(s, Analyze(s).Quantities) {
			if !isMoney(c.Cur.Unit) || !isMoney(c.Base.Unit) || c.Cur.Unit == c.Base.Unit || !c.Rate.Percent ||
				c.Cur.End > c.Base.Start || c.Base.End > c.Rate.Start || c.RateAt.End > len(s) {
				t.Fatalf("%q: bad pair %+v", s, c)
			}
		}
	})
}
