package tables

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// splitBlock is a block as the splitter leaves it: its title row (-1 if
// none), header rows and data rows.
type splitBlock struct {
	title      int
	hdrs, rows []int
}

// splitOnePass is the block split as analyzeTable made it before planSplit,
// in one pass that reads the open block's rows: the oracle for planSplit.
func splitOnePass(infos []rowInfo) []splitBlock {
	var blocks []splitBlock
	var cur *splitBlock
	title := -1
	closeBlock := func() {
		if cur != nil && (len(cur.hdrs) > 0 || len(cur.rows) > 0) {
			blocks = append(blocks, *cur)
		}
		cur = nil
	}
	open := func() {
		closeBlock()
		cur = &splitBlock{title: title}
		title = -1
	}
	hasFigures := func() bool {
		for _, r := range cur.rows {
			if infos[r].nVal > 0 {
				return true
			}
		}
		return false
	}
	for _, ri := range infos {
		switch ri.kind {
		case rowBlank, rowPair:
			continue
		case rowTitle:
			closeBlock()
			title = ri.r
		case rowYears:
			if cur == nil || len(cur.rows) > 0 {
				open()
			}
			cur.hdrs = append(cur.hdrs, ri.r)
		case rowNumeric:
			if cur == nil {
				open()
			}
			cur.rows = append(cur.rows, ri.r)
		case rowText:
			headerish := ri.nLong == 0 && ri.nDash == 0 && ri.nShort >= 2
			switch {
			case cur == nil:
				open()
				if ri.nLong == 0 {
					cur.hdrs = append(cur.hdrs, ri.r)
				} else {
					cur.rows = append(cur.rows, ri.r)
				}
			case len(cur.rows) == 0 && ri.nLong == 0:
				cur.hdrs = append(cur.hdrs, ri.r)
			case len(cur.rows) > 0 && headerish && hasFigures():
				open()
				cur.hdrs = append(cur.hdrs, ri.r)
			case len(cur.rows) > 0 && headerish && !hasFigures() && nextHasFigures(infos, ri.r):
				open()
				cur.hdrs = append(cur.hdrs, ri.r)
			default:
				cur.rows = append(cur.rows, ri.r)
			}
		}
	}
	closeBlock()
	return blocks
}

// replaySplit builds the blocks planSplit's steps describe, as splitTable
// does, checking its counts.
func replaySplit(t *testing.T, infos []rowInfo) []splitBlock {
	steps, nRows, nHdrs := planSplit(infos, nil)
	var blocks []splitBlock
	var cur *splitBlock
	title := -1
	closeBlock := func() {
		if cur != nil && (len(cur.hdrs) > 0 || len(cur.rows) > 0) {
			blocks = append(blocks, *cur)
		}
		cur = nil
	}
	rows, hdrs := 0, 0
	for _, st := range steps {
		switch st.op {
		case stepTitle:
			closeBlock()
			title = int(st.r)
		case stepOpen:
			closeBlock()
			cur = &splitBlock{title: title}
			title = -1
		case stepHeader:
			cur.hdrs = append(cur.hdrs, int(st.r))
			hdrs++
		case stepRow:
			cur.rows = append(cur.rows, int(st.r))
			rows++
		}
	}
	closeBlock()
	if rows != nRows || hdrs != nHdrs {
		t.Fatalf("planSplit counts %d rows, %d headers; its steps hold %d, %d", nRows, nHdrs, rows, hdrs)
	}
	return blocks
}

// TestPlanSplit compares planSplit with the one-pass splitter on random
// row kinds and counts (all planSplit reads), small so that every case
// of the text-row switch is met.
func TestPlanSplit(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		infos := make([]rowInfo, rng.IntN(12))
		for r := range infos {
			infos[r] = rowInfo{
				r: r, kind: rowKind(rng.IntN(int(rowPair) + 1)),
				nLong: rng.IntN(2), nDash: rng.IntN(2), nShort: rng.IntN(3), nVal: rng.IntN(2),
			}
		}
		want, got := splitOnePass(infos), replaySplit(t, infos)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("infos %+v:\nplanSplit  %+v\none pass   %+v", infos, got, want)
		}
	}
}
