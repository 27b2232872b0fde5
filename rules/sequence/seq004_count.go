package sequence

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// namedListRe finds a count followed by the names it counts: "纳入决算编制
// 范围的单位共3个，包括：A、B、C、D。", "内设机构七个，分别为：A、B、C". The
// names run to the end of the sentence or clause.
var namedListRe = regexp.MustCompile(`(共)(?:有|分为?|计)?` + countListTail)

// unitListRe is namedListRe for a body's own units without 共 (内设机构七
// 个，分别为：…); it runs only where a unit lead is written (namedListRe
// keeps its literal 共, which the regexp engine scans for fast).
var unitListRe = regexp.MustCompile(`(` + unitLeads + `)(?:共|有)?` + countListTail)

// cnCount is a count in Chinese numerals up to 九十九 (七, 十三, 二十一).
const cnCount = `(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九两])`

// countListTail is the numeral, measure word and list of namedListRe and
// unitListRe.
const countListTail = `(` + cnCount + `|[1-9][0-9]?)(?:个|家|户|所|项|台|套|件)[^，。；：:、（]{0,8}(?:（[^）]{1,6}）)?(?:[，,](?:涉及|合计|共计|金额)[^，。；：:、]{0,24})?(?:[，,]?(?:包括|分别是|分别为|具体为|即)[：:]?|[：:])([^。；;]+)`

// bareListRe finds a count with no lead word followed straight by the
// names it counts, after 分别是 or 具体为: "区域养老服务中心6个，分别是A、B、C",
// "抽查5个乡镇（街道），分别为A、B、…".
// Its empty first group keeps namedListRe's group numbers.
var bareListRe = regexp.MustCompile(`()(` + cnCount + `|[1-9][0-9]?)(?:个|家|户|所|项|台|套|件|类|种)[^，。；：:、0-9]{0,8}[，,](?:分别是|分别为|具体为|具体是|即)[：:]?([^。；;]+)`)

// verbListRe finds a count of projects after the verb that funds or runs
// them, or of pieces of work after the verb that did them, and their names
// after a colon: "新增专项债券资金59600.00万元，支持7个项目：A、B、…",
// "重点抓了五项工作：A、B、C、D". Its groups are two alternatives' of
// namedListRe's (see verbMatch).
var verbListRe = regexp.MustCompile(`(?:(?:支持|实施|安排|建设|下达)()(` + cnCount + `|[1-9][0-9]?)个(?:重点项目|子项目|项目)|(?:抓了|做了|开展了|推进了|落实了)()(` + cnCount + `|[1-9][0-9]?)项(?:重点)?(?:工作|措施|举措|任务))[：:]([^。；;]+)`)

// verbListEnds are the words one of which every verbListRe match holds
// before its colon: the regexp runs only where one is.
var verbListEnds = []string{"个项目", "个子项目", "个重点项目", "项工作", "项重点工作", "项措施", "项举措", "项任务"}

// verbMatch returns verbListRe's submatch m in namedListRe's groups: the
// whole, an empty lead, the count and the list, from whichever alternative
// matched.
func verbMatch(m []int) []int {
	if m[4] < 0 {
		m[2], m[3], m[4], m[5] = m[6], m[7], m[8], m[9]
	}
	return []int{m[0], m[1], m[2], m[3], m[4], m[5], m[10], m[11]}
}

// objectListRe finds a count of what the body acted on, a verb phrase
// and the names after 分别为: "对6个重点项目开展了绩效运行监控，分别为：A、
// B、…". Its empty first group keeps namedListRe's group numbers.
var objectListRe = regexp.MustCompile(`对()(` + cnCount + `|[1-9][0-9]?)(?:个|家|所|项)[^，。；：:、0-9]{1,16}[，,](?:分别为|分别是)[：:]?([^。；;]+)`)

// kindListRe finds a count of kinds followed by a colon and their names:
// "预算编制范围包括七个险种：企业职工基本养老保险、…", "重点投向五个领域：
// 保障性安居工程、…", "主要用于以下8个方面：…". Its empty first group
// keeps namedListRe's group numbers.
var kindListRe = regexp.MustCompile(`(?:包括|分为|涵盖|涉及|投向|聚焦|覆盖|用于)(?:以下)?()(` + cnCount + `|[1-9][0-9]?)(?:个|类|项)[^，。；：:、0-9]{1,6}[：:]([^。；;]+)`)

// waysListRe finds a count of ways or measures and, after a short verb
// phrase and a colon, their names: "通过四种方式带动脱贫群众增收：产业带动、
// 资产收益、…和雨露计划补助". Its empty first group keeps namedListRe's
// group numbers.
var waysListRe = regexp.MustCompile(`()(` + cnCount + `|[1-9][0-9]?)(?:种|条|项|个)(?:方式|措施|途径|模式|渠道|形式|举措)[^，。；：:、0-9]{0,12}[：:]([^。；;]+)`)

