package prose

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// checkRateByNamedCurrent checks "本年收入合计较上年增加107.21万元，增长50.10%",
// a change and its rate whose sentence states neither figure, against the
// current figure stated earlier under the name the clause opens with: one
// amount so named ("2024年度本年收入合计2248.95万元，…") in this paragraph
// before it or in the paragraph just before. Last year's figure is then
// 2248.95 − 107.21 = 2141.74 and the rate 5.01%. Only amounts to the cent
// with a rate to two decimals are compared (as accounts write them), or a
// rate grossly off. It reports whether it found the current figure.
func checkRateByNamedCurrent(p *audit.Pass, u *unit, c figures.Comparison) bool {
	if c.Diff == nil || c.Rate == nil || c.DiffSign == 0 || c.Diff.Mant <= 0 || !figures.IsMoneyUnit(c.Diff.Unit) || !sameSignWords(c) {
		return false
	}
	name := clauseSubject(u.text, c.Anchor.Start)
	if name == "" && c.DiffAt.Start > c.Anchor.End {
		// "与上年相比，本年收入合计减少261.88万元": the name after the anchor
		name = clauseSubject(u.text[:c.DiffAt.Start], c.DiffAt.Start)
		if k := strings.LastIndexAny(u.text[:c.DiffAt.Start], "，,"); k < c.Anchor.End {
			name = "" // (the words right after the anchor are no clause of their own)
		}
	}
	if name == "" {
		return false
	}
	var cur *figures.Quantity
	var curUnit *unit
	find := func(o *unit, before int) bool {
		for k := range o.st.Quantities {
			q := &o.st.Quantities[k]
			if q.Start >= before {
				break
			}
			if q.Percent || q.Approx || q.Unit != c.Diff.Unit || q.Mant <= 0 || cjk.Contains(q.Lead, "上年") || !strings.HasSuffix(strings.TrimRight(q.Lead, "为是达：: "), name) {
				continue
			}
			if cur != nil && (cur.Mant != q.Mant || cur.Dec != q.Dec) {
				return false // two amounts of that name
			}
			cur, curUnit = q, o
		}
		return true
	}
	if !find(u, c.Anchor.Start) {
		return false
	}
	if cur == nil {
		us := proseUnits(p).units
		i := 0
		for i < len(us) && us[i] != u {
			i++
		}
		if i == 0 || i == len(us) || u.span.Start-us[i-1].span.End > 2 || !find(us[i-1], len(us[i-1].text)) || cur == nil {
			return false
		}
	}
	d := c.Diff.Interval(figures.HalfUp)
	x := cur.Interval(figures.HalfUp)
	base := impliedBase(x, d, c.DiffSign)
	if base.Lo.Sign() <= 0 {
		return true
	}
	ok, computed, valid := figures.RateCheck(c.Rate.Number, d, base)
	if !valid || ok {
		return true
	}
	withCur := c
	withCur.Cur = cur
	if !grosslyOff(computed, c.Rate.Rat()) && !moneyToTheCent(withCur) {
		return true // (a base derived as X − D is approximate)
	}
	op := bySign(c.DiffSign, "−", "+")
	got := figures.FormatRat(computed, c.Rate.Dec)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*c.Rate),
		Expr:       fmt.Sprintf("%s ÷ (%s %s %s) = %s%% ≠ %s%%", c.Diff.String(), cur.String(), op, c.Diff.String(), figures.FormatRat(computed, max(c.Rate.Dec, 2)), c.Rate.String()),
		Expected:   got + "%",
		Actual:     show(*c.Rate),
		Confidence: 0.6,
		Related:    []model.Span{curUnit.spanOf(*cur), u.spanOf(*c.Diff)},
		Message:    fmt.Sprintf("写「%s%s」，按上文「%s」%s 与%s额 %s 推算（上年为 %s %s %s），应为 %s%%。", c.RateWord, show(*c.Rate), name, show(*cur), c.DiffWord, show(*c.Diff), cur.String(), op, c.Diff.String(), got),
		MessageEN:  fmt.Sprintf("The stated rate %s does not match the change %s on last year's figure (%s, stated before, %s %s) = %s%%.", show(*c.Rate), show(*c.Diff), show(*cur), op, c.Diff.String(), got),
	}
	at, in := c.Rate.Start, u
	if alt, _, ok2 := figures.RateCheck(c.Rate.Number, d, x); ok2 && alt {
		f.Hint = "该增幅等于增减额除以本期数，疑似用错了基数（应除以比较基数）。"
		f.HintEN = "The rate equals the change divided by the current figure: probably the wrong base (divide by the earlier figure)."
	} else if want, ok := curSlip(withCur); ok {
		// "本年生均公用经费为1,586.36元…比上年增加128.34元，增长8.91%" holds
		// with 1,568.36: the figure stated before is the one mistyped
		f.Span, at, in = curUnit.spanOf(*cur), cur.Start, curUnit
		f.Expected, f.Actual = want.String()+cur.Unit, show(*cur)
		f.Message = fmt.Sprintf("「%s」写作 %s，按后文%s额 %s 与「%s%s」推算应为 %s%s，%s。", name, show(*cur), c.DiffWord, show(*c.Diff), c.RateWord, show(*c.Rate), want.String(), cur.Unit, slipHint(cur.Number, want))
		f.MessageEN = fmt.Sprintf("%s is written %s; by the change %s and the rate %s written after it, it should be %s%s.", name, show(*cur), show(*c.Diff), show(*c.Rate), want.String(), cur.Unit)
	}
	locate(p, in, &f, at)
	p.Report(f)
	return true
}

// clauseSubject returns the name a clause opens with before the anchor of
// a comparison at offset at ("与上年相比，本年收入合计较上年…": 本年收入合计), ""
// when the words there are no name of two to twelve characters.
func clauseSubject(text string, at int) string {
	start := 0
	if i := strings.LastIndexAny(text[:at], "，,。；;：:"); i >= 0 {
		_, w := utf8.DecodeRuneInString(text[i:])
		start = i + w
	}
	name := strings.TrimSpace(text[start:at])
	if n := utf8.RuneCountInString(name); n < 2 || n > 12 || !figures.HasLetters(name) || strings.ContainsAny(name, "0123456789") {
		return ""
	}
	return name
}
