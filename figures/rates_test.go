package figures

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// ratesPlain is the rates search written plainly, each candidate's roles
// worked out afresh and its plans and actuals appended as found: the oracle
// of Analyzer.rates (its scratch, its role buffer and its blocks).
func ratesPlain(qs []Quantity) []Rate {
	var out []Rate
	for i, q := range qs {
		kind := ""
		lead := trimRateAdverb(strings.TrimSuffix(q.Lead, "为"))
		ofPlan := completesPlan(q.Lead) || i > 0 && strings.TrimSpace(q.Lead) == "的" && completesPlan(qs[i-1].Lead+"的")
		progress := strings.HasSuffix(q.Label, "执行进度") || strings.HasSuffix(lead, "执行进度")
		if !ofPlan && !progress && !strings.HasSuffix(q.Label, "率") && !strings.HasSuffix(lead, "率") {
			continue // every other rate kind ends with 率
		}
		for _, k := range rateKinds {
			if strings.HasSuffix(q.Label, k) || strings.HasSuffix(lead, k) {
				kind = k
			}
		}
		switch {
		case ofPlan:
			kind = "完成"
		case progress:
			kind = "执行进度"
		}
		if kind == "" || q.Approx || !(q.Percent || q.Unit == "倍") {
			continue
		}
		roles := make([]rateRole, i)
		for j := range qs[:i] {
			roles[j] = roleInRate(&qs[j])
		}
		has := func(role rateRole) bool { return slices.Contains(roles, role) }
		if ofPlan && has(ratePlan) && !has(rateActual) {
			if j := actualBeforePlan(qs[:i], roles); j >= 0 {
				roles[j] = rateActual
			}
		}
		r := Rate{Value: q, Kind: kind}
		for j, role := range roles {
			switch role {
			case ratePlan:
				r.Plans = append(r.Plans, qs[j])
			case rateActual:
				r.Actuals = append(r.Actuals, qs[j])
			}
		}
		if len(r.Plans) > 0 && len(r.Actuals) > 0 {
			r.Value.Label = trimRateAdverb(r.Value.Label)
			out = append(out, r)
		}
	}
	return out
}

var ratesCases = []string{
	"预算执行率为95%，年初预算100万元，实际支出95万元。", "年初预算100万元，实际支出95万元，预算执行率95%。",
	"全年预算数200万元，执行数180万元，执行率90%，控制率80%。", "一般公共预算支出100万元，支出50万元，执行率50%。",
	"计划10万元，完成8万元，完成率80%，到位率0.8倍。", "执行率95%", "预算1万元，执行率约95%", "",
	"一般公共预算收入146298.14万元，比上年增长0.9%，为年初预算147107.23万元的99.54%。",
	"支出预计执行1,861.99万元，为2024年年初预算1,788.31万元的95.62%。", "执行率仅27.21%，预算100万元，实际支出27.21万元。",
	"年度指标值为≥185万人，实际完成186.42万人，完成率100.77%。",
}

// checkRates compares Analyzer.rates, exact and in blocks, with ratesPlain
// on the figures of s.
func checkRates(t *testing.T, s string) {
	t.Helper()
	qs := Quantities(s)
	want := ratesPlain(qs)
	var x scratch
	for _, a := range []*Analyzer{{exact: true}, {}} {
		if got := a.rates(qs, &x); !reflect.DeepEqual(got, want) {
			t.Fatalf("rates(%q) = %+v, want %+v", s, got, want)
		}
	}
}

// TestRatesSameAsPlain checks the cases and every line of the seed report.
func TestRatesSameAsPlain(t *testing.T) {
	cases := append([]string(nil), ratesCases...)
	if data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt")); err == nil {
		cases = append(cases, strings.Split(string(data), "\n")...)
	}
	found := 0
	for _, s := range cases {
		checkRates(t, s)
		found += len(ratesPlain(Quantities(s)))
	}
	if found == 0 {
		t.Fatal("no rate found: the cases test nothing")
	}
}

func FuzzRates(f *testing.F) {
	for _, s := range ratesCases {
		f.Add(s)
	}
	f.Fuzz(checkRates)
}

// TestTargetFloorIsPlan: a target written as a floor (≥, 不低于) is the
// plan of a 完成率; an approximate figure or a ceiling is not.
func TestTargetFloorIsPlan(t *testing.T) {
	for _, c := range []struct {
		text      string
		wantPlans int
	}{
		{"年度指标值为≥185万人，实际完成186.42万人，完成率100.77%。", 1},
		{"年度指标值不低于1200人次，实际完成1265人次，完成率105.42%。", 1},
		{"年度指标值为185万人，实际完成186.42万人，完成率100.77%。", 1},
		{"年度指标值≤185万元，实际完成180万元，完成率97.30%。", 0},
		{"约185万人，实际完成186.42万人，完成率100.77%。", 0},
	} {
		rs := Analyze(c.text).Rates
		got := 0
		for _, r := range rs {
			got += len(r.Plans)
		}
		if got != c.wantPlans {
			t.Errorf("%s: %d plans, want %d (%+v)", c.text, got, c.wantPlans, rs)
		}
	}
}

// TestPeopleCountsEnumerate: 名 and 人 count the same people, so a total
// in 名 with parts in 人 is one enumeration.
func TestPeopleCountsEnumerate(t *testing.T) {
	st := Analyze("全年共为1145名劳动者发放职业培训补贴，其中取得初级工证书473人、中级工证书174人、高级工证书78人、专项职业能力证书429人。")
	if len(st.Enumerations) != 1 || len(st.Enumerations[0].Parts) != 4 {
		t.Fatalf("enumerations %+v, want one of 4 parts", st.Enumerations)
	}
}

// TestZeroPartInOtherUnit: a zero written in 元 among parts in 万元 is
// nothing in any unit: converted, it is an exact 0, which a sum shows to
// the other parts' decimals (11.20, not 11.2000).
func TestZeroPartInOtherUnit(t *testing.T) {
	st := Analyze("2023年度“三公”经费支出11.12万元，其中：因公出国（境）费支出0元，公务接待费支出2.54万元，公务用车运行维护费支出8.66万元。")
	if len(st.Enumerations) != 1 || len(st.Enumerations[0].Parts) != 3 {
		t.Fatalf("enumerations %+v, want one of 3 parts", st.Enumerations)
	}
	zero := st.Enumerations[0].Parts[0]
	if zero.Mant != 0 || zero.Dec != 0 || !zero.Exact || zero.Unit != "万元" {
		t.Errorf("zero part %+v, want an exact 0万元", zero.Number)
	}
	if sum, dec := Sum(numbersOf(st.Enumerations[0].Parts)); FormatFixed(sum, dec) != "11.20" {
		t.Errorf("sum %s, want 11.20", FormatFixed(sum, dec))
	}
}

func numbersOf(qs []Quantity) []Number {
	out := make([]Number, len(qs))
	for i, q := range qs {
		out[i] = q.Number
	}
	return out
}
