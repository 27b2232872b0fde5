//go:build linux || darwin

package cli

import (
	"io"
	"os"
	"syscall"
	"unsafe"
)

// terminalWidth returns the width in columns of the terminal w writes to,
// or 0 when w is not a terminal or the size is unknown.
func terminalWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	var ws struct{ Row, Col, X, Y uint16 }
	_, _, errno := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
	if errno != 0 {
		return 0
	}
	return int(ws.Col)
}
