package sequence

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
)

var seq003 = &audit.Rule{
	ID:       "SEQ003",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "单位名称缺字或多字",
		TitleEN: "Body's name with a missing or extra segment",
		Explain: "文中单位全称（取自标题、落款、单位名称栏，且出现两次以上）的某处写法保留了前后大部分，却缺了或多了中间一段，" +
			"如“湘西土家族苗族工业和信息化局”缺“自治州”。通行简称（湘西州工信局、湘西自治州…、州工业和信息化局、本局）不报。",
		ExplainEN: "A mention keeps most of the body's full name (taken from the title, signature or 单位名称 field, seen at " +
			"least twice) but drops or adds an inner segment, e.g. 湘西土家族苗族工业和信息化局 without 自治州. Accepted " +
			"short forms (dropping a leading part, the ethnic names of an autonomous area, 人民) are not reported.",
		Bad:  "州级预算部门名称：湘西土家族苗族工业和信息化局",
		Good: "州级预算部门名称：湘西土家族苗族自治州工业和信息化局",
	},
	Run: func(p *audit.Pass) {
		d := p.Doc
		names, x := canonicalNames(d)
		done := map[int]bool{}
		for _, name := range names {
			for _, v := range variants(d, x, name) {
				if done[v.Span.Start] {
					continue
				}
				// (v.Text ends like name: x finds it)
				if x.count(v.Text) >= x.count(name) {
					continue // as common as the full name: a name of its own
				}
				done[v.Span.Start] = true
				msg := fmt.Sprintf("单位名称「%s」与全称「%s」相比缺少「%s」，疑似漏字", v.Text, name, v.Chunk)
				msgEN := fmt.Sprintf("the name %q lacks %q compared with the full name %q", v.Text, v.Chunk, name)
				conf := 0.75
				if !v.Missing {
					msg = fmt.Sprintf("单位名称「%s」与全称「%s」相比多出「%s」，疑似多字", v.Text, name, v.Chunk)
					msgEN = fmt.Sprintf("the name %q has an extra %q compared with the full name %q", v.Text, v.Chunk, name)
					conf = 0.5
				}
				p.Report(audit.Finding{
					Severity:   audit.Warning,
					Message:    msg,
					MessageEN:  msgEN,
					Span:       v.Span,
					Expr:       v.Text + " ≠ " + name,
					Expected:   name,
					Actual:     v.Text,
					Confidence: conf,
				})
			}
		}
	},
}
