package sequence

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// orgSuffixes end the names of public bodies.
var orgSuffixes = []string{"委员会", "办公室", "政府", "中心", "学校", "大学", "医院", "公司", "集团", "协会", "联合会",
	"检察院", "法院", "局", "厅", "委", "办", "院", "馆", "站", "所", "队", "部", "处", "署", "社", "室"}

// notOrgEndings end words that end in an organisational suffix but name
// no body: places and things (厕所, 场所).
var notOrgEndings = []string{"厕所", "场所", "住所", "处所"}

// ethnic lists the names of China's ethnic groups (without 族), longest first
// when sorted by init; an autonomous area's name may drop them.
var ethnic = []string{"柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂温克", "鄂伦春", "俄罗斯", "塔吉克", "塔塔尔",
	"蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
	"毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
	"汉", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌", "怒", "京"}

// ethnicZu holds ethnic's names with 族, in the same order, as text and
// as runes.
var (
	ethnicZu      []string
	ethnicZuRunes [][]rune
)

func init() {
	sort.SliceStable(ethnic, func(i, j int) bool { return len(ethnic[i]) > len(ethnic[j]) })
	for _, e := range ethnic {
		ethnicZu = append(ethnicZu, e+"族")
		ethnicZuRunes = append(ethnicZuRunes, []rune(e+"族"))
	}
}

// isOrgName reports whether s looks like the full name of a body: 6 to 30
// Han characters ending in an organisational suffix.
func isOrgName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	if n < 6 || n > 30 {
		return false
	}
	for _, w := range notOrgEndings {
		if strings.HasSuffix(s, w) {
			return false // "新建改建旅游厕所": a thing built, not a body
		}
	}
	for _, suf := range orgSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isOrgLast reports whether r is the last rune of one of orgSuffixes
// (TestOrgLast checks the list).
func isOrgLast(r rune) bool {
	switch r {
	case '会', '室', '府', '心', '校', '学', '院', '司', '团', '局', '厅', '委', '办', '馆', '站', '所', '队', '部', '处', '署', '社':
		return true
	}
	return false
}

// endsLikeOrg reports whether s, without its trailing white space, ends
// with the last rune of an organisational suffix, as a line passing
// isOrgName once its white space is removed must: most lines fail here,
// before maybeOrgName reads them whole.
func endsLikeOrg(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		if !asciiSpace[c] {
			return false // figures and ASCII end no organisation's name
		}
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	if n := len(s); n >= 3 {
		// most lines end with a Han character (lead byte E4–E9, no
		// space among them): decoded in place (endsLikeOrgRef in
		// names_test.go decodes every line)
		if c0, c1, c2 := s[n-3], s[n-2], s[n-1]; c0 >= 0xe4 && c0 <= 0xe9 && c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
			return isOrgLast(rune(c0&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f))
		}
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(r) {
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	}
	return isOrgLast(r)
}

// isHan is unicode.Is(unicode.Han, r), answering the CJK Unified
// Ideographs block (all Han) without the table search.
func isHan(r rune) bool {
	if r >= 0x4e00 && r <= 0x9fff {
		return true
	}
	return r >= 0x2e80 && unicode.Is(unicode.Han, r)
}

// maybeOrgName reports whether s with its white space removed could pass
// isOrgName: only Han characters, 6 to 30 of them.
func maybeOrgName(s string) bool {
	n := 0
	if len(s) < 6*3 {
		return false // six Han characters take at least 18 bytes
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		if !isHan(r) {
			return false
		}
		if n++; n > 30 {
			return false
		}
	}
	return n >= 6
}

// endIndex finds a set of names in a text in one pass: it records where
// each rune that ends one of them occurs. Searching each name with
// strings.Index instead costs a scan of the whole text per name, and a
// slow one, since the first byte of a CJK character occurs everywhere.
type endIndex struct {
	text string
	ends map[rune][]int // last rune → offsets just after its occurrences
}

func newEndIndex(text string, names []string) *endIndex {
	x := &endIndex{text: text, ends: map[rune][]int{}}
	if len(names) == 0 {
		return x
	}
	// Scan bytes for the last byte of each last rune's encoding, then check
	// the whole encoding: an encoding found in the text is always a rune
	// the decoder reads there, since its first byte is no continuation byte.
	type char struct {
		r   rune
		enc string
	}
	var last [256][]char
	for _, s := range names {
		r, n := utf8.DecodeLastRuneInString(s)
		if _, ok := x.ends[r]; ok {
			continue
		}
		x.ends[r] = nil
		b := s[len(s)-1]
		last[b] = append(last[b], char{r, s[len(s)-n:]})
	}
	found := func(i int, cs []char) {
		for _, c := range cs {
			if i+1 >= len(c.enc) && text[i+1-len(c.enc):i+1] == c.enc {
				x.ends[c.r] = append(x.ends[c.r], i+1)
			}
		}
	}
	// Han names end in runes of three or four bytes. With several distinct
	// last bytes (continuation bytes, each frequent in CJK text), one pass
	// that tests pairs of bytes against a bit set of the wanted pairs
	// stops far less often than one IndexByte scan per last byte.
	groups, short, three := 0, false, true
	var pairs [1 << 16 / 64]uint64
	set := func(a, b byte) {
		k := uint16(a)<<8 | uint16(b)
		pairs[k>>6] |= 1 << (k & 63)
	}
	for _, cs := range last {
		if cs != nil {
			groups++
		}
		for _, c := range cs {
			if len(c.enc) < 2 {
				short = true
				continue
			}
			set(c.enc[len(c.enc)-2], c.enc[len(c.enc)-1])
			three = three && len(c.enc) == 3
		}
	}
	if groups > 2 && !short && three {
		// Every last rune has three bytes, at p, p+1, p+2: of the pairs
		// starting at p and at p+1 one starts at an even offset, so the
		// pass reads two bytes at a time against the first two and the
		// last two bytes of each rune. Each end is looked at from one
		// offset only, and in order.
		for _, cs := range last {
			for _, c := range cs {
				set(c.enc[0], c.enc[1])
			}
		}
		for i := 0; i+1 < len(text); i += 2 {
			if k := uint16(text[i])<<8 | uint16(text[i+1]); pairs[k>>6]&(1<<(k&63)) != 0 {
				found(i+1, last[text[i+1]])
				if i+2 < len(text) {
					found(i+2, last[text[i+2]])
				}
			}
		}
		return x
	}
	if groups > 2 && !short {
		for i := 1; i < len(text); i++ {
			if k := uint16(text[i-1])<<8 | uint16(text[i]); pairs[k>>6]&(1<<(k&63)) != 0 {
				found(i, last[text[i]])
			}
		}
		return x
	}
	for b, cs := range last {
		if cs == nil {
			continue
		}
		if len(cs) == 1 && len(cs[0].enc) == 3 {
			// found for the one rune of three bytes that ends in b, its
			// other bytes compared in place. Each of its bytes is common
			// in CJK text (局 is E5 B1 80: E5 leads 4,096 characters, 80
			// ends 。、 and many more), but some less than others: the
			// scan stops at the rarest of the three in this text, counted
			// at once (strings.Count of a byte is vectorised), instead of
			// at every occurrence of b.
			c := cs[0]
			p := rarestByte(text, c.enc)
			ends := x.ends[c.r]
			for i := 0; ; i++ {
				k := strings.IndexByte(text[i:], c.enc[p])
				if k < 0 {
					break
				}
				i += k
				// (byte by byte: a string comparison is a call)
				if s := i - p; s >= 0 && s+3 <= len(text) && text[s] == c.enc[0] && text[s+1] == c.enc[1] && text[s+2] == c.enc[2] {
					ends = append(ends, s+3)
				}
			}
			x.ends[c.r] = ends
			continue
		}
		// each rune has one last byte: its ends come in order
		for i := 0; ; i++ {
			k := strings.IndexByte(text[i:], byte(b))
			if k < 0 {
				break
			}
			i += k
			found(i, cs)
		}
	}
	return x
}

// rarestByte returns the index of the byte of enc that occurs least often
// in text's first 8 KB (the last of those that tie): a sample is enough to
// tell a byte of CJK punctuation from a rarer one.
func rarestByte(text, enc string) int {
	text = text[:min(len(text), 8<<10)]
	best, fewest := len(enc)-1, strings.Count(text, enc[len(enc)-1:])
	for p := len(enc) - 2; p >= 0; p-- {
		if n := strings.Count(text, enc[p:p+1]); n < fewest {
			best, fewest = p, n
		}
	}
	return best
}

// occurrences yields the end of each occurrence of s in the text, left to
// right and without overlap, as repeated strings.Index calls find them
// (indexed when s ends with the last rune of one of the indexed names;
// any other s is found by a plain scan).
func (x *endIndex) occurrences(s string) iter.Seq[int] {
	return func(yield func(int) bool) {
		r, _ := utf8.DecodeLastRuneInString(s)
		ends, ok := x.ends[r]
		if !ok {
			// Not indexed (no caller asks today): the plain scan finds
			// the same non-overlapping matches, rather than a panic that
			// would lose the document.
			for i := 0; s != "" && i <= len(x.text); {
				j := cjk.Index(x.text[i:], s)
				if j < 0 || !yield(i+j+len(s)) {
					return
				}
				i += j + len(s)
			}
			return
		}
		from := 0
		for _, e := range ends {
			if e-len(s) >= from && strings.HasSuffix(x.text[:e], s) {
				if !yield(e) {
					return
				}
				from = e
			}
		}
	}
}

// count is strings.Count(text, s), s non-empty.
func (x *endIndex) count(s string) int {
	n := 0
	for range x.occurrences(s) {
		n++
	}
	return n
}

// twice reports whether s occurs at least twice, without overlap, in the
// text (strings.Count(text, s) >= 2, stopping at the second).
func (x *endIndex) twice(s string) bool {
	n := 0
	for range x.occurrences(s) {
		if n++; n == 2 {
			return true
		}
	}
	return false
}

// canonicalNames returns the organisation names that stand alone on a line
// (a title, a signature, a cell) and occur at least twice in the document,
// longest first, and the index that finds them in the text.
func canonicalNames(d *model.Document) ([]string, *endIndex) {
	seen := map[string]bool{}
	var cands []string
	consider := func(s string) {
		if !endsLikeOrg(s) || !maybeOrgName(s) {
			return // cheap reject before joining the fields
		}
		if strings.IndexFunc(s, unicode.IsSpace) >= 0 {
			s = strings.Join(strings.Fields(s), "")
		}
		if seen[s] || !isOrgName(s) {
			return
		}
		seen[s] = true
		cands = append(cands, s)
	}
	for _, b := range d.Blocks {
		if s, ok := model.TextSpan(b); ok {
			consider(d.Slice(s))
		}
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			// the lines of strings.SplitSeq(txt, "\n"), without the
			// iterator: most cells are one short line
			txt := d.Slice(c.Span)
			for {
				i := strings.IndexByte(txt, '\n')
				if i < 0 {
					consider(txt)
					break
				}
				consider(txt[:i])
				txt = txt[i+1:]
			}
		}
	}
	x := newEndIndex(d.Text, cands)
	var out []string
	for _, s := range cands {
		if x.twice(s) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return out, x
}

// variant is a mention that differs from a full name by one inner chunk.
type variant struct {
	Span    model.Span
	Text    string
	Name    string
	Chunk   string // the missing (or extra) text
	Missing bool
}

// variants finds mentions of name that drop or add one inner chunk of at
// least one character, keeping at least two characters of the name on
// each side. Accepted short forms are not returned. x indexes name.
func variants(d *model.Document, x *endIndex, name string) []variant {
	fr := []rune(name)
	if len(fr) < 6 {
		return nil
	}
	tail := name[len(string(fr[:len(fr)-2])):]
	head := name[:len(string(fr[:2]))]
	// A mention of more than len(fr)+4 runes is never a variant, and its
	// bytes are at most four a rune: the candidate starts lie within
	// reach bytes of its end, not all over a long line. variantsRef in
	// names_test.go reads the whole line.
	reach := utf8.UTFMax * (len(fr) + 4)
	apart := fr[0] != fr[1] // two occurrences of head cannot overlap
	var out []variant
	var mr []rune
	text := d.Text
	for end := range x.occurrences(tail) {
		// candidate starts: occurrences of head before end on the same line
		lo := max(0, end-reach)
		if nl := strings.LastIndexByte(text[lo:end], '\n'); nl >= 0 {
			lo += nl + 1 // the line starts within reach
		} else if lo > 0 && !apart {
			lo = strings.LastIndexByte(text[:lo], '\n') + 1 // the whole line, for its first occurrences of head
		} else if lo > 0 && strings.HasSuffix(text[:end], name) {
			// The line holds name: its first occurrence of head, before
			// lo or at the start of name, would stop the search below.
			continue
		}
		// (any occurrence of head in the line before lo starts a mention
		// too long to be a variant, and one that does not end with name)
		window := text[lo:end]
		best := variant{}
		for j := 0; j < len(window); {
			k := cjk.Index(window[j:], head)
			if k < 0 {
				break
			}
			start := j + k
			j = start + len(head)
			m := window[start:]
			if m == name || strings.HasSuffix(m, name) {
				break
			}
			if n := utf8.RuneCountInString(m); n > len(fr)+4 || n*10 < len(fr)*6 {
				continue
			}
			mr = mr[:0]
			for _, r := range m {
				mr = append(mr, r)
			}
			v, ok := compare(name, m, fr, mr)
			if !ok {
				continue
			}
			v.Span = model.Span{Start: lo + start, End: end}
			v.Text, v.Name = m, name
			best = v
			break
		}
		if best.Name != "" {
			out = append(out, best)
		}
	}
	return out
}

// compare decides whether m is name with one inner chunk removed or added,
// and whether that change is an accepted abbreviation. f and mr are the
// runes of name and m; the chunk is a slice of name or m, not a string
// made of runes for every candidate (compareRef in names_test.go is the
// version that makes it).
func compare(name, m string, f, mr []rune) (variant, bool) {
	p := 0
	for p < len(f) && p < len(mr) && f[p] == mr[p] {
		p++
	}
	s := 0
	for s < len(f) && s < len(mr) && f[len(f)-1-s] == mr[len(mr)-1-s] {
		s++
	}
	switch {
	case len(mr) < len(f):
		if p+s < len(mr) {
			return variant{}, false
		}
		i := min(p, len(mr))
		k := len(f) - len(mr)
		if i < 2 || len(f)-(i+k) < 2 {
			return variant{}, false
		}
		chunk := runeSlice(name, i, i+k)
		if acceptedDrop(chunk, f[:i], f[i+k:]) {
			return variant{}, false
		}
		return variant{Chunk: chunk, Missing: true}, true
	case len(mr) > len(f):
		if p+s < len(f) {
			return variant{}, false
		}
		i := min(p, len(f))
		k := len(mr) - len(f)
		if i < 2 || len(mr)-(i+k) < 2 || k > 4 {
			return variant{}, false
		}
		for _, r := range mr[i : i+k] {
			if !unicode.Is(unicode.Han, r) {
				return variant{}, false
			}
		}
		if ordinal(mr[i : i+k]) {
			return variant{}, false // "县第二人民医院" beside "县人民医院": another body, numbered
		}
		// Han characters only: valid UTF-8, as string(mr[i:i+k]) writes it
		return variant{Chunk: runeSlice(m, i, i+k)}, true
	}
	return variant{}, false
}

// runeSlice returns the text of runes i to j of s, counted as a range
// loop (or []rune(s)) counts them: an invalid byte is one rune.
func runeSlice(s string, i, j int) string {
	a, n := 0, 0
	for off := range s {
		if n == i {
			a = off
		}
		if n == j {
			return s[a:off]
		}
		n++
	}
	if i == n {
		a = len(s)
	}
	return s[a:]
}

// startsEthnic reports whether rs starts with an ethnic name and 族.
func startsEthnic(rs []rune) bool {
	for _, e := range ethnicZuRunes {
		if len(rs) >= len(e) && slices.Equal(rs[:len(e)], e) {
			return true
		}
	}
	return false
}

// lowerDivision reports whether chunk, dropped after before, is a whole
// division below it: "于都县银坑镇人民政府" without 银坑镇 is 于都县人民政府,
// the county's own government, another body, not a slip.
func lowerDivision(chunk string, before []rune) bool {
	if len(before) == 0 || !strings.ContainsRune("省市州盟县区旗", before[len(before)-1]) || utf8.RuneCountInString(chunk) < 2 {
		return false
	}
	for _, w := range []string{"镇", "乡", "街道", "苏木", "村", "社区", "区", "县", "市"} {
		if strings.HasSuffix(chunk, w) {
			return true
		}
	}
	return false
}

// acceptedDrop reports whether dropping chunk (followed by rest) is a usual
// abbreviation: ethnic names of an autonomous area (湘西土家族苗族自治州 →
// 湘西自治州), those with 自治 before 州/县/区/旗 (→ 湘西州), or 人民
// (人民政府 → 政府).
func acceptedDrop(chunk string, before, rest []rune) bool {
	if chunk == "人民" {
		return true
	}
	if lowerDivision(chunk, before) {
		return true
	}
	// dropping some ethnic names but keeping others is not a short form:
	// 黔南布依族苗族自治州 → 黔南苗族自治州 is wrong, → 黔南州 is fine
	if len(before) > 0 && before[len(before)-1] == '族' || startsEthnic(rest) {
		return false
	}
	c := chunk
	stripped := false
	for {
		ok := false
		for _, e := range ethnicZu {
			if strings.HasPrefix(c, e) {
				c = c[len(e):]
				ok, stripped = true, true
				break
			}
		}
		if !ok {
			break
		}
	}
	if c == "" && stripped {
		return true
	}
	if c == "自治" && len(rest) > 0 && strings.ContainsRune("州县区旗", rest[0]) {
		return true
	}
	return false
}

// ordinal reports runes that number a body among its kind: 第二, 第三十.
func ordinal(rs []rune) bool {
	if len(rs) < 2 || rs[0] != '第' {
		return false
	}
	for _, r := range rs[1:] {
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}
