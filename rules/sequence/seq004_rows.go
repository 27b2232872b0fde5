package sequence

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// checkCountedRows reports a count written before an amount that is a
// table's 合计, when the table lists another number of items:
// "共承担专项债券项目4个，年初结转专项债券资金2959.94万元" against a table of
// 项目名称 whose 合计 of 年初结转 is 2959.94 over three project rows. The
// amount ties the sentence to the table; the rows must add up to it (a flat
// list of items, no levels), and the table must list what is counted (项目
// 名称 heading its label column).
func checkCountedRows(p *audit.Pass, sp model.Span, txt string, st func() *figures.Statements) {
	if !countThenAmount(txt) {
		return
	}
	ta := audit.Fact(p, tables.FactKey, tables.Analyze)
	if !audit.Fact(p, namedListsKey{}, func(*model.Document) bool { return hasNamedLists(ta) }) {
		return // (no table lists things by 名称: the paragraph is not analysed)
	}
	qs := st().Quantities
	for k := range qs {
		count := &qs[k]
		if !isItemCount(count) {
			continue
		}
		kind := countedKind(txt, count)
		if kind == "" {
			continue
		}
		// the amounts of the count's sentence, up to a 其中 or another count
		end := sentenceEnd(txt, count.End)
		if next := end + len("。"); strings.HasPrefix(txt[end:], "。") && (strings.HasPrefix(txt[next:], "上述") || strings.HasPrefix(txt[next:], "以上")) {
			// "…共七户。上述企业实现净利润合计X万元": the next sentence speaks
			// of the items counted
			end = sentenceEnd(txt, next)
		}
		if j := cjk.Index(txt[count.End:end], "其中"); j >= 0 {
			end = count.End + j
		}
		var agree, differ []tableItems
		from := k + 1
		if k > 0 && amountBeforeCount(txt, &qs[k-1], count) {
			from = k - 1 // "新增专项债券46700.00万元共支持7个项目": the amount before
		}
		for j := from; j < len(qs) && qs[j].Start < end; j++ {
			if j == k {
				continue
			}
			a := &qs[j]
			if isItemCount(a) {
				break
			}
			if !figures.IsMoneyUnit(a.Unit) || a.Approx || a.Percent || a.Mant <= 0 {
				continue
			}
			for _, ti := range itemsTotalling(ta, a, kind) {
				// ("已有2个项目产生运营收入，当年实现收入829.15万元" counts the
				// rows with an amount, of six)
				if len(ti.items) == int(count.Mant) || ti.nonZero == int(count.Mant) {
					agree = append(agree, ti)
				} else {
					differ = append(differ, ti)
				}
			}
		}
		if len(agree) > 0 || len(differ) == 0 || !sameCount(differ) {
			continue
		}
		ti := differ[0]
		n := len(ti.items)
		head := txt[countedStart(txt, count):count.End]
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s」，而合计同为 %s%s 的表%d「%s」列出的是 %d 个：%s", head, ti.total.Num.String(), ti.unit, ti.total.Table.Number, ti.total.Column.Name(), n, itemNames(ti.items)),
			MessageEN:  fmt.Sprintf("the text counts %d, but table %d, whose total %s %s is the sentence's amount, lists %d: %s", count.Mant, ti.total.Table.Number, ti.total.Num.String(), ti.unit, n, itemNames(ti.items)),
			Span:       model.Span{Start: sp.Start + count.Start, End: sp.Start + count.End},
			Expr:       fmt.Sprintf("%d ≠ %d", count.Mant, n),
			Expected:   strconv.Itoa(n),
			Actual:     count.String(),
			Confidence: 0.6,
			Related:    []model.Span{ti.total.Span},
		})
	}
}

// tableItems is a table's 合计 cell and the item rows adding up to it;
// nonZero of them show an amount other than zero in its column.
type tableItems struct {
	total   tables.DataCell
	unit    string
	items   []*tables.Row
	nonZero int
}

// sameCount reports whether every table found lists the same number of items.
func sameCount(ts []tableItems) bool {
	for _, t := range ts[1:] {
		if len(t.items) != len(ts[0].items) {
			return false
		}
	}
	return true
}

