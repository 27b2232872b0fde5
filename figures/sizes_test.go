package figures

import (
	"runtime"
	"testing"
	"unsafe"
)

// TestSizes keeps the figures' structs as small as their fields allow: a
// report's Quantities are copied into blocks and cleared by the hundred,
// so a field added or moved in the wrong place costs every audit.
func TestSizes(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are given for 64-bit platforms")
	}
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"Number", unsafe.Sizeof(Number{}), 72},
		{"Quantity", unsafe.Sizeof(Quantity{}), 176},
	} {
		if c.got > c.want {
			t.Errorf("%s is %d bytes, want at most %d", c.name, c.got, c.want)
		}
	}
}

var blockSink any

// allocated returns the bytes the allocator gives make([]T, 0, n).
func allocated[T any](n int) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	blockSink = make([]T, 0, n)
	runtime.ReadMemStats(&after)
	blockSink = nil
	return after.TotalAlloc - before.TotalAlloc
}

// TestBlocksFillSizeClasses checks that each block of an Analyzer holds
// as many entries as the memory the allocator gives it has room for: one
// entry more would need a larger size class.
func TestBlocksFillSizeClasses(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("sizes are given for 64-bit platforms")
	}
	for _, c := range []struct {
		name string
		n    int
		of   func(n int) uint64 // the bytes a block of n entries gets
	}{
		{"Statements", stsBlock, allocated[Statements]},
		{"Range", rangesBlock, allocated[Range]},
		{"Quantity", qsBlock, allocated[Quantity]},
		{"Enumeration", enumsBlock, allocated[Enumeration]},
		{"Comparison", compsBlock, allocated[Comparison]},
		{"Share", shsBlock, allocated[Share]},
		{"Rate", rtsBlock, allocated[Rate]},
	} {
		got, more := c.of(c.n), c.of(c.n+1)
		if got == 0 {
			t.Skipf("%s: no allocation seen", c.name)
		}
		if more == got {
			t.Errorf("a block of %d %s gets %d bytes, as one of %d does: the block could be larger for free", c.n, c.name, got, c.n+1)
		}
	}
}
