package prose

import (
	"fmt"
	"math/big"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// PRS007 checks "X，是Y的N倍" when Y is stated in the same paragraph.
var PRS007 = &audit.Rule{
	ID:       "PRS007",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "倍数与两数之比不符",
		TitleEN: "Stated multiple differs from the ratio of the two figures",
		Explain: "“追加预算7227.63万元，是年初预算的4.10倍”中，若同一段写明了名称（或口径）为“年初预算”的数且只有一个数值，" +
			"倍数应等于前一数 ÷ 该数。若倍数恰等于增长倍数（(X − Y) ÷ Y），提示混淆了“是…的N倍”与“增加N倍”。",
		ExplainEN: "In \"X，是Y的N倍\" N must equal X ÷ Y when Y (by label or period) is stated once in the paragraph. " +
			"A multiple equal to (X − Y) ÷ Y is pointed out as a confusion of \"N times\" with \"increased N times\".",
		Bad:  "年初预算数为1761.31万元，全年预算数8988.94万元，全年预算是年初预算的4.10倍。",
		Good: "年初预算数为1761.31万元，全年预算数8988.94万元，全年预算是年初预算的5.10倍。",
	},
	Run: runPRS007,
}

func runPRS007(p *audit.Pass) {
	for _, u := range units(p) {
		for _, m := range u.st.Multiples {
			base, same := oneBase(m.Bases)
			if !same {
				continue
			}
			if ok, valid := figures.RatioHolds(m.Value.Number, m.Subject.Number, base.Number, figures.HalfUp); !valid || ok {
				continue
			}
			ok, computed, valid := figures.RatioConsistent(m.Value.Number, m.Subject.Number, base.Number, figures.HalfUp)
			if !valid || ok {
				continue
			}
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       u.spanOf(m.Value),
				Expr:       fmt.Sprintf("%s ÷ %s = %s ≠ %s", m.Subject.String(), base.String(), figures.FormatRat(computed, m.Value.Dec+2), m.Value.String()),
				Expected:   figures.FormatRat(computed, m.Value.Dec) + "倍",
				Actual:     show(m.Value),
				Confidence: 0.6,
				Related:    spans(u, &m.Subject, &base),
			}
			f.Message = fmt.Sprintf("写「是%s的%s」，按 %s ÷ %s 计算应为 %s倍。", m.BasePhrase, show(m.Value), show(m.Subject), show(base), figures.FormatRat(computed, m.Value.Dec))
			f.MessageEN = fmt.Sprintf("The multiple %s does not match %s ÷ %s.", show(m.Value), m.Subject.String(), base.String())
			growth := new(big.Rat).Sub(computed, big.NewRat(1, 1))
			if figures.FormatRat(growth, m.Value.Dec) == m.Value.String() {
				f.Hint = "所写倍数等于增长倍数（(X − Y) ÷ Y），疑似把“增加N倍”写成了“是…的N倍”。"
				f.HintEN = "The multiple equals the growth multiple (X − Y) ÷ Y: \"increased N times\" written as \"N times\"."
			}
			locate(p, u, &f, m.Value.Start)
			p.Report(f)
		}
	}
}
