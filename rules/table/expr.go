package table

import (
	"github.com/crossfoot/crossfoot/figures"
)

// numStrings is a.String(), b.String() and c.String() in one allocation.
func numStrings(a, b, c figures.Number) (string, string, string) {
	var buf [96]byte
	s := a.Append(buf[:0])
	i := len(s)
	s = b.Append(s)
	j := len(s)
	all := string(c.Append(s))
	return all[:i], all[i:j], all[j:]
}
