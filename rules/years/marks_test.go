package years

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// checkMarks checks every scan that reads d's yearMarks against the same
// scan searching for 年 (indexHan): the year mentions of each unit and
// sentence and talksOfPrior.
func checkMarks(t *testing.T, d *model.Document) {
	t.Helper()
	ym := appendMarks(nil, d.Text)
	us := units(d)
	at, atSent := 0, 0
	for _, u := range us {
		if got, want := ym.inAfter(&at, u.Span.Start, u.Span.End), ym.in(u.Span.Start, u.Span.End); !slices.Equal(got, want) {
			t.Fatalf("%s: unit %q: inAfter %v, in %v", d.Name, u.Text, got, want)
		}
		for _, sp := range sentences(u) {
			if got, want := ym.inAfter(&atSent, sp.Start, sp.End), ym.in(sp.Start, sp.End); !slices.Equal(got, want) {
				t.Fatalf("%s: sentence %q: inAfter %v, in %v", d.Name, d.Slice(sp), got, want)
			}
		}
		sents := sentences(u)
		for _, rep := range []int{0, 2022} {
			if got, want := appendScanEvents(nil, ym.scanner(u.Text, u.Span.Start), rep), appendEvents(nil, u.Text, rep); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: unit %q: events from marks %+v, searched %+v", d.Name, u.Text, got, want)
			}
			for _, sp := range sents {
				if got, want := appendScanEvents(nil, ym.spanScanner(d, sp), rep), appendEvents(nil, d.Slice(sp), rep); !reflect.DeepEqual(got, want) {
					t.Fatalf("%s: sentence %q: events from marks %+v, searched %+v", d.Name, d.Slice(sp), got, want)
				}
			}
		}
	}
	for lo := 0; lo < len(d.Text) && lo < 400; lo += 7 {
		var want yearMarks
		hi := min(len(d.Text), lo+50)
		for _, k := range ym {
			if int(k) >= lo && int(k)+len("年") <= hi {
				want = append(want, k)
			}
		}
		j := len(ym) // any start: inAfter searches or walks
		if got := ym.inAfter(&j, lo, hi); len(got) != len(want) || len(want) > 0 && !slices.Equal(got, want) {
			t.Fatalf("%s: inAfter(%d, %d) = %v, want %v", d.Name, lo, hi, got, want)
		}
	}
	for _, R := range []int{2021, 2022, 2023} {
		if got, want := talksOfPrior(d, ym, R), talksOfPrior(d, nil, R); got != want {
			t.Fatalf("%s: talksOfPrior(%d) from marks %v, searched %v", d.Name, R, got, want)
		}
	}
}

func TestMarksMatchSearch(t *testing.T) {
	checkMarks(t, ruletest.Seed(t, testenv.Seed(t, "report-2022.txt")))
	for _, s := range eventCases {
		d, err := text.ParseBytes(context.Background(), []byte(s), "case.txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkMarks(t, d)
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkMarks(t, d)
	}
}

func FuzzMarks(f *testing.F) {
	for _, s := range ruletest.FuzzSeeds {
		f.Add(s)
	}
	for _, s := range eventCases {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.ParseBytes(context.Background(), data, "fuzz.txt", text.Options{})
		if err != nil {
			return
		}
		checkMarks(t, d)
	})
}
