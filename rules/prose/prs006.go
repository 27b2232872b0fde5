package prose

import (
	"fmt"
	"math/big"
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
			"段内找不到名称相符的总数，或同名总数有多个不同数值时不检查。总数以另一金额单位写出（元对万元）时换算后比较。" +
			"只差末位一个单位的（常见于为使各项合计100%的尾差调整）列为提示（info）。",
		ExplainEN: "In \"X，占Y的R%\" the share must equal X ÷ Y when Y is stated (with a matching label) in the same paragraph, " +
			"converted when written in another unit of money. A share one in the last place off (often nudged so that shares add up to 100%) is info only.",
		Bad:  "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的63.45%。",
		Good: "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的68.45%。",
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
			if oneLastDigitOff(pct, s.Rate.Number) {
				// shares are often nudged by one in the last place so that
				// they add up to 100% (尾差调整): not worth a reviewer's time
				f.Severity, f.Confidence = audit.Info, 0.3
				f.Message += "只差末位一个单位，可能是为使各项合计为100%所作的尾差调整。"
				f.MessageEN += " It is one in the last place off: probably nudged so that the shares add up to 100%."
			}
			locate(p, u, &f, s.Rate.Start)
			p.Report(f)
		}
	}
}

// oneLastDigitOff reports whether the stated percentage is within one and
// a half units of its last digit of the exact one (87.37% for 87.3829%).
func oneLastDigitOff(exact *bigRat, stated figures.Number) bool {
	d := new(bigRat).Sub(exact, absRat(stated.Rat()))
	d.Abs(d)
	unit := new(bigRat).SetFrac64(3, 2)
	for range stated.Dec {
		unit.Quo(unit, big.NewRat(10, 1))
	}
	return d.Cmp(unit) <= 0
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
