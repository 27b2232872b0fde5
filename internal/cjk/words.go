package cjk

import (
	"math/bits"
	"strings"
)

// Words is a fixed list of words looked for in one pass over a text:
// ContainsAnyOf(s, words...) runs Index once per word, which for a long
// list and a short text (a column name, a header) costs far more in calls
// than in scanning. In finds a word by its first and third bytes (the
// first byte of a Han character is shared by thousands of them, the third
// much less), then compares the candidates. Use it for lists of many
// words and short texts; for a few words in a paragraph ContainsAnyOf is
// faster.
type Words struct {
	words []string
	// first[b] has bit k set when words[k] starts with byte b; third[b]
	// when its third byte is b or it has fewer than three bytes
	first, third [256]uint64
	short        uint64 // the words of fewer than three bytes
}

// NewWords returns the set of words, at most 64 and none empty.
func NewWords(words ...string) *Words {
	if len(words) > 64 {
		panic("cjk.NewWords: more than 64 words")
	}
	ws := &Words{words: words}
	for k, w := range words {
		if w == "" {
			panic("cjk.NewWords: an empty word")
		}
		bit := uint64(1) << k
		ws.first[w[0]] |= bit
		if len(w) >= 3 {
			ws.third[w[2]] |= bit
			continue
		}
		ws.short |= bit
		for b := range ws.third {
			ws.third[b] |= bit
		}
	}
	return ws
}

// In reports whether s contains one of the words: ContainsAnyOf(s, words...).
func (ws *Words) In(s string) bool {
	for i := 0; i < len(s); i++ {
		m := ws.first[s[i]]
		if m == 0 {
			continue
		}
		if i+2 < len(s) {
			m &= ws.third[s[i+2]]
		} else {
			m &= ws.short // (a longer word does not fit)
		}
		for ; m != 0; m &= m - 1 {
			if strings.HasPrefix(s[i:], ws.words[bits.TrailingZeros64(m)]) {
				return true
			}
		}
	}
	return false
}
