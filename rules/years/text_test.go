package years

import (
	"cmp"
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
)

// sentencesOracle is the clear form appendSentences replaces: figures.Sentences
// shifted to the unit's offset.
func sentencesOracle(u unit) []model.Span {
	var out []model.Span
	for _, r := range figures.Sentences(u.Text) {
		out = append(out, model.Span{Start: u.Span.Start + r.Start, End: u.Span.Start + r.End})
	}
	return out
}

var sentenceCases = []string{
	"", " ", "。", "一句。两句！三句？", "a!b?c", "他说：“好。”然后走了。", "（注：见表1。）其后",
	"行一\n行二\r\n行三", "　全角空格。\u00a0", "\ufeff开头", "无标点", "\xff\xfe。\xe3\x80", "结尾。」』）)",
	"2022年收入100万元，较上年增加20万元。2021年为80万元！",
}

func TestAppendSentencesMatchesFigures(t *testing.T) {
	for _, s := range sentenceCases {
		u := unit{Span: model.Span{Start: 7, End: 7 + len(s)}, Text: s}
		if got, want := appendSentences(nil, u), sentencesOracle(u); !reflect.DeepEqual(got, want) {
			t.Errorf("appendSentences(%q) = %v, figures.Sentences %v", s, got, want)
		}
	}
}

func FuzzAppendSentences(f *testing.F) {
	for _, s := range sentenceCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u := unit{Span: model.Span{Start: 3, End: 3 + len(s)}, Text: s}
		if got, want := appendSentences(nil, u), sentencesOracle(u); !reflect.DeepEqual(got, want) {
			t.Fatalf("appendSentences(%q) = %v, figures.Sentences %v", s, got, want)
		}
	})
}

// unitsOracle is the clear form of units: split every cell, sort, keep the
// relevant units.
func unitsOracle(d *model.Document) []unit {
	var out []unit
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out = append(out, unit{Span: b.Span, Text: d.Slice(b.Span)})
		case *model.Paragraph:
			if b.Kind == model.Body {
				out = append(out, unit{Span: b.Span, Text: d.Slice(b.Span)})
			}
		}
	}
	for _, t := range d.Tables {
		for _, c := range t.Cells {
			txt := d.Slice(c.Span)
			off := c.Span.Start
			for _, line := range strings.Split(txt, "\n") {
				out = append(out, unit{Span: model.Span{Start: off, End: off + len(line)}, Text: line, Cell: c})
				off += len(line) + 1
			}
		}
	}
	slices.SortStableFunc(out, func(a, b unit) int { return cmp.Compare(a.Span.Start, b.Span.Start) })
	out = slices.DeleteFunc(out, func(u unit) bool { return !relevantOracle(u.Text) })
	for i := range out {
		out[i].Year = strings.Contains(out[i].Text, "年")
	}
	return out
}

func checkUnits(t *testing.T, d *model.Document) {
	t.Helper()
	got, want := units(d), unitsOracle(d)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: units differ from the oracle (%d vs %d)", d.Name, len(got), len(want))
	}
}

func TestUnitsMatchOracle(t *testing.T) {
	ruletest.EachSeed(t, checkUnits)
	for _, p := range ruletest.Files(t, "testdata") {
		checkUnits(t, ruletest.Load(t, p).Doc(t))
	}
	// blocks out of order (footnotes last), and a block and a cell at one offset
	d := &model.Document{Text: strings.Repeat("年", 10)}
	tb := &model.Table{Rows: 1, Cols: 1}
	tb.Cells = []*model.Cell{{Span: model.Span{Start: 6, End: 15}, Table: tb}}
	d.Tables = []*model.Table{tb}
	d.Blocks = []model.Block{
		&model.Paragraph{Span: model.Span{Start: 24, End: 30}},
		&model.Heading{Span: model.Span{Start: 0, End: 6}},
		&model.Paragraph{Span: model.Span{Start: 6, End: 9}},
	}
	checkUnits(t, d)
	d.Blocks = d.Blocks[1:]
	checkUnits(t, d)
	if us := units(d); len(us) != 3 || us[1].Cell != nil || us[2].Cell == nil {
		t.Fatalf("a block and a cell at one offset: %+v", us)
	}
	// cells of one line and of several, relevant or not, line by line
	d = &model.Document{Text: "2022年\n项目\n万元" + "项目" + "合计\n至今"}
	tb = &model.Table{Rows: 1, Cols: 3}
	tb.Cells = []*model.Cell{
		{Span: model.Span{Start: 0, End: 21}, Table: tb},
		{Span: model.Span{Start: 21, End: 27}, Col: 1, Table: tb},
		{Span: model.Span{Start: 27, End: 40}, Col: 2, Table: tb},
	}
	d.Tables = []*model.Table{tb}
	checkUnits(t, d)
	if us := units(d); len(us) != 3 {
		t.Fatalf("cell lines: %+v", us)
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkUnits(t, d)
	}
}

