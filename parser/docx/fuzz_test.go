package docx

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// fuzzCheck parses data and asserts the invariants: no panic, errors wrap a
// sentinel, spans within Text, cells within their table, At consistent.
func fuzzCheck(t *testing.T, data []byte) {
	d, err := Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "fuzz.docx", Options{MaxUncompressed: 64 << 20, MaxCellBytes: 1 << 20})
	if err != nil {
		if d != nil {
			t.Fatalf("document returned with error %v", err)
		}
		for _, s := range []error{ErrNotZip, ErrEncrypted, ErrCorrupt, ErrNoDocument, ErrTooLarge, ErrTooDeep} {
			if errors.Is(err, s) {
				return
			}
		}
		t.Fatalf("error wraps no sentinel: %v", err)
	}
	if err := invariants(d); err != nil {
		t.Fatal(err)
	}
}

// FuzzParse mutates whole packages. Seeds are the fixtures stored without
// compression (so mutations reach the XML; the CRC check only fails after
// the part was read) and the testdata .docx files.
func FuzzParse(f *testing.F) {
	for _, fx := range fixtures {
		p := fx.pkg
		p.stored = true
		f.Add(p.build())
	}
	for _, path := range []string{filepath.Join("..", "..", "testdata", "seed", "report-2022.docx")} {
		if data, err := os.ReadFile(path); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(fuzzCheck)
}

// FuzzBody mutates the inner XML of w:body inside a valid package, with
// numbering and styles present, reaching the walker's corners directly.
func FuzzBody(f *testing.F) {
	for _, fx := range fixtures {
		if fx.pkg.body != "" {
			f.Add(fx.pkg.body)
		}
	}
	f.Fuzz(func(t *testing.T, body string) {
		fuzzCheck(t, pkg{body: body, numbering: chineseLists, styles: fixtures[5].pkg.styles, footnotes: fixtures[9].pkg.footnotes, stored: true}.build())
	})
}
