package docx

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/crossfoot/crossfoot/internal/goldenfile"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crossfoot/crossfoot/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func parseBytes(t testing.TB, data []byte, opt Options) (*model.Document, error) {
	t.Helper()
	return Parse(context.Background(), bytes.NewReader(data), int64(len(data)), "fixture.docx", opt)
}

func dump(t testing.TB, d *model.Document) string {
	t.Helper()
	var b strings.Builder
	if err := d.Dump(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", name+".golden"), got, *update)
}

// cellIs checks the text of the cell covering (r, c) and its spans.
func cellIs(t *testing.T, d *model.Document, tb *model.Table, r, c int, text string, rowSpan, colSpan int) {
	t.Helper()
	cell := tb.At(r, c)
	if cell == nil {
		t.Errorf("At(%d,%d) = nil, want %q", r, c, text)
		return
	}
	if got := d.CellOwnText(cell); got != text {
		t.Errorf("At(%d,%d) text = %q, want %q", r, c, got, text)
	}
	if cell.RowSpan != rowSpan || cell.ColSpan != colSpan {
		t.Errorf("At(%d,%d) span = %dx%d, want %dx%d", r, c, cell.RowSpan, cell.ColSpan, rowSpan, colSpan)
	}
}

type fixtureCase struct {
	name  string
	pkg   pkg
	check func(t *testing.T, d *model.Document)
}

var fixtures = []fixtureCase{
	{
		name: "merges",
		pkg: pkg{body: p("表1 收入决算表") + p("单位：万元") + tbl(
			tr("", tc(vRestart, "项目"), tc(span2, "金额"), tc("", "备注")),
			tr("", tc(vCont, ""), tc("", "2022年"), tc("", "2021年"), tc(vRestart, "见说明")),
			tr("", tc(`<w:vMerge w:val="continue"/>`, ""), tc("", "1.00"), tc("", "2.00"), tc(vCont, "")),
			tr(`<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>`, tc(span2, "合计 3.00")),
		) + p("正文。")},
		check: func(t *testing.T, d *model.Document) {
			if len(d.Tables) != 1 {
				t.Fatalf("tables = %d", len(d.Tables))
			}
			tb := d.Tables[0]
			if tb.Rows != 4 || tb.Cols != 4 {
				t.Errorf("grid %dx%d, want 4x4", tb.Rows, tb.Cols)
			}
			cellIs(t, d, tb, 0, 0, "项目", 3, 1)
			cellIs(t, d, tb, 2, 0, "项目", 3, 1)
			cellIs(t, d, tb, 0, 2, "金额", 1, 2)
			cellIs(t, d, tb, 2, 3, "见说明", 2, 1)
			cellIs(t, d, tb, 3, 1, "合计 3.00", 1, 2)
			cellIs(t, d, tb, 3, 2, "合计 3.00", 1, 2)
			if c := tb.At(3, 0); c != nil {
				t.Errorf("gridBefore position covered by %q", d.CellOwnText(c))
			}
			if tb.Caption != "表1 收入决算表" {
				t.Errorf("caption %q", tb.Caption)
			}
		},
	},
	{
		name: "nested",
		pkg: pkg{body: tbl(
			tr("", tc("", "外1"), tc("", p("前")+tbl(tr("", tc("", "内1"), tc("", "内2")), tr("", tc(span2, "内3")))+p("后"))),
			tr("", tc("", "外2"), tc("", "外3")),
		)},
		check: func(t *testing.T, d *model.Document) {
			if len(d.Tables) != 2 {
				t.Fatalf("tables = %d, want 2", len(d.Tables))
			}
			outer, inner := d.Tables[0], d.Tables[1]
			if inner.Parent != outer.At(0, 1) {
				t.Errorf("nested table's parent is not cell (0,1)")
			}
			cellIs(t, d, inner, 1, 1, "内3", 1, 2)
			cellIs(t, d, outer, 1, 1, "外3", 1, 1)
		},
	},
	{
		name: "tracked",
		pkg: pkg{body: `<w:p><w:r><w:t>收入</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>合计</w:t></w:r></w:ins>` +
			`<w:del w:id="2" w:author="a"><w:r><w:delText>总计</w:delText></w:r></w:del>` +
			`<w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo w:id="4"><w:r><w:t>100.00</w:t></w:r></w:moveTo>` +
			`<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>万元</w:t></w:r></w:p>` +
			tbl(tr("", tc("", "留")), tr(`<w:del w:id="5" w:author="a"/>`, tc("", "删除的行")), tr("", tc("", "下"))),
		},
		check: func(t *testing.T, d *model.Document) {
			para := d.Blocks[0].(*model.Paragraph)
			if got := d.Slice(para.Span); got != "收入合计100.00万元" {
				t.Errorf("text %q", got)
			}
			// Runs: 0 收入, 1 合计 (in w:ins), 2 deleted, 3 moveFrom, 4 100.00, 5 hidden, 6 万元.
			want := []int{0, 1, 4, 6}
			if len(para.Runs) != len(want) {
				t.Fatalf("runs %+v", para.Runs)
			}
			for i, r := range para.Runs {
				if r.Index != want[i] {
					t.Errorf("run %d index %d, want %d", i, r.Index, want[i])
				}
			}
			if off := strings.Index(d.Text, "100.00"); para.Runs[2].Offset != off {
				t.Errorf("run 4 offset %d, want %d", para.Runs[2].Offset, off)
			}
			if d.Tables[0].Rows != 2 {
				t.Errorf("deleted row kept: %d rows", d.Tables[0].Rows)
			}
		},
	},
	{
		name: "textbox",
		pkg: pkg{body: `<w:p><w:r><w:t>正文前</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
			p("文本框里的话") + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` +
			p("文本框里的话") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文后</w:t></w:r></w:p>` +
			// A VML-only text box (no AlternateContent).
			`<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>` + p("旧式文本框") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`},
		check: func(t *testing.T, d *model.Document) {
			if n := strings.Count(d.Text, "文本框里的话"); n != 1 {
				t.Errorf("text box text appears %d times, want once", n)
			}
			var boxes int
			for _, b := range d.Blocks {
				if p, ok := b.(*model.Paragraph); ok && p.Kind == model.TextBox {
					boxes++
				}
			}
			if boxes != 2 {
				t.Errorf("text box paragraphs = %d, want 2", boxes)
			}
			if !strings.Contains(d.Text, "正文前正文后") {
				t.Errorf("anchor paragraph text broken: %q", d.Text)
			}
		},
	},
	{
		name: "numbering",
		pkg: pkg{numbering: chineseLists, body: pp(numPr(1, 0), "基本情况") + pp(numPr(1, 1), "收入") +
			pp(numPr(1, 2), "财政拨款") + pp(numPr(1, 3), "细项") + pp(numPr(1, 3), "细项") + pp(numPr(1, 2), "其他收入") +
			pp(numPr(1, 1), "支出") + pp(numPr(1, 4), "圈") + pp(numPr(1, 5), "天干") + pp(numPr(1, 5), "天干") +
			pp(numPr(1, 0), "绩效情况") + pp(numPr(1, 1), "目标完成情况") +
			pp(numPr(3, 0), "项目符号不编号") +
			p("重新编号：") + pp(numPr(2, 0), "第一项") + pp(numPr(2, 0), "第二项") +
			pp(numPr(1, 0), "原列表继续")},
		check: func(t *testing.T, d *model.Document) {
			hs := d.Headings()
			var got []string
			for _, h := range hs {
				got = append(got, h.Number)
			}
			want := "一、 （一） 1. （1） （2） 2. （二） 二、 （一） 一、 二、 三、"
			if strings.Join(got, " ") != want {
				t.Errorf("heading numbers %q, want %q", strings.Join(got, " "), want)
			}
			if !strings.Contains(d.Text, "①圈") || !strings.Contains(d.Text, "乙、天干") {
				t.Errorf("enclosed/ideograph labels missing:\n%s", d.Text)
			}
			if hs[0].Level != 1 || hs[1].Level != 2 || hs[2].Level != 3 || hs[3].Level != 4 {
				t.Errorf("levels %d %d %d %d", hs[0].Level, hs[1].Level, hs[2].Level, hs[3].Level)
			}
			if p := d.Position(strings.Index(d.Text, "细项")); p.Section != "一、（一）1.（1）" {
				t.Errorf("section path %q", p.Section)
			}
		},
	},
	{
		name: "styles",
		pkg: pkg{
			styles: `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Outline2"><w:name w:val="我的二级"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="Outline2b"><w:name w:val="继承二级"/><w:basedOn w:val="Outline2"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="ListHead"><w:name w:val="列表标题"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="ListHeadChild"><w:name w:val="列表标题子"/><w:basedOn w:val="ListHead"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>` +
				`<w:style w:type="character" w:styleId="c1"><w:name w:val="heading 1 Char"/></w:style>`,
			numbering: chineseLists,
			body: pp(`<w:pStyle w:val="TOC1"/>`, "一、目录项\t3") +
				// A TOC field whose result lines carry no TOC style.
				`<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \o "1-3" \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>二、域中的目录项</w:t></w:r></w:p>` +
				p("（一）域中的二级目录项") + `<w:p><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
				pp(`<w:pStyle w:val="1"/>`, "总体情况") + pp(`<w:pStyle w:val="Outline2b"/>`, "继承的二级标题") +
				pp(`<w:pStyle w:val="ListHeadChild"/>`, "样式编号标题") + pp(`<w:pStyle w:val="ListHead"/>`, "第二个样式编号标题") +
				pp(`<w:outlineLvl w:val="2"/>`, "直接大纲级别") +
				p("（三）文字编号的标题") + p("1.5万元不是编号") + p("2.这是一个很长的句子，说明了很多情况，因此虽然以编号开头但并不是标题，而是正文段落。") +
				p("（1）以冒号结尾的不是标题：") + p("3、短标题"),
		},
		check: func(t *testing.T, d *model.Document) {
			var got []string
			for _, h := range d.Headings() {
				got = append(got, strings.TrimSpace(d.Slice(h.Span)))
			}
			want := []string{"总体情况", "继承的二级标题", "一、样式编号标题", "二、第二个样式编号标题", "直接大纲级别", "（三）文字编号的标题", "3、短标题"}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("headings\n got %q\nwant %q", got, want)
			}
		},
	},
	{
		name: "inline",
		pkg: pkg{body: `<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:cr/><w:t>D</w:t><w:noBreakHyphen/><w:t>E</w:t>` +
			`<w:sym w:font="Symbol" w:char="F0B4"/><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:char="00B1"/><w:softHyphen/></w:r>` +
			`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
			`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>` +
			`<w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink><w:smartTag w:element="x"><w:r><w:t>智能</w:t></w:r></w:smartTag>` +
			`<w:customXml w:element="y"><w:r><w:t>自定义</w:t></w:r></w:customXml>` +
			`<w:sdt><w:sdtPr><w:alias w:val="占位"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>` +
			`<w:r><w:t>&lt;&amp;&gt;&#x4E00;</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>` +
			`<w:p><w:r><w:br w:type="page"/><w:t>分页后</w:t></w:r><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>x</m:t></m:r></m:oMath></w:p>` +
			`<w:sdt><w:sdtContent>` + tbl(tr("", `<w:sdt><w:sdtContent>`+tc("", "控件里的格")+`</w:sdtContent></w:sdt>`)) + `</w:sdtContent></w:sdt>`},
		check: func(t *testing.T, d *model.Document) {
			want := "A\tB\nC\nD-E×±79链接智能自定义控件<&>一"
			if got := d.Slice(d.Blocks[0].Extent()); got != want {
				t.Errorf("text %q, want %q", got, want)
			}
			if got := d.Slice(d.Blocks[1].Extent()); got != "分页后" {
				t.Errorf("second paragraph %q", got)
			}
			if len(d.Tables) != 1 || d.CellText(d.Tables[0], 0, 0) != "控件里的格" {
				t.Errorf("table in sdt lost")
			}
		},
	},
	{
		name: "strict",
		pkg: pkg{strict: true, doc: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="` + nsWStrict + `" w:conformance="strict"><w:body>` +
			`<w:p><w:r><w:t>严格格式</w:t></w:r></w:p>` + tbl(tr("", tc(span2, "合并"), tc("", "单"))) + `</w:body></w:document>`},
		check: func(t *testing.T, d *model.Document) {
			if len(d.Tables) != 1 || d.Tables[0].Cols != 3 || !strings.Contains(d.Text, "严格格式") {
				t.Errorf("strict document misread:\n%s", dump(t, d))
			}
		},
	},
	{
		name: "prefixes",
		pkg: pkg{doc: `<?xml version="1.0" encoding="UTF-8"?><document xmlns="` + nsW + `"><body>` +
			`<p><r><t>默认命名空间</t></r></p><x:p xmlns:x="` + nsW + `"><x:r><x:t>别的前缀</x:t></x:r></x:p>` +
			`<p xmlns:w="urn:not-word"><w:r><w:t>假冒的w前缀</w:t></w:r><r><t>真的</t></r></p>` +
			`<tbl><tr><tc><tcPr><gridSpan xmlns:q="` + nsW + `" q:val="2"/></tcPr><p><r><t>跨两列</t></r></p></tc></tr><tr><tc><p><r><t>左</t></r></p></tc><tc><p><r><t>右</t></r></p></tc></tr></tbl>` +
			`</body></document>`},
		check: func(t *testing.T, d *model.Document) {
			for _, s := range []string{"默认命名空间", "别的前缀", "真的"} {
				if !strings.Contains(d.Text, s) {
					t.Errorf("missing %q", s)
				}
			}
			if strings.Contains(d.Text, "假冒") {
				t.Errorf("text from a foreign namespace bound to prefix w was read")
			}
			if len(d.Tables) == 1 {
				cellIs(t, d, d.Tables[0], 0, 1, "跨两列", 1, 2)
			} else {
				t.Errorf("tables = %d", len(d.Tables))
			}
		},
	},
	{
		name: "notes",
		pkg: pkg{
			body: `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`,
			footnotes: `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
				`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>续</w:t></w:r></w:p></w:footnote>` +
				`<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：统计局。</w:t></w:r></w:p></w:footnote>`,
			endnotes: `<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>` +
				`<w:endnote w:id="1"><w:p><w:r><w:t>尾注文字</w:t></w:r></w:p></w:endnote>`,
		},
		check: func(t *testing.T, d *model.Document) {
			var kinds []model.ParaKind
			for _, b := range d.Blocks {
				kinds = append(kinds, b.(*model.Paragraph).Kind)
			}
			if len(kinds) != 3 || kinds[1] != model.Footnote || kinds[2] != model.Endnote {
				t.Errorf("kinds %v", kinds)
			}
			if strings.Contains(d.Text, "续") {
				t.Errorf("separator note read")
			}
		},
	},
	{
		name: "macro-renamed",
		pkg: pkg{main: "word/main2.xml", ct: "application/vnd.ms-word.document.macroEnabled.main+xml", body: p("宏文档正文"),
			extra: map[string]string{"word/vbaProject.bin": "xx"}},
		check: func(t *testing.T, d *model.Document) {
			if !strings.Contains(d.Text, "宏文档正文") {
				t.Errorf("text %q", d.Text)
			}
		},
	},
	{
		name: "no-package-rels",
		pkg:  pkg{noRels: true, main: "word/doc.xml", ct: "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", body: p("模板正文")},
		check: func(t *testing.T, d *model.Document) {
			if !strings.Contains(d.Text, "模板正文") {
				t.Errorf("main part not found through content types: %q", d.Text)
			}
		},
	},
}

func TestFixtures(t *testing.T) {
	for _, tt := range fixtures {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseBytes(t, tt.pkg.build(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			golden(t, tt.name, dump(t, d))
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestSeed(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "seed", "report-2022.docx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	d, err := parseBytes(t, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	golden(t, "seed-report-2022", dump(t, d))
	if len(d.Tables) == 0 {
		t.Fatal("no tables")
	}
	// The income table: a row of figures whose parts are listed beside the total.
	found := false
	for _, tb := range d.Tables {
		for r := 0; r < tb.Rows; r++ {
			if d.CellText(tb, r, 0) == "2.州中小微企业服务中心" && d.CellText(tb, r, 1) == "1413.16" &&
				d.CellText(tb, r, 6) == "1001.64" && d.CellText(tb, r, 7) == "1001.64" {
				found = true
			}
		}
	}
	if !found {
		t.Error("income row 2.州中小微企业服务中心 | 1413.16 | … | 1001.64 (spanning two grid columns) not found")
	}
}

// checkInvariants asserts what every parsed document must satisfy.
func checkInvariants(t testing.TB, d *model.Document) {
	t.Helper()
	if err := invariants(d); err != nil {
		t.Fatal(err)
	}
}

// invariants checks spans within Text, cells within table bounds and At
// consistent with the cells; safe to call from any goroutine.
func invariants(d *model.Document) error {
	in := func(s model.Span) bool { return s.Start >= 0 && s.Start <= s.End && s.End <= len(d.Text) }
	for _, b := range d.Blocks {
		if !in(b.Extent()) {
			return fmt.Errorf("block span %v outside text of %d bytes", b.Extent(), len(d.Text))
		}
		var runs []model.Run
		var s model.Span
		switch b := b.(type) {
		case *model.Paragraph:
			runs, s = b.Runs, b.Span
		case *model.Heading:
			runs, s = b.Runs, b.Span
		}
		for _, r := range runs {
			if r.Offset < s.Start || r.Offset > s.End || r.Index < 0 {
				return fmt.Errorf("run %+v outside span %v", r, s)
			}
		}
	}
	for i, tb := range d.Tables {
		if tb.Index != i || !in(tb.Span) {
			return fmt.Errorf("table %d: index %d span %v", i, tb.Index, tb.Span)
		}
		for _, c := range tb.Cells {
			if !in(c.Span) {
				return fmt.Errorf("table %d cell span %v outside text", i, c.Span)
			}
			if c.Row < 0 || c.Col < 0 || c.RowSpan < 1 || c.ColSpan < 1 || c.Row+c.RowSpan > tb.Rows || c.Col+c.ColSpan > tb.Cols {
				return fmt.Errorf("table %d (%dx%d): cell r%dc%d %dx%d out of bounds", i, tb.Rows, tb.Cols, c.Row, c.Col, c.RowSpan, c.ColSpan)
			}
			if tb.At(c.Row, c.Col) != c {
				return fmt.Errorf("table %d: At(%d,%d) is not the cell anchored there", i, c.Row, c.Col)
			}
			for r := c.Row; r < c.Row+c.RowSpan; r++ {
				for col := c.Col; col < c.Col+c.ColSpan; col++ {
					if got := tb.At(r, col); got == nil {
						return fmt.Errorf("table %d: At(%d,%d) inside cell r%dc%d %dx%d is nil", i, r, col, c.Row, c.Col, c.RowSpan, c.ColSpan)
					}
				}
			}
			for _, r := range c.Runs {
				if r.Offset < c.Span.Start || r.Offset > c.Span.End {
					return fmt.Errorf("run offset %d outside cell span %v", r.Offset, c.Span)
				}
			}
		}
		for r := 0; r < tb.Rows; r++ {
			for col := 0; col < tb.Cols; col++ {
				if c := tb.At(r, col); c != nil && (r < c.Row || r >= c.Row+c.RowSpan || col < c.Col || col >= c.Col+c.ColSpan) {
					return fmt.Errorf("table %d: At(%d,%d) returns cell r%dc%d %dx%d that does not cover it", i, r, col, c.Row, c.Col, c.RowSpan, c.ColSpan)
				}
			}
		}
	}
	return nil
}

func TestErrors(t *testing.T) {
	good := pkg{body: p("正文")}.build()
	bomb := pkg{body: p(strings.Repeat("0", 8<<20))}.build()
	deep := pkg{body: strings.Repeat("<w:sdt><w:sdtContent>", 400) + p("x") + strings.Repeat("</w:sdtContent></w:sdt>", 400)}.build()
	tests := []struct {
		name string
		data []byte
		opt  Options
		want error
	}{
		{"not a zip", []byte("这不是压缩包"), Options{}, ErrNotZip},
		{"empty", nil, Options{}, ErrNotZip},
		{"legacy doc", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), Options{}, ErrNotZip},
		{"encrypted", append(append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...), Options{}, ErrEncrypted},
		{"truncated zip", good[:len(good)/2], Options{}, ErrCorrupt},
		{"no document", pkg{main: "xl/workbook.xml", ct: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", noRels: true, body: p("x")}.build(), Options{}, ErrNoDocument},
		{"zip bomb ratio", bomb, Options{}, ErrTooLarge},
		{"total limit", good, Options{MaxUncompressed: 100}, ErrTooLarge},
		{"too deep", deep, Options{}, ErrTooDeep},
		{"deep within limit", deep, Options{MaxDepth: 2000}, nil},
		{"paragraph too long", pkg{body: p(strings.Repeat("字", 100))}.build(), Options{MaxCellBytes: 200}, ErrTooLarge},
		{"cell too long", pkg{body: tbl(tr("", tc("", p(strings.Repeat("a", 150))+p(strings.Repeat("b", 150)))))}.build(), Options{MaxCellBytes: 200}, ErrTooLarge},
		{"broken main part", pkg{doc: "<w:document><w:body><w:p></w:r>"}.build(), Options{}, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseBytes(t, tt.data, tt.opt)
			if tt.want == nil {
				if err != nil || d == nil {
					t.Fatalf("err = %v", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if d != nil {
				t.Errorf("document returned with a rejecting error")
			}
		})
	}
}

func TestCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	data := pkg{body: strings.Repeat(p("段落"), 5000)}.build()
	_, err := Parse(ctx, bytes.NewReader(data), int64(len(data)), "x.docx", Options{})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestPartial: damaged secondary parts and a main part that breaks off keep
// the text read so far, with the problem in Document.Errors.
func TestPartial(t *testing.T) {
	full := wrap("document", "<w:body>"+p("第一段")+tbl(tr("", tc("", "格1"), tc("", "格2")), tr("", tc("", "格3")))+p("第三段")+"</w:body>")
	cut := full[:strings.Index(full, "格3")+len("格3")]
	tests := []struct {
		name     string
		pkg      pkg
		contains []string
	}{
		{"truncated main part", pkg{doc: cut}, []string{"第一段", "格1", "格3"}},
		{"damaged numbering", pkg{numbering: `<w:abstractNum w:abstractNumId="0">` + lvl(0, 1, "decimal", "%1.") + `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num`, body: pp(numPr(1, 0), "标题") + p("正文")}, []string{"1. 标题", "正文"}},
		{"damaged footnotes", pkg{footnotes: `<w:footnote w:id="1"><w:p><w:r><w:t>注</w:t></w:r>`, body: p("正文")}, []string{"正文", "注"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := parseBytes(t, tt.pkg.build(), Options{})
			if err != nil {
				t.Fatalf("err = %v, want a partial document", err)
			}
			checkInvariants(t, d)
			if len(d.Errors) == 0 {
				t.Errorf("no error recorded")
			}
			for _, e := range d.Errors {
				if !errors.Is(e, ErrCorrupt) {
					t.Errorf("recorded error %v does not wrap ErrCorrupt", e)
				}
			}
			for _, s := range tt.contains {
				if !strings.Contains(d.Text, s) {
					t.Errorf("missing %q in %q", s, d.Text)
				}
			}
		})
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    int
		fmt  string
		want string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},
		{20, "chineseCounting", "二十"}, {35, "chineseCounting", "三十五"}, {101, "chineseCounting", "一〇一"},
		{101, "chineseCountingThousand", "一百零一"}, {1010, "chineseCountingThousand", "一千零一十"}, {110, "chineseCountingThousand", "一百一十"},
		{3, "ideographTraditional", "丙"}, {11, "ideographTraditional", "甲"},
		{1, "decimalEnclosedCircle", "①"}, {20, "decimalEnclosedCircle", "⑳"}, {21, "decimalEnclosedCircle", "21"},
		{1, "upperLetter", "A"}, {27, "lowerLetter", "aa"}, {4, "upperRoman", "IV"}, {1994, "lowerRoman", "mcmxciv"},
		{12, "decimalFullWidth", "１２"}, {7, "decimalZero", "07"}, {12, "chineseLegalSimplified", "壹拾贰"}, {5, "unknownFormat", "5"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v, tt.fmt); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.v, tt.fmt, got, tt.want)
		}
	}
}

func TestNumberPattern(t *testing.T) {
	tests := []struct {
		in    string
		level int
		label string
	}{
		{"一、基本情况", 1, "一、"}, {"十二、其他", 1, "十二、"}, {"（一）收入", 2, "（一）"}, {"(二)支出", 2, "(二)"},
		{"1.财政拨款", 3, "1."}, {"12、项目", 3, "12、"}, {"１．全角", 3, "１．"}, {"（1）细项", 4, "（1）"},
		{"1.5万元", 0, ""}, {"一是加强管理", 0, ""}, {"（一", 0, ""}, {"2022年", 0, ""},
	}
	for _, tt := range tests {
		l, lab := numberPattern(tt.in)
		if l != tt.level || lab != tt.label {
			t.Errorf("numberPattern(%q) = %d %q, want %d %q", tt.in, l, lab, tt.level, tt.label)
		}
	}
}

// TestHostileGrid: absurd spans are clamped, cells past the width limit
// dropped, and nothing explodes.
func TestHostileGrid(t *testing.T) {
	wide := `<w:gridSpan w:val="100000"/>`
	data := pkg{body: tbl(
		tr(`<w:gridBefore w:val="99999999"/>`, tc("", "远")),
		tr("", tc(wide, "宽1"), tc(wide, "宽2"), tc(span2, "宽3")),
		tr("", tc("", "正常")),
	) + p("表后")}.build()
	d, err := parseBytes(t, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	tb := d.Tables[0]
	if tb.Cols > maxGrid {
		t.Errorf("cols = %d, over %d", tb.Cols, maxGrid)
	}
	if strings.Contains(d.Text, "宽2") || !strings.Contains(d.Text, "宽1") || !strings.Contains(d.Text, "表后") {
		t.Errorf("text %q", d.Text)
	}
	if got := d.CellText(tb, 2, 0); got != "正常" {
		t.Errorf("At(2,0) = %q", got)
	}
}
