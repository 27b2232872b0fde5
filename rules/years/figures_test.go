package years

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unsafe"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

var cellCases = []string{
	"1", "0", "1,234", "1,234.56", "12,34", "1,2345", "1,234,567.8", "1.2.3", "1.", "1..2", "1,", "1,23", ",123", "1,234,",
	"1234567890123456789", "123456789012345678", "1,234.567,890", "0.5", "00012", "1,234 ", "1.5,000", "约12", "约 12万元", "指标3：工业", "——",
	"≥(-1,234,567,890,123,456.78)个百分点", ">=(-123,456,789,012,345,678.9)个百分点", "约 　12 万元 ", "１２３，４５６．７８万元",
	strings.Repeat("1", 18) + "元", strings.Repeat("1", 19), "1,234,567,890,123,456,789.1万亿元",
	"", "-", "—", "——", "－－", "／", "…", "..", "．．", "项目", "（万元）", "2022年", "１２３", "约", "≥",
	"合计", "一、收入", "12.5", "(3)", "5人", "—-", "-—", "　", "ab", "abc", "\xff\xfe\xfd",
}

// checkParseCell compares parseCell with figures.ParseCell on a trimmed s
// (and on s with its spaces, as appendTableFigures once parsed it) in
// everything the YR rules read.
func checkParseCell(t *testing.T, s string) {
	t.Helper()
	got := parseCell(s)
	for _, raw := range []string{s, " " + s + "\u3000\n"} {
		want := figures.ParseCell(raw)
		if got.Kind != want.Kind || got.Kind == figures.Value && (amountOf(got) != amountOf(want) || got.Percent != want.Percent) {
			t.Fatalf("parseCell(%q) = %+v, ParseCell(%q) %+v", s, got, raw, want)
		}
	}
	if isTextCell(s) != (got.Kind == figures.Text) {
		t.Fatalf("isTextCell(%q) disagrees with parseCell", s)
	}
}

func TestIsTextCellMatchesParseCell(t *testing.T) {
	for _, s := range cellCases {
		s = strings.TrimSpace(s)
		checkParseCell(t, s)
	}
}

func FuzzIsTextCell(f *testing.F) {
	for _, s := range cellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		checkParseCell(t, s)
	})
}

// Whatever tooLongForFigure rejects, figures.ParseCell reads as text.
func FuzzTooLongForFigure(f *testing.F) {
	for _, s := range cellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if tooLongForFigure(s) && figures.ParseCell(s).Kind != figures.Text {
			t.Fatalf("tooLongForFigure(%q), but ParseCell reads %+v", s, figures.ParseCell(s))
		}
	})
}

// parseCell must agree with figures.ParseCell after a figure followed by
// any Han character: unitStarts must hold the first character of every
// unit figures knows.
func TestParseCellHanAfterFigure(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		for _, s := range []string{"1,234.5" + string(r), "3" + string(r) + "元", string(r) + "12"} {
			checkParseCell(t, s)
		}
	}
	for _, s := range []string{"12万元", "5人", "3个百分点", "10平方米", "7亩", "2公里", "1吨", "12万人", "2022年决算数", "1.本级机构"} {
		checkParseCell(t, s)
	}
}

func TestTooLongForFigure(t *testing.T) {
	for _, s := range cellCases {
		if tooLongForFigure(s) && figures.ParseCell(s).Kind != figures.Text {
			t.Errorf("tooLongForFigure(%q), but ParseCell reads %+v", s, figures.ParseCell(s))
		}
	}
	// the longest figure is not too long
	if s := "≥(-1,234,567,890,123,456.78)个百分点"; tooLongForFigure(s) || figures.ParseCell(s).Kind != figures.Value {
		t.Errorf("%q: a figure of %d characters", s, len([]rune(s)))
	}
}

