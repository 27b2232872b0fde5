package sequence

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

var seq004 = &audit.Rule{
	ID:       "SEQ004",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "宣布的条数与列出的条数不符",
		TitleEN: "Announced number of points differs from the points listed",
		Explain: "“主要有四项：”“存在以下三个方面的问题：”之后紧接着逐条列出（“一是…”“（一）…”“1.…”，同一段内或其后各段开头；每条只以一短句为题、其后另起段落写内容的，内容段不打断列举），" +
			"列出的条数应与宣布的条数相同。只数紧接其后、从1开始依次编号的各条；中间夹有其他文字、编号不连续或列举未结束的不查。" +
			"“单位共3个，包括：A、B、C、D”“内设机构7个，分别为：A、B、…”“服务中心6个，分别是A、B、…”“赛事8项，分别为：…”“包括七个险种：A、B、…”一类以顿号列出的名称，以及“二级预算单位共9个，具体包括：”之后逐段编号列出的单位，以及“全年共实施民生实事8件，具体如下：”之后逐段编号列出的事项，个数也应相符；“项目10项，投入资金X万元，其中：…”所列各项金额之和正好等于X而项数不符时，所写项数有误；“共承担专项债券项目4个，年初结转资金2959.94万元”中的金额正是某表的合计、该表以“项目名称”（“合同名称”等，与所数之物相同）逐行列出、各行之和等于该合计时，行数也应与所写个数相同（分级列示的表不查；企业也可按“户”数，金额也可在紧接的“上述企业…合计X万元”一句中，或紧在个数之前：“46700.00万元共支持7个项目”）；“对县教育局、县民政局、县水利局3个部门…”中个数之前以顿号列出的单位（以局、镇、中心等结尾，数的是部门、单位、乡镇等）也应与个数相符；“5个项目……评价等级为“优”的4个、“良”的2个”中各等级项目数之和不能超过项目数（列全优、良、中、差时应相等）；正文所写一级、二级、三级指标个数应与评分表相符（跨上级各列书写的一行，如“预算执行率”，计入或不计入均可；句中说的是绩效目标、文中另有一张不计分的指标表（一级指标 | 二级指标 | 三级指标 | 年度指标值…，续表一并计数）时，与该表相符）；“全县辖十三个乡镇（街道）”“全市六个县（市、区）”“项目共涉及8个乡镇”与以之为行逐一列示的表（标签列表头或表题“分乡镇（街道）”“各县（市、区）”；有几张这样的表时，各表行数须相同）所列个数也应相同（开发区、园区和“县本级”行不计；“辖…”的个数与资金分配表比较时，表中比所写个数少两个以上的不报告：分配表可能只列得到资金的地方）。“项目名称”表兼列分值、得分的也算。“共划分7个标段”与唯一一张标签列以该名词（“标段”“标段名称”）为表头的表所列行数也应相同。“市本级纳入汇总的45个部门…详见附表6”中的个数也应与所指表格逐行列出的部门（单位、乡镇）数相同（合计、“其他部门（32个）”一类行不计）；“全县已形成六大主导产业：A、B、…”一类“N大”之后冒号列出的名称也应与N相符；“公开招标、竞争性谈判、…、单一来源和框架协议等七种采购方式”一类以“和”收尾、“等N种”计数的名称也应有N个。名词在前、括号紧跟“个”（或“所”“家”“座”“处”）之后列出名称的（“康复机构4个（A、B、C）”“普通高中5所（A、B、C、D）”）也要相符（括号中有“其中”“含”“等”的不算）。个数可写作“十三个”，名称也可在“即”之后列出（“市场监督管理所10个，即A、B、…，为本局的派出机构”）。" +
			"各级指标个数的段落引用了评分表以外的表（“指标完成情况见表8”）时，不与评分表核对。" +
			"“辖5个镇、4个乡（…）”中括号内以“镇”“乡”结尾的名称分别与两个数核对；“企业5户，分别为…”也按列出的个数核对。",
		ExplainEN: "After \"主要有四项：\" or \"存在以下三个方面的问题：\" the points listed right after it (一是…, （一）…, 1.…, in the same " +
			"paragraph or opening the next ones; points titled in a short paragraph each may have paragraphs of text between them) must number as many as announced. Only points numbered from 1 in order, " +
			"straight after the announcement, are counted. A count followed by names listed with 、 (\"共3个，包括：A、B、C、D\", \"内设机构7个，分别为：A、B、…\", \"服务中心6个，分别是A、B、…\", \"赛事8项，分别为：…\", \"包括七个险种：A、B、…\"), or by units numbered one a paragraph after \"二级预算单位共9个，具体包括：\" (or things done after \"全年共实施民生实事8件，具体如下：\"), must match them too, " +
			"and so must a count written before a total whose parts after 其中 add up to it exactly (the list is then whole, the count wrong), and a count written before an amount that is the 合计 of a table listing the counted things by name (项目名称, 合同名称) in rows adding up to it (tables with levels are not checked; enterprises may be counted in 户, and the amount may be in the next sentence when it opens with 上述 or 以上, or right before the count: \"46700.00万元共支持7个项目\"), names of bodies listed right before their count (\"对县教育局、县民政局、县水利局3个部门…\"), counts by grade that add up to more than the projects counted (or, all four grades listed, to another number), counts of 一级/二级/三级指标 against the score table (a row written across the levels above, such as 预算执行率, counted or not; against the table of targets, 一级指标 | 二级指标 | 三级指标 | 年度指标值 with no score, when the sentence speaks of 绩效目标 and there is one, its 续表 counted too), and a count of all the places of an area (全县辖十三个乡镇（街道）, 项目共涉及8个乡镇) against a table listing them one a row (development zones and 县本级 rows aside; several such tables must list as many; a 辖 count against a table of funds listing two or more fewer places is not reported, such a table may list only the places that got some). A table of 项目名称 that also scores the projects counts as such a table. A count of all of some things (\"共划分7个标段\") must be the row count of the one table whose label column is headed by that noun (标段, 标段名称). A count of departments (units, towns) whose details the sentence sends to a table (45个部门…详见附表6) must equal that table's rows of them (totals and rows of the others put together aside). Names after a colon following \"N大\" (全县已形成六大主导产业：A、B、…) must number N too, and so must kinds closed by 和 before 等N种 (公开招标、…、单一来源和框架协议等七种采购方式). A count with its noun before it and the names in a bracket right after 个 (or 所, 家, 座, 处: 康复机构4个（A、B、C）, 普通高中5所（A、B、C、D）) must match too (brackets with 其中, 含 or 等 aside). The count may be written in Chinese numerals (十三个), and the names may follow 即 (\"市场监督管理所10个，即A、B、…，为本局的派出机构\")." +
			"A paragraph counting indicators per level that cites a table other than the score table (\"指标完成情况见表8\") is not checked against the score table." +
			"In \"辖5个镇、4个乡（…）\" the names in the bracket ending in 镇 and in 乡 are counted against each number; \"企业5户，分别为…\" is counted too.",
		Bad:  "本部门项目绩效目标主要有四项：一是扩大基本公共卫生服务覆盖面；二是深化公立医院改革；三是按时发放奖励扶助资金。",
		Good: "本部门项目绩效目标主要有三项：一是扩大基本公共卫生服务覆盖面；二是深化公立医院改革；三是按时发放奖励扶助资金。",
	},
	Run: runSEQ004,
}