// setUpListRe finds units a body has set up, counted after their noun and
// named after a colon: "设有二级学院（部）11个：文学院、历史文化学院、…". Its
// empty first group keeps namedListRe's group numbers.
var setUpListRe = regexp.MustCompile(`(?:设有|下设|设立|现有)()[^，。；：:、0-9]{2,12}?(` + cnCount + `|[1-9][0-9]?)(?:个|所|家)[：:]([^。；;]+)`)

// majorListRe finds "N大" kinds and, after a colon, their names: "全县已
// 形成六大主导产业：绿色建材、农产品精深加工、…", "实施五大工程：…". Its
// empty first group keeps namedListRe's group numbers.
var majorListRe = regexp.MustCompile(`()(` + cnCount + `)大(?:主导|支柱|重点|特色|优势|新兴|民生|基础)?(?:产业|板块|工程|行动|领域|任务|平台|基地|集群|品牌|片区|园区|项目)[^，。；：:、0-9]{0,4}[：:]([^。；;]+)`)

// unitLeads are the words that announce a count of a body's own units
// without 共 (内设机构7个): namedListRe's alternatives and countAnnounced's.
const unitLeads = `内设机构|内设科室|内设股室|内设处室|职能科室|临床科室|医技科室|业务科室|行政科室|管理科室|科室|股室|处室|内设|下设|下属|所属`

var countLeads = append([]string{"共"}, strings.Split(unitLeads, "|")...)

