package ruletest

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

// Corpus runs rules on the shared corpus's Chinese documents (skipped in
// -short mode and when the corpus is absent), logs what they report for
// review of false alarms and returns the documents.
func Corpus(t *testing.T, rules []*audit.Rule) []*model.Document {
	t.Helper()
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	docs := corpusDocs(t, testenv.Corpus(t))
	counts := runCorpus(t, docs, rules)
	t.Logf("%d documents, findings per rule: %v", len(docs), counts)
	return docs
}

// corpusFiles lists the Chinese documents of the shared corpus: every
// .docx/.txt/.md under cn_* folders and the files MANIFEST.md marks CJK.
func corpusFiles(t testing.TB, dir string) []string {
	t.Helper()
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		switch strings.ToLower(filepath.Ext(p)) {
		case ".docx", ".docm", ".dotx", ".txt", ".md":
		default:
			return
		}
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "cn_") {
			filepath.WalkDir(filepath.Join(dir, e.Name()), func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					add(p)
				}
				return nil
			})
		}
	}
	if f, err := os.Open(filepath.Join(dir, "MANIFEST.md")); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "| `") || !strings.Contains(line, "CJK") {
				continue
			}
			rest := line[len("| `"):]
			if i := strings.Index(rest, "`"); i > 0 {
				add(filepath.Join(dir, rest[:i]))
			}
		}
	}
	sort.Strings(out)
	return out
}

// corpusDocs parses the Chinese corpus documents that have at least 200
// Han characters; files that fail to parse are skipped.
func corpusDocs(t testing.TB, dir string) []*model.Document {
	t.Helper()
	var docs []*model.Document
	for _, p := range corpusFiles(t, dir) {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		d, err := parser.ParseFile(ctx, p, parser.Options{})
		cancel()
		if err != nil || d == nil {
			continue
		}
		han := 0
		for _, r := range d.Text {
			if unicode.Is(unicode.Han, r) {
				han++
				if han >= 200 {
					break
				}
			}
		}
		if han >= 200 {
			rel, _ := filepath.Rel(dir, p)
			d.Name = rel
			docs = append(docs, d)
		}
	}
	return docs
}

// runCorpus runs rules on docs, logs every finding of Warning or above and
// checks that findings point inside the text. It returns the number of
// findings per rule.
func runCorpus(t *testing.T, docs []*model.Document, rules []*audit.Rule) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, d := range docs {
		for _, f := range audit.Run(d, rules) {
			if f.Span.Start < 0 || f.Span.End > len(d.Text) || f.Span.Start > f.Span.End {
				t.Errorf("%s: %s span %v outside the text (%d bytes)", d.Name, f.Rule, f.Span, len(d.Text))
				continue
			}
			if f.Severity < audit.Warning {
				continue
			}
			counts[f.Rule]++
			t.Logf("%s: %s %s %q: %s", d.Name, f.Rule, f.Location, d.Slice(f.Span), f.Message)
		}
	}
	return counts
}