// announceRe finds an announced number of points ending its clause: "主要有四项：",
// "存在以下三个方面的问题：", "包括5个方面：".
// Or "共扣1.04分，涉及三项指标，具体如下：": the count, then a clause that
// only says the points follow.
var announceRe = regexp.MustCompile(`(?:(?:有|包括|存在|体现在|表现在|如下|涉及)(?:以下|如下)?|以下)([一二三四五六七八九十两]|[1-9])(?:项|个方面|方面|点|条|类|个问题)[^，。；：:]{0,12}(?:[，,](?:具体|分别|主要)?(?:情况)?如下)?[：:]\s*$`)

// followingRe is an announcement of points that follow the paragraph
// without a colon ending it: "主要存在以下四个方面的问题，共计15个具体问题".
var followingRe = regexp.MustCompile(`以下([一二三四五六七八九十两]|[1-9])(?:项|个方面|方面|点|条|类|个问题)`)

// bareAnnounceRe is an announcement without a lead word, the count's
// noun right before the colon: "全年办好省、市、县民生实事五件：一是…".
var bareAnnounceRe = regexp.MustCompile(`(?:^|[^一二三四五六七八九十两0-9])([一二三四五六七八九十两]{1,3}|[1-9][0-9]?)(?:项|件|个方面|方面|点|条)(?:措施|举措|工作|任务|问题|建议|做法|成效|重点)?[：:]\s*$`)