// itemsTotalling returns the tables of items of kind whose 合计 in some
// column is amount a exactly, with the item rows that add up to it.
func itemsTotalling(ta *tables.Analysis, a *figures.Quantity, kind string) []tableItems {
	var out []tableItems
	for _, t := range ta.Tables {
		for _, b := range t.Blocks {
			if !figureBlock(b) || !listsKind(ta.Doc, t, b, kind) {
				continue
			}
			total, items := -1, []*tables.Row(nil)
			for i, r := range b.Rows {
				switch {
				case r.Total && !r.Subtotal && total < 0:
					total = i
				case r.Total || r.Subset || r.Group || r.Parent >= 0 || r.Level > 1:
					items = nil // levels: not a flat list
					total = -2
				default:
					items = append(items, r)
				}
				if total == -2 {
					break
				}
			}
			if total < 0 || len(items) < 2 {
				continue
			}
			for j, c := range b.Columns {
				d := b.At(total, j)
				if c.Role != tables.Amount || !d.HasValue() || d.Unit() != a.Unit || d.Num.Rat().Cmp(a.Number.Rat()) != 0 {
					continue
				}
				parts := make([]figures.Number, 0, len(items))
				nonZero := 0 // items with an amount in the column
				for _, r := range items {
					if v := r.Cells[j]; v.HasValue() {
						parts = append(parts, v.Num)
						if v.Num.Mant != 0 {
							nonZero++
						}
					}
				}
				if figures.SumHolds(parts, d.Num, figures.HalfUp) {
					out = append(out, tableItems{d, a.Unit, items, nonZero})
					break
				}
			}
		}
	}
	return out
}

// figureBlock reports a block of figures: arithmetic, or a score table,
// which lists its projects' amounts beside their 分值 and 得分 ("项目名称 |
// 全年预算 | 执行数 | 执行率 | 分值 | 得分").
func figureBlock(b *tables.Block) bool {
	return b.Kind == tables.Arithmetic || b.Kind == tables.Score
}

// listsKind reports whether block b of table t lists items of kind by
// name: the header of its label column is 合同名称 for 合同, 项目名称 for
// 项目. (A bare 项目 header is a line item's, and a caption naming 项目
// or 问题 may head a table of their classes: 问题类别, 行业.)
func listsKind(d *model.Document, t *tables.Table, b *tables.Block, kind string) bool {
	for _, r := range b.HeaderRows {
		for _, c := range b.LabelCols {
			if cell := t.T.At(r, c); cell != nil {
				h := d.Slice(cell.Span)
				if k := cjk.Index(h, kind); k >= 0 && strings.HasPrefix(strings.TrimSpace(h[k+len(kind):]), "名称") {
					return true
				}
			}
		}
	}
	return false
}

// isItemCount reports whether q is an exact count of things (个, 份, 项,
// 家, 所; 户 of enterprises), two or more.
func isItemCount(q *figures.Quantity) bool {
	switch q.Unit {
	case "个", "份", "项", "家", "所", "户":
		return q.Dec == 0 && !q.Approx && !q.Percent && q.Mant >= 2
	}
	return false
}

// countedKind returns what count q counts, by the last two runes of the
// Han words right before it ("专项债券项目4个", "服务类合同7份": 项目, 合同)
// or right after its measure word ("4个项目"); "" when none.
func countedKind(txt string, q *figures.Quantity) string {
	before := strings.TrimSuffix(strings.TrimSuffix(txt[:q.Start], "有"), "共")
	if w := hanTail(before); utf8.RuneCountInString(w) >= 2 {
		if strings.HasSuffix(w, "项目支出") {
			return "项目" // "共安排项目支出9个": projects
		}
		if after := hanHead(txt[q.End:]); utf8.RuneCountInString(after) >= 2 && cjk.HasAnySuffix(w, "支持", "安排", "实施", "涉及", "包括", "覆盖") {
			return cjk.FirstRunes(after, 2) // "共支持7个项目": what the verb takes
		}
		return lastRunes(w, 2)
	}
	if w := hanHead(txt[q.End:]); utf8.RuneCountInString(w) >= 2 {
		return cjk.FirstRunes(w, 2)
	}
	return ""
}

