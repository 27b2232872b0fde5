package figures

import (
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
