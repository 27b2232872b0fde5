package tables

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/testenv"
	"github.com/crossfoot/crossfoot/model"
)

// parseCell's shortcuts must not change what figures.ParseCell says about
// a cell: if ParseCell learns a new figure form, these fail until
// figureStart learns its first character.
var parseCellCases = []string{
	"", " ", "基本支出", "  1,234.56 ", "１２３", "（12.5）", "(3)", "-", "——", "/", "…", "..", "−5", "+3%",
	"≥90%", "≤ 10", ">=5", "<1", "约3万元", "≈2", "12个", "2022年", "\u30001", "\xff1", "其中：", "A12",
	"12.5%", "-3%", "%", "-%", "1,234.5%", "5%%", "12.%", "0%", "3 %", "%5",
	"（一）基本支出", "(二)", "(一", "（12）", "（－3）", "( 1)", "（其中）", "(",
	"8,982.83", "-6.59", "0", "-0", "007", "1.", "1.2.3", "1,23", "1,2345", "1,234,567.891", ",123", "1.5,000",
	"123456789012345678", "1234567890123456789", "1.本级机构", "2022年决算数", "12万元", "3人次", "5吨", "1,2本", "1.5.6年",
	"12345678901234567890年", "0743-8223316", "102.55亿元", "12.5㎡", "2022.", "-", "--", "—", "——", "-—", "/ ", " —— ", "--1", "- 1", "1 ", "12.0%", "(12)", "+3", "9223372036854775807",
}

func TestParseCellShortcut(t *testing.T) {
	testenv.SameAs(t, "parseCell", parseCell, figures.ParseCell, parseCellCases...)
}

func FuzzParseCellShortcut(f *testing.F) {
	for _, s := range parseCellCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > maxCellFigure {
			return // the long-text shortcut is deliberate
		}
		if got, want := parseCell(s), figures.ParseCell(s); got != want {
			t.Fatalf("parseCell(%q) = %+v, figures.ParseCell %+v", s, got, want)
		}
	})
}

var squashCases = []string{
	"", "基本支出", "合  计", "其中：", "（一）基本支出", "1.1 项目", "\u3000\u3000人员经费", "A\tB\nC\r", "１２３．４５％",
	"比上年增减(%)", "2022年", "−5", "a\u00a0b", "\xff其中", "其\xe4中", "～！", "\ufffd",
}

// squash's fast path must agree with its plain definition.
func TestSquashFast(t *testing.T) {
	testenv.SameAs(t, "squash", squash, squashSlow, squashCases...)
}

func FuzzSquash(f *testing.F) {
	testenv.FuzzSameAs(f, "squash", squash, squashSlow, squashCases...)
}

var qizhongCases = [][2]string{
	{"其中：基本支出", ""}, {"  其 中", ""}, {"1.其中：", "1."}, {"（一）其中", "（一）"}, {"(一)其中", "(一)"},
	{"（一） 其中", "(一)"}, {"其他收入", ""}, {"１.其中", "１."}, {"2、其中", "1."}, {"其", ""}, {"其\u3000中", ""},
	{"\xff其中", ""}, {"a其中", ""}, {"其中其中", "其中"}, {"其中", "\xe5"},
}

// opensQizhong must agree with its plain definition.
func TestOpensQizhong(t *testing.T) {
	for _, c := range qizhongCases {
		if got, want := opensQizhong(c[0], c[1]), opensQizhongSlow(c[0], c[1]); got != want {
			t.Errorf("opensQizhong(%q, %q) = %v, want %v", c[0], c[1], got, want)
		}
	}
}

func FuzzOpensQizhong(f *testing.F) {
	for _, c := range qizhongCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, label, marker string) {
		if got, want := opensQizhong(label, marker), opensQizhongSlow(label, marker); got != want {
			t.Fatalf("opensQizhong(%q, %q) = %v, want %v", label, marker, got, want)
		}
	})
}

var codeCases = []string{
	"201", "20101", "2010101", "2010101行政运行", " 201 一般公共服务", "201.5", "201%", "2022年", "１２３", "１２３４５ 款",
	"201\u3000", "201 ", "2010", "0201", "123．4", "123％", "123\xff", "12345年度", "1.贯彻落实", "", "  ", "201\t",
}

// leadingCode must agree with its plain definition.
func TestLeadingCode(t *testing.T) {
	for _, s := range codeCases {
		for _, whole := range []bool{false, true} {
			if got, want := leadingCode(s, whole), leadingCodeSlow(s, whole); got != want {
				t.Errorf("leadingCode(%q, %v) = %q, want %q", s, whole, got, want)
			}
		}
	}
}

