package tables_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/crossfoot/crossfoot/internal/docxwrite"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/tables"
)

// TestSummaryLayout: the sides of a two-sided table, headed 项目 or with
// the bare words 收入 and 支出 each over figure columns of their own; a
// 收入 | 支出 row spanning the 项目 row below it is no header of sides.
func TestSummaryLayout(t *testing.T) {
	C, span := docxwrite.C, docxwrite.Across
	data := []docxwrite.Cell{C("一般公共预算收入"), C("612.35"), C("一般公共预算支出"), C("1700.00")}
	for _, c := range []struct {
		name    string
		rows    [][]docxwrite.Cell
		ok      bool
		hr      int
		l0, l1  int // the sides' label columns
		v0, v1  int // their first figure columns
		figures int // the income side's figure columns
	}{
		{"bare heads", [][]docxwrite.Cell{{C("收入"), C("决算数"), C("支出"), C("决算数")}, data}, true, 0, 0, 2, 1, 3, 1},
		{"bare heads spaced", [][]docxwrite.Cell{{C("收  入"), C("决算数"), C("支  出"), C("决算数")}, data}, true, 0, 0, 2, 1, 3, 1},
		{"项目 heads under spanning words", [][]docxwrite.Cell{{span("收入", 2), span("支出", 2)}, {C("项目"), C("金额"), C("项目"), C("金额")}, data}, true, 1, 0, 2, 1, 3, 1},
		{"spanning words alone", [][]docxwrite.Cell{{span("收入", 2), span("支出", 2)}, data}, false, 0, 0, 0, 0, 0, 0},
		{"收入 not first", [][]docxwrite.Cell{{C("地区"), C("收入"), C("增长"), C("支出"), C("增长")}, {C("甲县"), C("10.00"), C("1.0"), C("9.00"), C("2.0")}}, false, 0, 0, 0, 0, 0, 0},
		{"columns named 收入 and 支出", [][]docxwrite.Cell{{C("收入"), C("支出")}, {C("10.00"), C("9.00")}}, false, 0, 0, 0, 0, 0, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := docxwrite.Doc{Blocks: []docxwrite.Block{docxwrite.P("收支平衡表"), docxwrite.Table{Rows: c.rows}}}
			b := doc.Bytes()
			d, err := parser.Parse(context.Background(), bytes.NewReader(b), int64(len(b)), "s.docx", parser.Options{})
			if err != nil {
				t.Fatal(err)
			}
			hr, s, ok := tables.SummaryLayout(d, d.Tables[0])
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v (sides %+v)", ok, c.ok, s)
			}
			if !ok {
				return
			}
			if hr != c.hr || s[0].Label != c.l0 || s[1].Label != c.l1 || s[0].Value != c.v0 || s[1].Value != c.v1 || s[0].Figures != c.figures {
				t.Errorf("header row %d, sides %+v; want row %d, labels %d %d, values %d %d, %d figures", hr, s, c.hr, c.l0, c.l1, c.v0, c.v1, c.figures)
			}
		})
	}
}
