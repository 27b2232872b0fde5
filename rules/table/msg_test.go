package table

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/tables"
)

// The append forms of the message names must write what the plain ones
// return.
func TestAppendNames(t *testing.T) {
	rows := []*tables.Row{{Row: 4}, {Row: 0, Label: "合  计"}, {Row: 11, Label: "1.基本支出"}}
	cols := []*tables.Column{{Col: 2}, {Col: 0, Path: []string{"支出", "其中", "人员支出"}}, {Col: 9, Path: []string{""}}}
	for _, r := range rows {
		if got, want := string(appendRowName([]byte("x"), r)), "x"+rowName(r); got != want {
			t.Errorf("appendRowName(%+v) = %q, want %q", r, got, want)
		}
		if got, want := string(appendRowNameEN(nil, r)), rowNameEN(r); got != want {
			t.Errorf("appendRowNameEN(%+v) = %q, want %q", r, got, want)
		}
		if got, want := string(appendRowAt([]byte("x"), r)), "x"+rowAt(r); got != want {
			t.Errorf("appendRowAt(%+v) = %q, want %q", r, got, want)
		}
		if got, want := string(appendRowAtEN(nil, r)), rowAtEN(r); got != want {
			t.Errorf("appendRowAtEN(%+v) = %q, want %q", r, got, want)
		}
	}
	for _, c := range cols {
		if got, want := string(appendColName([]byte("x"), c)), "x"+colName(c); got != want {
			t.Errorf("appendColName(%+v) = %q, want %q", c, got, want)
		}
		if got, want := string(appendColNameEN(nil, c)), colNameEN(c); got != want {
			t.Errorf("appendColNameEN(%+v) = %q, want %q", c, got, want)
		}
	}
}

// A row stands after a table's name as 行「label」, or 第N行 once when it
// has no label (not 行第N行; "row N", not "row row N").
func TestRowAt(t *testing.T) {
	for _, c := range []struct {
		r            *tables.Row
		want, wantEN string
	}{
		{&tables.Row{Row: 3}, "第4行", ", row 4"},
		{&tables.Row{Row: 0, Label: "合  计"}, "行「合  计」", ", row “合  计”"},
	} {
		if got := rowAt(c.r); got != c.want {
			t.Errorf("rowAt(%+v) = %q, want %q", c.r, got, c.want)
		}
		if got := rowAtEN(c.r); got != c.wantEN {
			t.Errorf("rowAtEN(%+v) = %q, want %q", c.r, got, c.wantEN)
		}
	}
}

func TestDropSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "合  计", "合计", "按收入性质分：", "\u3000一、收入\t", "a\xffb c", "\xff"} {
		if got, want := dropSpaces(s), strings.Join(strings.Fields(s), ""); got != want {
			t.Errorf("dropSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTitleSpaces(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"表2 2023年度收入决算情况表", "表2 2023年度收入决算情况表"},
		{"2023 年度 收入", "2023年度收入"},
		{"部 门 收 支", "部门收支"},
		{" PM  2.5 浓度 ", "PM 2.5浓度"},
		{"\u3000表3\t2022年", "表3 2022年"},
	} {
		if got := titleSpaces(c.in); got != c.want {
			t.Errorf("titleSpaces(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPrefixOf(t *testing.T) {
	for _, c := range []struct {
		n     int
		title string
	}{{1, ""}, {12, "收入支出决算总表"}, {203, "年度主要工作内容…"}} {
		if got, want := prefixOf(c.n, c.title), fmt.Sprintf("表%d", c.n)+map[bool]string{true: "「" + c.title + "」"}[c.title != ""]; got != want {
			t.Errorf("prefixOf(%d, %q) = %q, want %q", c.n, c.title, got, want)
		}
		if got, want := prefixENOf(c.n, c.title), fmt.Sprintf("Table %d", c.n)+map[bool]string{true: " “" + c.title + "”"}[c.title != ""]; got != want {
			t.Errorf("prefixENOf(%d, %q) = %q, want %q", c.n, c.title, got, want)
		}
	}
}

func TestNumStrings(t *testing.T) {
	ns := []figures.Number{{Kind: figures.Value, Mant: 837827, Dec: 2}, {Kind: figures.Blank}, {Kind: figures.Value, Mant: -5, Dec: 3}, {Kind: figures.Value, Mant: 12}}
	for _, a := range ns {
		for _, b := range ns {
			for _, c := range ns {
				x, y, z := numStrings(a, b, c)
				if x != a.String() || y != b.String() || z != c.String() {
					t.Errorf("numStrings(%v, %v, %v) = %q %q %q", a, b, c, x, y, z)
				}
			}
		}
	}
}

// TestFindingMessages: what a finding says of the fixture's marked cell,
// in both languages, with its arithmetic.
func TestFindingMessages(t *testing.T) {
	tests := []struct {
		fixture, rule string
		msg, msgEN    string
		expr          string // "" not compared
	}{
		{
			// two columns named 合计 (预算数 › 合计, 决算数 › 合计): the one
			// reported is named by its header path; the row, without a
			// label, is 第4行 once
			fixture: "tbl002_parallel_groups_bad.txt", rule: "TBL002",
			msg:   "表1「表8一般公共预算财政拨款“三公”经费支出决算表」第4行: 「决算数 › 合计」与各分项之和不符",
			msgEN: "Table 1 “表8一般公共预算财政拨款“三公”经费支出决算表”, row 4: “决算数 › 合计” does not equal the sum of its parts",
			expr:  "0 + 7.19 + 0.53 = 7.72 ≠ 7.19，差 0.53",
		},
		{
			// one column named 合计: its name alone
			fixture: "tbl002_procurement_bad.txt", rule: "TBL002",
			msg:   "表1「表6 2023年度政府采购支出情况表」行「政府采购支出总额」: 「合计」与各分项之和不符",
			msgEN: "Table 1 “表6 2023年度政府采购支出情况表”, row “政府采购支出总额”: “合计” does not equal the sum of its parts",
		},
		{
			// a balance table's left side nested without numbering, one
			// run off: that run against its head, not the 收入总计 against
			// every row of the side
			fixture: "tbl001_unmarked_left_one_bad_run.txt", rule: "TBL001",
			msg:   "表1「附表3某县2024年一般公共预算收支平衡情况表（…」列「金额」: 「上级补助收入」与其下各行之和不符",
			msgEN: "Table 1 “附表3某县2024年一般公共预算收支平衡情况表（…”, column “金额”: row “上级补助收入” does not equal the sum of its rows",
			expr:  "102.30 + 716.45 + 315.75 = 1134.50 ≠ 1034.50，差 100.00",
		},
		{
			// a 平衡表 side's 其中 list naming the known whole breakdown of
			// the row above it
			fixture: "tbl007_side_breakdown_bad.txt", rule: "TBL007",
			msg:   "表1「表3　某镇2025年一般公共预算收支平衡表」收入一侧「上级补助收入」与其中所列各项之和不符",
			msgEN: "income side: 上级补助收入 is not the sum of its 其中 items",
			expr:  "519.47 + 8206.08 + 3893.37 = 12618.92 ≠ 12438.92，差 180.00",
		},
		{
			// numbered heads over unnumbered items, one head's off: that
			// head against its items, and the 支出总计 against the heads
			fixture: "tbl007_unnumbered_items_one_bad_total_bad.txt", rule: "TBL007",
			msg:   "表1「表4　财政拨款收支总表」支出一侧「一、本年支出」与其所列各项之和不符",
			msgEN: "spending side: 一、本年支出 is not the sum of the items under it",
			expr:  "140.22 + 56.18 + 2093.06 + 63.77 = 2353.23 ≠ 2299.23，差 54.00",
		},
		{
			fixture: "tbl007_unnumbered_items_one_bad_total_bad.txt", rule: "TBL007",
			msg:   "表1「表4　财政拨款收支总表」支出一侧「支出总计」与各项之和不符",
			msgEN: "spending side: 支出总计 is not the sum of the items",
			expr:  "2299.23 + 50.00 = 2349.23 ≠ 2359.23，差 10.00",
		},
		{
			// a row without a label is 第4行 once (row 4), one with a
			// label 行「label」 (row “label”)
			fixture: "tbl004_unlabelled_row_bad.txt", rule: "TBL004",
			msg:   "表1「表1 2023年收入支出情况表」第4行: 「增减额」不等于「2023年」 − 「2022年」",
			msgEN: "Table 1 “表1 2023年收入支出情况表”, row 4: “增减额” is not “2023年” − “2022年”",
			expr:  "35.00 − 30.00 = 5.00 ≠ 15.00，差 10.00",
		},
		{
			fixture: "tbl004_slipped_value.txt", rule: "TBL004",
			msg:   "表1「表4某医院2023年末资产负债情况表」行「负债总额」: 「增减额」不等于「年末数」 − 「年初数」",
			msgEN: "Table 1 “表4某医院2023年末资产负债情况表”, row “负债总额”: “增减额” is not “年末数” − “年初数”",
		},
		{
			fixture: "tbl005_unlabelled_row_bad.txt", rule: "TBL005",
			msg:   "表1「表2 2023年项目支出执行情况表」第4行: 「执行率（%）」与计算值 75.00% 不符",
			msgEN: "Table 1 “表2 2023年项目支出执行情况表”, row 4: “执行率（%）” does not match the computed 75.00%",
			expr:  "60.00 ÷ 80.00 = 75.00% ≠ 85.00%",
		},
		{
			fixture: "tbl005_control_rate_bad.txt", rule: "TBL005",
			msg:   "表1「表4 2023年度“三公”经费支出情况表」行「公务接待费」: 「控制率（%）」与计算值 77.57% 不符",
			msgEN: "Table 1 “表4 2023年度“三公”经费支出情况表”, row “公务接待费”: “控制率（%）” does not match the computed 77.57%",
		},
		{
			// the amount with two digits swapped
			fixture: "tbl005_unlabelled_row_slip_bad.txt", rule: "TBL005",
			msg:   "表1「表2 2023年项目支出执行情况表」第4行: 「执行数」 86.00 与「执行率（%）」不符，疑为 68.00（相邻两位数字颠倒），按此计算与表中「执行率（%）」一致",
			msgEN: "Table 1 “表2 2023年项目支出执行情况表”, row 4: “执行数” 86.00 does not fit “执行率（%）”; probably 68.00, which makes it hold",
		},
		{
			fixture: "tbl006_unlabelled_row_bad.txt", rule: "TBL006",
			msg:   "表1「表1 2023年收入支出情况表」第4行列「增减额」: 15.00 使所在列与所在行均不平，疑为错数（按列应为 5.00，与按行一致）",
			msgEN: "Table 1 “表1 2023年收入支出情况表”, row 4, column “增减额”: 15.00 breaks both its column and its row total; probably wrong (its column implies 5.00, as does its row)",
		},
		{
			fixture: "tbl006_row_pair_bad.txt", rule: "TBL006",
			msg:   "表1「表1 2023年一般公共预算收入执行情况表」行「一、税收收入」列「2023年完成数」: 6107.13 使所在列与所在行均不平，疑为错数（按列应为 6272.26，与按行一致）",
			msgEN: "Table 1 “表1 2023年一般公共预算收入执行情况表”, row “一、税收收入”, column “2023年完成数”: 6107.13 breaks both its column and its row total; probably wrong (its column implies 6272.26, as does its row)",
		},
		{
			fixture: "tbl009_unlabelled_row_bad.txt", rule: "TBL009",
			msg:   "表1「表5 2024年度民生保障资金发放情况表」第4行: 「人数（人）」 × 「保障标准（元/人·月）」 × 「发放月数」 应等于「发放金额（万元）」",
			msgEN: "Table 1 “表5 2024年度民生保障资金发放情况表”, row 4: “人数（人）” × “保障标准（元/人·月）” × 「发放月数」 should equal \"发放金额（万元）\"",
		},
		{
			fixture: "tbl001_natural_growth.txt", rule: "TBL001",
			msg:   "表1「表2常住人口主要指标」行「人口自然增长率（‰）」: 「2024年」应等于出生率 − 死亡率",
			msgEN: "Table 1 “表2常住人口主要指标”, row “人口自然增长率（‰）”: “2024年” must be the birth rate minus the death rate",
		},
	}
	for _, tt := range tests {
		t.Run(tt.fixture+"/"+tt.rule, func(t *testing.T) {
			f := ruletest.Load(t, filepath.Join("testdata", tt.fixture))
			d := f.Doc(t)
			var got []string
			for _, fd := range audit.Run(d, Rules) {
				if fd.Rule != tt.rule || fd.Severity < audit.Warning {
					continue
				}
				if fd.Message == tt.msg && fd.MessageEN == tt.msgEN && (tt.expr == "" || fd.Expr == tt.expr) {
					return
				}
				got = append(got, fmt.Sprintf("%s\n%s\n[%s]", fd.Message, fd.MessageEN, fd.Expr))
			}
			t.Errorf("no %s finding\n%s\n%s\n[%s]\ngot:\n%s", tt.rule, tt.msg, tt.msgEN, tt.expr, strings.Join(got, "\n"))
		})
	}
}