// checkNamedLists reports "共N个，包括：A、B、C" whose list of names does not
// number N. The names must look like names: short, no figures, and split
// by 、 outside brackets.
func checkNamedLists(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "、") {
		return
	}
	var ms [][]int
	// (each regexp only where its lead is followed by a numeral)
	if leadBeforeNumeral(txt, countLeads[:1]) {
		ms = namedListRe.FindAllStringSubmatchIndex(txt, -1)
	}
	if unitLeadIn(txt) && leadBeforeNumeral(txt, countLeads[1:]) {
		ms = append(ms, unitListRe.FindAllStringSubmatchIndex(txt, -1)...)
	}
	// "共5个，包括局机关和3个二级单位，具体是：A、B、…": a list holding a
	// count lists no names; the count inside it may announce them
	ms = slices.DeleteFunc(ms, func(m []int) bool { return countBefore(txt[m[6]:m[7]]) })
	if kindListWord(txt) {
		for _, m := range kindListRe.FindAllStringSubmatchIndex(txt, -1) {
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	if waysListWord(txt) {
		for _, m := range waysListRe.FindAllStringSubmatchIndex(txt, -1) {
			if r, _ := utf8.DecodeLastRuneInString(txt[:m[4]]); r >= '0' && r <= '9' || strings.ContainsRune("零一二三四五六七八九十百两", r) {
				continue // the end of a longer numeral
			}
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	if (cjk.Contains(txt, "设") || cjk.Contains(txt, "现有")) && (cjk.Contains(txt, "：") || strings.Contains(txt, ":")) {
		for _, m := range setUpListRe.FindAllStringSubmatchIndex(txt, -1) {
			if !overlaps(ms, m) {
				ms = append(ms, m) // (from 设有: the noun holds brackets, 二级学院（部）)
			}
		}
	}
	if cjk.Contains(txt, "大") && (cjk.Contains(txt, "：") || strings.Contains(txt, ":")) {
		for _, m := range majorListRe.FindAllStringSubmatchIndex(txt, -1) {
			if r, _ := utf8.DecodeLastRuneInString(txt[:m[4]]); strings.ContainsRune("零一二三四五六七八九十百两第", r) {
				continue // the end of a longer numeral, or an order (第十二大)
			}
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	if cjk.ContainsAnyOf(txt, verbListEnds...) {
		for _, m := range verbListRe.FindAllStringSubmatchIndex(txt, -1) {
			m = verbMatch(m)
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	if bareListWord(txt) && cjk.Contains(txt, "对") {
		for _, m := range objectListRe.FindAllStringSubmatchIndex(txt, -1) {
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	if bareListWord(txt) {
		for _, m := range bareListRe.FindAllStringSubmatchIndex(txt, -1) {
			if r, _ := utf8.DecodeLastRuneInString(txt[:m[4]]); r >= '0' && r <= '9' || strings.ContainsRune("零一二三四五六七八九十百两", r) {
				continue // the end of a longer numeral: "12个" is not "2个"
			} else if strings.HasSuffix(txt[:m[4]], "公益") {
				continue // "均为公益一类": a class of public units, no count
			} else if strings.ContainsRune("、和及", r) && countBefore(txt[commaBefore(txt, m[4]):m[4]]) {
				continue // "辖10个行政村、3个社区，分别为：…" names both counts' things ("局机关和3个二级单位" only the one's)
			}
			if !overlaps(ms, m) {
				m[0] = clauseStart(txt, m[4])
				ms = append(ms, m)
			}
		}
	}
	ms = append(ms, namesBeforeCount(txt, ms)...)
	var counted []int // the counts reported: "内设机构共4个：" is read by its lead and by its 共, once
	for _, m := range ms {
		if slices.Contains(counted, m[4]) {
			continue
		}
		if _, v := pointLabel(strings.TrimSpace(txt[m[6]:m[7]])); v == 1 {
			continue // "以下五个方面：一是A、B；二是…": numbered points, counted as points, not the first one's names
		}
		n := announced(txt[m[4]:m[5]])
		names, ok := listNames(txt[m[6]:m[7]])
		if !ok && m[6] > m[4] && waysListWord(txt[m[4]:m[6]]) {
			// ways, not bodies: "…、公益性岗位就业和雨露计划补助" is two
			names, ok = listNames(lastAndAsComma(txt[m[6]:m[7]]))
		}
		if !ok || len(names) < 2 || len(names) == n {
			continue
		}
		if wholeCounted(txt[:m[4]], len(names)) {
			continue // "共3个，其中行政单位1个、事业单位2个，具体为：A、B、C": the list is of the 共
		}
		msg := fmt.Sprintf("写「%s」，其后列出的是 %d 个：%s", cut(txt, m[0])+txt[m[0]:m[5]]+countWord(txt[m[5]:]), len(names), strings.Join(names, "、"))
		from := m[0]
		if m[2] < 0 { // the names come first (namesBeforeCount)
			msg = fmt.Sprintf("前面列出 %d 个名称（%s），却写作「%s」", len(names), strings.Join(names, "、"), txt[m[4]:m[5]]+countWord(txt[m[5]:]))
			from = m[4]
		}
		counted = append(counted, m[4])
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    msg,
			MessageEN:  fmt.Sprintf("the text announces %d but lists %d: %s", n, len(names), strings.Join(names, "、")),
			Span:       model.Span{Start: sp.Start + from, End: sp.Start + m[5] + len(countWord(txt[m[5]:]))},
			Expr:       fmt.Sprintf("%d ≠ %d", n, len(names)),
			Expected:   strconv.Itoa(len(names)),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
			Related:    []model.Span{{Start: sp.Start + m[6], End: sp.Start + m[7]}},
		})
	}
}

// lastAndAsComma returns list s with the one 和 of its last item, after
// a 、, made a 、: "A、B、C和D" is four items when the items are ways or
// measures, not names of bodies.
func lastAndAsComma(s string) string {
	k := strings.LastIndex(s, "、")
	if k < 0 {
		return s
	}
	last := s[k:]
	if strings.Count(last, "和") != 1 {
		return s
	}
	j := cjk.Index(last, "和")
	if utf8.RuneCountInString(last[len("、"):j]) < 2 || utf8.RuneCountInString(strings.TrimRight(last[j+len("和"):], "。 ")) < 2 {
		return s
	}
	return s[:k] + last[:j] + "、" + last[j+len("和"):]
}

// waysListWord reports whether s holds a colon and a word waysListRe needs.
func waysListWord(s string) bool {
	if !cjk.Contains(s, "：") && !strings.Contains(s, ":") {
		return false
	}
	for _, w := range [...]string{"方式", "措施", "途径", "模式", "渠道", "形式", "举措"} {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// bareListWord reports whether s holds a list word bareListRe needs right
// after a comma.
func bareListWord(s string) bool {
	if !cjk.Contains(s, "分别") && !cjk.Contains(s, "具体") && !cjk.Contains(s, "，即") {
		return false // (three searches for most paragraphs, not seven)
	}
	for _, w := range [...]string{"，分别", ",分别", "，具体为", "，具体是", ",具体为", ",具体是", "，即"} {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// kindListWord reports whether s holds a colon and a word kindListRe opens
// with, right before a numeral.
func kindListWord(s string) bool {
	if !cjk.Contains(s, "：") && !strings.Contains(s, ":") {
		return false
	}
	for _, w := range [...]string{"包括", "分为", "涵盖", "涉及", "投向", "聚焦", "覆盖", "用于"} {
		for from := 0; ; {
			k := cjk.Index(s[from:], w)
			if k < 0 {
				break
			}
			from += k + len(w)
			rest := strings.TrimPrefix(s[from:], "以下")
			if r := firstRune(rest); r >= '1' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两", r) {
				return true // (the word right before a numeral, as kindListRe needs)
			}
		}
	}
	return false
}

// overlaps reports whether match m overlaps one of ms.
func overlaps(ms [][]int, m []int) bool {
	for _, o := range ms {
		if m[0] < o[1] && o[0] < m[1] {
			return true
		}
	}
	return false
}

// clauseMarks end a clause for clauseStart.
const clauseMarks = "，,。；;：:、（("

// clauseStart returns where the clause holding byte at of s starts, at
// most ten runes back: the words the count is of ("区域养老服务中心6个").
func clauseStart(s string, at int) int {
	i := at
	for n := 0; n < 10 && i > 0; n++ {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if strings.ContainsRune(clauseMarks, r) {
			break
		}
		i -= w
	}
	return i
}

// cut is "…" when a quote from byte at of s starts inside a clause.
func cut(s string, at int) string {
	if r, _ := utf8.DecodeLastRuneInString(s[:at]); at > 0 && !strings.ContainsRune(clauseMarks, r) {
		return "…"
	}
	return ""
}

// countWord returns the measure word at the start of s (个, 家, 所, 项).
func countWord(s string) string {
	if strings.HasPrefix(s, "大") {
		// "六大主导产业：": the kind after 大
		if k := strings.IndexAny(s, "：:"); k > 0 && utf8.RuneCountInString(s[:k]) <= 10 {
			return s[:k]
		}
	}
	r, w := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return ""
	}
	return s[:w]
}

// listNames splits a list of names at 、 outside brackets; ok is false
// when an item is no name (a figure, a long phrase), the list goes on past
// a comma ("A、B等", "A、B，其中…"), or a word makes the count unsure.
func listNames(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	if k := strings.IndexAny(s, "，,"); k > 0 && endsAtComma(s[k:]) {
		s = s[:k] // "…、西部片区储备库，储备帐篷、折叠床…": the names end at the comma
	}
	if strings.ContainsAny(s, "，,各") || hasDeng(s) || cjk.Contains(s, "所属") || cjk.Contains(s, "下属") || cjk.Contains(s, "二级单位") {
		// ("所属二级单位" names several): the count is not sure
		return nil, false
	}
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth--
		case '、':
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + len("、")
			}
		}
	}
	out = append(out, s[start:])
	for k, name := range out {
		if joinsTwo(name, k == len(out)-1) && !(k == len(out)-1 && oneNameJoined(name, out[:k])) {
			return nil, false
		}
	}
	for i, name := range out {
		name = strings.TrimSpace(name)
		out[i] = name
		if n := utf8.RuneCountInString(name); n < 2 || n > 24 || strings.ContainsAny(name, "：:") || hasFigure(name) {
			return nil, false
		}
	}
	return out, true
}

// hasFigure reports whether a list item holds a figure rather than a
// name with digits in it: a digit and a unit of amount, count, share or
// date ("64排螺旋CT" and "1.5T磁共振成像系统" are names; "A 12.5万元" is not).
func hasFigure(name string) bool {
	if !strings.ContainsAny(name, "0123456789０１２３４５６７８９") {
		return false
	}
	return strings.ContainsAny(name, "元%％人个项辆年月日亩次户所家") || cjk.Contains(name, "万")
}

// dengWords are words holding 等 that is no "and so on" (梧岭县职业中等专业学校).
var dengWords = strings.NewReplacer("中等", "", "高等", "", "初等", "", "同等", "", "平等", "", "对等", "", "等级", "", "等额", "")

// hasDeng reports whether s holds 等 for "and so on" (A、B等): the list
// may not be whole.
func hasDeng(s string) bool {
	return cjk.Contains(s, "等") && cjk.Contains(dengWords.Replace(s), "等")
}

// endsAtComma reports whether the text from a comma after a list of names
// is a clause of its own, no more names: opening with 均 or 都 (said of
// all the names), or longer than twelve runes, with no
// 、, 和, 及 or 与 before the next comma (or longer than twenty with no 、),
// and not opening with a joining word
// (以及, 等): "…、博源新型建材有限公司，新增企业对全县工业增长的支撑作用逐步显现";
// "，D和E" may be the list's last names.
func endsAtComma(rest string) bool {
	_, w := utf8.DecodeRuneInString(rest)
	rest = rest[w:]
	for _, j := range [...]string{"以及", "和", "及", "等", "还有"} {
		if strings.HasPrefix(rest, j) {
			return false
		}
	}
	clause := rest
	if k := strings.IndexAny(clause, "，,"); k >= 0 {
		clause = clause[:k]
	}
	for _, w := range [...]string{"均", "都", "全部", "皆", "各自", "为", "系"} {
		if strings.HasPrefix(clause, w) {
			return true // "…、某县中医医院，均为公益一类事业单位", "…、青坝市场监督管理所，为本局的派出机构": a clause about all the names
		}
	}
	for _, w := range [...]string{"支持", "用于", "主要用于", "推动", "带动", "促进", "保障", "确保", "有效", "重点支持"} {
		if strings.HasPrefix(clause, w) {
			return true // "…、交通基础设施，支持…配套管网、县城雨污分流改造等": a verb opens a clause of its own
		}
	}
	if (strings.HasPrefix(clause, "共") || strings.HasPrefix(clause, "合计") || strings.HasPrefix(clause, "累计")) && strings.ContainsAny(clause, "0123456789") {
		return true // "…、泸溪区，共抽查项目48个": a figure of its own ends the names
	}
	n := utf8.RuneCountInString(clause)
	// (a clause of over twenty runes with no 、 is no name list even with a
	// 及 in it: "，现场查看乡镇卫生院…开展情况及设备配置使用情况")
	return n > 12 && !strings.ContainsAny(clause, "、和及与") || n > 20 && !cjk.Contains(clause, "、")
}

// oneNameWords are the 和 inside the names of government bodies, which
// joins no two items of a list: 县住房和城乡建设局 is one 局.
var oneNameWords = strings.NewReplacer("住房和城乡建设", "住建", "人力资源和社会保障", "人社", "自然资源和规划", "自规", "文化和旅游", "文旅",
	"工业和信息化", "工信", "发展和改革", "发改", "卫生和计划生育", "卫计", "退役军人事务", "退役", "科学技术和", "科技", "经济和信息化", "经信",
	"新闻出版和", "新闻", "自然资源和", "自然", "教育和体育", "教体", "商务和", "商务")

// joinsTwo reports whether an item of a 、 list may be two names joined
// by 和 or 及: "局机关本级和县社会保险服务中心" (a unit after 本级, or a name
// opening with its place, 县…); in the last item any join ("A、B和C")
// may be. A 和 inside one name ("自然资源和生态环境办公室") is none.
func joinsTwo(item string, last bool) bool {
	if cjk.Contains(item, "和") {
		item = oneNameWords.Replace(item) // (住房和城乡建设局 is one body)
	}
	for _, j := range [...]string{"和", "及"} {
		k := cjk.Index(item, j)
		if k < 0 {
			continue
		}
		if last {
			return true
		}
		before, after := item[:k], item[k+len(j):]
		if strings.HasSuffix(before, "本级") || strings.HasSuffix(before, "机关") {
			return true
		}
		for _, place := range [...]string{"县", "市", "区", "省", "州", "乡", "镇"} {
			if strings.HasPrefix(after, place) {
				return true
			}
		}
	}
	return false
}

// oneNameJoined reports whether the 和 or 及 of a list's last item joins
// words inside one name: the other names are of bodies (科, 室, 中心…) and
// what comes before it does not end as they do ("办公室、…、政策法规科、救灾和物资保障科": 救灾 is no 科, the
// item is one 科).
func oneNameJoined(item string, others []string) bool {
	k := cjk.Index(item, "和")
	if k < 0 {
		k = cjk.Index(item, "及")
	}
	if k <= 0 || len(others) < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(item[:k])
	for _, o := range others {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(o))
		if r == last || !strings.ContainsRune(bodyEnds, r) {
			return false // (names of ways or measures are not read so)
		}
	}
	return true
}

// bodyEnds are the last characters of the names of offices and bodies.
const bodyEnds = "科室股局处心站所队院校委办部组会"

// checkCountedParts reports a count written before a total whose parts,
// listed after 其中 and adding up to the total (within rounding), number otherwise:
// "全年统筹安排民生实事项目10项，投入资金33309.04万元，其中：A 4000.00万元、…"
// with nine amounts making 33309.04. The amounts show the list is whole;
// the count is what is wrong.
func checkCountedParts(p *audit.Pass, sp model.Span, txt string, analysed func() *figures.Statements) {
	if !countThenMoney(txt) {
		return // (the analysis only where a count in 项 or 个 and 其中 are both written)
	}
	st := analysed()
	qs := st.Quantities
	for _, e := range st.Enumerations {
		if len(e.Parts) < 3 || !figures.IsMoneyUnit(e.Total.Unit) {
			continue
		}
		var count *figures.Quantity
		for k := range qs {
			if qs[k].End <= e.Total.Start {
				count = &qs[k]
			}
		}
		if count == nil || count.Unit != "项" && count.Unit != "个" || count.Dec != 0 || count.Approx || count.Chinese || count.Mant < 2 {
			continue
		}
		gap := txt[count.End:e.Total.Start]
		if strings.ContainsAny(gap, "。；;）)") || utf8.RuneCountInString(gap) > 12 {
			continue // (a count in a bracketed aside, "（其中行政村7个、社区2个）", counts something else)
		}
		parts := make([]figures.Number, len(e.Parts))
		for k, q := range e.Parts {
			if q.Unit != e.Total.Unit || q.Approx {
				parts = nil
				break
			}
			parts[k] = q.Number
		}
		if parts == nil || int64(len(parts)) == count.Mant || !figures.SumHolds(parts, e.Total.Number, figures.HalfUp) || kindsOfMoney(e.Parts) {
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s%s」，但“%s”后列出 %d 项，金额之和与 %s%s 相符：所写个数与所列不符", count.String(), count.Unit, e.Marker, len(parts), e.Total.String(), e.Total.Unit),
			MessageEN:  fmt.Sprintf("the text counts %s %s, but lists %d parts after %q whose amounts add up to the total %s exactly", count.String(), count.Unit, len(parts), e.Marker, e.Total.String()),
			Span:       model.Span{Start: sp.Start + count.Start, End: sp.Start + count.End},
			Expr:       fmt.Sprintf("%d ≠ %d", count.Mant, len(parts)),
			Expected:   strconv.Itoa(len(parts)),
			Actual:     count.String(),
			Confidence: 0.6,
			Related:    []model.Span{{Start: sp.Start + e.Total.Start, End: sp.Start + e.Total.End}},
		})
	}
}

// countThenMoney reports whether s holds a digit followed by 项 or 个 (E9
// A1 B9, E4 B8 AA), then within 60 bytes an amount in 元, and 其中 after
// it: checkCountedParts' first test, by bytes.
func countThenMoney(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i-1] >= '0' && s[i-1] <= '9' && (s[i] == 0xE9 && s[i+1] == 0xA1 && s[i+2] == 0xB9 || s[i] == 0xE4 && s[i+1] == 0xB8 && s[i+2] == 0xAA) {
			if cjk.Contains(s[i:min(len(s), i+60)], "元") && cjk.Contains(s[i:], "其中") {
				return true
			}
		}
	}
	return false
}

// countAnnounced reports whether s holds 共 or one of unitLeads, then
// perhaps 共 or 有, followed by a digit or a Chinese numeral: namedListRe's
// first test.
func countAnnounced(s string) bool {
	leads := countLeads[:1] // 共
	if unitLeadIn(s) {
		leads = countLeads
	}
	return leadBeforeNumeral(s, leads)
}

// leadBeforeNumeral reports whether one of leads stands in s before a
// numeral, perhaps after 共 or 有.
func leadBeforeNumeral(s string, leads []string) bool {
	for _, lead := range leads {
		for i := 0; ; {
			k := cjk.Index(s[i:], lead)
			if k < 0 {
				break
			}
			i += k + len(lead)
			rest := strings.TrimPrefix(s[i:], "共")
			for _, w := range [...]string{"有", "分为", "分", "计"} { // (namedListRe's words between 共 and the count)
				if r, ok := strings.CutPrefix(rest, w); ok {
					rest = r
					break
				}
			}
			if rest != "" && (rest[0] >= '1' && rest[0] <= '9' || strings.ContainsRune("一二三四五六七八九十两", firstRune(rest))) {
				return true
			}
		}
	}
	return false
}

// unitLeadWords are the words of which every unit lead holds one
// (TestUnitLeadsScreened).
var unitLeadWords = [...]string{"内设", "科室", "股室", "处室", "下设", "下属", "所属"}

// unitLeadIn reports whether s may hold a unit lead.
func unitLeadIn(s string) bool {
	for _, w := range unitLeadWords {
		if cjk.Contains(s, w) {
			return true
		}
	}
	return false
}

// firstRune returns the first rune of s, utf8.RuneError for none.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// namesBeforeCount finds names listed with 、 right before the count of
// them, with no 等 between: "对县教育局、县卫生健康局、…、县住房和城乡建设局
// 8个部门及其所属单位预算执行情况进行了审计". Each match is given as
// namedListRe's groups are: [start, end, -, -, numeral start, numeral end,
// names start, names end]; those overlapping ms are left out.
func namesBeforeCount(txt string, ms [][]int) [][]int {
	var out [][]int
	for from := 0; ; {
		k := cjk.Index(txt[from:], "、")
		if k < 0 {
			return out
		}
		// the clause holding this 、 and what follows it
		start := sentenceClauseStart(txt[:from+k])
		end := len(txt)
		if j := indexClauseMark(txt[from+k:]); j >= 0 {
			end = from + k + j
		}
		from = end
		if m := countAfterNames(txt, start, end); m != nil && !overlaps(ms, m) {
			out = append(out, m)
		}
		if end >= len(txt) {
			return out
		}
	}
}

// namesBeforeCount's clauses end at ，,。；;：: (listClauseMarks).
// indexClauseMark and sentenceClauseStart find them by bytes (a mark's
// encoding starts with a byte no other rune has inside it), not rune by
// rune through the set, as namesBeforeCount did for every clause of every
// paragraph; indexClauseMarkPlain and sentenceClauseStartPlain in the
// tests are the plain versions.
const listClauseMarks = "，,。；;：:"

// indexClauseMark is strings.IndexAny(s, listClauseMarks).
func indexClauseMark(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', ';', ':':
			return i
		case 0xEF: // ， ； ：
			if i+2 < len(s) && s[i+1] == 0xBC && (s[i+2] == 0x8C || s[i+2] == 0x9B || s[i+2] == 0x9A) {
				return i
			}
		case 0xE3: // 。
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x82 {
				return i
			}
		}
	}
	return -1
}

