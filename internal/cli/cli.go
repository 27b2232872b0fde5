package cli

import (
	"context"
	"fmt"
	"io"
)

// Exit codes.
const (
	ExitClean    = 0 // no findings at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitUsage    = 2 // usage or input error
)

// Run executes crossfoot with args (without the program name).
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "crossfoot: not implemented yet")
	return ExitUsage
}
