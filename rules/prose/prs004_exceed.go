package prose

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// exceedWords claim a target was passed.
var exceedWords = [...]string{"超额完成", "超计划完成"}

// checkExceeded reports "超额完成" in a clause chain that gives the
// completion rate as under 100%: "完成年度计划的98.3%，…，超额完成年度计划";
// "实际完成37.51公里，完成率80.7%，超额完成年度目标".
func checkExceeded(p *audit.Pass, u *unit) {
	if !cjk.Contains(u.text, "超") {
		return
	}
	for _, w := range exceedWords {
		for from := 0; ; {
			k := cjk.Index(u.text[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(w)
			if rate := completionBefore(u, at); rate == nil {
				checkExceededByTable(p, u, at, w)
			} else {
				f := audit.Finding{
					Severity:   audit.Error,
					Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(w)}}),
					Expr:       fmt.Sprintf("%s < 100%%", show(*rate)),
					Expected:   "未完成",
					Actual:     w,
					Confidence: 0.85,
					Related:    spans(u, rate),
				}
				f.Message = fmt.Sprintf("写「%s」，但前面写的完成率是 %s，不足100%%：用词与数字矛盾。", w, show(*rate))
				f.MessageEN = fmt.Sprintf("The text says %q, but the completion rate it gives before is %s, under 100%%.", w, show(*rate))
				locate(p, u, &f, at)
				p.Report(f)
			}
		}
	}
}

// completionBefore returns the completion rate (完成…的R%, 完成率R%) of
// the clause chain before offset at in u's sentence, when it is under
// 100%; nil for none, a rate of 100% or more, or a clause break (；) or a
// negation between.
func completionBefore(u *unit, at int) *figures.Quantity {
	sent := u.sentenceOf(at)
	qs := u.st.Quantities
	for i := len(qs) - 1; i >= 0; i-- {
		q := &qs[i]
		if q.Start >= at || q.Start < sent.Start {
			continue
		}
		between := u.text[q.End:at]
		if cjk.Contains(between, "；") || strings.Contains(between, ";") || cjk.Contains(between, "未") {
			return nil
		}
		if cjk.Contains(between, "其余") || cjk.Contains(between, "其他") || strings.HasPrefix(between, "外") && cjk.Contains(u.text[sent.Start:q.Start], "除") {
			return nil // "除南山县完成率96.67%外，其余县区均超额完成": the rate is the exception's
		}
		if !q.Percent {
			continue
		}
		if !cjk.Contains(q.Lead, "完成") || cjk.Contains(q.Lead, "增长") || cjk.Contains(q.Lead, "进度") {
			return nil // the nearest rate is another one (增长10.6%, 序时进度)
		}
		if q.Approx || q.Mant <= 0 || q.Mant >= 100*pow10(q.Dec) {
			return nil
		}
		return q
	}
	return nil
}

