package prose

import (
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// parseSeed reads the bundled example report's text export.
func parseSeed(t testing.TB) *model.Document {
	return ruletest.Seed(t, testenv.Seed(t, "report-2022.txt"))
}

// TestSeed pins the prose mistakes a careful reviewer marks in the bundled
// example report, and nothing else at warning or above. Each expectation
// names the rule, the flagged text, the sentence it is in and a piece of
// the arithmetic or message.
func TestSeed(t *testing.T) {
	doc := parseSeed(t)
	want := []struct {
		rule     string
		sev      audit.Severity
		flagged  string // doc.Slice(f.Span)
		sentence string // part of the sentence
		detail   string // part of Expr, Message or Hint
	}{
		// 基本支出 "主要用于" by 功能科目: the parts add up to 8861.50, far above 2834.44
		{"PRS001", audit.Error, "2834.44万元", "主要用于一般公共服务支出", "= 8861.50 ≠ 2834.44"},
		// by 经济科目: 10.80 should be 1.08 (the table says so), sum 2844.17
		{"PRS001", audit.Error, "10.80万元", "按科目分类年度工资福利支出", "应为 1.08万元"},
		{"XRF001", audit.Error, "10.80万元", "按科目分类年度工资福利支出", "1.08万元"},
		{"XRF001", audit.Warning, "902.59万元", "按科目分类年度工资福利支出", "902.58万元"},
		// 年初预算1761.31万元，其中基本支出预算1624.45万元，项目支出136.85万元:
		// table 10 shows 基本支出 1317.72 under 年初预算数, which with 136.85
		// falls short of its 1761.31 (TBL001 flags the column too)
		{"XRF001", audit.Warning, "1624.45万元", "其中基本支出预算1624.45万元", "1317.72万元"},
		// 增加2070.25万元，降幅50.76%
		{"PRS004", audit.Error, "降幅", "增加2070.25万元，降幅50.76%", "「降幅」用词有误"},
		// 国有资本经营预算支出8.54万元 with parts adding to 18.33
		{"PRS001", audit.Error, "8.54万元", "其中办公费1.32万元", "= 18.33 ≠ 8.54"},
		// 373.5 ÷ 292.62 = 1.2764, written 1.27倍 (truncated), and 100% earlier
		{"PRS005", audit.Warning, "1.27倍", "公用经费控制率为1.27倍", "1.2764"},
		{"XRF002", audit.Warning, "1.27倍", "公用经费控制率为1.27倍", "100%"},
	}
	fs := audit.Filter(audit.Run(doc, Rules), audit.Warning)
	used := make([]bool, len(fs))
	for _, w := range want {
		found := false
		for i, f := range fs {
			if used[i] || f.Rule != w.rule || f.Severity != w.sev || doc.Slice(f.Span) != w.flagged || !strings.Contains(f.Location.Sentence, w.sentence) {
				continue
			}
			if !strings.Contains(f.Expr+f.Message+f.Hint, w.detail) {
				t.Errorf("%s at «%s»: want %q in %q / %q / %q", w.rule, w.flagged, w.detail, f.Expr, f.Message, f.Hint)
			}
			used[i], found = true, true
			break
		}
		if !found {
			t.Errorf("missing %s %s at «%s» in «%s»", w.rule, w.sev, w.flagged, w.sentence)
		}
	}
	for i, f := range fs {
		if !used[i] {
			t.Errorf("unexpected %s %s at %s «%s»: %s %s", f.Rule, f.Severity, f.Location, doc.Slice(f.Span), f.Message, f.Expr)
		}
	}
}

// TestSeedClean pins sentences of the seed whose arithmetic is right (or
// cannot be checked) so that they stay unflagged.
func TestSeedClean(t *testing.T) {
	doc := parseSeed(t)
	fs := audit.Run(doc, Rules)
	for _, s := range []string{
		"同比2021年预算70.60万元，增加2.7万元",        // 73.30 − 70.60 = 2.70
		"增加13.72万元，增幅97.86%",              // 13.72 ÷ 14.02
		"比2021年11.50万元，增幅116%",            // 13.33 ÷ 11.50 = 115.91%
		"较2020年拨款收入4679.80万元，增加2971.05万元", // years are rules/years' business
		"较2021年支出6568.25万元，增加2414.59万元，增幅36.76%",
		"预算资金使用到位率99.93%",
		"在职人员控制率为85.71%",
		"三公经费控制率为37.84%",
		"政府采购执行率39.90%",
		"提高12.75%，但基本支出减少319.92万元，降低11.55%", // no base stated
		"全年预算调整是年初预算的4.10倍",
		"其中人员经费2470.10万元，公用经费364.35万元", // 2834.45 vs 2834.44: rounding
	} {
		i := strings.Index(doc.Text, s)
		if i < 0 {
			t.Fatalf("sentence %q not in the seed", s)
		}
		span := model.Span{Start: i, End: i + len(s)}
		for _, f := range fs {
			if f.Severity >= audit.Warning && overlaps(f.Span, span) {
				t.Errorf("%s flagged «%s» in a correct sentence: %s", f.Rule, doc.Slice(f.Span), f.Message)
			}
		}
	}
}
