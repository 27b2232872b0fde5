package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// linePrinter writes one finding per line:
//
//	path:表3 第5行 第2列: error TBL001 message [expression] (把握 高)
//
// The format is stable and the oracle of end-to-end golden tests. Documents
// that could not be read produce no lines (the caller reports them on
// stderr).
type linePrinter struct {
	w   io.Writer
	opt Options
}

func (p *linePrinter) Document(r Result) error {
	bw := bufio.NewWriter(p.w)
	en := p.opt.en()
	for _, f := range shown(r.Findings, p.opt) {
		var b strings.Builder
		b.WriteString(r.Path)
		b.WriteByte(':')
		b.WriteString(oneLine(ShortLocation(f.Location, en)))
		fmt.Fprintf(&b, ": %s %s %s", f.Severity, f.Rule, oneLine(message(f, en)))
		if f.Expr != "" {
			b.WriteString(" [" + oneLine(expression(f, en)) + "]")
		}
		if en {
			fmt.Fprintf(&b, " (confidence %s)", confidence(f, en))
		} else {
			fmt.Fprintf(&b, " (把握 %s)", confidence(f, en))
		}
		b.WriteByte('\n')
		bw.WriteString(b.String())
	}
	return bw.Flush()
}

func (p *linePrinter) Close() error { return nil }
