package scores

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var (
	// weightScoreRe is one indicator's points and score in prose:
	// "产出指标分值50分，得分42.6分".
	weightScoreRe = regexp.MustCompile(`([\p{Han}]{2,12}?)(?:指标)?\s*(?:分值|权重|满分)\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[，,]\s*(?:实际)?得(?:分)?\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
	// weightScoreParenRe is the same with the points in brackets:
	// "产出指标（分值50分）得42.7分".
	weightScoreParenRe = regexp.MustCompile(`([\p{Han}]{2,12}?)(?:指标)?\s*[（(]\s*(?:分值|权重|满分)\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分\s*[）)]\s*[，,]?\s*(?:实际)?得(?:分)?\s*(?:为)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
	// itemsTotalRe is the total that follows the items.
	itemsTotalRe = regexp.MustCompile(`^[。；;，,\s]*(?:[\p{Han}]{0,8}?)(综合得分|总得分|自评得分|评价得分|最终得分|自评总分|绩效得分|合计得分|总分|合计得|共得)\s*(?:为|是|：|:)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
	// totalBeforeRe is a total written before the items it is made of:
	// "自评得分93.1分，等级为“优”。其中：投入指标（分值20分）得分18.0分，…".
	totalBeforeRe = regexp.MustCompile(`(综合得分|总得分|自评得分|评价得分|最终得分|自评总分|绩效得分|合计得分|总分)\s*(?:为|是|：|:)?\s*([0-9]+(?:\.[0-9]+)?)\s*分`)
)

// checkProseItems reports a paragraph that lists every indicator's points
// and score and then a total that is not their sum: "产出指标分值50分，得分
// 42.6分；效益指标分值30分，得分27.8分；满意度指标分值10分，得分9.2分；预算执行率
// 分值10分，得分6.1分。综合得分87.2分" (85.7). The points must make 100, so
// that no item is left out.
func checkProseItems(p *audit.Pass) {
	for _, pc := range piecesOf(p) {
		if pc.Cell != nil || pc.Has&hasFen == 0 || pc.Has&hasDe == 0 || !cjk.Contains(pc.Text, "分值") && !cjk.Contains(pc.Text, "权重") && !cjk.Contains(pc.Text, "满分") {
			continue
		}
		ms := weightScoreRe.FindAllStringSubmatchIndex(pc.Text, -1)
		if cjk.Contains(pc.Text, "（分值") || cjk.Contains(pc.Text, "(分值") {
			ms = append(ms, weightScoreParenRe.FindAllStringSubmatchIndex(pc.Text, -1)...)
			slices.SortFunc(ms, func(a, b []int) int { return a[0] - b[0] })
		}
		for i := 0; i < len(ms); {
			// a run of items, each right after the one before
			j := i + 1
			for j < len(ms) && strings.Trim(pc.Text[ms[j-1][1]:ms[j][0]], "；;，, ") == "" {
				j++
			}
			checkItemRun(p, pc, ms[i:j])
			i = j
		}
	}
}

// checkItemRun checks one run of "X分值A分，得分B分" items against the
// total written right after the last.
func checkItemRun(p *audit.Pass, pc piece, run [][]int) {
	if len(run) < 2 {
		return
	}
	end := run[len(run)-1][1]
	t := itemsTotalRe.FindStringSubmatchIndex(pc.Text[end:])
	if t == nil {
		// the total written before the items, their 其中 right after it
		// (where a score table gives the items, SCR007 compares them)
		if len(scoreTables(p)) > 0 {
			return
		}
		start := run[0][0]
		bs := totalBeforeRe.FindAllStringSubmatchIndex(pc.Text[:start], -1)
		if len(bs) == 0 {
			return
		}
		b := bs[len(bs)-1]
		between := pc.Text[b[1]:start]
		if !cjk.Contains(between, "其中") || utf8.RuneCountInString(between) > 30 {
			return
		}
		t, end = b, 0
	}
	var weights, scores []sval
	for _, m := range run {
		w, s := num(pc.Text[m[4]:m[5]]), num(pc.Text[m[6]:m[7]])
		if w == nil || s == nil {
			return
		}
		weights = append(weights, sval{N: *w})
		scores = append(scores, sval{N: *s, Span: model.Span{Start: pc.Span.Start + m[6], End: pc.Span.Start + m[7]}})
	}
	hundred := figures.Number{Kind: figures.Value, Mant: 100, Exact: true}
	if !sumExact(weights, sval{N: hundred}) {
		return // not every indicator listed (or points of another scale)
	}
	total := num(pc.Text[end+t[4] : end+t[5]])
	if total == nil {
		return
	}
	stated := sval{N: *total, Span: model.Span{Start: pc.Span.Start + end + t[4], End: pc.Span.Start + end + t[5]}}
	sc := sumCheck(scores, stated)
	if sc.Exact {
		return
	}
	f := audit.Finding{
		Severity:   audit.Error,
		Message:    fmt.Sprintf("正文「%s」%s分，不等于所列%s指标得分之和 %s", pc.Text[end+t[2]:end+t[3]], total.String(), plural(len(scores)), sc.Sum.String()),
		MessageEN:  fmt.Sprintf("the text's %s of %s is not the sum %s of the %d indicators' scores listed with it", pc.Text[end+t[2]:end+t[3]], total.String(), sc.Sum.String(), len(scores)),
		Span:       stated.Span,
		Expr:       sc.Expr,
		Expected:   sc.Sum.String(),
		Actual:     total.String(),
		Difference: diffStr(*total, sc.Sum),
		Confidence: 0.8,
	}
	for _, s := range scores {
		f.Related = append(f.Related, s.Span)
	}
	reportScoreSum(p, f, *total, sc.Sum)
}
