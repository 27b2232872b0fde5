package prose

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// A fixture is a text report (the TAB format of parser/text) in which each
// expected finding is marked where it must be anchored: ⟦RULE|text⟧. Lines
// starting with # are comments. Every finding at warning or above must hit a
// marker of its rule, and every marker must be hit. ⟦R1,R2|text⟧ expects
// two rules at the same place.
type marker struct {
	rule, text string
	nth        int // occurrence of text in the stripped input before the marker
}

func loadFixture(t *testing.T, path string) (*model.Document, []marker) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		lines = append(lines, l)
	}
	src := strings.Join(lines, "\n")
	var b strings.Builder
	var ms []marker
	for {
		i := strings.Index(src, "⟦")
		if i < 0 {
			b.WriteString(src)
			break
		}
		j := strings.Index(src[i:], "⟧")
		if j < 0 {
			t.Fatalf("%s: unclosed marker", path)
		}
		b.WriteString(src[:i])
		body := src[i+len("⟦") : i+j]
		rule, txt, ok := strings.Cut(body, "|")
		if !ok {
			t.Fatalf("%s: marker %q needs RULE|text", path, body)
		}
		for _, r := range strings.Split(rule, ",") {
			ms = append(ms, marker{rule: r, text: txt, nth: strings.Count(b.String(), txt)})
		}
		b.WriteString(txt)
		src = src[i+j+len("⟧"):]
	}
	doc, err := text.ParseBytes(context.Background(), []byte(b.String()), filepath.Base(path), text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc, ms
}

// spanOfMarker finds the nth occurrence of the marked text in the document.
func spanOfMarker(t *testing.T, doc *model.Document, m marker) model.Span {
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(doc.Text[off:], m.text)
		if i < 0 {
			t.Fatalf("marker text %q (#%d) not in the parsed document", m.text, m.nth)
		}
		if k == m.nth {
			return model.Span{Start: off + i, End: off + i + len(m.text)}
		}
		off += i + len(m.text)
	}
}

func overlaps(a, b model.Span) bool { return a.Start < b.End && b.Start < a.End }

func TestFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			doc, ms := loadFixture(t, path)
			fs := audit.Filter(audit.Run(doc, Rules), audit.Warning)
			hit := make([]bool, len(ms))
			for _, f := range fs {
				ok := false
				for i, m := range ms {
					if m.rule == f.Rule && overlaps(f.Span, spanOfMarker(t, doc, m)) {
						hit[i], ok = true, true
					}
				}
				if !ok {
					t.Errorf("unexpected %s %s at %s «%s»: %s (%s)", f.Rule, f.Severity, f.Location, doc.Slice(f.Span), f.Message, f.Expr)
				}
				if f.Message == "" || f.MessageEN == "" {
					t.Errorf("%s: finding without a message in both languages", f.Rule)
				}
			}
			for i, m := range ms {
				if !hit[i] {
					t.Errorf("missing %s at «%s»", m.rule, m.text)
				}
			}
			if strings.HasSuffix(path, "_clean.txt") && len(ms) > 0 {
				t.Errorf("clean fixture with markers")
			}
		})
	}
}
