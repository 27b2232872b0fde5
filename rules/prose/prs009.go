package prose

import (
	"fmt"
	"strings"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
)

// PRS009 checks a per-head figure against the total and the head count
// written before it in its sentence.
var PRS009 = &audit.Rule{
	ID:       "PRS009",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "人均、生均数与总额÷人数不符",
		TitleEN: "A per-head figure differs from the total divided by the head count",
		Explain: "“公用经费支出5,402.37万元，在校学生59,936人，生均公用经费901.36元”中，生均（人均、户均）数应等于同一句前面写出的" +
			"同名总额 ÷ 人数（户数），单位换算后按显示精度比较；总额也可写在紧随其后的括号中（“生均公用经费为1,586.36元（公用经费430.20万元÷在校学生数）”）。句中人数不止一个、或找不到名称相符的总额时不检查。写作“元/月”（或“月人均”“每月”）的人均数按总额 ÷ 人数 ÷ 12 核对。",
		ExplainEN: "In \"公用经费支出X万元，在校学生N人，生均公用经费Y元\" the per-head (人均, 生均, 户均) figure must equal the total " +
			"of the same name written before it in the sentence divided by the head count, after unit conversion; the total may be written in a bracket right after it (\"生均公用经费为1,586.36元（公用经费430.20万元÷在校学生数）\"). A sentence " +
			"with more than one count, or no total of that name, is not checked. A per-head figure written 元/月 (or 月人均, 每月) is checked as the total ÷ the count ÷ 12.",
		Bad:  "公用经费支出5,402.37万元，在校学生59,936人，生均公用经费846.13元。",
		Good: "公用经费支出5,402.37万元，在校学生59,936人，生均公用经费901.36元。",
	},
	Run: runPRS009,
}

// perHeadWords open a per-head figure's label; headUnits are the units of
// the counts each divides by.
var perHeadWords = [...]struct{ word, units string }{
	{"生均", "人名"}, {"人均", "人名"}, {"户均", "户"},
}

func runPRS009(p *audit.Pass) {
	// every paragraph with a figure: a per-head sentence states nothing
	// else the statement analysis looks for
	for _, u := range proseUnits(p).units {
		qs := u.st.Quantities
		for i := range qs {
			avg := &qs[i]
			if avg.Approx || avg.Percent || !figures.IsMoneyUnit(avg.Unit) {
				continue
			}
			key, heads := perHeadKey(avg.Label)
			if key == "" {
				continue
			}
			sent := u.sentenceOf(avg.Start)
			var total, count *figures.Quantity
			counts := 0
			for k := range qs[:i] {
				o := &qs[k]
				if o.Start < sent.Start || o.Approx || o.Percent {
					continue
				}
				switch {
				case o.Unit != "" && cjk.Contains(heads, o.Unit) && o.Dec == 0:
					before := u.text[sent.Start:o.Start]
					if cjk.Contains(o.Lead, "其中") || strings.Count(before, "（") > strings.Count(before, "）") {
						continue // a part of the count ("（其中中学21,530人、小学38,406人）")
					}
					if isChangeFigure(o) || comparedWith(u, o) {
						continue // "比2022年的3107人增加77人": the count of another year, and the change
					}
					count = o
					counts++
				case figures.IsMoneyUnit(o.Unit) && cjk.Contains(o.Label, key) && !cjk.Contains(o.Lead, "均") && !cjk.Contains(o.Lead, "每"):
					total = o
				}
			}
			if counts == 1 && total == nil {
				total = bracketedTotal(u, qs, i, key) // "生均公用经费为1,586.36元（公用经费430.20万元÷在校学生数）"
			}
			if counts == 1 && total == nil {
				// "…其中：基本支出2617.28万元…。按在职人员172人计算，人均基本支出
				// 14.07万元": the total named in an earlier sentence of the
				// paragraph, when all its mentions there agree
				total = namedEarlier(qs[:i], sent.Start, key)
			}
			if counts != 1 || total == nil || count.Mant <= 0 {
				continue
			}
			checkPerHead(p, u, avg, total, count)
		}
	}
}

// perHeadKey returns the item a per-head label names ("生均公用经费" →
// 公用经费) and the units of the heads it divides by, or "".
// comparedWith reports whether figure o of u is the base or the change of
// one of its comparisons.
func comparedWith(u *unit, o *figures.Quantity) bool {
	for _, c := range u.st.Comparisons {
		if c.Base != nil && c.Base.Start == o.Start || c.Diff != nil && c.Diff.Start == o.Start {
			return true
		}
	}
	return false
}

// bracketedTotal returns the total a bracket right after per-head figure
// qs[i] divides ("1,586.36元（公用经费430.20万元÷在校学生数）"): the one
// amount of money in it whose label holds key, followed by ÷ or 除以;
// nil otherwise.
func bracketedTotal(u *unit, qs []figures.Quantity, i int, key string) *figures.Quantity {
	rest := u.text[qs[i].End:]
	if !strings.HasPrefix(rest, "（") && !strings.HasPrefix(rest, "(") {
		return nil
	}
	end := strings.IndexAny(rest, "）)")
	if end < 0 {
		return nil
	}
	end += qs[i].End
	var found *figures.Quantity
	for k := i + 1; k < len(qs) && qs[k].End <= end; k++ {
		o := &qs[k]
		if o.Approx || o.Percent || !figures.IsMoneyUnit(o.Unit) || !cjk.Contains(o.Label, key) {
			continue
		}
		after := strings.TrimSpace(u.text[o.End:end])
		if found != nil || !strings.HasPrefix(after, "÷") && !strings.HasPrefix(after, "除以") && !strings.HasPrefix(after, "/") {
			return nil
		}
		found = o
	}
	return found
}

