package prose

import (
	"fmt"
	"strings"

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
		Explain: "“人员经费6832145.20元（约683.21万元）”“332,996,720元（折合33299.67万元）”一类写法中，括号内换算后的数应等于原数换算单位后四舍五入（或截尾）到所写位数的值；括号内只写另一货币单位的数（“3.64亿元（36359.46万元）”）时，前面的数应是括号内的数换算后四舍五入的值。" +
			"不符时报告，并提示小数点错位等可能的原因。括号内写同一单位、数却是大一级单位（万元→亿元）的（“293317.31万元（约29.33万元）”），报告单位写错。",
		ExplainEN: "In \"6832145.20元（约683.21万元）\" the bracketed figure must be the first one in the other unit, rounded (or " +
			"truncated) to the digits shown; a decimal point slip is pointed out. A restatement in the same unit whose figure is in the unit ten thousand times larger (\"293317.31万元（约29.33万元）\") is reported as a wrong unit. A bracket holding only the amount in a smaller unit of money (\"3.64亿元（36359.46万元）\") makes the amount before it its rounding.",
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
				if bigger, slip := unitSlipInBracket(u.text, orig, again); slip {
					reportBracketUnit(p, u, orig, again, bigger)
					continue
				}
				if !plainRestatement(u.text, orig, again) {
					continue
				}
				// "18,720.11亿元（18,720.11万元）": a bracket holding only the
				// figure in another unit of money restates it
				if conv, ok = figures.InUnitOf(*orig, again.Unit); !ok {
					// into a smaller unit ("3.64亿元（36359.46万元）"): the
					// bracket is the exact figure, the first its rounding
					checkRoundedBefore(p, u, orig, again)
					continue
				}
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
			if orig.Mant == again.Mant && orig.Dec == again.Dec {
				f.Hint = fmt.Sprintf("原数与括注的数字相同而单位不同（%s、%s）：其中一个单位写错。", orig.Unit, again.Unit)
				f.HintEN = "the two figures have the same digits in different units: one unit is wrong"
			}
			locate(p, u, &f, again.Start)
			p.Report(f)
		}
	}
}

// checkRoundedBefore checks amount orig against the bracket after it
// holding the same amount in a smaller unit ("3.64亿元（36359.46万元）"):
// orig must be the bracket's figure rounded to orig's places.
func checkRoundedBefore(p *audit.Pass, u *unit, orig, again *figures.Quantity) {
	back, ok := figures.InUnitOf(*again, orig.Unit)
	if !ok || figures.SumHolds([]figures.Number{back.Number}, orig.Number, figures.HalfUp) ||
		figures.SumHolds([]figures.Number{back.Number}, orig.Number, figures.Truncate) {
		return
	}
	want := figures.FormatRat(back.Rat(), max(orig.Dec, 2))
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(*orig),
		Expr:       fmt.Sprintf("%s%s = %s%s ≠ %s%s", again.String(), again.Unit, back.String(), back.Unit, orig.String(), orig.Unit),
		Expected:   want + orig.Unit,
		Actual:     show(*orig),
		Confidence: 0.85,
		Related:    spans(u, again),
	}
	f.Message = fmt.Sprintf("括注 %s 换算为%s约为 %s%s，前文却写 %s。", show(*again), orig.Unit, want, orig.Unit, show(*orig))
	f.MessageEN = fmt.Sprintf("the bracketed %s is about %s %s, but the text says %s.", again.String()+again.Unit, want, orig.Unit, orig.String()+orig.Unit)
	if orig.Mant == again.Mant && orig.Dec == again.Dec {
		f.Hint = fmt.Sprintf("原数与括注的数字相同而单位不同（%s、%s）：其中一个单位写错。", orig.Unit, again.Unit)
		f.HintEN = "the two figures have the same digits in different units: one unit is wrong"
	}
	locate(p, u, &f, orig.Start)
	p.Report(f)
}

// plainRestatement reports a bracket right after amount p that holds
// nothing but amount q in another unit of money: "X亿元（Y万元）".
func plainRestatement(s string, p, q *figures.Quantity) bool {
	if q.LeadStart < p.End || q.LeadStart > len(s) || q.End > len(s) || strings.TrimSpace(q.Lead) != "" || q.Label != "" {
		return false
	}
	if !figures.IsMoneyUnit(p.Unit) || !figures.IsMoneyUnit(q.Unit) || p.Unit == q.Unit || p.Percent || q.Percent {
		return false
	}
	if between := strings.TrimSpace(s[p.End:q.LeadStart]); between != "（" && between != "(" {
		return false
	}
	rest := strings.TrimLeft(s[q.End:], " ")
	return strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")")
}

// parseNumber reads a plain decimal written by FormatRat.
func parseNumber(s string) (figures.Number, error) {
	n := figures.ParseCell(s)
	if n.Kind != figures.Value {
		return n, fmt.Errorf("not a number: %q", s)
	}
	return n, nil
}

// largerUnit is the money unit ten thousand times u.
var largerUnit = map[string]string{"元": "万元", "万元": "亿元", "亿元": "万亿元"}

// unitSlipInBracket reports "年末滚存结余293317.31万元（约29.33万元）": a
// bracketed restatement (约, 折合) in the same unit whose figure is the
// first's in the unit ten thousand times larger (亿元), which it should say.
func unitSlipInBracket(s string, p, q *figures.Quantity) (bigger string, ok bool) {
	bigger = largerUnit[p.Unit]
	if bigger == "" || q.Unit != p.Unit || p.Percent || q.Percent || p.Approx && !q.Approx || q.LeadStart < p.End || q.LeadStart > len(s) {
		return "", false
	}
	if between := strings.TrimSpace(s[p.End:q.LeadStart]); between != "（" && between != "(" {
		return "", false
	}
	switch strings.TrimSpace(q.Lead) {
	case "折合", "合", "即", "约", "约合", "合计约":
	default:
		return "", false
	}
	shifted := p.Number
	shifted.Dec += 4 // p in the unit ten thousand times larger
	shifted.Exact = false
	if q.Mant == 0 || !figures.SumHolds([]figures.Number{shifted}, q.Number, figures.HalfUp) {
		return "", false
	}
	return bigger, true
}

// reportBracketUnit reports the restatement again of orig written in
// orig's unit although its figure is in the unit bigger.
func reportBracketUnit(p *audit.Pass, u *unit, orig, again *figures.Quantity, bigger string) {
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(*again),
		Expr:       fmt.Sprintf("%s%s = %s%s", orig.String(), orig.Unit, again.String(), bigger),
		Expected:   again.String() + bigger,
		Actual:     show(*again),
		Confidence: 0.85,
		Related:    spans(u, orig),
	}
	f.Message = fmt.Sprintf("%s 折合 %s%s，括注写作 %s，单位疑为%s之误。", show(*orig), again.String(), bigger, show(*again), bigger)
	f.MessageEN = fmt.Sprintf("%s is %s %s; the brackets say %s: the unit should probably be %s.", orig.String()+orig.Unit, again.String(), bigger, show(*again), bigger)
	locate(p, u, &f, again.Start)
	p.Report(f)
}
