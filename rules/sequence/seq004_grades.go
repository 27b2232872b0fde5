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

// gradeCountRe finds a count of projects by grade: "评价等级为“优”的4个",
// "“良”的3个", "优秀等级2个".
var gradeCountRe = regexp.MustCompile(`[“"]?(优秀|良好|优|良|中|差|合格|不合格)[”"]?(?:等级)?的?([0-9]{1,3}|[一二三四五六七八九十两零]{1,3})个`)

// projectCountRe finds the count of projects graded: "5个项目", "共对五个项目",
// "共涉及项目20个" (the numeral in group 1 or 2).
var projectCountRe = regexp.MustCompile(`([0-9]{1,3}|[一二三四五六七八九十两]{1,3})个(?:重点)?项目|项目(?:共)?([0-9]{1,3}|[一二三四五六七八九十两]{1,3})个`)

// checkGradeCounts reports grade counts that add up to more projects than
// the paragraph counts ("5个项目平均得分95.55分。其中，评价等级为“优”的4个，
// “良”的2个，“中”的0个" — six grades for five projects), or, when all four
// grades are listed, to another number.
func checkGradeCounts(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "项目") || !cjk.Contains(txt, "个") {
		return
	}
	if !twoNumeralCounts(txt) {
		return // (gradeCountRe cannot match twice)
	}
	gs := gradeCountRe.FindAllStringSubmatchIndex(txt, -1)
	if len(gs) < 2 {
		return
	}
	pcs := projectCountRe.FindAllStringSubmatchIndex(txt[:gs[0][0]], -1)
	if len(pcs) == 0 {
		return
	}
	pc := pcs[len(pcs)-1] // the count nearest before the grades
	if pc[2] < 0 {
		pc[2], pc[3] = pc[4], pc[5]
	}
	n := announced(txt[pc[2]:pc[3]])
	sum, kinds := 0, map[string]bool{}
	for _, g := range gs {
		sum += announced(txt[g[4]:g[5]])
		kinds[txt[g[2]:g[3]]] = true
	}
	all := kinds["优"] && kinds["良"] && kinds["中"] && kinds["差"] || kinds["优秀"] && kinds["良好"] && kinds["合格"] && kinds["不合格"]
	if n <= 0 || sum == n || sum < n && !all {
		return
	}
	first, last := gs[0], gs[len(gs)-1]
	p.Report(audit.Finding{
		Severity:   audit.Warning,
		Message:    fmt.Sprintf("写「%s」，而各等级项目数之和为 %d（%s）", txt[pc[0]:pc[1]], sum, txt[first[0]:last[1]]),
		MessageEN:  fmt.Sprintf("the text counts %d projects, but the counts by grade add up to %d", n, sum),
		Span:       model.Span{Start: sp.Start + first[0], End: sp.Start + last[1]},
		Expr:       fmt.Sprintf("%d ≠ %d", sum, n),
		Expected:   strconv.Itoa(n),
		Actual:     strconv.Itoa(sum),
		Confidence: 0.6,
		Related:    []model.Span{{Start: sp.Start + pc[0], End: sp.Start + pc[1]}},
	})
}

// twoNumeralCounts reports whether s holds 个 right after a digit or a
// Chinese numeral twice: every match of gradeCountRe ends so, and
// checkGradeCounts needs two, which most paragraphs with 项目 and 个 lack.
// The regexp, without a literal to start from, is tried at every byte.
func twoNumeralCounts(s string) bool {
	n := 0
	for i := 0; ; i += len("个") {
		k := cjk.Index(s[i:], "个")
		if k < 0 {
			return false
		}
		i += k
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两零", r) {
			if n++; n == 2 {
				return true
			}
		}
	}
}
