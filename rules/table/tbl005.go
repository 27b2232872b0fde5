package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

func tbl005(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL005",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "比率列与计算值不符",
			TitleEN: "Rate column does not match its computation",
			Explain: "增减率（增幅、增长率）应等于增减额 ÷ 上年数；执行率、完成率、控制率应等于执行（实际）数 ÷ 预算（计划）数；占比应等于本项 ÷ 合计。" +
				"公式由表头确定，否则按数据推断在多数行成立的公式。按显示精度比较，取整到整数的百分比（如 116%）同样接受。得分率留给评分规则（SCR）。" +
				"自评表只有一行执行率时（“年初预算数 | 全年预算数 | 全年执行数 | 执行率”），执行率按全年预算数核对，只与年初预算数相符的按警告报告。",
			ExplainEN: "A growth rate must equal the difference ÷ the previous figure; execution/completion/control rates actual ÷ budget; shares part ÷ total. " +
				"The formula comes from the header, else the one holding on most rows is inferred. Precision follows the shown digits, so integer percentages (116%) pass. Score rates are left to the SCR rules. " +
				"In a self-evaluation form's one line of rates (年初预算数 | 全年预算数 | 全年执行数 | 执行率) the rate is checked on the 全年预算数; one fitting the 年初预算数 only is a warning.",
			Bad:  "2021年 4078.15 | 2022年 6148.40 | 增幅 60.76%",
			Good: "2021年 4078.15 | 2022年 6148.40 | 增幅 50.76%",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kRate || c.ok || c.explained {
					continue
				}
				b := c.target.Block
				names := res.nameOf(b)
				f := audit.Finding{
					Message:    fmt.Sprintf("%s行%s: %s与计算值 %s 不符", names.prefix, rowName(c.target.Row), colName(c.target.Column), c.rate.computed),
					MessageEN:  fmt.Sprintf("%s, row %s: %s does not match the computed %s", names.prefixEN, rowNameEN(c.target.Row), colNameEN(c.target.Column), c.rate.computed),
					Location:   res.location(p.Doc, c.target),
					Span:       c.target.Span,
					Expr:       c.rate.expr,
					Expected:   c.rate.computed,
					Actual:     p.Doc.Slice(c.target.Span),
					Confidence: c.conf,
					Severity:   audit.Error,
					Related:    []model.Span{c.parts[0].Span, c.parts[1].Span},
				}
				if c.conf < 0.7 {
					f.Severity = audit.Warning
				}
				p.Report(f)
			}
		},
	}
}
