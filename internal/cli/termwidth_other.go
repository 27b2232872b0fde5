//go:build !linux && !darwin

package cli

import "io"

// terminalWidth is unknown on this platform; callers fall back to $COLUMNS
// or the default.
func terminalWidth(io.Writer) int { return 0 }
