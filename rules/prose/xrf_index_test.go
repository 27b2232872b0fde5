package prose

import (
	"context"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/internal/ruletest"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/parser/text"
	"github.com/crossfoot/crossfoot/tables"
)

// The checks below compare XRF001's indexes and memos with the plain
// scans they replace, on every figure of a document.

// indexDocs returns the seed report in both formats, a few synthetic
// reports and the fixtures.
func indexDocs(t *testing.T) []*model.Document {
	t.Helper()
	docs := oracleDocs(t)
	for _, path := range ruletest.Files(t, "testdata") {
		docs = append(docs, ruletest.Load(t, path).Doc(t))
	}
	return docs
}

// fuzzDoc parses src as a text report, nil when it is not one.
func fuzzDoc(src string) *model.Document {
	d, err := text.ParseBytes(context.Background(), []byte(src), "fuzz.txt", text.Options{})
	if err != nil {
		return nil
	}
	return d
}

// indexSeeds are text reports for the fuzz targets: a comparison with
// last year's figure, a bundle of projects, an item row named in a
// sentence.
var indexSeeds = []string{
	"一、支出情况\n公用经费125.93万元，比上年减少7.22万元，下降5.4%。\n\n表1 支出情况表\n单位：万元\n项目 | 上年数 | 本年数 | 增减额 | 增减率（%）\n公用经费 | 125.93 | 118.71 | -7.22 | -5.4\n合计 | 2431.73 | 2241.62 | -190.11 | -7.82\n",
	"一、甲项目\n项目支出1,234.50万元，执行率95.10%。\n二、乙项目\n项目支出88.00万元。\n\n表1 甲项目支出绩效自评表\n单位：万元\n项目 | 支出 | 执行率（%）\n项目支出 | 1234.5 | 95.1\n\n表2 乙项目支出绩效自评表\n单位：万元\n项目 | 支出\n项目支出 | 80\n",
	"审减金额较大的为堤防工程施工一标段，送审1200万元，审减率5.07%。\n\n表1 结算审核情况\n单位：万元\n项目 | 送审 | 审减率（%）\n堤防工程施工一标段 | 1200 | 5.07\n合计 | 3000 | 4.2\n",
}

// notOthersTablesAgree checks notOthersTables, which reads each table's
// title once, against a filter of the matches by othersTable, for each
// figure of doc under the heading items of the document's tables.
func notOthersTablesAgree(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs := x.allCellFacts()
		var ix cellIndex
		ix.reset(cfs, &x.cellLabels, len(x.proseLabels.labels))
		for i := range x.prose {
			f := &x.prose[i]
			ms := ix.matches(f.lbl, x.label(f))
			item, kind := x.headingItem(f)
			pairs := [][2]string{{item, kind}}
			for _, tb := range x.tables.Tables {
				if k := strings.Index(tb.Title, "表"); k > 0 {
					pairs = append(pairs, [2]string{tb.Title[:k], "表"}, [2]string{"", tb.Title[k:]})
				}
			}
			for _, pr := range pairs {
				var want []match
				for _, m := range ms {
					if !othersTable(m.cf.blk.Table.Title, pr[0], pr[1]) {
						want = append(want, m)
					}
				}
				if got := notOthersTables(ms, pr[0], pr[1]); len(got) != len(want) || len(want) > 0 && !slices.Equal(got, want) {
					t.Fatalf("notOthersTables(%q, %q, %q) keeps %d matches; a plain filter %d", f.q.Label, pr[0], pr[1], len(got), len(want))
				}
			}
		}
	}}})
}

// TestNotOthersTables checks notOthersTables on the seed, synthetic
// reports and the fixtures.
func TestNotOthersTables(t *testing.T) {
	for _, doc := range indexDocs(t) {
		notOthersTablesAgree(t, doc)
	}
}

// FuzzNotOthersTables checks notOthersTables on text reports.
func FuzzNotOthersTables(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			notOthersTablesAgree(t, d)
		}
	})
}

