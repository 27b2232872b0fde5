package rules

import (
	"sort"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/rules/prose"
	"github.com/crossfoot/crossfoot/rules/scores"
	"github.com/crossfoot/crossfoot/rules/sequence"
	"github.com/crossfoot/crossfoot/rules/table"
	"github.com/crossfoot/crossfoot/rules/years"
)

// Options configure the built-in rules. The zero value is the default.
type Options struct {
	// Rounding is how the report's authors rounded the figures in its
	// tables: 四舍五入 (figures.HalfUp, the default) or truncation.
	Rounding figures.Rounding
}

// All returns every built-in rule with default options, sorted by ID.
func All() []*audit.Rule { return New(Options{}) }

// New returns every built-in rule configured by opt, sorted by ID.
func New(opt Options) []*audit.Rule {
	var all []*audit.Rule
	for _, family := range [][]*audit.Rule{
		table.NewRules(table.Options{Rounding: opt.Rounding}),
		prose.Rules,
		years.Rules,
		sequence.Rules,
		scores.Rules,
	} {
		all = append(all, family...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// ByID returns the rule with the given ID, or nil.
func ByID(id string) *audit.Rule {
	for _, r := range All() {
		if r.ID == id {
			return r
		}
	}
	return nil
}
