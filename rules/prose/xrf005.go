package prose

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// XRF005 checks the scale of a prose amount against the report's own
// tables: a figure of the body's money that is a hundred times the largest
// amount any of its tables shows, and fits among them read one unit of
// money down (亿元 as 万元, 万元 as 元), is written in the wrong unit.
var XRF005 = &audit.Rule{
	ID:       "XRF005",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "金额的量级与全文表格不符（单位疑误）",
		TitleEN: "An amount's scale does not fit the report's tables (unit written wrong?)",
		Explain: "正文中本单位收支、资金、预算、债务一类的金额（名称含支出、收入、经费、资金、拨款、预算、债券、债务、结余、结转），" +
			"折合万元后超过全文各表中最大金额的100倍（以万元写的不少于10亿元，以亿元写的不少于1000亿元），而按低一级的货币单位（亿元读作万元、万元读作元）读时不超过该最大金额的，" +
			"报告为单位写错（“全年新增政府债券25083.00亿元”，而表中最大金额为33万余万元）。" +
			"表中金额不足20个、句中写明全国、全省、中央等更大范围的，不检查；与表格同名行的比较由 XRF001 进行。",
		ExplainEN: "A prose amount of the body's own money (its name says 支出, 收入, 经费, 资金, 拨款, 预算, 债券, 债务, 结余 or 结转) " +
			"that is more than a hundred times the largest amount in the report's tables, in 万元 (at least 10亿元 written in 万元, 1000亿元 written in 亿元), and within that largest amount " +
			"when read one unit of money down (亿元 as 万元, 万元 as 元), is reported as written in the wrong unit " +
			"(\"全年新增政府债券25083.00亿元\" in a report whose largest table amount is some 330,000万元). " +
			"Reports with fewer than 20 table amounts, and sentences naming a wider scope (全国, 全省, 中央), are not checked; " +
			"comparisons with a row of the same name are XRF001's.",
		Bad:  "全年新增政府债券25083.00亿元（全文表格最大金额 339589.74万元）",
		Good: "全年新增政府债券25083.00万元",
	},
	Run: runXRF005,
}

// moneyWords name the body's own money; widerScopes a wider scope whose
// amounts dwarf the body's.
var (
	moneyWords  = []string{"支出", "收入", "经费", "资金", "拨款", "预算", "债券", "债务", "结余", "结转"}
	widerScopes = []string{"全国", "全省", "全区", "省级", "中央", "国家", "全社会"}
)

// minSlip is, by unit, the least amount (in 万元) XRF005 reads as a unit
// slip: 10亿元 written in 万元 (a 元 figure of ten digits), 1000亿元 written
// in 亿元, which a county's or a department's report does not reach.
var minSlip = map[string]float64{"万元": 1e5, "亿元": 1e7}

func runXRF005(p *audit.Pass) {
	cfs := xrefFactsOf(p).allCellFacts()
	largest, n := 0.0, 0 // the largest table amount, in 万元, and the number of amounts
	var top *cellFacts   // the cell showing it
	for i := range cfs {
		cf := &cfs[i]
		if cf.percent || !cf.known || !figures.IsMoneyUnit(cf.unit) {
			continue
		}
		w, ok := inWan(cf.number().Float(), cf.unit)
		if !ok {
			continue
		}
		n++
		if math.Abs(w) > largest {
			largest, top = math.Abs(w), cf
		}
	}
	if n < 20 || largest <= 0 {
		return
	}
	for _, u := range proseUnits(p).units {
		for i := range u.st.Quantities {
			q := &u.st.Quantities[i]
			if q.Approx || q.Chinese || q.Percent || q.Mant <= 0 || q.Label == "" || !cjk.ContainsAnyOf(q.Label, moneyWords...) {
				continue
			}
			w, ok := inWan(q.Float(), q.Unit)
			down, okd := lowerMoneyUnit(q.Unit)
			if !ok || !okd || w <= 100*largest || w/1e4 > largest || w < minSlip[q.Unit] {
				continue // (smaller, a slip is not told from a wider scope's figure: 全市旅游综合收入186.42亿元)
			}
			sent := u.sentenceOf(q.Start)
			if cjk.ContainsAnyOf(u.text[sent.Start:q.End], widerScopes...) {
				continue
			}
			reportScale(p, u, q, down, largest, top)
		}
	}
}

// inWan returns v, in money unit unit (元, 万元, 亿元), in 万元.
func inWan(v float64, unit string) (float64, bool) {
	e, ok := figures.UnitExp(unit)
	if !ok {
		return 0, false
	}
	return v * math.Pow(10, float64(e-4)), true
}

// lowerMoneyUnit returns the unit of money 10⁴ below unit.
func lowerMoneyUnit(unit string) (string, bool) {
	switch unit {
	case "亿元":
		return "万元", true
	case "万元":
		return "元", true
	}
	return "", false
}

// reportScale reports q, written in the unit above want, against the
// largest table amount (in 万元), shown in cell top.
func reportScale(p *audit.Pass, u *unit, q *figures.Quantity, want string, largest float64, top *cellFacts) {
	most := strconv.FormatFloat(largest, 'f', 2, 64)
	where := fmt.Sprintf("表%d「%s」", top.table().Number, strings.TrimSpace(top.r.Label))
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*q),
		Expr:       fmt.Sprintf("%s > 100 × %s万元", show(*q), most),
		Expected:   q.String() + want,
		Actual:     show(*q),
		Confidence: 0.6,
		Related:    []model.Span{top.span()},
	}
	f.Message = fmt.Sprintf("「%s%s」超过全文表格中最大金额（%s %s万元）的100倍，按 %s%s 读则与各表量级相符：疑为单位写错（应为%s）。",
		q.Label, show(*q), where, most, q.String(), want, want)
	f.MessageEN = fmt.Sprintf("%s %s is over a hundred times the largest amount in the report's tables (%s, %s万元); read as %s%s it fits them: the unit is probably wrong (%s).",
		q.Label, show(*q), where, most, q.String(), want, want)
	locate(p, u, &f, q.Start)
	p.Report(f)
}