// lastYearRowsAgree checks lastYearRow over the rows yearRowsByShown
// gives for a comparison's figure against lastYearRow over all yearRows,
// for each comparison of doc with a current figure, read by its change
// and by its rate, with and without its chain's item.
func lastYearRowsAgree(t *testing.T, doc *model.Document) int {
	n := 0
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		all, byShown := yearRows(x.tables), yearRowsByShown(x.tables)
		for _, u := range units(p) {
			for k := range u.st.Comparisons {
				c := &u.st.Comparisons[k]
				if c.Cur == nil {
					continue
				}
				byRate := c.Diff == nil
				for _, item := range [...]string{"", labelChainItem(c.Cur.Label), c.Cur.Label} {
					for _, byTriple := range [...]bool{false, true} {
						h1, c1, n1, k1 := lastYearRow(byShown[shownKey{c.Cur.Mant, c.Cur.Dec}], c, item, byRate, byTriple)
						h2, c2, n2, k2 := lastYearRow(all, c, item, byRate, byTriple)
						if k1 != k2 || n1 != n2 || h1.Row != h2.Row || h1.Column != h2.Column || c1.Column != c2.Column {
							t.Fatalf("lastYearRow(%q, %q, %v, %v): by the index %d rows, row %v; over all rows %d, row %v", show(*c.Cur), item, byRate, byTriple, k1, h1.Row, k2, h2.Row)
						}
						n++
					}
				}
			}
		}
	}}})
	return n
}

// TestLastYearRow checks lastYearQuoted's index on the seed, synthetic
// reports and the fixtures.
func TestLastYearRow(t *testing.T) {
	n := 0
	for _, doc := range indexDocs(t) {
		n += lastYearRowsAgree(t, doc)
	}
	if n < 100 {
		t.Errorf("only %d comparisons checked", n)
	}
}

// FuzzLastYearRow checks lastYearQuoted's index on text reports.
func FuzzLastYearRow(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			lastYearRowsAgree(t, d)
		}
	})
}

// plainNamed is itemNames.named without the screen of first runes.
func plainNamed(ix *itemNames, text string, ok func(*tables.Block) bool) bool {
	for i := range text {
		if !utf8.RuneStart(text[i]) {
			continue
		}
		for _, n := range ix.byHead[cjk.FirstRunes(text[i:], 2)] {
			if strings.HasPrefix(text[i:], n.name) && ok(n.blk) {
				return true
			}
		}
	}
	return false
}

// itemNamesAgree checks itemNames.named against plainNamed on the text
// before each figure of doc's sentences, for every block and for each
// block in turn.
func itemNamesAgree(t *testing.T, doc *model.Document, extra ...string) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		var ix itemNames
		var blocks []*tables.Block
		for _, tb := range x.tables.Tables {
			for _, b := range tb.Blocks {
				ix.add(b)
				blocks = append(blocks, b)
			}
		}
		texts := extra
		for _, u := range units(p) {
			for _, q := range u.st.Quantities {
				texts = append(texts, u.text[u.sentenceOf(q.Start).Start:q.Start])
			}
		}
		oks := []func(*tables.Block) bool{func(*tables.Block) bool { return true }}
		for _, b := range blocks {
			oks = append(oks, func(o *tables.Block) bool { return o != b })
		}
		for _, s := range texts {
			for k, ok := range oks {
				if got, want := ix.named(s, ok), plainNamed(&ix, s, ok); got != want {
					t.Fatalf("named(%q) with test %d = %v; a plain scan %v", s, k, got, want)
				}
			}
		}
	}}})
}

// TestItemNames checks itemNames.named on the seed, synthetic reports and
// the fixtures.
func TestItemNames(t *testing.T) {
	for _, doc := range indexDocs(t) {
		itemNamesAgree(t, doc)
	}
}