// totalAnnounceRe is a total count of things done announcing them after a
// clause that only says they follow: "全年共实施民生实事8件，具体如下：".
var totalAnnounceRe = regexp.MustCompile(`共(?:实施|完成|办理|办好|推进|安排|落实|开展)?了?[^，。；：:0-9一二三四五六七八九十两]{0,10}(` + cnCount + `|[1-9][0-9]?)(?:件|项|个)[^，。；：:]{0,8}[，,](?:具体|分别|主要)?(?:情况)?如下[：:]\s*$`)

// unitsAnnounceRe is a count of units announcing the points that name
// them: "纳入决算编制范围的二级预算单位共9个，具体包括：" followed by "1.…".
var unitsAnnounceRe = regexp.MustCompile(`(?:共|` + unitLeads + `)(?:共|有)?(` + cnCount + `|[1-9][0-9]?)(?:个|家|所)[^，。；：:]{0,8}[，,]?(?:具体)?(?:包括|分别是|分别为|具体为|如下)[：:]\s*$`)

func runSEQ004(p *audit.Pass) {
	d := p.Doc
	for i, b := range d.Blocks {
		if sp, ok := model.TextSpan(b); ok {
			// (a paragraph opening with its point's title, "（二）聚焦民生保障。
			// 全年…", may be read as a heading: its counts are checked too)
			txt := d.Slice(sp)
			checkNamedLists(p, sp, txt)
			checkJoinedKinds(p, sp, txt)
			checkReferredRows(p, sp, txt)
			checkBracketLists(p, sp, txt)
			checkPairBrackets(p, sp, txt)
			var st *figures.Statements // (analysed once, by the first check that needs it)
			analysed := func() *figures.Statements {
				if st == nil {
					st = figures.Analyze(txt)
				}
				return st
			}
			checkCountedParts(p, sp, txt, analysed)
			if _, isTable := b.(*model.Table); !isTable {
				checkCountedRows(p, sp, txt, analysed)
				checkJurisdictionRows(p, sp, txt)
				checkNounRows(p, sp, txt)
				checkLevelCounts(p, sp, txt)
				checkGradeCounts(p, sp, txt)
			}
		}
		para, isPara := b.(*model.Paragraph)
		if !isPara || para.Kind != model.Body {
			continue
		}
		txt := d.Slice(para.Span)
		// the announcement ends the paragraph, or a clause followed by the
		// points: head is the text up to the first colon, with it
		k, w := cjk.Index(txt, "："), len("：")
		if j := strings.IndexByte(txt, ':'); j >= 0 && (k < 0 || j < k) {
			k, w = j, 1
		}
		if k < 0 {
			k, w = len(txt), 0
		}
		head, rest := txt[:k+w], txt[k+w:]
		var m []string
		after := rest // (the whole text when no colon is written)
		if w == 0 {
			after = txt
		}
		if cjk.Contains(after, "以下") {
			// "主要存在以下四个方面的问题，共计15个具体问题，涉及金额42.30万元。"
			// with the points in the paragraphs after it, no colon after
			// the count: 以下 says they follow
			if m = followingRe.FindStringSubmatch(after); m != nil {
				rest = ""
			}
		}
		if m == nil && w > 0 && announceWord(head) { // (the regexps only where a count word may be)
			m = announceRe.FindStringSubmatch(head)
			if m == nil {
				m = bareAnnounceRe.FindStringSubmatch(head)
				if m != nil && !strings.HasPrefix(m[0], m[1]) {
					// (the character matched before the numeral, which
					// Go's regexps cannot look behind for, is not the count's)
					_, size := utf8.DecodeRuneInString(m[0])
					m[0] = m[0][size:]
				}
			}
		}
		if m == nil && w > 0 && cjk.Contains(head, "共") && cjk.Contains(head, "如下") {
			// "全年共实施民生实事8件，具体如下：" with the points after it
			m = totalAnnounceRe.FindStringSubmatch(head)
		}
		units := false // the points name units, which a report may style as headings
		if m == nil && w > 0 && countAnnounced(head) {
			m = unitsAnnounceRe.FindStringSubmatch(head)
			units = m != nil
		}
		if m == nil {
			continue
		}
		n := announced(m[1])
		got, last, ok := 0, model.Span{}, false
		if strings.TrimSpace(rest) != "" {
			// in the same paragraph: 一是…；二是…
			its := shiItems(rest, para.Span.Start+len(head))
			got, ok = consecutive(its)
			if ok {
				last = its[got-1].Span
			}
			if ok && got <= n && (!endsList(rest) || continuesAfter(d, d.Blocks[i+1:], got)) {
				continue // (more points than announced need no end: "以下三个方面：一是…四是…")
			}
		} else {
			got, last, ok = pointParagraphs(d, d.Blocks[i+1:], units)
			if got == 0 && !units {
				got, last, ok = pointHeadings(d, d.Blocks[i+1:])
			}
			// (more points numbered than announced: what follows them,
			// an unnumbered paragraph that may be one more, cannot mend it)
			ok = ok || got > n
		}
		if !ok || got < 2 || got == n {
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s」，其后列出的是 %d 条", strings.TrimRight(m[0], "：: "), got),
			MessageEN:  fmt.Sprintf("%q announces %d points, but %d are listed after it", strings.TrimRight(m[0], "：: "), n, got),
			Span:       model.Span{Start: para.Span.Start + cjk.Index(txt, m[0]), End: para.Span.Start + cjk.Index(txt, m[0]) + len(m[0])},
			Expr:       fmt.Sprintf("%d ≠ %d", n, got),
			Expected:   strconv.Itoa(got),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
			Related:    []model.Span{last},
		})
	}
}

