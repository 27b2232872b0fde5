package prose

import (
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// TestSynth runs the rules over generated reports with known injected
// mistakes: every prose or cross-reference finding at warning or above must
// point at an injected mistake (precision), and the prose kinds the rules
// target should mostly be found (recall, logged).
func TestSynth(t *testing.T) {
	docs, err := synth.GenerateDocs(synth.Options{N: synthN, Seed: synthSeed, Formats: []string{"txt"}})
	if err != nil {
		t.Fatal(err)
	}
	found, injected := map[string]int{}, map[string]int{}
	fp := 0
	for _, d := range docs {
		doc, err := text.ParseBytes(context.Background(), d.Txt, d.Base+".txt", text.Options{})
		if err != nil {
			t.Fatal(err)
		}
		fs := audit.Filter(audit.Run(doc, Rules), audit.Warning)
		hit := make([]bool, len(d.Truth.Mistakes))
		for _, f := range fs {
			ok := false
			for i, m := range d.Truth.Mistakes {
				if mistakeAt(doc, f, m) {
					hit[i], ok = true, true
				}
			}
			if !ok {
				fp++
				t.Logf("%s: no injected mistake at %s %s «%s»: %s (%s)", d.Base, f.Rule, f.Location, doc.Slice(f.Span), f.Message, f.Location.Sentence)
			}
		}
		for i, m := range d.Truth.Mistakes {
			injected[m.Kind]++
			if hit[i] {
				found[m.Kind]++
			} else if testing.Verbose() && (m.Kind == "prose_sum" || m.Kind == "prose_table") {
				ps, _ := placeSpan(doc, m.Place)
				t.Logf("missed %s %s: %q (was %q) in «%s»", m.Kind, m.Variant, m.Text, m.Original, paraText(doc, ps))
			}
		}
	}
	for k, n := range injected {
		t.Logf("%-14s found %d of %d", k, found[k], n)
	}
	t.Logf("findings not at an injected mistake: %d", fp)
	if fp > 0 {
		t.Errorf("%d findings at no injected mistake (false alarms)", fp)
	}
	for kind, floor := range map[string]float64{"polarity": 1, "prose_diff": 1, "prose_sum": 0.75, "prose_table": 0.75} {
		if n := injected[kind]; n > 0 && float64(found[kind]) < floor*float64(n) {
			t.Errorf("%s: found %d of %d, want at least %.0f%%", kind, found[kind], n, floor*100)
		}
	}
}

// mistakeAt reports whether finding f points at mistake m: its span or a
// related span overlaps the mistake's place or a place involved in it.
func mistakeAt(doc *model.Document, f audit.Finding, m synth.Mistake) bool {
	spans := append([]model.Span{f.Span}, f.Related...)
	for _, pl := range append([]synth.Place{m.Place}, m.Involved...) {
		ps, ok := placeSpan(doc, pl)
		if !ok {
			continue
		}
		for _, s := range spans {
			if s.Start < ps.End && ps.Start < s.End || s.Start == ps.Start {
				return true
			}
		}
	}
	return false
}

func placeSpan(doc *model.Document, pl synth.Place) (model.Span, bool) {
	if pl.Table >= 0 {
		if pl.Table >= len(doc.Tables) {
			return model.Span{}, false
		}
		c := doc.Tables[pl.Table].At(pl.Row, pl.Col)
		if c == nil {
			return model.Span{}, false
		}
		return c.Span, true
	}
	paras := doc.Paragraphs()
	if pl.Para < 1 || pl.Para > len(paras) {
		return model.Span{}, false
	}
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

// synthN and synthSeed size the generated batch (larger runs: edit locally).
var synthN, synthSeed = 60, uint64(7)
