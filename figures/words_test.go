package figures

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// firstPrefix and firstSuffix are the loops wordList replaces: the oracle.
func firstPrefix(words []string, s string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

func firstSuffix(words []string, s string) string {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// matchUnitSlow is matchUnit before the units were indexed by first rune.
func matchUnitSlow(s string) string {
	for _, m := range unitPrefixes {
		if !strings.HasPrefix(s, m) {
			continue
		}
		for _, u := range baseUnits {
			if strings.HasPrefix(s[len(m):], u) {
				if m == "百" && u == "分" {
					continue
				}
				if u == "余" {
					continue
				}
				return m + u
			}
		}
		if m == "万" || m == "亿" || m == "万亿" {
			return m
		}
	}
	return ""
}

// polaritySlow, lastPolaritySlow and findMarkerSlow are the functions
// before their words were searched in one pass: the oracle.
func polaritySlow(s string) (string, int, int) {
	bestW, bestS, bestI := "", 0, -1
	for _, w := range posWords {
		if i := strings.Index(s, w); i >= 0 && (bestI < 0 || i < bestI || i == bestI && len(w) > len(bestW)) {
			bestW, bestS, bestI = w, 1, i
		}
	}
	for _, w := range negWords {
		if i := strings.Index(s, w); i >= 0 && (bestI < 0 || i < bestI || i == bestI && len(w) > len(bestW)) {
			bestW, bestS, bestI = w, -1, i
		}
	}
	return bestW, bestS, bestI
}

func lastPolaritySlow(s string) (string, int, int) {
	bestW, bestS, bestI := "", 0, -1
	for _, list := range [][]string{posWords, negWords} {
		for _, w := range list {
			if i := strings.LastIndex(s, w); i >= 0 && (i > bestI && i+len(w) > bestI+len(bestW) || i <= bestI && i+len(w) >= bestI+len(bestW) && len(w) > len(bestW)) {
				bestW, bestI = w, i
				bestS = 1
				if list[0] == negWords[0] {
					bestS = -1
				}
			}
		}
	}
	return bestW, bestS, bestI
}

func findMarkerSlow(g string, base int) (string, Range) {
	best, at := "", -1
	for _, m := range enumMarkers {
		if i := strings.LastIndex(g, m); i >= 0 && i > at {
			if m == "包括" && strings.Contains(g, "主要包括") {
				continue
			}
			best, at = m, i
		}
	}
	if at < 0 {
		return "", Range{}
	}
	return best, Range{base + at, base + at + len(best)}
}

// checkWordSearch compares the one-pass searches with their loops on s.
func checkWordSearch(t *testing.T, s string) {
	for k := range wordListCases {
		checkWordSetNext(t, &indexedSets[k], s)
	}
	w1, s1, i1 := polarity(s)
	w2, s2, i2 := polaritySlow(s)
	if w1 != w2 || s1 != s2 || i1 != i2 {
		t.Fatalf("polarity(%q) = %q %d %d, want %q %d %d", s, w1, s1, i1, w2, s2, i2)
	}
	w1, s1, i1 = lastPolarity(s)
	w2, s2, i2 = lastPolaritySlow(s)
	if w1 != w2 || s1 != s2 || i1 != i2 {
		t.Fatalf("lastPolarity(%q) = %q %d %d, want %q %d %d", s, w1, s1, i1, w2, s2, i2)
	}
	m1, r1 := findMarker(s, 7)
	m2, r2 := findMarkerSlow(s, 7)
	if m1 != m2 || r1 != r2 {
		t.Fatalf("findMarker(%q) = %q %v, want %q %v", s, m1, r1, m2, r2)
	}
	for k, c := range wordListCases {
		if got, want := indexedSets[k].containsAny(s), cjk.ContainsAnyOf(s, c.words...); got != want {
			t.Fatalf("%s: containsAny(%q) = %v, want %v", c.name, s, got, want)
		}
	}
	if got, want := comparableWordSet.containsAny(s), cjk.ContainsAnyOf(s, comparableWords...); got != want {
		t.Fatalf("comparableWords: containsAny(%q) = %v, want %v", s, got, want)
	}
	want := -1
	for k, kv := range labelSynonyms {
		if strings.Contains(s, kv[0]) {
			want = k
			break
		}
	}
	if got := synonymKeys.firstWord(s); got != want {
		t.Fatalf("synonymKeys.firstWord(%q) = %d, want %d", s, got, want)
	}
	if got, want := NormalizeLabel(s), normalizeLabelSlow(s); got != want {
		t.Fatalf("NormalizeLabel(%q) = %q, want %q", s, got, want)
	}
}

// normalizeLabelSlow is NormalizeLabel before its notes and synonyms were
// searched in one pass: the oracle.
func normalizeLabelSlow(s string) string {
	s = Normalize(s)
	if strings.ContainsFunc(s, droppedFromLabel) {
		var b strings.Builder
		for _, r := range s {
			if droppedFromLabel(r) {
				continue
			}
			b.WriteRune(r)
		}
		s = b.String()
	}
	for _, u := range []string{"(万元)", "(元)", "(亿元)", "(%)", "(千元)"} {
		s = strings.ReplaceAll(s, u, "")
	}
	s = strings.TrimPrefix(s, "其中:")
	s = strings.TrimPrefix(s, "其中")
	s = stripNumbering(s)
	for _, kv := range labelSynonyms {
		if strings.Contains(s, kv[0]) {
			s = strings.Replace(s, kv[0], kv[1], 1)
			break
		}
	}
	return strings.Trim(s, ":：、.,，;；")
}

var wordListCases = []struct {
	name  string
	words []string
}{
	{"preQualifiers", preQualifiers}, {"leadSuffixes", leadSuffixes}, {"endPeriods", endPeriods},
	{"leadPrefixes", leadPrefixes}, {"startPeriods", startPeriods},
	{"posWords", posWords}, {"negWords", negWords}, {"enumMarkers", enumMarkers}, {"stopWords", stopWords},
	{"planWords", planWords}, {"actualWords", actualWords},
}

// indexedLists and indexedSets hold each case's prefix and suffix lists
// and word set, made once.
var indexedLists, indexedSets = func() ([][2]wordList, []wordSet) {
	var ls [][2]wordList
	var ss []wordSet
	for _, c := range wordListCases {
		ls = append(ls, [2]wordList{prefixList(c.words), suffixList(c.words)})
		ss = append(ss, newWordSet(c.words))
	}
	return ls, ss
}()

// checkWordLists compares every indexed lookup with its loop on all the
// prefixes and suffixes of s (at every byte, so also inside runes).
func checkWordLists(t *testing.T, s string) {
	for i := 0; i <= len(s); i++ {
		head, tail := s[:i], s[i:]
		for k, c := range wordListCases {
			if got, want := indexedLists[k][0].prefixOf(tail), firstPrefix(c.words, tail); got != want {
				t.Fatalf("%s: prefixOf(%q) = %q, want %q", c.name, tail, got, want)
			}
			if got, want := indexedLists[k][1].suffixOf(head), firstSuffix(c.words, head); got != want {
				t.Fatalf("%s: suffixOf(%q) = %q, want %q", c.name, head, got, want)
			}
		}
		if got, want := matchUnit(tail), matchUnitSlow(tail); got != want {
			t.Fatalf("matchUnit(%q) = %q, want %q", tail, got, want)
		}
	}
	checkWordSearch(t, s)
	for i := 0; i < len(s); i += 7 { // pieces, cut anywhere
		checkWordSearch(t, s[i:min(len(s), i+40)])
	}
}

var wordCases = []string{
	"", "万元", "3.5万亿元", "百分之五", "百分点", "不低于≥>=<=", "合计为比上年增加", "较大比重", "年初预算数全年预算",
	"\xff增加", "增\xe5加", "万\x80元", "同比增长", "主要包括其中", "减少少减", "增加多增加", "包括主要包括包括",
	"其中：基本支出1万元，主要用于", "按可比价格计算，同口径增长", "多出多",
	"（一）公务车辆维护费（万元）", "其中：商品和服务支出(元)", "总收入收入总计", "因公出国（境）费用", "😀增加", "\xe5\xa2\x9e\xe5\x8a", "\xe5AB增加", "\xe0\x80\x80比较", "\xed\xa0\x80其中", "\xe5\xa2增长",
}

func TestWordLists(t *testing.T) {
	for _, s := range wordCases {
		checkWordLists(t, s)
	}
	for _, line := range seedLines(t) {
		if len(line) < 400 { // the quadratic check stays quick
			checkWordLists(t, line)
		}
	}
}

// FuzzWordLists compares the indexed word lookups with plain loops.
func FuzzWordLists(f *testing.F) {
	for _, s := range wordCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1000 {
			// the check is quadratic: a long input took the fuzzer's
			// 10 s for one run (hung) on a loaded machine
			return
		}
		checkWordLists(t, s)
	})
}

