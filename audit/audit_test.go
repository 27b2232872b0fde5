package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/crossfoot/crossfoot/model"
)

// runReference is Run as first written: fingerprints hashed per finding
// with fmt, a stable sort of the findings themselves and a map for the
// fingerprints seen. Run must return the same findings.
func runReference(doc *model.Document, rules []*Rule) []Finding {
	p := &Pass{Doc: doc, facts: map[any]any{}}
	for _, r := range rules {
		p.rule = r
		n := len(p.findings)
		r.Run(p)
		for i := n; i < len(p.findings); i++ {
			f := &p.findings[i]
			p.complete(f)
			if f.Fingerprint == "" {
				h := sha256.New()
				fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s", f.Rule, f.Location.Section+f.Location.TableTitle+f.Location.RowLabel+f.Location.ColumnPath, f.Expr, p.Doc.Slice(f.Span))
				f.Fingerprint = hex.EncodeToString(h.Sum(nil))[:16]
			}
		}
	}
	fs := p.findings
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
	seen := map[string]bool{}
	type same struct {
		span model.Span
		expr string
	}
	shown := map[same]string{} // the rule of the first finding kept with that span and arithmetic
	out := fs[:0]
	for _, f := range fs {
		if seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		if f.Expr != "" {
			k := same{f.Span, f.Expr}
			if r, ok := shown[k]; ok && r != f.Rule {
				continue // another rule's finding of the same relation at the same cell
			}
			if _, ok := shown[k]; !ok {
				shown[k] = f.Rule
			}
		}
		out = append(out, f)
	}
	return out
}

// testDoc is a small document with headings, paragraphs and a table, so
// that findings get section, paragraph and cell locations.
func testDoc() *model.Document {
	b := model.NewBuilder("t.txt", "text")
	b.Heading(1, "一、", model.RunText{Text: "一、收入支出", Index: -1})
	b.Text("2022年收入合计100.00万元，比上年增加5.00万元。")
	b.Text("支出合计95.00万元。")
	b.BeginTable()
	for r := range 3 {
		b.BeginRow(0)
		for c := range 3 {
			b.BeginCell(1, model.NoVMerge)
			b.Text(fmt.Sprintf("%d.%d", r, c))
			b.EndCell()
		}
		b.EndRow()
	}
	b.EndTable()
	b.Heading(1, "二、", model.RunText{Text: "二、其他", Index: -1})
	b.Text("其他说明。")
	return b.Document()
}

// randomRules returns rules reporting random findings: repeated spans,
// messages and expressions so that sorting ties and equal fingerprints
// occur, some with a location or fingerprint of their own.
func randomRules(rng *rand.Rand, doc *model.Document) []*Rule {
	var rules []*Rule
	for k := range 1 + rng.IntN(6) {
		id := fmt.Sprintf("R%03d", rng.IntN(4))
		n := rng.IntN(40)
		if k == 0 && rng.IntN(4) == 0 {
			n = 0
		}
		seed := rng.Uint64()
		rules = append(rules, &Rule{ID: id, Run: func(p *Pass) {
			rng := rand.New(rand.NewPCG(seed, 1))
			for range n {
				start := rng.IntN(len(doc.Text))
				f := Finding{
					Span:     model.Span{Start: start, End: min(len(doc.Text), start+rng.IntN(8))},
					Severity: Severity(rng.IntN(3)),
					Message:  fmt.Sprintf("m%d", rng.IntN(3)),
					Expr:     fmt.Sprintf("e%d", rng.IntN(2)),
				}
				switch rng.IntN(8) {
				case 0:
					f.Rule = "X001"
				case 1:
					f.Fingerprint = fmt.Sprintf("fp%d", rng.IntN(3))
				case 2:
					f.Location = Location{Table: 1, RowLabel: "行", ColumnPath: "列"}
				case 3:
					f.Confidence = 0.5
				}
				p.Report(f)
			}
		}})
	}
	return rules
}

func TestRunMatchesReference(t *testing.T) {
	doc := testDoc()
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		rules := randomRules(rng, doc)
		got, want := Run(doc, rules), runReference(doc, rules)
		if len(want) == 0 {
			want = nil // the reference returns its empty buffer
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: Run differs from the reference\n got %v\nwant %v", i, got, want)
		}
	}
}

func TestRunFingerprint(t *testing.T) {
	doc := testDoc()
	off := strings.Index(doc.Text, "100.00")
	rule := &Rule{ID: "T001", Run: func(p *Pass) {
		p.Report(Finding{Span: model.Span{Start: off, End: off + 6}, Expr: "1 + 2 = 3"})
	}}
	fs := Run(doc, []*Rule{rule})
	if len(fs) != 1 || len(fs[0].Fingerprint) != 16 {
		t.Fatalf("Run = %+v, want one finding with a 16-digit fingerprint", fs)
	}
	l := fs[0].Location
	sum := sha256.Sum256([]byte("T001\x00" + l.Section + l.TableTitle + l.RowLabel + l.ColumnPath + "\x001 + 2 = 3\x00100.00"))
	if want := hex.EncodeToString(sum[:8]); fs[0].Fingerprint != want {
		t.Errorf("fingerprint %s, want %s", fs[0].Fingerprint, want)
	}
}

