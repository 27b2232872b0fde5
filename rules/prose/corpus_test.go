package prose

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/parser"
)

// TestCorpus runs the rules over the Chinese statistical communiqués and
// government work reports of the shared corpus (skipped when absent): dense
// prose full of growth rates, shares and totals. It logs every finding at
// warning or above for inspection; the findings listed in corpusReviewed
// were checked by hand and are real. Anything else fails the test, so a new
// false alarm cannot slip in unnoticed.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus run skipped in -short mode")
	}
	dir := testenv.Corpus(t)
	var files []string
	for _, sub := range []string{"cn_stat_communique", "cn_gov_work_report", "cn_gov_annual_report", "cn_budget_final"} {
		filepath.WalkDir(filepath.Join(dir, sub), func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt", ".md", ".docx":
				files = append(files, path)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skip("no corpus text files")
	}
	docs, total, info, enums, checkable := 0, 0, 0, 0, 0
	for _, path := range files {
		doc, err := parser.ParseFile(context.Background(), path, parser.Options{})
		if err != nil {
			t.Logf("%s: %v", filepath.Base(path), err)
			continue
		}
		docs++
		for _, u := range collectUnits(doc) {
			enums += len(u.st.Enumerations)
			for _, c := range u.st.Comparisons {
				if c.Rate != nil && (c.Base != nil || c.Diff != nil && c.Cur != nil) || c.Diff != nil && c.Base != nil && c.Cur != nil {
					checkable++
				}
			}
		}
		all := audit.Run(doc, Rules)
		info += len(all) - len(audit.Filter(all, audit.Warning))
		for _, f := range all {
			if f.Severity == audit.Info && testing.Verbose() {
				t.Logf("info: %s %s «%s» %s", f.Rule, filepath.Base(path), doc.Slice(f.Span), f.Message)
			}
		}
		for _, f := range audit.Filter(all, audit.Warning) {
			total++
			key := filepath.Base(path) + "|" + f.Rule + "|" + doc.Slice(f.Span)
			msg := f.Rule + " " + f.Severity.String() + " " + filepath.Base(path) + " " + f.Location.String() + " «" + doc.Slice(f.Span) + "» " + f.Message + " " + f.Expr + "\n    " + f.Location.Sentence
			if corpusReviewed[key] {
				t.Log("reviewed: " + msg)
				continue
			}
			t.Error("unreviewed: " + msg)
		}
	}
	t.Logf("%d documents, %d enumerations, %d checkable comparisons; %d findings at warning or above, %d info", docs, enums, checkable, total, info)
}

// corpusReviewed lists findings on the corpus that were read by hand and
// are genuine (file|rule|flagged text).
var corpusReviewed = map[string]bool{
	// "共有车辆1辆，其中：部级领导干部用车1辆、主要领导干部用车1辆、" + six more
	// categories of 1辆 on the next lines: a template filled with 1s, a real
	// contradiction (the PDF line break hides the other six parts).
	"_pdf25_text.txt|PRS001|1辆": true,
	// "年末有医疗卫生机构（含村卫生室）4159个，其中医院231个、基层医疗卫生机构
	// 3846个、专业公共卫生机构61个、其他卫生机构22个": the four parts, counts
	// with no rounding, add up to 4160 — the bulletin contradicts itself
	// (found once the scope remark before 4159 stopped cutting its label).
	"合肥市2024年国民经济和社会发展统计公报.txt|PRS001|4159个": true,
}
