package docx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

// corpusFiles lists the Word packages under the shared corpus.
func corpusFiles(t testing.TB) []string {
	dir := testenv.Corpus(t)
	var files []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".docx", ".docm", ".dotx", ".dotm":
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// reason names the sentinel an error wraps, for the corpus tally.
func reason(err error) string {
	for _, s := range []struct {
		err  error
		name string
	}{
		{ErrEncrypted, "encrypted"}, {ErrNotZip, "not-zip"}, {ErrNoDocument, "no-document"},
		{ErrTooLarge, "too-large"}, {ErrTooDeep, "too-deep"}, {ErrCorrupt, "corrupt"},
		{context.DeadlineExceeded, "timeout"},
	} {
		if errors.Is(err, s.err) {
			return s.name
		}
	}
	return "other"
}

const (
	budget    = 2 * time.Second // per file
	hangAfter = budget + 3*time.Second
)

type result struct {
	path    string
	err     error
	errs    int
	tables  int
	elapsed time.Duration
	panic   any
	invalid error
	hang    bool
}

// parseWithin parses one file under a context deadline of budget and a
// watchdog that gives up waiting at hangAfter.
func parseWithin(path string, data []byte, budget time.Duration) result {
	res := result{path: path}
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		r := result{path: path}
		defer func() {
			r.panic = recover()
			done <- r
		}()
		d, err := Parse(ctx, bytes.NewReader(data), int64(len(data)), path, Options{})
		r.err = err
		if d != nil {
			r.invalid = invariants(d)
			r.errs, r.tables = len(d.Errors), len(d.Tables)
		}
	}()
	select {
	case res = <-done:
	case <-time.After(hangAfter):
		res.hang = true
	}
	res.elapsed = time.Since(start)
	return res
}

// TestCorpus parses every Word package of the shared corpus with a 2 s
// budget each: no panic, no hang, every error wraps a sentinel, every
// document satisfies the model's invariants.
func TestCorpus(t *testing.T) {
	files := corpusFiles(t)
	results := make([]result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(runtime.GOMAXPROCS(0), 1) {
		wg.Go(func() {
			for i := range next {
				path := files[i]
				res := result{path: path}
				data, err := os.ReadFile(path)
				if err != nil {
					res.err = err
					results[i] = res
					continue
				}
				// On this shared machine a file may be starved of CPU: one
				// that misses its budget is tried once more before it counts.
				for attempt := 0; attempt < 2; attempt++ {
					res = parseWithin(path, data, budget)
					if res.elapsed <= budget && !errors.Is(res.err, context.DeadlineExceeded) {
						break
					}
				}
				if res.hang {
					t.Errorf("%s: no answer %v after the deadline (hang)", path, hangAfter)
				}
				results[i] = res
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	counts := map[string]int{}
	var parsed, partial, tables int
	var slowest result
	for _, r := range results {
		rel, _ := filepath.Rel(testenv.Corpus(t), r.path)
		if r.panic != nil {
			t.Errorf("%s: panic: %v", rel, r.panic)
			continue
		}
		if r.invalid != nil {
			t.Errorf("%s: %v", rel, r.invalid)
		}
		if r.elapsed > budget {
			t.Errorf("%s: took %v, over %v", rel, r.elapsed, budget)
		}
		if r.elapsed > slowest.elapsed {
			slowest = r
		}
		if r.err != nil {
			why := reason(r.err)
			counts[why]++
			if why == "other" || why == "timeout" {
				t.Errorf("%s: error wraps no sentinel: %v", rel, r.err)
			}
			if testing.Verbose() {
				t.Logf("rejected %s: %v", rel, r.err)
			}
			continue
		}
		parsed++
		tables += r.tables
		if r.errs > 0 {
			partial++
		}
	}
	var rej []string
	for k, v := range counts {
		rej = append(rej, fmt.Sprintf("%s=%d", k, v))
	}
	sort.Strings(rej)
	t.Logf("corpus: %d files, parsed %d (%d with recorded part errors, %d tables), rejected %v; slowest %v (%s)",
		len(files), parsed, partial, tables, rej, slowest.elapsed.Round(time.Millisecond), filepath.Base(slowest.path))
}