// FuzzItemNames checks itemNames.named on a text report and a sentence.
func FuzzItemNames(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s, "审减金额较大的为堤防工程施工一标段，")
	}
	f.Fuzz(func(t *testing.T, src, s string) {
		if d := fuzzDoc(src); d != nil {
			itemNamesAgree(t, d, s)
		}
	})
}

// TestByMant checks that the index of the cells by their digits, made
// once per document, is mantIndex of the cells.
func TestByMant(t *testing.T) {
	for _, doc := range indexDocs(t) {
		audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
			x := xrefFactsOf(p)
			if got, want := x.byMant(), mantIndex(x.allCellFacts(), nil); !slices.Equal(got, want) {
				t.Fatalf("byMant = %v; mantIndex %v", got, want)
			}
		}}})
	}
}

// rangeHolds checks that rangeOf(scaleOf(n, unit)), when it has a range,
// holds the exact interval scaledInterval gives.
func rangeHolds(t *testing.T, n figures.Number, unit string) {
	r := rangeOf(scaleOf(n, unit))
	if !r.ok {
		return
	}
	iv, ok := scaledInterval(n, unit)
	if !ok {
		t.Fatalf("rangeOf(%v %q) has a range; scaledInterval none", n, unit)
	}
	lo, hi := new(big.Rat).SetFloat64(r.lo), new(big.Rat).SetFloat64(r.hi)
	if lo == nil || hi == nil || lo.Cmp(iv.Lo) > 0 || hi.Cmp(iv.Hi) < 0 {
		t.Fatalf("rangeOf(%v %q) = [%g, %g]; the interval is [%s, %s]", n, unit, r.lo, r.hi, iv.Lo.FloatString(20), iv.Hi.FloatString(20))
	}
}

// TestRangeOf checks that value ranges hold the intervals of figures of
// every size and precision, in units of money, in percent and in 倍.
func TestRangeOf(t *testing.T) {
	mants := []int64{0, 1, -1, 7, 99, 12345, -1099_52, 1 << 53, 1<<53 + 1, 999_999_999_999_999_999, -999_999_999_999_999_999, 4611686018427387903 / 2}
	for _, m := range mants {
		for _, dec := range []int{0, 1, 2, 4, 6, 17, 36} {
			for _, unit := range []string{"元", "万元", "亿元", "千元", "%", "倍"} {
				for _, exact := range []bool{false, true} {
					rangeHolds(t, figures.Number{Kind: figures.Value, Mant: m, Dec: dec, Percent: unit == "%", Exact: exact}, unit)
				}
			}
		}
	}
}

// FuzzRangeOf checks that value ranges hold the intervals of figures.
func FuzzRangeOf(f *testing.F) {
	f.Add(int64(109952), uint8(2), uint8(1), false)
	f.Add(int64(-1)<<60, uint8(36), uint8(4), true)
	f.Fuzz(func(t *testing.T, mant int64, dec, unit uint8, exact bool) {
		units := [...]string{"元", "万元", "亿元", "千元", "%", "倍"}
		u := units[int(unit)%len(units)]
		rangeHolds(t, figures.Number{Kind: figures.Value, Mant: mant, Dec: int(dec % 40), Percent: u == "%", Exact: exact}, u)
	})
}

// TestPow10f checks pow10f against math.Pow, within its table and past it.
func TestPow10f(t *testing.T) {
	for k := -60; k <= 60; k++ {
		if got, want := pow10f(k), math.Pow(10, float64(k)); got != want {
			t.Errorf("pow10f(%d) = %v; math.Pow %v", k, got, want)
		}
	}
}

// FuzzPow10f checks pow10f against math.Pow.
func FuzzPow10f(f *testing.F) {
	f.Add(int16(-4))
	f.Fuzz(func(t *testing.T, k int16) {
		if got, want := pow10f(int(k)), math.Pow(10, float64(k)); got != want && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Fatalf("pow10f(%d) = %v; math.Pow %v", k, got, want)
		}
	})
}

