package docx

import (
	"bytes"

	"bufio"
	"context"
	"fmt"
	"github.com/crossfoot/crossfoot/internal/ooxml"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/model"
)

// TEMPORARY (perf work): writes a deep fingerprint of every corpus package
// to $EQUIV_OUT so two builds can be compared. Removed before hand-off.
func TestZZEquivTmp(t *testing.T) {
	out := os.Getenv("EQUIV_OUT")
	if out == "" {
		t.Skip("EQUIV_OUT not set")
	}
	var files []string
	filepath.Walk("/work/shared/corpus", func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			switch strings.ToLower(filepath.Ext(p)) {
			case ".docx", ".docm", ".dotx", ".dotm":
				files = append(files, p)
			}
		}
		return nil
	})
	sort.Strings(files)
	f, _ := os.Create(out)
	defer f.Close()
	w := bufio.NewWriter(f)
	defer w.Flush()
	seed := []string{"../../testdata/seed/report-2022.docx"}
	for _, p := range append(seed, files...) {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		d, err := Parse(context.Background(), strings.NewReader(string(data)), int64(len(data)), p, Options{})
		fmt.Fprintf(w, "### %s err=%v\n", p, err)
		if d == nil {
			continue
		}
		fingerprint(w, d)
	}
}

func fingerprint(w *bufio.Writer, d *model.Document) {
	fmt.Fprintf(w, "text %q\n", d.Text)
	for _, b := range d.Blocks {
		if t, ok := b.(*model.Table); ok {
			fmt.Fprintf(w, "block table %d\n", t.Index)
			continue
		}
		fmt.Fprintf(w, "block %T %+v\n", b, b)
	}
	for _, t := range d.Tables {
		par := ""
		if t.Parent != nil {
			par = fmt.Sprintf("%d/%d,%d", t.Parent.Table.Index, t.Parent.Row, t.Parent.Col)
		}
		fmt.Fprintf(w, "table %d %v %dx%d %q parent=%s\n", t.Index, t.Span, t.Rows, t.Cols, t.Caption, par)
		for _, c := range t.Cells {
			var nt []int
			for _, x := range c.Tables {
				nt = append(nt, x.Index)
			}
			fmt.Fprintf(w, " cell %v r%d c%d %dx%d runs=%v nested=%v own=%v\n", c.Span, c.Row, c.Col, c.RowSpan, c.ColSpan, c.Runs, nt, c.Table == t)
		}
		for r := 0; r < t.Rows; r++ {
			for c := 0; c < t.Cols; c++ {
				if x := t.At(r, c); x != nil {
					fmt.Fprintf(w, "%d,%d ", x.Row, x.Col)
				} else {
					fmt.Fprint(w, "- ")
				}
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "unit %q\n", d.UnitNote(t))
	}
	for _, e := range d.Errors {
		fmt.Fprintf(w, "error %v\n", e)
	}
	for _, h := range d.Headings() {
		fmt.Fprintf(w, "heading %+v\n", *h)
	}
	step := 1
	if len(d.Text) > 20000 {
		step = len(d.Text)/20000 + 1
	}
	for off := 0; off <= len(d.Text); off += step {
		fmt.Fprintf(w, "%d %+v\n", off, d.Position(off))
	}
}

// TEMPORARY: the decoder's Token loop alone over the main part.
func BenchmarkZZDecoder(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(in.main)
			cpu := cpuTime()
			defer func() { reportCPU(b, in.main, cpuTime()-cpu) }()
			for b.Loop() {
				pkg, err := ooxml.Open(bytes.NewReader(in.data), int64(len(in.data)), ooxml.Options{})
				if err != nil {
					b.Fatal(err)
				}
				main, _ := pkg.MainDocument()
				rc, err := pkg.Open(main)
				if err != nil {
					b.Fatal(err)
				}
				d := ooxml.NewDecoder(rc, 0)
				for {
					_, err := d.Next()
					if err != nil {
						break
					}
				}
				rc.Close()
			}
		})
	}
}
