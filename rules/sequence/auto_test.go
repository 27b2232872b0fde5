package sequence

import (
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// TestAutoNumbersAreNotBlamed: a label that Word generated from its
// numbering definitions (no source run holds it) is context, never a
// finding; the same text typed by the author is reported.
func TestAutoNumbersAreNotBlamed(t *testing.T) {
	build := func(generated bool) *model.Document {
		b := model.NewBuilder("n.docx", "docx")
		for _, p := range []struct{ label, text string }{{"1.", "收入情况"}, {"2.", "支出情况"}, {"2.", "资产情况"}} {
			if generated {
				b.Paragraph(model.Body, model.RunText{Text: p.label, Index: -1}, model.RunText{Text: p.text, Index: 0})
			} else {
				b.Paragraph(model.Body, model.RunText{Text: p.label + p.text, Index: 0})
			}
		}
		return b.Document()
	}
	tests := []struct {
		generated bool
		want      int
	}{{false, 1}, {true, 0}}
	for _, tt := range tests {
		fs := audit.Filter(audit.Run(build(tt.generated), Rules), audit.Warning)
		if len(fs) != tt.want {
			t.Errorf("generated=%v: %d findings, want %d: %+v", tt.generated, len(fs), tt.want, fs)
		}
	}
}

// TestAutoNumbersInCells: the same inside a table cell whose paragraphs are
// numbered, where Word renders its own number before the typed one
// ("5. 4. Furthermore"); one typed sequence is still reported.
func TestAutoNumbersInCells(t *testing.T) {
	build := func(generated bool) *model.Document {
		b := model.NewBuilder("n.docx", "docx")
		b.BeginTable()
		b.BeginRow(0)
		b.BeginCell(1, model.NoVMerge)
		for _, p := range []struct{ label, text string }{{"1.", "收入情况"}, {"2.", "支出情况"}, {"2.", "资产情况"}} {
			if generated {
				b.Paragraph(model.Body, model.RunText{Text: p.label, Index: -1}, model.RunText{Text: p.text, Index: 0})
			} else {
				b.Paragraph(model.Body, model.RunText{Text: p.label + p.text, Index: 0})
			}
		}
		b.EndCell()
		b.EndRow()
		b.EndTable()
		return b.Document()
	}
	tests := []struct {
		generated bool
		want      int
	}{{false, 1}, {true, 0}}
	for _, tt := range tests {
		fs := audit.Filter(audit.Run(build(tt.generated), Rules), audit.Warning)
		if len(fs) != tt.want {
			t.Errorf("generated=%v: %d findings, want %d: %+v", tt.generated, len(fs), tt.want, fs)
		}
	}
}

// TestLetteredSections: a list restarting at 1. under each lettered
// section (A. … B. …) is no repeat; without the letters it is.
func TestLetteredSections(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  int
	}{
		{"lettered", []string{"A. Within existing space", "1. The unit is located here", "2. The lot is near",
			"B. Detached units", "1. The unit is new", "2. The unit is small"}, 0},
		{"no letters", []string{"1. The unit is located here", "1. The unit is new"}, 1},
		{"a letter is no list item", []string{"1. The unit is located here", "A.", "1. The unit is new"}, 1},
		// a label alone, its text in the next paragraph
		{"bare label", []string{"1. The unit is located here", "2. The lot is near", "3.\u00a0\u00a0", "The lot area shall not apply.",
			"4. The envelope is not imposed"}, 0},
		{"bare label, no text", []string{"1. The unit is located here", "2. The lot is near", "3.", "4. The envelope is not imposed"}, 1},
	}
	for _, tt := range tests {
		b := model.NewBuilder("l.docx", "docx")
		for _, p := range tt.paras {
			b.Paragraph(model.Body, model.RunText{Text: p, Index: 0})
		}
		fs := audit.Filter(audit.Run(b.Document(), Rules), audit.Warning)
		if len(fs) != tt.want {
			t.Errorf("%s: %d findings, want %d: %+v", tt.name, len(fs), tt.want, fs)
		}
	}
}