// TestFirstNonSpace checks firstNonSpace against trimming the normalised text.
func TestFirstNonSpace(t *testing.T) {
	for _, s := range append(wordCases, "", " ", "\u3000：x", " :", "\xff:", "\t\n：", "　 a", "\u0085:") {
		got := firstNonSpace(s) == ':'
		want := strings.HasPrefix(strings.TrimSpace(Normalize(s)), ":")
		if got != want {
			t.Errorf("firstNonSpace(%q) == ':' is %v, want %v", s, got, want)
		}
	}
}

// TestRateKindsEndWithLü guards rates' shortcut: it skips figures whose
// label and lead do not end with 率.
func TestRateKindsEndWithLü(t *testing.T) {
	for _, k := range rateKinds {
		if !strings.HasSuffix(k, "率") {
			t.Errorf("rate kind %q does not end with 率", k)
		}
	}
}

// step returns the indexes of the words that may start at s[i:], as
// candidates does, and the next offset worth trying: past a whole
// three-byte rune (most of Chinese text) at once, as its continuation
// bytes start no word, else the next byte. The rune is decoded inline
// unchecked, as in candidates: an invalid one only adds candidates whose
// HasPrefix test fails.
func (ws *wordSet) step(s string, i int) ([]int, int) {
	c := s[i]
	switch {
	case c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		return ws.of(rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)), i + 3
	case c >= 0x80 && c < 0xC0 || c < utf8.RuneSelf && !ws.asciiStart:
		return nil, i + 1 // a continuation byte starts no word, nor here an ASCII one
	}
	return ws.candidates(s, i), i + 1
}

// checkWordSetNext compares next, from every offset, with step applied
// until it finds candidates.
func checkWordSetNext(t *testing.T, ws *wordSet, s string) {
	for i := 0; i <= len(s); i++ {
		at, ks, after := ws.next(s, i)
		wantAt, wantKs, wantAfter := len(s), []int(nil), len(s)
		for j := i; j < len(s); {
			ks, next := ws.step(s, j)
			if len(ks) > 0 {
				wantAt, wantKs, wantAfter = j, ks, next
				break
			}
			j = next
		}
		if at != wantAt || after != wantAfter || !slices.Equal(ks, wantKs) {
			t.Fatalf("next(%q, %d) = %d %v %d, want %d %v %d", s, i, at, ks, after, wantAt, wantKs, wantAfter)
		}
	}
}
