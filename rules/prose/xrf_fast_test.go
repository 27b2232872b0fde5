package prose

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// TestIndexAnyWord compares indexAnyWord with strings.IndexAny, its
// definition.
func TestIndexAnyWord(t *testing.T) {
	for _, s := range []string{"", "竹源县：抽查资金", "a:b：c", "：:", "，,：", "无", "x,y，z", "\xef\xbc", "\xef\xef\xbc\x9a"} {
		for _, chars := range []string{"：:", "：:，,"} {
			if got, want := indexAnyWord(s, runeWords(chars)...), strings.IndexAny(s, chars); got != want {
				t.Errorf("indexAnyWord(%q, %q) = %d; want %d", s, chars, got, want)
			}
		}
	}
}

// runeWords returns the runes of s, each as a string.
func runeWords(s string) []string {
	var out []string
	for _, r := range s {
		out = append(out, string(r))
	}
	return out
}

// FuzzIndexAnyWord compares indexAnyWord with strings.IndexAny.
func FuzzIndexAnyWord(f *testing.F) {
	for _, s := range []string{"竹源县：抽查资金", "a:b：c", "\xef\xef\xbc\x9a", "，,"} {
		f.Add(s, "：:，,")
	}
	f.Fuzz(func(t *testing.T, s, chars string) {
		if !utf8ValidNoError(chars) {
			return // (IndexAny matches an invalid byte of s to a U+FFFD of chars)
		}
		if got, want := indexAnyWord(s, runeWords(chars)...), strings.IndexAny(s, chars); got != want {
			t.Fatalf("indexAnyWord(%q, %q) = %d; want %d", s, chars, got, want)
		}
	})
}

// utf8ValidNoError reports a valid string without U+FFFD.
func utf8ValidNoError(s string) bool {
	for _, r := range s {
		if r == '\uFFFD' {
			return false
		}
	}
	return true
}

// indicatorTexts are texts for indicatorMatches' tests: quotes far from
// and near 实际完成, matches in a row, a name holding 实际完成.
var indicatorTexts = []string{
	"",
	"“农村公路列养里程”年度指标值为≥1,350公里，实际完成1,326公里。",
	"“农村公路列养里程”年度指标值为≥1,350公里，实际完成1,326公里；“改造危房”实际完成值为86座，“覆盖率”实际完成了97.91%。",
	"“甲”" + strings.Repeat("很", 41) + "实际完成3个",
	"“甲”" + strings.Repeat("很", 40) + "实际完成3个",
	"“" + strings.Repeat("名", 24) + "”" + strings.Repeat("很", 40) + "实际完成 12.5 %",
	"“" + strings.Repeat("名", 25) + "”实际完成12",
	"“实际完成”实际完成5个“实际完成”实际完成6",
	"“a“bc”实际完成1",
	"“ab”，。实际完成1“cd”实际完成2“ef”" + strings.Repeat("x", 300) + "实际完成3",
	"实际完成“ab”实际完成1",
	"“ab”\xff\xfe实际完成1\xff",
}

// TestIndicatorMatches compares indicatorMatches with indicatorRe's
// FindAllStringSubmatchIndex, its definition.
func TestIndicatorMatches(t *testing.T) {
	for _, s := range indicatorTexts {
		if got, want := indicatorMatches(s), indicatorRe.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("indicatorMatches(%q) = %v; want %v", s, got, want)
		}
	}
}

// FuzzIndicatorMatches compares indicatorMatches with indicatorRe.
func FuzzIndicatorMatches(f *testing.F) {
	for _, s := range indicatorTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := indicatorMatches(s), indicatorRe.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("indicatorMatches(%q) = %v; want %v", s, got, want)
		}
	})
}

// namedCellsAgree checks, for each figure of doc, that namedCell, whose
// memo keeps the words of the figure last asked, answers as with an
// empty memo, asked in XRF001's order (without, then with the
// paragraph's subject) and in the other.
func namedCellsAgree(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs := x.allCellFacts()
		var m, fresh rowColumnMemo
		for i := range x.prose {
			f := &x.prose[i]
			for _, by := range [...]bool{false, true, false} {
				fresh.reset()
				if got, want := x.namedCell(f, cfs, &m, by), x.namedCell(f, cfs, &fresh, by); got != want {
					t.Fatalf("namedCell(%q, %v) = %p; with an empty memo %p", f.q.Label, by, got, want)
				}
			}
		}
	}}})
}

// TestNamedCellMemo checks namedCell's memo on the seed and the fixtures.
func TestNamedCellMemo(t *testing.T) {
	ruletest.EachSeed(t, namedCellsAgree)
	for _, path := range ruletest.Files(t, "testdata") {
		namedCellsAgree(t, ruletest.Load(t, path).Doc(t))
	}
}

// FuzzNamedCellMemo checks namedCell's memo on text reports.
func FuzzNamedCellMemo(f *testing.F) {
	f.Add("一、收支情况\n1.中小学校周边交通安全设施提升。计划投资83.66万元，完成投资81.34万元。\n\n表1 项目情况表\n单位：万元\n项目 | 计划投资 | 完成投资\n1.中小学校周边交通安全设施提升 | 83.66 | 81.43\n")
	f.Add("竹源县：抽查项目12个，抽查资金795.52万元。\n\n表1 抽查情况\n单位：万元\n地区 | 抽查资金\n竹源县 | 759.52\n")
	f.Fuzz(func(t *testing.T, src string) {
		if d, err := text.ParseBytes(context.Background(), []byte(src), "fuzz.txt", text.Options{}); err == nil {
			namedCellsAgree(t, d)
		}
	})
}

// agreeingMatches checks, for each figure of doc, that agreeing, whose
// memo keeps the cells of the figure last asked, lists the cells agrees
// finds in a plain scan, asked twice in a row and after another figure.
func agreeingMatches(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs := x.allCellFacts()
		for i := range x.prose {
			for _, f := range [...]*pfig{&x.prose[i], &x.prose[i], &x.prose[len(x.prose)-1-i]} {
				var want []int32
				for k := range cfs {
					if agrees(f, &cfs[k]) == 1 {
						want = append(want, int32(k))
					}
				}
				if got := x.agreeing(f); !slices.Equal(got, want) {
					t.Fatalf("agreeing(%q) = %v; a plain scan finds %v", f.q.Label, got, want)
				}
			}
		}
	}}})
}

// TestAgreeing checks agreeing's memo on the seed and the fixtures.
func TestAgreeing(t *testing.T) {
	ruletest.EachSeed(t, agreeingMatches)
	for _, path := range ruletest.Files(t, "testdata") {
		agreeingMatches(t, ruletest.Load(t, path).Doc(t))
	}
}

// FuzzAgreeing checks agreeing's memo on text reports.
func FuzzAgreeing(f *testing.F) {
	f.Add("一般公共预算支出1,234.50万元，比上年减少12.00万元，执行率95.10%。\n\n表1 支出情况\n单位：万元\n项目 | 支出 | 执行率（%）\n一般公共预算支出 | 1234.5 | 95.1\n减少 | -12 | 3\n")
	f.Add("收入12345元；支出1.23万元。\n\n表1\n项目 | 金额（元）\n收入 | 12345\n支出 | 12300\n")
	f.Fuzz(func(t *testing.T, src string) {
		if d, err := text.ParseBytes(context.Background(), []byte(src), "fuzz.txt", text.Options{}); err == nil {
			agreeingMatches(t, d)
		}
	})
}