// countedStart is where the words counted by q start, for the message.
func countedStart(txt string, q *figures.Quantity) int {
	before := strings.TrimSuffix(strings.TrimSuffix(txt[:q.Start], "有"), "共")
	start := len(before) - len(hanTail(before))
	if k := strings.LastIndex(before[start:], "元"); k >= 0 {
		start += k + len("元") // ("46700.00万元共支持7个项目": the words after the amount's unit)
	}
	if start >= 4 && strings.HasPrefix(before[start:], "年") && strings.IndexFunc(before[start-4:start], func(r rune) bool { return !isDigit(r) }) < 0 {
		start -= 4 // "2023年度本部门共实施项目8个", not "年度本部门…"
	}
	return start
}

// hanTail returns the Han runes ending s.
func hanTail(s string) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= w
	}
	return s[i:]
}

// hanHead returns the Han runes starting s.
func hanHead(s string) string {
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return s[:i]
		}
	}
	return s
}

// lastRunes returns the last n runes of s (all of s when shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
	}
	return s[i:]
}

// sentenceEnd returns where the sentence holding byte at of s ends (its 。
// or ；, or the end of s).
func sentenceEnd(s string, at int) int {
	if k := strings.IndexAny(s[at:], "。；;"); k >= 0 {
		return at + k
	}
	return len(s)
}

// itemNames lists the labels of rows, for a message.
func itemNames(rows []*tables.Row) string {
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = strings.TrimSpace(strings.TrimPrefix(r.Label, r.Marker))
	}
	return strings.Join(names, "、")
}

// countThenAmount reports whether s holds a digit or a Chinese numeral followed by 个, 份, 项,
// 家 or 所, then within 90 bytes an amount in 元: checkCountedRows' first
// test, by bytes. The measure word, rare, is looked for first, the numeral
// before it only then (countThenAmountPlain, the tests' oracle, tests the
// numeral before every Han character of every paragraph).
func countThenAmount(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i] < 0xE4 || !measureEnds[s[i+2]] {
			continue
		}
		switch s[i : i+3] {
		case "个", "份", "项", "家", "所", "户":
		default:
			continue
		}
		if (s[i-1] < '0' || s[i-1] > '9') && !(i >= 3 && strings.Contains("二三四五六七八九十两", s[i-3:i])) {
			continue // (a count in digits or in a Chinese numeral: "项目六个")
		}
		if cjk.Contains(s[i:min(len(s), i+240)], "元") { // (within the sentence or the next: "…共七户。上述企业…合计X万元")
			return true
		}
	}
	return false
}

// measureEnds holds the last bytes of 个, 份, 项, 家, 所 and 户: a Han
// character ending otherwise is none of them, told without comparing it.
var measureEnds = func() (t [256]bool) {
	for _, w := range [...]string{"个", "份", "项", "家", "所", "户"} {
		t[w[2]] = true
	}
	return t
}()

type namedListsKey struct{}

// hasNamedLists reports whether a table of the document has a label
// column headed …名称, which checkCountedRows needs.
func hasNamedLists(ta *tables.Analysis) bool {
	for _, t := range ta.Tables {
		for _, b := range t.Blocks {
			if !figureBlock(b) {
				continue
			}
			for _, r := range b.HeaderRows {
				for _, c := range b.LabelCols {
					if cell := t.T.At(r, c); cell != nil && cjk.Contains(ta.Doc.Slice(cell.Span), "名称") {
						return true
					}
				}
			}
		}
	}
	return false
}

// placeCount reports whether s holds 个 right before the name of a kind
// of place (乡, 镇, 县, 区, 市, 街道, 社区, 村, 行政村): checkJurisdictionRows'
// first test, by bytes.
func placeCount(s string) bool {
	for i := 0; ; {
		k := cjk.Index(s[i:], "个")
		if k < 0 {
			return false
		}
		i += k + len("个")
		r, _ := utf8.DecodeRuneInString(s[i:])
		if strings.ContainsRune("乡镇县区市街社村行", r) {
			return true
		}
	}
}

