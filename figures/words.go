package figures

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// wordList finds which word of a list a string starts or ends with, trying
// the words in list order as a loop of strings.HasPrefix/HasSuffix would,
// but only those that share the string's first (or last) rune: the lists
// are long and the figures many.
type wordList struct {
	// filter has bit r%512 set for each indexed rune r (astral ones too):
	// 64 bytes, one cache line, tell most runes no word starts (or ends)
	// with before has, 8 KB per list and often not in cache, is read
	filter [8]uint64
	// has has bit r set for each indexed rune r < 1<<16: most strings
	// start (or end) with a rune no word does, told without a lookup
	has *runeSet
	// lists holds the words of each indexed rune below 1<<16, in rune
	// order, at the rank of its bit in has (as in wordSet): no map
	// lookup for the runes that do start (or end) a word
	rank  *[1 << 10]uint16
	lists [][]string
	// astral holds the words of the runes beyond U+FFFF
	astral map[rune][]string
}

// runeSet is a bitmap of the runes below U+10000.
type runeSet [1 << 10]uint64

func (s *runeSet) add(r rune) {
	if r < 1<<16 {
		s[r>>6] |= 1 << (r & 63)
	}
}

// mayHold is false only for a rune below U+10000 not in the set.
func (s *runeSet) mayHold(r rune) bool {
	return r >= 1<<16 || r >= 0 && s[r>>6]&(1<<(r&63)) != 0
}

// rankedLists returns the entries of each rune set in has, in rune order,
// and sets rank[b] to the index of the first rune of has's word b: the list
// of rune r is then at rank[r>>6] plus the bits of has[r>>6] below r.
func rankedLists[T any](has *[1 << 10]uint64, rank *[1 << 10]uint16, byRune map[rune][]T) [][]T {
	var lists [][]T
	for b, bitsOf := range has {
		rank[b] = uint16(len(lists))
		for bitsOf != 0 {
			low := bits.TrailingZeros64(bitsOf)
			lists = append(lists, byRune[rune(b<<6|low)])
			bitsOf &= bitsOf - 1
		}
	}
	return lists
}

// newWordList indexes words by the rune key(w) of each.
func newWordList(words []string, key func(string) (rune, int)) wordList {
	l := wordList{has: new(runeSet), rank: new([1 << 10]uint16), astral: map[rune][]string{}}
	byRune := map[rune][]string{}
	for _, w := range words {
		r, _ := key(w)
		l.filter[(r&511)>>6] |= 1 << (r & 63)
		if r >= 1<<16 {
			l.astral[r] = append(l.astral[r], w)
			continue
		}
		byRune[r] = append(byRune[r], w)
		l.has.add(r)
	}
	l.lists = rankedLists((*[1 << 10]uint64)(l.has), l.rank, byRune)
	return l
}

// prefixList indexes words by their first rune, for prefixOf.
func prefixList(words []string) wordList {
	return newWordList(words, utf8.DecodeRuneInString)
}

// suffixList indexes words by their last rune, for suffixOf.
func suffixList(words []string) wordList {
	return newWordList(words, utf8.DecodeLastRuneInString)
}

// of returns the words indexed by r, in list order.
func (l *wordList) of(r rune) []string {
	if r < 0 || l.filter[(r&511)>>6]&(1<<(r&63)) == 0 {
		return nil
	}
	if r < 1<<16 {
		w, bit := l.has[r>>6], uint64(1)<<(r&63)
		if w&bit == 0 {
			return nil
		}
		return l.lists[int(l.rank[r>>6])+bits.OnesCount64(w&(bit-1))]
	}
	if len(l.astral) == 0 {
		return nil
	}
	return l.astral[r]
}

// prefixOf returns the first word of the list that s starts with, or "".
// (A word's first rune is valid UTF-8, so s starts with the word only if
// s's first rune is that rune.)
func (l *wordList) prefixOf(s string) string {
	r, _ := firstRune(s)
	return l.prefixOfRune(s, r)
}