// checkExceededByTable reports "争取中央预算内投资项目43个，超额完成年度目标"
// when the one table row showing the figure, named like it, gives a
// completion rate (完成率) under 100%.
func checkExceededByTable(p *audit.Pass, u *unit, at int, w string) {
	sent := u.sentenceOf(at)
	qs := u.st.Quantities
	var q *figures.Quantity
	for k := len(qs) - 1; k >= 0; k-- {
		if qs[k].Start < at && qs[k].Start >= sent.Start {
			q = &qs[k]
			break
		}
	}
	if q == nil || q.Percent || q.Approx || q.Label == "" || utf8.RuneCountInString(q.Label) < 4 || strings.ContainsAny(u.text[q.End:at], "；;") {
		return
	}
	x := xrefFactsOf(p)
	cfs := x.allCellFacts()
	label := figures.NewLabel(x.normalizeLabel(q.Label))
	written := q.String() + q.Unit // "43个", as a cell of the row writes it
	var rate *cellFacts
	var row *tables.Row
	rows := 0
	for i := range cfs {
		o := &cfs[i]
		if !o.percent || !cjk.Contains(o.col.Name(), "完成") || cjk.Contains(o.col.Name(), "完成值") || o.rowLbl < 0 {
			continue // the completion rates (完成率), by row
		}
		if !cellNamed(x, o, &label) && !cjk.Contains(o.r.Label, q.Label) || !rowWrites(p.Doc, o, written) {
			continue
		}
		if o.r != row {
			rows++
		}
		row, rate = o.r, o
	}
	if rows != 1 || rate == nil {
		return
	}
	n := rate.number()
	if n.Kind != figures.Value || n.Mant <= 0 || n.Mant >= 100*pow10(n.Dec) {
		return
	}
	f := audit.Finding{
		Severity:   audit.Error,
		Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: at + len(w)}}),
		Expr:       fmt.Sprintf("%s%% < 100%%", n.String()),
		Expected:   "未完成",
		Actual:     w,
		Confidence: 0.8,
		Related:    []model.Span{u.spanOf(*q), rate.span()},
	}
	f.Message = fmt.Sprintf("写「%s」，但表%d「%s」行「%s」为 %s%%，不足100%%：用词与表格矛盾。", w, rate.table().Number, rate.r.Label, rate.col.Name(), n.String())
	f.MessageEN = fmt.Sprintf("The text says %q, but table %d row %q gives %s%% under %q, under 100%%.", w, rate.table().Number, rate.r.Label, n.String(), rate.col.Name())
	locate(p, u, &f, at)
	p.Report(f)
}

// rowWrites reports whether a cell of cf's table row holds text (its
// figures are often not read as such in a column of mixed units).
func rowWrites(d *model.Document, cf *cellFacts, text string) bool {
	mt := cf.blk.Table.T
	for c := 0; c < mt.Cols; c++ {
		if cell := mt.At(cf.r.Row, c); cell != nil && cjk.Contains(strings.ReplaceAll(d.Slice(cell.Span), " ", ""), text) {
			return true
		}
	}
	return false
}

// budgetCompareWords are the words of "决算数大于全年预算数的主要原因是…":
// the outturn said to be above (+1) or below (−1) the budget.
var budgetCompareWords = [...]struct {
	word string
	sign int
}{{"大于", 1}, {"高于", 1}, {"超过", 1}, {"超出", 1}, {"多于", 1}, {"小于", -1}, {"低于", -1}, {"少于", -1}}

// checkBudgetSide reports "决算数大于年初预算数的主要原因是…" where the
// paragraph's own figures put the outturn below that budget (or 小于 where
// they put it above): the 年初 (or 全年, 调整) budget and the 决算 figure
// written before it, or else the completion rate of that budget
// ("完成年初预算的82.26%"). The 决算说明's stock sentence then says the
// opposite of its figures.
func checkBudgetSide(p *audit.Pass, u *unit) {
	if !cjk.Contains(u.text, "决算") || !cjk.Contains(u.text, "预算") {
		return
	}
	for from := 0; ; {
		k := cjk.Index(u.text[from:], "决算")
		if k < 0 {
			return
		}
		at := from + k
		from = at + len("决算")
		if r, _ := utf8.DecodeLastRuneInString(u.text[:at]); at > 0 && !strings.ContainsRune("。，；：,;:", r) {
			continue // "其中，农林水支出决算小于年初预算": an item the figures before are not of
		}
		rest := strings.TrimPrefix(u.text[from:], "数")
		for _, w := range budgetCompareWords {
			after, ok := strings.CutPrefix(rest, w.word)
			if !ok {
				continue
			}
			kind := ""
			for _, b := range [...]string{"年初", "全年", "调整"} {
				if strings.HasPrefix(after, b) {
					kind = b
				}
			}
			if after = strings.TrimLeft(after, "全年年初调整后的"); !strings.HasPrefix(after, "预算") {
				break
			}
			// the words from 决算 to 预算(数)
			end := len(u.text) - len(after) + len("预算")
			if strings.HasPrefix(u.text[end:], "数") {
				end += len("数")
			}
			sign, evidence, expr := budgetSideBefore(u, at, kind)
			if sign == 0 || sign == w.sign {
				break
			}
			f := audit.Finding{
				Severity:   audit.Error,
				Span:       u.spanOf(figures.Quantity{Number: figures.Number{Start: at, End: end}}),
				Expr:       expr,
				Expected:   bySign(sign, "大于", "小于"),
				Actual:     w.word,
				Confidence: 0.8,
				Related:    spans(u, evidence...),
			}
			f.Message = fmt.Sprintf("写「%s」，但前面的数字是 %s：决算数应%s预算数，用词与数字矛盾。", u.text[at:end], expr, f.Expected)
			f.MessageEN = fmt.Sprintf("The text says the outturn is %s the budget, but the figures before it give %s.", bySign(w.sign, "above", "below"), expr)
			locate(p, u, &f, at)
			p.Report(f)
			break
		}
	}
}

