package table

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// tbl008 checks the classification codes of side-by-side tables, such as
// the 基本支出决算表 by 经济分类 (人员经费 on the left, 公用经费 on the right,
// each a column of 科目 and one of figures): a 类 (301) must equal the sum
// of its 款 (30101, 30102, …), and a side's 合计 the sum of its 类. The
// table analysis reads such a table as a form, so the rule reads the grid.
func tbl008(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL008",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "分栏表中类款之和不符",
			TitleEN: "A class in a side-by-side table is not the sum of its items",
			Explain: "左右分栏的科目表（如按经济分类的基本支出决算表：左栏人员经费、右栏公用经费，各为“经济分类科目 | 决算数”）中，" +
				"类级科目（301）的数应等于其下款级科目（30101、30102……）之和，款级等于其下项级之和，“人员经费合计”等本栏合计应等于本栏各类之和。" +
				"没有科目编码、表头为“人员经费科目 | 决算数 | 公用经费科目 | 决算数”的，各栏“人员经费合计”“公用经费合计”应等于其上各项之和。",
			ExplainEN: "In a side-by-side table of classification codes (e.g. 基本支出 by economic class: 人员经费 on the left, 公用经费 " +
				"on the right, each 科目 | 决算数) a class (301) must equal the sum of its items (30101, 30102, …), and each side's 合计 " +
				"the sum of its classes. Without codes, under headers naming the sides (人员经费科目 | 决算数 | 公用经费科目 | 决算数), each side's 人员经费合计 or 公用经费合计 must be the sum of the items above it.",
			Bad:  "302 商品和服务支出 1,180,449.26 | 30201 办公费 175,370.20 | … | 30239 其他交通费用 313,645.62（应为 331,645.62）",
			Good: "302 商品和服务支出 1,180,449.26 | 30201 办公费 175,370.20 | … | 30239 其他交通费用 331,645.62",
		},
		Run: func(p *audit.Pass) {
			for _, t := range p.Doc.Tables {
				name := fmt.Sprintf("表%d", t.Index+1)
				if t.Caption != "" {
					name += "「" + t.Caption + "」"
				}
				if sides, ok := pairedColumns(p.Doc, t); ok {
					for i := range sides {
						checkCodes(p, name, &sides[i], opt.Rounding)
					}
				} else if sides, ok := namedSides(p.Doc, t); ok {
					for i := range sides {
						checkNamedSide(p, name, &sides[i], opt.Rounding)
					}
				}
			}
		},
	}
}

// itemHeads are the headers of a column of 科目 in a side-by-side table.
var itemHeads = []string{"经济分类科目", "科目名称", "科目", "项目", "科目编码"}

// pairedColumns finds a side-by-side table of codes: a header row with two
// or more equal item headers (经济分类科目 …), each followed by a figure
// column, and rows whose items carry classification codes. The row above
// the header names the sides (人员经费, 公用经费) when it can.
func pairedColumns(d *model.Document, t *model.Table) ([]side, bool) {
	// spaces collapsed, not dropped: "302 商品和服务支出" reads so in a
	// finding, and leadingCode stops at the space
	text := func(r, c int) string { return gridText(d, t, r, c, " ") }
	// the item header a cell holds, compared without copying its text:
	// every header cell of every table is looked at
	itemHead := func(r, c int) string {
		cell := t.At(r, c)
		if cell == nil || cell.Row != r || cell.Col != c {
			return ""
		}
		raw := d.Slice(cell.Span)
		if len(raw) > 3*len("经济分类科目") {
			return ""
		}
		for _, w := range itemHeads {
			if equalNoSpace(raw, w) {
				return w
			}
		}
		return ""
	}
	for hr := 0; hr < min(t.Rows, 3); hr++ {
		var items []int
		head := ""
		for c := 0; c < t.Cols; c++ {
			if h := itemHead(hr, c); h != "" && (head == "" || head == h) {
				items, head = append(items, c), h
			}
		}
		if len(items) < 2 {
			continue
		}
		var sides []side
		for i, lc := range items {
			end := t.Cols
			if i+1 < len(items) {
				end = items[i+1]
			}
			s := side{label: lc, value: -1, name: fmt.Sprintf("第%d栏", i+1), nameEN: fmt.Sprintf("part %d", i+1)}
			// "科目编码 | 人员经费科目名称 | 决算数": the codes and the names in
			// two columns, the name's header naming the side
			nameCol := -1
			if head == "科目编码" && lc+1 < end {
				if h := text(hr, lc+1); strings.HasSuffix(h, "名称") || strings.HasSuffix(h, "科目") {
					nameCol = lc + 1
					if n := strings.TrimSuffix(strings.TrimSuffix(h, "名称"), "科目"); n != "" && n != h && utf8.RuneCountInString(n) <= 12 {
						s.name, s.nameEN = n, n
					}
				}
			}
			for c := max(lc, nameCol) + 1; c < end; c++ {
				if h := text(hr, c); h != "" && !cjk.Contains(h, "行次") {
					s.value = c
					break
				}
			}
			if s.value < 0 {
				return nil, false
			}
			if hr > 0 {
				if n := text(hr-1, lc); n != "" && utf8.RuneCountInString(n) <= 12 {
					s.name, s.nameEN = n, n
				}
			}
			label := text
			if nameCol >= 0 {
				label = func(r, c int) string {
					if c != lc {
						return text(r, c)
					}
					return strings.TrimSpace(text(r, c) + " " + text(r, nameCol))
				}
			}
			s.readRows(d, t, hr, label)
			coded := 0
			for _, row := range s.rows {
				if code, _ := leadingCode(row.label); code != "" {
					coded++
				}
			}
			if coded < 2 {
				return nil, false // not a table of codes
			}
			sides = append(sides, s)
		}
		return sides, true
	}
	return nil, false
}

