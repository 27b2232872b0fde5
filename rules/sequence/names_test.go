package sequence

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// endIndex must find what repeated strings.Index calls find.
func indexOccurrences(text, s string) []int {
	var out []int
	for off := 0; ; {
		i := strings.Index(text[off:], s)
		if i < 0 {
			return out
		}
		off += i + len(s)
		out = append(out, off)
	}
}

var endIndexCases = []struct{ text, name string }{
	{"湘西自治州工业和信息化局\n湘西土家族苗族自治州工业和信息化局，局局局", "工业和信息化局"},
	{"局局局局局", "局局"},
	{"\xe5局局\xe5\x88局", "局"},
	{"信息化局信息化局", "化局"},
	{"", "化局"},
	{"𠀀局𠀀局𠀀", "局𠀀"},
	{"。、。、「局」。局\xe5\xb1局\xb1\x80", "局"}, // 局's last byte (80) is the commonest here
}

func TestEndIndex(t *testing.T) {
	for _, c := range endIndexCases {
		checkEndIndex(t, c.text, c.name)
	}
}

func FuzzEndIndex(f *testing.F) {
	for _, c := range endIndexCases {
		f.Add(c.text, c.name)
	}
	f.Fuzz(checkEndIndex)
}

func checkEndIndex(t *testing.T, text, name string) {
	if name == "" || !utf8.ValidString(name) {
		return
	}
	x := newEndIndex(text, []string{name})
	// with names of several last bytes, newEndIndex takes its one-pass path
	many := newEndIndex(text, []string{name, "财政局", "委员会", "医院", "学校", "办公室"})
	// the name and each of its suffixes (variants searches a name's tail)
	for i := range name {
		s := name[i:]
		got := slices.Collect(x.occurrences(s))
		if want := indexOccurrences(text, s); !slices.Equal(got, want) {
			t.Errorf("occurrences(%q) in %q = %v, want %v", s, text, got, want)
		}
		if got, want := slices.Collect(many.occurrences(s)), indexOccurrences(text, s); !slices.Equal(got, want) {
			t.Errorf("occurrences(%q) in %q among several names = %v, want %v", s, text, got, want)
		}
		if got, want := x.count(s), strings.Count(text, s); got != want {
			t.Errorf("count(%q) in %q = %v, want %v", s, text, got, want)
		}
		if got, want := x.twice(s), strings.Count(text, s) >= 2; got != want {
			t.Errorf("twice(%q) in %q = %v, want %v", s, text, got, want)
		}
	}
	// a name the index was not built for takes the plain scan
	empty := newEndIndex(text, nil)
	if got, want := slices.Collect(empty.occurrences(name)), indexOccurrences(text, name); !slices.Equal(got, want) {
		t.Errorf("unindexed occurrences(%q) in %q = %v, want %v", name, text, got, want)
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

func TestOrgLast(t *testing.T) {
	for _, s := range orgSuffixes {
		r, _ := utf8.DecodeLastRuneInString(s)
		if !isOrgLast(r) {
			t.Errorf("isOrgLast(%q) = false, the last rune of %q", r, s)
		}
	}
	for _, s := range []string{"", "123", "交通运输支出", "财政局", "财政局 ", "财政局\u3000", "财政局\n\t", " ", "局长"} {
		want := false
		if t := strings.Join(strings.Fields(s), ""); t != "" {
			for _, suf := range orgSuffixes {
				want = want || strings.HasSuffix(t, suf)
			}
		}
		if got := endsLikeOrg(s); got != want {
			t.Errorf("endsLikeOrg(%q) = %v, want %v", s, got, want)
		}
	}
}

// endsLikeOrgRef is endsLikeOrg without decoding a Han ending in place.
func endsLikeOrgRef(s string) bool {
	if s == "" {
		return false
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		if !asciiSpace[c] {
			return false
		}
		s = strings.TrimRightFunc(s, unicode.IsSpace)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	if unicode.IsSpace(r) {
		r, _ = utf8.DecodeLastRuneInString(strings.TrimRightFunc(s, unicode.IsSpace))
	}
	return isOrgLast(r)
}

var orgEndCases = []string{"", "局", "财政局", "财政局 ", "财政局\u3000", "财政局\u3000 ", "财政", "\xe5\xb1", "\xb1\x80", "x\xe5\xb1\x80",
	"\xe5\xe5\xb1\x80", "局\xe5", "中心", "学校\t", "\xed\xa0\x80", "\xe0\x80\x80", "委员会\u00a0"}

func TestEndsLikeOrg(t *testing.T) {
	testenv.SameAs(t, "endsLikeOrg", endsLikeOrg, endsLikeOrgRef, orgEndCases...)
}

func FuzzEndsLikeOrg(f *testing.F) {
	testenv.FuzzSameAs(f, "endsLikeOrg", endsLikeOrg, endsLikeOrgRef, orgEndCases...)
}

// compareRef is compare as first written, its oracle: it decides whether m is name with one inner chunk removed or added,
// and whether that change is an accepted abbreviation.
func compareRef(f, m []rune) (variant, bool) {
	p := 0
	for p < len(f) && p < len(m) && f[p] == m[p] {
		p++
	}
	s := 0
	for s < len(f) && s < len(m) && f[len(f)-1-s] == m[len(m)-1-s] {
		s++
	}
	switch {
	case len(m) < len(f):
		if p+s < len(m) {
			return variant{}, false
		}
		i := min(p, len(m))
		k := len(f) - len(m)
		if i < 2 || len(f)-(i+k) < 2 {
			return variant{}, false
		}
		chunk := string(f[i : i+k])
		if acceptedDrop(chunk, f[:i], f[i+k:]) {
			return variant{}, false
		}
		return variant{Chunk: chunk, Missing: true}, true
	case len(m) > len(f):
		if p+s < len(f) {
			return variant{}, false
		}
		i := min(p, len(f))
		k := len(m) - len(f)
		if i < 2 || len(m)-(i+k) < 2 || k > 4 {
			return variant{}, false
		}
		chunk := string(m[i : i+k])
		for _, r := range chunk {
			if !unicode.Is(unicode.Han, r) {
				return variant{}, false
			}
		}
		return variant{Chunk: chunk}, true
	}
	return variant{}, false
}

// TestCompareRef compares compare with compareRef on variants of names.
func TestCompareRef(t *testing.T) {
	names := []string{"湘西土家族苗族自治州工业和信息化局", "黔南布依族苗族自治州人民政府办公室", "某某县财政局"}
	ms := []string{"湘西土家族苗族工业和信息化局", "湘西自治州工业和信息化局", "湘西州工业和信息化局", "湘西土家族苗族自治州州工业和信息化局",
		"湘西土家族苗族自治州工\xff业和信息化局", "湘西土家族苗族自治州工业a和信息化局", "黔南布依族苗族自治州政府办公室", "黔南苗族自治州人民政府办公室",
		"某某县县财政局", "某\xe5某县财政局", "某某财政局", "湘西土家族苗族自治州工业和信息化和信息化局"}
	for _, name := range names {
		for _, m := range ms {
			checkCompare(t, name, m)
		}
	}
}

func FuzzCompare(f *testing.F) {
	f.Add("湘西土家族苗族自治州工业和信息化局", "湘西土家族苗族工业和信息化局")
	f.Add("某某县财政局", "某某县县\xff财政局")
	f.Fuzz(checkCompare)
}

func checkCompare(t *testing.T, name, m string) {
	if !isOrgName(name) {
		return // variants compares the names isOrgName accepts
	}
	var mr []rune
	for _, r := range m { // as variants reads the mention
		mr = append(mr, r)
	}
	got, gok := compare(name, m, []rune(name), mr)
	want, wok := compareRef([]rune(name), mr)
	if got != want || gok != wok {
		t.Errorf("compare(%q, %q) = %+v %v, want %+v %v", name, m, got, gok, want, wok)
	}
}

// variantsRef is variants reading the whole line before each mention,
// kept as its oracle.
func variantsRef(d *model.Document, x *endIndex, name string) []variant {
	fr := []rune(name)
	if len(fr) < 6 {
		return nil
	}
	tail := name[len(string(fr[:len(fr)-2])):]
	head := name[:len(string(fr[:2]))]
	var out []variant
	var mr []rune
	text := d.Text
	for end := range x.occurrences(tail) {
		// candidate starts: occurrences of head before end on the same line
		lineStart := strings.LastIndexByte(text[:end], '\n') + 1
		window := text[lineStart:end]
		best := variant{}
		for j := 0; j < len(window); {
			k := strings.Index(window[j:], head)
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
			v.Span = model.Span{Start: lineStart + start, End: end}
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

var variantCases = []struct{ text, name string }{
	{"湘西土家族苗族工业和信息化局；湘西土家族苗族自治州工业和信息化局", "湘西土家族苗族自治州工业和信息化局"},
	{"一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十湘西土家族苗族工业和信息化局", "湘西土家族苗族自治州工业和信息化局"},
	{"某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某县财政局，某某县财政局", "某某县县财政局"},
	{"某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某县县财政局", "某某县县财政局"},
	{"湘西土家族苗族自治州工业和信息化局湘西一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十自治州工业和信息化局", "湘西土家族苗族自治州工业和信息化局"},
	{"湘西\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff工业和信息化局", "湘西自治州工业和信息化局"},
}

func TestVariantsRef(t *testing.T) {
	for _, c := range variantCases {
		checkVariants(t, c.text, c.name)
	}
	ruletest.EachSeed(t, func(t *testing.T, d *model.Document) {
		names, _ := canonicalNames(d)
		for _, name := range append(names, "湘西土家族苗族自治州财政局", "湘西州工业和信息化局") {
			checkVariants(t, d.Text, name)
		}
	})
}

func FuzzVariants(f *testing.F) {
	for _, c := range variantCases {
		f.Add(c.text, c.name)
	}
	f.Fuzz(checkVariants)
}

func checkVariants(t *testing.T, text, name string) {
	if !isOrgName(name) {
		return // canonicalNames's names
	}
	d := &model.Document{Text: text}
	x := newEndIndex(text, []string{name})
	got, want := variants(d, x, name), variantsRef(d, x, name)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("variants(%q, %q) = %+v, want %+v", text, name, got, want)
	}
}

func TestCountThenMoney(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"安排民生实事项目10项，投入资金X万元，其中：A", true},
		{"共3个单位，其中本级1个", false},
		{"共安排3个项目500万元，其中A 200万元", true},
		{"个人经费其中项目", false},
		{"10项工作", false},
		{"其中9名", false},
	} {
		if got := countThenMoney(tt.s); got != tt.want {
			t.Errorf("countThenMoney(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestCountAnnounced(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"单位共3个，包括：", true},
		{"共四家", true},
		{"共有单位", false},
		{"公共服务", false},
		{"内设机构七个，分别为：", true},
		{"内设机构共8个", true},
		{"内设机构设置", false},
	} {
		if got := countAnnounced(tt.s); got != tt.want {
			t.Errorf("countAnnounced(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// countAnnounced looks for the unit leads only where 内设 or 职能科室 is
// written: each lead must hold one of the two.
func TestUnitLeadsScreened(t *testing.T) {
	for _, l := range countLeads[1:] {
		if !unitLeadIn(l) {
			t.Errorf("unit lead %q holds none of %v", l, unitLeadWords)
		}
	}
}
