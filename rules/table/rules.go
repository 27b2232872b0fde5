package table

import (
	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
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
		Expected:   numString(c.sum.Sum),
		Actual:     numString(c.target.Num),
		Difference: numString(c.sum.Diff),
		Confidence: c.conf,
	}
	if parts := c.partCells(); len(parts) > 0 {
		f.Related = make([]model.Span, len(parts))
		for i, pt := range parts {
			f.Related[i] = pt.Span
		}
	}
	switch {
	case c.ok:
		f.Severity = audit.Info
		off := string(appendFixed(nil, abs64(c.sum.Diff.Mant), c.sum.Diff.Dec))
		f.Message += "，相差 " + off + "，在四舍五入误差内"
		f.MessageEN += "; off by " + off + ", within rounding"
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