// prefixOfRune is prefixOf(s) for s's first rune r, decoded by the
// caller (once for the lists it looks up).
func (l *wordList) prefixOfRune(s string, r rune) string {
	for _, w := range l.of(r) {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// suffixOf returns the first word of the list that s ends with, or "".
func (l *wordList) suffixOf(s string) string {
	r, _ := lastRune(s)
	return l.suffixOfRune(s, r)
}

// suffixOfRune is suffixOf(s) for s's last rune r, decoded by the caller.
func (l *wordList) suffixOfRune(s string, r rune) string {
	for _, w := range l.of(r) {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// candidates returns the words of a prefixList that may start s.
func (l *wordList) candidates(s string) []string {
	r, _ := firstRune(s)
	return l.of(r)
}

// wordSet finds where the words of a list occur in a string, in one pass
// over it instead of one strings.Index per word.
type wordSet struct {
	words []string
	// starts has bit r set for each first rune r < 1<<16 (the common case
	// of a rune that starts no word is told without a lookup)
	starts *[1 << 10]uint64
	// lists holds the indexes of the words starting with each first rune
	// below 1<<16, in rune order: the list of rune r is at the rank of its
	// bit in starts, rank[r>>6] plus the bits below it in its word. No
	// hashing, and no map to look up on every rune that may start a word.
	rank  *[1 << 10]uint16
	lists [][]int
	// astral holds the words starting beyond U+FFFF, by first rune
	astral     map[rune][]int
	astralRune bool // some word starts beyond U+FFFF
	// asciiStart is set when some word starts with an ASCII byte: else
	// the loops step over ASCII bytes (digits, Latin) without a lookup
	asciiStart bool
}

func newWordSet(words []string) wordSet {
	ws := wordSet{words: words, starts: new([1 << 10]uint64), rank: new([1 << 10]uint16), astral: map[rune][]int{}}
	byRune := map[rune][]int{}
	for k, w := range words {
		r, _ := firstRune(w)
		if r < utf8.RuneSelf {
			ws.asciiStart = true
		}
		if r < 1<<16 {
			ws.starts[r>>6] |= 1 << (r & 63)
			byRune[r] = append(byRune[r], k)
		} else {
			ws.astral[r] = append(ws.astral[r], k)
			ws.astralRune = true
		}
	}
	ws.lists = rankedLists(ws.starts, ws.rank, byRune)
	return ws
}

// of returns the indexes of the words whose first rune is r.
func (ws *wordSet) of(r rune) []int {
	if r < 1<<16 {
		w, bit := ws.starts[r>>6], uint64(1)<<(r&63)
		if w&bit == 0 {
			return nil
		}
		return ws.lists[int(ws.rank[r>>6])+bits.OnesCount64(w&(bit-1))]
	}
	if !ws.astralRune {
		return nil
	}
	return ws.astral[r]
}

// candidates returns the indexes of the words that may start at s[i:]. A
// word starts there only if the rune decoded there is its first rune, so
// every byte offset may be tried, inside invalid UTF-8 too.
func (ws *wordSet) candidates(s string, i int) []int {
	c := s[i]
	if c >= 0x80 && c < 0xC0 {
		return nil // a continuation byte starts no word
	}
	var r rune
	switch {
	case c < utf8.RuneSelf:
		r = rune(c)
	case c&0xF0 == 0xE0 && i+2 < len(s):
		// a three-byte rune (all of Chinese), decoded inline without
		// checking it: where s holds a word its bytes are the valid
		// encoding of the word's first rune, which this decodes rightly;
		// a rune made of invalid bytes only adds candidates whose
		// HasPrefix test then fails
		r = rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
	default:
		r, _ = firstRune(s[i:])
	}
	return ws.of(r)
}

// next is step (words_test.go) applied from i until it finds candidates: it returns the
// offset at where they start, their indexes and the offset after at that
// step would go on from, or len(s), nil, len(s) when no word may start at
// or after i. The common case, a three-byte rune that starts no word, is
// told in the loop itself (TestWordSetNext compares it with step).
func (ws *wordSet) next(s string, i int) (at int, ks []int, after int) {
	starts := ws.starts
	for i < len(s) {
		c := s[i]
		if c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if starts[r>>6]&(1<<(r&63)) != 0 {
				return i, ws.of(r), i + 3
			}
			i += 3
			continue
		}
		if c >= 0x80 && c < 0xC0 || c < utf8.RuneSelf && !ws.asciiStart {
			i++
			continue
		}
		if ks := ws.candidates(s, i); len(ks) > 0 {
			return i, ks, i + 1
		}
		i++
	}
	return len(s), nil, len(s)
}

// containsAny reports whether s contains one of the words.
func (ws *wordSet) containsAny(s string) bool {
	for i := 0; i < len(s); {
		at, ks, next := ws.next(s, i)
		for _, k := range ks {
			if strings.HasPrefix(s[at:], ws.words[k]) {
				return true
			}
		}
		i = next
	}
	return false
}

// firstWord returns the least k such that s contains word k, or −1: the
// word a loop over the list with strings.Contains would stop at.
func (ws *wordSet) firstWord(s string) int {
	best := -1
	for i := 0; i < len(s); {
		at, ks, next := ws.next(s, i)
		for _, k := range ks {
			if (best < 0 || k < best) && strings.HasPrefix(s[at:], ws.words[k]) {
				best = k
			}
		}
		i = next
	}
	return best
}

// lastIndexes sets last[k] to strings.LastIndex(s, word k) for each word
// k of ws (at most 64) found in s, and returns those k as the bits of
// found: the other entries of last are not written, and a caller looks
// only at the words found, not at every word of the set.
func (ws *wordSet) lastIndexes(s string, last []int) (found uint64) {
	for i := 0; i < len(s); {
		at, ks, next := ws.next(s, i)
		for _, k := range ks {
			if strings.HasPrefix(s[at:], ws.words[k]) {
				last[k] = at
				found |= 1 << k
			}
		}
		i = next
	}
	return found
}

// indexes sets first[k] and last[k] to strings.Index and
// strings.LastIndex of word k in s (−1 when absent). Both slices have
// len(ws.words) entries; either may be nil.
func (ws *wordSet) indexes(s string, first, last []int) {
	for k := range ws.words {
		if first != nil {
			first[k] = -1
		}
		if last != nil {
			last[k] = -1
		}
	}
	for i := 0; i < len(s); {
		at, ks, next := ws.next(s, i)
		for _, k := range ks {
			if !strings.HasPrefix(s[at:], ws.words[k]) {
				continue
			}
			if first != nil && first[k] < 0 {
				first[k] = at
			}
			if last != nil {
				last[k] = at
			}
		}
		i = next
	}
}
