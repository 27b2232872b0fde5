package table

import (
	"strconv"

	"github.com/crossfoot/crossfoot/tables"
)

// The findings' messages are written into one buffer each and made a
// string once: fmt.Sprintf boxes every argument and rowName/colName each
// build a string only to be copied again. The append functions write what
// the plain ones (rowName, colName, …) return; msg_test.go compares them.

// msgBuf is the usual room for one message, and the other appended to it
// (see report): it lives on the caller's stack.
type msgBuf [512]byte

func appendRowName(b []byte, r *tables.Row) []byte {
	if r.Label != "" {
		b = append(b, "「"...)
		b = append(b, r.Label...)
		return append(b, "」"...)
	}
	b = append(b, "第"...)
	b = strconv.AppendInt(b, int64(r.Row+1), 10)
	return append(b, "行"...)
}

func appendColName(b []byte, c *tables.Column) []byte {
	if n := c.Name(); n != "" {
		b = append(b, "「"...)
		b = append(b, n...)
		return append(b, "」"...)
	}
	b = append(b, "第"...)
	b = strconv.AppendInt(b, int64(c.Col+1), 10)
	return append(b, "列"...)
}

func appendRowNameEN(b []byte, r *tables.Row) []byte {
	if r.Label != "" {
		b = append(b, "“"...)
		b = append(b, r.Label...)
		return append(b, "”"...)
	}
	b = append(b, "row "...)
	return strconv.AppendInt(b, int64(r.Row+1), 10)
}

func appendColNameEN(b []byte, c *tables.Column) []byte {
	if n := c.Name(); n != "" {
		b = append(b, "“"...)
		b = append(b, n...)
		return append(b, "”"...)
	}
	b = append(b, "column "...)
	return strconv.AppendInt(b, int64(c.Col+1), 10)
}

// appendRowAt appends where row r stands after a table's name in a
// message: 行「label」, or 第4行 for a row without a label (not 行第4行).
func appendRowAt(b []byte, r *tables.Row) []byte {
	if r.Label != "" {
		b = append(b, "行"...)
	}
	return appendRowName(b, r)
}

// appendRowAtEN is appendRowAt in English: ", row “label”", or ", row 4"
// (not "row row 4").
func appendRowAtEN(b []byte, r *tables.Row) []byte {
	if r.Label != "" {
		b = append(b, ", row "...)
	} else {
		b = append(b, ", "...)
	}
	return appendRowNameEN(b, r)
}

// rowAt is appendRowAt as a string, for messages made with fmt.Sprintf:
// 行「label」, or 第4行 for a row without a label.
func rowAt(r *tables.Row) string {
	if r.Label != "" {
		return "行" + rowName(r)
	}
	return rowName(r)
}

// rowAtEN is appendRowAtEN as a string: ", row “label”", or ", row 4".
func rowAtEN(r *tables.Row) string {
	if r.Label != "" {
		return ", row " + rowNameEN(r)
	}
	return ", " + rowNameEN(r)
}

// appendColNameIn appends column c's name as appendColName does, but its
// header path (「决算数 › 合计」) when another column of block b bears the
// same name (预算数 › 合计 | … | 决算数 › 合计 | …): the name alone would not
// tell which. In English when en.
func appendColNameIn(dst []byte, b *tables.Block, c *tables.Column, en bool) []byte {
	if len(c.Path) < 2 || !nameRepeats(b, c) {
		if en {
			return appendColNameEN(dst, c)
		}
		return appendColName(dst, c)
	}
	open, closing := "「", "」"
	if en {
		open, closing = "“", "”"
	}
	dst = append(dst, open...)
	for i, p := range c.Path {
		if i > 0 {
			dst = append(dst, " › "...)
		}
		dst = append(dst, p...)
	}
	return append(dst, closing...)
}

// nameRepeats reports whether another column of b has c's name, as header
// names are compared (tables.Squash).
func nameRepeats(b *tables.Block, c *tables.Column) bool {
	n := tables.Squash(c.Name())
	if n == "" {
		return false
	}
	for _, o := range b.Columns {
		if o != c && tables.Squash(o.Name()) == n {
			return true
		}
	}
	return false
}