// columnYearOracle is the plain walk columnYear memoises.
func columnYearOracle(d *model.Document, t *model.Table, c *model.Cell) (int, string) {
	for r := c.Row - 1; r >= 0; r-- {
		h := t.At(r, c.Col)
		if h == nil || h == c {
			continue
		}
		txt := strings.TrimSpace(d.Slice(h.Span))
		if !isTextCell(txt) {
			continue
		}
		return headerYear(txt), txt
	}
	return 0, ""
}

func checkColumnYear(t *testing.T, d *model.Document) {
	t.Helper()
	var hs headCells
	for _, tb := range d.Tables {
		hs.reset(d, tb)
		for _, c := range tb.Cells {
			y, h := columnYear(&hs, tb, c)
			wy, wh := columnYearOracle(d, tb, c)
			if y != wy || h != wh {
				t.Fatalf("%s 表%d (%d,%d): columnYear = %d %q, walk %d %q", d.Name, tb.Index+1, c.Row, c.Col, y, h, wy, wh)
			}
		}
	}
}

func TestColumnYearMatchesWalk(t *testing.T) {
	ruletest.EachSeed(t, checkColumnYear)
	for _, p := range ruletest.Files(t, "testdata") {
		checkColumnYear(t, ruletest.Load(t, p).Doc(t))
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkColumnYear(t, d)
	}
}

// headerYearOracle is headerYear normalising every header.
func headerYearOracle(txt string) int {
	if !strings.Contains(txt, "年") {
		return 0
	}
	norm := figures.Normalize(txt)
	m := yearIndex(norm, 1)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(norm[m[0][2]:m[0][3]])
	if strings.Contains(txt, "与") || strings.Contains(txt, "比") || len(yearIndex(txt, -1)) > 1 {
		return 0
	}
	return y
}

var headerCases = []string{"", "2022年", "2022年决算数", "２０２２年", "2022年与2021年对比", "2021年比", "2022年 2023年", "x．2022年",
	"2022　年", "１2022年", "预算数", "2022年度（万元）", "\xff2022年", "２０２１年2022年", "x．2022年", "2 　年"}

func TestHeaderYearMatchesOracle(t *testing.T) {
	testenv.SameAs(t, "headerYear", headerYear, headerYearOracle, headerCases...)
}

func FuzzHeaderYear(f *testing.F) {
	testenv.FuzzSameAs(f, "headerYear", headerYear, headerYearOracle, headerCases...)
}

// TestHeadCellsWrap checks that a memo entry of an earlier table is not
// taken for the current one when the table count wraps headCells.gen:
// without the clear, every table's entries would look current to the next.
func TestHeadCellsWrap(t *testing.T) {
	if n := unsafe.Sizeof(headCell{}); n > 56 {
		t.Errorf("headCell is %d bytes, want at most 56", n)
	}
	ruletest.EachSeed(t, func(t *testing.T, d *model.Document) {
		var hs headCells
		for _, tb := range d.Tables {
			hs.gen = 0xFFFF // this reset wraps
			hs.reset(d, tb)
			var fresh headCells
			fresh.reset(d, tb)
			for _, c := range tb.Cells {
				hs.year(c)
				fresh.year(c)
				if got, want := *hs.get(c), *fresh.get(c); got != want {
					t.Fatalf("表%d (%d,%d): memo after wrap %+v, fresh %+v", tb.Index+1, c.Row, c.Col, got, want)
				}
			}
		}
	})
}

// appendTableFigures appends every figure of t under a year-headed column:
// the plain form of appendWantedTableFigures, its oracle, without the memo.
func appendTableFigures(dst []yfig, d *model.Document, t *model.Table, R int) []yfig {
	for _, c := range t.Cells {
		n := figures.ParseCell(d.Slice(c.Span))
		if n.Kind != figures.Value || n.Percent {
			continue
		}
		year, head := columnYearOracle(d, t, c)
		if year == 0 {
			year = captionYear(t, head)
		}
		assumed := false
		if year == 0 && R != 0 && !otherPeriod(head) && headerYear(t.Caption) == 0 && !yearInFirstRows(d, t) {
			year, assumed = R, true
		}
		if year == 0 {
			continue
		}
		row := rowLabelOracle(d, t, c)
		if isTotalLabel(row) {
			row = tableTitle(d, t) + row
		}
		dst = append(dst, yfig{N: amountOf(n), Span: c.Span, Year: year, Table: true, RowText: row, Head: head, Assumed: assumed})
	}
	return dst
}

