package tableview

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/tables"
)

// Version is the JSON wire format's version. It changes only when a field
// is removed or changes meaning; fields may be added within a version.
const Version = 1

// View is the JSON form of a document's table analysis. Table numbers,
// rows and columns are 1-based grid positions, as in "表3 第5行 第2列".
type View struct {
	Version int     `json:"version"`
	Name    string  `json:"name"`
	Tables  []Table `json:"tables"`
}

// Table is one table of the document, split into logical blocks.
type Table struct {
	Number int     `json:"number"`
	Title  string  `json:"title"`
	Blocks []Block `json:"blocks"`
}

// Block is one logical table inside a table: a header, label columns,
// value columns and data rows. Kind is "arithmetic", "score", "form" or
// "text"; forms and text blocks are not checked and list no columns.
type Block struct {
	Kind       string   `json:"kind"`
	Title      string   `json:"title,omitempty"`
	Unit       string   `json:"unit,omitempty"`
	HeaderRows []int    `json:"headerRows"`
	LabelCols  []int    `json:"labelCols"`
	IndexCol   int      `json:"indexCol,omitempty"` // 序号 column, 0 if none
	CodeCol    int      `json:"codeCol,omitempty"`  // 科目编码 column, 0 if none
	Columns    []Column `json:"columns,omitempty"`
	Rows       []Row    `json:"rows,omitempty"`
}

// Column is one value column. Role is "amount", "diff", "rate",
// "score-max", "score" or "text" (not used in arithmetic); RateKind refines
// rates: "growth", "exec", "share" or "score".
type Column struct {
	Col      int      `json:"col"`
	Path     []string `json:"path"`
	Role     string   `json:"role"`
	RateKind string   `json:"rateKind,omitempty"`
	Year     int      `json:"year,omitempty"`
	Period   string   `json:"period,omitempty"` // "current" or "previous"
	Total    bool     `json:"total,omitempty"`
	Budget   bool     `json:"budget,omitempty"`
	Actual   bool     `json:"actual,omitempty"`
	Decrease bool     `json:"decrease,omitempty"` // a 降幅 column: decreases shown positive
	PerUnit  bool     `json:"perUnit,omitempty"`  // figures per head or per unit (平均住院日): not added
	Unit     string   `json:"unit,omitempty"`
}

// Row is one data row. Values has one entry per Columns entry: the figure
// as shown, or null when the cell holds none (blank, a dash or text).
// Parent is the grid row of the row it belongs to (numbering or 其中), 0
// if none.
type Row struct {
	Row      int       `json:"row"`
	Label    string    `json:"label"`
	Marker   string    `json:"marker,omitempty"`
	Code     string    `json:"code,omitempty"`
	Level    int       `json:"level,omitempty"`
	Total    bool      `json:"total,omitempty"`
	Subtotal bool      `json:"subtotal,omitempty"`
	Subset   bool      `json:"subset,omitempty"`
	Guessed  bool      `json:"guessed,omitempty"` // Subset only because it follows a 其中 row
	Group    bool      `json:"group,omitempty"`
	Parent   int       `json:"parent,omitempty"`
	Values   []*string `json:"values"`
}

// Build turns an analysis into its wire form.
func Build(name string, a *tables.Analysis) View {
	v := View{Version: Version, Name: name, Tables: []Table{}}
	for _, t := range a.Tables {
		vt := Table{Number: t.Number, Title: t.Title, Blocks: []Block{}}
		for _, b := range t.Blocks {
			vt.Blocks = append(vt.Blocks, buildBlock(b))
		}
		v.Tables = append(v.Tables, vt)
	}
	return v
}

func buildBlock(b *tables.Block) Block {
	vb := Block{
		Kind:       b.Kind.String(),
		Title:      b.Title,
		Unit:       b.Unit,
		HeaderRows: oneBased(b.HeaderRows),
		LabelCols:  oneBased(b.LabelCols),
		IndexCol:   b.IndexCol + 1,
		CodeCol:    b.CodeCol + 1,
	}
	if !checked(b) {
		return vb
	}
	for _, c := range b.Columns {
		vb.Columns = append(vb.Columns, Column{
			Col: c.Col + 1, Path: c.Path, Role: c.Role.String(), RateKind: rateKind(c),
			Year: c.Year, Period: period(c.Period), Total: c.Total, Budget: c.Budget,
			Actual: c.Actual, Decrease: c.Decrease, PerUnit: c.PerUnit, Unit: c.Unit,
		})
	}
	for _, r := range b.Rows {
		vr := Row{
			Row: r.Row + 1, Label: r.Label, Marker: r.Marker, Code: r.Code, Level: r.Level,
			Total: r.Total, Subtotal: r.Subtotal, Subset: r.Subset, Guessed: r.Guessed, Group: r.Group,
		}
		if r.Parent >= 0 {
			vr.Parent = b.Rows[r.Parent].Row + 1
		}
		for _, c := range r.Cells {
			if c.HasValue() {
				s := c.Num.String()
				vr.Values = append(vr.Values, &s)
			} else {
				vr.Values = append(vr.Values, nil)
			}
		}
		vb.Rows = append(vb.Rows, vr)
	}
	return vb
}