func FuzzLeadingCode(f *testing.F) {
	for _, s := range codeCases {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, whole bool) {
		if got, want := leadingCode(s, whole), leadingCodeSlow(s, whole); got != want {
			t.Fatalf("leadingCode(%q, %v) = %q, want %q", s, whole, got, want)
		}
	})
}

// blockIndex.of must find the unit note model.Document.UnitNote finds.
func TestUnitNoteIndex(t *testing.T) {
	eachFixture(t, func(path string, d *model.Document) {
		idx := tableBlocks(d, nil)
		notes := 0
		for _, tb := range d.Tables {
			got, want := idx.of(d, tb), d.UnitNote(tb)
			if got != want {
				t.Errorf("%s table %d: unit note %q, UnitNote %q", path, tb.Index+1, got, want)
			}
			if want != "" {
				notes++
			}
		}
		t.Logf("%s: %d tables, %d unit notes", path, len(d.Tables), notes)
	})
}

// parseCell's first-rune test skips Normalize for CJK ideographs: it must
// keep every one of them.
func TestNormalizeKeepsHan(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !isHan(r) {
			t.Fatalf("isHan(%U) = false", r)
		}
		if s := string(r); figures.Normalize(s) != s {
			t.Fatalf("Normalize(%q) = %q", s, figures.Normalize(s))
		}
	}
}

func FuzzCleanLabel(f *testing.F) {
	for _, s := range []string{"", " 其中： ", "年度主要\n工作内容", "a\r\nb\tc", "\t：", "合计:\n", "\xff\n", "\xe3\x80\n\x80", "合计 ：", "x\xbc\x9a"} {
		f.Add(s)
	}
	var a textArena // as the analysis cleans labels: one arena for many
	f.Fuzz(func(t *testing.T, s string) {
		want := cleanLabelSlow(s)
		if got := cleanLabel(s); got != want {
			t.Fatalf("cleanLabel(%q) = %q, cleanLabelSlow %q", s, got, want)
		}
		if got := cleanLabelIn(&a, s); got != want {
			t.Fatalf("cleanLabelIn(%q) = %q, cleanLabelSlow %q", s, got, want)
		}
	})
}

func FuzzIsQizhong(f *testing.F) {
	for _, s := range []string{"", "其中", " 其 中：", "其\u3000中", "其", "中其", "\xff其中", "其\xff中", "（其中）", "其中\n基本支出"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isQizhong(s), isQizhongSlow(s); got != want {
			t.Fatalf("isQizhong(%q) = %v, isQizhongSlow %v", s, got, want)
		}
	})
}

func TestIsFigureStart(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := isFigureStart(r), strings.ContainsRune(figureStart, r); got != want {
			t.Fatalf("isFigureStart(%q) = %v, want %v", r, got, want)
		}
	}
}

var trimCases = []string{"", " ", "基本支出", " 基本支出\u3000", "\u3000\u3000人员经费", "1,234 ", "\t1", "\xff", "a\xe3\x80", "\u00a0x", "x\u0085", "\u2028", "合计：",
	"x\u2028", "x\u205f", "\u1680x", "x\u1680", "。", "x。", "\xe2\xc2\x85", "\xc2\x85\xe4", "\x85", "x\xe3\x80\x80\x80", "\x7f", "\x01a\x01"}

