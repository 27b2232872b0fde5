package prose

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
)

// scopeWordsRef is scopeWordsIn as a strings.Index loop per word, the
// occurrences sorted by position.
func scopeWordsRef(s string) []scopeAt {
	var out []scopeAt
	for p := 0; p < len(s); p++ {
		for k, w := range scopeWords {
			if strings.HasPrefix(s[p:], w) {
				out = append(out, scopeAt{int32(p), int8(k)})
			}
		}
	}
	return out
}

// FuzzScopeWordsIn checks the one-pass search for scope words and the
// byte test for quotes against their plain definitions.
func FuzzScopeWordsIn(f *testing.F) {
	f.Add("基本支出中“三公”经费10万元，项目支出‘公用经费’5万元")
	f.Add("\xe5基本支出\xff一般公共预算政府性基金国有资本经营社会保险基金三公经费公用经费人员经费机关运行经费\"")
	f.Add("机关运行经\xe2\x80")
	f.Fuzz(func(t *testing.T, s string) {
		got, want := scopeWordsIn(s, nil), scopeWordsRef(s)
		if len(got) != len(want) {
			t.Fatalf("scopeWordsIn(%q) = %v, want %v", s, got, want)
		}
		for k := range got {
			if got[k] != want[k] {
				t.Fatalf("scopeWordsIn(%q) = %v, want %v", s, got, want)
			}
		}
		// stripQuotes finds them in its bytes
		if got := scopeWordsIn([]byte(s), nil); !slices.Equal(got, want) {
			t.Fatalf("scopeWordsIn([]byte(%q)) = %v, want %v", s, got, want)
		}
		if got, want := hasScopeQuote(s), strings.ContainsFunc(s, isScopeQuote); got != want {
			t.Fatalf("hasScopeQuote(%q) = %v, want %v", s, got, want)
		}
	})
}

// scopeSetRef is scopeSetOf word by word.
func scopeSetRef(t string) uint32 {
	var m uint32
	for i, w := range scopeWords {
		if strings.Contains(t, w) {
			m |= 1 << i
		}
	}
	return m
}

// FuzzScopeSet checks scopeSetOf and the quote test of scopeMask against
// their plain definitions.
func FuzzScopeSet(f *testing.F) {
	f.Add("2022年“三公”经费支出情况表 项目支出 人员经费")
	f.Add("基本支出\"一般公共预算\"‘公用经费’机关运行经费社会保险基金")
	f.Add("国有资本经\xe2\x80\x9c营")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := scopeSetOf(s), scopeSetRef(s); got != want {
			t.Fatalf("scopeSetOf(%q) = %b, want %b", s, got, want)
		}
		if got, want := hasQuote(s, false), contextQuotes.Replace(s) != s; got != want {
			t.Fatalf("hasQuote(%q, false) = %v, want %v", s, got, want)
		}
	})
}

// TestSentWordsOracle checks what collect reads from wordsOf, once per
// sentence, against inList, which searches the text before
// each figure, for every figure of the seed reports and synthetic ones.
func TestSentWordsOracle(t *testing.T) {
	n := 0
	for _, doc := range oracleDocs(t) {
		for _, u := range collectProse(doc).units {
			bound := scopeBound(u)
			for i := range u.st.Quantities {
				q := &u.st.Quantities[i]
				s := u.sentenceOf(q.Start)
				sw := wordsOf(u.text, s, bound)
				if got, want := sw.listEnd <= min(max(q.LabelStart, s.Start), len(u.text)), inList(u, q, s); got != want {
					t.Fatalf("%s: %q in %q in a list: %v, want %v", doc.Name, q.Label, u.text, got, want)
				}
				if got := wordsIn(listWordsIn(u.text[:bound], nil), s); got != sw {
					t.Fatalf("%s: wordsIn of %q, sentence %v = %+v, wordsOf %+v", doc.Name, u.text, s, got, sw)
				}
				n++
			}
		}
	}
	if n < 200 {
		t.Errorf("only %d figures checked", n)
	}
}

