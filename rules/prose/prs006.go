package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// PRS006 checks "X，占Y的R%" when Y is stated in the same paragraph.
var PRS006 = &audit.Rule{
	ID:       "PRS006",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "占比与两数之比不符",
		TitleEN: "Stated share differs from part ÷ whole",
		Explain: "“项目支出6148.40万元，占支出总额的68.45%”中，若同一段写明了支出总额，占比应等于两数之比。" +
			"段内找不到名称相符的总数，或同名总数有多个不同数值时不检查。",
		ExplainEN: "In \"X，占Y的R%\" the share must equal X ÷ Y when Y is stated (with a matching label) in the same paragraph.",
		Bad:       "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的63.45%。",
		Good:      "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的68.45%。",
	},
	Run: runPRS006,
}

func runPRS006(p *audit.Pass) {
	for _, u := range units(p) {
		for _, s := range u.st.Shares {
			base, same := oneBase(s.Bases)
			if !same || base.Mant <= 0 {
				continue
			}
			if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, base.Number, figures.HalfUp); !valid || ok {
				continue
			}
			ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, base.Number, figures.HalfUp)
			if !valid || ok {
				continue
			}
			pct := new(bigRat).Mul(computed, hundred)
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       u.spanOf(s.Rate),
				Expr:       fmt.Sprintf("%s ÷ %s = %s%% ≠ %s", s.Part.String(), base.String(), figures.FormatRat(pct, s.Rate.Dec+2), show(s.Rate)),
				Expected:   figures.FormatRat(pct, s.Rate.Dec) + "%",
				Actual:     show(s.Rate),
				Confidence: 0.7,
				Related:    spans(u, &s.Part, &base),
			}
			shownBase := show(base)
			if w := u.text[base.Start:base.End]; !strings.HasSuffix(w, base.Unit) {
				shownBase = w + "（" + shownBase + "）" // written in another unit: 5,300,136.50元（530.013650万元）
			}
			f.Message = fmt.Sprintf("写「占%s的%s」，按 %s ÷ %s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), show(s.Part), shownBase, figures.FormatRat(pct, s.Rate.Dec))
			f.MessageEN = fmt.Sprintf("The share %s does not match %s ÷ %s.", show(s.Rate), s.Part.String(), base.String())
			locate(p, u, &f, s.Rate.Start)
			p.Report(f)
		}
	}
}

// oneBase returns the base of a share or multiple when every figure found
// for it (bases[0] and any others with the same label) has the same value.
func oneBase(bases []figures.Quantity) (figures.Quantity, bool) {
	for _, b := range bases[1:] {
		if b.Mant != bases[0].Mant || b.Dec != bases[0].Dec {
			return bases[0], false
		}
	}
	return bases[0], true
}
