package cli

import (
	"context"
	"fmt"
	"strings"
)

func mainUsage() string {
	var b strings.Builder
	b.WriteString(`crossfoot 审核部门决算、预算说明和绩效自评报告的内部一致性：合计、其中、增减额与增幅、
正文与表格数字、年度、得分。(crossfoot audits Chinese public-sector reports for internal consistency.)

用法：
  crossfoot <命令> [参数]

命令：
`)
	for _, c := range commands() {
		if c.hidden {
			continue
		}
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	b.WriteString(`
常用：
  crossfoot audit 报告.docx                 审核一个文件
  crossfoot audit 报告目录/ --format line   审核目录下全部 .docx/.txt，每个问题一行
  crossfoot rules explain TBL001            查看规则说明
  crossfoot --version                       显示版本

退出码：0 无问题；1 有达到 --fail-on 级别的问题；2 用法错误或有文件无法读取。
运行 'crossfoot help <命令>' 查看命令的详细用法。
`)
	return b.String()
}

func helpCommand() *command {
	c := &command{
		name:    "help",
		summary: "显示帮助：crossfoot help [命令]",
		usage:   "用法：crossfoot help [命令]\n",
	}
	c.run = func(ctx context.Context, e *env, args []string) int {
		switch len(args) {
		case 0:
			fmt.Fprint(e.stdout, mainUsage())
			return ExitClean
		case 1:
			sub := lookup(args[0])
			if sub == nil {
				return usageErr(e, "help", fmt.Sprintf("未知命令 %q", args[0]), "运行 'crossfoot help' 查看全部命令。")
			}
			fmt.Fprint(e.stdout, sub.usage)
			return ExitClean
		}
		return usageErr(e, "help", "最多一个参数", "")
	}
	return c
}
