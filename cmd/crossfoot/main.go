// Command crossfoot audits reports for internal consistency. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/crossfoot/crossfoot/internal/cli"
)

func main() {
	// The first Ctrl-C cancels the audit (files not yet started are reported
	// as interrupted); a second one kills the process as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() { <-ctx.Done(); stop() }()
	code := cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
