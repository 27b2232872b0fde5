package synth

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Main runs the hidden `crossfoot synth` command:
//
//	crossfoot synth -n N -seed S -out DIR [-format docx|txt|both] [-clean-every K] [-kinds k1,k2] [-max M]
//
// It writes <base>.txt/.docx and <base>.truth.json per document into DIR and
// returns an exit code (0 ok, 2 usage or I/O error).
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	fs.SetOutput(stderr)
	n := fs.Int("n", 10, "number of documents")
	seed := fs.Uint64("seed", 1, "random seed; the batch is a pure function of it")
	out := fs.String("out", "", "output directory (created if missing)")
	format := fs.String("format", "both", "docx, txt or both")
	cleanEvery := fs.Int("clean-every", 3, "every k-th document has no injected mistakes (negative: none clean)")
	kinds := fs.String("kinds", "", "comma-separated mistake kinds to inject (default all: "+strings.Join(Kinds, ",")+")")
	maxM := fs.Int("max", 3, "most mistakes per document")
	prefix := fs.String("prefix", "synth", "file name prefix")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "用法 / usage: crossfoot synth -n N -seed S -out DIR [-format docx|txt|both]")
		fmt.Fprintln(stderr, "生成带已知错误的合成报告及其标注（.truth.json），用于评估准确率与性能。")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "crossfoot synth: 需要 -out 目录 / -out DIR is required (no positional arguments)")
		fs.Usage()
		return 2
	}
	opt := Options{N: *n, Seed: *seed, CleanEvery: *cleanEvery, MaxMistakes: *maxM, Prefix: *prefix}
	switch *format {
	case "both":
	case "txt", "docx":
		opt.Formats = []string{*format}
	default:
		fmt.Fprintf(stderr, "crossfoot synth: 未知格式 %q / unknown -format (use docx, txt or both)\n", *format)
		return 2
	}
	if *kinds != "" {
		opt.Kinds = strings.Split(*kinds, ",")
	}
	files, err := Generate(opt)
	if err != nil {
		fmt.Fprintf(stderr, "crossfoot synth: %v\n", err)
		return 2
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintf(stderr, "crossfoot synth: %v\n", err)
		return 2
	}
	var bytes int64
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*out, f.Name), f.Data, 0o644); err != nil {
			fmt.Fprintf(stderr, "crossfoot synth: %v\n", err)
			return 2
		}
		bytes += int64(len(f.Data))
	}
	fmt.Fprintf(stdout, "wrote %d files (%d documents, %.1f MB) to %s\n", len(files), *n, float64(bytes)/1e6, *out)
	return 0
}