// plainNamesARow is namesARow without the row names made once per block.
func plainNamesARow(m *partMemo, f *pfig, b *tables.Block) bool {
	if f.sentScopeIdx >= 0 {
		w := scopeWords[f.sentScopeIdx]
		for _, r := range b.Rows {
			if !r.Total && cjk.Contains(r.Label, w) {
				return true
			}
		}
	}
	for _, row := range b.Rows {
		if row.Total || row.Group {
			continue
		}
		l := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(row.Label, row.Marker)), "其中："))
		r, _ := utf8.DecodeRuneInString(l)
		if h := uint(r) & 255; m.runes[h>>6]&(1<<(h&63)) != 0 && utf8.RuneCountInString(l) >= 2 && containsOwn(m.clause, l) {
			return true
		}
	}
	return false
}

// namesARowAgree checks namesARow against plainNamesARow for each figure
// of doc and each block, the figures asked in turn with one memo.
func namesARowAgree(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		var m partMemo
		for i := range x.prose {
			f := &x.prose[i]
			m.setFigure(f)
			for _, tb := range x.tables.Tables {
				for _, b := range tb.Blocks {
					if got, want := m.namesARow(f, b), plainNamesARow(&m, f, b); got != want {
						t.Fatalf("namesARow(%q, %q) = %v; a plain scan %v", f.q.Label, tb.Title, got, want)
					}
				}
			}
		}
	}}})
}

// TestNamesARow checks namesARow on the seed, synthetic reports and the
// fixtures.
func TestNamesARow(t *testing.T) {
	for _, doc := range indexDocs(t) {
		namesARowAgree(t, doc)
	}
}

// FuzzNamesARow checks namesARow on text reports.
func FuzzNamesARow(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			namesARowAgree(t, d)
		}
	})
}

// transposedAgrees checks transposed against figures.Diagnose.
func transposedAgrees(t *testing.T, a, b figures.Number) {
	if got, want := transposed(a, b), figures.Diagnose(a, b).Slip == figures.Transposed; got != want {
		t.Fatalf("transposed(%v, %v) = %v; Diagnose says %v", a, b, got, want)
	}
}

// TestTransposed checks transposed on swaps, other slips and edge figures.
func TestTransposed(t *testing.T) {
	mants := []int64{0, 1, 12, 21, 126_77, 162_77, 1219_60, 1291_60, 9, 90, 1000, 100, -12, -21, 12345, 13245, 12354, math.MaxInt64, math.MinInt64, -math.MaxInt64}
	for _, a := range mants {
		for _, b := range mants {
			for _, decs := range [][2]int{{0, 0}, {2, 2}, {1, 2}} {
				transposedAgrees(t, figures.Number{Kind: figures.Value, Mant: a, Dec: decs[0]}, figures.Number{Kind: figures.Value, Mant: b, Dec: decs[1]})
			}
		}
	}
	transposedAgrees(t, figures.Number{Kind: figures.Dash}, figures.Number{Kind: figures.Value, Mant: 21})
}

// FuzzTransposed checks transposed against figures.Diagnose.
func FuzzTransposed(f *testing.F) {
	f.Add(int64(16277), int64(12677), uint8(2), uint8(2))
	f.Add(int64(math.MinInt64), int64(math.MinInt64), uint8(0), uint8(0))
	f.Fuzz(func(t *testing.T, a, b int64, da, db uint8) {
		transposedAgrees(t, figures.Number{Kind: figures.Value, Mant: a, Dec: int(da % 20)}, figures.Number{Kind: figures.Value, Mant: b, Dec: int(db % 20)})
		// and a with two adjacent digits swapped, at b's place
		if d := []byte(strconv.FormatInt(a, 10)); len(d) > 2 {
			k := 1 + int(uint64(b)%uint64(len(d)-2))
			d[k], d[k+1] = d[k+1], d[k]
			if s, err := strconv.ParseInt(string(d), 10, 64); err == nil {
				transposedAgrees(t, figures.Number{Kind: figures.Value, Mant: a, Dec: int(da % 20)}, figures.Number{Kind: figures.Value, Mant: s, Dec: int(da % 20)})
			}
		}
	})
}

