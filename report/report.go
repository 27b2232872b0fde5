package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
)

// Result is the outcome of auditing one input.
type Result struct {
	Path string
	// Err is set when the input could not be audited at all (unreadable,
	// encrypted, unsupported…); Findings is then empty.
	Err error
	// Problems are parts of the input that were skipped or rules that failed;
	// the findings are still valid but may be incomplete.
	Problems []error
	// Findings are all findings, in the order audit.Run returns them.
	// Printers hide those below Options.MinSeverity but count them.
	Findings []audit.Finding
}

// Options configures a Printer. The zero value prints Chinese, without
// colour, every severity, 120 columns wide.
type Options struct {
	Lang        string         // "zh" (default) or "en"
	MinSeverity audit.Severity // findings below are hidden (and counted as hidden)
	Color       bool           // ANSI colours; text format only
	Width       int            // terminal width for the text format; 0 means 120
}

func (o Options) en() bool { return o.Lang == "en" }

// Printer writes results one document at a time, in the order given.
type Printer interface {
	// Document writes one input's result.
	Document(r Result) error
	// Close writes what follows the last document (overall summary, closing
	// brackets). It does not close the underlying writer.
	Close() error
}

// Formats lists the names New accepts.
var Formats = []string{"text", "line", "json", "csv", "md"}

// New returns the printer for format: "text" (terminal table), "line" (one
// finding per line), "json" (versioned wire format), "csv" (spreadsheet) or
// "md" (Markdown).
func New(format string, w io.Writer, opt Options) (Printer, error) {
	switch format {
	case "text":
		return newText(w, opt), nil
	case "line":
		return &linePrinter{w: w, opt: opt}, nil
	case "json":
		return &jsonPrinter{w: w, opt: opt}, nil
	case "csv":
		return &csvPrinter{w: w, opt: opt}, nil
	case "md":
		return &mdPrinter{w: w, opt: opt}, nil
	}
	return nil, fmt.Errorf("unknown format %q (use %s)", format, strings.Join(Formats, ", "))
}

// Counts tallies findings by severity.
type Counts struct {
	Error, Warning, Info int
	Hidden               int // below the minimum severity, not shown
}

// Count tallies fs; findings below min are counted in Hidden as well as in
// their severity.
func Count(fs []audit.Finding, min audit.Severity) Counts {
	var c Counts
	for _, f := range fs {
		switch f.Severity {
		case audit.Error:
			c.Error++
		case audit.Warning:
			c.Warning++
		default:
			c.Info++
		}
		if f.Severity < min {
			c.Hidden++
		}
	}
	return c
}

func (c *Counts) add(o Counts) {
	c.Error += o.Error
	c.Warning += o.Warning
	c.Info += o.Info
	c.Hidden += o.Hidden
}

