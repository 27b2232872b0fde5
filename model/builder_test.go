package model

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unsafe"
)

// TestRunsAreCopies checks that the builder copies run text (callers may
// reuse their buffers) and that Runs of different blocks never share
// capacity, so appending to one cannot overwrite another.
func TestRunsAreCopies(t *testing.T) {
	buf := []byte("甲乙丙")
	b := NewBuilder("r.docx", "docx")
	b.Paragraph(Body, RunText{Text: unsafe.String(&buf[0], len(buf)), Index: 0}, RunText{Text: "丁", Index: 1})
	copy(buf, "XXXXXXXXX")
	b.Paragraph(Body, RunText{Text: "戊", Index: 0})
	b.BeginTable()
	b.BeginCell(1, NoVMerge)
	b.Paragraph(Body, RunText{Text: "1", Index: 0})
	b.Paragraph(Body, RunText{Text: "2", Index: 0})
	b.BeginCell(1, NoVMerge)
	b.Paragraph(Body, RunText{Text: "3", Index: 4})
	b.EndTable()
	d := b.Document()
	if d.Text != "甲乙丙丁\n戊\n1\n2\n3\n" {
		t.Fatalf("text = %q", d.Text)
	}
	p0, p1 := d.Blocks[0].(*Paragraph), d.Blocks[1].(*Paragraph)
	c0, c1 := d.Tables[0].Cells[0], d.Tables[0].Cells[1]
	tests := []struct {
		name string
		runs []Run
		want string
	}{
		{"paragraph 1", p0.Runs, "[{0 0} {9 1}]"},
		{"paragraph 2", p1.Runs, "[{13 0}]"},
		{"cell 1", c0.Runs, "[{17 0} {19 0}]"},
		{"cell 2", c1.Runs, "[{21 4}]"},
	}
	_ = append(p0.Runs, Run{99, 99})
	_ = append(c0.Runs, Run{99, 99})
	for _, tt := range tests {
		if got := fmt.Sprint(tt.runs); got != tt.want {
			t.Errorf("%s: runs %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestPositionMatchesOracle builds random documents (paragraphs, tables
// with merges, nested tables, paragraphs between rows) and checks Position
// at every offset against a brute-force search over all blocks and cells.
func TestPositionMatchesOracle(t *testing.T) {
	for seed := range uint64(30) {
		r := rand.New(rand.NewPCG(seed, 7))
		b := NewBuilder("o.docx", "docx")
		var table func(depth int)
		table = func(depth int) {
			b.BeginTable()
			for row := range 1 + r.IntN(4) {
				b.BeginRow(r.IntN(2))
				for range 1 + r.IntN(3) {
					vm := NoVMerge
					if row > 0 && r.IntN(3) == 0 {
						vm = VMergeContinue
					}
					b.BeginCell(1+r.IntN(2), vm)
					for range r.IntN(3) {
						b.Text(fmt.Sprint(r.IntN(1000)))
					}
					if depth < 2 && r.IntN(4) == 0 {
						table(depth + 1)
					}
					if r.IntN(2) == 0 {
						b.EndCell()
					}
				}
				if r.IntN(5) == 0 {
					b.EndRow()
					b.Text("between rows")
				}
			}
			b.EndTable()
		}
		for range 6 {
			switch r.IntN(3) {
			case 0:
				b.Heading(1+r.IntN(2), "一、", RunText{Text: "一、标题", Index: 0})
			case 1:
				b.Text("正文")
			default:
				table(0)
			}
		}
		d := b.Document()
		for off := 0; off <= len(d.Text); off++ {
			got := d.Position(off)
			if want := oracle(d, off); got != want {
				t.Fatalf("seed %d offset %d: Position = %+v, want %+v\n%q", seed, off, got, want, d.Text)
			}
		}
	}
}

// oracle is Position by brute force: among the paragraphs, headings and
// cells whose span holds off (end inclusive), the one starting last; on a
// tie the narrowest; on a full tie the one recorded last.
func oracle(d *Document, off int) Position {
	p := Position{Offset: off, Section: d.SectionPath(off)}
	var best *Span
	var cell *Cell
	var para int
	var kind ParaKind
	better := func(s Span) bool {
		if s.Start > off || off > s.End {
			return false
		}
		return best == nil || s.Start > best.Start || s.Start == best.Start && s.End <= best.End
	}
	for _, bl := range d.Blocks {
		switch bl := bl.(type) {
		case *Paragraph:
			if better(bl.Span) {
				s := bl.Span
				best, cell, para, kind = &s, nil, bl.Index, bl.Kind
			}
		case *Heading:
			if better(bl.Span) {
				s := bl.Span
				best, cell, para, kind = &s, nil, bl.Para, Body
			}
		}
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			if better(c.Span) {
				s := c.Span
				best, cell = &s, c
			}
		}
	}
	if best == nil {
		return p
	}
	p.Column = len([]rune(d.Text[best.Start:min(off, len(d.Text))])) + 1
	if cell != nil {
		p.Table, p.Row, p.Col = cell.Table.Index+1, cell.Row+1, cell.Col+1
	} else {
		p.Para, p.Kind = para, kind
	}
	return p
}