func TestTrimLeftSpace(t *testing.T) {
	for _, s := range trimCases {
		if got, want := trimLeftSpace(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimLeftSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzTrimLeftSpace(f *testing.F) {
	for _, s := range trimCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimLeftSpace(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Fatalf("trimLeftSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

var unitCases = []string{"", "收入支出决算总表", "表1（万元）", "单位：万元", "单位:元", "(单位：亿元)", "（元）", "（单\u3000位：万元）", "単位", "金额(万元)", "（一）基本支出", "(%)", "\xff（万元）"}

func TestUnitIn(t *testing.T) {
	testenv.SameAs(t, "unitIn", unitIn, figures.UnitIn, unitCases...)
}

func FuzzUnitIn(f *testing.F) {
	testenv.FuzzSameAs(f, "unitIn", unitIn, figures.UnitIn, unitCases...)
}

var markerCases = []string{"", "一、收入", "（一）基本支出", "(12)x", "(一二三四五)", "(1", "1.基本", "1.1项目", "1.1.1", "12、", "1234.", "1.", "1", "①a", "十一.", "一二三四、", "一", "(", "（1）", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21", "\xff", "1\xff", "a1."}

func TestNumberingMarker(t *testing.T) {
	testenv.SameAs(t, "numberingMarker", numberingMarker, numberingMarkerSlow, markerCases...)
}

func FuzzNumberingMarker(f *testing.F) {
	testenv.FuzzSameAs(f, "numberingMarker", numberingMarker, numberingMarkerSlow, markerCases...)
}

func TestFoldBreaks(t *testing.T) {
	var a textArena
	var kept []string
	cases := []string{"", "a", "\n", "年度主要\n工作内容\n", "a\r\nb", "a\tb\nc", "\n\n\nx\n\n", "\xff\n\xfe", strings.Repeat("长\n", textChunk)}
	for _, s := range cases {
		want := labelFolder.Replace(s)
		if got := foldBreaks(s); got != want {
			t.Errorf("foldBreaks(%q) = %q, want %q", s, got, want)
		}
		got := foldIn(&a, s)
		if got != want {
			t.Errorf("foldIn(%q) = %q, want %q", s, got, want)
		}
		kept = append(kept, got)
	}
	// the arena's strings stay as they were made
	for i, s := range cases {
		if want := labelFolder.Replace(s); kept[i] != want {
			t.Errorf("kept fold of %q became %q, want %q", s, kept[i], want)
		}
	}
}

func FuzzFoldBreaks(f *testing.F) {
	testenv.FuzzSameAs(f, "foldBreaks", foldBreaks, labelFolder.Replace, "", "年度主要\n工作内容\n", "a\r\nb", "\n\n\nx\n\n", "\xff\n\xfe")
}

// rowMarkerResult is rowMarker's three results, comparable for SameAs.
type rowMarkerResult struct {
	marker          string
	total, subtotal bool
}

func rowMarkerOf(f func(string) (string, bool, bool)) func(string) rowMarkerResult {
	return func(s string) rowMarkerResult {
		m, t, st := f(s)
		return rowMarkerResult{m, t, st}
	}
}

var rowMarkerCases = append([]string{"合  计", "合\u00a0\u00a0计", "（一）基本支出", "(一)小计", "其中：合计", "收入总计：", "合计(万元)",
	"1、 其中", "１．合计", "一、 收入合计", "局机关及二级机构汇总", "累计", "\xff合计", strings.Repeat("（一）", 30) + "合计",
	strings.Repeat(" ", 119) + "（一）", "（一） 　小计", "总数", "人员总数", "累计(万元)", "收入累计", "其中：小计", "小计：",
	"总额合计", "合计数", "计", "1.计"}, markerCases...)

// markerOf's prefilter must know every total word's first and last rune.
func TestTotalWordRunes(t *testing.T) {
	for _, w := range totalWords {
		if len(w) != 6 || !totalFirst(w[:3]) || !totalLast(w[3:]) {
			t.Errorf("total word %q: markerOf's prefilter (totalFirst, totalLast, 6 bytes) does not know it", w)
		}
	}
}

func TestRowMarker(t *testing.T) {
	testenv.SameAs(t, "rowMarker", rowMarkerOf(rowMarker), rowMarkerOf(rowMarkerSlow), rowMarkerCases...)
}

func FuzzRowMarker(f *testing.F) {
	testenv.FuzzSameAs(f, "rowMarker", rowMarkerOf(rowMarker), rowMarkerOf(rowMarkerSlow), rowMarkerCases...)
}

func TestSquashTemp(t *testing.T) {
	var buf [8]byte
	testenv.SameAs(t, "squashTemp", func(s string) string { return strings.Clone(squashTemp(buf[:0], s)) }, squashSlow, squashCases...)
}

// unitLineDoc is a document with s as the paragraph before a table.
func unitLineDoc(s string) *model.Document {
	b := model.NewBuilder("t.txt", "txt")
	b.Text(s)
	b.BeginTable()
	b.BeginRow(0)
	b.BeginCell(1, model.NoVMerge)
	b.Text("1")
	b.EndTable()
	return b.Document()
}

// unitNoteOf is blockIndex.of (unitLine) on unitLineDoc(s).
func unitNoteOf(s string) string {
	d := unitLineDoc(s)
	return tableBlocks(d, nil).of(d, d.Tables[0])
}

// unitNoteSlow is model.Document.UnitNote on unitLineDoc(s), the oracle.
func unitNoteSlow(s string) string {
	d := unitLineDoc(s)
	return d.UnitNote(d.Tables[0])
}

var unitLineCases = []string{"单位：万元", " 单位：万元 ", "单位:元", "（单位：万元）", "单位：万元万元万元万元万元万元万元", "单位：", "　单位：万元　",
	"说明：单位为万元", "单位：\xff", "单位：万元\u0085", "单位"}

func TestUnitLine(t *testing.T) {
	testenv.SameAs(t, "unitLine", unitNoteOf, unitNoteSlow, unitLineCases...)
}

func FuzzUnitLine(f *testing.F) {
	testenv.FuzzSameAs(f, "unitLine", unitNoteOf, unitNoteSlow, unitLineCases...)
}
