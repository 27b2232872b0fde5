package ruletest

import (
	"testing"
)

// FuzzBuild checks the TAB-format reader: no panic, cell spans inside the
// text, merged cells inside their table.
func FuzzBuild(f *testing.F) {
	f.Add("标题\n\t单元格\n续行\n\t12.5\n\n\t下一行\n正文。\n")
	f.Add("\t\n\n\t\t\n")
	f.Add("\ufeff \t一、\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		d := Build("fuzz", s)
		for _, tb := range d.Tables {
			for _, c := range tb.Cells {
				if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
					t.Fatalf("cell span %v outside text of %d bytes", c.Span, len(d.Text))
				}
				if c.Col+c.ColSpan > tb.Cols || c.Row+c.RowSpan > tb.Rows {
					t.Fatalf("cell %d,%d %dx%d outside %dx%d table", c.Row, c.Col, c.RowSpan, c.ColSpan, tb.Rows, tb.Cols)
				}
			}
		}
	})
}

func TestParseMarks(t *testing.T) {
	d, marks, err := Parse("x", "前文⟦R1:2021年⟧后文2021年\n\t⟦R2:9⟧\n\n")
	if err != nil {
		t.Fatal(err)
	}
	if len(marks) != 2 {
		t.Fatalf("got %d marks", len(marks))
	}
	if got := d.Slice(marks[0].Span); got != "2021年" || marks[0].Rule != "R1" || marks[0].Span.Start != len("前文") {
		t.Errorf("mark 0 = %+v (%q)", marks[0], got)
	}
	if got := d.Slice(marks[1].Span); got != "9" || len(d.Tables) != 1 {
		t.Errorf("mark 1 = %+v (%q), tables %d", marks[1], got, len(d.Tables))
	}
	if _, _, err := Parse("x", "⟦R1 no colon⟧"); err == nil {
		t.Error("malformed marker accepted")
	}
}
