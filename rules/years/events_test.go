package years

import (
	"reflect"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
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
