package model

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestSectionPathIndex checks the per-heading index against the walk over
// the headings (the definition) at every offset of random documents:
// nested levels, level jumps, numbered and unnumbered headings.
func TestSectionPathIndex(t *testing.T) {
	numbers := []string{"一、", "（一）", "1.", "（1）", ""}
	for seed := range uint64(50) {
		r := rand.New(rand.NewPCG(seed, 1))
		b := NewBuilder("t.txt", "txt")
		for i := range 40 {
			if r.IntN(3) == 0 {
				level := 1 + r.IntN(4)
				num := numbers[r.IntN(len(numbers))]
				b.Heading(level, num, RunText{Text: fmt.Sprintf("%s标题第%d个很长很长很长的标题", num, i)})
				continue
			}
			b.Paragraph(Body, RunText{Text: fmt.Sprintf("正文%d", i)})
		}
		d := b.Document()
		for off := -1; off <= len(d.Text)+1; off++ {
			if got, want := d.SectionPath(off), d.sectionPathSlow(off); got != want {
				t.Fatalf("seed %d: SectionPath(%d) = %q, want %q", seed, off, got, want)
			}
		}
	}
}
