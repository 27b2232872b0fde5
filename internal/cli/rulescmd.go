package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/crossfoot/crossfoot/rules"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/report"
)

const rulesUsage = `用法：
  crossfoot rules [--format text|md] [--lang zh|en]   列出全部规则：编号、级别、名称
  crossfoot rules explain 规则编号 [--lang zh|en]      显示规则说明、错误示例与正确示例

--format md 输出 README 中的规则表（Markdown）。
规则编号带规则族前缀：TBL 表格运算，PRS 正文数字，XRF 正文与表格互证，YR 年度，
SEQ 编号与名称，SCR 评分。

退出码：0 成功；2 用法错误或没有该规则。
`

func rulesCommand() *command {
	c := &command{name: "rules", summary: "列出规则，或用 rules explain ID 查看说明", usage: rulesUsage}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlagSet(c.name)
		format := fs.String("format", "text", "")
		lang := fs.String("lang", "zh", "")
		pos, code := parseFlags(e, c, fs, args)
		if code >= 0 {
			return code
		}
		if err := oneOf(*format, "text", "md"); err != nil {
			return usageErr(e, c.name, "--format "+err.Error(), "")
		}
		if err := oneOf(*lang, "zh", "en"); err != nil {
			return usageErr(e, c.name, "--lang "+err.Error(), "")
		}
		en := *lang == "en"
		all := e.rules(rules.Options{})
		switch {
		case len(pos) == 0 && *format == "md":
			writeRuleTable(e.stdout, all, en)
			return ExitClean
		case len(pos) == 0:
			listRules(e.stdout, all, en)
			return ExitClean
		case pos[0] == "explain" && len(pos) == 2:
			id := strings.ToUpper(strings.TrimSpace(pos[1]))
			for _, r := range all {
				if r.ID == id {
					explainRule(e.stdout, r, en)
					return ExitClean
				}
			}
			return usageErr(e, c.name, fmt.Sprintf("没有规则 %q", pos[1]), "运行 'crossfoot rules' 列出全部规则。")
		case pos[0] == "explain":
			return usageErr(e, c.name, "explain 需要一个规则编号", "例如：crossfoot rules explain TBL001")
		}
		return usageErr(e, c.name, fmt.Sprintf("未知参数 %q", pos[0]), "")
	}
	return c
}

func title(r *audit.Rule, en bool) string {
	if en && r.Doc.TitleEN != "" {
		return r.Doc.TitleEN
	}
	return r.Doc.Title
}

func explanation(r *audit.Rule, en bool) string {
	if en && r.Doc.ExplainEN != "" {
		return r.Doc.ExplainEN
	}
	return r.Doc.Explain
}

func severityName(s audit.Severity, en bool) string {
	if en {
		return s.String()
	}
	return s.Chinese()
}

// listRules writes one aligned line per rule: ID, severity, title.
func listRules(w io.Writer, all []*audit.Rule, en bool) {
	if len(all) == 0 {
		fmt.Fprintln(w, pick(en, "no rules are built in", "没有内置规则"))
		return
	}
	idW, sevW := 0, 0
	for _, r := range all {
		idW = max(idW, report.Width(r.ID))
		sevW = max(sevW, report.Width(severityName(r.Severity, en)))
	}
	for _, r := range all {
		sev := severityName(r.Severity, en)
		fmt.Fprintf(w, "%s%s  %s%s  %s\n", r.ID, strings.Repeat(" ", idW-report.Width(r.ID)),
			sev, strings.Repeat(" ", sevW-report.Width(sev)), title(r, en))
	}
}

// writeRuleTable writes the README's rule table in Markdown.
func writeRuleTable(w io.Writer, all []*audit.Rule, en bool) {
	if en {
		fmt.Fprintln(w, "| Rule | Severity | Title | What it checks |")
	} else {
		fmt.Fprintln(w, "| 规则 | 级别 | 名称 | 检查内容 |")
	}
	fmt.Fprintln(w, "| --- | --- | --- | --- |")
	for _, r := range all {
		fmt.Fprintf(w, "| %s | %s | %s | %s |\n", r.ID, severityName(r.Severity, en), mdCell(title(r, en)), mdCell(explanation(r, en)))
	}
}

func mdCell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", "\\|")
}

// explainRule writes a rule's documentation: title, explanation and the bad
// and good examples, separated by blank lines.
func explainRule(w io.Writer, r *audit.Rule, en bool) {
	parts := []string{fmt.Sprintf("%s %s (%s)", r.ID, title(r, en), severityName(r.Severity, en))}
	if x := strings.TrimSpace(explanation(r, en)); x != "" {
		parts = append(parts, x)
	}
	example := func(label, text string) {
		if text = strings.TrimSpace(text); text != "" {
			parts = append(parts, label+"\n  "+strings.ReplaceAll(text, "\n", "\n  "))
		}
	}
	example(pick(en, "Bad:", "错误示例："), r.Doc.Bad)
	example(pick(en, "Good:", "正确示例："), r.Doc.Good)
	fmt.Fprintln(w, strings.Join(parts, "\n\n"))
}
