package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/tables"
)

// Options configure the table rules. The zero value is the default.
type Options struct {
	// Rounding is how the report's authors rounded figures: 四舍五入
	// (figures.HalfUp, the default) or truncation.
	Rounding figures.Rounding
}

// Rules are the table-arithmetic rules with default options, sorted by ID.
var Rules = NewRules(Options{})

// NewRules returns the table rules configured by opt, sorted by ID.
func NewRules(opt Options) []*audit.Rule {
	return []*audit.Rule{
		tbl001(opt), tbl002(opt), tbl003(opt), tbl004(opt), tbl005(opt), tbl006(opt), tbl007(opt), tbl008(opt), tbl009(opt),
	}
}

// report turns a failed (or rounding-only) check into a finding. msg and
// msgEN are the messages, to which it adds what the severity needs.
func report(p *audit.Pass, res *results, c *check, msg, msgEN []byte) {
	var sev audit.Severity
	switch {
	case c.ok:
		sev = audit.Info
		msg = append(msg, "，相差 "...)
		msg = figures.AppendFixed(msg, abs64(c.sum.Diff.Mant), c.sum.Diff.Dec)
		msg = append(msg, "，在四舍五入误差内"...)
		msgEN = append(msgEN, "; off by "...)
		msgEN = figures.AppendFixed(msgEN, abs64(c.sum.Diff.Mant), c.sum.Diff.Dec)
		msgEN = append(msgEN, ", within rounding"...)
	case c.doubt:
		sev = audit.Info
		msg = append(msg, "（所列明细可能不完整或有重叠，仅作提示）"...)
		msgEN = append(msgEN, " (the rows listed may be incomplete or overlap; info only)"...)
	case c.weak || c.conf < 0.7:
		sev = audit.Warning
	default:
		sev = audit.Error
	}
	// The two messages and the three figures are made one string, from
	// which the finding's strings are cut.
	n := len(msg)
	msg = append(msg, msgEN...)
	nEN := len(msg)
	msg = c.sum.Sum.Append(msg)
	nSum := len(msg)
	msg = c.target.Num.Append(msg)
	nTarget := len(msg)
	msg = c.sum.Diff.Append(msg)
	all := string(msg)
	f := audit.Finding{
		Severity:   sev,
		Message:    all[:n],
		MessageEN:  all[n:nEN],
		Location:   res.location(p.Doc, c.target),
		Span:       c.target.Span,
		Expr:       expression(c),
		Confidence: c.conf,
		Expected:   all[nEN:nSum],
		Actual:     all[nSum:nTarget],
		Difference: all[nTarget:],
	}
	if n := c.nparts(); n > 0 {
		f.Related = res.takeSpans(n)
		for k := range f.Related {
			f.Related[k] = c.part(k).Span
		}
	}
	if !c.ok {
		f.Hint, f.HintEN = partHint(c)
		if k, want, ok := slippedCheckPart(c); ok {
			// "负债总额 | 24305.75 | 23383.81 | 21.94": 23405.75, two digits
			// swapped, makes the change hold — the year's figure is the
			// one mistyped, not the change
			pc := c.part(k)
			f.Location, f.Span = res.location(p.Doc, pc), pc.Span
			f.Expected, f.Actual = want.String(), pc.Num.String()
			f.Related = append(f.Related[:0:0], c.target.Span)
		} else if rate, ok := rateConfirmingDiff(c, res.round); ok {
			// "各项贷款 | 3,676.63 | 3,369.91 | 286.71 | 8.5": 286.71 ÷
			// 3369.91 = 8.5% holds and (3676.63 − 3369.91) ÷ 3369.91 does
			// not — the rate vouches for the change and last year's figure,
			// so this year's is the one wrong
			cur := c.part(0)
			want := atDec(sub(cur.Num, neg(c.sum.Diff)), cur.Num.Dec)
			f.Location, f.Span = res.location(p.Doc, cur), cur.Span
			f.Expected, f.Actual = want.String(), cur.Num.String()
			f.Related = append(f.Related[:0:0], c.target.Span, rate.Span)
			shown := p.Doc.Slice(rate.Span)
			f.Hint = fmt.Sprintf("本行%s %s = %s ÷ %s 与增减额相符，错数应在%s（应为 %s）", colName(rate.Column), shown, c.target.Num.String(), c.part(1).Num.String(), colName(cur.Column), want.String())
			f.HintEN = fmt.Sprintf("the row's %s %s = %s ÷ %s agrees with the difference: the wrong figure is %s (should be %s)", colNameEN(rate.Column), shown, c.target.Num.String(), c.part(1).Num.String(), colNameEN(cur.Column), want.String())
		} else if k, want, rate, other, ok := vouchedSumPart(c, res.round); ok {
			// "年度资金总额 | 3348.04 | 3187.77 | 95.21 ⏎ 其中：财政拨款 | 3348.04
			// | 3175.37 ⏎ 其他资金 | 0.00 | 0.00": 3187.77 ÷ 3348.04 = 95.21%
			// vouches for the total, so its one part that is not zero is
			// the figure wrong
			pc := c.part(k)
			f.Location, f.Span = res.location(p.Doc, pc), pc.Span
			f.Expected, f.Actual = want.String(), pc.Num.String()
			f.Related = append(f.Related[:0:0], c.target.Span, rate.Span)
			shown := p.Doc.Slice(rate.Span)
			f.Hint = fmt.Sprintf("合计所在行%s %s = %s ÷ %s 与合计相符，错数应在唯一不为零的分项（应为 %s）", colName(rate.Column), shown, c.target.Num.String(), other.Num.String(), want.String())
			f.HintEN = fmt.Sprintf("the total's row's %s %s = %s ÷ %s agrees with the total: the wrong figure is its one part that is not zero (should be %s)", colNameEN(rate.Column), shown, c.target.Num.String(), other.Num.String(), want.String())
		}
	}
	p.Report(f)
}

