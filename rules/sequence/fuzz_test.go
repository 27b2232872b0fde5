package sequence

import (
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/parser/text"
)

// FuzzRules runs the family's rules on arbitrary TAB-format documents: no
// panic, and every finding points inside the text.
func FuzzRules(f *testing.F) {
	f.Add("2022年度报告\n2021年公用经费364.35万元。\n\t2022年\n\n\t364.35\n\n")
	f.Add("一、\n二、\n四、\n（1）a（2）b（2）c\n\t指标1：x\n\n\t指标1：y\n\n")
	f.Add("\t一级指标\n\t指标分值\n\t自评得分\n\t得分率\n\n\t产出\n\t10\n\t9\n\t100%\n\n\t合计\n\t10\n\t9\n\t90%\n\n等级：优\n90（含）—100分为优；80（含）—90分为良\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := text.ParseBytes(context.Background(), []byte(s), "fuzz", text.Options{})
		if err != nil {
			return
		}
		for _, fd := range audit.Run(d, Rules) {
			if fd.Span.Start < 0 || fd.Span.End > len(d.Text) || fd.Span.Start > fd.Span.End {
				t.Fatalf("%s: span %v outside text of %d bytes", fd.Rule, fd.Span, len(d.Text))
			}
		}
	})
}

func BenchmarkSeed(b *testing.B) {
	d := ruletest.Seed(b, "../../testdata/seed/report-2022.txt")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		audit.Run(d, Rules)
	}
}
