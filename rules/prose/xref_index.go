package prose

import (
	"cmp"
	"slices"
	"sort"

	"github.com/crossfoot/crossfoot/figures"
)

// cellIndex finds the cells whose labels match a prose label, as
// labelMatches says, in cell order. Two labels match only when their heads
// (last two characters) agree, and the cells of a document carry a few
// hundred distinct labels (every table has a 基本支出 row), numbered once
// in a labelTable: so the index lists the label numbers by head, each with
// the cells that carry it, and a prose label is compared with each
// distinct label of its head once instead of once per cell.
type cellIndex struct {
	cfs    []cellFacts
	labels []figures.Label // the labelTable's, by number
	heads  []int32         // label numbers sorted by head
	cells  [][]int32       // by label number: the cells that carry it, ascending
	memo   [][]match       // by prose label number: the matches, made once
	made   []bool          // by prose label number: memo holds its matches
	slab   []match         // holds memo's slices
	// while matching: per cell, 1 when one of its labels matches, 2 when
	// one is equal; and the cells flagged
	flag    []uint8
	touched []int32
}

// newCellIndex indexes cells whose label numbers are those of t, for
// nProse prose labels; t must not change while the index is used.
func newCellIndex(cfs []cellFacts, t *labelTable, nProse int) *cellIndex {
	ix := &cellIndex{cfs: cfs, labels: t.labels, memo: make([][]match, nProse), made: make([]bool, nProse), flag: make([]uint8, len(cfs))}
	// the (label, cell) pairs, each label once per cell
	labelOf, cellOf := make([]int32, 0, len(cfs)), make([]int32, 0, len(cfs))
	for i := range cfs {
		ls := cfs[i].labels()
		for k, id := range ls {
			if !slices.Contains(ls[:k], id) {
				labelOf = append(labelOf, id)
				cellOf = append(cellOf, int32(i))
			}
		}
	}
	ix.cells = groupBy(len(ix.labels), labelOf, cellOf)
	ix.heads = make([]int32, len(ix.labels))
	for id := range ix.heads {
		ix.heads[id] = int32(id)
	}
	slices.SortFunc(ix.heads, func(a, b int32) int {
		return cmp.Or(cmp.Compare(ix.labels[a].Head(), ix.labels[b].Head()), cmp.Compare(a, b))
	})
	return ix
}

// groupBy returns vals grouped by their key (keys[i] in [0, n) is the key
// of vals[i]), in one array, each group in the order of vals.
func groupBy(n int, keys, vals []int32) [][]int32 {
	at := make([]int, n+1)
	for _, k := range keys {
		at[k+1]++
	}
	for k := range n {
		at[k+1] += at[k]
	}
	out := make([]int32, len(vals))
	for i, k := range keys {
		out[at[k]] = vals[i]
		at[k]++
	}
	groups := make([][]int32, n)
	for k, start := 0, 0; k < n; k, start = k+1, at[k] {
		groups[k] = out[start:at[k]:at[k]]
	}
	return groups
}

// matches returns the cells whose labels match l, prose label number id
// (labelMatches), in cell order, with labelMatches' exact.
func (ix *cellIndex) matches(id int32, l *figures.Label) []match {
	if ix.made[id] {
		return ix.memo[id]
	}
	h := l.Head()
	first := sort.Search(len(ix.heads), func(k int) bool { return ix.labels[ix.heads[k]].Head() >= h })
	for _, cid := range ix.heads[first:] {
		cl := &ix.labels[cid]
		if cl.Head() != h {
			break
		}
		var fl uint8
		switch {
		case l.S == cl.S:
			fl = 2
		case l.Matches(cl):
			fl = 1
		default:
			continue
		}
		for _, c := range ix.cells[cid] {
			if ix.flag[c] == 0 {
				ix.touched = append(ix.touched, c)
			}
			ix.flag[c] |= fl
		}
	}
	slices.Sort(ix.touched)
	start := len(ix.slab)
	for _, c := range ix.touched {
		ix.slab = append(ix.slab, match{&ix.cfs[c], ix.flag[c]&2 != 0})
		ix.flag[c] = 0
	}
	ix.touched = ix.touched[:0]
	ms := ix.slab[start:len(ix.slab):len(ix.slab)]
	ix.memo[id], ix.made[id] = ms, true
	return ms
}
