package table

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
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
		tbl001(opt), tbl002(opt), tbl003(opt), tbl004(opt), tbl005(opt), tbl006(opt),
	}
}

// report turns a failed (or rounding-only) check into a finding.
func report(p *audit.Pass, res *results, c *check, msg, msgEN string) {
	f := audit.Finding{
		Message:    msg,
		MessageEN:  msgEN,
		Location:   res.location(p.Doc, c.target),
		Span:       c.target.Span,
		Expr:       expression(c),
		Expected:   c.sum.Sum.String(),
		Actual:     c.target.Num.String(),
		Difference: c.sum.Diff.String(),
		Confidence: c.conf,
	}
	for _, pt := range c.partCells() {
		f.Related = append(f.Related, pt.Span)
	}
	switch {
	case c.ok:
		f.Severity = audit.Info
		f.Message += fmt.Sprintf("，相差 %s，在四舍五入误差内", figures.FormatFixed(abs64(c.sum.Diff.Mant), c.sum.Diff.Dec))
		f.MessageEN += fmt.Sprintf("; off by %s, within rounding", figures.FormatFixed(abs64(c.sum.Diff.Mant), c.sum.Diff.Dec))
	case c.doubt:
		f.Severity = audit.Info
		f.Message += "（所列明细可能不完整或有重叠，仅作提示）"
		f.MessageEN += " (the rows listed may be incomplete or overlap; info only)"
	case c.weak || c.conf < 0.7:
		f.Severity = audit.Warning
	default:
		f.Severity = audit.Error
	}
	if !c.ok {
		f.Hint, f.HintEN = partHint(c)
	}
	p.Report(f)
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
