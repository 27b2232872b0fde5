package prose

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// rankedRe is an item named as ranking first or last with its rate in
// brackets: "最低的是巴格其镇（86.35%）". The rate's name is written before,
// in the sentence ("执行率最高的是玉泽镇（100.00%），最低的是…").
var rankedRe = regexp.MustCompile(`最(?:高|低|大|小)的(?:是|为)\s*([\p{Han}A-Za-z0-9]{2,20}?)\s*[（(]\s*([0-9]+(?:\.[0-9]+)?)\s*[%％]\s*[)）]`)

// rateNameRe is the name of a rate: 执行率, 到位率, 完成率.
var rateNameRe = regexp.MustCompile(`\p{Han}{1,4}率`)

// checkRankedRates checks the rate written in brackets after an item
// named as ranking first or last ("执行率…最低的是巴格其镇（86.35%）")
// against the table row of that name in the one rate column of that name
// ("巴格其镇 | … | 执行率（%） 86.53").
func checkRankedRates(p *audit.Pass, ta *tables.Analysis) {
	for _, u := range proseUnits(p).units {
		if !cjk.Contains(u.text, "最") || !cjk.Contains(u.text, "率") {
			continue
		}
		for _, m := range rankedRe.FindAllStringSubmatchIndex(u.text, -1) {
			name, written := u.text[m[2]:m[3]], figures.ParseCell(u.text[m[4]:m[5]])
			if written.Kind != figures.Value {
				continue
			}
			s := u.sentenceOf(m[0])
			rate := ""
			for _, rm := range rateNameRe.FindAllStringIndex(u.text[s.Start:m[0]], -1) {
				rate = u.text[s.Start+rm[0] : s.Start+rm[1]]
			}
			if rate == "" {
				continue
			}
			cell, ok := rankedCell(ta, name, rate)
			if !ok {
				continue
			}
			shown := cell.Num
			shown.Percent = true
			written.Percent = true
			if shown.Interval(figures.HalfUp).Overlaps(written.Interval(figures.HalfUp)) {
				continue
			}
			f := audit.Finding{
				Severity:   audit.Warning,
				Span:       model.Span{Start: u.span.Start + m[4], End: u.span.Start + m[5] + len("%")},
				Expr:       fmt.Sprintf("%s%% ≠ %s%%", written.String(), shown.String()),
				Expected:   shown.String() + "%",
				Actual:     written.String() + "%",
				Confidence: 0.7,
				Related:    []model.Span{cell.Span},
			}
			f.Message = fmt.Sprintf("文中「%s」的%s为 %s%%，表%d「%s」「%s」为 %s%%。", name, rate, written.String(), cell.Table.Number, cell.Row.Label, cell.Column.Name(), shown.String())
			f.MessageEN = fmt.Sprintf("The text gives %s's %s as %s%%, table %d (row %q) shows %s%%.", name, rate, written.String(), cell.Table.Number, cell.Row.Label, shown.String())
			locate(p, u, &f, m[4])
			p.Report(f)
		}
	}
}

// rankedCell returns the one cell, in all the tables, of a row labelled
// name in a rate column named rate ("执行率（%）" for 执行率); false when
// there is none or several differ.
func rankedCell(ta *tables.Analysis, name, rate string) (tables.DataCell, bool) {
	var hit tables.DataCell
	n := 0
	for _, t := range ta.Tables {
		for _, b := range t.Blocks {
			if b.Kind != tables.Arithmetic && b.Kind != tables.Score {
				continue
			}
			for _, c := range b.Columns {
				if c.Role != tables.Rate || !cjk.Contains(c.Name(), rate) {
					continue
				}
				for i, r := range b.Rows {
					if r.Total || strings.TrimSpace(strings.TrimPrefix(r.Label, r.Marker)) != name {
						continue
					}
					d := b.At(i, c.Index)
					if d.Num.Kind != figures.Value {
						continue
					}
					if n > 0 && (d.Num.Mant != hit.Num.Mant || d.Num.Dec != hit.Num.Dec) {
						return tables.DataCell{}, false
					}
					hit, n = d, n+1
				}
			}
		}
	}
	return hit, n > 0
}