// checked reports whether a block's rows and columns take part in the
// checks: forms and text blocks are listed by kind only.
func checked(b *tables.Block) bool { return b.Kind == tables.Arithmetic || b.Kind == tables.Score }

func oneBased(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x + 1
	}
	return out
}

func rateKind(c *tables.Column) string {
	if c.Role != tables.Rate {
		return ""
	}
	return [...]string{"", "growth", "exec", "share", "score"}[c.RateKind]
}

func period(p tables.Period) string {
	switch p {
	case tables.PeriodCurrent:
		return "current"
	case tables.PeriodPrevious:
		return "previous"
	}
	return ""
}

// WriteJSON writes the analysis as indented JSON.
func WriteJSON(w io.Writer, name string, a *tables.Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(Build(name, a))
}

// WriteMarkdown writes the analysis for reading: per table a heading, per
// block a line saying what it is, a table of its value columns and a table
// of its data rows with one column per value column.
func WriteMarkdown(w io.Writer, a *tables.Analysis, en bool) error {
	bw := bufio.NewWriter(w)
	v := Build("", a)
	w8 := words[en]
	if len(v.Tables) == 0 {
		bw.WriteString(w8.noTables + "\n")
	}
	for i, t := range v.Tables {
		if i > 0 {
			bw.WriteString("\n")
		}
		if t.Title == "" {
			fmt.Fprintf(bw, "## %s\n", fmt.Sprintf(w8.untitled, t.Number))
		} else {
			fmt.Fprintf(bw, "## %s\n", fmt.Sprintf(w8.table, t.Number, cell(t.Title)))
		}
		for j, b := range t.Blocks {
			writeBlock(bw, w8, j+1, t, b)
		}
	}
	return bw.Flush()
}

func writeBlock(bw *bufio.Writer, w8 vocabulary, n int, t Table, b Block) {
	bw.WriteString("\n")
	if len(t.Blocks) > 1 {
		bw.WriteString(fmt.Sprintf(w8.block, n) + w8.colon)
	}
	head := []string{w8.kind[b.Kind]}
	if b.Unit != "" {
		head = append(head, w8.unit+b.Unit)
	}
	if b.Title != "" && b.Title != t.Title {
		head = append(head, fmt.Sprintf(w8.title, b.Title))
	}
	if len(b.Columns) > 0 { // where header and labels were taken from matters only to checked blocks
		if len(b.HeaderRows) > 0 {
			head = append(head, w8.header+positions(w8.row, b.HeaderRows))
		}
		if len(b.LabelCols) > 0 {
			head = append(head, w8.labels+positions(w8.col, b.LabelCols))
		}
		if b.IndexCol > 0 {
			head = append(head, w8.index+fmt.Sprintf(w8.col, b.IndexCol))
		}
		if b.CodeCol > 0 {
			head = append(head, w8.code+fmt.Sprintf(w8.col, b.CodeCol))
		}
	}
	bw.WriteString(strings.Join(head, w8.sep) + "\n")
	if len(b.Columns) == 0 {
		return
	}

	fmt.Fprintf(bw, "\n| %s | %s | %s |\n| --- | --- | --- |\n", w8.colHead, w8.pathHead, w8.roleHead)
	for _, c := range b.Columns {
		fmt.Fprintf(bw, "| %s | %s | %s |\n", fmt.Sprintf(w8.col, c.Col), cell(strings.Join(c.Path, " › ")), cell(columnRole(w8, c)))
	}

	bw.WriteString("\n| " + w8.rowHead + " | " + w8.labelHead + " | " + w8.roleHead)
	for _, c := range b.Columns {
		bw.WriteString(" | " + fmt.Sprintf(w8.col, c.Col))
	}
	bw.WriteString(" |\n|" + strings.Repeat(" --- |", 3+len(b.Columns)) + "\n")
	for _, r := range b.Rows {
		fmt.Fprintf(bw, "| %s | %s | %s", fmt.Sprintf(w8.row, r.Row), cell(r.Label), cell(rowRole(w8, r)))
		for _, v := range r.Values {
			if v == nil {
				bw.WriteString(" | ")
			} else {
				bw.WriteString(" | " + *v)
			}
		}
		bw.WriteString(" |\n")
	}
}

func columnRole(w8 vocabulary, c Column) string {
	parts := []string{w8.role[c.Role]}
	if c.RateKind != "" {
		parts[0] = w8.rate[c.RateKind]
	}
	if c.Total {
		parts = append(parts, w8.totalCol)
	}
	if c.Year != 0 {
		parts = append(parts, fmt.Sprintf(w8.year, c.Year))
	}
	if c.Period != "" {
		parts = append(parts, w8.period[c.Period])
	}
	if c.Budget {
		parts = append(parts, w8.budget)
	}
	if c.Actual {
		parts = append(parts, w8.actual)
	}
	if c.Decrease {
		parts = append(parts, w8.decrease)
	}
	if c.PerUnit {
		parts = append(parts, w8.perUnit)
	}
	if c.Unit != "" {
		parts = append(parts, w8.unit+c.Unit)
	}
	return strings.Join(parts, w8.sep)
}

