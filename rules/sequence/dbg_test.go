package sequence

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
)

func TestDbg(t *testing.T) {
	f := os.Getenv("DBG_FILE")
	if f == "" {
		t.Skip()
	}
	lo, _ := strconv.Atoi(os.Getenv("DBG_LO"))
	hi, _ := strconv.Atoi(os.Getenv("DBG_HI"))
	d, err := parser.ParseFile(context.Background(), f, parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Paragraph:
			if b.Index >= lo && b.Index <= hi {
				s := []rune(d.Slice(b.Span))
				t.Logf("P%d %s", b.Index, string(s[:min(len(s), 40)]))
			}
		case *model.Heading:
			if b.Para >= lo && b.Para <= hi {
				s := []rune(d.Slice(b.Span))
				t.Logf("H%d %s", b.Para, string(s[:min(len(s), 40)]))
			}
		}
	}
}
