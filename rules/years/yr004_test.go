package years

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// bigramCounts and diceCounts are the map form bigrams and dice replace.
func bigramCounts(s string) map[[2]rune]int {
	rs := []rune(maskYears(s))
	m := make(map[[2]rune]int, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		m[[2]rune{rs[i], rs[i+1]}]++
	}
	return m
}

func diceCounts(a, b map[[2]rune]int) float64 {
	na, nb, both := 0, 0, 0
	for _, v := range a {
		na += v
	}
	for k, v := range b {
		nb += v
		both += min(v, a[k])
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(both) / float64(na+nb)
}

var diceCases = [][2]string{
	{"", ""}, {"", "a"}, {"a", "a"}, {"ab", "ab"}, {"aaaa", "aa"}, {"abab", "baba"},
	{"2022年，在州委、州政府的坚强领导下，全州工信部门积极应对", "2021年，在州委、州政府的坚强领导下，全州工信部门积极应对"},
	{"收入收入收入2020年", "收入2019年收入"}, {"\xff\xfe\xff", "\xff\xff"},
}

func TestDiceMatchesCounts(t *testing.T) {
	for _, c := range diceCases {
		got := dice(bigrams(c[0]), bigrams(c[1]))
		want := diceCounts(bigramCounts(c[0]), bigramCounts(c[1]))
		if got != want {
			t.Errorf("dice(%q, %q) = %v, counts %v", c[0], c[1], got, want)
		}
	}
}

// diceBound never falls below dice: a pair it rules out is below 0.8.
func checkDiceBound(t *testing.T, a, b string) {
	ga, gb := bigramList(a, utf8.RuneCountInString(a)), bigramList(b, utf8.RuneCountInString(b))
	var sig gramSig
	for _, k := range ga {
		sig.add(k)
	}
	if ssig, n := signature(a); ssig != sig || n != len(ga) {
		t.Fatalf("signature(%q) differs from the signature of bigramList's %d bigrams (%d)", a, len(ga), n)
	}
	if bound, d := diceBound(len(ga), &sig, gb), dice(bigrams(a), bigrams(b)); bound < d {
		t.Fatalf("diceBound(%q, %q) = %v < dice %v", a, b, bound, d)
	}
}

func TestDiceBound(t *testing.T) {
	for _, c := range diceCases {
		checkDiceBound(t, c[0], c[1])
	}
}

func FuzzDiceBound(f *testing.F) {
	for _, c := range diceCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(checkDiceBound)
}

func FuzzDice(f *testing.F) {
	for _, c := range diceCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		got := dice(bigrams(a), bigrams(b))
		want := diceCounts(bigramCounts(a), bigramCounts(b))
		if got != want {
			t.Fatalf("dice(%q, %q) = %v, counts %v", a, b, got, want)
		}
	})
}

// bigrams returns the rune bigrams of s with years masked, each as its two
// runes in one word, sorted: a multiset that dice compares by merging
// (TestDiceMatchesCounts checks it against the map of counts it replaced).
func bigrams(s string) []uint64 {
	out := bigramList(s, utf8.RuneCountInString(s))
	slices.Sort(out)
	return out
}

// bigramList is bigrams unsorted; n is the rune count of s (masking
// years only shortens it).
func bigramList(s string, n int) []uint64 {
	out, _ := scanBigrams(s, make([]uint64, 0, max(n-1, 0)), nil)
	return out
}

// checkScanBigrams checks the bigram list in order against the runes of
// maskYears(s) as []rune decodes them (scanBigrams decodes Han itself).
func checkScanBigrams(t *testing.T, s string) {
	t.Helper()
	rs := []rune(maskYears(s))
	var want []uint64
	for i := 0; i+1 < len(rs); i++ {
		want = append(want, uint64(rs[i])<<32|uint64(rs[i+1]))
	}
	got, n := scanBigrams(s, nil, nil)
	if !slices.Equal(got, want) || n != len(want) {
		t.Fatalf("scanBigrams(%q) = %x (%d), want %x", s, got, n, want)
	}
	if !runesAtMostOracle(s) {
		t.Fatalf("runesAtMost(%q) differs from counting", s)
	}
}

func runesAtMostOracle(s string) bool {
	c := utf8.RuneCountInString(s)
	for _, n := range []int{0, 1, c - 1, c, c + 1, 39, 60} {
		if n >= 0 && runesAtMost(s, n) != (c <= n) {
			return false
		}
	}
	return true
}

var bigramCases = []string{"", "a", "年", "2022年度收入2021 年", "\xe5\xb9", "年\xff\xe5\xb9\xb4\xed\xa0\x80", "\xe1\x80\x80\xef\xbf\xbf\xe0\xa0\x80\xf0\x9f\x98\x80", "é中文，2020年。"}

func TestScanBigramsDecodes(t *testing.T) {
	for _, s := range bigramCases {
		checkScanBigrams(t, s)
	}
}

func FuzzScanBigrams(f *testing.F) {
	for _, s := range bigramCases {
		f.Add(s)
	}
	f.Fuzz(checkScanBigrams)
}
