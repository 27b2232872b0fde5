package tables

import (
	"testing"

	"github.com/crossfoot/crossfoot/figures"
)

// parseCell's shortcuts must not change what figures.ParseCell says about
// a cell: if ParseCell learns a new figure form, these fail until
// figureStart learns its first character.
var parseCellCases = []string{
	"", " ", "基本支出", "  1,234.56 ", "１２３", "（12.5）", "(3)", "-", "——", "/", "…", "..", "−5", "+3%",
	"≥90%", "≤ 10", ">=5", "<1", "约3万元", "≈2", "12个", "2022年", "\u30001", "\xff1", "其中：", "A12",
}

func TestParseCellShortcut(t *testing.T) {
	for _, s := range parseCellCases {
		if got, want := parseCell(s), figures.ParseCell(s); got != want {
			t.Errorf("parseCell(%q) = %+v, figures.ParseCell %+v", s, got, want)
		}
	}
}

func FuzzParseCellShortcut(f *testing.F) {
	for _, s := range parseCellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxCellFigure {
			return // the long-text shortcut is deliberate
		}
		if got, want := parseCell(s), figures.ParseCell(s); got != want {
			t.Fatalf("parseCell(%q) = %+v, figures.ParseCell %+v", s, got, want)
		}
	})
}
