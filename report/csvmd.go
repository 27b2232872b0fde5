package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvPrinter writes one row per finding, for spreadsheets. The file starts
// with a UTF-8 byte order mark so that Excel shows Chinese correctly.
// Documents that could not be read produce no rows (the caller reports
// them on stderr).
type csvPrinter struct {
	w      io.Writer
	cw     *csv.Writer
	opt    Options
	header bool
}

var csvHeader = map[bool][]string{
	false: {"文件", "级别", "规则", "位置", "表", "行", "列", "说明", "算式", "应为", "实为", "差额", "把握", "提示", "指纹"},
	true:  {"file", "severity", "rule", "location", "table", "row", "col", "message", "expression", "expected", "actual", "difference", "confidence", "hint", "fingerprint"},
}

func (p *csvPrinter) start() error {
	if p.header {
		return nil
	}
	p.header = true
	if _, err := io.WriteString(p.w, "\uFEFF"); err != nil {
		return err
	}
	p.cw = csv.NewWriter(p.w)
	return p.cw.Write(csvHeader[p.opt.en()])
}

func (p *csvPrinter) Document(r Result) error {
	if err := p.start(); err != nil {
		return err
	}
	en := p.opt.en()
	num := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, f := range shown(r.Findings, p.opt) {
		l := f.Location
		rec := []string{safe(r.Path), severityLabel(f.Severity, en), f.Rule, safe(location(l, en)), num(l.Table), num(l.Row), num(l.Col),
			safe(message(f, en)), safe(expression(f, en)), f.Expected, f.Actual, f.Difference, strconv.FormatFloat(f.Confidence, 'f', 2, 64), safe(hint(f, en)), f.Fingerprint}
		if err := p.cw.Write(rec); err != nil {
			return err
		}
	}
	p.cw.Flush()
	return p.cw.Error()
}

func (p *csvPrinter) Close() error {
	if err := p.start(); err != nil {
		return err
	}
	p.cw.Flush()
	return p.cw.Error()
}

// safe keeps a spreadsheet from reading text taken from a document as a
// formula (CSV injection): a cell starting with = + - @ gets a leading '.
func safe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// mdPrinter writes a Markdown section per document: a heading, a table of
// findings and a summary line, for pasting into review notes or issues.
type mdPrinter struct {
	w      io.Writer
	opt    Options
	docs   int
	failed int
	total  Counts
}

func (p *mdPrinter) Document(r Result) error {
	en := p.opt.en()
	var b strings.Builder
	if p.docs > 0 {
		b.WriteString("\n")
	}
	p.docs++
	fmt.Fprintf(&b, "## %s\n\n", mdEscape(r.Path))
	if r.Err != nil {
		p.failed++
		fmt.Fprintf(&b, "%s%s\n", pick(en, "Not audited: ", "未审核："), mdEscape(r.Err.Error()))
		_, err := io.WriteString(p.w, b.String())
		return err
	}
	c := Count(r.Findings, p.opt.MinSeverity)
	p.total.add(c)
	if fs := shown(r.Findings, p.opt); len(fs) > 0 {
		if en {
			b.WriteString("| Severity | Rule | Location | Message | Arithmetic | Confidence |\n")
		} else {
			b.WriteString("| 级别 | 规则 | 位置 | 说明 | 算式 | 把握 |\n")
		}
		b.WriteString("| --- | --- | --- | --- | --- | --- |\n")
		for _, f := range fs {
			msg := message(f, en)
			if h := hint(f, en); h != "" {
				msg += pick(en, " Hint: ", " 提示：") + h
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", severityLabel(f.Severity, en), f.Rule,
				mdEscape(tableLocation(f.Location, en)), mdEscape(msg), mdEscape(expression(f, en)), confidence(f, en))
		}
		b.WriteString("\n")
	}
	summary := c.describe(p.opt.MinSeverity, en)
	if len(r.Problems) > 0 {
		summary += pick(en, "; parts of the file could not be read, results may be incomplete", "；部分内容未能读取，结果可能不完整")
	}
	b.WriteString(summary + "\n")
	_, err := io.WriteString(p.w, b.String())
	return err
}

func (p *mdPrinter) Close() error {
	if p.docs < 2 {
		return nil
	}
	en := p.opt.en()
	s := pick(en, fmt.Sprintf("\n**%d files:** %s", p.docs, p.total.describe(p.opt.MinSeverity, en)),
		fmt.Sprintf("\n**共 %d 个文件：**%s", p.docs, p.total.describe(p.opt.MinSeverity, en)))
	if p.failed > 0 {
		s += pick(en, fmt.Sprintf("; %d could not be read", p.failed), fmt.Sprintf("；%d 个无法读取", p.failed))
	}
	_, err := fmt.Fprintln(p.w, s)
	return err
}

var mdReplacer = strings.NewReplacer("\\", "\\\\", "|", "\\|", "\r", "", "\n", "<br>")

// mdEscape makes s safe in a Markdown table cell or heading.
func mdEscape(s string) string { return strings.TrimSpace(mdReplacer.Replace(s)) }
