package audit

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/crossfoot/crossfoot/model"
)

// Severity orders findings by how much a reviewer should care.
type Severity int

const (
	Info    Severity = iota // inside rounding or merely noteworthy; hidden by default
	Warning                 // suspicious, needs a human look
	Error                   // the numbers contradict each other
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	default:
		return "info"
	}
}

// Chinese returns the severity's Chinese label.
func (s Severity) Chinese() string {
	switch s {
	case Error:
		return "错误"
	case Warning:
		return "警告"
	default:
		return "提示"
	}
}

// ParseSeverity accepts error|warning|info (and the Chinese labels).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error", "错误":
		return Error, nil
	case "warning", "warn", "警告":
		return Warning, nil
	case "info", "提示":
		return Info, nil
	}
	return Info, fmt.Errorf("unknown severity %q (use error, warning or info)", s)
}

// Doc documents a rule. It is the single source for `crossfoot rules explain`,
// the README's rule table and the web UI.
type Doc struct {
	Title     string // Chinese title
	TitleEN   string
	Explain   string // what is checked and why, Chinese
	ExplainEN string
	Bad       string // an example that triggers the rule
	Good      string // the corrected example
}

// Rule is one check. Run inspects the pass's document and reports findings.
type Rule struct {
	ID       string // stable, with a family prefix (e.g. "TBL001"); never reused
	Severity Severity
	Doc      Doc
	Run      func(*Pass)
}

// Location says where a finding is, in terms a reviewer can follow.
type Location struct {
	Table      int    // 1-based table number; 0 for prose
	TableTitle string // caption of the table, if known
	Row, Col   int    // 1-based grid position, 0 if not applicable
	RowLabel   string // label of the row (e.g. "2.州中小微企业服务中心")
	ColumnPath string // composed column header (e.g. "支出合计 › 其中 › 基本支出")
	Section    string // section path such as "二、（一）"
	Para       int    // 1-based paragraph number
	Sentence   string // the sentence, for prose findings
	Column     int    // 1-based rune column in the paragraph or cell
}

// String renders the location in Chinese.
func (l Location) String() string { return l.render(zhWords) }

// English renders the location in English.
func (l Location) English() string { return l.render(enWords) }

// locationWords are the words of one language for Location.render.
type locationWords struct {
	table, row, col, rowLabel, colPath, para, char string // formats
	section, open, shut, sep                       string
}

var (
	zhWords = locationWords{table: "表%d", row: "第%d行", col: "第%d列", rowLabel: "行「%s」", colPath: "列「%s」",
		para: "第%d段", char: "第%d字", section: "%s", open: "「", shut: "」", sep: " "}
	enWords = locationWords{table: "table %d", row: "row %d", col: "col %d", rowLabel: "row “%s”", colPath: "column “%s”",
		para: "paragraph %d", char: "char %d", section: "section %s", open: " “", shut: "”", sep: ", "}
)

// render lists the table, row and column of a table location, or the
// section, paragraph and character of a prose one.
func (l Location) render(w locationWords) string {
	var parts []string
	if l.Table > 0 {
		t := fmt.Sprintf(w.table, l.Table)
		if l.TableTitle != "" {
			t += w.open + l.TableTitle + w.shut
		}
		parts = append(parts, t)
		if l.RowLabel != "" {
			parts = append(parts, fmt.Sprintf(w.rowLabel, l.RowLabel))
		} else if l.Row > 0 {
			parts = append(parts, fmt.Sprintf(w.row, l.Row))
		}
		if l.ColumnPath != "" {
			parts = append(parts, fmt.Sprintf(w.colPath, l.ColumnPath))
		} else if l.Col > 0 {
			parts = append(parts, fmt.Sprintf(w.col, l.Col))
		}
		return strings.Join(parts, w.sep)
	}
	if l.Section != "" {
		parts = append(parts, fmt.Sprintf(w.section, l.Section))
	}
	if l.Para > 0 {
		parts = append(parts, fmt.Sprintf(w.para, l.Para))
	}
	if l.Column > 0 {
		parts = append(parts, fmt.Sprintf(w.char, l.Column))
	}
	return strings.Join(parts, w.sep)
}

// Finding is one discrepancy. Findings are data: they never carry errors.
type Finding struct {
	Rule       string
	Severity   Severity
	Message    string // Chinese, self-contained: what is wrong and what to check
	MessageEN  string
	Location   Location
	Span       model.Span // the offending figure or sentence in Document.Text
	Expr       string     // the arithmetic, e.g. "3.87 + 374.82 = 378.69 ≠ 378.70，差 0.01"
	Expected   string     // the value the arithmetic expects, as displayed
	Actual     string     // the value the document states
	Difference string
	Confidence float64 // 0..1: how sure the rule is that this is a real mistake
	Hint       string  // optional diagnosis, e.g. "疑似小数点错位（×10）"
	HintEN     string
	// Related are other spans involved (e.g. the table cell a prose figure contradicts).
	Related []model.Span
	// Fingerprint identifies the finding across re-runs and small edits
	// elsewhere in the document; filled by Run.
	Fingerprint string
}

