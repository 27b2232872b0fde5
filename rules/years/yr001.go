package years

import (
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

var yr001 = &audit.Rule{
	ID:       "YR001",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "其他年份的数字与本年数相同",
		TitleEN: "Figure labelled with another year equals the report-year figure",
		Explain: "正文中标注为非报告年度（如2021年）的金额，与报告年度（2022年）同一项目的数字完全相同，" +
			"而该数字在别处并未标注为该年份：多半是年份写错（应为本年），或误抄了本年数。",
		ExplainEN: "A money figure in prose labelled with a year other than the report year equals, digit for digit, " +
			"the report-year figure of the same item elsewhere (a table column headed with the report year or a report-year " +
			"sentence), and is not labelled with that other year anywhere else: the year label is probably wrong.",
		Bad:  "2021年公用经费预算364.35万元（表中2022年公用经费为364.35万元）",
		Good: "2022年公用经费预算364.35万元",
	},
	Run: runYR001,
}

func runYR001(p *audit.Pass) {
	ry := reportYear(p)
	if !ry.Sure {
		return
	}
	R := ry.Year
	yf := yearFigures(p)
	figs := yf.figs
	reported := map[[2]int]bool{}
	for fi := range figs {
		f := &figs[fi]
		if f.Table || f.Base || f.Year == 0 || f.Year >= R || f.Year < R-3 || !significant(f.N) {
			continue
		}
		// the same value labelled with f's own year elsewhere: both years may be equal
		var match *yfig
		legit := false
		var fLabel []rune // f's label, once a g needs it
		// the figures g of f's value, in order
		for _, i := range yf.withValue(f.N) {
			g := &figs[i]
			if g.Span == f.Span {
				continue
			}
			if !g.Table && g.Sent == f.Sent {
				if g.Year == R {
					legit = true // "2021年X万元，与本年X万元持平"
				}
				continue
			}
			if g.Year == f.Year {
				legit = true
				break
			}
			if g.Year != R {
				continue
			}
			if fLabel == nil {
				fLabel = yf.label(int32(fi))
			}
			// the year word is looked for in the row text only: the label
			// before it holds no digit
			if commonRunes(fLabel, yf.label(i)) >= 3 && !(g.Table && containsYear(g.RowText, f.Year)) {
				if match == nil || !match.Table && g.Table {
					match = g
				}
			}
		}
		if legit || match == nil {
			continue
		}
		key := [2]int{f.Sent.Start, int(f.N.Mant)}
		if reported[key] {
			continue
		}
		reported[key] = true
		// where the match is: its location, "正文 " or "prose, " before
		// it for a prose figure
		l := audit.LocationOf(p.Doc, match.Span.Start)
		where, whereEN := l.String(), l.English()
		var buf [1024]byte
		t := newFindingText(buf[:])
		var fig [32]byte
		n := figures.AppendFixed(fig[:0], f.N.Mant, f.N.Dec) // f.N.String()
		t.str("此处金额 ")
		t.raw(n)
		t.str(f.N.Unit)
		t.str(" 标注为")
		t.year(f.Year)
		t.str("，但与")
		t.year(R)
		t.str("（报告年度）同一项目的数字相同（")
		if !match.Table {
			t.str("正文 ")
		}
		t.str(where)
		t.str("），且别处没有")
		t.year(f.Year)
		t.str("的该数：疑似年份写错或误用本年数")
		t.end()
		t.raw(n)
		t.str(" ")
		t.str(f.N.Unit)
		t.str(" is labelled ")
		t.num(f.Year)
		t.str(" but equals the ")
		t.num(R)
		t.str(" (report year) figure of the same item (")
		if !match.Table {
			t.str("prose, ")
		}
		t.str(whereEN)
		t.str("), and no ")
		t.num(f.Year)
		t.str(" figure elsewhere has this value: the year is probably wrong")
		t.end()
		t.year(f.Year)
		t.str(" ")
		t.raw(n)
		t.str(" = ")
		t.year(R)
		t.str(" ")
		t.b = figures.AppendFixed(t.b, match.N.Mant, match.N.Dec)
		t.end()
		t.year(R)
		t.end()
		t.year(f.Year)
		t.end()
		t.hint(ry)
		fd := audit.Finding{
			Severity:   audit.Warning,
			Span:       f.Span,
			Confidence: 0.75,
			Related:    []model.Span{match.Span},
		}
		t.cut(&fd.Message, &fd.MessageEN, &fd.Expr, &fd.Expected, &fd.Actual, &fd.Hint, &fd.HintEN)
		p.Report(fd)
	}
}

// containsYear is strings.Contains(s, strconv.Itoa(y)+"年") without
// building the word on the heap.
func containsYear(s string, y int) bool {
	var buf [24]byte
	w := append(strconv.AppendInt(buf[:0], int64(y), 10), "年"...)
	return strings.Contains(s, string(w))
}