// announceWord reports whether head holds a word announceRe needs after
// its numeral: 项, 件, 方面, 点, 条, 类 (个问题 has 个 and 题 too but needs 问题).
func announceWord(head string) bool {
	for _, w := range [...]string{"项", "件", "方面", "点", "条", "类", "问题"} {
		if cjk.Contains(head, w) {
			return true
		}
	}
	return false
}

// announced is the value of the numeral of an announcement (两 is 2).
func announced(s string) int {
	if s == "两" {
		return 2
	}
	if v := cnValue(s); v > 0 {
		return v
	}
	v, _ := strconv.Atoi(s)
	return v
}

// consecutive returns how many items are numbered 1, 2, 3, … from the
// first, and whether they all are.
func consecutive(its []item) (int, bool) {
	for k, it := range its {
		if it.L.Value != k+1 {
			return k, false
		}
	}
	return len(its), len(its) > 0
}

// endsList reports whether the last point of a run-in list ends its
// paragraph's text (a point, not more prose after a 。 that starts anew).
func endsList(rest string) bool {
	rest = strings.TrimSpace(rest)
	k := strings.LastIndex(rest, "是")
	return k >= 0 && !cjk.Contains(rest[k:], "。") || strings.Count(rest, "。") <= 1
}

// pointParagraphs counts the paragraphs right after an announcement that
// open with points numbered 1, 2, 3, … of one style (一是, （一）, 1.),
// with the span of the last. ok is false when the first opens with none, or
// when the run is followed by an unnumbered paragraph, which may be a point
// whose number was lost or a part of the last point: the list is known to
// end only at a heading, a table, the end or a point of another level.
// With headings, the points may be headings (the names of units, styled
// so), and an unnumbered paragraph ends them.
func pointParagraphs(d *model.Document, blocks []model.Block, headings bool) (n int, last model.Span, ok bool) {
	style := ""
	for _, b := range blocks {
		var sp model.Span
		switch b := b.(type) {
		case *model.Paragraph:
			if b.Kind != model.Body {
				return n, last, n > 0
			}
			sp = b.Span
		case *model.Heading:
			if !headings {
				// a point styled as a heading ("### 4.食品安全检测及培训。"
				// after 1.–3. in body text) is still the next point
				if st, v := pointLabel(strings.TrimSpace(d.Slice(b.Span))); n > 0 && st == style && v == n+1 {
					n, last = v, b.Span
					continue
				}
				return n, last, n > 0
			}
			sp = b.Span
		default:
			return n, last, n > 0
		}
		st, v := pointLabel(strings.TrimSpace(d.Slice(sp)))
		if st == "" {
			if n == 1 && !headings && titledPoint(d.Slice(last)) {
				// "（一）持续抓好未整改问题的督促落实。" then its text: points
				// titled in a short paragraph each, their text between
				return titledPoints(d, blocks, style)
			}
			// (a point may run on in a paragraph of its own; the names of
			// units do not, nor does a report's closing words: "以上报告，
			// 请予审议。", "特此报告。")
			return n, last, (headings || closingWords(strings.TrimSpace(d.Slice(sp)))) && n > 0
		}
		if style != "" && st != style || v != n+1 {
			return n, last, n > 0 && st != style
		}
		style, n, last = st, v, sp
		if k := inlinePoints(d.Slice(sp), v); k > v {
			// "1.石嘴山市公路事业发展中心；2.…；5.石嘴山市农村公路管理所。":
			// the points numbered inline after the first, one paragraph
			n = k
			if !strings.HasSuffix(strings.TrimSpace(d.Slice(sp)), "。") {
				return n, last, false
			}
		}
	}
	return n, last, n > 0
}

