// Command rss runs a command and reports its wall time, CPU time (user +
// system) and peak resident set size (from the kernel's rusage, children included), so the bench
// does not depend on GNU time being installed:
//
//	rss [-o FILE] -- command args…
//
// It prints "seconds=… cpu_seconds=… maxrss_kb=… exit=…" on stderr (or to FILE) and
// passes the command's stdout through.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	out := flag.String("o", "", "write the measurement to this file instead of stderr")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: rss [-o FILE] -- command args…")
		os.Exit(2)
	}
	cmd := exec.Command(flag.Arg(0), flag.Args()[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	start := time.Now()
	err := cmd.Run()
	sec := time.Since(start).Seconds()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var maxrss int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		maxrss = ru.Maxrss // KiB on Linux
	}
	cpu := (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	line := fmt.Sprintf("seconds=%.3f cpu_seconds=%.3f maxrss_kb=%d exit=%d\n", sec, cpu, maxrss, code)
	if *out != "" {
		os.WriteFile(*out, []byte(line), 0o644)
	} else {
		fmt.Fprint(os.Stderr, line)
	}
}
