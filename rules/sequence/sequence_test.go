package sequence

import (
	"bytes"
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/parser"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestFixtures runs every rule on testdata/*.txt: marked findings must
// appear at their markers and nothing else may be reported.
func TestFixtures(t *testing.T) {
	ruletest.Run(t, "testdata", Rules)
}

func TestRuleDocs(t *testing.T) { ruletest.CheckDocs(t, Rules) }

func TestParseLabel(t *testing.T) {
	tests := []struct {
		in    string
		style string
		value int
		ok    bool
	}{
		{"一、基本情况", "一、", 1, true},
		{"十一、其他", "一、", 11, true},
		{"（三）项目支出", "（一）", 3, true},
		{"(2)预算", "（1）", 2, true},
		{"3. 2022年度重点工作", "1.", 3, true},
		{"12、承担", "1.", 12, true},
		{"1.4成本指标", "1.1", 4, true},
		{"1.5亿元用于", "1.", 1, true}, // weak: only where it continues a list
		{"8.6个重大科技专项", "1.", 8, true},
		{"8．65岁以上老年人健康管理人数", "1.", 8, true}, // weak: no sub-item 65
		{"14.2025年10件民生实事", "1.", 14, true},
		{"2022年本局", "", 0, false},
		{"指标9：满意度", "指标N", 9, true},
		{"②质量", "①", 2, true},
		{"第三章 附则", "第章", 3, true},
		{"0743-8223316", "", 0, false},
		{"1）公务接待", "1）", 1, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			l, _, ok := parseLabel(tt.in)
			if ok != tt.ok || ok && (l.Style != tt.style || l.Value != tt.value) {
				t.Errorf("parseLabel(%q) = %+v, %v; want %s %d %v", tt.in, l, ok, tt.style, tt.value, tt.ok)
			}
		})
	}
}

func TestCompareNames(t *testing.T) {
	full := "湘西土家族苗族自治州工业和信息化局"
	tests := []struct {
		m    string
		flag bool
	}{
		{"湘西土家族苗族工业和信息化局", true},
		{"湘西自治州工业和信息化局", false},
		{"湘西州工业和信息化局", false},
		{"湘西土家族苗族自治州信息化局", true},
		{"湘西土家族苗族自治州州工业和信息化局", true},
		{"湘西州工信局", false},
		{"湘西苗族自治州工业和信息化局", true},
		{"湘西土家族自治州工业和信息化局", true},
	}
	for _, tt := range tests {
		t.Run(tt.m, func(t *testing.T) {
			_, got := compare(full, tt.m, []rune(full), []rune(tt.m))
			if got != tt.flag {
				t.Errorf("compare(%q) = %v, want %v", tt.m, got, tt.flag)
			}
		})
	}
}

// TestPointStyledAsHeading: the last of the points a paragraph announces
// may be styled as a heading in Word ("4.食品安全检测及培训。"): it is still
// counted.
func TestPointStyledAsHeading(t *testing.T) {
	for _, asHeading := range []bool{true, false} {
		blocks := []docxwrite.Block{
			docxwrite.P("某县2023年度营养改善计划绩效评价报告"),
			docxwrite.H(1, "一、项目概况"),
			docxwrite.P("项目资金主要用于以下四个方面："),
			docxwrite.P("1.营养膳食补助。按每生每天5元标准提供营养膳食补助。"),
			docxwrite.P("2.食堂设施设备购置。购置消毒柜、冷藏柜等设备。"),
			docxwrite.P("3.食堂从业人员工资补助。保障食堂正常运转。"),
		}
		if asHeading {
			blocks = append(blocks, docxwrite.H(3, "4.食品安全检测及培训。开展食材抽检和培训。"))
		} else {
			blocks = append(blocks, docxwrite.P("4.食品安全检测及培训。开展食材抽检和培训。"))
		}
		blocks = append(blocks, docxwrite.H(2, "（二）资金安排及使用情况"), docxwrite.P("2023年资金2,987.32万元。"))
		if n := docxFindings(t, docxwrite.Doc{Blocks: blocks}.Bytes(), "SEQ004"); n != 0 {
			t.Errorf("fourth point as a heading %v: %d SEQ004 findings, want none", asHeading, n)
		}
	}
}

// docxFindings parses a .docx built in the test, runs the package's rules
// and returns how many findings of rule it gives, logging their messages.
func docxFindings(t *testing.T, data []byte, rule string) int {
	t.Helper()
	d, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "test.docx", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range audit.Run(d, Rules) {
		if f.Rule == rule {
			n++
			t.Logf("%s", f.Message)
		}
	}
	return n
}
