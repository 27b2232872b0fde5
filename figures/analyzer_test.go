package figures

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// TestAnalyzerMatchesAnalyze analyses every line and cell of the seed
// report with one Analyzer, then checks each result against Analyze of the
// same text alone: the shared blocks must give the same statements, and no
// later text may overwrite an earlier one's.
func TestAnalyzerMatchesAnalyze(t *testing.T) {
	data, err := os.ReadFile(testenv.Seed(t, "report-2022.txt"))
	if err != nil {
		t.Skip("seed not found")
	}
	var texts []string
	for _, line := range strings.Split(string(data), "\n") {
		texts = append(texts, line)
		if strings.Contains(line, "\t") {
			texts = append(texts, strings.Split(line, "\t")...)
		}
	}
	// statements of every kind, more than a block of each
	for range 20 {
		texts = append(texts,
			"支出合计100.00万元，分别为人员支出60.00万元、公用支出40.00万元。",
			"工资福利支出50.00万元，商品服务支出30.00万元，支出合计80.00万元。",
			"项目支出6148.40万元，比2021年4078.15万元增加2070.25万元，增幅50.76%。",
			"由10万元提高到12万元，提高2万元。",
			"其中：基本支出127.96万元，占39.66%；项目支出194.67万元，占60.34%。",
			"政府采购预算169.23万元，实际执行67.53万元，政府采购执行率39.90%。",
			"本年收入30万元，是上年的2.1倍，上年收入14.29万元。",
			"公用经费20万元，占基本支出的比重为25%，基本支出80万元。",
			"", "2022年", "无数字")
	}
	// texts with more figures than a block has room for: their figures
	// move to a new block (scanner.add), or grow one of their own
	many := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "项目%d支出%d.5万元，", i, i+1)
		}
		return b.String()
	}
	texts = append(texts, many(30), many(50), many(70), many(3), many(200), many(40), many(40))
	// twice: the second time in the blocks of the first, emptied by Reset
	var a Analyzer
	got := make([]*Statements, len(texts))
	for round := range 2 {
		if round > 0 {
			a.Reset()
		}
		for i, s := range texts {
			got[i] = a.Analyze(s)
		}
	}
	kinds := 0
	for i, s := range texts {
		want := Analyze(s)
		if !reflect.DeepEqual(got[i], want) {
			t.Fatalf("Analyzer.Analyze(%q) = %+v, Analyze %+v", s, got[i], want)
		}
		for _, n := range []int{len(want.Enumerations), len(want.Comparisons), len(want.Rates), len(want.Shares), len(want.Multiples)} {
			if n > 0 {
				kinds++
			}
		}
	}
	if kinds < 100 {
		t.Fatalf("only %d texts with statements", kinds)
	}
}

// FuzzAnalyzer checks Analyzer.Analyze against Analyze on one Analyzer kept
// across inputs, and that the previous input's statements are unchanged
// (unless the Analyzer was Reset in between, as it is before an input of a
// length divisible by 4: its blocks then serve again).
func FuzzAnalyzer(f *testing.F) {
	for _, s := range []string{"支出合计100.00万元，分别为人员支出60.00万元、公用支出40.00万元。",
		"项目支出6148.40万元，比2021年4078.15万元增加2070.25万元，增幅50.76%。", "由10万元提高到12万元，提高2万元。",
		"其中：基本支出127.96万元，占39.66%；项目支出194.67万元，占60.34%。", "A 10万元、B 20万元，合计30万元",
		"破案率为57.2%（立案591起），较上年52.1%（破案366起、立案703起）提高5.1个百分点。"} {
		f.Add(s)
	}
	var a Analyzer
	prev, prevSt := "", (*Statements)(nil)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s)%4 == 0 {
			a.Reset()
			prevSt = nil
		}
		got := a.Analyze(s)
		if want := Analyze(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("Analyzer.Analyze(%q) = %+v, Analyze %+v", s, got, want)
		}
		if prevSt != nil && !reflect.DeepEqual(prevSt, Analyze(prev)) {
			t.Fatalf("the statements of %q changed after Analyzer.Analyze(%q)", prev, s)
		}
		prev, prevSt = s, got
	})
}

// FuzzWithoutBudgetNames checks the in-place removal against
// strings.ReplaceAll, name by name.
func FuzzWithoutBudgetNames(f *testing.F) {
	for _, s := range []string{"", "一般公共预算支出", "政府性基金预算收入", "预算单位预算收入", "一般公共预算预算单位x", "预算", "预算收一般公共预算入"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s
		for _, name := range budgetNames {
			want = strings.ReplaceAll(want, name, "")
		}
		if got := withoutBudgetNames(nil, s); got != want {
			t.Fatalf("withoutBudgetNames(%q) = %q, want %q", s, got, want)
		}
	})
}
