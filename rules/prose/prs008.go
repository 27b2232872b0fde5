package prose

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// PRS008 checks a figure restated in another unit of money in brackets.
var PRS008 = &audit.Rule{
	ID:       "PRS008",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "括注的换算数与原数不符",
		TitleEN: "A figure restated in another unit differs from it",
		Explain: "“人员经费6832145.20元（约683.21万元）”“332,996,720元（折合33299.67万元）”一类写法中，括号内换算后的数应等于原数换算单位后四舍五入（或截尾）到所写位数的值。" +
			"不符时报告，并提示小数点错位等可能的原因。",
		ExplainEN: "In \"6832145.20元（约683.21万元）\" the bracketed figure must be the first one in the other unit, rounded (or " +
			"truncated) to the digits shown; a decimal point slip is pointed out.",
		Bad:  "公用经费3442353.32元（约34.42万元）",
		Good: "公用经费3442353.32元（约344.24万元）",
	},
	Run: runPRS008,
}

func runPRS008(p *audit.Pass) {
	// every paragraph with a figure and a word worth reading, statement or
	// not: "人员经费6832145.20元（约683.21万元）" may stand alone
	for _, u := range proseUnits(p).units {
		qs := u.st.Quantities
		for k := 1; k < len(qs); k++ {
			orig, again := &qs[k-1], &qs[k]
			conv, ok := figures.Restated(u.text, orig, again)
			if !ok {
				continue
			}
			if figures.SumHolds([]figures.Number{conv.Number}, again.Number, figures.HalfUp) ||
				figures.SumHolds([]figures.Number{conv.Number}, again.Number, figures.Truncate) {
				continue
			}
			want := figures.FormatRat(conv.Rat(), again.Dec)
			f := audit.Finding{
				Severity:   audit.Error,
				Span:       u.spanOf(*again),
				Expr:       fmt.Sprintf("%s%s = %s%s ≠ %s%s", orig.String(), orig.Unit, conv.String(), conv.Unit, again.String(), again.Unit),
				Expected:   want + again.Unit,
				Actual:     show(*again),
				Confidence: 0.85,
				Related:    spans(u, orig),
			}
			f.Message = fmt.Sprintf("%s 换算为%s应为 %s%s，括注却写 %s。", show(*orig), again.Unit, want, again.Unit, show(*again))
			f.MessageEN = fmt.Sprintf("%s is %s %s, but the brackets say %s.", orig.String()+orig.Unit, want, again.Unit, again.String()+again.Unit)
			if exp, err := parseNumber(want); err == nil {
				if d := figures.Diagnose(again.Number, exp); d.Slip != figures.NoSlip {
					f.Hint, f.HintEN = "括注的数"+d.Hint, "the bracketed figure: "+d.HintEN
				}
			}
			locate(p, u, &f, again.Start)
			p.Report(f)
		}
	}
}

// parseNumber reads a plain decimal written by FormatRat.
func parseNumber(s string) (figures.Number, error) {
	n := figures.ParseCell(s)
	if n.Kind != figures.Value {
		return n, fmt.Errorf("not a number: %q", s)
	}
	return n, nil
}