func rowRole(w8 vocabulary, r Row) string {
	var parts []string
	switch {
	case r.Subtotal:
		parts = append(parts, w8.subtotal)
	case r.Total:
		parts = append(parts, w8.total)
	}
	switch {
	case r.Guessed:
		parts = append(parts, w8.guessed)
	case r.Subset:
		parts = append(parts, w8.subset)
	}
	if r.Group {
		parts = append(parts, w8.group)
	}
	if r.Level > 0 {
		parts = append(parts, fmt.Sprintf(w8.level, r.Level))
	}
	if r.Parent > 0 {
		parts = append(parts, fmt.Sprintf(w8.parent, r.Parent))
	}
	if r.Code != "" {
		parts = append(parts, w8.code+r.Code)
	}
	return strings.Join(parts, w8.sep)
}

// positions lists 1-based grid positions compactly: "第1–2行", "rows 1–2".
func positions(format string, xs []int) string {
	var parts []string
	for i := 0; i < len(xs); {
		j := i
		for j+1 < len(xs) && xs[j+1] == xs[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(xs[i]))
		} else {
			parts = append(parts, strconv.Itoa(xs[i])+"–"+strconv.Itoa(xs[j]))
		}
		i = j + 1
	}
	return fmt.Sprintf(strings.Replace(format, "%d", "%s", 1), strings.Join(parts, ", "))
}

// cell makes text safe inside a Markdown table cell: one line, pipes
// escaped.
func cell(s string) string {
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "|", `\|`)
}

// vocabulary is the wording of the Markdown view in one language.
type vocabulary struct {
	noTables, table, untitled, block, colon, unit, title, header, labels, index, code, sep string
	row, col, colHead, pathHead, roleHead, rowHead, labelHead                              string
	totalCol, year, budget, actual, decrease, perUnit                                      string
	total, subtotal, subset, guessed, group, level, parent                                 string
	kind, role, rate, period                                                               map[string]string
}

var words = map[bool]vocabulary{
	false: {
		noTables: "（文中没有表格）", table: "表%d「%s」", untitled: "表%d", block: "块%d", colon: "：", unit: "单位 ", title: "标题「%s」",
		header: "表头 ", labels: "行标签 ", index: "序号列 ", code: "编码 ", sep: "；",
		row: "第%d行", col: "第%d列", colHead: "列", pathHead: "表头", roleHead: "作用", rowHead: "行", labelHead: "标签",
		totalCol: "合计列", year: "%d年", budget: "预算数", actual: "实际数", decrease: "降幅（减少记为正）", perUnit: "单位平均数（不相加）",
		total: "合计行", subtotal: "小计行", subset: "其中项（部分，不计入合计）", guessed: "其中项（按位置推断）", group: "分组标题",
		level: "第%d级", parent: "属于第%d行",
		kind: map[string]string{
			"arithmetic": "数值表（核对合计、增减、比率）", "score": "评分表（核对得分与分值）",
			"form": "表单（项目与内容成对，不核算）", "text": "文字表（不核算）",
		},
		role: map[string]string{
			"amount": "金额或数量", "diff": "增减额", "rate": "比率", "score-max": "分值", "score": "得分", "text": "文字（不参与计算）",
		},
		rate:   map[string]string{"growth": "增减率", "exec": "执行率", "share": "占比", "score": "得分率"},
		period: map[string]string{"current": "本期", "previous": "上期"},
	},
	true: {
		noTables: "(no tables in the document)", table: "Table %d “%s”", untitled: "Table %d", block: "Block %d", colon: ": ", unit: "unit ", title: "title “%s”",
		header: "header ", labels: "row labels ", index: "index column ", code: "code ", sep: "; ",
		row: "row %d", col: "col %d", colHead: "column", pathHead: "header", roleHead: "role", rowHead: "row", labelHead: "label",
		totalCol: "total column", year: "year %d", budget: "budget", actual: "actual", decrease: "decrease shown positive", perUnit: "per unit (not added)",
		total: "total row", subtotal: "subtotal row", subset: "of which (a part, not added to the total)", guessed: "of which (inferred from position)", group: "group heading",
		level: "level %d", parent: "under row %d",
		kind: map[string]string{
			"arithmetic": "figures (totals, differences and rates checked)", "score": "score sheet (scores checked against maxima)",
			"form": "form (label/value pairs, not checked)", "text": "text (not checked)",
		},
		role: map[string]string{
			"amount": "amount or count", "diff": "difference", "rate": "rate", "score-max": "maximum score", "score": "score", "text": "text (not computed)",
		},
		rate:   map[string]string{"growth": "growth rate", "exec": "execution rate", "share": "share", "score": "score rate"},
		period: map[string]string{"current": "current period", "previous": "previous period"},
	},
}