// vouchedSumPart returns, for a failed column sum with one part that is
// not zero, that part and the figure that makes the sum hold, when a rate
// of the total's row (执行率, 完成率) holds with the total over another
// figure of its row and the part's row has no rate of its own: the rate
// vouches for the total. It returns the rate cell and the figure it is
// taken over too.
func vouchedSumPart(c *check, r figures.Rounding) (int, figures.Number, tables.DataCell, tables.DataCell, bool) {
	var none tables.DataCell
	if c.kind != kFooting && c.kind != kHier || c.sum.Consistent || c.target.Num.Kind != figures.Value || c.target.Num.Mant == 0 {
		return 0, figures.Number{}, none, none, false
	}
	at := -1
	for k := range c.nparts() {
		if n := c.part(k).Num; n.Kind == figures.Value && n.Mant != 0 {
			if at >= 0 {
				return 0, figures.Number{}, none, none, false
			}
			at = k
		}
	}
	if at < 0 {
		return 0, figures.Number{}, none, none, false
	}
	b, i, pi := c.block, c.target.Row.Index, c.part(at).Row.Index
	for _, rc := range b.Columns {
		if rc.Role != tables.Rate || rc.RateKind == tables.RateGrowth {
			continue
		}
		rate := b.At(i, rc.Index)
		if rate.Num.Kind != figures.Value || b.At(pi, rc.Index).Num.Kind == figures.Value {
			continue // (a part's row with its own rate: which figure is wrong is not told)
		}
		for _, oc := range b.Columns {
			o := b.At(i, oc.Index)
			if oc.Role != tables.Amount || oc.Index == c.target.Column.Index || o.Num.Kind != figures.Value || o.Num.Mant <= 0 {
				continue
			}
			if ok, usable := rateCheck(rate.Num, c.target.Num, o.Num, false, true, false, r); ok && usable {
				want := atDec(sub(c.part(at).Num, neg(c.sum.Diff)), c.part(at).Num.Dec)
				return at, want, rate, o, true
			}
		}
	}
	return 0, figures.Number{}, none, none, false
}

