package prose

import (
	"context"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/parser/text"
)

// TestUnderDraft compares underDraft's stretches with the plain reading
// they replace: the headings in force at each paragraph (headingsAt).
func TestUnderDraft(t *testing.T) {
	src := strings.Join([]string{
		"关于2024年预算执行情况和2025年预算草案的报告",
		"一、2024年预算执行情况",
		"（一）一般公共预算",
		"全县一般公共预算收入完成10.74亿元，比上年增长2.1%。",
		"二、2025年预算草案",
		"（一）指导思想",
		"全县一般公共预算收入预期11.07亿元，比上年增长3.1%。",
		"（二）一般公共预算收支安排",
		"全县一般公共预算支出安排40.04亿元，比上年下降14.8%。",
		"三、完成2025年预算任务的措施",
		"加强收入征管，收入增长5.0%。",
	}, "\n")
	doc, err := text.ParseBytes(context.Background(), []byte(src), "d.txt", text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		for _, u := range proseUnits(p).units {
			h := headingsAt(p.Doc, u.span.Start)
			want := strings.Contains(h, "草案") || strings.Contains(h, "预算安排") || strings.Contains(h, "收支安排")
			if got := x.underDraft(u); got != want {
				t.Errorf("%q: underDraft %v, want %v (headings %q)", u.text, got, want, h)
			}
			if want {
				n++
			}
		}
	}}})
	if n != 2 {
		t.Errorf("%d paragraphs under a draft heading, want 2", n)
	}
}