func FuzzUnits(f *testing.F) {
	for _, s := range ruletest.FuzzSeeds {
		f.Add(s)
	}
	f.Add([]byte("标题\n\t a\nb\t\n\n\t2022年\t\n\n正文\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := text.ParseBytes(context.Background(), data, "fuzz.txt", text.Options{})
		if err != nil {
			return
		}
		checkUnits(t, d)
	})
}

func relevantOracle(s string) bool {
	return strings.Contains(s, "年") || strings.Contains(s, "元") || strings.Contains(s, "至") || strings.Contains(s, "截止")
}

var relevantCases = []string{"", "年", "元", "至", "截止", "止", "截", "1,234.00", "预算数（万元）", "截 止", "x截止y", "\xe5\xb9", "\xb9\xb4",
	"元年", "至2022年", "截止2022年", "万元" + strings.Repeat("a", 70) + "年", strings.Repeat("a", 70) + "元",
	strings.Repeat("a", 70) + "截止", strings.Repeat("年", 30), strings.Repeat("b", 80)}

func TestRelevantMatchesOracle(t *testing.T) {
	for _, s := range relevantCases {
		checkRelevant(t, s)
	}
}

func checkRelevant(t *testing.T, s string) {
	var year bool
	if got, want := relevantYear(s, &year), relevantOracle(s); got != want {
		t.Fatalf("relevant(%q) = %v, want %v", s, got, want)
	}
	if want := strings.Contains(s, "年"); year != want {
		t.Fatalf("relevantYear(%q) says 年 %v, want %v", s, year, want)
	}
}

func FuzzRelevant(f *testing.F) {
	for _, s := range relevantCases {
		f.Add(s)
	}
	f.Fuzz(checkRelevant)
}

// clauseStartAfter walks back no further than the last figure.
func TestClauseStartAfter(t *testing.T) {
	for _, s := range clauseCases {
		checkClauseStartAfter(t, s)
	}
}

var clauseCases = []string{"", "收入12万元，支出3万元；结余1万元", "\xb912万元\xe5,3元", "a：1元2元", "12元，",
	"。1！2？3：4；5，6", "\xbc\x8c1\xef\xbc\x8c2\xef\xef\xbc\x8c3\xe3\x80\x82\x804", "\xf0\xef\xbc\x8c5", "a,b;c:d"}

func checkClauseStartAfter(t *testing.T, s string) {
	t.Helper()
	last, cs := 0, 0
	for at := 0; at <= len(s); at++ {
		if at < len(s) && (s[at] < '0' || s[at] > '9') {
			continue // figures start with a digit
		}
		if got, want := clauseStartAfter(s, at, last, cs), clauseStart(s, at); got != want {
			t.Fatalf("clauseStartAfter(%q, %d, %d, %d) = %d, clauseStart %d", s, at, last, cs, got, want)
		}
		last, cs = at, clauseStart(s, at)
	}
}

func FuzzClauseStartAfter(f *testing.F) {
	for _, s := range clauseCases {
		f.Add(s)
	}
	f.Fuzz(checkClauseStartAfter)
}

func TestTrimLeadingMatchesTrimLeft(t *testing.T) {
	for _, s := range []string{"", " ", "度", "度 度末底结转", "  中央", "\xe5\xba", "底\xff", "x度", "度度度"} {
		if got, want := trimLeading(s, "度"), strings.TrimLeft(s, "度 "); got != want {
			t.Errorf("trimLeading(%q, 度) = %q, TrimLeft %q", s, got, want)
		}
		if got, want := trimLeading(s, "度", "末", "底"), strings.TrimLeft(s, "度末底 "); got != want {
			t.Errorf("trimLeading(%q, 度末底) = %q, TrimLeft %q", s, got, want)
		}
	}
}

