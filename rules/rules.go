package rules

import (
	"sort"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/rules/prose"
	"github.com/crossfoot/crossfoot/rules/scores"
	"github.com/crossfoot/crossfoot/rules/sequence"
	"github.com/crossfoot/crossfoot/rules/table"
	"github.com/crossfoot/crossfoot/rules/years"
)

// All returns every built-in rule, sorted by ID.
func All() []*audit.Rule {
	var all []*audit.Rule
	for _, family := range [][]*audit.Rule{
		table.Rules,
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
