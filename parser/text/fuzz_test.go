package text

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse: any input either fails to decode (ErrEncoding) or yields a
// document whose spans lie within its text and whose cells lie within their
// grids. Parse must never panic.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	md, _ := filepath.Glob("testdata/*.md")
	for _, p := range append(files, md...) {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"", "\t", "\t\n", "\n\n\t\n", "\ta\nb\n\n\tc\n\td\n\n段落\n", "|a|b|\n|-|-|\n|1|\n",
		"\xFF\xFE\x09\x00a\x00", "\xFE\xFF\x00\x09", "\xEF\xBB\xBF\t一\r\n\r\n", "一、\n（一）标题\n# \n#", "a\tb\nc\td\te\n\n",
		"\xb1\xbe\xc4\xea\t\n", "a|b\n-|-\n|\\|", "\r\r\t\r\r",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ParseBytes(context.Background(), data, "fuzz.txt", Options{MaxCellBytes: 64})
		if err != nil {
			return
		}
		checkInvariants(t, d)
	})
}
