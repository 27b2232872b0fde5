package sequence

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// bracketListRe is a count whose things are named in the bracket right
// after it: "项目覆盖11个村（薛河村、阎店村、…）".
var bracketListRe = regexp.MustCompile(`(` + cnCount + `|[1-9][0-9]?)个([^，。；：:、（）0-9]{1,4})（([^（）]+)）`)

// bracketAfterCountRe is a count whose noun comes before it and whose
// things are named in the bracket right after 个: "康复机构4个（县残疾人康复
// 服务中心、县中医院康复科、冀安镇卫生院康复站）", "普通高中5所（A、B、…）".
var bracketAfterCountRe = regexp.MustCompile(`(\p{Han}{2})(` + cnCount + `|[1-9][0-9]?)([个所家座处])（([^（）]+)）`)

// bracketMeasures are the measure words bracketAfterCountRe reads: a count
// of bodies or places.
var bracketMeasures = [...]string{"个（", "所（", "家（", "座（", "处（"}

// bracketListLead reports whether txt holds 个, one to four characters
// that are no punctuation or digit, and a bracket: the part of
// bracketListRe after the count, found without running it on every
// paragraph with a 个 and a bracket.
func bracketListLead(txt string) bool {
	for i := 0; ; {
		k := cjk.Index(txt[i:], "个")
		if k < 0 {
			return false
		}
		i += k + len("个")
		for j, rest := 0, txt[i:]; j <= 4 && rest != ""; j++ {
			r, w := utf8.DecodeRuneInString(rest)
			if r == '（' {
				if j >= 1 {
					return true
				}
				break
			}
			if r >= '0' && r <= '9' || strings.ContainsRune("，。；：:、）", r) {
				break
			}
			rest = rest[w:]
		}
	}
}

// checkBracketLists checks the counts of bracketListRe: the names in the
// bracket, each ending in a character of the counted noun (薛河村 of 村,
// 城关镇 of 乡镇, 办公室 of 股室), must be as many as the count says. The
// names ending so is what tells a list of the things counted from a
// bracket saying something else ("5个（含2个新建）").
func checkBracketLists(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "、") {
		return
	}
	if cjk.ContainsAnyOf(txt, bracketMeasures[:]...) {
		checkBracketAfterCount(p, sp, txt)
	}
	if !bracketListLead(txt) {
		return
	}
	for _, m := range bracketListRe.FindAllStringSubmatchIndex(txt, -1) {
		if r, _ := utf8.DecodeLastRuneInString(txt[:m[2]]); r >= '0' && r <= '9' || strings.ContainsRune("零一二三四五六七八九十百两", r) {
			continue // the end of a longer numeral: "12个" is not "2个"
		}
		noun := txt[m[4]:m[5]]
		inner := txt[m[6]:m[7]]
		if hasDeng(inner) || cjk.Contains(inner, "其中") || cjk.Contains(inner, "含") {
			continue // "…等", "其中…", "含…": not all the names
		}
		names := strings.Split(inner, "、")
		if len(names) < 2 {
			continue
		}
		ok := true
		for _, name := range names {
			name = strings.TrimSpace(name)
			last, _ := utf8.DecodeLastRuneInString(name)
			if n := utf8.RuneCountInString(name); n < 2 || n > 16 || !strings.ContainsRune(noun, last) || hasFigure(name) {
				ok = false
				break
			}
		}
		n := announced(txt[m[2]:m[3]])
		if !ok || n == len(names) {
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s个%s」，括号中列出的是 %d 个：%s", txt[m[2]:m[3]], noun, len(names), inner),
			MessageEN:  fmt.Sprintf("the text announces %d %s but the bracket names %d: %s", n, noun, len(names), inner),
			Span:       model.Span{Start: sp.Start + m[2], End: sp.Start + m[5]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, len(names)),
			Expected:   strconv.Itoa(len(names)),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
			Related:    []model.Span{{Start: sp.Start + m[6], End: sp.Start + m[7]}},
		})
	}
}