// gridText is the text of the cell that starts at row r, column c of t
// (none when a merged cell covers it from elsewhere), its runs of white
// space joined by sep.
func gridText(d *model.Document, t *model.Table, r, c int, sep string) string {
	cell := t.At(r, c)
	if cell == nil || cell.Row != r || cell.Col != c {
		return ""
	}
	return strings.Join(strings.Fields(d.Slice(cell.Span)), sep)
}

// equalNoSpace reports whether s is w once its white space is removed.
func equalNoSpace(s, w string) bool {
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		wr, n := utf8.DecodeRuneInString(w)
		if n == 0 || wr != r {
			return false
		}
		w = w[n:]
	}
	return w == ""
}

// leadingCode returns the classification code a label starts with (301,
// 30101, 2010101: three, five or seven digits) and the label after it.
func leadingCode(label string) (string, string) {
	n := 0
	for n < len(label) && label[n] >= '0' && label[n] <= '9' {
		n++
	}
	if n != 3 && n != 5 && n != 7 || n == len(label) {
		return "", label
	}
	return label[:n], label[n:]
}

// checkCodes checks each code of a side against the sum of the codes two
// digits longer under it, and the side's 合计 against the sum of its
// shortest codes; one finding per failing sum.
func checkCodes(p *audit.Pass, name string, s *side, r figures.Rounding) {
	var top []sideRow
	topLen := 0
	for _, row := range s.rows {
		if code, _ := leadingCode(row.label); code != "" && (topLen == 0 || len(code) < topLen) {
			topLen = len(code)
		}
	}
	for i, row := range s.rows {
		code, _ := leadingCode(row.label)
		if code == "" {
			continue
		}
		if len(code) == topLen {
			top = append(top, row)
		}
		var kids []sideRow
		for _, o := range s.rows {
			if c, _ := leadingCode(o.label); len(c) == len(code)+2 && strings.HasPrefix(c, code) {
				kids = append(kids, o)
			}
		}
		if len(kids) == 0 || row.n.Kind != figures.Value {
			continue
		}
		if sc, ok := sideSum(kids, row.n, r); ok && !sc.Consistent {
			reportSide(p, kids, &s.rows[i], sc, fmt.Sprintf("%s%s「%s」与其下各款之和不符", name, s.name, row.label),
				fmt.Sprintf("%s, %s: %s is not the sum of the items under it", name, s.nameEN, row.label), nil)
		}
	}
	for i, row := range s.rows {
		if _, rest := leadingCode(row.label); rest == row.label && strings.HasSuffix(row.label, "合计") && len(top) > 0 && row.n.Kind == figures.Value {
			if sc, ok := sideSum(top, row.n, r); ok && !sc.Consistent {
				reportSide(p, top, &s.rows[i], sc, fmt.Sprintf("%s%s「%s」与本栏各类之和不符", name, s.name, row.label),
					fmt.Sprintf("%s, %s: %s is not the sum of the classes", name, s.nameEN, row.label), nil)
			}
			break
		}
	}
}
