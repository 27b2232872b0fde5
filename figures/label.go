package figures

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// Label matching without a word segmenter: labels are normalised (width,
// spaces, punctuation, numbering, units in brackets), domain synonyms are
// mapped to one canonical wording, and what remains is compared exactly or
// by character-bigram overlap. See the README for why no segmenter is used.

// labelSynonyms maps wording variants seen in budget reports to one form.
// Longer keys are applied first.
var labelSynonyms = [][2]string{
	{"公务车辆运行维护费", "公务用车运行维护费"},
	{"公务用车维护费", "公务用车运行维护费"},
	{"公务车辆维护费", "公务用车运行维护费"},
	{"公车运行维护费", "公务用车运行维护费"},
	{"公务用车运维费", "公务用车运行维护费"},
	{"公务用车运行费", "公务用车运行维护费"},
	{"公务车辆购置费", "公务用车购置费"},
	{"因公出国(境)费用", "因公出国境费"},
	{"因公出国(境)费", "因公出国境费"},
	{"因公出国出境费", "因公出国境费"},
	{"因公出国境费用", "因公出国境费"},
	{"因公出国费", "因公出国境费"},
	{"公务接待开支", "公务接待费"},
	{"公务接待费用", "公务接待费"},
	{"三公经费", "三公经费"},
	{"对个人和家庭的补助支出", "对个人和家庭补助"},
	{"对个人和家庭的补助", "对个人和家庭补助"},
	{"对个人与家庭补助支出", "对个人和家庭补助"},
	{"对个人与家庭的补助", "对个人和家庭补助"},
	{"对个人与家庭补助", "对个人和家庭补助"},
	{"对个人和家庭补助支出", "对个人和家庭补助"},
	{"商品和服务支出", "商品服务支出"},
	{"商品及服务支出", "商品服务支出"},
	{"人员经费", "人员支出"},
	{"公用经费", "公用支出"},
	{"工资福利支出", "工资福利支出"},
	{"资本性支出", "资本性支出"},
	{"专项资金项目支出", "项目支出"},
	{"专项支出", "项目支出"},
	{"一般公共预算财政拨款", "一般公共预算拨款"},
	{"一般公共预算财政拨款收入", "一般公共预算拨款"},
	{"一般公共预算收入", "一般公共预算拨款"},
	{"公共财政拨款", "一般公共预算拨款"},
	{"财政拨款收入", "财政拨款"},
	{"支出总计", "支出合计"},
	{"总支出", "支出合计"},
	{"支出总额", "支出合计"},
	{"收入总计", "收入合计"},
	{"总收入", "收入合计"},
	{"收入总额", "收入合计"},
	{"采购规模", "采购金额"}, // 政府采购: the amount bought is its 规模
	{"节约财政资金", "节约资金"},
	{"机关运行经费支出", "机关运行经费"},
}

// synonymKeys finds the keys of labelSynonyms in a label in one pass.
var synonymKeys = func() wordSet {
	keys := make([]string, len(labelSynonyms))
	for k, kv := range labelSynonyms {
		keys[k] = kv[0]
	}
	return newWordSet(keys)
}()

