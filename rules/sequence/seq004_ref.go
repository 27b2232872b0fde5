package sequence

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// refCountRe is a count of bodies whose details the same sentence sends
// to a table: "市本级纳入汇总的45个部门“三公”经费决算情况详见附表6" (the
// numeral, the noun, the table's number).
var refCountRe = regexp.MustCompile(`(` + cnCount + `|[1-9][0-9]?)个(部门|单位|预算单位|二级单位|乡镇|街道)[^。；;]{0,24}?(?:详见|参见|见)(?:附)?表([0-9]{1,2}|[一二三四五六七八九十]{1,3})`)

// checkReferredRows reports refCountRe's counts that differ from the rows
// of the table they name (its 续表 with it): the rows that are neither a
// total nor a group, each named like a body (…局, …中心, …镇).
func checkReferredRows(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "个") || !cjk.Contains(txt, "表") || !cjk.ContainsAnyOf(txt, "见表", "见附表") {
		return
	}
	var ta *tables.Analysis
	for _, m := range refCountRe.FindAllStringSubmatchIndex(txt, -1) {
		if r, _ := utf8.DecodeLastRuneInString(txt[:m[2]]); r >= '0' && r <= '9' || strings.ContainsRune("零一二三四五六七八九十百两第", r) {
			continue // the end of a longer numeral, or an order
		}
		n := announced(txt[m[2]:m[3]])
		num := announced(txt[m[6]:m[7]])
		if n < 2 || num <= 0 {
			continue
		}
		if ta == nil {
			ta = audit.Fact(p, tables.FactKey, tables.Analyze)
		}
		t := numberedTable(ta, num)
		if t == nil || len(t.Blocks) == 0 {
			continue
		}
		b := t.Blocks[0]
		if len(b.LabelCols) == 0 {
			continue
		}
		rows, bodies := 0, 0
		for _, r := range b.Rows {
			if r.Total || r.Subtotal || r.Group || r.Subset {
				continue
			}
			if l := tables.Squash(r.Label); cjk.HasAnyPrefix(l, "其他", "其余") {
				continue // "其他部门（32个）": the rest put together, not one of those counted
			}
			rows++
			if l := tables.Squash(r.Label); bodyName(l) || cjk.HasAnySuffix(l, "室", "社", "团", "机关") {
				bodies++
			}
		}
		if rows < 2 || 5*bodies < 4*rows || rows == n {
			continue // (rows mostly named otherwise than bodies: another kind of table)
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s个%s」，所指的%s逐行列出的是 %d 个", txt[m[2]:m[3]], txt[m[4]:m[5]], tableName(t), rows),
			MessageEN:  fmt.Sprintf("the text counts %d %s, but the table it refers to lists %d", n, txt[m[4]:m[5]], rows),
			Span:       model.Span{Start: sp.Start + m[2], End: sp.Start + m[5]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, rows),
			Expected:   strconv.Itoa(rows),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
			Related:    []model.Span{t.T.Span},
		})
	}
}

// numberedTable returns the one table whose caption numbers it num (表6,
// 附表6), nil for none or several.
func numberedTable(ta *tables.Analysis, num int) *tables.Table {
	var out *tables.Table
	for _, t := range ta.Tables {
		c := strings.TrimSpace(t.T.Caption)
		c = strings.TrimPrefix(c, "附")
		rest, ok := strings.CutPrefix(c, "表")
		if !ok {
			continue
		}
		k := 0
		for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
			k++
		}
		v, err := strconv.Atoi(rest[:k])
		if err != nil || v != num {
			continue
		}
		if out != nil {
			return nil
		}
		out = t
	}
	return out
}

// tableName is a table's caption, or 表N.
func tableName(t *tables.Table) string {
	if c := strings.TrimSpace(t.T.Caption); c != "" {
		return "「" + c + "」"
	}
	return fmt.Sprintf("表%d", t.T.Index+1)
}
