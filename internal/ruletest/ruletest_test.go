package ruletest

import "testing"

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

func TestParseFixture(t *testing.T) {
	f, err := ParseFixture("x", "# comment ⟦R9:x⟧\n合计⟦R1,R2:5⟧，其中5\n")
	if err != nil {
		t.Fatal(err)
	}
	if f.Source != "合计5，其中5\n" || len(f.wants) != 2 || f.wants[1].rule != "R2" || f.wants[0].nth != 0 {
		t.Errorf("fixture = %+v", f)
	}
}
