package accuracy

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/report"
)

// blindKey names a finding as EXPECT.tsv lists it: file, short location,
// rule.
type blindKey struct{ file, loc, rule string }

// blindExpect is one set's EXPECT.tsv: the verdict of every finding at
// warning or error level ("mistake N", "effect N", "false", or
// "unlisted": a real inconsistency in the text that its author did not
// inject or list, checked by hand, e.g. a stock sentence "决算数大于年初预算"
// after figures that put the outturn below it) and the mistakes no finding
// points at ("missed N", by file).
type blindExpect struct {
	verdicts map[blindKey]string
	missed   map[string][]string
}

func readBlindExpect(t *testing.T, path string) blindExpect {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	e := blindExpect{verdicts: map[blindKey]string{}, missed: map[string][]string{}}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("%s:%d: want 4 tab-separated fields (file, location, rule, verdict), got %d", path, n, len(f))
		}
		v := f[3]
		switch {
		case strings.HasPrefix(v, "missed "):
			e.missed[f[0]] = append(e.missed[f[0]], v)
		case strings.HasPrefix(v, "mistake "), strings.HasPrefix(v, "effect "), v == "false", v == "unlisted":
			e.verdicts[blindKey{f[0], f[1], f[2]}] = v
		default:
			t.Fatalf("%s:%d: verdict %q is not mistake N, effect N, false, unlisted or missed N", path, n, v)
		}
	}
	// a mistake found is no longer missed: counted twice, it would
	// swell the set's total
	for k, v := range e.verdicts {
		if strings.HasPrefix(v, "mistake ") && slices.Contains(e.missed[k.file], "missed "+strings.TrimPrefix(v, "mistake ")) {
			t.Fatalf("%s: %s %s is listed both as found and as missed: delete its missed line", path, k.file, v)
		}
	}
	return e
}

// TestBlindSets audits the blind sets, reports written by authors who did
// not read the rules (testdata/blind: the first, which the rules were then
// improved on; testdata/blind2 and later: held out when first measured),
// and compares every finding at warning or error level with the set's
// hand classification in EXPECT.tsv. A finding not listed fails the test
// (classify it), and so does a listed finding that is gone (a lost
// detection, or a fixed false alarm to delete from the list). The log
// gives each set's recall and false alarms:
//
//	go test ./internal/accuracy -run TestBlindSets -v
func TestBlindSets(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "blind*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatal("no testdata/blind* sets")
	}
	all := ruleSet()
	for _, dir := range dirs {
		expect := filepath.Join(dir, "EXPECT.tsv")
		if _, err := os.Stat(expect); err != nil {
			continue // a set not yet measured
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			exp := readBlindExpect(t, expect)
			// the reports as text exports, or as Word files (blind23 was
			// written as .docx by hand, the way other producers write them)
			files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
			docx, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
			files = append(files, docx...)
			if len(files) == 0 {
				t.Fatal("no reports")
			}
			seen := map[blindKey]bool{}
			found := map[string]bool{} // "file mistake N"
			falseAlarms, unlisted, clean := 0, 0, 0
			for _, path := range files {
				name := filepath.Base(path)
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				doc, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), name, parser.Options{})
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				n := 0
				for _, f := range audit.Run(doc, all) {
					if f.Severity < audit.Warning {
						continue
					}
					n++
					k := blindKey{name, report.ShortLocation(f.Location, false), f.Rule}
					v, ok := exp.verdicts[k]
					if !ok {
						t.Errorf("unclassified finding, add it to %s:\n%s\t%s\t%s\t?\t(%s)", expect, k.file, k.loc, k.rule, f.Message)
						continue
					}
					seen[k] = true
					switch {
					case v == "false":
						falseAlarms++
					case v == "unlisted":
						unlisted++
					case strings.HasPrefix(v, "mistake "):
						found[name+" "+v] = true
					}
				}
				if n == 0 {
					clean++
				}
			}
			var gone []string
			for k, v := range exp.verdicts {
				if !seen[k] {
					gone = append(gone, fmt.Sprintf("%s\t%s\t%s\t%s", k.file, k.loc, k.rule, v))
				}
			}
			sort.Strings(gone)
			for _, g := range gone {
				t.Errorf("listed in %s but not found any more (a lost detection, or a fixed false alarm to delete):\n%s", expect, g)
			}
			missed := 0
			for _, m := range exp.missed {
				missed += len(m)
			}
			total := len(found) + missed
			t.Logf("%s: %d reports (%d with no finding); mistakes found %d of %d; false alarms %d; unlisted real faults %d", filepath.Base(dir), len(files), clean, len(found), total, falseAlarms, unlisted)
		})
	}
}

// TestBlindSetsAsWord rebuilds every blind-set report as a .docx (the way
// the seed's Word file was made from its text export) and checks that the
// Word parser leads to the same findings, at every severity, as the text
// parser: 90-odd reports by authors who never saw the parsers, so a
// heading, caption or merged cell the .docx reading handles differently
// shows here.
func TestBlindSetsAsWord(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testenv.Root(t), "testdata", "blind*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/blind*/*.txt reports")
	}
	all := ruleSet()
	findings := func(name string, data []byte) []string {
		doc, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), name, parser.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var out []string
		for _, f := range audit.Run(doc, all) {
			out = append(out, fmt.Sprintf("%s\t%s\t%s\t%s", f.Severity, report.ShortLocation(f.Location, false), f.Rule, f.Message))
		}
		return out
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(filepath.Dir(path)) + "/" + filepath.Base(path)
		txt := findings(name, data)
		doc, err := parser.Parse(context.Background(), bytes.NewReader(data), int64(len(data)), name, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docx := findings(strings.TrimSuffix(name, ".txt")+".docx", docxwrite.FromModel(doc))
		if a, b := strings.Join(txt, "\n"), strings.Join(docx, "\n"); a != b {
			t.Errorf("%s: findings differ between the text and its rebuilt .docx:\n--- txt\n%s\n--- docx\n%s", name, a, b)
		}
	}
}
