package docx

import (
	"strings"
	"unicode/utf8"
)

// maxTitleRunes is the longest paragraph that may become a heading by its
// numbering pattern alone.
const maxTitleRunes = 40

// numberPattern recognises the numbering that opens a Chinese report's
// section title and returns the heading level it implies and the label:
//
//	一、 → 1   （一） → 2   1. / 1、 / 1． → 3   （1） → 4
//
// "1.5万元" is not a label (a digit follows the dot).
func numberPattern(s string) (level int, label string) {
	s = strings.TrimLeft(s, " \t\u3000")
	// 一、
	if n := prefixLen(s, isCNDigit); n > 0 {
		if rest := s[n:]; strings.HasPrefix(rest, "、") {
			return 1, s[:n+len("、")]
		}
		return 0, ""
	}
	// （一） (一) （1） (1)
	for _, open := range []string{"（", "("} {
		rest, ok := strings.CutPrefix(s, open)
		if !ok {
			continue
		}
		lvl := 0
		n := prefixLen(rest, isCNDigit)
		if n > 0 {
			lvl = 2
		} else if n = prefixLen(rest, isDigit); n > 0 {
			lvl = 4
		} else {
			return 0, ""
		}
		for _, cl := range []string{"）", ")"} {
			if strings.HasPrefix(rest[n:], cl) {
				return lvl, s[:len(open)+n+len(cl)]
			}
		}
		return 0, ""
	}
	// 1. 1、 1．
	if n := prefixLen(s, isDigit); n > 0 {
		rest := s[n:]
		for _, sep := range []string{"、", ".", "．"} {
			if after, ok := strings.CutPrefix(rest, sep); ok {
				if r, _ := utf8.DecodeRuneInString(after); isDigit(r) {
					return 0, ""
				}
				return 3, s[:n+len(sep)]
			}
		}
	}
	return 0, ""
}

func isCNDigit(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十百零〇", r)
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// prefixLen returns the byte length of the longest prefix of s made of runes
// satisfying f (at most 6 runes, as no label is longer).
func prefixLen(s string, f func(rune) bool) int {
	n := 0
	for i, r := range s {
		if !f(r) || i >= 18 {
			return i
		}
		n = i + utf8.RuneLen(r)
	}
	return n
}

// titleLike reports whether a paragraph's text may be a section title:
// short, not ending like a sentence, not a table-of-contents line.
func titleLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > maxTitleRunes {
		return false
	}
	for _, end := range []string{"。", "；", "：", ";", ":", "，"} {
		if strings.HasSuffix(s, end) {
			return false
		}
	}
	return !isTOCLine(s)
}

// isTOCLine recognises a table-of-contents entry: text, a leader or tab,
// and a page number at the end.
func isTOCLine(s string) bool {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i == len(s) || i == 0 {
		return false
	}
	head := strings.TrimRight(s[:i], " ")
	return strings.HasSuffix(head, "\t") || strings.HasSuffix(head, "…") || strings.HasSuffix(head, "..") || strings.HasSuffix(head, "·")
}
