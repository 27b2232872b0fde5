package accuracy

import (
	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/rules/prose"
	"github.com/crossfoot/crossfoot/rules/scores"
	"github.com/crossfoot/crossfoot/rules/sequence"
	"github.com/crossfoot/crossfoot/rules/table"
	"github.com/crossfoot/crossfoot/rules/years"
)

func init() {
	ruleSet = func() []*audit.Rule {
		var all []*audit.Rule
		for _, f := range [][]*audit.Rule{prose.Rules, scores.Rules, sequence.Rules, table.Rules, years.Rules} {
			all = append(all, f...)
		}
		return all
	}
}
