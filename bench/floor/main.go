// Command floor measures the least work any .docx auditor must do: open
// each file's zip, inflate word/document.xml and tokenize it, doing nothing
// with the tokens. crossfoot's audit throughput is reported as a fraction of
// this floor.
//
//	floor [-tokenizer gosax|stdlib] FILE|DIR…
//
// It prints one line: files, input bytes, XML bytes, seconds, files/s, MB/s.
package main

import (
	"archive/zip"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/orisano/gosax"
)

func main() {
	tok := flag.String("tokenizer", "gosax", "gosax (what parser/docx uses) or stdlib (encoding/xml RawToken)")
	flag.Parse()
	var files []string
	for _, a := range flag.Args() {
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(strings.ToLower(p), ".docx") {
				files = append(files, p)
			}
			return nil
		})
	}
	start := time.Now()
	var in, xmlBytes int64
	var events int
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			continue
		}
		in += st.Size()
		n, ev, err := one(f, *tok)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", f, err)
		}
		xmlBytes += n
		events += ev
	}
	sec := time.Since(start).Seconds()
	fmt.Printf("files=%d bytes=%d xml_bytes=%d events=%d seconds=%.3f files_per_s=%.1f mb_per_s=%.2f\n",
		len(files), in, xmlBytes, events, sec, float64(len(files))/sec, float64(in)/1e6/sec)
}

func one(path, tok string) (int64, int, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return 0, 0, err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return 0, 0, err
		}
		defer rc.Close()
		cr := &counter{r: rc}
		n := 0
		if tok == "stdlib" {
			d := xml.NewDecoder(cr)
			for {
				if _, err := d.RawToken(); err != nil {
					if err == io.EOF {
						break
					}
					return cr.n, n, err
				}
				n++
			}
			return cr.n, n, nil
		}
		r := gosax.NewReaderSize(cr, 64<<10)
		for {
			ev, err := r.Event()
			if err != nil {
				return cr.n, n, err
			}
			if ev.Type() == gosax.EventEOF {
				return cr.n, n, nil
			}
			n++
		}
	}
	return 0, 0, fmt.Errorf("no word/document.xml")
}

type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