// ConfidenceLabel renders Confidence as 高/中/低.
func (f Finding) ConfidenceLabel() string {
	switch {
	case f.Confidence >= 0.8:
		return "高"
	case f.Confidence >= 0.5:
		return "中"
	default:
		return "低"
	}
}

// Pass is what a rule sees: the document and shared facts.
type Pass struct {
	Doc      *model.Document
	rule     *Rule
	facts    map[any]any
	findings []Finding
	cleanups []func()
}

// Cleanup registers f to be called when Run is done with the document:
// after the last rule, before Run returns. A fact uses it to hand its
// buffers back for the next document; nothing may keep a reference into
// them (findings carry their own values and the document's text).
// Functions registered later are called first.
func (p *Pass) Cleanup(f func()) { p.cleanups = append(p.cleanups, f) }

// Report records a finding for the running rule. Rule, Severity (if zero
// and the rule has one), location and fingerprint are filled in when empty.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.rule.ID
	}
	p.findings = append(p.findings, f)
}

// Fact returns the value computed by compute for this document, computing it
// at most once per pass however many rules ask. key must be comparable and
// unique to the fact (use an unexported type's zero value).
func Fact[T any](p *Pass, key any, compute func(*model.Document) T) T {
	if v, ok := p.facts[key]; ok {
		return v.(T)
	}
	v := compute(p.Doc)
	p.facts[key] = v
	return v
}

// Pooled returns the pass's working storage for key: a value taken from
// pool on first use and given back to it, emptied by release, when Run is
// done with the document. Facts that only live as long as the pass keep
// their slices in one, so that each document does not grow them afresh;
// release must drop every reference into the document.
func Pooled[T any](p *Pass, key any, pool *sync.Pool, release func(T)) T {
	return Fact(p, key, func(*model.Document) T {
		v := pool.Get().(T)
		p.Cleanup(func() {
			release(v)
			pool.Put(v)
		})
		return v
	})
}

// Run applies rules to doc in the given order and returns the findings
// sorted by position, then rule, then message, without the ones whose
// fingerprint an earlier finding in that order has. runReference in
// audit_test.go is the plain form it must agree with.
func Run(doc *model.Document, rules []*Rule) []Finding {
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	if sc.facts == nil {
		sc.facts = make(map[any]any, 32) // 17 facts are shared today
	}
	p := &sc.pass
	*p = Pass{Doc: doc, facts: sc.facts, findings: sc.findings[:0], cleanups: sc.cleanups[:0]}
	for _, r := range rules {
		p.rule = r
		n := len(p.findings)
		r.Run(p)
		for i := n; i < len(p.findings); i++ {
			p.complete(&p.findings[i])
		}
	}
	for i := len(p.cleanups) - 1; i >= 0; i-- {
		p.cleanups[i]()
	}
	sc.findings, sc.cleanups = p.findings, p.cleanups
	return sc.finish(doc)
}