// TestNamesProjectHead checks namesProjectHead against squashSpace.
func TestNamesProjectHead(t *testing.T) {
	for _, s := range []string{"", "项目名称", "项 目 名 称", "　项目名称\n", "项目名", "称", "项目名称（万元）", "名称", "\xe7\xa7"} {
		if got, want := namesProjectHead(s), squashSpace(s) == "项目名称"; got != want {
			t.Errorf("namesProjectHead(%q) = %v; want %v", s, got, want)
		}
	}
}

// FuzzNamesProjectHead checks namesProjectHead against squashSpace.
func FuzzNamesProjectHead(f *testing.F) {
	f.Add("项 目 名 称")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := namesProjectHead(s), squashSpace(s) == "项目名称"; got != want {
			t.Fatalf("namesProjectHead(%q) = %v; want %v", s, got, want)
		}
	})
}

// rangesScreen checks the property that lets agreeing and growthRowOf
// pass over cells by their value ranges: a cell whose range misses a
// figure's does not overlap it (scaledOverlap), for each figure of doc's
// prose and each cell, and for each figure's negative.
func rangesScreen(t *testing.T, doc *model.Document) int {
	n := 0
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs, ranges := x.allCellFacts(), x.ranges()
		for _, u := range units(p) {
			for _, q := range u.st.Quantities {
				for _, q := range [...]figures.Quantity{q, func() figures.Quantity { q.Mant = -q.Mant; return q }()} {
					iv := scaleOf(q.Number, q.Unit)
					ar := rangeOf(iv)
					if !ar.ok {
						continue
					}
					for i := range cfs {
						cf := &cfs[i]
						if !ranges[i].ok || ranges[i].meets(ar) {
							continue
						}
						n++
						if scaledOverlap(&iv, q.Number, q.Unit, &cf.iv, cf.number(), cf.unit) {
							t.Fatalf("%s%s overlaps the cell %s%s, whose range [%g, %g] misses its [%g, %g]", q.Number, q.Unit, cf.number(), cf.unit, ranges[i].lo, ranges[i].hi, ar.lo, ar.hi)
						}
					}
				}
			}
		}
	}}})
	return n
}

// TestRangesScreen checks value ranges on the seed, synthetic reports and
// the fixtures.
func TestRangesScreen(t *testing.T) {
	n := 0
	for _, doc := range indexDocs(t) {
		n += rangesScreen(t, doc)
	}
	if n < 1000 {
		t.Errorf("only %d pairs screened", n)
	}
}

// FuzzRangesScreen checks value ranges on text reports.
func FuzzRangesScreen(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Add("收入12345元；支出1.23万元，调减0.01亿元。\n\n表1\n项目 | 金额（万元） | 比率（%）\n收入 | 1.2345 | 12.5\n支出 | -1.23 | 0.999\n")
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			rangesScreen(t, d)
		}
	})
}

// figureMemoAgrees checks XRF002's figureMemo against grandOrCumulative,
// budgetKindAt and sectionOf for each figure of doc, asked last to first
// and then first to last.
func figureMemoAgrees(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		var m figureMemo
		m.reset(x)
		n := len(x.prose)
		for k := range 2 * n {
			i := int32(n - 1 - k)
			if k >= n {
				i = int32(k - n)
			}
			f := &x.prose[i]
			if got, want := m.grand(x, i), grandOrCumulative(f.q.Lead); got != want {
				t.Fatalf("grand(%q) = %q; want %q", f.q.Lead, got, want)
			}
			if got, want := m.kind(p.Doc, x, i), budgetKindAt(p.Doc, f.u); got != want {
				t.Fatalf("kind(%q) = %q; want %q", f.q.Label, got, want)
			}
			if got, want := m.section(p.Doc, x, i), sectionOf(p.Doc, f.u); got != want {
				t.Fatalf("section(%q) = %q; want %q", f.q.Label, got, want)
			}
		}
	}}})
}

