package prose

import (
	"slices"

	"github.com/crossfoot/crossfoot/figures"
)

// cellIndex finds the cells whose labels match a prose label, as
// labelMatches says, in cell order. Two labels match only when their heads
// (last two characters) agree, and the cells of a document repeat a few
// hundred labels (every table has a 基本支出 row): so the index holds each
// distinct label once, by head, with the cells that carry it, and a prose
// label is compared with each distinct label of its head once instead of
// once per cell.
type cellIndex struct {
	cfs    []cellFacts
	byHead map[string][]int32 // head → label numbers
	labels []*figures.Label   // by number: the first cell's (its bigrams are made once)
	cells  [][]int32          // by label number: the cells that carry it, ascending
	memo   map[string][]match // by prose label: the matches, made once
	slab   []match            // holds memo's slices
	// while matching: per cell, 1 when one of its labels matches, 2 when
	// one is equal; and the cells flagged
	flag    []uint8
	touched []int32
}

func newCellIndex(cfs []cellFacts) *cellIndex {
	ix := &cellIndex{cfs: cfs, byHead: map[string][]int32{}, memo: map[string][]match{}, flag: make([]uint8, len(cfs))}
	ids := map[string]int32{}
	// the (label, cell) pairs, each label once per cell; the cells of a
	// row that carry the same labels (its own alone, mostly) are numbered
	// once
	labelOf, cellOf := make([]int32, 0, len(cfs)), make([]int32, 0, len(cfs))
	var last [3]*figures.Label
	var lastIDs []int32
	for i := range cfs {
		if cfs[i].lbls != last {
			last, lastIDs = cfs[i].lbls, lastIDs[:0]
			ls := cfs[i].labels()
		labels:
			for k := range ls {
				for m := range k {
					if ls[m].S == ls[k].S {
						continue labels // the cell is listed under it already
					}
				}
				id, ok := ids[ls[k].S]
				if !ok {
					id = int32(len(ix.labels))
					ids[ls[k].S] = id
					ix.labels = append(ix.labels, ls[k])
				}
				lastIDs = append(lastIDs, id)
			}
		}
		for _, id := range lastIDs {
			labelOf = append(labelOf, id)
			cellOf = append(cellOf, int32(i))
		}
	}
	ix.cells = groupBy(len(ix.labels), labelOf, cellOf)
	heads := map[string]int32{}
	var headOf, labelNums []int32
	var headNames []string
	for id := range ix.labels {
		h := ix.labels[id].Head()
		n, ok := heads[h]
		if !ok {
			n = int32(len(headNames))
			heads[h] = n
			headNames = append(headNames, h)
		}
		headOf = append(headOf, n)
		labelNums = append(labelNums, int32(id))
	}
	for n, ls := range groupBy(len(headNames), headOf, labelNums) {
		ix.byHead[headNames[n]] = ls
	}
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

// matches returns the cells whose labels match l (labelMatches), in cell
// order, with labelMatches' exact.
func (ix *cellIndex) matches(l *figures.Label) []match {
	if ms, ok := ix.memo[l.S]; ok {
		return ms
	}
	for _, id := range ix.byHead[l.Head()] {
		var fl uint8
		switch cl := ix.labels[id]; {
		case l.S == cl.S:
			fl = 2
		case l.Matches(cl):
			fl = 1
		default:
			continue
		}
		for _, c := range ix.cells[id] {
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
	ix.memo[l.S] = ms
	return ms
}
