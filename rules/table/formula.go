package table

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// rowFormula is how a row's label says the row is worked out from other
// rows of its block by their numbering markers: "四、综合财力（一+二+三）",
// "六、限额空间（五−四）", "六、政府债务率（%）（五÷四）", "（5/4）".
type rowFormula struct {
	keys  []string // the operands' markers, as markerKey gives them
	minus []bool   // a sum's operand k is subtracted
	ratio bool     // keys[0] ÷ keys[1]
	dash  bool     // a "-" between two operands: maybe a range (1-3)
}

// parseRowFormula reads the formula of a row label: the last bracket
// whose whole content is markers joined by + and − (a sum), or two
// markers joined by ÷ or / (a ratio, maybe followed by ×100).
func parseRowFormula(label string) (rowFormula, bool) {
	s := normFormula(label)
	for end := len(s); end > 0; {
		close := strings.LastIndexByte(s[:end], ')')
		if close < 0 {
			break
		}
		open := matchingOpen(s, close)
		if open < 0 {
			break
		}
		if f, ok := parseFormulaBody(s[open+1 : close]); ok {
			return f, true
		}
		end = open
	}
	return rowFormula{}, false
}

// matchingOpen returns the index of the '(' closing at s[close], -1 when
// there is none.
func matchingOpen(s string, close int) int {
	depth := 0
	for i := close; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// normFormula makes a label's brackets, digits and operators half-width
// and drops its spaces: the operators become + - / *.
func normFormula(label string) string {
	var b strings.Builder
	for _, r := range label {
		switch {
		case r == ' ' || r == '\u3000' || r == '\t':
			continue
		case r >= '０' && r <= '９':
			r = r - '０' + '0'
		case r == '（':
			r = '('
		case r == '）':
			r = ')'
		case r == '＋':
			r = '+'
		case r == '−' || r == '－' || r == '–' || r == '—':
			r = '−' // a true minus: kept apart from the hyphen '-'
		case r == '÷' || r == '／':
			r = '/'
		case r == '×' || r == '＊':
			r = '*'
		case r == '％':
			r = '%'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// parseFormulaBody parses a bracket's content (normFormula's).
func parseFormulaBody(s string) (rowFormula, bool) {
	var f rowFormula
	s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), "*100")
	var ops []string
	for s != "" {
		m, rest := leadOperand(s)
		if m == "" {
			return rowFormula{}, false
		}
		f.keys = append(f.keys, m)
		s = rest
		if s == "" {
			break
		}
		op, w := utf8.DecodeRuneInString(s)
		switch op {
		case '+', '−', '-', '/':
		default:
			return rowFormula{}, false
		}
		ops = append(ops, string(op))
		s = s[w:]
		if s == "" {
			return rowFormula{}, false
		}
	}
	if len(f.keys) < 2 {
		return rowFormula{}, false
	}
	f.minus = make([]bool, len(f.keys))
	for k, op := range ops {
		switch op {
		case "/":
			if len(ops) != 1 {
				return rowFormula{}, false // only a ÷ b
			}
			f.ratio = true
		case "-":
			f.dash = true
			f.minus[k+1] = true
		case "−":
			f.minus[k+1] = true
		}
	}
	return f, true
}

// leadOperand cuts the marker at the start of s: a run of Chinese
// numerals, of digits, or one of those in brackets; key is its markerKey.
func leadOperand(s string) (key, rest string) {
	if strings.HasPrefix(s, "(") {
		i := strings.IndexByte(s, ')')
		if i < 0 {
			return "", s
		}
		if k, r := leadOperand(s[1:i]); k != "" && r == "" && !strings.HasPrefix(k, "(") {
			return "(" + k + ")", s[i+1:]
		}
		return "", s
	}
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9') && !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		if i > 0 && (r >= '0' && r <= '9') != (s[0] >= '0' && s[0] <= '9') {
			return "", s // 2二
		}
		i += w
	}
	if i == 0 || i > 12 {
		return "", s
	}
	return s[:i], s[i:]
}