// NormalizeLabel reduces a label to a canonical form for matching: ASCII
// digits and punctuation, no spaces, no list numbering ("1." "（一）" "其中："),
// no bracketed units ("（万元）"), synonyms mapped.
//
// Most labels need no copy: the result is then a part of s, or a synonym's
// canonical form. A label that Normalize would change, or with a rune or
// a bracketed unit to drop, is changed in a buffer on the stack, and the
// result is looked for in s before it is copied ("（一）基本支出" gives
// 基本支出, a part of it). normalizeLabelSlow, in the tests, is the plain
// code and the oracle (FuzzNormalizeLabel).
func NormalizeLabel(s string) string {
	if i, _, _ := nextNorm(s, 0); i == len(s) && !hasDroppedFromLabel(s) && !hasLabelUnit(s) {
		// s is its own normalised form: only its ends are cut
		return canonicalLabel(labelCore(s))
	}
	var buf [128]byte
	b := buf[:0]
	for _, r := range s { // Normalize, less the dropped runes
		if r = normRune(r); !droppedFromLabel(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	if bytes.IndexByte(b, '(') >= 0 {
		for _, u := range labelUnits { // in order, as strings.ReplaceAll one after the other
			b = removeAll(b, u)
		}
		for _, w := range bracketedMeasures {
			// "固定资产（净值）" is the 固定资产净值 the text names
			if i := bytes.Index(b, []byte("("+w+")")); i >= 0 {
				b = append(b[:i], append([]byte(w), b[i+len(w)+2:]...)...)
			}
		}
	}
	// t is looked at, never kept: what is returned is a synonym, a part
	// of s or a copy
	t := labelCore(unsafe.String(unsafe.SliceData(b), len(b)))
	if k := synonymKeys.firstWord(t); k >= 0 && labelSynonyms[k][0] != labelSynonyms[k][1] {
		return replaceSynonym(t, k)
	}
	if i := cjk.Index(s, t); i >= 0 {
		return s[i : i+len(t)]
	}
	return strings.Clone(t)
}

// labelUnits are the bracketed units NormalizeLabel drops.
var labelUnits = []string{"(万元)", "(元)", "(亿元)", "(%)", "(千元)", "(年末)"}

// bracketedMeasures are the measures a row label may give in brackets
// after its item ("固定资产（净值）"), read as the item's measure.
var bracketedMeasures = []string{"净值", "原值", "净额", "余额", "账面价值"}

// hasLabelUnit reports whether s holds one of labelUnits or
// bracketedMeasures in brackets.
func hasLabelUnit(s string) bool {
	if strings.IndexByte(s, '(') < 0 { // each starts with "("
		return false
	}
	for _, u := range labelUnits {
		if cjk.Contains(s, u) {
			return true
		}
	}
	for _, w := range bracketedMeasures {
		if strings.Contains(s, "("+w+")") {
			return true
		}
	}
	return false
}

// removeAll is strings.ReplaceAll(b, u, "") in place: the leftmost
// occurrences, not overlapping, are dropped.
func removeAll(b []byte, u string) []byte {
	w := 0
	for i := 0; i < len(b); {
		if len(b)-i >= len(u) && string(b[i:i+len(u)]) == u { // no copy made to compare
			i += len(u)
			continue
		}
		b[w] = b[i]
		w++
		i++
	}
	return b[:w]
}

// labelCore cuts a normalised label's ends: 其中, list numbering and the
// punctuation NormalizeLabel trims. The trim comes before the synonyms
// here, after them in the plain code: no synonym holds a trimmed rune, so
// the two orders agree.
func labelCore(s string) string {
	s = strings.TrimPrefix(s, "其中:")
	s = strings.TrimPrefix(s, "其中")
	s = stripNumbering(s)
	return strings.Trim(s, ":：、.,，;；")
}

// canonicalLabel maps the first synonym (in list order) that s holds.
func canonicalLabel(s string) string {
	if k := synonymKeys.firstWord(s); k >= 0 && labelSynonyms[k][0] != labelSynonyms[k][1] {
		return replaceSynonym(s, k)
	}
	return s
}

// replaceSynonym is strings.Replace(s, key, canonical, 1) for the k-th
// synonym, which s holds; a new string, or the canonical form itself when
// s is the key.
func replaceSynonym(s string, k int) string {
	kv := labelSynonyms[k]
	if s == kv[0] {
		return kv[1]
	}
	i := cjk.Index(s, kv[0])
	return s[:i] + kv[1] + s[i+len(kv[0]):]
}

// droppedFromLabel reports the runes NormalizeLabel removes: spaces, quotes,
// book-title marks and the middle dot.
func droppedFromLabel(r rune) bool {
	return unicode.IsSpace(r) || r == '“' || r == '”' || r == '"' || r == '\'' || r == '《' || r == '》' || r == '·'
}

// hasDroppedFromLabel is strings.ContainsFunc(s, droppedFromLabel) for
// valid UTF-8 (Normalize's output), told from the bytes: a lead byte never
// occurs inside another rune, and the dropped runes beyond ASCII start
// with C2, E1, E2 or E3 (TestHasDroppedFromLabel compares the two).
func hasDroppedFromLabel(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\t', '\n', '\v', '\f', '\r', ' ', '"', '\'':
				return true
			}
			continue
		}
		var c1, c2 byte
		if i+1 < len(s) {
			c1 = s[i+1]
		}
		if i+2 < len(s) {
			c2 = s[i+2]
		}
		switch c {
		case 0xC2: // U+0085, U+00A0 (spaces), U+00B7 ·
			if c1 == 0x85 || c1 == 0xA0 || c1 == 0xB7 {
				return true
			}
		case 0xE1: // U+1680 (a space)
			if c1 == 0x9A && c2 == 0x80 {
				return true
			}
		case 0xE2: // U+2000–200A, 2028, 2029, 202F, 205F (spaces), U+201C “, U+201D ”
			if c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8A || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF || c2 == 0x9C || c2 == 0x9D) || c1 == 0x81 && c2 == 0x9F {
				return true
			}
		case 0xE3: // U+3000 (a space), U+300A 《, U+300B 》
			if c1 == 0x80 && (c2 == 0x80 || c2 == 0x8A || c2 == 0x8B) {
				return true
			}
		}
	}
	return false
}

