package synth

import (
	"bytes"
	"context"
	"fmt"

	"github.com/crossfoot/crossfoot/parser"
)

// BigText is the benchmarks' large document: generated text reports (seed
// 3) joined one after another until the parsed whole holds at least
// tables tables. Every benchmark that says "big.txt" audits this text.
func BigText(tables int) ([]byte, error) {
	docs, err := GenerateDocs(Options{N: 40, Seed: 3, Formats: []string{"txt"}})
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	for _, d := range docs {
		buf.Write(d.Txt)
		buf.WriteString("\n")
		doc, err := parser.Parse(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), "big.txt", parser.Options{})
		if err != nil {
			return nil, err
		}
		if len(doc.Tables) >= tables {
			return bytes.Clone(buf.Bytes()), nil
		}
	}
	return nil, fmt.Errorf("40 generated reports hold fewer than %d tables", tables)
}
