package text

import (
	"strings"
	"unicode/utf8"
)

// maxHeadingRunes is the longest line still taken for a numbered title.
// Longer numbered lines are list items or paragraphs ("1.贯彻落实…。").
const maxHeadingRunes = 40

// markdownHeading recognises an ATX heading "## Title" and returns its level
// and its text without the markers.
func markdownHeading(line string) (level int, text string, ok bool) {
	s := strings.TrimLeft(line, " ")
	if len(line)-len(s) > 3 {
		return 0, "", false
	}
	for level < len(s) && s[level] == '#' {
		level++
	}
	if level == 0 || level > 6 {
		return 0, "", false
	}
	rest := s[level:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	rest = strings.TrimSpace(rest)
	// A closing sequence of #s preceded by a space is not part of the text.
	if t := strings.TrimRight(rest, "#"); t != rest && (t == "" || strings.HasSuffix(t, " ")) {
		rest = strings.TrimSpace(t)
	}
	if rest == "" {
		return 0, "", false
	}
	return level, rest, true
}

// numberedHeading recognises a short title-like line that starts with a
// Chinese-style numbering label: 一、 is level 1, （一） level 2, 1. or 1、
// level 3, （1） level 4. It returns the level and the label as written.
func numberedHeading(line string) (level int, number string, ok bool) {
	s := strings.TrimLeft(line, " \t\u3000")
	if s == "" || utf8.RuneCountInString(s) > maxHeadingRunes {
		return 0, "", false
	}
	t := strings.TrimRight(s, " \t\u3000")
	for _, end := range []string{"。", "；", "：", "，", ";", ":", ","} {
		if strings.HasSuffix(t, end) {
			return 0, "", false
		}
	}
	// A full stop or semicolon inside means a sentence follows the label.
	if strings.ContainsAny(t, "。；") {
		return 0, "", false
	}
	number, level = numberLabel(s)
	if level == 0 || strings.TrimSpace(s[len(number):]) == "" {
		return 0, "", false
	}
	return level, number, true
}

// numberLabel returns the numbering label at the start of s and its level,
// or "", 0.
func numberLabel(s string) (string, int) {
	// 一、
	if n := spanOf(s, isHanNumeral); n > 0 && strings.HasPrefix(s[n:], "、") {
		return s[:n+len("、")], 1
	}
	// （一） and （1）
	if open := openParen(s); open > 0 {
		rest := s[open:]
		if n := spanOf(rest, isHanNumeral); n > 0 {
			if cl := closeParen(rest[n:]); cl > 0 {
				return s[:open+n+cl], 2
			}
		}
		if n := spanOf(rest, isDigit); n > 0 && n <= 6 {
			if cl := closeParen(rest[n:]); cl > 0 {
				return s[:open+n+cl], 4
			}
		}
		return "", 0
	}
	// 1. 1、 1． but not 1.1 (a sub-number or a decimal).
	if n := spanOf(s, isDigit); n > 0 && n <= 6 {
		rest := s[n:]
		for _, sep := range []string{".", "．", "、"} {
			if strings.HasPrefix(rest, sep) {
				after := rest[len(sep):]
				if m := spanOf(after, isDigit); m > 0 {
					return "", 0
				}
				return s[:n+len(sep)], 3
			}
		}
	}
	return "", 0
}

// spanOf returns the length in bytes of the prefix of s whose runes satisfy f.
func spanOf(s string, f func(rune) bool) int {
	for i, r := range s {
		if !f(r) {
			return i
		}
	}
	return len(s)
}

func isHanNumeral(r rune) bool {
	return strings.ContainsRune("一二三四五六七八九十百零〇两", r)
}

func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

func openParen(s string) int {
	for _, p := range []string{"（", "("} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}

func closeParen(s string) int {
	for _, p := range []string{"）", ")"} {
		if strings.HasPrefix(s, p) {
			return len(p)
		}
	}
	return 0
}