// budgetSideBefore tells from the figures before offset at in u, after
// any earlier "决算…预算" sentence, whether the outturn is above (+1) or
// below (−1) the budget of kind (年初, 全年 or 调整; "" for a plain 预算):
// from the budget and the 决算 figure, else from the completion rate of
// that budget. 0 when they do not tell (none, two budgets for a plain
// 预算, a rate of another budget, or equal).
func budgetSideBefore(u *unit, at int, kind string) (int, []*figures.Quantity, string) {
	qs := u.st.Quantities
	var plan, actual, rate *figures.Quantity
	plans := 0
	for i := range qs {
		q := &qs[i]
		if q.Start >= at {
			break
		}
		if k := strings.LastIndex(u.text[:at], "预算数"); k >= 0 && q.Start < k && cjk.Contains(u.text[q.End:k], "决算") {
			continue // (an earlier item's figures, before its own stock sentence)
		}
		switch {
		case q.Approx || q.Mant < 0 || isChangeFigure(q):
			// ("比上年决算减少19.90万元" is a change, no outturn)
		case q.Percent:
			if cjk.Contains(q.Lead, "完成") && cjk.Contains(q.Lead, "预算") && budgetKindIs(q.Lead, kind) {
				rate = q
			}
		case cjk.Contains(q.Lead, "决算") && !cjk.Contains(q.Lead, "预算"):
			actual = q
		case cjk.Contains(q.Lead, "预算") && !cjk.Contains(q.Lead, "决算") && !cjk.Contains(q.Lead, "完成"):
			plans++
			if budgetKindIs(q.Lead, kind) {
				plan = q
			}
		}
	}
	bySum, byRate := 0, 0
	if plan != nil && actual != nil && (kind != "" || plans == 1) && plan.Unit == actual.Unit {
		bySum = signApart(actual.Number, plan.Number)
	}
	if rate != nil && (kind != "" || !cjk.Contains(rate.Lead, "年初")) {
		switch v := rate.Float(); {
		case v > 100:
			byRate = 1
		case v < 100:
			byRate = -1
		}
	}
	switch {
	case bySum != 0 && byRate != 0 && bySum != byRate:
		return 0, nil, "" // the figures disagree among themselves (PRS005's to report)
	case bySum != 0:
		return bySum, []*figures.Quantity{plan, actual}, fmt.Sprintf("%s %s %s", show(*actual), bySign(bySum, ">", "<"), show(*plan))
	case byRate != 0:
		return byRate, []*figures.Quantity{rate}, fmt.Sprintf("完成%s %s %s 100%%", strings.TrimSuffix(strings.TrimPrefix(rate.Lead, "完成"), "的"), show(*rate), bySign(byRate, ">", "<"))
	}
	return 0, nil, ""
}

// budgetKindIs reports whether lead speaks of a budget of kind: 年初 for
// 年初, 全年 or 调整 for either of those, any for "".
func budgetKindIs(lead, kind string) bool {
	switch kind {
	case "年初":
		return cjk.Contains(lead, "年初")
	case "全年", "调整":
		return cjk.Contains(lead, "全年") || cjk.Contains(lead, "调整")
	}
	return true
}
