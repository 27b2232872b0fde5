package tables

import (
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// scratch.classify, which remembers each header path's classification,
// must set what classifyColumn sets, including for paths seen before with
// other flags.
func TestClassifyMemo(t *testing.T) {
	var sc scratch // shared by every document: more repeated paths
	n := 0
	eachFixture(t, func(path string, d *model.Document) {
		for _, tb := range Analyze(d).Tables {
			for _, b := range tb.Blocks {
				for _, c := range b.Columns {
					for _, role := range []ColRole{Amount, OtherText} {
						for _, pct := range []bool{false, true} {
							got := Column{Index: c.Index, Col: c.Col, Path: c.Path, Role: role}
							want := got
							sc.classify(&got, pct)
							classifyColumn(&want, pct)
							if !reflect.DeepEqual(got, want) { // every field, those added later too
								t.Errorf("%s %q role %v pct %v: classify %+v, classifyColumn %+v", path, c.Path, role, pct, got, want)
							}
							n++
						}
					}
				}
			}
		}
	})
	t.Logf("%d columns, %d distinct", n, len(sc.cols))
}

var allWordSets = []wordSet{currentWords, previousWords, budgetWords, actualWords, scoreMaxWords, scoreGotWords,
	growthWords, comparedWords, decreaseWords, execWords, shareWords, diffWords}

var wordCases = []string{"", "本年预算数", "2022年决算", "上年同期", "比上年增减(%)", "增（减）", "执行率(%)", "占比", "得分", "项目",
	"支出数", "\xff本年", "本\xff年", "增减%", "x增(减)y", "指标分值", "全年预算数", "同比(%)"}

// wordSet.in must say what containsAny says.
func TestWordSet(t *testing.T) {
	for _, s := range wordCases {
		for i, ws := range allWordSets {
			if got, want := ws.in(s, runeBits(s)), cjk.ContainsAnyOf(s, ws.words...); got != want {
				t.Errorf("set %d in(%q) = %v, containsAny %v", i, s, got, want)
			}
		}
	}
}

func FuzzWordSet(f *testing.F) {
	for _, s := range wordCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, ws := range allWordSets {
			if got, want := ws.in(s, runeBits(s)), cjk.ContainsAnyOf(s, ws.words...); got != want {
				t.Fatalf("set %d in(%q) = %v, containsAny %v", i, s, got, want)
			}
		}
	})
}

func TestFundNamesAreNotPeriodsOrBudgets(t *testing.T) {
	tests := []struct {
		name           string
		period         Period
		budget, actual bool
	}{
		{"上年结转", PeriodUnknown, false, false},
		{"上年度结转结余", PeriodUnknown, false, false},
		{"上年数", PeriodPrevious, false, false},
		{"上年决算数", PeriodPrevious, false, true},
		{"一般公共预算财政拨款", PeriodUnknown, false, false},
		{"国有资本经营预算财政拨款", PeriodUnknown, false, false},
		{"一般公共预算调整预算数", PeriodUnknown, true, false},
		{"年初预算数", PeriodUnknown, true, false},
		{"本年预算", PeriodCurrent, true, false},
	}
	for _, tt := range tests {
		var c Column
		classifyNamed(&c, false, tt.name, tt.name, "万元")
		if c.Period != tt.period || c.Budget != tt.budget || c.Actual != tt.actual {
			t.Errorf("%s: period %v budget %v actual %v, want %v %v %v", tt.name, c.Period, c.Budget, c.Actual, tt.period, tt.budget, tt.actual)
		}
	}
}

func TestSeveralUnits(t *testing.T) {
	for _, tc := range []struct {
		note string
		want bool
	}{
		{"单位：人、万元、元", true},
		{"单位：万元、%", false},
		{"单位：元/人", false},
		{"（单位：万元）", false},
		{"金额单位：万元，面积单位：平方米", true},
		{"表4 人工费核定情况", false},
	} {
		if got := severalUnits(tc.note); got != tc.want {
			t.Errorf("severalUnits(%q) = %v, want %v", tc.note, got, tc.want)
		}
	}
}
