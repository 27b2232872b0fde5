package gobench

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

func BenchmarkZZMine(b *testing.B) {
	var rs []*audit.Rule
	pre := os.Getenv("FAMS")
	if pre == "" {
		pre = "TBL,YR,SEQ,SCR"
	}
	for _, p := range splitComma(pre) {
		rs = append(rs, family(p)...)
	}
	var docs []*model.Document
	for _, in := range ratioCases(b) {
		if w := os.Getenv("DOCS"); w != "" && w != in.name {
			continue
		}
		docs = append(docs, parse(b, in))
	}
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	n := 0
	for b.Loop() {
		n++
		for _, d := range docs {
			audit.Run(d, rs)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/op")
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func BenchmarkZZAnalyze(b *testing.B) {
	var docs []*model.Document
	for _, in := range ratioCases(b) {
		docs = append(docs, parse(b, in))
	}
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	n := 0
	for b.Loop() {
		n++
		for _, d := range docs {
			tables.Analyze(d)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := time.Duration(ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano())
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(n), "cpu-ms/op")
}
