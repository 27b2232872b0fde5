package prose_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/rules"
	"github.com/crossfoot/crossfoot/rules/prose"
	"strconv"
	"strings"
)

// TestZZDebug is a temporary helper: dump prose mistakes missed in the accuracy batch.
func TestZZDebug(t *testing.T) {
	if os.Getenv("ZZDEBUG") == "" {
		t.Skip()
	}
	docs, err := synth.GenerateDocs(synth.Options{N: zzN(), Seed: zzSeed(), Formats: []string{"txt"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		doc, err := text.ParseBytes(context.Background(), d.Txt, d.Base+".txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fs := audit.Filter(audit.Run(doc, rules.All()), audit.Warning)
		if b := os.Getenv("ZZBASE"); b != "" && b == d.Base {
			for _, f := range fs {
				fmt.Printf("%s %s %v «%s» %s %s\n", f.Rule, f.Location, f.Severity, doc.Slice(f.Span), f.Message, f.Expr)
			}
			os.WriteFile("/tmp/me/"+d.Base+".txt", d.Txt, 0o644)
		}
		for _, f := range fs {
			if f.Rule[:3] != "PRS" && f.Rule[:3] != "XRF" {
				continue
			}
			ok := false
			for _, m := range d.Truth.Mistakes {
				if mistakeAt(doc, f, m) {
					ok = true
				}
			}
			if !ok {
				fmt.Printf("FALSE %s %s %s «%s» %s %s\n    %s\n", d.Base, f.Rule, f.Location, doc.Slice(f.Span), f.Message, f.Expr, f.Location.Sentence)
			}
		}
		for _, m := range d.Truth.Mistakes {
			if m.Kind != "polarity" && m.Kind != "prose_diff" && m.Kind != "prose_table" && m.Kind != "prose_sum" {
				continue
			}
			hit := false
			for _, f := range fs {
				if mistakeAt(doc, f, m) {
					hit = true
				}
			}
			if hit {
				continue
			}
			ps, _ := placeSpan(doc, m.Place)
			pt := paraText(doc, ps)
			fmt.Printf("=== %s %s/%s %q→%q\n%s\n", d.Base, m.Kind, m.Variant, m.Original, m.Text, pt)
			for _, inv := range m.Involved {
				is, _ := placeSpan(doc, inv)
				fmt.Printf("  involved: %+v %q\n", inv, doc.Slice(is))
			}
			st := figures.Analyze(pt)
			for _, c := range st.Comparisons {
				fmt.Printf("  cmp: cur=%v base=%v diff=%v(%s) rate=%v(%s)\n", qs(c.Cur), qs(c.Base), qs(c.Diff), c.DiffWord, qs(c.Rate), c.RateWord)
			}
			for _, q := range st.Quantities {
				fmt.Printf("  q: %s label=%q lead=%q period=%q\n", show(q), q.Label, q.Lead, q.Period)
			}
			for _, f := range audit.Run(doc, rules.All()) {
				if f.Span.Start >= ps.Start-300 && f.Span.Start <= ps.End+300 {
					fmt.Printf("  nearby finding: %s %v %s\n", f.Rule, f.Severity, f.Message)
				}
			}
		}
	}
}

func qs(q *figures.Quantity) string {
	if q == nil {
		return "-"
	}
	return show(*q)
}

func show(q figures.Quantity) string {
	s := q.String()
	if q.Percent {
		return s + "%"
	}
	return s + q.Unit
}

func placeSpan(doc *model.Document, pl synth.Place) (model.Span, bool) {
	if pl.Table >= 0 {
		c := doc.Tables[pl.Table].At(pl.Row, pl.Col)
		return c.Span, true
	}
	paras := doc.Paragraphs()
	s := paras[pl.Para-1].Extent()
	if pl.End > pl.Start {
		return model.Span{Start: s.Start + pl.Start, End: s.Start + pl.End}, true
	}
	return s, true
}

func paraText(doc *model.Document, s model.Span) string {
	for _, b := range doc.Paragraphs() {
		if e := b.Extent(); e.Start <= s.Start && s.Start <= e.End {
			return doc.Slice(e)
		}
	}
	return doc.Slice(s)
}

func mistakeAt(doc *model.Document, f audit.Finding, m synth.Mistake) bool {
	spans := append([]model.Span{f.Span}, f.Related...)
	for _, pl := range append([]synth.Place{m.Place}, m.Involved...) {
		ps, _ := placeSpan(doc, pl)
		for _, s := range spans {
			if s.Start < ps.End && ps.Start < s.End || s.Start == ps.Start {
				return true
			}
		}
	}
	return false
}

// TestZZCorpusDump writes every finding (all severities) of all rules over
// the CJK corpus to $ZZOUT, one line each, for diffing two trees.
func TestZZCorpusDump(t *testing.T) {
	out := os.Getenv("ZZOUT")
	if out == "" {
		t.Skip()
	}
	var lines []string
	for _, d := range ruletest.Corpus(t, prose.Rules) {
		for _, f := range audit.Run(d, rules.All()) {
			lines = append(lines, fmt.Sprintf("%s|%s|%v|%s|«%s»|%s|%s\n    %s", d.Name, f.Rule, f.Severity, f.Location, d.Slice(f.Span), f.Message, f.Expr, f.Location.Sentence))
		}
		for _, b := range d.Paragraphs() {
			txt := d.Slice(b.Extent())
			st := figures.Analyze(txt)
			for _, e := range st.Enumerations {
				var ps []string
				for _, p := range e.Parts {
					ps = append(ps, p.Label+"="+qs(&p))
				}
				lines = append(lines, fmt.Sprintf("ENUM %s|%s=%s %s %v", d.Name, e.Total.Label, qs(&e.Total), e.Marker, ps))
			}
			for _, sh := range st.Shares {
				lines = append(lines, fmt.Sprintf("SHARE %s|%s %s of %s", d.Name, qs(&sh.Part), qs(&sh.Rate), sh.BaseLabel))
			}
			for _, q := range st.Quantities {
				if strings.Contains(q.Label, "”") {
					lines = append(lines, fmt.Sprintf("QLABEL %s|%s %s", d.Name, q.Label, qs(&q)))
				}
			}
			for _, c := range st.Comparisons {
				lines = append(lines, fmt.Sprintf("CMP %s|%s|X=%s Y=%s D=%s%s R=%s%s", d.Name, txt[c.Anchor.Start:min(len(txt), c.Anchor.End+30)], qs(c.Cur), qs(c.Base), c.DiffWord, qs(c.Diff), c.RateWord, qs(c.Rate)))
			}
		}
	}
	os.WriteFile(out, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
}

func zzN() int {
	if n, err := strconv.Atoi(os.Getenv("ZZN")); err == nil {
		return n
	}
	return 90
}

func zzSeed() uint64 {
	if n, err := strconv.ParseUint(os.Getenv("ZZSEED"), 10, 64); err == nil {
		return n
	}
	return 20261129
}
