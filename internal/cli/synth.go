package cli

import (
	"context"

	"github.com/crossfoot/crossfoot/internal/synth"
)

// synthCommand writes synthetic reports with injected mistakes and their
// ground truth; a developer tool for measuring accuracy, hidden from help.
func synthCommand() *command {
	return &command{
		name:    "synth",
		hidden:  true,
		summary: "生成带已知错误的合成报告（开发用）",
		usage:   "用法：crossfoot synth -n N -seed S -out DIR [-format docx|txt|both]\n",
		run: func(ctx context.Context, e *env, args []string) int {
			return synth.Main(args, e.stdout, e.stderr)
		},
	}
}
