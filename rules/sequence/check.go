package sequence

import (
	"strings"
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
	// Heading marks the label of a heading: a paragraph numbered 1 right
	// after a heading numbered 1 of its style opens the heading's own list
	// ("1.数量指标" then "1.土地平整…", "2.…", then "2.质量指标").
	Heading bool
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
	// head and more index (in the context's items) the first item of
	// each number used, in order, nf of them: most lists fit in head. A
	// list is short, so they are searched in place, and indexed by number
	// only once the list grows long (manyFirsts).
	nf    int
	head  [16]int32
	more  []int32
	index map[int]int32 // number → index into items, when long
	outer int32         // the run interrupted by a nested restart at 1 (an index in the checker's runs), -1 if none
}

// manyFirsts is the length from which a run indexes its numbers.
const manyFirsts = 32

type level struct {
	style string
	run   int32 // an index in the checker's runs
}

// runsPool recycles checkWith's runs: a context opens a run per list and
// per restart, dozens in a report, each once a heap object of its own.
// They live in one slice and refer to each other by index.
var runsPool = sync.Pool{New: func() any { return new([]run) }}

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
	buf := runsPool.Get().(*[]run)
	runs := (*buf)[:0]
	defer func() {
		clear(runs) // the items hold the document's text
		*buf = runs[:0]
		runsPool.Put(buf)
	}()
	// newRun starts a run at items[i] and returns its index
	newRun := func(i int, outer int32) int32 {
		runs = append(runs, run{outer: outer})
		k := int32(len(runs) - 1)
		runs[k].add(items, i)
		return k
	}
	var out []problem
	var stack []level
	for i, it := range items {
		if it.L.Style == "1.1" && itemNotSub(runs, stack, it) {
			// "2.2型糖尿病患者…" between "1." and "3.": item 2 whose text
			// starts with a digit, not sub-item 2.2
			it.L = label{Style: "1.", Value: it.L.Parent, Text: it.L.Text[:strings.IndexAny(it.L.Text, ".．")+1], Len: it.L.Len}
			items[i] = it
		}
		if it.L.Weak && !continues(runs, stack, it) {
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
			stack = append(stack, level{style: it.L.Style, run: newRun(i, -1)})
			continue
		}
		stack = stack[:idx+1]
		lv := &stack[idx]
		if it.L.Style == letterStyle {
			lv.run = newRun(i, -1) // outline letters only open a level
			continue
		}
		r := &runs[lv.run]
		v := it.L.Value
		if it.L.Style == "1.1" && it.L.Parent != r.last.L.Parent {
			lv.run = newRun(i, -1)
			continue
		}
		switch {
		case v == r.last.L.Value+1:
			r.add(items, i)
		case v == 1 && r.last.L.Value == 1 && !(r.last.Heading && !it.Heading) && (barrier == nil || !barrier(r.last.Span.End, it.Span.Start)):
			// "（一）（一）": a list never restarts right after its first item
			out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: 2, First: r.last})
			r.last = it
		case v == 1:
			lv.run = newRun(i, lv.run) // (r is stale once runs grows)
		default:
			// does an interrupted outer run continue here?
			o := r.outer
			for o >= 0 && v != runs[o].last.L.Value+1 {
				o = runs[o].outer
			}
			if o >= 0 {
				runs[o].add(items, i)
				lv.run = o
				continue
			}
			if first, ok := r.first(items, v); ok {
				out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: r.last.L.Value + 1, First: first})
				r.last = it
				continue
			}
			if v > r.last.L.Value+1 && v <= r.last.L.Value+3 {
				out = append(out, problem{Item: it, Prev: r.last, Expected: r.last.L.Value + 1})
			}
			r.add(items, i)
		}
	}
	return out
}

// itemNotSub reports whether a "1.1" label it is rather the next item of
// an open "1." list whose text starts with a digit: its first number
// continues the list and no "1.1" list is open (a report that numbers
// sub-items numbers them from x.1 under each item).
func itemNotSub(runs []run, stack []level, it item) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].style {
		case "1.1":
			return false
		case "1.":
			return runs[stack[i].run].last.L.Value+1 == it.L.Parent && strings.ContainsAny(it.L.Text, ".．")
		}
	}
	return false
}

// continues reports whether it is the next number of an open list of its style.
func continues(runs []run, stack []level, it item) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].style == it.L.Style {
			return runs[stack[i].run].last.L.Value+1 == it.L.Value
		}
	}
	return false
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
func (r *run) first(items []item, v int) (item, bool) {
	if r.index != nil {
		i, ok := r.index[v]
		if !ok {
			return item{}, false
		}
		return items[i], true
	}
	for _, i := range r.head[:min(r.nf, len(r.head))] {
		if items[i].L.Value == v {
			return items[i], true
		}
	}
	for _, i := range r.more {
		if items[i].L.Value == v {
			return items[i], true
		}
	}
	return item{}, false
}

// add makes items[i] the run's last item.
func (r *run) add(items []item, i int) {
	it := items[i]
	r.last = it
	v := it.L.Value
	if _, ok := r.first(items, v); ok {
		return
	}
	if r.nf < len(r.head) {
		r.head[r.nf] = int32(i)
	} else {
		r.more = append(r.more, int32(i))
	}
	r.nf++
	switch {
	case r.index != nil:
		r.index[v] = int32(i)
	case r.nf >= manyFirsts:
		r.index = make(map[int]int32, 2*r.nf)
		for _, f := range r.head {
			r.index[items[f].L.Value] = f
		}
		for _, f := range r.more {
			r.index[items[f].L.Value] = f
		}
	}
}