// rateConfirmingDiff returns the growth-rate cell of c's row that holds
// with c's stated difference over last year's figure (增长% = 增减额 ÷
// 上年) and fails with the difference the two years' figures give, when c,
// a 增减额 check, fails: the rate then vouches for the difference and last
// year's figure. ok is false if there is none.
func rateConfirmingDiff(c *check, r figures.Rounding) (tables.DataCell, bool) {
	if c.kind != kDiff || c.sum.Consistent {
		return tables.DataCell{}, false
	}
	cur, prev := c.part(0).Num, c.part(1).Num
	if cur.Kind != figures.Value || prev.Kind != figures.Value || c.target.Num.Kind != figures.Value {
		return tables.DataCell{}, false
	}
	worked := sub(cur, prev)
	b, i := c.block, c.target.Row.Index
	for _, rc := range b.Columns {
		if rc.Role != tables.Rate || rc.RateKind != tables.RateGrowth {
			continue
		}
		rate := b.At(i, rc.Index)
		if rate.Num.Kind != figures.Value {
			continue
		}
		pct := !cjk.Contains(rc.PathString(), "倍")
		if ok, usable := rateCheck(rate.Num, c.target.Num, prev, false, pct, rc.Decrease, r); !ok || !usable {
			continue
		}
		if ok, usable := rateCheck(rate.Num, worked, prev, false, pct, rc.Decrease, r); usable && !ok {
			return rate, true
		}
	}
	return tables.DataCell{}, false
}

// slippedCheckPart returns the part of a failed 增减额 check (this year's or
// last year's figure) or column sum (one of its rows) whose two swapped
// digits or moved point, corrected by the difference, make the check hold,
// when the 增减额 or total itself shows no such slip of the figure worked
// out, and a total does not fall short by exactly one row (left out).
func slippedCheckPart(c *check) (int, figures.Number, bool) {
	if c.kind != kDiff && c.kind != kFooting && c.kind != kHier || c.sum.Consistent {
		return 0, figures.Number{}, false
	}
	if d := figures.Diagnose(c.target.Num, atDec(c.sum.Sum, c.target.Num.Dec)); d.Slip != figures.NoSlip {
		return 0, figures.Number{}, false
	}
	diff := c.sum.Diff
	if c.kind != kDiff && omitsAPart(c) {
		return 0, figures.Number{}, false // "16 + 9 + 32 ≠ 48": the total left out the 9
	}
	found, at := 0, 0
	var want figures.Number
	for k := range c.nparts() {
		p := c.part(k)
		if p.Num.Kind != figures.Value {
			continue
		}
		w := sub(p.Num, neg(diff))
		if c.kind == kDiff && k == 1 {
			w = sub(p.Num, diff) // last year's is subtracted
		}
		w = atDec(w, p.Num.Dec)
		if d := figures.Diagnose(p.Num, w); d.Slip == figures.Magnitude || d.Slip == figures.Transposed {
			found, at, want = found+1, k, w
		}
	}
	return at, want, found == 1
}

// omitsAPart reports a failed sum whose total falls short of its parts by
// exactly one part's figure: the total left that part out.
func omitsAPart(c *check) bool {
	d := neg(c.sum.Diff) // sum − total
	for k := range c.nparts() {
		if p := c.part(k).Num; p.Kind == figures.Value && p.Mant != 0 && sub(p, d).Mant == 0 {
			return true
		}
	}
	return false
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// wants reports whether a check should produce a finding: a failure not
// explained by a diagnosed cell, or a rounding-only difference.
func wants(c *check) bool {
	if c.explained {
		return false
	}
	return !c.ok || !c.exact
}