// namedEarlier returns the amount of money before offset at in qs whose
// label holds key, when every such amount has the same value (and no
// year other than the first's); nil otherwise.
func namedEarlier(qs []figures.Quantity, at int, key string) *figures.Quantity {
	var found *figures.Quantity
	for k := range qs {
		o := &qs[k]
		if o.Start >= at || o.Approx || o.Percent || !figures.IsMoneyUnit(o.Unit) || !cjk.Contains(o.Label, key) || cjk.Contains(o.Lead, "均") || cjk.Contains(o.Lead, "每") || isChangeFigure(o) {
			continue
		}
		if found != nil && (found.Mant != o.Mant || found.Dec != o.Dec || found.Unit != o.Unit || found.Year != o.Year) {
			return nil
		}
		found = o
	}
	return found
}

func perHeadKey(label string) (string, string) {
	for _, w := range perHeadWords {
		if k := cjk.Index(label, w.word); k >= 0 {
			key := strings.TrimSpace(label[k+len(w.word):])
			for _, v := range []string{"获得", "享受", "拨付", "安排", "发放"} {
				key = strings.TrimPrefix(key, v)
			}
			// the item without its money word: 救助金额 → 救助 (救助资金)
			for _, v := range []string{"金额", "费用", "资金", "经费", "支出", "补助"} {
				if t := strings.TrimSuffix(key, v); t != key && len([]rune(t)) >= 2 {
					key = t
					break
				}
			}
			if len([]rune(key)) < 2 {
				return "", ""
			}
			return key, w.units
		}
	}
	return "", ""
}

// checkPerHead reports avg when it is not total ÷ count: the average is
// read in the total's unit (846.13元 → 0.084613万元), its digits kept.
func checkPerHead(p *audit.Pass, u *unit, avg, total, count *figures.Quantity) {
	ea, ok1 := figures.UnitExp(avg.Unit)
	et, ok2 := figures.UnitExp(total.Unit)
	if !ok1 || !ok2 || et < ea {
		return
	}
	a := avg.Number
	a.Dec += et - ea
	a.Unit = total.Unit
	n := exactIfCount(*count)
	divisor := show(*count)
	if perMonth(u, avg) {
		// "人均待遇2,009.89元/月" of a year's spending: a month's, twelve
		// to the year (a count read as exact; a rounded one is left alone)
		if !n.Exact {
			return
		}
		n.Mant *= 12
		divisor += " ÷ 12"
	}
	if ok, valid := figures.RatioHolds(a, total.Number, n, figures.HalfUp); !valid || ok {
		return
	}
	if ok, _ := figures.RatioHolds(a, total.Number, n, figures.Truncate); ok {
		return // cut, not rounded (9264.157… written 9264.15): a last-digit difference
	}
	_, computed, valid := figures.RatioConsistent(a, total.Number, n, figures.HalfUp)
	if !valid {
		return
	}
	// the computed average in the average's own unit
	inAvg := new(bigRat).Mul(computed, pow10Rat(et-ea))
	expected := figures.FormatRat(inAvg, avg.Dec)
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(*avg),
		Expr:       fmt.Sprintf("%s ÷ %s = %s%s ≠ %s", show(*total), divisor, figures.FormatRat(inAvg, avg.Dec+2), avg.Unit, show(*avg)),
		Expected:   expected + avg.Unit,
		Actual:     show(*avg),
		Confidence: 0.7,
		Related:    spans(u, total, count),
	}
	f.Message = fmt.Sprintf("写「%s%s」，按 %s ÷ %s 计算应为 %s%s。", avg.Label, show(*avg), show(*total), divisor, expected, avg.Unit)
	f.MessageEN = fmt.Sprintf("The per-head figure %s does not match %s ÷ %s = %s%s.", show(*avg), show(*total), divisor, expected, avg.Unit)
	locate(p, u, &f, avg.Start)
	p.Report(f)
}

// perMonth reports a per-head figure said to be a month's: 元/月 after it,
// or 月人均, 月均, 每月 before it.
func perMonth(u *unit, avg *figures.Quantity) bool {
	rest := u.text[avg.End:]
	return strings.HasPrefix(rest, "/月") || strings.HasPrefix(rest, "／月") || strings.HasPrefix(rest, "每月") ||
		cjk.ContainsAnyOf(avg.Lead+avg.Label, "月人均", "月均", "每月", "人均每月")
}

// pow10Rat is 10^k as a big.Rat (k ≥ 0).
func pow10Rat(k int) *bigRat {
	r := new(bigRat).SetInt64(1)
	for ; k > 0; k-- {
		r.Mul(r, new(bigRat).SetInt64(10))
	}
	return r
}