// describe renders the shown counts, e.g. "错误 2 处，警告 1 处".
func (c Counts) describe(min audit.Severity, en bool) string {
	var parts []string
	add := func(n int, sev audit.Severity) {
		if n == 0 || sev < min {
			return
		}
		if en {
			s := sev.String()
			if n > 1 {
				s += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		} else {
			parts = append(parts, fmt.Sprintf("%s %d 处", sev.Chinese(), n))
		}
	}
	add(c.Error, audit.Error)
	add(c.Warning, audit.Warning)
	add(c.Info, audit.Info)
	var s string
	switch {
	case len(parts) > 0 && en:
		s = strings.Join(parts, ", ")
	case len(parts) > 0:
		s = strings.Join(parts, "，")
	case en:
		s = "no findings"
	default:
		s = "未发现问题"
	}
	if c.Hidden > 0 {
		if en {
			s += fmt.Sprintf(" (%d below --min-severity not shown)", c.Hidden)
		} else {
			s += fmt.Sprintf("（另有 %d 处低于 --min-severity 的未显示）", c.Hidden)
		}
	}
	return s
}

// Shown returns the findings at or above opt.MinSeverity.
func shown(fs []audit.Finding, opt Options) []audit.Finding {
	return audit.Filter(fs, opt.MinSeverity)
}

// Message returns the finding's message in the options' language, falling
// back to Chinese when no English text exists.
func message(f audit.Finding, en bool) string {
	if en && f.MessageEN != "" {
		return f.MessageEN
	}
	return f.Message
}

func hint(f audit.Finding, en bool) string {
	if en && f.HintEN != "" {
		return f.HintEN
	}
	return f.Hint
}

func confidence(f audit.Finding, en bool) string {
	l := f.ConfidenceLabel()
	if !en {
		return l
	}
	switch l {
	case "高":
		return "high"
	case "中":
		return "medium"
	}
	return "low"
}

func severityLabel(s audit.Severity, en bool) string {
	if en {
		return s.String()
	}
	return s.Chinese()
}

// ShortLocation renders where a finding is, compactly and stably:
// "表3 第5行 第2列" or "二、（一） 第2段 第14字" (English: "table 3, row 5,
// col 2"). Titles and labels are left out so that it stays one short token.
func ShortLocation(l audit.Location, en bool) string {
	var parts []string
	if l.Table > 0 {
		if en {
			parts = append(parts, fmt.Sprintf("table %d", l.Table))
		} else {
			parts = append(parts, fmt.Sprintf("表%d", l.Table))
		}
		if l.Row > 0 {
			parts = append(parts, pick(en, fmt.Sprintf("row %d", l.Row), fmt.Sprintf("第%d行", l.Row)))
		}
		if l.Col > 0 {
			parts = append(parts, pick(en, fmt.Sprintf("col %d", l.Col), fmt.Sprintf("第%d列", l.Col)))
		}
	} else {
		if l.Section != "" {
			parts = append(parts, pick(en, "section "+l.Section, l.Section))
		}
		if l.Para > 0 {
			parts = append(parts, pick(en, fmt.Sprintf("paragraph %d", l.Para), fmt.Sprintf("第%d段", l.Para)))
		}
		if l.Column > 0 {
			parts = append(parts, pick(en, fmt.Sprintf("char %d", l.Column), fmt.Sprintf("第%d字", l.Column)))
		}
	}
	if en {
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts, " ")
}

// tableLocation renders a location for a table view, with numbers and
// labels and a shortened table title:
// "表1「年度收入情况（万元）」 第12行「2.州中小微企业服务中心」 第2列「收入合计」".
func tableLocation(l audit.Location, en bool) string {
	if l.Table == 0 {
		return ShortLocation(l, en)
	}
	var parts []string
	label := func(s string) string {
		if s == "" {
			return ""
		}
		return pick(en, " “"+s+"”", "「"+s+"」")
	}
	// The number is crossfoot's count of tables, which the document may not
	// print: a short title helps to find the table.
	parts = append(parts, pick(en, fmt.Sprintf("table %d", l.Table), fmt.Sprintf("表%d", l.Table))+label(shorten(l.TableTitle, 12)))
	if l.Row > 0 {
		parts = append(parts, pick(en, fmt.Sprintf("row %d", l.Row), fmt.Sprintf("第%d行", l.Row))+label(l.RowLabel))
	} else if l.RowLabel != "" {
		parts = append(parts, pick(en, "row", "行")+label(l.RowLabel))
	}
	if l.Col > 0 {
		parts = append(parts, pick(en, fmt.Sprintf("col %d", l.Col), fmt.Sprintf("第%d列", l.Col))+label(l.ColumnPath))
	} else if l.ColumnPath != "" {
		parts = append(parts, pick(en, "column", "列")+label(l.ColumnPath))
	}
	return strings.Join(parts, pick(en, ", ", " "))
}

func location(l audit.Location, en bool) string {
	if en {
		return l.English()
	}
	return l.String()
}

func pick(en bool, e, z string) string {
	if en {
		return e
	}
	return z
}

// oneLine folds line breaks and tabs into spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return lineBreaks.Replace(s)
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// shorten cuts s to at most n runes, marking a cut with "…".
func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n-1]) + "…"
}
