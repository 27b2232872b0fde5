// Command gen writes a synthetic batch for the benchmarks; it is
// `crossfoot synth` without the CLI:
//
//	go run ./bench/gen -n 1000 -seed 1 -out /tmp/batch -format docx
package main

import (
	"os"

	"github.com/crossfoot/crossfoot/internal/synth"
)

func main() {
	os.Exit(synth.Main(os.Args[1:], os.Stdout, os.Stderr))
}
