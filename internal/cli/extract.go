package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/report/modeljson"
	"github.com/crossfoot/crossfoot/report/modelmd"
	"github.com/crossfoot/crossfoot/report/tableview"
	"github.com/crossfoot/crossfoot/tables"
)

const extractUsage = `用法：crossfoot extract [选项] 文件

显示 crossfoot 从文件中读出的内容：标题、段落和表格（含合并单元格），用于核对
解析结果或供其他程序使用。加 --tables 则显示 crossfoot 如何理解每张表：哪几行是表头、
哪一行是合计、哪些是其中项、各列是本年/上年/增减额/增减率/分值/得分中的哪一种，以及
从每个单元格读出的数值。对某条发现有疑问时，先看这里。

选项：
  --tables                显示表格的理解结果，而不是文件内容（md、json 或 dump 格式）
  --lang zh|en            提示与 --tables Markdown 的用语（默认 zh）
  --format md|json|dump   输出格式（默认 md）：
                          md   Markdown；合并单元格显式标出：⟨跨2行⟩ ⟨跨3列⟩ 标在有文字的
                               单元格上，被覆盖的位置显示 ⟨合并↑⟩ 或 ⟨合并←⟩
                          json 带版本的 JSON：{"version":1,"name","format","text","blocks",
                               "tables":[{"index","caption","rows","cols","cells":[{"row",
                               "col","rowSpan","colSpan","text","position"}]}]}，行列与表号从 1 计
                          dump 逐行的内部结构描述（解析器测试的基准格式）

退出码：0 成功；2 用法错误或文件无法读取。
`

func extractCommand() *command {
	c := &command{name: "extract", summary: "显示从文件读出的标题、段落和表格（md/json/dump）", usage: extractUsage}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlagSet(c.name)
		format := fs.String("format", "md", "")
		showTables := fs.Bool("tables", false, "")
		lang := fs.String("lang", "zh", "")
		paths, code := parseFlags(e, c, fs, args)
		if code >= 0 {
			return code
		}
		if err := oneOf(*format, "md", "json", "dump"); err != nil {
			return usageErr(e, c.name, "--format "+err.Error(), "")
		}
		if err := oneOf(*lang, "zh", "en"); err != nil {
			return usageErr(e, c.name, "--lang "+err.Error(), "")
		}
		switch len(paths) {
		case 0:
			return usageErr(e, c.name, "缺少文件", "例如：crossfoot extract 报告.docx --format json")
		case 1:
		default:
			return usageErr(e, c.name, fmt.Sprintf("一次只能处理一个文件（收到 %d 个）", len(paths)), "")
		}
		en := *lang == "en"
		in := input{path: paths[0]}
		o := extractOne(ctx, e, in)
		if o.err != nil {
			fmt.Fprintln(e.stderr, describeInputError(in.path, o.err, en))
			return ExitUsage
		}
		d := o.doc
		for _, p := range d.Errors {
			fmt.Fprintf(e.stderr, "%s: %s%s\n", in.path, pick(en, "warning: ", "注意："), strings.Join(strings.Fields(p.Error()), " "))
		}
		var err error
		switch {
		case *showTables:
			err = writeTables(e.stdout, *format, in.path, tables.Analyze(d), en)
		case *format == "json":
			err = modeljson.Write(e.stdout, d)
		case *format == "md":
			err = modelmd.Write(e.stdout, d)
		default:
			err = d.Dump(e.stdout)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "crossfoot extract: %s%v\n", pick(en, "cannot write the output: ", "无法写出结果："), err)
			return ExitUsage
		}
		return ExitClean
	}
	return c
}

// writeTables writes how the tables were understood, in one of extract's
// formats.
func writeTables(w io.Writer, format, name string, a *tables.Analysis, en bool) error {
	switch format {
	case "json":
		return tableview.WriteJSON(w, name, a)
	case "md":
		return tableview.WriteMarkdown(w, a, en)
	}
	return a.Dump(w)
}

// extractOne parses one file, turning a parser panic into an error.
func extractOne(ctx context.Context, e *env, in input) (out struct {
	doc *model.Document
	err error
}) {
	defer func() {
		if p := recover(); p != nil {
			out.doc, out.err = nil, internalError(p)
		}
	}()
	out.doc, out.err = e.parse(ctx, in.path)
	if out.err == nil && out.doc == nil {
		out.err = fmt.Errorf("解析器未返回文档（内部错误，请报告此问题）")
	}
	return out
}
