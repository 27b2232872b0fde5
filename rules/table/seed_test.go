package table

import (
	"sort"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
)

// TestSeed checks the findings on the bundled example report. The expected
// list was established by reading its tables by hand; the rules know
// nothing about this report.
//
//   - income table, 汇总 row, 上年结转 1958.52: the column adds up to 195.85
//     and the row to 197.12 — a shifted decimal point (×10);
//   - income table, 2.州中小微企业服务中心: 3.87 + 374.82 + 5.00 + 26.57 +
//     1001.64 = 1411.90, not 1413.16;
//   - 自评表 年度资金总额: its 按收入性质分 items miss 203.22 (全年预算数) and
//     197.12 (全年执行数), its 按支出性质分 items 306.74 (年初预算数).
//
// The many 0.01 rounding differences (8982.83 vs 8982.84, …) must stay info.
func TestSeed(t *testing.T) {
	want := []string{
		"TBL001|年度资金总额|全年执行数",
		"TBL001|年度资金总额|全年预算数",
		"TBL001|年度资金总额|年初预算数",
		"TBL002|2.州中小微企业服务中心|收入合计",
		"TBL006|局机关及二级机构汇总|上年结转",
	}
	ruletest.EachSeed(t, func(t *testing.T, d *model.Document) {
		all := audit.Run(d, Rules)
		var got []string
		for _, f := range audit.Filter(all, audit.Warning) {
			path := f.Location.ColumnPath
			if i := strings.LastIndex(path, " › "); i >= 0 {
				path = path[i+len(" › "):]
			}
			got = append(got, f.Rule+"|"+f.Location.RowLabel+"|"+path)
			switch f.Rule {
			case "TBL006":
				if !strings.Contains(f.Hint, "×10") || f.Expected != "195.85" {
					t.Errorf("TBL006 should diagnose ×10 with 195.85: %+v", f)
				}
			case "TBL002":
				if !strings.Contains(f.Expr, "3.87 + 374.82 + 5.00 + 26.57 + 1001.64 = 1411.90 ≠ 1413.16，差 1.26") {
					t.Errorf("TBL002 expr = %q", f.Expr)
				}
			}
			if f.Span.Len() == 0 || d.Slice(f.Span) != f.Actual && f.Rule != "TBL005" {
				t.Errorf("%s: span %q does not hold the stated figure %q", f.Rule, d.Slice(f.Span), f.Actual)
			}
		}
		sort.Strings(got)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("seed findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		rounding := 0
		for _, f := range all {
			if f.Severity == audit.Info && strings.Contains(f.Message, "四舍五入") {
				rounding++
			}
		}
		if rounding == 0 {
			t.Error("expected the 0.01 rounding differences to be reported as info")
		}
	})
}