func TestShortenMatchesRunes(t *testing.T) {
	oracle := func(s string, n int) string {
		r := []rune(strings.TrimSpace(s))
		if len(r) <= n {
			return string(r)
		}
		return string(r[:n]) + "…"
	}
	for _, s := range []string{"", " ", "abc", "2022年度部门决算报告", "  一二三四五  ", "一二三\xff四五", "\xe5\xb9", "一二三四五六", "abcdef", "一二三四五\n"} {
		for n := 0; n <= 8; n++ {
			if got, want := shorten(s, n), oracle(s, n); got != want {
				t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// namesBatchOracle is namesBatch without the test of the first character.
func namesBatchOracle(after string) bool {
	after = strings.TrimLeft(after, "度 ")
	for _, w := range batchWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

func TestNamesBatchMatchesOracle(t *testing.T) {
	cases := []string{"", "度", " 度中央", "结转", "度 第二批", "一般", "x中央", "\xe4"}
	for _, w := range batchWords { // every word, so that each first character is known
		cases = append(cases, w, "度"+w+"资金", w[:len(w)-1])
	}
	testenv.SameAs(t, "namesBatch", namesBatch, namesBatchOracle, cases...)
}

// TestYearSentences checks appendYearSentences against its plain form:
// the sentences of the unit whose text holds 年.
func TestYearSentences(t *testing.T) {
	for _, s := range []string{
		"", "年", "2022年。", "收入100万元。2022年支出50万元！无年份？", "本年度。\n上年\r\n没有。今年”。",
		"一。二。三年。四。", "  2021年  。  2022年", "年年。年", "a\xe5\xb9年\xb4。年",
	} {
		u := unit{Span: model.Span{Start: 0, End: len(s)}, Text: s, Year: true}
		var want []model.Span
		for _, sp := range sentences(u) {
			if strings.Contains(s[sp.Start:sp.End], "年") {
				want = append(want, sp)
			}
		}
		got := appendYearSentences(nil, u, appendMarks(nil, s))
		if !slices.Equal(got, want) {
			t.Errorf("appendYearSentences(%q) = %v, want %v", s, got, want)
		}
		checkYearSentences(t, s)
	}
}

// yearSentencesOracle is appendYearSentences as figures.Sentences splits
// the whole text, keeping the sentences that hold one of marks.
func yearSentencesOracle(u unit, marks yearMarks) []model.Span {
	var out []model.Span
	for _, sp := range sentences(u) {
		// marks before sp lie in no later sentence either
		for len(marks) > 0 && int(marks[0]) < sp.Start {
			marks = marks[1:]
		}
		if len(marks) > 0 && int(marks[0])+len("年") <= sp.End {
			out = append(out, sp)
		}
	}
	return out
}

func checkYearSentences(t *testing.T, s string) {
	t.Helper()
	for _, base := range []int{0, 7} {
		d := strings.Repeat("x", base) + s
		u := unit{Span: model.Span{Start: base, End: len(d)}, Text: s, Year: true}
		marks := appendMarks(nil, d)
		got, want := appendYearSentences(nil, u, marks), yearSentencesOracle(u, marks)
		if !slices.Equal(got, want) {
			t.Fatalf("appendYearSentences(%q) = %v, want %v (the oracle's)", s, got, want)
		}
	}
}

func FuzzYearSentences(f *testing.F) {
	for _, s := range []string{"2022年。", "收入。2022年支出！无？", "本年度。\n上年\r\n没有。今年”。", "a\xe5\xb9年\xb4。年",
		"年。”）年！』x", "\u3000年\u3000", "\ufeff年 。 年", "年\xe3\x80。"} {
		f.Add(s)
	}
	f.Fuzz(checkYearSentences)
}

// changedTo is the plain search sentenceMarks.toWordIn replaced, kept as
// its oracle.
func changedTo(between string) bool {
	for _, w := range toWords {
		if strings.Contains(between, w) {
			return true
		}
	}
	return false
}

// checkSentenceMarks compares sentenceMarks with plain searches of the text
// between every pair of offsets.
func checkSentenceMarks(t *testing.T, s string) {
	sm := findSentenceMarks(s)
	if sm.firstBreak != firstBreak(s) {
		t.Fatalf("%q: firstBreak %d, want %d", s, sm.firstBreak, firstBreak(s))
	}
	for from := 0; from <= len(s); from++ {
		for to := from; to <= len(s); to++ {
			if got, want := sm.semicolonIn(from, to), strings.Contains(s[from:to], "；"); got != want {
				t.Fatalf("%q[%d:%d]: semicolonIn %v, want %v", s, from, to, got, want)
			}
			if got, want := sm.toWordIn(from, to), changedTo(s[from:to]); got != want {
				t.Fatalf("%q[%d:%d]: toWordIn %v, want %v", s, from, to, got, want)
			}
		}
	}
}

func TestSentenceMarks(t *testing.T) {
	for _, s := range []string{
		"",
		"由2017年的1240.00万元下降至860.00万元",
		"2021年度支出X万元，主要用于：A 1万元；B 2万元；增长到3万元",
		"降至降至增至；；减少到至到",
		"上年为12万元，本年增加到15万元，提高到",
	} {
		checkSentenceMarks(t, s)
	}
}

func FuzzSentenceMarks(f *testing.F) {
	f.Add("由2017年的1240.00万元下降至860.00万元；增至")
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 200 {
			return
		}
		checkSentenceMarks(t, s)
	})
}