// sentenceClauseStart returns the end of the last of listClauseMarks in s,
// 0 for none: where the clause running to the end of s starts.
func sentenceClauseStart(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':':
			return i + 1
		case 0x8C, 0x9B, 0x9A: // ， ； ：
			if i >= 2 && s[i-1] == 0xBC && s[i-2] == 0xEF {
				return i + 1
			}
		case 0x82: // 。
			if i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE3 {
				return i + 1
			}
		}
	}
	return 0
}

// countAfterNames reads txt[start:end], a clause holding 、, as names
// followed straight by the count of them: the last 、-item ends with a
// numeral and 个, 家 or 所. The first item loses a leading 对 or 由.
func countAfterNames(txt string, start, end int) []int {
	clause := txt[start:end]
	last := strings.LastIndex(clause, "、")
	// the numeral: the first digit or Chinese numeral run in the last item
	// that is followed by a measure word
	item := clause[last+len("、"):]
	for i, r := range item {
		if !(r >= '1' && r <= '9' || strings.ContainsRune("两二三四五六七八九十", r)) {
			continue
		}
		j := i
		for j < len(item) {
			c, w := utf8.DecodeRuneInString(item[j:])
			if !(c >= '0' && c <= '9' || strings.ContainsRune("一两二三四五六七八九十", c)) {
				break
			}
			j += w
		}
		mw := countWord(item[j:])
		if mw != "个" && mw != "家" && mw != "所" || !bodyNoun(item[j+len(mw):]) {
			return nil // (the count of bodies only: "绿色、有机、名特优新农产品1000个" counts products)
		}
		if i == 0 {
			return nil // "A、3个…": the item is the count itself
		}
		if before, _ := utf8.DecodeLastRuneInString(item[:i]); strings.ContainsRune("等共有计约近余个", before) {
			return nil // "A、B等8个部门": the list need not be whole
		}
		numStart := start + last + len("、") + i
		namesStart := start
		for _, lead := range [...]string{"对", "由", "包括"} {
			if strings.HasPrefix(clause, lead) {
				namesStart += len(lead)
				break
			}
		}
		if strings.Count(txt[namesStart:numStart], "、") < 2 {
			return nil // three names at least
		}
		for _, name := range strings.Split(txt[namesStart:numStart], "、") {
			if !bodyName(name) {
				return nil
			}
		}
		return []int{namesStart, numStart + (j - i), -1, -1, numStart, numStart + (j - i), namesStart, numStart}
	}
	return nil
}

