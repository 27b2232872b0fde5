package table

import (
	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/tables"
)

func tbl004(opt Options) *audit.Rule {
	return &audit.Rule{
		ID:       "TBL004",
		Severity: audit.Error,
		Doc: audit.Doc{
			Title:   "增减额与本年、上年数不符",
			TitleEN: "Difference column does not equal current minus previous",
			Explain: "增减额（增减、差额、增减情况）应等于本年数减上年数（或决算数减预算数）。两列由表头年份或“本年/上年”确定，否则按数据推断在多数行成立的一对列。本年数（或上年数）两位相邻数字互换、小数点错位后恰好使该行成立、而增减额本身看不出错写的，发现标在该数上。同一行的增长率与所列增减额 ÷ 上年数相符、而与两年数之差不符的，增减额与上年数得到印证，发现也标在本年数上。表格横排（行为“2025年预算数、2024年预算数、增减额、增减率”，列为各项目）时逐列核对：增减额行 = 后一年的行 − 前一年的行，在成立的列不少于不成立的列时才报告。",
			ExplainEN: "A difference column (增减额, 增减, 差额) must equal the current figure minus the previous one (or actual minus budget). " +
				"The two columns come from the header's years or 本年/上年; otherwise the pair that holds on most rows is inferred. When this year's (or last year's) figure with two adjacent digits swapped or its point moved makes the row hold, and the difference shows no such slip, the finding is placed on that figure. So it is when the row's growth rate holds with the stated difference over last year's figure and not with the difference of the two years' figures: the rate vouches for both. A table laid out across (rows 2025年预算数, 2024年预算数, 增减额, 增减率; the items as columns) is checked column by column: the 增减额 row = the later year's row − the earlier's, reported only when it holds in at least as many columns as it breaks.",
			Bad:  "2022年 363.27 | 2021年 369.86 | 增减额 6.59",
			Good: "2022年 363.27 | 2021年 369.86 | 增减额 -6.59",
		},
		Run: func(p *audit.Pass) {
			res := checksFor(p, opt.Rounding)
			for _, c := range res.checks {
				if c.kind != kDiff || !wants(c) {
					continue
				}
				names := res.nameOf(c.target.Block)
				var mb, mbEN msgBuf
				report(p, res, c, diffMessage(mb[:0], names.prefix, c, false), diffMessage(mbEN[:0], names.prefixEN, c, true))
			}
		},
	}
}

// diffMessage appends to dst difference check c in words, after the
// table's prefix: "%s行%s: %s[与|不等于]%s − %s" in the usual layout (the
// row, then the columns; a row without a label "%s第4行: …", see
// appendRowAt), "%s列%s: …" in a table laid out across (acrossChanges:
// the column, then the rows); in English when en.
func diffMessage(dst []byte, prefix string, c *check, en bool) []byte {
	t := c.target
	lead, subject := line{row: t.Row}, line{col: t.Column}
	cur, prev := line{col: c.part(0).Column}, line{col: c.part(1).Column}
	if c.across {
		lead, subject = line{col: t.Column}, line{row: t.Row}
		cur, prev = line{row: c.block.Rows[c.prows[0]]}, line{row: c.block.Rows[c.prows[1]]}
	}
	w := diffWords
	if en {
		w = diffWordsEN
	}
	dst = append(dst, prefix...)
	switch {
	case lead.row != nil && en:
		dst = appendRowAtEN(dst, lead.row)
	case lead.row != nil:
		dst = appendRowAt(dst, lead.row)
	default:
		dst = lead.appendName(append(dst, w.col...), en)
	}
	dst = append(dst, ": "...)
	dst = subject.appendName(dst, en)
	if c.ok {
		dst = append(dst, w.and...)
	} else {
		dst = append(dst, w.isNot...)
	}
	dst = append(cur.appendName(dst, en), " − "...)
	return prev.appendName(dst, en)
}

// diffWords are diffMessage's connecting words.
var (
	diffWords   = struct{ col, and, isNot string }{"列", "与", "不等于"}
	diffWordsEN = struct{ col, and, isNot string }{", column ", " and ", " is not "}
)

// line is a row or a column of a block, for a message.
type line struct {
	row *tables.Row
	col *tables.Column
}

// appendName appends the line's name (in English when en).
func (l line) appendName(b []byte, en bool) []byte {
	switch {
	case l.row != nil && en:
		return appendRowNameEN(b, l.row)
	case l.row != nil:
		return appendRowName(b, l.row)
	case en:
		return appendColNameEN(b, l.col)
	}
	return appendColName(b, l.col)
}
