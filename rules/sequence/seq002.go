package sequence

import "github.com/crossfoot/crossfoot/audit"

var seq002 = &audit.Rule{
	ID:       "SEQ002",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "表格列中编号重复或跳号",
		TitleEN: "Numbering down a table column repeats or skips",
		Explain: "表格同一列中自上而下的编号（指标1、指标2…，序号1、2、3…，1.本级机构…）应连续：" +
			"“指标8”之后又出现“指标4”、序号重复或跳号，多半是复制行后未改编号。分组后从1重新编号是正常的。",
		ExplainEN: "Labels down one table column (指标1, 指标2…; a 序号 column; 1.本级机构…) should run on: 指标4 again " +
			"after 指标8, a repeated or skipped serial number usually means a row was copied without renumbering. " +
			"Restarting at 1 for a new group is fine.",
		Bad:  "指标7：“三公经费”控制率 / 指标8：预算执行合规性 / 指标4：重点工作完成及时率",
		Good: "… / 指标8：预算执行合规性 / 指标9：重点工作完成及时率",
	},
	Run: func(p *audit.Pass) {
		buf := itemPool.Get().(*[]item)
		all, cols := appendColumnItems((*buf)[:0], p.Doc)
		for _, its := range cols {
			for _, pr := range reliable(check(its)) {
				report(p, pr)
			}
		}
		putItems(buf, all)
	},
}