// bodyNoun reports whether s opens with a word for bodies or places
// (部门, 单位, 乡镇 …), what namesBeforeCount counts.
func bodyNoun(s string) bool {
	for _, w := range [...]string{"部门", "单位", "乡镇", "镇", "乡", "街道", "村", "社区", "学校", "医院", "机构", "县", "区", "市"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// bodyName reports whether a listed item is named as a body or a place
// is: it ends with 局, 委, 镇, 村, 中心 ….
func bodyName(s string) bool {
	for _, w := range [...]string{"局", "委", "办", "镇", "乡", "村", "街道", "社区", "中心", "院", "校", "所", "站", "队", "公司", "厅", "馆", "会", "部", "县", "区", "市"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// kindsOfMoney reports parts labelled as kinds of an amount (违规金额,
// 管理不规范金额, 损失浪费金额) rather than the items a count counts:
// "审计项目19个，查出问题金额X万元，其中：违规金额A万元、…" splits the
// amount by kind, not by project; so do the sources of an amount
// ("共安排项目支出10个，合计830.46万元，其中一般公共预算拨款696.45万元、
// 政府性基金预算拨款64.57万元、其他资金69.44万元").
func kindsOfMoney(parts []figures.Quantity) bool {
	for _, q := range parts {
		// (or the kinds of procurement: "政府采购货物预算18.60万元、…工程预算
		// …、…服务预算…" break down the amount of the projects counted)
		if !cjk.HasAnySuffix(q.Label, "金额", "资金", "类", "拨款", "收入") && !cjk.ContainsAnyOf(q.Label, "货物", "工程", "服务") {
			return false
		}
	}
	return true
}

// wholeCounted reports whether the sentence before a count announces a
// whole of n items with 共 ("单位共3个，其中行政单位1个、事业单位2个，具体
// 为：…"): a list of n names after the breakdown names the whole.
func wholeCounted(before string, n int) bool {
	if k := strings.LastIndex(before, "。"); k >= 0 {
		before = before[k:]
	}
	for from := 0; ; {
		k := cjk.Index(before[from:], "共")
		if k < 0 {
			return false
		}
		from += k + len("共")
		rest := strings.TrimPrefix(before[from:], "有")
		end := 0
		for end < len(rest) && (rest[end] >= '0' && rest[end] <= '9') {
			end++
		}
		if end == 0 {
			for _, r := range rest {
				if !strings.ContainsRune("一二三四五六七八九十两", r) {
					break
				}
				end += utf8.RuneLen(r)
			}
		}
		if end > 0 && announced(rest[:end]) == n {
			return true
		}
	}
}

// countBefore reports whether s holds a count (a numeral before 个, 家,
// 所 …): "辖10个行政村、" does, "局机关和" does not.
func countBefore(s string) bool {
	return countBeforeRe.MatchString(s)
}

var countBeforeRe = regexp.MustCompile(`(?:` + cnCount + `|[0-9]+)(?:个|家|户|所|项|台|套|件)`)

// commaBefore returns where the comma-delimited clause holding offset at
// starts (after the last ，。；：), 0 for the text's start.
func commaBefore(s string, at int) int {
	k := max(strings.LastIndex(s[:at], "，"), strings.LastIndex(s[:at], "。"), strings.LastIndex(s[:at], "；"), strings.LastIndex(s[:at], "："))
	if k < 0 {
		return 0
	}
	_, w := utf8.DecodeRuneInString(s[k:])
	return k + w
}

// joinedKindsRe is a list of kinds closed by 和 before 等 and their count:
// "采用公开招标、竞争性谈判、竞争性磋商、询价、单一来源和框架协议等七种采购方式"
// (names, last name, numeral). 和 closes the list: 等 after it ends a
// whole one, not a few examples.
var joinedKindsRe = regexp.MustCompile(`([^，。；：:、,;]{2,12}(?:、[^，。；：:、,;]{2,12}){2,})(?:和|及|以及)([^，。；：:、,;和]{2,12})等(` + cnCount + `|[1-9][0-9]?)(?:种|类)`)

// checkJoinedKinds reports joinedKindsRe's lists whose names do not number
// their count.
func checkJoinedKinds(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "等") || !cjk.Contains(txt, "、") {
		return
	}
	// the regexp runs only on a clause whose 等 a count of kinds follows
	// (等七种): run on the whole paragraph, its opening class of names
	// would be tried at every byte
	for from := 0; ; {
		k := cjk.Index(txt[from:], "等")
		if k < 0 {
			return
		}
		at := from + k + len("等")
		from = at
		e := kindsCountEnd(txt[at:])
		if e < 0 {
			continue
		}
		start := commaBefore(txt, at)
		for _, m := range joinedKindsRe.FindAllStringSubmatchIndex(txt[start:at+e], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += start
				}
			}
			reportJoinedKinds(p, sp, txt, m)
		}
	}
}

// kindsCountEnd returns the length of a count of kinds opening s (七种,
// 12类), -1 for none.
func kindsCountEnd(s string) int {
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两", r)) {
			break
		}
		i += w
	}
	if i == 0 {
		return -1
	}
	for _, u := range [...]string{"种", "类"} {
		if strings.HasPrefix(s[i:], u) {
			return i + len(u)
		}
	}
	return -1
}

