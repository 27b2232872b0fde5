package parser

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// TestCorpus runs every file of the shared corpus through ParseFile with a
// watchdog of 2 s per file. It fails on a panic (which Parse reports as an
// internal error), a hang, an error that wraps no sentinel, or a file the
// manifest marks NOT-ZIP (deliberately corrupt, truncated or encrypted) that
// is accepted. It logs how many files were parsed and rejected, by reason.
func TestCorpus(t *testing.T) {
	dir := testenv.Corpus(t)
	if testing.Short() {
		t.Skip("corpus walk skipped in -short mode")
	}
	notZip := manifestNotZip(t, dir)
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "MANIFEST.md" {
			files = append(files, p)
		}
		return nil
	})
	sentinels := []struct {
		err  error
		name string
	}{
		{ErrEncrypted, "encrypted"}, {ErrLegacyDoc, "legacy-doc"}, {ErrUnsupportedFormat, "unsupported"},
		{ErrTooLarge, "too-large"}, {ErrCorrupt, "corrupt"}, {ErrEmpty, "empty"},
	}
	counts := map[string]int{}
	var tables, withErrors int
	start := time.Now()
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		type result struct {
			doc *model.Document
			err error
		}
		done := make(chan result, 1)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		go func() {
			d, err := ParseFile(ctx, p, Options{})
			done <- result{d, err}
		}()
		var res result
		select {
		case res = <-done:
		case <-time.After(2 * time.Second):
			cancel()
			t.Errorf("%s: no result within 2 s", rel)
			counts["hung"]++
			continue
		}
		cancel()
		if res.err == nil {
			counts["parsed"]++
			tables += len(res.doc.Tables)
			if len(res.doc.Errors) > 0 {
				withErrors++
			}
			if notZip[rel] {
				t.Errorf("%s: marked NOT-ZIP in the manifest but parsed without error", rel)
			}
			continue
		}
		msg := res.err.Error()
		if strings.Contains(msg, "读取时出错") {
			t.Errorf("%s: panic inside a parser: %s", rel, msg)
		}
		reason := ""
		for _, s := range sentinels {
			if errors.Is(res.err, s.err) {
				reason = s.name
				break
			}
		}
		if reason == "" {
			t.Errorf("%s: error wraps no sentinel: %v", rel, res.err)
			reason = "other"
		}
		if strings.ContainsAny(msg, "\r\n") {
			t.Errorf("%s: error message is not one line: %q", rel, msg)
		}
		counts[reason]++
		if testing.Verbose() {
			t.Logf("%s: %s", rel, msg)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, counts[k]))
	}
	t.Logf("%d files in %v: %s; %d tables; %d documents with part errors; %d NOT-ZIP in manifest",
		len(files), time.Since(start).Round(time.Millisecond), strings.Join(parts, " "), tables, withErrors, len(notZip))
}

// manifestNotZip returns the files MANIFEST.md marks NOT-ZIP.
func manifestNotZip(t *testing.T, dir string) map[string]bool {
	out := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, "MANIFEST.md"))
	if err != nil {
		t.Logf("no manifest: %v", err)
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "| `") || !strings.Contains(line, "NOT-ZIP") {
			continue
		}
		if name, _, ok := strings.Cut(strings.TrimPrefix(line, "| `"), "`"); ok {
			out[filepath.FromSlash(name)] = true
		}
	}
	return out
}
