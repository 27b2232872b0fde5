package prose

import (
	"strings"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/tables"
)

// The plain forms of fast paths in this package, kept as their test
// oracles (the tests compare the two on fixtures and fuzzed inputs).

// proseMayMatterPlain is proseMayMatter as its definition says it.
func proseMayMatterPlain(s string) bool {
	return strings.IndexByte(s, '%') >= 0 || strings.Contains(s, "元") || strings.Contains(s, "％") || figures.MayState(s)
}

// columnFactsRef is columnFacts as it was first written, joining the
// head for every column: the oracle of columnFacts' shortcut.
func (x *xrefFacts) columnFactsRef(c *tables.Column) colFacts {
	cf := colFacts{year: c.Year, score: strings.Contains(c.Name(), "得分")}
	head := strings.Join(c.Path, "")
	switch {
	case c.Budget && c.Actual:
		cf.basis = basisUnknown
	case c.Budget:
		cf.basis = basisOf(head)
		if cf.basis == actualBasis {
			cf.basis = budgetAny
		}
	default:
		cf.basis = actualBasis
	}
	if cf.year == 0 {
		cf.year = yearIn(head)
	}
	if cf.year == 0 {
		cf.year = x.periodYear(head)
	}
	return cf
}
