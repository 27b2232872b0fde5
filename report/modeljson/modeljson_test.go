package modeljson

import (
	"bytes"
	"flag"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"github.com/crossfoot/crossfoot/internal/testenv"

	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func sample() *model.Document { return testenv.SampleDocument() }

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	goldenfile.Check(t, filepath.Join("testdata", "sample.json"), buf.String(), *update)
}

func TestRoundTrip(t *testing.T) {
	d := sample()
	var buf bytes.Buffer
	if err := Write(&buf, d); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if want := From(d); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the document:\n got %+v\nwant %+v", got, want)
	}
}

func TestInvariants(t *testing.T) {
	d := From(sample())
	if len(d.Tables) != 2 || d.Tables[1].Parent == nil || d.Tables[1].Parent.Table != 1 {
		t.Fatalf("want a nested table 2 inside table 1, got %+v", d.Tables)
	}
	for _, tb := range d.Tables {
		for _, c := range tb.Cells {
			if c.Row < 1 || c.Col < 1 || c.Row+c.RowSpan-1 > tb.Rows || c.Col+c.ColSpan-1 > tb.Cols {
				t.Errorf("table %d: cell %+v outside the %dx%d grid", tb.Index, c, tb.Rows, tb.Cols)
			}
			if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End {
				t.Errorf("cell span %+v outside the text", c.Span)
			}
			if len(c.Tables) == 0 && d.Text[c.Span.Start:c.Span.End] != c.Text {
				t.Errorf("cell text %q is not its span's text %q", c.Text, d.Text[c.Span.Start:c.Span.End])
			}
		}
	}
	for _, b := range d.Blocks {
		if b.Type != "table" && d.Text[b.Span.Start:b.Span.End] != b.Text {
			t.Errorf("block text %q is not its span's text", b.Text)
		}
	}
	head := d.Tables[0].Cells[0]
	if head.Text != "项目" || head.RowSpan != 2 || head.ColSpan != 1 {
		t.Errorf("merged head cell = %+v", head)
	}
	if d.Tables[0].Unit != "单位：万元" {
		t.Errorf("unit = %q", d.Tables[0].Unit)
	}
}

func TestReadRejectsOtherVersions(t *testing.T) {
	for _, in := range []string{`{"version":2}`, `{}`, `not json`} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%s) succeeded", in)
		}
	}
}