// checkBracketAfterCount checks the counts of bracketAfterCountRe: the
// names in the bracket, two or more, each of two to sixteen characters
// with no figure, must be as many as the count says.
func checkBracketAfterCount(p *audit.Pass, sp model.Span, txt string) {
	for _, m := range bracketAfterCountRe.FindAllStringSubmatchIndex(txt, -1) {
		if r, _ := utf8.DecodeLastRuneInString(txt[:m[4]]); r >= '0' && r <= '9' {
			continue
		}
		inner := txt[m[8]:m[9]]
		if hasDeng(inner) || cjk.ContainsAnyOf(inner, "其中", "含", "分别", "包括", "共", "占", "为", "以上", "以下") {
			continue // "…等", "其中…", "含…": not all the names, or no names at all
		}
		names := strings.Split(inner, "、")
		if len(names) < 2 {
			continue
		}
		ok := true
		for _, name := range names {
			name = strings.TrimSpace(name)
			if n := utf8.RuneCountInString(name); n < 2 || n > 16 || hasFigure(name) || strings.ContainsAny(name, "，,；;：:") {
				ok = false
				break
			}
		}
		n := announced(txt[m[4]:m[5]])
		if !ok || n == len(names) {
			continue
		}
		noun := txt[m[2]:m[3]]
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s%s%s」，括号中列出的是 %d 个：%s", noun, txt[m[4]:m[5]], txt[m[6]:m[7]], len(names), inner),
			MessageEN:  fmt.Sprintf("the text announces %d %s but the bracket names %d: %s", n, noun, len(names), inner),
			Span:       model.Span{Start: sp.Start + m[4], End: sp.Start + m[7]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, len(names)),
			Expected:   strconv.Itoa(len(names)),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
			Related:    []model.Span{{Start: sp.Start + m[8], End: sp.Start + m[9]}},
		})
	}
}

// pairBracketRe finds two counts of places joined by 、 and one bracket
// naming them all: "辖5个镇、4个乡（红崖镇、…、沙泉乡、…）".
var pairBracketRe = regexp.MustCompile(`(` + cnCount + `|[1-9][0-9]?)个(\p{Han})、(` + cnCount + `|[1-9][0-9]?)个(\p{Han})（([^（）]+)）`)

// pairBracketLead reports whether txt holds "个X、" followed later by a
// bracket: the lead pairBracketRe needs, found without running it on
// every paragraph with a 个 and a bracket.
func pairBracketLead(txt string) bool {
	for i := 0; ; {
		k := cjk.Index(txt[i:], "个")
		if k < 0 {
			return false
		}
		i += k + len("个")
		_, w := utf8.DecodeRuneInString(txt[i:])
		if strings.HasPrefix(txt[i+w:], "、") {
			return cjk.Contains(txt[i:], "（")
		}
	}
}

// checkPairBrackets checks the counts of pairBracketRe: the names in the
// bracket ending in each count's noun (镇, 乡) against that count, when
// every name ends in one of the two.
func checkPairBrackets(p *audit.Pass, sp model.Span, txt string) {
	if !pairBracketLead(txt) {
		return
	}
	for _, m := range pairBracketRe.FindAllStringSubmatchIndex(txt, -1) {
		if r, _ := utf8.DecodeLastRuneInString(txt[:m[2]]); r >= '0' && r <= '9' || strings.ContainsRune("零一二三四五六七八九十百两", r) {
			continue
		}
		nounA, nounB := txt[m[4]:m[5]], txt[m[8]:m[9]]
		inner := txt[m[10]:m[11]]
		if nounA == nounB || hasDeng(inner) || cjk.Contains(inner, "其中") {
			continue
		}
		var na, nb int
		ok := true
		for _, name := range strings.Split(inner, "、") {
			name = strings.TrimSpace(name)
			switch {
			case utf8.RuneCountInString(name) < 2 || hasFigure(name):
				ok = false
			case strings.HasSuffix(name, nounA):
				na++
			case strings.HasSuffix(name, nounB):
				nb++
			default:
				ok = false
			}
		}
		a, b := announced(txt[m[2]:m[3]]), announced(txt[m[6]:m[7]])
		if !ok || na == 0 || nb == 0 {
			continue
		}
		for _, c := range [...]struct {
			n, listed      int
			noun           string
			numFrom, numTo int
		}{{a, na, nounA, m[2], m[5]}, {b, nb, nounB, m[6], m[9]}} {
			if c.n == c.listed {
				continue
			}
			p.Report(audit.Finding{
				Severity:   audit.Warning,
				Message:    fmt.Sprintf("写「%s」，括号中以「%s」结尾的名称是 %d 个", txt[c.numFrom:c.numTo], c.noun, c.listed),
				MessageEN:  fmt.Sprintf("the text announces %d %s but the bracket names %d ending in it", c.n, c.noun, c.listed),
				Span:       model.Span{Start: sp.Start + c.numFrom, End: sp.Start + c.numTo},
				Expr:       fmt.Sprintf("%d ≠ %d", c.n, c.listed),
				Expected:   strconv.Itoa(c.listed),
				Actual:     strconv.Itoa(c.n),
				Confidence: 0.6,
				Related:    []model.Span{{Start: sp.Start + m[10], End: sp.Start + m[11]}},
			})
		}
	}
}
