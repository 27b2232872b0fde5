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