// scratch is the working memory of one Run, reused from run to run: the
// pass, its facts map and, mostly, the findings. They are collected in a
// buffer and copied once, sorted and deduplicated, into a slice of their
// own: a long report has hundreds of findings of some 380 bytes each, and
// growing a fresh slice by append in every run allocated several times
// their size.
type scratch struct {
	pass     Pass        // the rules' view: nothing keeps it after Run
	facts    map[any]any // the pass's, emptied after each Run
	cleanups []func()
	findings []Finding
	order    []int32 // indexes into findings, in output order
	byFP     []int32 // indexes into findings, by fingerprint
	rank     []int32 // rank[i]: position of findings[i] in order
	key      []byte  // the bytes a fingerprint hashes
	hex      []byte  // the computed fingerprints, 16 hex digits each
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release drops the references the buffers hold (the findings point into
// the document) and returns sc to the pool.
func (sc *scratch) release() {
	clear(sc.findings)
	clear(sc.facts)
	clear(sc.cleanups)
	sc.pass = Pass{}
	sc.findings, sc.cleanups = sc.findings[:0], sc.cleanups[:0]
	scratchPool.Put(sc)
}

// finish fills in the fingerprints, sorts and deduplicates sc.findings and
// returns them in a new slice (nil if there are none).
func (sc *scratch) finish(doc *model.Document) []Finding {
	fs := sc.findings
	if len(fs) == 0 {
		return nil
	}
	sc.fingerprint(doc)
	sc.order = indexes(sc.order, len(fs))
	// by position, rule, message; the index last makes the sort stable
	slices.SortFunc(sc.order, func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		return cmp.Or(cmp.Compare(a.Span.Start, b.Span.Start), strings.Compare(a.Rule, b.Rule),
			strings.Compare(a.Message, b.Message), cmp.Compare(i, j))
	})
	// dedupe: of the findings with one fingerprint, the first in output
	// order stays; the others are marked by a negative rank
	sc.rank = slices.Grow(sc.rank[:0], len(fs))[:len(fs)]
	for pos, i := range sc.order {
		sc.rank[i] = int32(pos)
	}
	sc.byFP = indexes(sc.byFP, len(fs))
	slices.SortFunc(sc.byFP, func(i, j int32) int {
		return cmp.Or(strings.Compare(fs[i].Fingerprint, fs[j].Fingerprint), cmp.Compare(sc.rank[i], sc.rank[j]))
	})
	kept := len(fs)
	for k := 1; k < len(sc.byFP); k++ {
		if fs[sc.byFP[k]].Fingerprint == fs[sc.byFP[k-1]].Fingerprint {
			sc.rank[sc.byFP[k]] = -1
			kept--
		}
	}
	out := make([]Finding, 0, kept)
	for _, i := range sc.order {
		if sc.rank[i] >= 0 && !sameAsBefore(out, &fs[i]) {
			out = append(out, fs[i])
		}
	}
	return out
}

// sameAsBefore reports whether a finding kept just before f, at f's span,
// shows f's arithmetic: two rules that reach one relation of one cell
// ("上级补助收入" against its 其中 rows, read as a column's rows by TBL001
// and as a 平衡表 side's by TBL007) make one finding, the first rule's.
// The findings are in order of position, so those at f's span come last.
func sameAsBefore(out []Finding, f *Finding) bool {
	if f.Expr == "" {
		return false
	}
	for k := len(out) - 1; k >= 0 && out[k].Span.Start == f.Span.Start; k-- {
		if out[k].Span == f.Span && out[k].Expr == f.Expr && out[k].Rule != f.Rule {
			return true
		}
	}
	return false
}

// indexes returns dst resized to 0, 1, …, n-1.
func indexes(dst []int32, n int) []int32 {
	dst = slices.Grow(dst[:0], n)[:n]
	for i := range dst {
		dst[i] = int32(i)
	}
	return dst
}

// fingerprint sets the fingerprint of the findings without one: the first
// 16 hex digits of the SHA-256 of rule, location labels, expression and the
// spanned text, separated by NUL bytes. They share one string.
func (sc *scratch) fingerprint(doc *model.Document) {
	sc.hex = sc.hex[:0]
	for i := range sc.findings {
		f := &sc.findings[i]
		if f.Fingerprint != "" {
			continue
		}
		l := &f.Location
		k := append(sc.key[:0], f.Rule...)
		k = append(k, 0)
		k = append(append(append(append(k, l.Section...), l.TableTitle...), l.RowLabel...), l.ColumnPath...)
		k = append(k, 0)
		k = append(k, f.Expr...)
		k = append(k, 0)
		k = append(k, doc.Slice(f.Span)...)
		sc.key = k
		sum := sha256.Sum256(k)
		sc.hex = hex.AppendEncode(sc.hex, sum[:fingerprintLen/2])
	}
	all := string(sc.hex)
	for i := range sc.findings {
		if f := &sc.findings[i]; f.Fingerprint == "" {
			f.Fingerprint, all = all[:fingerprintLen], all[fingerprintLen:]
		}
	}
}

// fingerprintLen is the length of a computed fingerprint in hex digits.
const fingerprintLen = 16

// complete fills in a reported finding's location and confidence when the
// rule left them empty (the fingerprint is filled by Run at the end).
func (p *Pass) complete(f *Finding) {
	if f.Location == (Location{}) {
		f.Location = LocationOf(p.Doc, f.Span.Start)
	}
	if f.Confidence == 0 {
		f.Confidence = 0.9
	}
}

// LocationOf fills a Location from a document offset.
func LocationOf(d *model.Document, off int) Location {
	pos := d.Position(off)
	l := Location{Table: pos.Table, Row: pos.Row, Col: pos.Col, Section: pos.Section, Para: pos.Para, Column: pos.Column}
	if pos.Table > 0 && pos.Table <= len(d.Tables) {
		l.TableTitle = d.Tables[pos.Table-1].Caption
	}
	return l
}

// Filter keeps the findings at or above min.
func Filter(fs []Finding, min Severity) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Severity >= min {
			out = append(out, f)
		}
	}
	return out
}