// TestRunOneFindingPerRelation: two rules reporting one relation of one
// cell (same span, same arithmetic) make one finding, the first rule's;
// other arithmetic at the cell, or the same at another, stays.
func TestRunOneFindingPerRelation(t *testing.T) {
	doc := testDoc()
	off := strings.Index(doc.Text, "100.00")
	at := model.Span{Start: off, End: off + 6}
	report := func(id string, fs ...Finding) *Rule {
		return &Rule{ID: id, Run: func(p *Pass) {
			for _, f := range fs {
				p.Report(f)
			}
		}}
	}
	tests := []struct {
		name  string
		rules []*Rule
		want  []string // rule of each finding, in order
	}{
		{"same relation", []*Rule{report("T007", Finding{Span: at, Expr: "1 + 2 = 3 ≠ 4"}), report("T001", Finding{Span: at, Expr: "1 + 2 = 3 ≠ 4"})}, []string{"T001"}},
		{"other arithmetic", []*Rule{report("T007", Finding{Span: at, Expr: "1 + 2 = 3 ≠ 4"}), report("T001", Finding{Span: at, Expr: "2 + 2 = 4 ≠ 5"})}, []string{"T001", "T007"}},
		{"other cell", []*Rule{report("T007", Finding{Span: model.Span{Start: off, End: off + 3}, Expr: "1 + 2 = 3 ≠ 4"}), report("T001", Finding{Span: at, Expr: "1 + 2 = 3 ≠ 4"})}, []string{"T001", "T007"}},
		{"no arithmetic", []*Rule{report("T007", Finding{Span: at, Message: "a"}), report("T001", Finding{Span: at, Message: "b"})}, []string{"T001", "T007"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range Run(doc, tt.rules) {
				got = append(got, f.Rule)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rules %v, want %v", got, tt.want)
			}
		})
	}
}

func BenchmarkRun(b *testing.B) {
	doc := testDoc()
	rules := randomRules(rand.New(rand.NewPCG(3, 4)), doc)
	for b.Loop() {
		Run(doc, rules)
	}
}

func TestCleanup(t *testing.T) {
	var calls []string
	rule := &Rule{ID: "T001", Run: func(p *Pass) {
		Fact(p, "a", func(*model.Document) int { p.Cleanup(func() { calls = append(calls, "a") }); return 1 })
		Fact(p, "b", func(*model.Document) int { p.Cleanup(func() { calls = append(calls, "b") }); return 2 })
		Fact(p, "a", func(*model.Document) int { t.Error("fact a computed twice"); return 0 })
	}}
	Run(testDoc(), []*Rule{rule, rule})
	if !reflect.DeepEqual(calls, []string{"b", "a"}) {
		t.Errorf("cleanups called %v, want [b a] once each", calls)
	}
}

// TestPooled: within a run every rule gets the same storage; after the
// run it has been emptied by release and is back in the pool.
func TestPooled(t *testing.T) {
	type buf struct{ items []string }
	pool := sync.Pool{New: func() any { return new(buf) }}
	var seen []*buf
	rule := &Rule{ID: "T001", Run: func(p *Pass) {
		b := Pooled(p, "buf", &pool, func(b *buf) { b.items = b.items[:0] })
		b.items = append(b.items, "x")
		seen = append(seen, b)
	}}
	Run(testDoc(), []*Rule{rule, rule})
	if len(seen) != 2 || seen[0] != seen[1] {
		t.Fatalf("rules of one run got different storage: %p", seen)
	}
	if n := len(seen[0].items); n != 0 {
		t.Errorf("storage holds %d items after the run, want 0 (released)", n)
	}
}

// TestRunFreshFacts: a Run never sees the facts of an earlier one, though
// the pass and its map are reused.
func TestRunFreshFacts(t *testing.T) {
	computed := 0
	rule := &Rule{ID: "T001", Run: func(p *Pass) {
		Fact(p, "k", func(*model.Document) int { computed++; return computed })
	}}
	for range 3 {
		Run(testDoc(), []*Rule{rule})
	}
	if computed != 3 {
		t.Errorf("fact computed %d times in 3 runs, want 3", computed)
	}
}

func TestLocationRender(t *testing.T) {
	tests := []struct {
		loc    Location
		zh, en string
	}{
		{Location{Table: 3, TableTitle: "收入表", RowLabel: "合计", ColumnPath: "本年 › 金额"},
			"表3「收入表」 行「合计」 列「本年 › 金额」", "table 3 “收入表”, row “合计”, column “本年 › 金额”"},
		{Location{Table: 2, Row: 5, Col: 4}, "表2 第5行 第4列", "table 2, row 5, col 4"},
		{Location{Section: "二、（一）", Para: 61, Column: 63}, "二、（一） 第61段 第63字", "section 二、（一）, paragraph 61, char 63"},
		{Location{Para: 7}, "第7段", "paragraph 7"},
		{Location{}, "", ""},
	}
	for _, tt := range tests {
		if got := tt.loc.String(); got != tt.zh {
			t.Errorf("String() = %q, want %q", got, tt.zh)
		}
		if got := tt.loc.English(); got != tt.en {
			t.Errorf("English() = %q, want %q", got, tt.en)
		}
	}
}
