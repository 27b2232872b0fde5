package tables

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// SummarySide is one half of a two-sided summary table (收入支出决算总表,
// 收支预算总表): the grid column of its item labels, the grid column of
// its first figures, and how many figure columns it has (行次 aside).
type SummarySide struct {
	Label, Value int
	Figures      int
}

// itemsHead reports the header of a side's item labels: 项目, or 收入项目
// and 支出项目 (a 收支平衡表's).
func itemsHead(h []byte) bool {
	s := string(h)
	if k := strings.IndexAny(s, "（("); k > 0 && (strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")")) {
		s = s[:k] // "支出项目（按功能分类）"
	}
	switch s {
	case "项目", "收入项目", "支出项目", "支出功能分类", "支出功能分类科目", "支出按功能分类", "功能分类科目":
		return true
	}
	return false
}

// The header words SummaryLayout looks for.
var incomeWord, spendingWord, lineNoWord = []byte("收入"), []byte("支出"), []byte("行次")

// SummaryLayout finds a two-sided summary table: a header row (one of the
// first five: a title, a 编制单位 line and a 收入 | 支出 row may come first) with two 项目 cells (收入项目, 支出项目), 收入 above or in the left half and 支出
// in the right, and for each half the figure columns after its 项目 (not
// 行次). Such a table is read as a form by Analyze (label, value, label,
// value), so the rules that need its sides ask for them here. It returns
// the header row and the two sides, income first.
//
// A 收支平衡表 may head its sides with the bare words instead ("收入 | 决算数 |
// 支出 | 决算数"): a header row that opens with a cell 收入 and has one cell
// 支出, each followed by cells of their own naming its figures, is read so
// when no row has 项目 heads.
func SummaryLayout(d *model.Document, t *model.Table) (int, [2]SummarySide, bool) {
	hr, s, ok, found := summaryLayout(d, t, false)
	if !found {
		hr, s, ok, _ = summaryLayout(d, t, true)
	}
	return hr, s, ok
}

// summaryLayout is SummaryLayout with 项目 heads, or with bare ones (收入,
// 支出); found reports a header row with two such heads.
func summaryLayout(d *model.Document, t *model.Table, bare bool) (hr int, s [2]SummarySide, ok, found bool) {
	var buf [96]byte
	// text is the cell's text without white space, in buf (valid until
	// the next call): header cells are looked at only in these comparisons
	text := func(r, c int) []byte {
		cell := t.At(r, c)
		if cell == nil {
			return nil
		}
		raw := d.Slice(cell.Span)
		if len(raw) > len(buf) {
			return nil // prose, not a header word (项目, 收入, 决算数, 行次)
		}
		b := buf[:0]
		for _, ch := range raw {
			if !unicode.IsSpace(ch) {
				b = utf8.AppendRune(b, ch)
			}
		}
		return b
	}
	for hr = 0; hr < min(t.Rows, 5); hr++ {
		var items []int
		for c := 0; c < t.Cols; c++ {
			cell := t.At(hr, c)
			if cell == nil || cell.Col != c {
				continue
			}
			if !bare && cjk.ContainsAnyOf(d.Slice(cell.Span), "项", "分类") && itemsHead(text(hr, c)) ||
				bare && cjk.ContainsAnyOf(d.Slice(cell.Span), "收", "支") && bareHead(text(hr, c), len(items)) {
				items = append(items, c)
			}
		}
		if len(items) != 2 || bare && (items[0] != 0 || !ownHeads(t, hr, items)) {
			continue
		}
		found = true
		income, spending := false, false
		for r := 0; r <= hr; r++ {
			for c := 0; c < t.Cols; c++ {
				h := text(r, c)
				income = income || c < items[1] && bytes.Contains(h, incomeWord)
				spending = spending || c >= items[1] && bytes.Contains(h, spendingWord)
			}
		}
		if !income || !spending {
			return hr, s, false, true
		}
		ends := [2]int{items[1], t.Cols}
		for i, lc := range items {
			s[i] = SummarySide{Label: lc, Value: -1}
			for c := lc + 1; c < ends[i]; c++ {
				if h := text(hr, c); len(h) > 0 && !bytes.Contains(h, lineNoWord) {
					if s[i].Value < 0 {
						s[i].Value = c
					}
					s[i].Figures++
				}
			}
			if s[i].Value < 0 {
				return hr, s, false, true
			}
		}
		return hr, s, true, true
	}
	return 0, s, false, false
}

// bareHead reports a bare side head: 收入 for the first (k heads found
// before it), 支出 for the second.
func bareHead(h []byte, k int) bool {
	switch k {
	case 0:
		return string(h) == "收入"
	case 1:
		return string(h) == "支出"
	}
	return false
}

// ownHeads reports whether the figure columns after each bare head of row
// hr are headed by cells of their own (决算数), not by the head spanning
// them ("收入 | 支出" above "项目 | 金额 | 项目 | 金额").
func ownHeads(t *model.Table, hr int, items []int) bool {
	ends := [2]int{items[1], t.Cols}
	for i, lc := range items {
		if lc+1 >= ends[i] {
			return false
		}
		for c := lc + 1; c < ends[i]; c++ {
			if cell := t.At(hr, c); cell == nil || cell.Col != c {
				return false
			}
		}
	}
	return true
}