// stripNumbering removes a leading list number: 1. 1、 (1) （一） 一、 ① 第一.
func stripNumbering(s string) string {
	for {
		t := s
		switch {
		case strings.HasPrefix(s, "("):
			if i := strings.Index(s, ")"); i > 0 && i <= 10 && isNumbering(s[1:i]) {
				s = s[i+1:]
			}
		default:
			i := 0
			for i < len(s) && (isDigit(rune(s[i]))) {
				i++
			}
			if i == 0 {
				r, w := utf8.DecodeRuneInString(s)
				for w > 0 && isCNNumeralRune(r) && r != '万' && r != '亿' {
					i += w
					r, w = utf8.DecodeRuneInString(s[i:])
				}
			}
			if i > 0 && i < len(s) {
				rest := s[i:]
				for _, sep := range []string{"、", ".", ",", "．", " "} {
					if strings.HasPrefix(rest, sep) {
						s = rest[len(sep):]
						break
					}
				}
			}
			if r, w := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
				s = s[w:]
			}
		}
		if s == t {
			return s
		}
	}
}

// CutNumbering returns s without the list number that opens it — 1. 1、
// 1． （1） (1) （一） 一、 ① — and whether it had one. s is read as written
// (full-width brackets and stops), not normalised: the rules that ask
// whether a paragraph is a numbered item and what its title is.
func CutNumbering(s string) (string, bool) {
	if r, w := utf8.DecodeRuneInString(s); r >= '①' && r <= '⑳' {
		return s[w:], true
	}
	for _, b := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if rest, ok := strings.CutPrefix(s, b[0]); ok {
			if k := cjk.Index(rest, b[1]); k > 0 && k <= 9 && isNumbering(rest[:k]) {
				return rest[k+len(b[1]):], true
			}
			return s, false
		}
	}
	i := 0
	for i < len(s) && isDigit(rune(s[i])) {
		i++
	}
	if i == 0 {
		for r, w := utf8.DecodeRuneInString(s); w > 0 && isCNNumeralRune(r) && r != '万' && r != '亿'; r, w = utf8.DecodeRuneInString(s[i:]) {
			i += w
		}
	}
	if i == 0 || i > 9 {
		return s, false
	}
	for _, sep := range [...]string{"、", ".", "．"} {
		if rest, ok := strings.CutPrefix(s[i:], sep); ok {
			return rest, true
		}
	}
	return s, false
}

func isNumbering(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isDigit(r) && !isCNNumeralRune(r) {
			return false
		}
	}
	return true
}

// LabelSimilarity returns the Dice coefficient of the character bigrams of
// the normalised labels (1 for identical labels, 0 for nothing shared).
func LabelSimilarity(a, b string) float64 {
	return dice(NormalizeLabel(a), NormalizeLabel(b))
}

func dice(a, b string) float64 {
	if a == b {
		if a == "" {
			return 0
		}
		return 1
	}
	ba, bb := bigrams(a), bigrams(b)
	if len(ba) == 0 || len(bb) == 0 {
		return 0
	}
	common := 0
	used := make([]bool, len(bb))
	for _, x := range ba {
		for j, y := range bb {
			if !used[j] && x == y {
				used[j] = true
				common++
				break
			}
		}
	}
	return 2 * float64(common) / float64(len(ba)+len(bb))
}

func bigrams(s string) [][2]rune {
	rs := []rune(s)
	if len(rs) == 1 {
		return [][2]rune{{rs[0], 0}}
	}
	out := make([][2]rune, 0, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, [2]rune{rs[i], rs[i+1]})
	}
	return out
}

// LabelsMatch reports whether two labels name the same item: equal after
// normalisation, or one is the other with a qualifying prefix of at most
// four characters ("本部门项目支出" / "项目支出"), or bigram similarity ≥ 0.8
// with the same last two characters (the head noun).
func LabelsMatch(a, b string) bool {
	return NormalizedLabelsMatch(NormalizeLabel(a), NormalizeLabel(b))
}

