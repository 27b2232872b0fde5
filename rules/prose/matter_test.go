package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// analysisMatters is what proseMayMatter predicts, read from the analysis
// itself (its oracle): whether a rule reads anything of it, a statement
// (the PRS rules, through units) or a figure that collect may keep.
func analysisMatters(s string) bool {
	st := figures.Analyze(s)
	if (&unit{st: st}).states() {
		return true
	}
	for i := range st.Quantities {
		if _, ok := mayCrossRef(&st.Quantities[i]); ok {
			return true
		}
	}
	return false
}

// checkMayMatter fails when proseMayMatter says a text whose analysis
// matters does not.
func checkMayMatter(t testing.TB, s string) {
	if !proseMayMatter(s) && analysisMatters(s) {
		t.Fatalf("proseMayMatter(%q) = false, but its analysis holds a statement or a cross-referenced figure", s)
	}
}

var mayMatterCases = []string{
	"", "2022年", "一、2022年部门决算情况", "支出10.80万元", "增长5%", "增长５％", "执行率为98.5%",
	"是上年的1.5倍", "占比百分之十", "共有车辆3辆，其中：轿车1辆、越野车2辆", "资本性支出1.08亿元",
	"预算执行率98%", "本年收入合计2834.44", "1.5‰", "完成年度计划的126.1％", "3000万圆", "５万元",
}

// TestProseMayMatter checks proseMayMatter on the paragraphs of the seed
// report (both formats) and of synthetic reports.
func TestProseMayMatter(t *testing.T) {
	docs := []*model.Document{parseSeed(t), ruletest.Seed(t, testenv.Seed(t, "report-2022.docx"))}
	gen, err := synth.GenerateDocs(synth.Options{N: 30, Seed: 7, Formats: []string{"txt"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range gen {
		docs = append(docs, ruletest.Text(t, g.Base+".txt", string(g.Txt)))
	}
	n, skipped := 0, 0
	for _, d := range docs {
		for _, b := range d.Blocks {
			s, ok := model.TextSpan(b)
			if !ok {
				continue
			}
			txt := d.Slice(s)
			checkMayMatter(t, txt)
			n++
			if hasDigitOrCN(txt) && !proseMayMatter(txt) {
				skipped++
			}
		}
	}
	for _, s := range mayMatterCases {
		checkMayMatter(t, s)
	}
	if skipped == 0 {
		t.Errorf("of %d paragraphs none with a figure is skipped: the test no longer tests anything", n)
	}
}

// FuzzProseMayMatter checks proseMayMatter against the analysis.
func FuzzProseMayMatter(f *testing.F) {
	for _, s := range mayMatterCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkMayMatter(t, s) })
}

// mayMatterSameCases are texts for the comparison of proseMayMatter with
// its plain form: each word, cut, at the ends, next to invalid bytes.
var mayMatterSameCases = append([]string{
	"比", "较", "由", "从", "率", "占", "倍", "合计", "共计", "总计", "其中", "包括", "分别", "具体为", "明细为", "主要用于", "元", "％", "%",
	"合", "计", "具体", "明细", "主要用", "\xe5\x85", "\x85\x83", "\xe5元", "元\xe5", "\xef\xbc\x85", "\xbc\x85", "x元", "共产", "总之",
	"2022年工作总结", "一、基本情况", "主要职能", "全年召开会议12次", "\xff\xfe比", "计划", "合\xff计",
}, mayMatterCases...)

// TestProseMayMatterPlain compares the one-pass proseMayMatter with its
// plain definition.
func TestProseMayMatterPlain(t *testing.T) {
	testenv.SameAs(t, "proseMayMatter", proseMayMatter, proseMayMatterPlain, mayMatterSameCases...)
	for _, d := range []*model.Document{parseSeed(t)} {
		testenv.SameAs(t, "proseMayMatter", proseMayMatter, proseMayMatterPlain, d.Text)
		for _, b := range d.Blocks {
			if p, ok := b.(*model.Paragraph); ok {
				testenv.SameAs(t, "proseMayMatter", proseMayMatter, proseMayMatterPlain, d.Slice(p.Span))
			}
		}
	}
}

func FuzzProseMayMatterPlain(f *testing.F) {
	testenv.FuzzSameAs(f, "proseMayMatter", proseMayMatter, proseMayMatterPlain, mayMatterSameCases...)
}
