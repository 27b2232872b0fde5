package figures

import (
	"os"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

func seedProse(b *testing.B) string {
	data, err := os.ReadFile(testenv.Seed(b, "report-2022.txt"))
	if err != nil {
		b.Skip("seed not found")
	}
	return string(data)
}

// BenchmarkQuantities measures the extractor's throughput on the seed report.
func BenchmarkQuantities(b *testing.B) {
	s := seedProse(b)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Quantities(s)
	}
}

// BenchmarkAnalyze measures quantities plus statements, paragraph by paragraph.
func BenchmarkAnalyze(b *testing.B) {
	s := seedProse(b)
	paras := strings.Split(s, "\n")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			Analyze(p)
		}
	}
}

var labelPairs = [][2]string{
	{"公务用车运行维护费", "公务车辆维护费"},
	{"本部门专项资金项目支出", "项目支出"},
	{"对个人与家庭补助支出", "3、对个人和家庭的补助"},
	{"一般公共服务支出", "商品服务支出"},
	{"按科目分类年度工资福利支出", "工资福利支出"},
	{"公用经费", "公用支出"},
}

// BenchmarkLabelsMatch measures one label comparison (normalisation, synonyms, bigrams).
func BenchmarkLabelsMatch(b *testing.B) {
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := labelPairs[i%len(labelPairs)]
		LabelsMatch(p[0], p[1])
		i++
	}
}

// BenchmarkAnalyzer is BenchmarkAnalyze through one Analyzer per document,
// as the prose rules analyse a report.
func BenchmarkAnalyzer(b *testing.B) {
	s := seedProse(b)
	paras := strings.Split(s, "\n")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		var a Analyzer
		for _, p := range paras {
			a.Analyze(p)
		}
	}
}

// proseTexts returns the seed's texts as the prose rules analyse them:
// each distinct line with a figure, table cells (tab-led lines) only when
// MayState says they may hold a statement.
func proseTexts(b *testing.B) []string {
	seen := map[string]bool{}
	var texts []string
	for _, l := range strings.Split(seedProse(b), "\n") {
		cell := strings.HasPrefix(l, "\t")
		l = strings.TrimPrefix(l, "\t")
		if !mayHoldFigure(l) || seen[l] || cell && !MayState(l) {
			continue
		}
		seen[l] = true
		texts = append(texts, l)
	}
	return texts
}

// BenchmarkAnalyzerProse is BenchmarkAnalyzer on the texts the prose
// rules analyse (proseTexts): the cost behind the PRS and XRF families.
func BenchmarkAnalyzerProse(b *testing.B) {
	texts := proseTexts(b)
	b.ReportAllocs()
	for b.Loop() {
		var a Analyzer
		for _, s := range texts {
			a.Analyze(s)
		}
	}
}

// BenchmarkQuantitiesProse is the figure scan alone on proseTexts.
func BenchmarkQuantitiesProse(b *testing.B) {
	texts := proseTexts(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Quantities(s)
		}
	}
}