// yearInFirstRows is !namesNoYear with a regular expression.
func yearInFirstRows(d *model.Document, t *model.Table) bool {
	re := regexp.MustCompile(`(19|20)[0-9]{2}\s*年`)
	for _, c := range t.Cells {
		if c.Row < 3 && re.MatchString(d.Slice(c.Span)) {
			return true
		}
	}
	return false
}

// rowLabelOracle is rowLabel without the memo.
func rowLabelOracle(d *model.Document, t *model.Table, c *model.Cell) string {
	for col := 0; col < c.Col; col++ {
		h := t.At(c.Row, col)
		if h == nil || h == c {
			continue
		}
		if txt := strings.TrimSpace(d.Slice(h.Span)); isTextCell(txt) && figures.HasLetters(txt) {
			return txt
		}
	}
	return ""
}

// checkYearFigures checks the table figures of yearFigures against every
// table figure (appendTableFigures) whose value a prose figure has, and
// byValue against the order of all of them by value.
func checkYearFigures(t *testing.T, d *model.Document) {
	t.Helper()
	audit.Run(d, []*audit.Rule{{ID: "TEST", Run: func(p *audit.Pass) {
		yf := yearFigures(p)
		prose := int(yf.sentFigs[len(yf.sentFigs)-1])
		values := map[[2]int64]bool{}
		for _, f := range yf.figs[:prose] {
			values[[2]int64{f.N.Mant, int64(f.N.Dec)}] = true
		}
		var want []yfig
		for _, tb := range d.Tables {
			R := 0
			if ry := reportYear(p); ry.Sure {
				R = ry.Year
			}
			for _, f := range appendTableFigures(nil, d, tb, R) {
				if values[[2]int64{f.N.Mant, int64(f.N.Dec)}] {
					want = append(want, f)
				}
			}
		}
		if got := yf.figs[prose:]; !slices.Equal(got, want) {
			t.Fatalf("%s: %d table figures, want %d:\n%+v\n%+v", d.Name, len(got), len(want), got, want)
		}
		order := make([]int32, len(yf.figs))
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(a, b int32) int {
			x, y := yf.figs[a].N, yf.figs[b].N
			return cmp.Or(cmp.Compare(x.Mant, y.Mant), cmp.Compare(x.Dec, y.Dec))
		})
		if !slices.Equal(yf.byValue, order) {
			t.Fatalf("%s: byValue %v, want %v", d.Name, yf.byValue, order)
		}
	}}})
}

func TestYearFiguresMatchAll(t *testing.T) {
	ruletest.EachSeed(t, checkYearFigures)
	for _, p := range ruletest.Files(t, "testdata") {
		checkYearFigures(t, ruletest.Load(t, p).Doc(t))
	}
	for _, d := range ruletest.Corpus(t, nil) {
		checkYearFigures(t, d)
	}
}

// A valueFilter holds every value added to it.
func TestValueFilter(t *testing.T) {
	var f valueFilter
	var in [][2]int64
	for i := int64(-500); i < 500; i += 7 {
		f.add(i*1013, int32(i&3))
		in = append(in, [2]int64{i * 1013, i & 3})
	}
	for _, v := range in {
		if !f.has(v[0], int32(v[1])) {
			t.Fatalf("filter lost %v", v)
		}
	}
}

// captionYear is, for the oracle, the year appendWantedTableFigures gives a
// column whose header names none: the one year of its table's caption
// ("项目支出绩效自评表（2022年度）" › 全年预算数), unless the header speaks of
// another period or a change (otherPeriod), or the caption holds two years
// or a comparison (headerYear).
func captionYear(t *model.Table, head string) int {
	if otherPeriod(head) {
		return 0
	}
	return headerYear(t.Caption)
}
