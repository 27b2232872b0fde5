package report

import (
	"strings"

	"github.com/crossfoot/crossfoot/audit"
)

// expression returns the finding's arithmetic in the options' language.
// Rules write expressions once, with Chinese connectives ("，差 1.26",
// "列：…；行：…", "1.27倍"); for English output those connectives are
// translated here. Text quoted from the document (inside 「」) and the
// document's own units stay as written: they are evidence, not prose.
func expression(f audit.Finding, en bool) string {
	if !en || f.Expr == "" {
		return f.Expr
	}
	return translateExpr(f.Expr)
}

// exprWords are the connectives rules put into expressions, longest first
// where one is a prefix of another.
var exprWords = strings.NewReplacer(
	"，差 ", ", diff ",
	"，差", ", diff ",
	"；行：", "; row: ",
	"列：", "column: ",
	"行：", "row: ",
	"倍", "×",
	"」：", "」: ",
	"；", "; ",
	"，", ", ",
)

// translateExpr translates the connectives of expr outside 「」 quotes.
func translateExpr(expr string) string {
	var b strings.Builder
	for expr != "" {
		open := strings.Index(expr, "「")
		if open < 0 {
			b.WriteString(exprWords.Replace(expr))
			break
		}
		b.WriteString(exprWords.Replace(expr[:open]))
		expr = expr[open:]
		end := strings.Index(expr, "」")
		if end < 0 {
			b.WriteString(expr)
			break
		}
		end += len("」")
		b.WriteString(expr[:end])
		expr = expr[end:]
		// "」：" after a quote: the colon belongs to the connective.
		if rest, ok := strings.CutPrefix(expr, "："); ok {
			b.WriteString(": ")
			expr = rest
		}
	}
	return b.String()
}
