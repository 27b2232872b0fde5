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
	// reset's storage, kept for the next index
	labelOf, cellOf []int32
	groups          grouping
}

// reset makes ix index cells whose label numbers are those of t, for
// nProse prose labels, in the storage of the index it was before
// (xrefFacts keeps one for the pass's pool); t must not change while the
// index is used.
func (ix *cellIndex) reset(cfs []cellFacts, t *labelTable, nProse int) {
	ix.cfs, ix.labels = cfs, t.labels
	ix.memo = resized(ix.memo, nProse)
	ix.made = resized(ix.made, nProse)
	ix.flag = resized(ix.flag, len(cfs))
	clear(ix.memo)
	clear(ix.made)
	clear(ix.flag)
	ix.slab, ix.touched = ix.slab[:0], ix.touched[:0]
	// the (label, cell) pairs, each label once per cell
	labelOf, cellOf := ix.labelOf[:0], ix.cellOf[:0]
	for i := range cfs {
		ls := cfs[i].labels()
		for k, id := range ls {
			if !slices.Contains(ls[:k], id) {
				labelOf = append(labelOf, id)
				cellOf = append(cellOf, int32(i))
			}
		}
	}
	ix.labelOf, ix.cellOf = labelOf, cellOf
	ix.cells = ix.groups.by(len(ix.labels), labelOf, cellOf)
	ix.heads = resized(ix.heads, len(ix.labels))
	for id := range ix.heads {
		ix.heads[id] = int32(id)
	}
	slices.SortFunc(ix.heads, func(a, b int32) int {
		return cmp.Or(cmp.Compare(ix.labels[a].Head(), ix.labels[b].Head()), cmp.Compare(a, b))
	})
}

// release empties ix, dropping its references to the document's cells
// and labels.
func (ix *cellIndex) release() {
	ix.memo, ix.slab = truncated(ix.memo), truncated(ix.slab)
	ix.made, ix.flag, ix.touched, ix.heads = bounded(ix.made), bounded(ix.flag), bounded(ix.touched), bounded(ix.heads)
	ix.labelOf, ix.cellOf = bounded(ix.labelOf), bounded(ix.cellOf)
	ix.groups.release()
	ix.cfs, ix.labels = nil, nil
}

// resized returns s with n elements, reusing its array when it has room;
// the elements are not cleared.
func resized[E any](s []E, n int) []E {
	if cap(s) < n {
		return make([]E, n)
	}
	return s[:n]
}

// grouping is the storage of by, reused from call to call: the groups of
// one call are valid until the next.
type grouping struct {
	at     []int
	out    []int32
	groups [][]int32
}

// release drops the storage grown beyond keepSlice.
func (g *grouping) release() {
	g.at, g.out, g.groups = bounded(g.at), bounded(g.out), truncated(g.groups)
}

// by returns vals grouped by their key (keys[i] in [0, n) is the key of
// vals[i]), in one array, each group in the order of vals.
func (g *grouping) by(n int, keys, vals []int32) [][]int32 {
	at := resized(g.at, n+1)
	clear(at)
	for _, k := range keys {
		at[k+1]++
	}
	for k := range n {
		at[k+1] += at[k]
	}
	out := resized(g.out, len(vals))
	for i, k := range keys {
		out[at[k]] = vals[i]
		at[k]++
	}
	groups := resized(g.groups, n)
	for k, start := 0, 0; k < n; k, start = k+1, at[k] {
		groups[k] = out[start:at[k]:at[k]]
	}
	g.at, g.out, g.groups = at, out, groups
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