// FuzzListWords compares wordsIn with wordsOf on any text, sentence and
// bound.
func FuzzListWords(f *testing.F) {
	f.Add("其中基本支出主要用于包括分别其中", 3, 20, 40)
	f.Add("分别分别\xe5其中主要用于", 0, 30, 9)
	f.Fuzz(func(t *testing.T, text string, start, end, bound int) {
		if start < 0 || end < start || end > len(text) || bound < 0 || bound > len(text) {
			return
		}
		s := figures.Range{Start: start, End: end}
		if got, want := wordsIn(listWordsIn(text[:bound], nil), s), wordsOf(text, s, bound); got != want {
			t.Fatalf("wordsIn(%q[:%d], %v) = %+v, want %+v", text, bound, s, got, want)
		}
	})
}

// FuzzScopeAndListWords compares the one pass for both kinds of words
// with the search for each kind.
func FuzzScopeAndListWords(f *testing.F) {
	f.Add("基本支出中“三公”经费10万元，其中项目支出主要用于公用经费，包括分别")
	f.Add("\xe5其中\xff一般公共预算政府性基金分别包括主要用于国有资本经营社会保险基金三公经费公用经费人员经费机关运行经费")
	f.Fuzz(func(t *testing.T, s string) {
		scope, list := scopeAndListWordsIn(s, nil, nil)
		if want := scopeWordsIn(s, nil); !slices.Equal(scope, want) {
			t.Fatalf("scopeAndListWordsIn(%q) scope words %v, want %v", s, scope, want)
		}
		if want := listWordsIn(s, nil); !slices.Equal(list, want) {
			t.Fatalf("scopeAndListWordsIn(%q) list words %v, want %v", s, list, want)
		}
	})
}

// FuzzSentWords is TestSentWordsOracle on any text.
func FuzzSentWords(f *testing.F) {
	f.Add("2022年，其中基本支出比上年增加10万元，项目支出5万元；分别为3万元、2万元。较上年增长5%")
	f.Add("主要用于办公费1万元（包括“三公”经费2万元），2021年支出合计3万元")
	f.Fuzz(func(t *testing.T, s string) {
		u := &unit{text: s, st: figures.Analyze(s)}
		bound := scopeBound(u)
		for i := range u.st.Quantities {
			q := &u.st.Quantities[i]
			sent := u.sentenceOf(q.Start)
			sw := wordsOf(u.text, sent, bound)
			if got, want := sw.listEnd <= min(max(q.LabelStart, sent.Start), len(u.text)), inList(u, q, sent); got != want {
				t.Fatalf("figure %d of %q in a list: %v, want %v", i, s, got, want)
			}
			if got := wordsIn(listWordsIn(u.text[:bound], nil), sent); got != sw {
				t.Fatalf("wordsIn of %q, sentence %v = %+v, wordsOf %+v", s, sent, got, sw)
			}
		}
	})
}

// stripQuotesRef is stripQuotes decoding the text rune by rune, as it did
// before it looked for the quotes' bytes: its oracle.
func stripQuotesRef(text string) (b []byte, st stripped) {
	st.made = true
	for i, r := range text {
		w := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, w = utf8.DecodeRuneInString(text[i:])
		}
		if isScopeQuote(r) {
			st.quotes = append(st.quotes, i)
			st.removed = append(st.removed, i+w-len(b))
			continue
		}
		b = append(b, text[i:i+w]...)
	}
	st.at = scopeWordsIn(b, nil)
	return b, st
}

// FuzzStripQuotes checks stripQuotes against stripQuotesRef: the same
// stripped text, quotes, bytes removed and scope words.
func FuzzStripQuotes(f *testing.F) {
	f.Add("基本支出中“三公”经费10万元，项目支出‘公用经费’5万元")
	f.Add("\xff“基本支出”\"项目支出\"\xe2\x80")
	f.Add("\xe2\xe2\x80\x9c\x80\x9d“")
	f.Fuzz(func(t *testing.T, s string) {
		var sc stripScratch
		got := stripQuotes(s, &sc)
		wantText, want := stripQuotesRef(s)
		if !hasScopeQuote(s) {
			if !slices.Equal(got.at, want.at) || len(want.quotes) != 0 {
				t.Fatalf("stripQuotes(%q) = %+v, want %+v", s, got, want)
			}
			return
		}
		if string(sc.text) != string(wantText) || !slices.Equal(got.quotes, want.quotes) || !slices.Equal(got.removed, want.removed) || !slices.Equal(got.at, want.at) {
			t.Fatalf("stripQuotes(%q) = %q %+v, want %q %+v", s, sc.text, got, wantText, want)
		}
	})
}