// jurisdictionRe finds a count of all the places of an area: "全县辖十三个
// 乡镇（街道）", "全市六个县（市、区）", and the places' name with its
// bracket.
var jurisdictionRe = regexp.MustCompile(`(?:辖|全县|全市|全区|全州|全镇|全乡|共有|共|共涉及|涉及|覆盖|分配至|分配到|下达至|下达到|拨付至|拨付到)([一二三四五六七八九十两]{1,3}|[1-9][0-9]?)个((?:乡镇|县|区|市|街道|社区|村)[^，。；、\s]{0,8}?（[^）]{1,8}）|乡镇|街道|社区|行政村)`)

// checkJurisdictionRows reports a count of all the places of an area
// ("全县辖十三个乡镇（街道）") against a table whose label column is headed
// by the same words ("乡镇（街道）") and lists another number of them, its
// totals aside.
func checkJurisdictionRows(p *audit.Pass, sp model.Span, txt string) {
	if !placeCount(txt) || !strings.ContainsAny(txt, "辖全共至到") && !cjk.Contains(txt, "涉及") && !cjk.Contains(txt, "覆盖") {
		return
	}
	ms := jurisdictionRe.FindAllStringSubmatchIndex(txt, -1)
	if ms == nil {
		return
	}
	ta := audit.Fact(p, tables.FactKey, tables.Analyze)
	for _, m := range ms {
		n := announced(txt[m[2]:m[3]])
		noun := tables.Squash(txt[m[4]:m[5]])
		if n < 2 {
			continue
		}
		// the tables listing such places, one a row; when several do
		// ("分乡镇使用情况", "分乡镇产出情况"), they must list as many
		given := !strings.ContainsAny(txt[m[0]:m[2]], "辖全共") || cjk.Contains(txt[m[0]:m[2]], "涉及")
		var hit *tables.Block
		var items []*tables.Row
		agree := true
		for _, t := range ta.Tables {
			for _, b := range t.Blocks {
				if b.Kind != tables.Arithmetic || !listsPlaces(ta.Doc, t, b, noun) {
					continue
				}
				if !given && fundsTable(t.Title) && len(placeRows(b, noun, given)) < n-1 {
					// "辖12个乡镇" against a table of the funds given to eight of
					// them: a table of funds may leave out the places that got
					// none (one short, or more listed, the count is suspect)
					continue
				}
				rows := placeRows(b, noun, given)
				if hit != nil && len(rows) != len(items) {
					agree = false
				}
				if hit == nil {
					hit, items = b, rows
				}
			}
		}
		if hit == nil || !agree || len(items) < 2 || len(items) == n {
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s」，而表%d按%s逐行列出的是 %d 个：%s", txt[m[0]:m[5]], hit.Table.Number, txt[m[4]:m[5]], len(items), itemNames(items)),
			MessageEN:  fmt.Sprintf("the text counts %d, but table %d lists %d under %q: %s", n, hit.Table.Number, len(items), noun, itemNames(items)),
			Span:       model.Span{Start: sp.Start + m[2], End: sp.Start + m[5]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, len(items)),
			Expected:   strconv.Itoa(len(items)),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
		})
	}
}

// placeRows returns the rows of block b naming places of noun ("县本级统筹"
// is none); of a distribution (given: 分配至12个乡镇, 涉及8个乡镇), those
// that were given something.
func placeRows(b *tables.Block, noun string, given bool) []*tables.Row {
	ends := placeEnds(noun)
	var items []*tables.Row
	for _, r := range b.Rows {
		l := strings.TrimSpace(strings.TrimPrefix(r.Label, r.Marker))
		if zone(l) {
			continue // (a 开发区 or 园区 is listed beside the 县（市、区）, not among them)
		}
		if strings.HasPrefix(l, "全") && utf8.RuneCountInString(l) <= 4 {
			continue // "全市" over its 县（市、区）: the whole, a total row without 合计
		}
		if given && !slices.ContainsFunc(b.Columns, func(c *tables.Column) bool {
			v := r.Cells[c.Index]
			return c.Role == tables.Amount && v.HasValue() && v.Num.Mant != 0
		}) {
			continue
		}
		// ("乡镇（单位）": a 林场 or 中心 is listed among the places)
		if !r.Total && !r.Subtotal && !r.Group && !r.Subset && (cjk.Contains(noun, "单位") && l != "" || slices.ContainsFunc(ends, func(e string) bool { return strings.HasSuffix(l, e) })) {
			items = append(items, r)
		}
	}
	return items
}

