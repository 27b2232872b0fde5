package rules

import (
	"sort"

	"github.com/crossfoot/crossfoot/audit"
)

// All returns every built-in rule, sorted by ID.
func All() []*audit.Rule {
	var all []*audit.Rule
	for _, family := range [][]*audit.Rule{
		// Each family's exported Rules list is added here.
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
