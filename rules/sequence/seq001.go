package sequence

import (
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/model"
)

var seq001 = &audit.Rule{
	ID:       "SEQ001",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "正文编号重复或跳号",
		TitleEN: "Numbering in the text repeats or skips",
		Explain: "标题和段落开头的编号、段内的（1）（2）①②（一、（一） 1. （1） 1.1 ① 第一章 等）应连续：同一级内出现重复（1. 2. 2.）" +
			"或跳号（一、二、四、）多半是增删内容后未重新编号。新的上级标题下从1重新编号是正常的；15行以上、表题不以“表N”编号的表格（先行填报的表单）之后另起一部分，编号也可重新开始。",
		ExplainEN: "Numbering labels at the start of headings and paragraphs (一、（一） 1. （1） 1.1 ① 第一章) should " +
			"run on within a level: a repeat (1. 2. 2.) or a gap (一、二、四、) usually means items were added or removed " +
			"without renumbering. Restarting at 1 under a new higher-level heading is fine, and so is restarting after a table of 15 rows or more whose caption does not number it among the report's tables (表N): a form filled in before the report.",
		Bad:  "一、基本情况 … 二、支出情况 … 四、绩效情况",
		Good: "一、基本情况 … 二、支出情况 … 三、绩效情况",
	},
	Run: func(p *audit.Pass) {
		// A new part of the document lies between a and b: a long table
		// (a form filled in before the report) or a report title.
		d := p.Doc
		barrier := func(a, b int) bool {
			for _, t := range d.Tables {
				if t.Span.Start >= a && t.Span.Start < b && t.Rows >= 15 && !numberedExhibit(t.Caption) {
					return true
				}
			}
			for _, blk := range d.Blocks {
				if sp := blk.Extent(); sp.Start >= a && sp.Start < b {
					if _, ok := blk.(*model.Table); ok {
						continue
					}
					txt := strings.TrimSpace(d.Slice(sp))
					if n := len([]rune(txt)); n <= 40 && (strings.HasSuffix(txt, "报告") || strings.HasSuffix(txt, "说明")) {
						return true
					}
				}
			}
			return false
		}
		buf := itemPool.Get().(*[]item)
		items := appendProseItems((*buf)[:0], d)
		for _, pr := range reliable(checkWith(items, barrier)) {
			report(p, pr)
		}
		putItems(buf, items)
		for _, its := range inlineItems(p.Doc) {
			for _, pr := range reliable(check(its)) {
				report(p, pr)
			}
		}
		buf = itemPool.Get().(*[]item)
		all, cells := appendCellItems((*buf)[:0], d)
		for _, its := range cells {
			for _, pr := range reliable(check(its)) {
				report(p, pr)
			}
		}
		putItems(buf, all)
	},
}

// numberedExhibit reports a caption numbering its table among the
// report's own (表8  2024年度…, 附表2：…): a table shown inside a section,
// not a form that opens a new part.
func numberedExhibit(caption string) bool {
	c := strings.TrimPrefix(strings.TrimSpace(caption), "附")
	if !strings.HasPrefix(c, "表") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(c[len("表"):])
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("一二三四五六七八九十", r)
}