// reportJoinedKinds reports joinedKindsRe's match m of txt when its names
// do not number its count.
func reportJoinedKinds(p *audit.Pass, sp model.Span, txt string, m []int) {
	lead := txt[m[2]:m[3]]
	// the list opens after its verb: "全年共采用公开招标" names 公开招标
	for _, v := range [...]string{"采用", "包括", "涵盖", "涉及", "通过", "实行", "运用"} {
		if k := strings.LastIndex(lead, v); k >= 0 {
			lead = lead[k+len(v):]
			break
		}
	}
	names := append(strings.Split(lead, "、"), txt[m[4]:m[5]])
	for _, n := range names {
		if utf8.RuneCountInString(n) < 2 || strings.ContainsAny(n, "0123456789%") {
			names = nil
			break
		}
	}
	n := announced(txt[m[6]:m[7]])
	if len(names) < 3 || n <= 0 || len(names) == n {
		return
	}
	at := m[6]
	p.Report(audit.Finding{
		Severity:   audit.Warning,
		Message:    fmt.Sprintf("写「等%s」，其前列出的是 %d 种：%s", txt[m[6]:m[1]], len(names), strings.Join(names, "、")),
		MessageEN:  fmt.Sprintf("the text counts %d kinds but names %d: %s", n, len(names), strings.Join(names, "、")),
		Span:       model.Span{Start: sp.Start + at, End: sp.Start + m[1]},
		Expr:       fmt.Sprintf("%d ≠ %d", n, len(names)),
		Expected:   strconv.Itoa(len(names)),
		Actual:     strconv.Itoa(n),
		Confidence: 0.6,
		Related:    []model.Span{{Start: sp.Start + m[2], End: sp.Start + m[5]}},
	})
}
