package sequence

import (
	"sync"

	"github.com/crossfoot/crossfoot/model"
)

// itemPool recycles the storage of the prose and column items, thousands
// of them in a long report, from document to document: SEQ001 and SEQ002
// take a slice at the start of their Run and hand it back at the end;
// nothing they report refers to it (findings copy what they need).
var itemPool = sync.Pool{New: func() any { return new([]item) }}

// putItems returns items (grown from *buf) to itemPool, cleared so that
// the pool keeps no document's text alive.
func putItems(buf *[]item, items []item) {
	clear(items)
	*buf = items[:0]
	itemPool.Put(buf)
}

// item is one numbered line in a context.
type item struct {
	L    label
	Span model.Span // the label
	// Auto marks a label that gives context to a list but is never
	// reported, nor blamed: one Word generated from its numbering
	// definitions (the parser renders it; no run of the file holds it, and
	// Word keeps automatic numbers in sequence itself, so a repeat or skip
	// there means our rendering differs from Word's), or an inner item of a
	// table cell seen while checking the column.
	Auto bool
}

// problem is a numbering fault found by check.
type problem struct {
	Item     item
	Prev     item // the item before it in its run
	Dup      bool // the number repeats an earlier one of the run
	Expected int
	First    item // for duplicates: the earlier item with the same number
}

// run is one list of a style: the numbers used since it began.
type run struct {
	last item
	// items are those of the context; firsts indexes the first item of
	// each number used, in order. A list is short, so firsts is searched
	// in place, and indexed by number only once it grows long (manyFirsts).
	items  []item
	firsts []int32
	first8 [8]int32      // firsts' storage while it is short
	index  map[int]int32 // number → index into items, when long
	outer  *run          // the run interrupted by a nested restart at 1
}

// manyFirsts is the length from which a run indexes its numbers.
const manyFirsts = 32

type level struct {
	style string
	run   *run
}

// check walks the items of one context. A style seen before closes the
// deeper levels opened after it; a number 1 starts a new run (remembering
// the interrupted one, so that a nested list in the same style does not
// look like a repeat); a number already used in the run is a repeat and a
// gap of one to three numbers is a skip.
func check(items []item) []problem { return checkWith(items, nil) }

// checkWith is check where barrier(a, b) reports whether something between
// offsets a and b (a table) separates two lists, so that a second item 1
// right after a first one starts a new list rather than repeating it.
func checkWith(items []item, barrier func(a, b int) bool) []problem {
	var out []problem
	var stack []level
	for i, it := range items {
		if it.L.Weak && !continues(stack, it) {
			continue
		}
		idx := -1
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].style == it.L.Style {
				idx = i
				break
			}
		}
		if idx < 0 {
			stack = append(stack, level{style: it.L.Style, run: newRun(items, i)})
			continue
		}
		stack = stack[:idx+1]
		lv := &stack[idx]
		if it.L.Style == letterStyle {
			lv.run = newRun(items, i) // outline letters only open a level
			continue
		}
		r := lv.run
		v := it.L.Value
		if it.L.Style == "1.1" && it.L.Parent != r.last.L.Parent {
			lv.run = newRun(items, i)
			continue
		}
		switch {
		case v == r.last.L.Value+1:
			r.add(i)
		case v == 1 && r.last.L.Value == 1 && (barrier == nil || !barrier(r.last.Span.End, it.Span.Start)):
			// "（一）（一）": a list never restarts right after its first item
			out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: 2, First: r.last})
			r.last = it
		case v == 1:
			nr := newRun(items, i)
			nr.outer = r
			lv.run = nr
		default:
			// does an interrupted outer run continue here?
			o := r.outer
			for o != nil && v != o.last.L.Value+1 {
				o = o.outer
			}
			if o != nil {
				o.add(i)
				lv.run = o
				continue
			}
			if first, ok := r.first(v); ok {
				out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: r.last.L.Value + 1, First: first})
				r.last = it
				continue
			}
			if v > r.last.L.Value+1 && v <= r.last.L.Value+3 {
				out = append(out, problem{Item: it, Prev: r.last, Expected: r.last.L.Value + 1})
			}
			r.add(i)
		}
	}
	return out
}

// continues reports whether it is the next number of an open list of its style.
func continues(stack []level, it item) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].style == it.L.Style {
			return stack[i].run.last.L.Value+1 == it.L.Value
		}
	}
	return false
}

// newRun returns a run starting at items[i].
func newRun(items []item, i int) *run {
	r := &run{items: items}
	r.add(i)
	return r
}

// reliable drops the problems of a context whose numbering is mostly
// broken: more than three faults mean the reading order is scrambled (a
// multi-column layout, a PDF conversion) rather than a few slips.
func reliable(ps []problem) []problem {
	if len(ps) > 3 {
		return nil
	}
	return ps
}

// first returns the first item of the run numbered v.
func (r *run) first(v int) (item, bool) {
	if r.index != nil {
		i, ok := r.index[v]
		if !ok {
			return item{}, false
		}
		return r.items[i], true
	}
	for _, i := range r.firsts {
		if r.items[i].L.Value == v {
			return r.items[i], true
		}
	}
	return item{}, false
}

// add makes items[i] the run's last item.
func (r *run) add(i int) {
	it := r.items[i]
	r.last = it
	v := it.L.Value
	if _, ok := r.first(v); ok {
		return
	}
	if r.firsts == nil {
		r.firsts = r.first8[:0]
	}
	r.firsts = append(r.firsts, int32(i))
	switch {
	case r.index != nil:
		r.index[v] = int32(i)
	case len(r.firsts) >= manyFirsts:
		r.index = make(map[int]int32, 2*len(r.firsts))
		for _, f := range r.firsts {
			r.index[r.items[f].L.Value] = f
		}
	}
}
