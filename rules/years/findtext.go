package years

import "strconv"

// findingText writes a finding's strings (messages, expression, figures,
// hints) one after another into one buffer, then makes them one string
// and cuts them from it: fmt.Sprintf made a string per field and boxed
// each year (a number above 255) on the heap.
type findingText struct {
	b    []byte
	ends [12]int
	n    int
}

func newFindingText(buf []byte) findingText { return findingText{b: buf[:0]} }

func (t *findingText) str(s string) { t.b = append(t.b, s...) }
func (t *findingText) raw(b []byte) { t.b = append(t.b, b...) }
func (t *findingText) num(n int)    { t.b = strconv.AppendInt(t.b, int64(n), 10) }

// year writes "2022年".
func (t *findingText) year(y int) { t.num(y); t.str("年") }

// end closes the current string.
func (t *findingText) end() {
	t.ends[t.n] = len(t.b)
	t.n++
}

// cut stores the strings, in the order they were closed, in dst.
func (t *findingText) cut(dst ...*string) {
	all := string(t.b[:t.ends[t.n-1]])
	start := 0
	for i, d := range dst {
		*d = all[start:t.ends[i]]
		start = t.ends[i]
	}
}

// hint writes the hint of a finding that rests on the report year:
// "报告年度判定：" + firstEvidence(ry), closed, then "report year %d", closed.
func (t *findingText) hint(ry *yearVote) {
	t.str("报告年度判定：")
	t.year(ry.Year)
	if len(ry.votes) > 0 {
		t.str("（")
		t.str(ry.firstEvidence())
		t.str("）")
	}
	t.end()
	t.str("report year ")
	t.num(ry.Year)
	t.end()
}
