package prose

// The facts of a pass keep their storage in pools (audit.Pooled) so that
// each document does not grow it afresh. A very large document would leave
// it large: every later audit would pay to clear maps sized for it (clear
// costs a map's capacity, not its length), and the pool would hold the
// memory. What grew beyond these bounds is dropped on release instead;
// reports, even the 200-table ones, stay well within them.
const (
	keepMap   = 1024 // entries of a map
	keepSlice = 8192 // elements of a slice
)

// emptied returns m cleared for the next document, or nil when it held
// more than keepMap entries (its owner makes a new one when needed).
func emptied[M ~map[K]V, K comparable, V any](m M) M {
	if len(m) > keepMap {
		return nil
	}
	clear(m)
	return m
}

// truncated returns s[:0] with its elements cleared (dropping their
// references), or nil when its array holds more than keepSlice elements.
// The owner of s keeps no reference past its length.
func truncated[S ~[]E, E any](s S) S {
	if cap(s) > keepSlice {
		return nil
	}
	clear(s)
	return s[:0]
}

// bounded is truncated for slices of plain values, which hold no
// reference to drop: s[:0], or nil beyond keepSlice.
func bounded[S ~[]E, E any](s S) S {
	if cap(s) > keepSlice {
		return nil
	}
	return s[:0]
}
