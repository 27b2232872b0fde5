package cli

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is crossfoot's version. Release builds set it with
//
//	go build -ldflags "-X github.com/crossfoot/crossfoot/internal/cli.Version=v1.2.0" ./cmd/crossfoot
//
// When empty, the module version or VCS revision recorded by the Go
// toolchain is shown.
var Version = ""

func versionString() string {
	v := Version
	if v == "" {
		v = "devel"
		if bi, ok := debug.ReadBuildInfo(); ok {
			if mv := bi.Main.Version; mv != "" && mv != "(devel)" {
				v = mv
			} else {
				rev, dirty := "", false
				for _, s := range bi.Settings {
					switch s.Key {
					case "vcs.revision":
						rev = s.Value
					case "vcs.modified":
						dirty = s.Value == "true"
					}
				}
				if len(rev) > 12 {
					rev = rev[:12]
				}
				if rev != "" {
					v = "devel-" + rev
					if dirty {
						v += "-dirty"
					}
				}
			}
		}
	}
	return fmt.Sprintf("crossfoot %s (%s %s/%s)", v, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func versionCommand() *command {
	c := &command{name: "version", summary: "显示版本（同 --version）", usage: "用法：crossfoot version（或 crossfoot --version）\n"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		if len(args) > 0 {
			return usageErr(e, c.name, fmt.Sprintf("未知参数 %q", args[0]), "")
		}
		fmt.Fprintln(e.stdout, versionString())
		return ExitClean
	}
	return c
}
