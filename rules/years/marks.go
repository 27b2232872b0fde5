package years

import (
	"slices"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

// yearMarks is the offsets in a document's text of every 年, in order:
// the YR rules each looked for 年 in the same paragraphs and sentences
// again (indexHan was the family's inner loop); now the text is searched
// once and each scan reads its share of the list. (The report-year vote
// still searches its units: marking the whole text costs more than that
// when no rule reads the marks after it, as in a document without a sure
// report year.) 年 (E5 B9 B4) cannot overlap itself, so the 年 of any slice of
// the text are exactly the marks lying wholly inside it (marks_test.go
// checks the scans against indexHan).
type yearMarks []int32

type marksKey struct{}

// yearMarksOf returns the yearMarks of p.Doc, found once per pass.
func yearMarksOf(p *audit.Pass) yearMarks {
	b := buffersOf(p)
	// a pointer: a slice stored as a fact (an interface) would be boxed
	return *audit.Fact(p, marksKey{}, func(d *model.Document) *yearMarks {
		b.marks = appendMarks(b.marks[:0], d.Text)
		return &b.marks
	})
}

// appendMarks appends the offsets of every 年 in s.
func appendMarks(dst yearMarks, s string) yearMarks {
	for k := 0; k < len(s); {
		i := indexHan(s[k:], "年")
		if i < 0 {
			break
		}
		dst = append(dst, int32(k+i))
		k += i + len("年")
	}
	return dst
}

// in returns the marks lying wholly inside text[lo:hi].
func (ym yearMarks) in(lo, hi int) yearMarks {
	i, _ := slices.BinarySearch(ym, int32(lo))
	j := i
	for j < len(ym) && int(ym[j])+len("年") <= hi {
		j++
	}
	return ym[i:j]
}

// inAfter is in(lo, hi) for a caller walking the text forwards: *j is
// where the marks of its last call ended, and the marks of text[lo:hi]
// are looked for from there, not by a binary search (unless lo lies
// before the last marks, when it searches). It sets *j for the next call.
func (ym yearMarks) inAfter(j *int, lo, hi int) yearMarks {
	i := *j
	if i > len(ym) || i > 0 && int(ym[i-1]) >= lo {
		i, _ = slices.BinarySearch(ym, int32(lo))
	} else {
		for i < len(ym) && int(ym[i]) < lo {
			i++
		}
	}
	k := i
	for k < len(ym) && int(ym[k])+len("年") <= hi {
		k++
	}
	*j = k
	return ym[i:k]
}

// scanner returns a yearScanner of text[base:base+len(s)] == s that reads
// its 年 from ym (ym nil: it searches s).
func (ym yearMarks) scanner(s string, base int) yearScanner {
	if ym == nil {
		return yearScanner{s: s}
	}
	return yearScanner{s: s, listed: true, marks: ym.in(base, base+len(s)), base: base}
}

// scannerAfter is scanner for a caller walking the text forwards
// (inAfter, with *j kept between calls).
func (ym yearMarks) scannerAfter(j *int, s string, base int) yearScanner {
	if ym == nil {
		return yearScanner{s: s}
	}
	return yearScanner{s: s, listed: true, marks: ym.inAfter(j, base, base+len(s)), base: base}
}

// spanScanner is scanner for the text of span sp of d (d.Slice(sp), empty
// for a span outside the text).
func (ym yearMarks) spanScanner(d *model.Document, sp model.Span) yearScanner {
	s := d.Slice(sp)
	if s == "" {
		return yearScanner{}
	}
	return ym.scanner(s, sp.Start)
}

// spanScannerAfter is spanScanner for a caller walking the text forwards
// (inAfter, with *j kept between calls).
func (ym yearMarks) spanScannerAfter(j *int, d *model.Document, sp model.Span) yearScanner {
	s := d.Slice(sp)
	if s == "" {
		return yearScanner{}
	}
	return ym.scannerAfter(j, s, sp.Start)
}
