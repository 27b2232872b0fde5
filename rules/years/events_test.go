package years

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// appendEventsTwoScans is appendEvents as two scans, the digit years then
// the relative words, merged by sorting: the oracle of the one-walk form.
func appendEventsTwoScans(dst []event, s string, rep int) []event {
	if !containsHan(s, "年") {
		return dst
	}
	n := len(dst)
	ys := yearScanner{s: s}
	for {
		m, ok := ys.next()
		if !ok {
			break
		}
		if carryOver(s[m[1]:]) || namesBatch(s[m[1]:]) {
			continue
		}
		dst = append(dst, event{Year: yearAt(s, m), Start: m[2], End: m[1], Base: isBase(s, m[2])})
	}
	if rep > 0 {
		digits := len(dst)
		rs := relScanner{s: s}
		for {
			m, ok := rs.next()
			if !ok {
				break
			}
			w := s[m[0]:m[1]]
			if carryOver(s[m[1]:]) {
				continue
			}
			y := rep
			if strings.HasPrefix(w, "上") || w == "去年" {
				y = rep - 1
			}
			if w == "当年" && m[0] > 0 {
				continue
			}
			dst = append(dst, event{Year: y, Start: m[0], End: m[1], Base: isBase(s, m[0]), Rel: true})
		}
		if digits > n && len(dst) > digits {
			sortEvents(dst[n:])
		}
	}
	return dst
}

func checkEvents(t *testing.T, s string) {
	t.Helper()
	for _, rep := range []int{0, 2022} {
		got, want := appendEvents(nil, s, rep), appendEventsTwoScans(nil, s, rep)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("appendEvents(%q, %d) = %+v, two scans %+v", s, rep, got, want)
		}
	}
}

var eventCases = []string{
	"", "年", "2022年", "本年2022年上年度", "2021年结转资金较上年增加", "上一年度2020 年与去年",
	"当年", "2022年当年", "较2021年，本年度收入", "上年结转2021年度中央资金", "年年本年年2020年年度",
	"2019年至2021年，上一年", "去年2022年今年", "12022年本年", "上本年度度2021年",
}

func TestAppendEventsOneWalk(t *testing.T) {
	for _, s := range eventCases {
		checkEvents(t, s)
	}
	// every line of the seed report
	d := ruletest.Seed(t, testenv.Seed(t, "report-2022.txt"))
	for _, line := range strings.Split(d.Text, "\n") {
		checkEvents(t, line)
	}
}

func FuzzAppendEvents(f *testing.F) {
	for _, s := range eventCases {
		f.Add(s)
	}
	f.Fuzz(checkEvents)
}

// unitEventsOracle is unitEvents as a scan of each unit's text (Base
// cleared: unitEvents leaves it false).
func unitEventsOracle(us []unit) [][]event {
	out := make([][]event, len(us))
	for i, u := range us {
		if u.Year {
			out[i] = appendEvents(nil, u.Text, 0)
			for k := range out[i] {
				out[i][k].Base = false
			}
		}
	}
	return out
}

// checkUnitEvents compares unitEvents, read from the sentences' events,
// with the scan of each unit, for every report year the sentences may be
// read with (the relative words they hold depend on it).
func checkUnitEvents(t *testing.T, d *model.Document) {
	t.Helper()
	var failed string
	audit.Run(d, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		us := unitsOf(p)
		el := unitEvents(p)
		for i, want := range unitEventsOracle(us) {
			if got := el.of(i); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
				failed = fmt.Sprintf("unit %q: events %+v, want %+v (the oracle's)", us[i].Text, got, want)
				return
			}
		}
	}}})
	if failed != "" {
		t.Fatalf("%s: %s", d.Name, failed)
	}
}

func TestUnitEventsMatchOracle(t *testing.T) {
	ruletest.EachSeed(t, checkUnitEvents)
	for _, p := range ruletest.Files(t, "testdata") {
		checkUnitEvents(t, ruletest.Load(t, p).Doc(t))
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkUnitEvents(t, d)
	}
	for _, s := range unitEventCases {
		checkUnitEventsText(t, s)
	}
}

var unitEventCases = append([]string{"2022\n年预算", "2022年。2021年！2020年？2019年\u3000。“2018年”", "2022年度工作。\n2022\r年",
	"2021年。结转资金", "3.2022年", "收入2022年，2021年增加"}, eventCases...)

// checkUnitEventsText checks unitEvents on a document of s, as one
// paragraph and as the lines of a report that names its year.
func checkUnitEventsText(t *testing.T, s string) {
	t.Helper()
	b := model.NewBuilder("t.txt", "txt")
	b.Text("2022年度部门决算报告")
	b.Text(s)
	for _, line := range strings.Split(s, "\n") {
		b.Text(line)
	}
	checkUnitEvents(t, b.Document())
}

func FuzzUnitEvents(f *testing.F) {
	for _, s := range unitEventCases {
		f.Add(s)
	}
	f.Fuzz(checkUnitEventsText)
}
