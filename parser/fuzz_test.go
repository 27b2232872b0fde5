package parser

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// FuzzDetect: Parse on any bytes returns either a document or an error that
// wraps exactly the sentinels' contract (one of them), names the file and is
// one line. It never panics (the recover in Parse would turn a panic into
// ErrCorrupt, so a message about an internal error fails the target too).
func FuzzDetect(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("一、标题\n\t单元格\n\n"))
	f.Add(buildCFB("EncryptedPackage"))
	f.Add(buildCFB("WordDocument"))
	f.Add([]byte("%PDF-1.4"))
	f.Add([]byte("PK\x03\x04garbage"))
	f.Add([]byte("\xFF\xFE\x00"))
	f.Add(append(append([]byte{}, oleMagic...), make([]byte, 700)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = Sniff(data)
		d, err := Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "f.bin", Options{MaxCellBytes: 256})
		if err == nil {
			if d == nil {
				t.Fatal("nil document without error")
			}
			return
		}
		n := 0
		for _, s := range []error{ErrEncrypted, ErrLegacyDoc, ErrUnsupportedFormat, ErrTooLarge, ErrCorrupt, ErrEmpty} {
			if errors.Is(err, s) {
				n++
			}
		}
		msg := err.Error()
		if n != 1 || !strings.HasPrefix(msg, "f.bin：") || strings.ContainsAny(msg, "\r\n") {
			t.Fatalf("bad error %q (wraps %d sentinels)", msg, n)
		}
		if strings.Contains(msg, "读取时出错") {
			t.Fatalf("a parser panicked: %s", msg)
		}
	})
}
