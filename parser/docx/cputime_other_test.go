//go:build !unix

package docx

import "time"

func cpuTime() time.Duration { return 0 }
