package figures

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseCell checks ParseCell's invariants on arbitrary cell texts: no
// panic, the figure's span covers the cell, numbers re-render and re-parse
// to the same mantissa and decimals, and Normalize keeps the rune count.
// The corpus is seeded with every TAB cell of the bundled example report.
func FuzzParseCell(f *testing.F) {
	for _, s := range []string{
		"", " ", "—", "--", "/", "0", "0.00", "1,234.56", "１２３．４５", "(12.30)", "-7.27", "+3",
		"12.5%", "３．５％", "≥95%", "约100万元", "5.00万元", "1.2亿元", "3‰", "92分", "１，２３４",
		"12.", ".5", "1,23", "99999999999999999999", "(1", "1)", "合  计", "上年\n结转", "\u3000８\u3000",
	} {
		f.Add(s)
	}
	if data, err := os.ReadFile(filepath.Join("..", "testdata", "seed", "report-2022.txt")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "\t") && utf8.RuneCountInString(line) < 40 {
				f.Add(line[1:])
			}
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		if utf8.RuneCountInString(Normalize(s)) != utf8.RuneCountInString(s) {
			t.Fatalf("Normalize(%q) changed the rune count", s)
		}
		n := ParseCell(s)
		if n.Start != 0 || n.End != len(s) {
			t.Fatalf("ParseCell(%q) span [%d,%d), want [0,%d)", s, n.Start, n.End, len(s))
		}
		switch n.Kind {
		case Value:
			if n.Dec < 0 || n.Dec > 18 {
				t.Fatalf("ParseCell(%q) has %d decimals", s, n.Dec)
			}
			r := FormatFixed(n.Mant, n.Dec)
			back := ParseCell(r)
			if back.Kind != Value || back.Mant != n.Mant || back.Dec != n.Dec {
				t.Fatalf("ParseCell(%q) = %d·10^-%d renders %q, which parses to %+v", s, n.Mant, n.Dec, r, back)
			}
			if n.Percent && n.Permil {
				t.Fatalf("ParseCell(%q) is both %% and ‰", s)
			}
		case Blank:
			if strings.TrimSpace(Normalize(s)) != "" {
				t.Fatalf("ParseCell(%q) = Blank for a non-blank cell", s)
			}
		case Dash, Text:
		default:
			t.Fatalf("ParseCell(%q) has unknown kind %d", s, n.Kind)
		}
	})
}
