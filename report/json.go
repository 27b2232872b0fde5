package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// JSONVersion is the version of the JSON wire format written by the json
// printer. It changes only when a field is removed or changes meaning;
// new fields may be added within a version.
const JSONVersion = 1

// JSONReport is the top-level JSON object.
type JSONReport struct {
	Version   int            `json:"version"`
	Documents []JSONDocument `json:"documents"`
}

// JSONDocument is one input.
type JSONDocument struct {
	Path     string        `json:"path"`
	Error    string        `json:"error,omitempty"`    // the input could not be audited
	Problems []string      `json:"problems,omitempty"` // parts skipped; findings may be incomplete
	Summary  JSONSummary   `json:"summary"`
	Findings []JSONFinding `json:"findings"`
}

// JSONSummary counts the document's findings by severity, including those
// below --min-severity, which are counted in hidden and not listed.
type JSONSummary struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
	Hidden  int `json:"hidden"`
}

// JSONFinding is one finding.
type JSONFinding struct {
	Rule        string       `json:"rule"`
	Severity    string       `json:"severity"` // "error", "warning" or "info"
	Message     string       `json:"message"`
	Location    JSONLocation `json:"location"`
	Span        JSONSpan     `json:"span"`
	Related     []JSONSpan   `json:"related,omitempty"`
	Expression  string       `json:"expression,omitempty"`
	Expected    string       `json:"expected,omitempty"`
	Actual      string       `json:"actual,omitempty"`
	Difference  string       `json:"difference,omitempty"`
	Confidence  float64      `json:"confidence"`
	Hint        string       `json:"hint,omitempty"`
	Fingerprint string       `json:"fingerprint"`
}

// JSONLocation says where a finding is. Text is the rendered location in the
// report's language; the other fields are its parts (1-based, omitted when
// not applicable).
type JSONLocation struct {
	Text       string `json:"text"`
	Short      string `json:"short"`
	Table      int    `json:"table,omitempty"`
	TableTitle string `json:"tableTitle,omitempty"`
	Row        int    `json:"row,omitempty"`
	Col        int    `json:"col,omitempty"`
	RowLabel   string `json:"rowLabel,omitempty"`
	ColumnPath string `json:"columnPath,omitempty"`
	Section    string `json:"section,omitempty"`
	Paragraph  int    `json:"paragraph,omitempty"`
	Sentence   string `json:"sentence,omitempty"`
	Column     int    `json:"column,omitempty"`
}

// JSONSpan is a half-open range of byte offsets into the document's text as
// `crossfoot extract --format json` shows it.
type JSONSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// ToJSON converts a result to its wire form with the options' language and
// minimum severity.
func ToJSON(r Result, opt Options) JSONDocument {
	en := opt.en()
	c := Count(r.Findings, opt.MinSeverity)
	d := JSONDocument{
		Path:     r.Path,
		Summary:  JSONSummary{Error: c.Error, Warning: c.Warning, Info: c.Info, Hidden: c.Hidden},
		Findings: []JSONFinding{},
	}
	if r.Err != nil {
		d.Error = r.Err.Error()
	}
	for _, p := range r.Problems {
		d.Problems = append(d.Problems, p.Error())
	}
	for _, f := range shown(r.Findings, opt) {
		l := f.Location
		jf := JSONFinding{
			Rule:     f.Rule,
			Severity: f.Severity.String(),
			Message:  message(f, en),
			Location: JSONLocation{
				Text: location(l, en), Short: ShortLocation(l, en),
				Table: l.Table, TableTitle: l.TableTitle, Row: l.Row, Col: l.Col,
				RowLabel: l.RowLabel, ColumnPath: l.ColumnPath, Section: l.Section,
				Paragraph: l.Para, Sentence: l.Sentence, Column: l.Column,
			},
			Span:        JSONSpan{f.Span.Start, f.Span.End},
			Expression:  expression(f, en),
			Expected:    f.Expected,
			Actual:      f.Actual,
			Difference:  f.Difference,
			Confidence:  f.Confidence,
			Hint:        hint(f, en),
			Fingerprint: f.Fingerprint,
		}
		for _, s := range f.Related {
			jf.Related = append(jf.Related, JSONSpan{s.Start, s.End})
		}
		d.Findings = append(d.Findings, jf)
	}
	return d
}

// ReadJSON decodes a report written by the json printer and checks its
// version.
func ReadJSON(r io.Reader) (*JSONReport, error) {
	var rep JSONReport
	dec := json.NewDecoder(r)
	if err := dec.Decode(&rep); err != nil {
		return nil, fmt.Errorf("reading crossfoot JSON report: %w", err)
	}
	if rep.Version != JSONVersion {
		return nil, fmt.Errorf("crossfoot JSON report has version %d, this build reads version %d", rep.Version, JSONVersion)
	}
	return &rep, nil
}

// jsonPrinter streams {"version":1,"documents":[…]} one document at a time,
// so that large batches need not be held in memory.
type jsonPrinter struct {
	w   io.Writer
	opt Options
	n   int
	err error
}

func (p *jsonPrinter) write(b []byte) {
	if p.err == nil {
		_, p.err = p.w.Write(b)
	}
}

func (p *jsonPrinter) Document(r Result) error {
	if p.n == 0 {
		p.write(fmt.Appendf(nil, "{\n  \"version\": %d,\n  \"documents\": [\n", JSONVersion))
	} else {
		p.write([]byte(",\n"))
	}
	p.n++
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(ToJSON(r, p.opt)); err != nil {
		return err
	}
	p.write([]byte("    "))
	p.write(bytes.TrimRight(buf.Bytes(), "\n"))
	return p.err
}

func (p *jsonPrinter) Close() error {
	if p.n == 0 {
		p.write(fmt.Appendf(nil, "{\n  \"version\": %d,\n  \"documents\": []\n}\n", JSONVersion))
	} else {
		p.write([]byte("\n  ]\n}\n"))
	}
	return p.err
}
