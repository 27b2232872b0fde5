package table

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
)

// checkSideBreakdowns checks the 其中 lists of a side that name a known
// whole breakdown of the row above them ("上级补助收入 ⏎ 其中：返还性收入 ⏎
// 一般性转移支付收入 ⏎ 专项转移支付收入", figures.KnownComplete): the side's
// own sum leaves such rows out (checkSide), so their parent is checked
// against them here.
func checkSideBreakdowns(p *audit.Pass, name string, s *side, r figures.Rounding) {
	rows := s.rows
	for i := 1; i < len(rows); i++ {
		if !strings.HasPrefix(rows[i].label, "其中") || rows[i-1].n.Kind != figures.Value {
			continue
		}
		parent := &rows[i-1]
		names := []string{rows[i].label}
		for j := i + 1; j < len(rows) && j < i+8; j++ {
			names = append(names, rows[j].label)
			if !figures.KnownComplete(parent.label, names) {
				continue
			}
			kids := rows[i : j+1]
			if sc, ok := sideSum(kids, parent.n, r); ok && !sc.Consistent {
				reportSide(p, kids, parent, sc, fmt.Sprintf("%s%s一侧「%s」与其中所列各项之和不符", name, s.name, parent.label),
					fmt.Sprintf("%s side: %s is not the sum of its 其中 items", s.nameEN, parent.label), nil)
			}
			break
		}
	}
}