// markerKey is the operand a row's numbering marker stands for in a
// formula: "一、" → 一, "1." → 1, "（一）" → (一), "（1）" → (1); "" for
// other markers (1.1, ①).
func markerKey(marker string) string {
	m := normFormula(marker)
	m = strings.TrimRight(m, "、.．")
	if k, rest := leadOperand(m); rest == "" {
		return k
	}
	return ""
}

// formulaPct reports whether a ratio row's figures are percentages: its
// label, row unit or column says %, or its cell holds one.
func formulaPct(row *tables.Row, c *tables.Column, n figures.Number) (pct, known bool) {
	switch {
	case n.Percent, row.Unit == "%", c.Unit == "%", c.Unit == "％",
		cjk.Contains(row.Label, "%"), cjk.Contains(row.Label, "％"), cjk.Contains(row.Label, "百分比"):
		return true, true
	case c.Unit == "‰" || cjk.Contains(row.Label, "‰"):
		return false, false // per mille: not checked
	}
	return false, false
}

// checkRowFormulas checks the rows whose labels state their formula (see
// rowFormula) in each amount column where every operand has a value: the
// sums and differences for TBL001 (ratios false), the ratios for TBL005.
// A formula any of whose markers is not found exactly once in the block
// is not checked; nor is a figure within rounding of the computed one, or
// one another check of the rule already reports.
func checkRowFormulas(p *audit.Pass, res *results, r figures.Rounding, ratios bool, rule string) {
	for _, t := range Analysis(p).Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic {
				continue
			}
			for i, row := range b.Rows {
				if !strings.ContainsAny(row.Label, "+＋-−－–—÷/／") {
					continue
				}
				f, ok := parseRowFormula(row.Label)
				if !ok || f.ratio != ratios {
					continue
				}
				if f.dash && (row.Total || cjk.Contains(row.Label, "合计") || cjk.Contains(row.Label, "总计")) {
					continue // 合计（1-3）: rows 1 to 3
				}
				rows, ok := formulaRows(b, i, f)
				if !ok {
					continue
				}
				for _, c := range b.Columns {
					if c.Role != tables.Amount {
						continue
					}
					if f.ratio {
						checkRatioRow(p, res, b, i, rows, c, r, rule)
					} else {
						checkSumRow(p, res, b, i, rows, f, c, r, rule)
					}
				}
			}
		}
	}
}

// formulaRows finds each operand's row: the one row of b, other than row
// i, whose marker is the operand.
func formulaRows(b *tables.Block, i int, f rowFormula) ([]int, bool) {
	rows := make([]int, len(f.keys))
	for k, key := range f.keys {
		rows[k] = -1
		for j, row := range b.Rows {
			m := row.Marker
			if m == "" {
				m = row.Seq // 序号 5, 4 of （5/4）
			}
			if m == "" || markerKey(m) != key {
				continue
			}
			if rows[k] >= 0 || j == i {
				return nil, false
			}
			rows[k] = j
		}
		if rows[k] < 0 {
			return nil, false
		}
	}
	return rows, true
}

// reportedAlready reports whether the rule reports a failed check of
// cell sp already.
func reportedAlready(res *results, sp model.Span, rule string) bool {
	for _, c := range res.checks {
		if c.ok || c.target.Span != sp {
			continue
		}
		switch c.kind {
		case kFooting, kHier:
			if rule == "TBL001" {
				return true
			}
		case kRate:
			if rule == "TBL005" {
				return true
			}
		}
	}
	return false
}

