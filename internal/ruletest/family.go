package ruletest

import (
	"context"
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// CheckDocs checks a family's rule list: every rule has an ID, a Run and
// its documentation in both languages with a bad and a good example; IDs
// are unique and sorted.
func CheckDocs(t *testing.T, rules []*audit.Rule) {
	t.Helper()
	seen := map[string]bool{}
	for i, r := range rules {
		if r.ID == "" || r.Doc.Title == "" || r.Doc.TitleEN == "" || r.Doc.Explain == "" || r.Doc.ExplainEN == "" || r.Doc.Bad == "" || r.Doc.Good == "" || r.Run == nil {
			t.Errorf("rule %d (%s) is incompletely documented", i, r.ID)
		}
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %s", r.ID)
		}
		seen[r.ID] = true
		if i > 0 && rules[i-1].ID >= r.ID {
			t.Errorf("rules not sorted: %s before %s", rules[i-1].ID, r.ID)
		}
	}
}

// Fuzz runs rules on arbitrary text reports read with parser/text, seeded
// with seeds: no panic, and every finding points inside the text.
func Fuzz(f *testing.F, rules []*audit.Rule, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.ParseBytes(context.Background(), data, "fuzz.txt", text.Options{})
		if err != nil {
			return
		}
		for _, x := range audit.Run(d, rules) {
			if x.Span.Start < 0 || x.Span.End > len(d.Text) || x.Span.Start > x.Span.End {
				t.Fatalf("%s: span %v outside the text of %d bytes", x.Rule, x.Span, len(d.Text))
			}
		}
	})
}

// FuzzSeeds are small documents exercising the year, numbering and score
// rules, for Fuzz.
var FuzzSeeds = [][]byte{
	[]byte("2022年度报告\n2021年公用经费364.35万元。\n\t2022年\n\n\t364.35\n\n"),
	[]byte("一、\n二、\n四、\n（1）a（2）b（2）c\n\t指标1：x\n\n\t指标1：y\n\n"),
	[]byte("\t一级指标\n\t指标分值\n\t自评得分\n\t得分率\n\n\t产出\n\t10\n\t9\n\t100%\n\n\t合计\n\t10\n\t9\n\t90%\n\n等级：优\n90（含）—100分为优；80（含）—90分为良\n"),
}

// BenchSeed measures rules on the bundled example report's text export.
func BenchSeed(b *testing.B, rules []*audit.Rule) {
	d := Seed(b, testenv.Seed(b, "report-2022.txt"))
	for b.Loop() {
		audit.Run(d, rules)
	}
}

// CheckRepeatable audits the seed and a family's fixtures in testdata one
// after another, forwards and backwards, so that each pass may get pooled
// storage (audit.Pooled) a larger or a smaller document used before: the
// findings must be those of the first audit of each document.
func CheckRepeatable(t *testing.T, rules []*audit.Rule) {
	t.Helper()
	var docs []*model.Document
	for _, f := range []string{"txt", "docx"} {
		docs = append(docs, Seed(t, testenv.Seed(t, "report-2022."+f)))
	}
	for _, f := range Files(t, "testdata") {
		docs = append(docs, Load(t, f).Doc(t))
	}
	want := make([][]audit.Finding, len(docs))
	for i, d := range docs {
		want[i] = audit.Run(d, rules)
	}
	for k := range 2 {
		for j := range docs {
			i := j
			if k == 1 {
				i = len(docs) - 1 - j
			}
			if got := audit.Run(docs[i], rules); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("%s: findings differ on a later audit:\n got %v\nwant %v", docs[i].Name, got, want[i])
			}
		}
	}
}
