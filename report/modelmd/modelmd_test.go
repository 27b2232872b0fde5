package modelmd

import (
	"bytes"
	"flag"
	"path/filepath"
	"testing"

	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"github.com/crossfoot/crossfoot/internal/testenv"

	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func sample() *model.Document { return testenv.SampleDocument() }

func TestGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	goldenfile.Check(t, filepath.Join("testdata", "sample.md"), buf.String(), *update)
}

func TestCellMarkers(t *testing.T) {
	d := sample()
	tb := d.Tables[0]
	tests := []struct {
		r, c int
		want string
	}{
		{0, 0, "项目 ⟨跨2行⟩"},
		{1, 0, CoveredAbove},
		{0, 1, "金额 ⟨跨2列⟩"},
		{0, 2, CoveredLeft},
		{2, 0, `合计\|总`},
		{2, 2, "⟨表2⟩"},
	}
	for _, tt := range tests {
		if got := cellMarkdown(d, tb, tt.r, tt.c); got != tt.want {
			t.Errorf("cell (%d,%d) = %q, want %q", tt.r, tt.c, got, tt.want)
		}
	}
}

func TestEscapeLineStart(t *testing.T) {
	tests := map[string]string{
		"# 标题":  `\# 标题`,
		"1. 一项": `1\. 一项`,
		"- 项":   `\- 项`,
		"2022年": "2022年",
		"正文":    "正文",
	}
	for in, want := range tests {
		if got := escapeLineStart(in); got != want {
			t.Errorf("escapeLineStart(%q) = %q, want %q", in, got, want)
		}
	}
}