// checkSumRow checks row i of b against the sum (with differences) of
// rows in column c.
func checkSumRow(p *audit.Pass, res *results, b *tables.Block, i int, rows []int, f rowFormula, c *tables.Column, r figures.Rounding, rule string) {
	tn := b.Rows[i].Cells[c.Index].Num
	if tn.Kind != figures.Value {
		return
	}
	ns := make([]figures.Number, len(rows))
	for k, j := range rows {
		n := b.Rows[j].Cells[c.Index].Num
		if n.Kind != figures.Value {
			return
		}
		if f.minus[k] {
			n = neg(n)
		}
		ns[k] = n
	}
	if figures.SumHolds(ns, tn, r) {
		return
	}
	if f.dash && len(rows) == 2 {
		// 1-3 may be rows 1 to 3: taken so, does it add up?
		lo, hi := min(rows[0], rows[1]), max(rows[0], rows[1])
		var all []figures.Number
		for j := lo; j <= hi; j++ {
			all = append(all, b.Rows[j].Cells[c.Index].Num)
		}
		if figures.SumHolds(all, tn, r) {
			return
		}
	}
	cell := b.At(i, c.Index)
	if reportedAlready(res, cell.Span, rule) {
		return
	}
	sc := figures.CheckSum(ns, tn, r)
	related := make([]model.Span, len(rows))
	for k, j := range rows {
		related[k] = b.At(j, c.Index).Span
	}
	names := res.nameOf(b)
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("%s%s: %s与行标签所列算式不符", names.prefix, rowAt(b.Rows[i]), colName(c)),
		MessageEN:  fmt.Sprintf("%s%s: %s does not match the formula its label states", names.prefixEN, rowAtEN(b.Rows[i]), colNameEN(c)),
		Location:   res.location(p.Doc, cell),
		Span:       cell.Span,
		Expr:       sc.Expr,
		Expected:   sc.Sum.String(),
		Actual:     p.Doc.Slice(cell.Span),
		Difference: sc.Diff.String(),
		Confidence: 0.9,
		Related:    related,
	})
}

// checkRatioRow checks row i of b against rows[0] ÷ rows[1] in column c
// (×100 for percentages; a label that does not say tries both).
func checkRatioRow(p *audit.Pass, res *results, b *tables.Block, i int, rows []int, c *tables.Column, r figures.Rounding, rule string) {
	tn := b.Rows[i].Cells[c.Index].Num
	num, den := b.Rows[rows[0]].Cells[c.Index].Num, b.Rows[rows[1]].Cells[c.Index].Num
	if tn.Kind != figures.Value || num.Kind != figures.Value || den.Kind != figures.Value || den.Mant == 0 {
		return
	}
	pct, known := formulaPct(b.Rows[i], c, tn)
	if c.Unit == "‰" || cjk.Contains(b.Rows[i].Label, "‰") {
		return
	}
	readings := []bool{pct}
	if !known {
		readings = []bool{true, false}
	}
	for _, pc := range readings {
		if ok, _, usable := rateOK(tn, num, den, false, pc, false, r); ok || !usable {
			return
		}
	}
	if !known {
		// the reading nearer the figure shown: 154.37 is a percentage of
		// 722040.00 ÷ 467744.45, 1.54 is not
		m, _ := rateMantBig(num, den, false, false, tn.Dec)
		pct = abs64(tn.Mant) > 10*abs64(m)
	}
	m, ok := rateMant(num, den, false, pct, tn.Dec)
	if !ok {
		if m, ok = rateMantBig(num, den, false, pct, tn.Dec); !ok {
			return
		}
	}
	cell := b.At(i, c.Index)
	if reportedAlready(res, cell.Span, rule) {
		return
	}
	want := figures.Number{Kind: figures.Value, Mant: m, Dec: tn.Dec}
	x100 := ""
	if pct {
		x100 = " × 100"
	}
	shown := tn
	shown.Percent = false
	expr := fmt.Sprintf("%s ÷ %s%s = %s ≠ %s", num.String(), den.String(), x100, want.String(), shown.String())
	names := res.nameOf(b)
	p.Report(audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("%s%s: %s与行标签所列算式的计算值 %s 不符", names.prefix, rowAt(b.Rows[i]), colName(c), want.String()),
		MessageEN:  fmt.Sprintf("%s%s: %s does not match %s, computed by the formula its label states", names.prefixEN, rowAtEN(b.Rows[i]), colNameEN(c), want.String()),
		Location:   res.location(p.Doc, cell),
		Span:       cell.Span,
		Expr:       expr,
		Expected:   want.String(),
		Actual:     p.Doc.Slice(cell.Span),
		Confidence: 0.9,
		Related:    []model.Span{b.At(rows[0], c.Index).Span, b.At(rows[1], c.Index).Span},
	})
}
