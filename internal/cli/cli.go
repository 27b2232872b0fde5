package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser"
	"github.com/crossfoot/crossfoot/rules"
)

// Exit codes. When an input could not be read and other inputs have
// findings, the input error wins: the exit code is 2, because the audit is
// incomplete.
const (
	ExitClean    = 0 // no findings at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitUsage    = 2 // usage or input error
)

// env is what the commands need from the outside world. Run uses the real
// parser, rule registry and terminal; tests substitute their own.
type env struct {
	stdout, stderr io.Writer
	parse          func(ctx context.Context, path string) (*model.Document, error)
	rules          func(rules.Options) []*audit.Rule
	isTerminal     func(w io.Writer) bool
	termWidth      func(w io.Writer) int // 0 when unknown
	getenv         func(string) string
}

func defaultEnv(stdout, stderr io.Writer) *env {
	return &env{
		stdout: stdout,
		stderr: stderr,
		parse: func(ctx context.Context, path string) (*model.Document, error) {
			return parser.ParseFile(ctx, path, parser.Options{})
		},
		rules:      rules.New,
		isTerminal: isTerminal,
		termWidth:  terminalWidth,
		getenv:     os.Getenv,
	}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Run executes crossfoot with args (without the program name), writing
// results to stdout and diagnostics to stderr, and returns the exit code.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return run(ctx, args, defaultEnv(stdout, stderr))
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	usage   string // full help text
	hidden  bool   // developer commands left out of the main help
	run     func(ctx context.Context, e *env, args []string) int
}

func commands() []*command {
	return []*command{auditCommand(), extractCommand(), rulesCommand(), versionCommand(), helpCommand(), synthCommand()}
}

func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, mainUsage())
		return ExitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(e.stdout, mainUsage())
		return ExitClean
	case "-version", "--version", "-v":
		return versionCommand().run(ctx, e, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		hint := "运行 'crossfoot help' 查看全部命令。"
		if looksLikeInput(args[0]) {
			hint = fmt.Sprintf("要审核文件，请运行：crossfoot audit %s", strings.Join(args, " "))
		}
		return usageErr(e, "", fmt.Sprintf("未知命令 %q", args[0]), hint)
	}
	return c.run(ctx, e, args[1:])
}

// looksLikeInput reports whether s names an existing path or a file with a
// supported extension, for the hint after an unknown command.
func looksLikeInput(s string) bool {
	if _, err := os.Stat(s); err == nil {
		return true
	}
	return supportedExt(s)
}

// usageErr prints a usage error with a hint and returns ExitUsage.
func usageErr(e *env, cmd, msg, hint string) int {
	prefix := "crossfoot"
	if cmd != "" {
		prefix += " " + cmd
	}
	fmt.Fprintf(e.stderr, "%s: %s\n", prefix, msg)
	if hint == "" {
		if cmd != "" {
			hint = fmt.Sprintf("运行 'crossfoot help %s' 查看用法。", cmd)
		} else {
			hint = "运行 'crossfoot help' 查看用法。"
		}
	}
	fmt.Fprintln(e.stderr, hint)
	return ExitUsage
}

// newFlagSet returns a FlagSet that reports nothing itself: parseFlags
// turns its errors into usage errors with hints.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// ("crossfoot audit a.docx --format json"); "--" ends the flags. It returns
// the positional arguments, or a non-negative exit code when the command
// should stop (help printed, or a usage error reported).
func parseFlags(e *env, c *command, fs *flag.FlagSet, args []string) ([]string, int) {
	var pos []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.stdout, c.usage)
			return nil, ExitClean
		}
		if err != nil {
			hint := ""
			if name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -"); ok {
				if near := closestFlag(fs, strings.TrimLeft(name, "-")); near != "" {
					hint = fmt.Sprintf("是否想用 --%s？运行 'crossfoot help %s' 查看用法。", near, c.name)
				}
			}
			return nil, usageErr(e, c.name, flagError(err), hint)
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), -1
		}
		if len(rest) == 0 {
			return pos, -1
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError rewords the flag package's messages.
func flagError(err error) string {
	msg := err.Error()
	dashes := func(name string) string { return "--" + strings.TrimLeft(name, "-") }
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return "未知选项 " + dashes(name)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return "选项 " + dashes(name) + " 需要一个值"
	}
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		// invalid value "x" for flag -jobs: parse error
		if value, name, ok := strings.Cut(rest, " for flag "); ok {
			name, _, _ = strings.Cut(name, ":")
			return "选项 " + dashes(name) + " 的值 " + value + " 无效"
		}
		return "选项的值无效：" + rest
	}
	return msg
}

// oneOf validates an enumerated flag value.
func oneOf(value string, allowed ...string) error {
	for _, a := range allowed {
		if value == a {
			return nil
		}
	}
	return fmt.Errorf("%q 不是可选值（可选：%s）", value, strings.Join(allowed, "、"))
}

// closestFlag returns the defined flag nearest to name (edit distance at
// most 2), or "".
func closestFlag(fs *flag.FlagSet, name string) string {
	best, bestD := "", 3
	fs.VisitAll(func(f *flag.Flag) {
		if d := editDistance(name, f.Name); d < bestD {
			best, bestD = f.Name, d
		}
	})
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