// TestFigureMemo checks figureMemo on the seed, synthetic reports and the
// fixtures.
func TestFigureMemo(t *testing.T) {
	for _, doc := range indexDocs(t) {
		figureMemoAgrees(t, doc)
	}
}

// FuzzFigureMemo checks figureMemo on text reports.
func FuzzFigureMemo(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Add("一、一般公共预算\n（一）收入。收入总计100.00万元，累计支出90.00万元。\n二、政府性基金预算\n（二）收入。收入总计80.00万元。\n")
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			figureMemoAgrees(t, d)
		}
	})
}

// quoteScanAgrees checks quoteScan against inQuotedStandard at every
// offset of s in order, then at offsets out of order.
func quoteScanAgrees(t *testing.T, s string) {
	q := quoteScan{s: s, last: -1}
	ats := make([]int, 0, 2*len(s)+2)
	for at := 0; at <= len(s); at++ {
		ats = append(ats, at)
	}
	for at := len(s); at >= 0; at -= 3 {
		ats = append(ats, at)
	}
	for _, at := range ats {
		if got, want := q.inStandard(at), inQuotedStandard(s, at); got != want {
			t.Fatalf("inStandard(%q, %d) = %v; inQuotedStandard %v", s, at, got, want)
		}
	}
}

// TestQuoteScan checks quoteScan on quotations of standards and of other
// things, marks cut in the middle and quotations left open.
func TestQuoteScan(t *testing.T) {
	for _, s := range []string{
		"",
		"按照“预算执行率达到100%得满分，每低1个百分点扣0.2分”的评分标准，执行率95%。",
		"“年底前支出进度不低于90%”，实际支出进度92%。“三公”经费10万元。",
		"“三公”经费10万元，“不超过20万元",
		"“a”“b不低于5”c6",
		"\xe2\x80“不少于3\xe2\x80\x9d4”5\xe2",
		"—…‘’“控制在5%以内”",
	} {
		quoteScanAgrees(t, s)
	}
}

// FuzzQuoteScan checks quoteScan against inQuotedStandard.
func FuzzQuoteScan(f *testing.F) {
	f.Add("按照“预算执行率达到100%得满分，每低1个百分点扣0.2分”的评分标准")
	f.Add("“a”“b不低于5”c6\xe2\x80")
	f.Fuzz(quoteScanAgrees)
}

// blockHolderAgrees checks blockHolder's memo against holderOf, asking
// for each block of doc twice in a row and then in turn with the first.
func blockHolderAgrees(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		var blocks []*tables.Block
		for _, tb := range x.tables.Tables {
			blocks = append(blocks, tb.Blocks...)
		}
		for k, b := range blocks {
			for _, b := range [...]*tables.Block{b, b, blocks[0], blocks[k]} {
				if got, want := x.blockHolder(b), holderOf(b.Title+b.Table.Title); got != want {
					t.Fatalf("blockHolder(%q) = %d; holderOf %d", b.Table.Title, got, want)
				}
			}
		}
	}}})
}

// holderSeed is a report with tables of two holders of assets.
const holderSeed = "（二）金融企业国有资产情况\n资产总额100.00万元。\n\n表1 金融企业国有资产情况\n单位：万元\n项目 | 金额\n资产总额 | 100\n\n表2 行政事业单位国有资产情况\n单位：万元\n项目 | 金额\n资产总额 | 90\n"

// TestBlockHolder checks blockHolder on the seed, synthetic reports, the
// fixtures and a report of two holders.
func TestBlockHolder(t *testing.T) {
	for _, doc := range append(indexDocs(t), ruletest.Text(t, "holders.txt", holderSeed)) {
		blockHolderAgrees(t, doc)
	}
}

