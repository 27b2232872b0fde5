package table

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/model"
)

// namedSides finds a side-by-side table of items without codes: a header
// row of two different item headers that each end in 科目 and name their
// side ("人员经费科目 | 决算数 | 公用经费科目 | 决算数"), each followed by its
// figure column. Its sides are read like pairedColumns'.
func namedSides(d *model.Document, t *model.Table) ([]side, bool) {
	text := func(r, c int) string { return gridText(d, t, r, c, "") }
	for hr := 0; hr < min(t.Rows, 3); hr++ {
		var items []int
		var names []string
		for c := 0; c < t.Cols; c++ {
			h := text(hr, c)
			if n, ok := strings.CutSuffix(h, "科目"); ok && n != "" && utf8.RuneCountInString(n) <= 8 && !strings.Contains(n, "分类") {
				items, names = append(items, c), append(names, n)
			}
		}
		if len(items) != 2 || names[0] == names[1] {
			continue
		}
		sides := make([]side, 0, 2)
		for i, lc := range items {
			end := t.Cols
			if i+1 < len(items) {
				end = items[i+1]
			}
			s := side{label: lc, value: -1, name: names[i], nameEN: names[i]}
			for c := lc + 1; c < end; c++ {
				if text(hr, c) != "" {
					s.value = c
					break
				}
			}
			if s.value < 0 {
				return nil, false
			}
			s.readRows(d, t, hr, text)
			sides = append(sides, s)
		}
		return sides, true
	}
	return nil, false
}

// checkNamedSide checks a side's 合计 named after it ("人员经费合计" under
// 人员经费科目) against the items above it: three or more, none a 其中 row
// or a code (a side of codes is checkCodes'), each with a figure or a dash.
func checkNamedSide(p *audit.Pass, name string, s *side, r figures.Rounding) {
	for i, row := range s.rows {
		if row.label != s.name+"合计" {
			continue
		}
		items := s.rows[:i]
		if len(items) < 3 || row.n.Kind != figures.Value {
			return
		}
		for _, it := range items {
			if code, _ := leadingCode(it.label); code != "" || strings.HasPrefix(it.label, "其中") || strings.HasSuffix(it.label, "合计") || strings.HasSuffix(it.label, "小计") {
				return
			}
		}
		if sc, ok := sideSum(items, row.n, r); ok && !sc.Consistent {
			reportSide(p, items, &s.rows[i], sc, fmt.Sprintf("%s「%s」与本栏各项之和不符", name, row.label),
				fmt.Sprintf("%s: %s is not the sum of the items above it", name, row.label), nil)
		}
		return
	}
}
