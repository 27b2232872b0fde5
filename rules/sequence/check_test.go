package sequence

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/crossfoot/crossfoot/model"
)

// checkWithRef is checkWith as it was with a map per run, kept as the
// oracle for the slice of first items.

type runRef struct {
	last  item
	seen  map[int]item
	outer *runRef
}

type levelRef struct {
	style  string
	runRef *runRef
}

func continuesRef(stack []levelRef, it item) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].style == it.L.Style {
			return stack[i].runRef.last.L.Value+1 == it.L.Value
		}
	}
	return false
}

func TestCheckWithRef(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	styles := []string{"一、", "1.", "1.1", "（1）", letterStyle}
	for n := range 3000 {
		var items []item
		maxV := 1 + rng.IntN(60)
		for k := range rng.IntN(120) {
			l := label{Style: styles[rng.IntN(len(styles))], Value: 1 + rng.IntN(maxV), Parent: rng.IntN(3), Weak: rng.IntN(8) == 0}
			if rng.IntN(3) > 0 && len(items) > 0 { // mostly runs on
				l = items[len(items)-1].L
				l.Value++
			}
			l.Text = l.Style
			items = append(items, item{L: l, Span: model.Span{Start: 10 * k, End: 10*k + 2}, Auto: rng.IntN(5) == 0})
		}
		var barrier func(a, b int) bool
		if n%2 == 1 {
			barrier = func(a, b int) bool { return (a+b)%3 == 0 }
		}
		got, want := checkWith(items, barrier), checkWithRef(items, barrier)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("checkWith(%v) = %v, want %v", items, got, want)
		}
	}
}

func checkWithRef(items []item, barrier func(a, b int) bool) []problem {
	var out []problem
	var stack []levelRef
	for _, it := range items {
		if it.L.Weak && !continuesRef(stack, it) {
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
			stack = append(stack, levelRef{style: it.L.Style, runRef: newRunRef(it)})
			continue
		}
		stack = stack[:idx+1]
		lv := &stack[idx]
		if it.L.Style == letterStyle {
			lv.runRef = newRunRef(it) // outline letters only open a level
			continue
		}
		r := lv.runRef
		v := it.L.Value
		if it.L.Style == "1.1" && it.L.Parent != r.last.L.Parent {
			lv.runRef = newRunRef(it)
			continue
		}
		switch {
		case v == r.last.L.Value+1:
			r.add(it)
		case v == 1 && r.last.L.Value == 1 && (barrier == nil || !barrier(r.last.Span.End, it.Span.Start)):
			// "（一）（一）": a list never restarts right after its first item
			out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: 2, First: r.last})
			r.last = it
		case v == 1:
			nr := newRunRef(it)
			nr.outer = r
			lv.runRef = nr
		default:
			// does an interrupted outer runRef continue here?
			o := r.outer
			for o != nil && v != o.last.L.Value+1 {
				o = o.outer
			}
			if o != nil {
				o.add(it)
				lv.runRef = o
				continue
			}
			if first, ok := r.seen[v]; ok {
				out = append(out, problem{Item: it, Prev: r.last, Dup: true, Expected: r.last.L.Value + 1, First: first})
				r.last = it
				continue
			}
			if v > r.last.L.Value+1 && v <= r.last.L.Value+3 {
				out = append(out, problem{Item: it, Prev: r.last, Expected: r.last.L.Value + 1})
			}
			r.add(it)
		}
	}
	return out
}
func newRunRef(it item) *runRef {
	r := &runRef{seen: map[int]item{}}
	r.add(it)
	return r
}

func (r *runRef) add(it item) {
	r.last = it
	if _, ok := r.seen[it.L.Value]; !ok {
		r.seen[it.L.Value] = it
	}
}
