package report

import (
	"bufio"
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/crossfoot/crossfoot/audit"
)

// textPrinter writes, per document, its path, a table of findings
// (级别 | 规则 | 位置 | 说明 | 算式 | 把握) and a summary line; after the last
// document an overall summary when there was more than one.
//
// Cells are wrapped here by display width (Wrap) and tablewriter is told not
// to wrap, not to reformat headers and not to count East Asian ambiguous
// characters (box drawing) as wide: see /work/shared/DEPS.md.
type textPrinter struct {
	w      io.Writer
	opt    Options
	docs   int
	failed int
	total  Counts
}

func newText(w io.Writer, opt Options) *textPrinter {
	if opt.Width <= 0 {
		opt.Width = 120
	}
	return &textPrinter{w: w, opt: opt}
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

func (p *textPrinter) paint(code, s string) string {
	if !p.opt.Color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func severityColor(s audit.Severity) string {
	switch s {
	case audit.Error:
		return ansiRed
	case audit.Warning:
		return ansiYellow
	}
	return ansiCyan
}

func (p *textPrinter) Document(r Result) error {
	en := p.opt.en()
	bw := bufio.NewWriter(p.w)
	if p.docs > 0 {
		bw.WriteString("\n")
	}
	p.docs++
	if r.Err != nil {
		p.failed++
		fmt.Fprintf(bw, "%s%s\n", p.paint(ansiBold, r.Path), pick(en, ": not audited (could not be read, see the error above)", "：未审核（无法读取，见错误信息）"))
		return bw.Flush()
	}
	c := Count(r.Findings, p.opt.MinSeverity)
	p.total.add(c)
	fs := shown(r.Findings, p.opt)
	if len(fs) > 0 {
		fmt.Fprintln(bw, p.paint(ansiBold, r.Path))
		if err := p.table(bw, fs); err != nil {
			return err
		}
	}
	summary := c.describe(p.opt.MinSeverity, en)
	if len(r.Problems) > 0 {
		summary += pick(en, "; parts of the file could not be read, results may be incomplete", "；部分内容未能读取，结果可能不完整")
	}
	fmt.Fprintf(bw, "%s%s%s\n", p.paint(ansiBold, r.Path), pick(en, ": ", "："), summary)
	return bw.Flush()
}

func (p *textPrinter) Close() error {
	if p.docs < 2 {
		return nil
	}
	en := p.opt.en()
	var s string
	if en {
		s = fmt.Sprintf("\n%d files: %s", p.docs, p.total.describe(p.opt.MinSeverity, en))
		if p.failed > 0 {
			s += fmt.Sprintf("; %d could not be read", p.failed)
		}
	} else {
		s = fmt.Sprintf("\n共 %d 个文件：%s", p.docs, p.total.describe(p.opt.MinSeverity, en))
		if p.failed > 0 {
			s += fmt.Sprintf("；%d 个无法读取", p.failed)
		}
	}
	_, err := fmt.Fprintln(p.w, s)
	return err
}

// table renders the findings of one document.
func (p *textPrinter) table(w io.Writer, fs []audit.Finding) error {
	en := p.opt.en()
	header := []string{"级别", "规则", "位置", "说明", "算式", "把握"}
	if en {
		header = []string{"Severity", "Rule", "Location", "Message", "Arithmetic", "Conf."}
	}
	rows := make([][]string, len(fs))
	for i, f := range fs {
		msg := message(f, en)
		if h := hint(f, en); h != "" {
			msg += pick(en, "\nHint: ", "\n提示：") + h
		}
		rows[i] = []string{severityLabel(f.Severity, en), f.Rule, tableLocation(f.Location, en), msg, expression(f, en), confidence(f, en)}
	}
	widths := columnWidths(header, rows, p.opt.Width)
	for _, row := range rows {
		for c := range row {
			row[c] = Wrap(row[c], widths[c])
		}
	}
	for i, f := range fs {
		rows[i][0] = p.paint(severityColor(f.Severity), rows[i][0])
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
	)
	t.Header(header)
	if err := t.Bulk(rows); err != nil {
		return err
	}
	return t.Render()
}

// columnWidths chooses the content width of each column so that the table
// fits in total columns: severity, rule and confidence keep their natural
// width; location, message and arithmetic share the rest, the message
// getting the most.
func columnWidths(header []string, rows [][]string, total int) []int {
	n := len(header)
	natural := make([]int, n)
	for c, h := range header {
		natural[c] = Width(h)
	}
	for _, row := range rows {
		for c, cell := range row {
			for _, line := range splitLines(cell) {
				natural[c] = max(natural[c], Width(line))
			}
		}
	}
	widths := append([]int(nil), natural...)
	const loc, msg, expr = 2, 3, 4
	overhead := 3*n + 1 // "│ " + " " per column and the last border
	rest := total - overhead - natural[0] - natural[1] - natural[5]
	if natural[loc]+natural[msg]+natural[expr] <= rest {
		return widths
	}
	rest = max(rest, 36)
	widths[loc] = min(natural[loc], max(10, rest/4))
	widths[expr] = min(natural[expr], max(12, rest*3/10))
	widths[msg] = max(14, rest-widths[loc]-widths[expr])
	if spare := widths[msg] - natural[msg]; spare > 0 {
		widths[msg] = natural[msg]
		for _, c := range []int{expr, loc} {
			add := min(spare, natural[c]-widths[c])
			widths[c] += add
			spare -= add
		}
	}
	return widths
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}