// inlinePoints returns the last of the points numbered v+1, v+2, … after
// a semicolon in txt ("…；2.…；3.…"), v when there are none.
func inlinePoints(txt string, v int) int {
	for {
		found := false
		for _, sep := range [...]string{"；", ";"} {
			for _, mark := range [...]string{".", "、", "．"} {
				if strings.Contains(txt, sep+strconv.Itoa(v+1)+mark) {
					found = true
				}
			}
		}
		if !found {
			return v
		}
		v++
	}
}

// titledPoint reports a point paragraph that is only its title: short,
// one sentence ("（一）持续抓好未整改问题的督促落实。").
func titledPoint(txt string) bool {
	t := strings.TrimSpace(txt)
	body := strings.TrimSuffix(t, "。")
	return utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(body, "。；;")
}

// titledPoints counts points titled in short paragraphs of one style
// (titledPoint) with paragraphs of text between them, from the first
// block of blocks: up to a heading, a table or the end, where the list is
// over (ok); a paragraph numbered otherwise leaves it open (not ok).
func titledPoints(d *model.Document, blocks []model.Block, style string) (n int, last model.Span, ok bool) {
	for _, b := range blocks {
		para, isPara := b.(*model.Paragraph)
		if !isPara || para.Kind != model.Body {
			return n, last, n > 0
		}
		txt := strings.TrimSpace(d.Slice(para.Span))
		st, v := pointLabel(txt)
		switch {
		case st == "":
			continue // a point's text
		case st != style || v != n+1 || !titledPoint(txt):
			return n, last, false
		}
		n, last = v, para.Span
	}
	return n, last, n > 0
}

// pointHeadings counts the headings right after an announcement that
// number its points 1, 2, 3, … at one level, each followed by its own text
// (paragraphs, tables, deeper headings): "存在以下四个方面的问题：" then
// "（一）…" and its text, "（二）…", … up to a heading of a higher level
// ("九、下一步工作措施") or the end. ok is false when a heading of the
// points' level is numbered otherwise: the list may go on.
func pointHeadings(d *model.Document, blocks []model.Block) (n int, last model.Span, ok bool) {
	level, style := 0, ""
	for _, b := range blocks {
		h, isHeading := b.(*model.Heading)
		switch {
		case !isHeading && n == 0:
			return 0, last, false
		case !isHeading || h.Level > level && n > 0:
			continue // a point's text
		case h.Level < level:
			return n, last, true
		}
		st, v := pointLabel(strings.TrimSpace(d.Slice(h.Span)))
		if st == "" || style != "" && st != style || v != n+1 {
			return n, last, false
		}
		level, style, n, last = h.Level, st, v, h.Span
	}
	return n, last, n > 0
}

// continuesAfter reports whether a run-in list of n points goes on in the
// next paragraph ("三是…" after a paragraph that ends with 二是…).
func continuesAfter(d *model.Document, blocks []model.Block, n int) bool {
	if len(blocks) == 0 {
		return false
	}
	para, isPara := blocks[0].(*model.Paragraph)
	if !isPara || para.Kind != model.Body {
		return false
	}
	_, v := pointLabel(strings.TrimSpace(d.Slice(para.Span)))
	return v == n+1
}

// pointLabel reads the numbering a point paragraph opens with: 一是, or a
// label parseLabel reads (（一）, 1., （1）), with its value.
func pointLabel(txt string) (string, int) {
	if k := cjk.Index(txt, "是"); k > 0 && k <= 6 {
		if v := cnValue(txt[:k]); v > 0 && utf8.RuneCountInString(txt[:k]) <= 2 {
			return "一是", v
		}
	}
	if l, lead, ok := parseLabel(txt); ok && lead == 0 && !l.Weak {
		return l.Style, l.Value
	}
	return "", 0
}

// closingWords reports a report's closing formula: "以上报告，请予审议。",
// "特此报告。".
func closingWords(s string) bool {
	return strings.HasPrefix(s, "以上报告") || strings.HasPrefix(s, "特此") || cjk.Contains(s, "请予审议") || cjk.Contains(s, "请审议")
}
