package accuracy

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/model"
)

// Result accumulates the evaluation of a batch.
type Result struct {
	MinSeverity audit.Severity // findings below are ignored (default Warning)

	Files      int // parsed files (a document in two formats counts twice)
	CleanFiles int
	Kinds      map[string]*KindStat
	Rules      map[string]*RuleStat

	CleanFalseAlarms    int // findings in clean files
	InjectedFalseAlarms int // findings in injected files matching no mistake

	Structure []string // files whose tables or paragraphs differ from the truth
	Errors    []string // files that failed to parse
	Missed    []string // examples of missed mistakes
	False     []string // examples of false alarms
}

// KindStat counts mistakes of one kind and how many were found, per format.
type KindStat struct {
	Total, Found map[string]int // by format
	// FoundAny counts mistakes matched by a finding of any severity,
	// Info included: the gap to Found is what rules see but play down.
	FoundAny map[string]int
}

// RuleStat counts a rule's findings and how many matched a mistake.
type RuleStat struct {
	Findings, True int
	Clean          int // findings in clean files
}

// New returns an empty result counting findings at or above Warning.
func New() *Result {
	return &Result{MinSeverity: audit.Warning, Kinds: map[string]*KindStat{}, Rules: map[string]*RuleStat{}}
}

func (r *Result) kind(k string) *KindStat {
	s := r.Kinds[k]
	if s == nil {
		s = &KindStat{Total: map[string]int{}, Found: map[string]int{}, FoundAny: map[string]int{}}
		r.Kinds[k] = s
	}
	return s
}

func (r *Result) rule(id string) *RuleStat {
	s := r.Rules[id]
	if s == nil {
		s = &RuleStat{}
		r.Rules[id] = s
	}
	return s
}

const maxExamples = 40

// Error records a file that could not be parsed; its mistakes count as missed.
func (r *Result) Error(format string, truth synth.Truth, err error) {
	r.Files++
	if truth.Clean {
		r.CleanFiles++
	}
	for _, m := range truth.Mistakes {
		r.kind(m.Kind).Total[format]++
	}
	r.Errors = append(r.Errors, fmt.Sprintf("%s.%s: %v", truth.Base, format, err))
}