// listsPlaces reports whether block b of table t lists places of noun, one
// a row: its label column is headed noun ("乡镇（街道）"), or its title
// says it goes by them ("各县（市、区）…", "分乡镇（街道）…").
func listsPlaces(d *model.Document, t *tables.Table, b *tables.Block, noun string) bool {
	title := tables.Squash(t.Title)
	if cjk.Contains(title, "各"+noun) || cjk.Contains(title, "分"+noun) {
		return true
	}
	if k := cjk.Index(title, "各"); k >= 0 && placesWithin(placeHead(title[k+len("各"):]), noun) {
		return true // "各县区资金分配及使用情况" for 县（市、区）
	}
	for _, r := range b.HeaderRows {
		for _, c := range b.LabelCols {
			if cell := t.T.At(r, c); cell != nil {
				if h := tables.Squash(d.Slice(cell.Span)); h == noun || placesWithin(h, noun) {
					return true
				}
			}
		}
	}
	return false
}

// placeHead returns the place words s opens with ("县区资金…" → 县区).
func placeHead(s string) string {
	end := 0
	for i, r := range s {
		if !strings.ContainsRune("乡镇县区市街道社村", r) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	return s[:end]
}

// placesWithin reports a header made of place words only ("县区"), each of
// which noun names ("县（市、区）"): the label column lists those places.
func placesWithin(h, noun string) bool {
	if utf8.RuneCountInString(h) < 2 {
		return false
	}
	for _, r := range h {
		if !strings.ContainsRune("乡镇县区市街道社村", r) || !strings.ContainsRune(noun, r) {
			return false
		}
	}
	return true
}

// placeEnds are the endings of the names of the places noun counts:
// 乡镇（街道） names end in 乡, 镇, 街道 or 办事处.
func placeEnds(noun string) []string {
	var ends []string
	for _, p := range [...][2]string{{"乡", "乡"}, {"镇", "镇"}, {"街道", "街道"}, {"街道", "办事处"}, {"县", "县"}, {"市", "市"}, {"区", "区"}, {"社区", "社区"}, {"村", "村"}} {
		if cjk.Contains(noun, p[0]) {
			ends = append(ends, p[1])
		}
	}
	return ends
}

// zone reports the name of a development zone or park (经济技术开发区,
// 工业园区, 示范区): an area of its own, no 县, 区 or 乡镇.
func zone(name string) bool {
	for _, w := range [...]string{"开发区", "园区", "示范区", "实验区", "合作区"} {
		if rest, ok := strings.CutSuffix(name, w); ok && (w != "园区" || utf8.RuneCountInString(rest) >= 2) {
			return true // (not 淇园区, a 区 named 淇园)
		}
	}
	return false
}

// amountBeforeCount reports an amount of money written right before a
// count, a few words apart in one clause ("46700.00万元共支持7个项目").
func amountBeforeCount(txt string, a, count *figures.Quantity) bool {
	if !figures.IsMoneyUnit(a.Unit) || a.Percent || a.End > count.Start {
		return false
	}
	g := txt[a.End:count.Start]
	return utf8.RuneCountInString(g) <= 6 && !strings.ContainsAny(g, "，,。；;：:、") && strings.HasPrefix(g, "共")
}

// fundsTable reports a table title about funds handed out (资金, 分配, 补助,
// 项目): its places are those that received some, not all of an area's.
func fundsTable(title string) bool {
	return cjk.ContainsAnyOf(title, "资金", "分配", "补助", "项目", "安排")
}