// NormalizedLabelsMatch is LabelsMatch for labels already passed through
// NormalizeLabel (callers comparing many pairs normalise each label once).
func NormalizedLabelsMatch(na, nb string) bool {
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	if strings.HasPrefix(na, "其他") != strings.HasPrefix(nb, "其他") {
		return false // 其他国有资本经营预算收入 is the rest, not the whole
	}
	la, lb := utf8.RuneCountInString(na), utf8.RuneCountInString(nb)
	if la < 2 || lb < 2 {
		return false
	}
	short, long, ls := na, nb, la
	if la > lb {
		short, long, ls = nb, na, lb
	}
	if ls >= 3 && strings.HasSuffix(long, short) {
		return !suffixIsPartOfWord(long[:len(long)-len(short)])
	}
	if la != lb || LabelHead(na) != LabelHead(nb) {
		return false
	}
	return dice(na, nb) >= 0.8
}

// LabelHead returns the last two characters of a normalised label: two
// labels can only match when their heads are equal, so callers may index
// candidates by it.
func LabelHead(n string) string {
	i := len(n)
	for k := 0; k < 2 && i > 0; k++ {
		_, w := utf8.DecodeLastRuneInString(n[:i])
		i -= w
	}
	return n[i:]
}

// suffixIsPartOfWord guards "一般公共服务支出" ⊃ "服务支出" style false matches:
// the character before the shared suffix must end a modifier, not a word
// that continues into it. Without a segmenter we accept only prefixes made
// of organisational qualifiers.
func suffixIsPartOfWord(prefix string) bool {
	if prefix != "" && strings.Trim(prefix, "0123456789 ") == "" {
		return false // a classification code: "205教育支出" is the 教育支出
	}
	for _, v := range [...]string{"取得", "实现", "获得", "收到", "完成"} {
		// a verb: "取得出租收入" is the 出租收入, "全区实现…" too, but
		// "金属制品业实现利润总额" is that industry's
		if rest, ok := strings.CutSuffix(prefix, v); ok {
			return rest != "" && suffixIsPartOfWord(rest)
		}
	}
	for _, w := range [...]string{"支出中", "经费中", "收入中", "资金中", "拨款中", "预算中", "决算中", "费用中"} {
		if strings.HasSuffix(prefix, w) && utf8.RuneCountInString(prefix) > 3 {
			return false // "…基本支出中公用经费" is the 公用经费 within that spending
		}
	}
	if strings.HasSuffix(prefix, "行政事业单位") {
		return false // all of them: "全区行政事业单位出租收入" is the 合计's
	}
	// a class of units: "行政单位资产总额" is not all the units' 资产总额
	for _, q := range []string{"行政单位", "事业单位", "企业单位", "参公单位"} {
		if strings.HasSuffix(prefix, q) {
			return true
		}
	}
	for _, q := range []string{"本部门", "本单位", "本局", "部门", "单位", "全年", "本年", "当年", "年度", "专项资金", "实际", "全部", "其中", "合计", "分类", "用于", "全区", "全县", "全市", "全省", "全镇", "全乡", "全州", "全旗", "全院", "全校"} {
		if strings.HasSuffix(prefix, q) {
			return false
		}
	}
	if prefix == "拟" {
		return false // a plan's own words: "拟授予中小企业合同金额" is the 授予中小企业合同金额
	}
	// a township's name: "2025年石门镇政府采购预算总额" is the township's
	// own (not 城镇, 乡镇, 村镇: classes of places)
	if n := utf8.RuneCountInString(prefix); n >= 3 && (strings.HasSuffix(prefix, "镇") || strings.HasSuffix(prefix, "街道")) {
		for _, q := range []string{"城镇", "乡镇", "村镇", "集镇", "各街道"} {
			if strings.HasSuffix(prefix, q) {
				return true
			}
		}
		return strings.HasPrefix(prefix, "各")
	}
	// an organisation's name: "陕西省文化和旅游厅政府采购支出总额" is the
	// 政府采购支出总额 of the department the report is about
	for _, q := range []string{"厅", "局", "委员会", "办公室", "中心", "医院", "学校", "协会", "人民政府", "办事处"} {
		if strings.HasSuffix(prefix, q) && utf8.RuneCountInString(prefix) >= 3 {
			return false
		}
	}
	return true
}