// Add evaluates the findings of one parsed file against its truth.
func (r *Result) Add(format string, truth synth.Truth, doc *model.Document, findings []audit.Finding) {
	r.Files++
	if truth.Clean {
		r.CleanFiles++
	}
	paras := doc.Paragraphs()
	if len(doc.Tables) != truth.Tables || len(paras) != truth.Paragraphs {
		r.Structure = append(r.Structure, fmt.Sprintf("%s.%s: %d tables, %d paragraphs; truth %d, %d",
			truth.Base, format, len(doc.Tables), len(paras), truth.Tables, truth.Paragraphs))
	}
	// Places of each mistake as spans of doc.Text.
	places := make([][]model.Span, len(truth.Mistakes))
	for i, m := range truth.Mistakes {
		for _, p := range append([]synth.Place{m.Place}, m.Involved...) {
			if s, ok := spanOf(doc, paras, p); ok {
				places[i] = append(places[i], s)
			}
		}
	}
	found := make([]bool, len(truth.Mistakes))
	foundAny := make([]bool, len(truth.Mistakes))
	for _, f := range findings {
		for i := range truth.Mistakes {
			if matches(f, places[i]) {
				foundAny[i] = true
			}
		}
		if f.Severity < r.MinSeverity {
			continue
		}
		rs := r.rule(f.Rule)
		rs.Findings++
		matched := false
		for i := range truth.Mistakes {
			if matches(f, places[i]) {
				found[i] = true
				matched = true
			}
		}
		switch {
		case matched:
			rs.True++
		case truth.Clean:
			rs.Clean++
			r.CleanFalseAlarms++
		default:
			r.InjectedFalseAlarms++
		}
		if !matched && len(r.False) < maxExamples {
			r.False = append(r.False, fmt.Sprintf("%s.%s %s %s: %s「%s」", truth.Base, format, f.Rule, f.Location.String(), f.Message, clip(doc.Slice(f.Span), 40)))
		}
	}
	for i, m := range truth.Mistakes {
		ks := r.kind(m.Kind)
		ks.Total[format]++
		if foundAny[i] {
			ks.FoundAny[format]++
		}
		if found[i] {
			ks.Found[format]++
		} else if len(r.Missed) < maxExamples*2 {
			where := fmt.Sprintf("表%d 第%d行 第%d列", m.Table+1, m.Row+1, m.Col+1)
			if m.Table < 0 {
				where = fmt.Sprintf("第%d段", m.Para)
			}
			r.Missed = append(r.Missed, fmt.Sprintf("%s.%s %s/%s %s: %q → %q", truth.Base, format, m.Kind, m.Variant, where, m.Original, m.Text))
		}
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// spanOf converts a truth place to a span of doc.Text.
func spanOf(doc *model.Document, paras []model.Block, p synth.Place) (model.Span, bool) {
	if p.Table >= 0 {
		if p.Table >= len(doc.Tables) {
			return model.Span{}, false
		}
		c := doc.Tables[p.Table].At(p.Row, p.Col)
		if c == nil {
			return model.Span{}, false
		}
		return c.Span, true
	}
	if p.Para < 1 || p.Para > len(paras) {
		return model.Span{}, false
	}
	e := paras[p.Para-1].Extent()
	s := model.Span{Start: e.Start + p.Start, End: e.Start + p.End}
	if s.End > e.End || s.Start > s.End {
		s = e // the parser changed the paragraph's text; fall back to all of it
	}
	return s, true
}

func overlaps(a, b model.Span) bool {
	if a.End <= a.Start {
		a.End = a.Start + 1
	}
	if b.End <= b.Start {
		b.End = b.Start + 1
	}
	return a.Start < b.End && b.Start < a.End
}

func matches(f audit.Finding, places []model.Span) bool {
	spans := append([]model.Span{f.Span}, f.Related...)
	for _, s := range spans {
		for _, p := range places {
			if overlaps(s, p) {
				return true
			}
		}
	}
	return false
}

// Recall returns found/total for kind over the given formats (all if none).
func (r *Result) Recall(kind string, formats ...string) (float64, int) {
	ks := r.Kinds[kind]
	if ks == nil {
		return 0, 0
	}
	var tot, found int
	for f, n := range ks.Total {
		if len(formats) == 0 || slices.Contains(formats, f) {
			tot += n
			found += ks.Found[f]
		}
	}
	if tot == 0 {
		return 0, 0
	}
	return float64(found) / float64(tot), tot
}

// RecallAny is Recall counting findings of any severity.
func (r *Result) RecallAny(kind string) float64 {
	ks := r.Kinds[kind]
	if ks == nil {
		return 0
	}
	var tot, found int
	for f, n := range ks.Total {
		tot += n
		found += ks.FoundAny[f]
	}
	if tot == 0 {
		return 0
	}
	return float64(found) / float64(tot)
}

// FalseAlarmsPerClean returns findings per clean file.
func (r *Result) FalseAlarmsPerClean() float64 {
	if r.CleanFiles == 0 {
		return 0
	}
	return float64(r.CleanFalseAlarms) / float64(r.CleanFiles)
}

// Precision returns the share of all counted findings that match a mistake.
func (r *Result) Precision() float64 {
	var n, t int
	for _, s := range r.Rules {
		n += s.Findings
		t += s.True
	}
	if n == 0 {
		return 1
	}
	return float64(t) / float64(n)
}

// Markdown writes the result as Markdown tables.
func (r *Result) Markdown(w io.Writer, title string) {
	fmt.Fprintf(w, "%s\n\n", title)
	fmt.Fprintf(w, "%d files (%d clean); findings at or above %s count.\n\n", r.Files, r.CleanFiles, r.MinSeverity)
	fmt.Fprintln(w, "| mistake kind | injected | recall | recall .txt | recall .docx | recall incl. info |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|")
	for _, k := range synth.Kinds {
		rec, n := r.Recall(k)
		rt, _ := r.Recall(k, "txt")
		rd, _ := r.Recall(k, "docx")
		fmt.Fprintf(w, "| %s | %d | %.2f | %.2f | %.2f | %.2f |\n", k, n, rec, rt, rd, r.RecallAny(k))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| rule | findings | matching a mistake | precision | in clean files |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|")
	ids := make([]string, 0, len(r.Rules))
	for id := range r.Rules {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := r.Rules[id]
		fmt.Fprintf(w, "| %s | %d | %d | %.2f | %d |\n", id, s.Findings, s.True, float64(s.True)/float64(max(s.Findings, 1)), s.Clean)
	}
	fmt.Fprintf(w, "\nFalse alarms per clean file: %.3f (%d in %d files). Unmatched findings in files with mistakes: %d. Overall precision: %.2f.\n",
		r.FalseAlarmsPerClean(), r.CleanFalseAlarms, r.CleanFiles, r.InjectedFalseAlarms, r.Precision())
	if len(r.Structure) > 0 || len(r.Errors) > 0 {
		fmt.Fprintf(w, "Files whose structure differs from the truth: %d; unreadable files: %d.\n", len(r.Structure), len(r.Errors))
	}
}

// Details writes the examples of misses, false alarms and structure problems.
func (r *Result) Details(w io.Writer) {
	for _, sec := range []struct {
		name  string
		lines []string
	}{{"parse errors", r.Errors}, {"structure", r.Structure}, {"missed", r.Missed}, {"false alarms", r.False}} {
		if len(sec.lines) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s:\n  %s\n", sec.name, strings.Join(sec.lines, "\n  "))
	}
}