// FuzzBlockHolder checks blockHolder on text reports.
func FuzzBlockHolder(f *testing.F) {
	f.Add(holderSeed)
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			blockHolderAgrees(t, d)
		}
	})
}

// plainCellsByExactName is cellsByExactName as a map appended to cell by
// cell.
func plainCellsByExactName(x *xrefFacts, cfs []cellFacts) map[string][]int32 {
	m := map[string][]int32{}
	for k := range cfs {
		cf := &cfs[k]
		if cf.percent || !cf.known {
			continue
		}
		row := ""
		if cf.rowNamed() {
			row = x.cellLabels.labels[cf.rowLbl].S
			m[row] = append(m[row], int32(k))
			if t, ok := strings.CutSuffix(row, "合计"); ok && cf.r.Total && utf8.RuneCountInString(t) >= 4 {
				m[t] = append(m[t], int32(k))
			}
		}
		if cf.r.Total && !cf.r.Subtotal || !cf.rowNamed() {
			for _, id := range cf.labels() {
				if n := x.cellLabels.labels[id].S; n != row {
					m[n] = append(m[n], int32(k))
					if y := withoutYear(n); y != n {
						m[y] = append(m[y], int32(k))
					}
				}
			}
		}
	}
	return m
}

// exactNamesAgree checks cellsByExactName against plainCellsByExactName
// on doc: the same names, each with the same cells in the same order.
func exactNamesAgree(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		cfs := x.allCellFacts()
		got, want := cellsByExactName(x, cfs), plainCellsByExactName(x, cfs)
		if len(got.ids) != len(want) {
			t.Fatalf("cellsByExactName has %d names; a plain map %d", len(got.ids), len(want))
		}
		for n, cells := range want {
			if !slices.Equal(got.of(n), cells) {
				t.Fatalf("cellsByExactName(%q) = %v; a plain map %v", n, got.of(n), cells)
			}
		}
	}}})
}

// TestExactNames checks cellsByExactName on the seed, synthetic reports
// and the fixtures.
func TestExactNames(t *testing.T) {
	for _, doc := range indexDocs(t) {
		exactNamesAgree(t, doc)
	}
}

// FuzzExactNames checks cellsByExactName on text reports.
func FuzzExactNames(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Add("表1 收支情况\n单位：万元\n项目 | 2023年节约资金 | 一般公共预算支出合计\n一般公共预算支出合计 | 5 | 6\n合计 | 5 | 6\n")
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			exactNamesAgree(t, d)
		}
	})
}

// rowColumnHeadsHold checks what lets namedByWords pass over a clause or
// a label whose first two runes start no key: every key of the memo's
// byName and byLabel has its first two runes in nameHeads and labelHeads.
func rowColumnHeadsHold(t *testing.T, doc *model.Document) {
	audit.Run(doc, []*audit.Rule{{ID: "T", Run: func(p *audit.Pass) {
		x := xrefFactsOf(p)
		var m rowColumnMemo
		m.make(x, x.allCellFacts())
		for k := range m.byName {
			if !m.nameHeads[cjk.FirstRunes(k, 2)] {
				t.Fatalf("byName key %q: its head is not in nameHeads", k)
			}
		}
		for k := range m.byLabel {
			if !m.labelHeads[cjk.FirstRunes(k, 2)] {
				t.Fatalf("byLabel key %q: its head is not in labelHeads", k)
			}
		}
	}}})
}

// TestRowColumnHeads checks the heads on the seed, synthetic reports and
// the fixtures.
func TestRowColumnHeads(t *testing.T) {
	for _, doc := range indexDocs(t) {
		rowColumnHeadsHold(t, doc)
	}
}

// FuzzRowColumnHeads checks the heads on text reports.
func FuzzRowColumnHeads(f *testing.F) {
	for _, s := range indexSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if d := fuzzDoc(src); d != nil {
			rowColumnHeadsHold(t, d)
		}
	})
}
