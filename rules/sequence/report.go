package sequence

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// quoteAt quotes the label and the few characters after it, so that the
// finding's expression (and fingerprint) tells two repeats apart.
func quoteAt(d *model.Document, s model.Span) string {
	rest := d.Text[s.Start:min(len(d.Text), s.End+24)]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	r := []rune(rest)
	if len(r) > 10 {
		r = r[:10]
	}
	return "「" + strings.TrimSpace(string(r)) + "」"
}

func report(p *audit.Pass, pr problem) {
	if pr.Item.Auto || pr.Prev.Auto || (pr.Dup && pr.First.Auto) {
		return // see item.Auto
	}
	cur, prev := strings.TrimSpace(pr.Item.L.Text), strings.TrimSpace(pr.Prev.L.Text)
	want := formatLabel(pr.Item.L, pr.Expected)
	if pr.Dup {
		first := audit.LocationOf(p.Doc, pr.First.Span.Start)
		p.Report(audit.Finding{
			Severity: audit.Warning,
			Message: fmt.Sprintf("编号「%s」重复：前面已有同号（%s），上一项是「%s」，此处应为「%s」",
				cur, first.String(), prev, want),
			MessageEN: fmt.Sprintf("number %q repeats an earlier one (%s); the previous item is %q, so this should be %q",
				cur, first.English(), prev, want),
			Span:       pr.Item.Span,
			Expr:       quoteAt(p.Doc, pr.Prev.Span) + " → " + quoteAt(p.Doc, pr.Item.Span),
			Expected:   want,
			Actual:     cur,
			Confidence: 0.8,
			Related:    append([]model.Span{}, pr.First.Span),
		})
		return
	}
	var missing []string
	for v := pr.Expected; v < pr.Item.L.Value; v++ {
		missing = append(missing, formatLabel(pr.Item.L, v))
	}
	p.Report(audit.Finding{
		Severity: audit.Warning,
		Message: fmt.Sprintf("编号从「%s」跳到「%s」，缺少「%s」",
			prev, cur, strings.Join(missing, "、")),
		MessageEN: fmt.Sprintf("numbering jumps from %q to %q; %q is missing",
			prev, cur, strings.Join(missing, ", ")),
		Span:       pr.Item.Span,
		Expr:       quoteAt(p.Doc, pr.Prev.Span) + " → " + quoteAt(p.Doc, pr.Item.Span),
		Expected:   want,
		Actual:     cur,
		Confidence: 0.7,
		Related:    append([]model.Span{}, pr.Prev.Span),
	})
}
