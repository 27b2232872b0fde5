package scores

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// runRegexp is a regexp run only where it can match. A match of a pattern
// without anchors, word boundaries or "any character" holds only the
// characters the pattern names (its alphabet), and every match holds one of
// a few literals (needs). So the matches in a text are those in the
// maximal stretches of alphabet characters around the literals' occurrences:
// the regexp runs on a few short stretches instead of whole paragraphs.
// Matches cannot cross a stretch's end, so leftmost-first matching finds the
// same ones (runs_test.go checks this against the plain regexp).
//
// A pattern whose every match holds an ASCII digit (digits) is not run on
// a stretch without one: most stretches around a word are the word alone.
type runRegexp struct {
	re     *regexp.Regexp
	ranges []rune    // the alphabet: lo, hi pairs
	ascii  [2]uint64 // the alphabet's ASCII characters, a bit set
	wide   []rune    // ranges, those beyond ASCII
	needs  []string
	keyAt  []int // for each need, the offset in it of the last byte of its first keyword character (findAt)
	digits bool  // every match holds one of 0-9
}

func mustRunRegexp(expr string, needs ...string) *runRegexp {
	re := regexp.MustCompile(expr)
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(err)
	}
	x := &runRegexp{re: re, needs: needs, digits: needsDigit(parsed.Simplify())}
	for _, n := range needs {
		at := -1
		for i := 0; i+3 <= len(n) && at < 0; i++ {
			if isKeywordChar(n[i : i+3]) {
				at = i + 2
			}
		}
		if at < 0 {
			panic(fmt.Sprintf("scores: runRegexp %q: %q holds no keyword character", expr, n))
		}
		x.keyAt = append(x.keyAt, at)
	}
	x.collect(parsed)
	for i := 0; i < len(x.ranges); i += 2 {
		lo, hi := x.ranges[i], x.ranges[i+1]
		for r := lo; r <= min(hi, utf8.RuneSelf-1); r++ {
			x.ascii[r/64] |= 1 << (r % 64)
		}
		if hi >= utf8.RuneSelf {
			x.wide = append(x.wide, max(lo, utf8.RuneSelf), hi)
		}
	}
	return x
}

// needsDigit reports whether every match of re holds an ASCII digit.
func needsDigit(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return re.Flags&syntax.FoldCase == 0 && slices.ContainsFunc(re.Rune, func(r rune) bool { return r >= '0' && r <= '9' })
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false
			}
		}
		return len(re.Rune) > 0
	case syntax.OpCapture:
		return needsDigit(re.Sub[0])
	case syntax.OpPlus:
		return needsDigit(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && needsDigit(re.Sub[0])
	case syntax.OpConcat:
		return slices.ContainsFunc(re.Sub, needsDigit)
	case syntax.OpAlternate:
		return len(re.Sub) > 0 && !slices.ContainsFunc(re.Sub, func(sub *syntax.Regexp) bool { return !needsDigit(sub) })
	}
	return false
}

// hasDigit reports whether s holds one of 0-9.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// collect adds the characters re can match to the alphabet.
func (x *runRegexp) collect(re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			panic(fmt.Sprintf("scores: runRegexp %q: case folding", x.re))
		}
		for _, r := range re.Rune {
			x.ranges = append(x.ranges, r, r)
		}
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 0xff {
				panic(fmt.Sprintf("scores: runRegexp %q: a large character class", x.re))
			}
		}
		x.ranges = append(x.ranges, re.Rune...)
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		panic(fmt.Sprintf("scores: runRegexp %q: %v depends on context", x.re, re.Op))
	}
	for _, sub := range re.Sub {
		x.collect(sub)
	}
}

func (x *runRegexp) in(r rune) bool {
	if r < utf8.RuneSelf {
		return x.ascii[r/64]&(1<<(r%64)) != 0
	}
	for i := 0; i < len(x.wide); i += 2 {
		if x.wide[i] <= r && r <= x.wide[i+1] {
			return true
		}
	}
	return false
}

// FindAllStringSubmatchIndex is x.re.FindAllStringSubmatchIndex(s, -1).
func (x *runRegexp) FindAllStringSubmatchIndex(s string) [][]int {
	var runs [][2]int
	for _, n := range x.needs {
		for off := 0; ; {
			i := cjk.Index(s[off:], n)
			if i < 0 {
				break
			}
			a, b := x.stretch(s, off+i, off+i+len(n))
			runs = append(runs, [2]int{a, b})
			off = b
		}
	}
	if len(x.needs) > 1 {
		// stretches are maximal: two are the same or apart
		slices.SortFunc(runs, func(p, q [2]int) int { return p[0] - q[0] })
		runs = slices.Compact(runs)
	}
	return x.matchRuns(s, runs)
}

// stretch returns the maximal stretch of alphabet characters around
// s[a:b].
func (x *runRegexp) stretch(s string, a, b int) (int, int) {
	for a > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:a])
		if !x.in(r) {
			break
		}
		a -= w
	}
	for b < len(s) {
		r, w := utf8.DecodeRuneInString(s[b:])
		if !x.in(r) {
			break
		}
		b += w
	}
	return a, b
}

// findAt is FindAllStringSubmatchIndex(s) for s = d.Text[base:base+len(s)]
// and keys the ends of the keyword characters in s (keywordEnds of the
// text, ascending). Every need holds one (keyAt), so its occurrences are
// found at those keys rather than by a scan of s for each need: the same
// occurrences, and the same stretches around them.
func (x *runRegexp) findAt(s string, base int, keys []int32) [][]int {
	var runs [][2]int
	for _, key := range keys {
		e := int(key) - base // the character's last byte in s
		if e < 2 || e >= len(s) {
			continue
		}
		for i, n := range x.needs {
			a := e - x.keyAt[i]
			if a < 0 || !strings.HasPrefix(s[a:], n) {
				continue
			}
			if k := len(runs) - 1; k >= 0 && runs[k][0] <= a && a < runs[k][1] {
				continue // in the last stretch: the same one
			}
			a, b := x.stretch(s, a, a+len(n))
			runs = append(runs, [2]int{a, b})
		}
	}
	if len(runs) > 1 {
		// stretches are maximal: two are the same or apart
		slices.SortFunc(runs, func(p, q [2]int) int { return p[0] - q[0] })
		runs = slices.Compact(runs)
	}
	return x.matchRuns(s, runs)
}

// matchRuns runs the regexp on the stretches runs of s, in order.
func (x *runRegexp) matchRuns(s string, runs [][2]int) [][]int {
	var out [][]int
	for _, run := range runs {
		if x.digits && !hasDigit(s[run[0]:run[1]]) {
			continue // no match here
		}
		for _, m := range x.re.FindAllStringSubmatchIndex(s[run[0]:run[1]], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += run[0]
				}
			}
			out = append(out, m)
		}
	}
	return out
}
