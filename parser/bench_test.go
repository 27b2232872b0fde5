package parser

import (
	"context"
	"os"
	"testing"

	"github.com/crossfoot/crossfoot/internal/testenv"
)

func benchmarkSeed(b *testing.B, name string) {
	path := testenv.Seed(b, name)
	st, err := os.Stat(path)
	if err != nil {
		b.Skip(err)
	}
	b.SetBytes(st.Size())
	for b.Loop() {
		if _, err := ParseFile(context.Background(), path, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseSeedText(b *testing.B) { benchmarkSeed(b, "report-2022.txt") }
func BenchmarkParseSeedDocx(b *testing.B) { benchmarkSeed(b, "report-2022.docx") }

func BenchmarkSniff(b *testing.B) {
	head := []byte("一、基本情况\n\t项目\n\t金额\n\n")
	for b.Loop() {
		Sniff(head)
	}
}
