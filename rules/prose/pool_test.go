package prose

import (
	"testing"

	"github.com/crossfoot/crossfoot/internal/ruletest"
)

// TestXrefPoolReused audits documents one after another so that each
// pass's xrefFacts may come from xrefPool after a larger or a smaller
// document: the findings must be those of each document's first audit.
func TestXrefPoolReused(t *testing.T) { ruletest.CheckRepeatable(t, Rules) }

// TestPoolBounds: storage grown past the bounds by a very large document
// is dropped on release, so that later audits neither clear nor hold it;
// storage within them is kept, emptied.
func TestPoolBounds(t *testing.T) {
	small, large := map[string]string{"a": "b"}, map[string]string{}
	for i := range keepMap + 1 {
		large[string(rune(0x4E00+i))] = "x"
	}
	if m := emptied(small); m == nil || len(m) != 0 {
		t.Errorf("emptied(small) = %v, want an empty map", m)
	}
	if m := emptied(large); m != nil {
		t.Errorf("emptied(large) kept a map of %d entries", len(large))
	}
	s := make([]*unit, 3, 8)
	s[0] = &unit{}
	if s = truncated(s); s == nil || len(s) != 0 || s[:1][0] != nil {
		t.Errorf("truncated kept a reference, or not its array")
	}
	if s := truncated(make([]*unit, keepSlice+1)); s != nil {
		t.Errorf("truncated kept an array of %d elements", cap(s))
	}
	var slab unitSlab
	for range (keepChunks + 2) * slabChunk {
		slab.add(unit{text: "x"})
	}
	slab.release()
	if len(slab.chunks) != keepChunks || slab.k != 0 || len(slab.chunks[0]) != 0 || slab.chunks[1][:1][0].text != "" {
		t.Errorf("unitSlab.release kept %d chunks (want %d), or their units", len(slab.chunks), keepChunks)
	}
}
