package gobench

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/synth"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/rules"
	"github.com/orisano/gosax"
)

func batch(b *testing.B) ([]synth.Document, int64, int64) {
	b.Helper()
	docs, err := synth.GenerateDocs(synth.Options{N: 20, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	var xmlBytes, txtBytes int64
	for _, d := range docs {
		xmlBytes += int64(len(documentXML(b, d.Docx)))
		txtBytes += int64(len(d.Txt))
	}
	return docs, xmlBytes, txtBytes
}

func documentXML(b *testing.B, data []byte) []byte {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, _ := f.Open()
			x, _ := io.ReadAll(rc)
			rc.Close()
			return x
		}
	}
	b.Fatal("no document.xml")
	return nil
}

// BenchmarkFloor: unzip and tokenize document.xml, nothing else.
func BenchmarkFloor(b *testing.B) {
	docs, xb, _ := batch(b)
	b.SetBytes(xb)
	for b.Loop() {
		for _, d := range docs {
			zr, _ := zip.NewReader(bytes.NewReader(d.Docx), int64(len(d.Docx)))
			for _, f := range zr.File {
				if f.Name != "word/document.xml" {
					continue
				}
				rc, _ := f.Open()
				r := gosax.NewReaderSize(rc, 64<<10)
				for {
					ev, err := r.Event()
					if err != nil || ev.Type() == gosax.EventEOF {
						break
					}
				}
				rc.Close()
			}
		}
	}
}

func benchParse(b *testing.B, docx bool, withAudit bool) {
	docs, xb, tb := batch(b)
	if docx {
		b.SetBytes(xb)
	} else {
		b.SetBytes(tb)
	}
	all := rules.All()
	ctx := context.Background()
	for b.Loop() {
		for _, d := range docs {
			data, name := d.Txt, d.Base+".txt"
			if docx {
				data, name = d.Docx, d.Base+".docx"
			}
			doc, err := parser.Parse(ctx, bytes.NewReader(data), int64(len(data)), name, parser.Options{})
			if err != nil {
				b.Fatal(err)
			}
			if withAudit {
				audit.Run(doc, all)
			}
		}
	}
}

func BenchmarkParseDocx(b *testing.B) { benchParse(b, true, false) }
func BenchmarkParseText(b *testing.B) { benchParse(b, false, false) }
func BenchmarkAuditDocx(b *testing.B) { benchParse(b, true, true) }
func BenchmarkAuditText(b *testing.B) { benchParse(b, false, true) }

// BenchmarkSynth measures the generator (both formats and the truth).
func BenchmarkSynth(b *testing.B) {
	for b.Loop() {
		if _, err := synth.GenerateDocs(synth.Options{N: 10, Seed: 1}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRule runs each rule alone over parsed documents (parsing not
// timed), so the cost of each rule, shared facts included, is visible:
//
//	go test ./bench/gobench -run XXX -bench Rule/ -benchtime 5x
func BenchmarkRule(b *testing.B) {
	docs, xb, _ := batch(b)
	ctx := context.Background()
	var parsed []*model.Document
	for _, d := range docs {
		doc, err := parser.Parse(ctx, bytes.NewReader(d.Docx), int64(len(d.Docx)), d.Base+".docx", parser.Options{})
		if err != nil {
			b.Fatal(err)
		}
		parsed = append(parsed, doc)
	}
	for _, r := range rules.All() {
		b.Run(r.ID, func(b *testing.B) {
			b.SetBytes(xb)
			one := []*audit.Rule{r}
			for b.Loop() {
				for _, doc := range parsed {
					audit.Run(doc, one)
				}
			}
		})
	}
}
