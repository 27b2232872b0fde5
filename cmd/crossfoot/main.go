// Command crossfoot audits reports for internal consistency. See README.md.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/crossfoot/crossfoot/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
