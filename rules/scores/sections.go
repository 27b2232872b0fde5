package scores

import (
	"sort"

	"github.com/crossfoot/crossfoot/internal/cjk"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// topSection returns the number of the top-level heading in force at
// offset off (its index among the level-1 headings), −1 before the first.
func topSection(d *model.Document, off int) int {
	hs := d.Headings()
	i := sort.Search(len(hs), func(i int) bool { return hs[i].Span.Start > off })
	n := -1
	for k := 0; k < i; k++ {
		if hs[k].Level == 1 {
			n++
		}
	}
	return n
}

type sectionedKey struct{}

// scoresSectioned reports a compilation: the score tables lie in two or
// more top-level sections (one project's evaluation each), so a summary
// or a sentence is compared only with the detail groups of its own
// section.
func scoresSectioned(p *audit.Pass) bool {
	return *audit.Fact(p, sectionedKey{}, func(d *model.Document) *bool {
		// two or more top sections naming a project, each with a score table
		seen := map[int]bool{}
		for _, st := range scoreTables(p) {
			if sec := topSection(d, st.T.Span.Start); sec >= 0 && projectSection(d, sec) {
				seen[sec] = true
			}
		}
		v := len(seen) >= 2
		return &v
	})
}

// groupsIn returns the groups of gs in the top-level section of offset
// off when the document is a compilation (scoresSectioned), else gs.
func groupsIn(p *audit.Pass, gs []*group, off int) []*group {
	if !scoresSectioned(p) {
		return gs
	}
	sec := topSection(p.Doc, off)
	var out []*group
	for _, g := range gs {
		if topSection(p.Doc, g.Table.Span.Start) == sec {
			out = append(out, g)
		}
	}
	return out
}

// sameSection reports whether score row r lies in the top-level section
// of offset at, or the document is no compilation.
func sameSection(p *audit.Pass, r *srow, at int) bool {
	return !scoresSectioned(p) || topSection(p.Doc, r.Score.Span.Start) == topSection(p.Doc, at)
}

// projectSection reports whether the sec-th level-1 heading names a
// project ("一、学前教育资助项目绩效评价报告").
func projectSection(d *model.Document, sec int) bool {
	n := -1
	for _, h := range d.Headings() {
		if h.Level == 1 {
			n++
			if n == sec {
				return cjk.Contains(d.Slice(h.Span), "项目")
			}
		}
	}
	return false
}
