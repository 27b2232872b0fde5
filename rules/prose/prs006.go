package prose

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// PRS006 checks "X，占Y的R%" when Y is stated in the same paragraph.
var PRS006 = &audit.Rule{
	ID:       "PRS006",
	Severity: audit.Warning,
	Doc: audit.Doc{
		Title:   "占比与两数之比不符",
		TitleEN: "Stated share differs from part ÷ whole",
		Explain: "“项目支出6148.40万元，占支出总额的68.45%”中，若同一段写明了支出总额，占比应等于两数之比。" +
			"段内没有写明总数时，若某表某列中有与该分项相同的数、且列名即占比的基数（“占项目全年执行数的…”对“全年执行数”列），以该列合计行为总数；同表中有一行恰以基数命名（“占基本支出的”对“基本支出”行）时，以该行同列的数为总数；基数为“支出总计”“收入总计”“本年支出合计”等、只在收支总表中写出时，以收支总表该侧的总计（合计）行为总数。" +
			"段内找不到名称相符的总数，或同名总数有多个不同数值时不检查。总数以另一金额单位写出（元对万元）时换算后比较。" +
			"只差末位一个单位的（常见于为使各项合计100%的尾差调整）列为提示（info）。" +
			"只写名称不写金额的占比（“人员经费占基本支出的比重为53.17%”），以本段或上一段中这两个名称各自唯一的金额核对。" +
			"同一段中基数名称相同的几个占比是同一总数的占比：其余占比都恰好等于各自分项 ÷ 段中前面写出的同一个数（且该数的口径与基数名称相符，如“支出总额”对实际执行数而非预算数）时，以该数为总数核对余下的那个。年末数的占比不以同句的年初总数为基数。不写基数的占比（“一般公共服务支出40732.24万元，占78.71%；社会保障和就业支出…，占12.00%；…”）同一句中的是同一总数的占比：另有至少两项恰好等于各自分项 ÷ 段中同一个数（在前在后均可，如“上述支出合计…”）时，以该数核对余下的那个；段中没有这个数时，其余各项“分项 ÷ 占比”所推出的总数区间若彼此重合，余下那项也须落在其中。列举中间夹着别的金额（另一个总数）时不作为同一列举。" +
			"基数名称前带本乡镇、街道名称或“拟”字的（“石门镇政府采购预算总额”“拟授予中小企业合同金额”）仍是该基数；所写占比恰等于分项 ÷ 本段另一个数时，提示指出该数（疑似用错基数）。" +
			"只写名称的占比也可不带“为”（“营业成本占营业收入的85.87%”）；总数两位相邻数字互换（或小数点错位）后占比恰好成立的，发现指向总数；同一总数的两项以上占比都不符、而总数的同一种读法使它们全部成立时（“床位2282张，其中：医院1604张（占72.0%），基层医疗卫生机构444张（占19.9%）”对 2228），只报总数一处。" +
			"总数的名称在正文中没有金额时，取显示该分项金额的表中名称与总数完全相同的那一行（同一列）。" +
			"本段没有总数、而紧接其前以冒号结尾的引导段（“…基本支出713.73万元，其中：”）写有该名称的唯一金额时（中间各段只写同一总数的占比），以之为总数；仍没有时，取各表中行名恰为该名称（或其后加“合计”）、本年或未标年度、口径相符的单元格，它们数值唯一时以之为总数（预算报告和预算草案部分除外；“比上年增加D万元，占…”中的增减额不作分项）。",
		ExplainEN: "In \"X，占Y的R%\" the share must equal X ÷ Y when Y is stated (with a matching label) in the same paragraph, " +
			"converted when written in another unit of money; with no base stated, a table column showing the part and named like the base gives its total row, or a row of that table named exactly as the base its figure in the part's column, and a base named 支出总计/收入总计 (本年…合计) that only the two-sided summary table shows is that side's total row. A share one in the last place off (often nudged so that shares add up to 100%) is info only. A share naming its part and whole with no figures (\"人员经费占基本支出的比重为53.17%\") is checked against the one amount each name has in the paragraph or the one before. Shares of one base name in a paragraph are of one whole: when the others are each exactly their part ÷ one figure stated earlier whose basis the name allows (an outturn for 支出总额, not a budget), the remaining one is checked against it; shares naming no base (\"…40732.24万元，占78.71%；…\") are so too within one sentence, when at least two others fit one figure of the paragraph stated before or after them (\"上述支出合计…\"), or, with no such figure, when the wholes the others imply (part ÷ share, as intervals) meet and the remaining one's does not; a list with another amount between its items is not one list. A year-end part's share is not taken of an opening total in the same sentence. A base named with the township's or street's name or a plan's 拟 before it is still that base; when the share written is exactly the part ÷ another amount of the paragraph, the hint names it (probably the wrong base). A named share may be written without 为 (\"营业成本占营业收入的85.87%\"); when the whole with two adjacent digits swapped (or its point moved) makes it hold, the finding is on the whole. When two or more shares of one whole all fail and one reading of the whole's digits makes all of them hold (床位2282张 with 1604张 at 72.0% and 444张 at 19.9%, against 2228), the whole alone is reported. When the whole's name has no amount in the prose, the row named exactly so in the table that shows the part's amount gives it (same column). With no base in its paragraph, a lead-in paragraph just before that ends with a colon (\"…基本支出713.73万元，其中：\") and holds one amount of the base's name gives it (the paragraphs between may hold only shares of that base); failing that, the cells of the tables whose row is named exactly as the base (or so plus 合计), in the report year or no year and of a basis the name allows, give it when they show one amount (not in budget reports or under a draft-budget heading; a change, \"比上年增加D万元，占…\", is no part).",
		Bad:  "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的63.45%。",
		Good: "支出总额8982.84万元，其中项目支出6148.40万元，占支出总额的68.45%。",
	},
	Run: runPRS006,
}

func runPRS006(p *audit.Pass) {
	checkNamedShares(p)
	for _, u := range units(p) {
		whole := misstatedWhole(p, u)
		slipped := map[int]bool{} // parts partUnitSlip reported, by offset
		for k, s := range u.st.Shares {
			if whole[k] {
				continue
			}
			if len(s.Bases) == 0 {
				if s.BaseLabel == "" || !checkTableShare(p, u, s) && !checkLeadInBase(p, u, s) && !checkTableNamedBase(p, u, s) {
					checkSiblingBase(p, u, k)
				}
				continue
			}
			base, same := oneBase(s.Bases)
			if !same || base.Mant <= 0 {
				continue
			}
			if actualBaseFits(u, base, s) || otherMoment(s.Part, base) {
				continue
			}
			if partUnitSlip(p, u, s, base) {
				slipped[s.Part.Start] = true
				continue
			}
			if slipped[base.Start] {
				// the whole is a part reported above as in 元 labelled 万元:
				// the share read on it in 元 is not reported again
				big := s.Part.Number
				big.Mant *= 10000
				if ok, valid := figures.RatioHolds(s.Rate.Number, big, base.Number, figures.HalfUp); valid && ok {
					continue
				}
			}
			part, baseNote := s.Part.Number, ""
			if big, ok := baseUnitSlip(u, s, base); ok {
				// "基金收入合计11.53万元…其中：财政补贴收入31,143.29万元，占
				// 27.01%": the whole is 11.53亿元 with its unit written wrong
				// (PRS001/PRS003 say so); the shares are read on it
				part, baseNote = big, fmt.Sprintf("（%s 小于其分项，按 %s%s 计）", show(base), base.String(), unitAbove(base.Unit))
			}
			if ok, valid := figures.RatioHolds(s.Rate.Number, part, base.Number, figures.HalfUp); !valid || ok {
				continue
			}
			ok, computed, valid := figures.RatioConsistent(s.Rate.Number, part, base.Number, figures.HalfUp)
			if !valid || ok {
				continue
			}
			pct := new(bigRat).Mul(computed, hundred)
			shownBase := show(base)
			if w := u.text[base.Start:base.End]; !strings.HasSuffix(w, base.Unit) {
				shownBase = w + "（" + shownBase + "）" // written in another unit: 5,300,136.50元（530.013650万元）
			}
			shownPart := show(s.Part)
			if w := u.text[s.Part.Start:s.Part.End]; !strings.HasSuffix(w, s.Part.Unit) {
				shownPart = w // (read in the base's unit: 11516.55万元 as 1.151655亿元)
			}
			f, at := shareFinding(p, u, s, base, pct, 0.7,
				fmt.Sprintf("写「占%s的%s」，按 %s ÷ %s%s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), shownPart, shownBase, baseNote, figures.FormatRat(pct, s.Rate.Dec)),
				fmt.Sprintf("The share %s does not match %s ÷ %s.", show(s.Rate), s.Part.String(), base.String()),
				spans(u, &s.Part, &base))
			locate(p, u, &f, at)
			p.Report(f)
		}
	}
}

// shareFinding makes the finding of share s against base, its exact share
// pct (in percent): at the rate, info only when one in the last place off
// (shares nudged to add up to 100%), at the part when a reading of the
// part's digits makes the share hold (partSlip). It returns the finding
// and the offset in u it is located at.
func shareFinding(p *audit.Pass, u *unit, s figures.Share, base figures.Quantity, pct *bigRat, conf float64, msg, msgEN string, related []model.Span) (audit.Finding, int) {
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(s.Rate),
		Expr:       fmt.Sprintf("%s ÷ %s = %s%% ≠ %s", s.Part.String(), base.String(), figures.FormatRat(pct, s.Rate.Dec+2), show(s.Rate)),
		Expected:   figures.FormatRat(pct, s.Rate.Dec) + "%",
		Actual:     show(s.Rate),
		Confidence: conf,
		Related:    related,
		Message:    msg,
		MessageEN:  msgEN,
	}
	at := s.Rate.Start
	if oneLastDigitOff(pct, s.Rate.Number) {
		// shares are often nudged by one in the last place so that they
		// add up to 100% (尾差调整): not worth a reviewer's time
		f.Severity, f.Confidence = audit.Info, 0.3
		f.Message += "只差末位一个单位，可能是为使各项合计为100%所作的尾差调整。"
		f.MessageEN += " It is one in the last place off: probably nudged so that the shares add up to 100%."
	} else if want, hint, ok := partSlip(s.Rate.Number, s.Part, base); ok {
		// "农林水支出10659.19万元，占95.65%" of 11181.68: 10695.19, two
		// digits swapped, gives the share written — the part is wrong
		f.Span, at = u.spanOf(s.Part), s.Part.Start
		f.Expected, f.Actual = want+s.Part.Unit, show(s.Part)
		f.Message += fmt.Sprintf("按所写占比推算，%s 应约为 %s%s，%s。", show(s.Part), want, s.Part.Unit, hint)
		f.MessageEN += fmt.Sprintf(" By the share, %s should be about %s%s.", show(s.Part), want, s.Part.Unit)
	} else if prev, cur, ok := lastYearPart(p, s, base); ok {
		// "一般公共预算拨款收入8621.40万元，占94.66%" where 8621.40 is the
		// row's last-year figure and this year's, 8926.28, gives the share
		// written: the part was copied from the wrong column
		name := tableName(prev.Table.T)
		f.Span, at = u.spanOf(s.Part), s.Part.Start
		f.Expected, f.Actual = cur.Num.String()+s.Part.Unit, show(s.Part)
		f.Message += fmt.Sprintf("%s 是%s「%s」行「%s」的数（上年数）；该行「%s」为 %s，按它计算占比正是所写的 %s：疑将上年数当作本年数。",
			show(s.Part), name, strings.TrimPrefix(prev.Row.Label, "其中："), prev.Column.PathString(), cur.Column.PathString(), cur.Num.String(), show(s.Rate))
		f.MessageEN += fmt.Sprintf(" %s is the last-year figure of %s's row %s; its this-year figure %s gives the share written: last year's figure quoted as this year's.",
			show(s.Part), name, prev.Row.Label, cur.Num.String())
		f.Related = append(f.Related, prev.Span, cur.Span)
	} else if q, ok := otherBaseFits(u, s, base); ok {
		// "占授予中小企业合同金额的58.10%" that is the part ÷ 政府采购预算总额
		name := labelOr(q, "另一数")
		f.Hint = fmt.Sprintf("所写占比恰等于 %s ÷ %s（%s），疑似用错了基数。", s.Part.String(), show(q), name)
		f.HintEN = fmt.Sprintf("The share written is exactly %s ÷ %s (%s): probably the wrong base.", s.Part.String(), show(q), name)
	}
	return f, at
}

// otherBaseFits returns the one other amount of u, in the part's unit,
// of which the share as written is the part's exact share: the base the
// author divided by instead.
func otherBaseFits(u *unit, s figures.Share, base figures.Quantity) (figures.Quantity, bool) {
	var hit figures.Quantity
	n := 0
	for _, q := range u.st.Quantities {
		if q.Percent || q.Approx || q.Mant <= 0 || q.Unit != s.Part.Unit || q.Start == s.Part.Start || q.Start == base.Start || q.Mant == s.Part.Mant && q.Dec == s.Part.Dec {
			continue
		}
		if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, q.Number, figures.HalfUp); valid && ok {
			hit, n = q, n+1
		}
	}
	return hit, n == 1
}

// oneLastDigitOff reports whether the stated percentage is within one and
// a half units of its last digit of the exact one (87.37% for 87.3829%).
func oneLastDigitOff(exact *bigRat, stated figures.Number) bool {
	d := new(bigRat).Sub(exact, absRat(stated.Rat()))
	d.Abs(d)
	unit := new(bigRat).SetFrac64(3, 2)
	for range stated.Dec {
		unit.Quo(unit, big.NewRat(10, 1))
	}
	return d.Cmp(unit) <= 0
}

// oneBase returns the base of a share or multiple when every figure found
// for it (bases[0] and any others with the same label) has the same value.
func oneBase(bases []figures.Quantity) (figures.Quantity, bool) {
	for _, b := range bases[1:] {
		if b.Mant != bases[0].Mant || b.Dec != bases[0].Dec {
			return bases[0], false
		}
	}
	return bases[0], true
}

// checkTableShare checks a share whose base the paragraph does not state
// against the table that shows its part: "“送文化下乡”活动经费执行221.57万元，
// 占项目全年执行数的18.67%" where a table row shows 221.57 in the column
// 全年执行数, whose total row (1121.63) is then the base. The part must be
// in exactly one such column (or in several with the same total), and the
// column's name must be the share's base.
//
// It reports whether it found the share's base (whether or not the share
// fits it).
func checkTableShare(p *audit.Pass, u *unit, s figures.Share) bool {
	if s.Part.Percent || s.Part.Mant <= 0 || s.BaseLabel == "" {
		return false
	}
	x := xrefFactsOf(p)
	baseLbl := figures.NewLabel(x.normalizeLabel(s.BaseLabel))
	part := pfig{u: u, q: &s.Part, iv: scaleOf(s.Part.Number, s.Part.Unit)}
	var base *tables.DataCell
	var shownBuf [8]*cellFacts
	shown := shownBuf[:0] // the cells showing the part, for rowNamedBase
	cfs := x.allCellFacts()
	for i := range cfs {
		cf := &cfs[i]
		if cf.r.Total || cf.percent || !cf.known || cf.unit != s.Part.Unit || agrees(&part, cf) != 1 {
			continue
		}
		shown = append(shown, cf)
		total := totalCell(cf.blk, cf.col)
		if total == nil {
			continue
		}
		// the column's name, or the base named after it with the whole it
		// is of ("项目全年执行数" for the column 全年执行数): the part is in
		// the column already
		colName := wholeColumnName(cf.col)
		colLbl := figures.NewLabel(x.normalizeLabel(colName))
		if !baseLbl.Matches(&colLbl) && !(utf8.RuneCountInString(colLbl.S) >= 3 && (strings.HasSuffix(baseLbl.S, colLbl.S) || totalOfColumn(s.BaseLabel, colName))) && !sharesOfTotal(cf.blk, cf.r, cf.r.Cells[cf.col.Index].Num, total.Num, s.BaseLabel) {
			continue
		}
		if base != nil && (base.Num.Mant != total.Num.Mant || base.Num.Dec != total.Num.Dec) {
			return true // two tables, two bases
		}
		base = total
	}
	if base == nil {
		base = rowNamedBase(x, shown, baseLbl)
	}
	if base == nil {
		return checkSummaryShare(p, x, u, s)
	}
	if base.Num.Mant <= 0 {
		return true
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, base.Num, figures.HalfUp)
	if !valid || ok {
		return true
	}
	pct := new(bigRat).Mul(computed, hundred)
	col := base.Column.Name()
	if wholeColumnName(base.Column) != col {
		col = strings.Join(base.Column.Path[len(base.Column.Path)-2:], " › ")
	}
	where := fmt.Sprintf("表%d「%s」「%s」", base.Table.Number, base.Row.Label, col)
	baseShown := base.Num.String() + s.Part.Unit
	reportShareBase(p, u, s, base.Num, pct, 0.6, base.Span,
		fmt.Sprintf("写「占%s的%s」，按 %s ÷ %s%s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), show(s.Part), where, baseShown, figures.FormatRat(pct, s.Rate.Dec)),
		fmt.Sprintf("The share %s does not match %s ÷ %s (table %d, total row).", show(s.Rate), s.Part.String(), base.Num.String(), base.Table.Number))
	return true
}

// rowNamedBase returns the base a share names as a row of the table that
// shows its part: "人员经费1,641.61万元，占基本支出的51.41%" beside a table
// whose 全年执行数 column shows 人员经费 1641.61 and, in the row 基本支出,
// 1856.30. Every cell showing the part (shown) must give the same base;
// nil when none does or they differ.
func rowNamedBase(x *xrefFacts, shown []*cellFacts, baseLbl figures.Label) *tables.DataCell {
	var base *tables.DataCell
	for _, cf := range shown {
		for k, r := range cf.blk.Rows {
			if r == cf.r || r.Group {
				continue
			}
			// the row named as the base is, exactly (Label.Matches would
			// take 支出总计 for 本年支出合计)
			if x.normalizeLabel(strings.TrimPrefix(r.Label, r.Marker)) != baseLbl.S {
				continue
			}
			d := cf.blk.At(k, cf.col.Index)
			if d.Num.Kind != figures.Value {
				continue
			}
			if base != nil && (base.Num.Mant != d.Num.Mant || base.Num.Dec != d.Num.Dec) {
				return nil // two tables, two bases
			}
			base = &d
		}
	}
	return base
}

// wholeColumnName returns the name of column c, or the name of the group
// it totals when it is named by a total word alone: "到位资金 › 小计" is
// the column of 到位资金 ("占全部到位资金的31.86%").
func wholeColumnName(c *tables.Column) string {
	name := c.Name()
	if len(c.Path) >= 2 && tables.IsTotalLabel(name) && utf8.RuneCountInString(strings.TrimSpace(name)) <= 3 {
		return c.Path[len(c.Path)-2]
	}
	return name
}

// totalOfColumn reports a base named, as written, as the total of a
// column: "实际支出总额" of the column 实际支出 (not "本年支出合计", often
// the whole body's total beside a table of one kind of funds).
func totalOfColumn(base, col string) bool {
	rest, ok := strings.CutPrefix(base, col)
	return ok && (rest == "总额" || rest == "总数")
}

// sharesOfTotal reports whether block b shows each row's share of its
// total (a column 占本年合计比重) and the base names that total: a 合计 or
// 总… of the flow (支出, 收入) b's caption is about — "项目支出155.14万元，
// 占本年支出合计的31.51%" and 表2 支出决算情况表 with its 合计 row.
func sharesOfTotal(b *tables.Block, r *tables.Row, part, total figures.Number, base string) bool {
	if !cjk.Contains(base, "合计") && !cjk.Contains(base, "总") {
		return false
	}
	if f := flowOf(base); f == 0 || f != flowOf(b.Table.Title) {
		return false
	}
	for _, c := range b.Columns {
		if c.Role != tables.Rate || c.RateKind != tables.RateShare {
			continue
		}
		// the row's share is its part of the total row ("占本年支出比重"
		// names no 合计): the column is of that total
		if sh := r.Cells[c.Index].Num; sh.Kind == figures.Value && total.Kind == figures.Value && total.Mant > 0 {
			sh.Percent = true // (a bare 32.35 under "占比（%）")
			if ok, _, valid := figures.RatioConsistent(sh, part, total, figures.HalfUp); ok && valid {
				return true
			}
		}
	}
	return false
}

// totalCell returns the cell of column c in block b's total row (the
// first that is not a subtotal), nil when it has none or holds no figure.
func totalCell(b *tables.Block, c *tables.Column) *tables.DataCell {
	for _, r := range b.Rows {
		if r.Total && !r.Subtotal {
			cell := r.Cells[c.Index]
			if cell.Num.Kind != figures.Value {
				return nil
			}
			return &tables.DataCell{Table: b.Table, Block: b, Row: r, Column: c, Cell: cell}
		}
	}
	return nil
}

// otherMoment reports a part of one moment (年末滚存结余) and a base of the
// other (年初滚存结余): a year-end share is not of the opening total.
func otherMoment(part, base figures.Quantity) bool {
	p, b := part.Period+part.Lead+part.Label, base.Period+base.Lead+base.Label
	pEnd, pStart := cjk.Contains(p, "年末"), cjk.Contains(p, "年初")
	bEnd, bStart := cjk.Contains(b, "年末"), cjk.Contains(b, "年初")
	return pEnd && !pStart && bStart && !bEnd || pStart && !pEnd && bEnd && !bStart
}

// actualBaseFits reports a share that fits the actual figure stated right
// after its base, a budget: "项目支出全年预算12,342.55万元，实际支出
// 12,260.44万元。…分别支出6,304.80万元…，分别占项目支出的51.42%" takes
// the spending's share of the spending, whatever budget the label matched.
func actualBaseFits(u *unit, base figures.Quantity, s figures.Share) bool {
	if basisOf2(base.Period, base.Lead) == actualBasis {
		return false
	}
	qs := u.st.Quantities
	for k := range qs {
		if qs[k].Start != base.Start || k+1 >= len(qs) {
			continue
		}
		next := qs[k+1]
		if next.Percent || next.Unit != base.Unit || !saysActual(next.Lead) || strings.ContainsAny(u.text[base.End:next.Start], "。；;") {
			return false
		}
		ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, next.Number, figures.HalfUp)
		return valid && ok
	}
	return false
}

// checkSummaryShare checks a share of a total that only the two-sided
// summary table shows ("基本支出647.31万元，占支出总计的5.02%", where the
// paragraph states no 支出总计): its base is that side's total row, when
// summaryTotalFor finds one. It reports whether it found that total.
func checkSummaryShare(p *audit.Pass, x *xrefFacts, u *unit, s figures.Share) bool {
	sides, kind, _ := totalNamed(s.BaseLabel)
	if sides != 1 && sides != 2 {
		return false
	}
	c, ok := summaryContext(p, x, u, s.Rate.Start)
	if !ok {
		return false
	}
	// The base is the table the base's own words name: "一般公共预算财政
	// 拨款支出X元，占本年支出合计的R%" (the 决算 template's sentence, under a
	// 一般公共预算 heading) takes the whole 本年支出合计. The scope of the
	// words before and of the headings is another reading, of the part's
	// fund ("财政拨款支出中，基本支出X，占支出合计的R%"): a share fitting
	// either is not reported.
	sums := summaryRows(p, x)
	row := summaryTotalIn(sums, sides, kind, fundScope(s.BaseLabel), c.budget)
	if other := summaryTotalIn(sums, sides, kind, c.scope, c.budget); row == nil {
		row = other
	} else if other != nil && other != row && other.unit == s.Part.Unit && other.n.Mant > 0 {
		if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, other.n, figures.HalfUp); !valid || ok {
			return true
		}
	}
	if row == nil || row.unit != s.Part.Unit || row.n.Mant <= 0 {
		return row != nil
	}
	ok, computed, valid := figures.RatioConsistent(s.Rate.Number, s.Part.Number, row.n, figures.HalfUp)
	if !valid || ok || proseBaseFits(p, x, s) {
		return true
	}
	pct := new(bigRat).Mul(computed, hundred)
	where := fmt.Sprintf("表%d", row.table.Index+1)
	if row.table.Caption != "" {
		where += "「" + row.table.Caption + "」"
	}
	where += [2]string{"收入", "支出"}[row.side] + "一侧「" + row.label + "」"
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(s.Rate),
		Expr:       fmt.Sprintf("%s ÷ %s = %s%% ≠ %s", s.Part.String(), row.n.String(), figures.FormatRat(pct, s.Rate.Dec+2), show(s.Rate)),
		Expected:   figures.FormatRat(pct, s.Rate.Dec) + "%",
		Actual:     show(s.Rate),
		Confidence: 0.6,
		Related:    []model.Span{u.spanOf(s.Part), row.cell.Span},
	}
	f.Message = fmt.Sprintf("写「占%s的%s」，按 %s ÷ %s %s%s 计算应为 %s%%。", s.BaseLabel, show(s.Rate), show(s.Part), where, row.n.String(), row.unit, figures.FormatRat(pct, s.Rate.Dec))
	f.MessageEN = fmt.Sprintf("The share %s does not match %s ÷ %s (table %d, the %s side's total).", show(s.Rate), s.Part.String(), row.n.String(), row.table.Index+1, [2]string{"income", "spending"}[row.side])
	if oneLastDigitOff(pct, s.Rate.Number) {
		f.Severity, f.Confidence = audit.Info, 0.3
	}
	locate(p, u, &f, s.Rate.Start)
	p.Report(f)
	return true
}

// proseBaseFits reports a share that fits a figure the prose elsewhere
// gives its base, by the same name, in the report's year: "本年支出合计
// 6,422,793.19元" in one paragraph and "…占本年支出合计的95.63%" in a
// later one fit, and the summary table's 6,242,793.19 is then the suspect
// (the table rules and XRF001 say so), not the share. Asked only of a
// share about to be reported.
func proseBaseFits(p *audit.Pass, x *xrefFacts, s figures.Share) bool {
	// the lead, not the label: the label of "2017年度本年支出合计X元" is 支出
	// (本年 its period, 合计 a total word)
	ry := x.reportYear()
	for _, u := range proseUnits(p).units { // (every paragraph: "本年支出合计X元。" states nothing)
		for i := range u.st.Quantities {
			q := &u.st.Quantities[i]
			if q.Percent || q.Unit != s.Part.Unit || q.Year != 0 && q.Year != ry || !strings.HasSuffix(strings.TrimRight(q.Lead, "为是达：: "), s.BaseLabel) ||
				cjk.Contains(q.Lead, "上年") || cjk.Contains(q.Lead, "预算") {
				continue
			}
			if ok, valid := figures.RatioHolds(s.Rate.Number, s.Part.Number, q.Number, figures.HalfUp); valid && ok {
				return true
			}
		}
	}
	return false
}

// partSlip returns the reading of a share's part (two adjacent digits
// swapped, or its point moved: slipReadings) that makes the share written
// hold, when it is the only one and no reading of the base does: the part
// is then the figure mistyped, not the share.
func partSlip(rate figures.Number, part, base figures.Quantity) (string, string, bool) {
	for _, r := range slipReadings(base.Number) {
		if ok, valid := figures.RatioHolds(rate, part.Number, r, figures.HalfUp); valid && ok {
			return "", "", false
		}
	}
	for _, k := range [...]float64{10, 10000} {
		// the base ten or ten thousand times larger (13.06万元 for 13.06亿元),
		// its rounding interval scaled with it
		if shareFits(rate, part.Number, base.Number, k) {
			return "", "", false
		}
	}
	found := 0
	var want figures.Number
	for _, r := range slipReadings(part.Number) {
		if ok, valid := figures.RatioHolds(rate, r, base.Number, figures.HalfUp); valid && ok {
			found++
			want = r
		}
	}
	if found != 1 {
		return "", "", false
	}
	return want.String(), slipHint(part.Number, want), true
}

// wholeSlip is partSlip for the base: the one reading of base's digits
// (two adjacent swapped, the point moved) with which the share holds,
// when no reading of the part's does.
func wholeSlip(rate figures.Number, part, base figures.Quantity) (string, string, bool) {
	for _, r := range slipReadings(part.Number) {
		if ok, valid := figures.RatioHolds(rate, r, base.Number, figures.HalfUp); valid && ok {
			return "", "", false
		}
	}
	found := 0
	var want figures.Number
	for _, r := range slipReadings(base.Number) {
		if ok, valid := figures.RatioHolds(rate, part.Number, r, figures.HalfUp); valid && ok {
			found++
			want = r
		}
	}
	if found != 1 {
		return "", "", false
	}
	return want.String(), slipHint(base.Number, want), true
}

// slipHint names the slip that turned want into written: two adjacent
// digits swapped, a point or unit moved, or any other mistyping.
func slipHint(written, want figures.Number) string {
	switch figures.Diagnose(written, want).Slip {
	case figures.Transposed:
		return "疑似相邻数字颠倒"
	case figures.Magnitude:
		return "疑似小数点或单位错位"
	}
	return "疑似数字错写"
}

// shareFits reports whether part ÷ (base × k) can round to rate, each figure
// standing for its rounding interval (the base's scaled by k too).
func shareFits(rate, part, base figures.Number, k float64) bool {
	half := func(n figures.Number) float64 { return 0.5 * math.Pow(10, -float64(n.Dec)) }
	bLo, bHi := (base.Float()-half(base))*k, (base.Float()+half(base))*k
	pLo, pHi := part.Float()-half(part), part.Float()+half(part)
	if bLo <= 0 {
		return false
	}
	lo, hi := pLo/bHi*100, pHi/bLo*100
	return lo <= rate.Float()+half(rate) && hi >= rate.Float()-half(rate)
}

// lastYearPart returns the one table row that shows share s's part as its
// last-year figure and whose this-year figure makes the share hold on
// base: the part was copied from the wrong column.
func lastYearPart(p *audit.Pass, s figures.Share, base figures.Quantity) (prev, cur tables.DataCell, ok bool) {
	if base.Unit != s.Part.Unit || s.Part.Approx || significant(s.Part.Number) < 3 {
		return prev, cur, false
	}
	n := 0
	for _, t := range xrefFactsOf(p).tables.Tables {
		for _, b := range t.Blocks {
			cc, pc, _, _ := yearColumns(b)
			if cc < 0 || pc < 0 {
				continue
			}
			for i := range b.Rows {
				pv, cv := b.At(i, pc), b.At(i, cc)
				if !sameShown(pv, &s.Part) || cv.Num.Kind != figures.Value || cv.Num.Mant <= 0 {
					continue
				}
				if holds, valid := figures.RatioHolds(s.Rate.Number, cv.Num, base.Number, figures.HalfUp); !valid || !holds {
					continue
				}
				if n == 0 || cur.Num != cv.Num {
					n++
				}
				prev, cur = pv, cv
			}
		}
	}
	return prev, cur, n == 1
}

// baseUnitSlip returns share s's part read in the unit ten thousand times
// larger than its own, when the whole is written in the part's unit but is
// smaller than the part (a share of it cannot be under 100%): the whole's
// unit is wrong (11.53万元 for 11.53亿元), and the part is compared in the
// unit the whole was meant in.
func baseUnitSlip(u *unit, s figures.Share, base figures.Quantity) (figures.Number, bool) {
	if s.Part.Unit != base.Unit || unitAbove(base.Unit) == "" || s.Rate.Float() >= 100 || s.Part.Float() <= base.Float() {
		return figures.Number{}, false
	}
	// the whole is the odd one when another amount of the paragraph
	// exceeds it too; else the part is ("合同金额88,701,677.80万元，占政府
	// 采购支出总额的69.83%": the part in 元 labelled 万元, reported as such)
	other := false
	for _, q := range u.st.Quantities {
		if q.Start != s.Part.Start && q.Start != base.Start && q.Unit == base.Unit && !q.Percent && q.Float() > base.Float() {
			other = true
			break
		}
	}
	if !other {
		return figures.Number{}, false
	}
	n := s.Part.Number
	n.Dec += 4
	n.Unit = unitAbove(base.Unit)
	return n, true
}

// unitAbove is the unit of money ten thousand times u, "" when none.
func unitAbove(u string) string {
	switch u {
	case "元":
		return "万元"
	case "万元":
		return "亿元"
	}
	return ""
}

// partUnitSlip reports a part larger than its whole that, read in the unit
// ten thousand times smaller, gives the share written, the other amounts
// of the paragraph staying under the whole: "合同金额88,701,677.80万元，占
// 政府采购支出总额的69.83%" of 12,702.52万元 — a figure in 元 labelled 万元.
func partUnitSlip(p *audit.Pass, u *unit, s figures.Share, base figures.Quantity) bool {
	below := unitBelow(s.Part.Unit)
	if s.Part.Unit != base.Unit || below == "" || s.Rate.Float() >= 100 || s.Part.Float() <= base.Float() {
		return false
	}
	if _, ok := baseUnitSlip(u, s, base); ok {
		return false // (the whole is the odd one)
	}
	if !strings.HasSuffix(u.text[s.Part.Start:s.Part.End], s.Part.Unit) || !strings.HasSuffix(u.text[base.Start:base.End], base.Unit) {
		// written in two units ("收入15.83万元…其中，税收收入9.93亿元"):
		// either could be the wrong one
		return false
	}
	small := s.Part.Number
	small.Dec += 4
	if ok, valid := figures.RatioHolds(s.Rate.Number, small, base.Number, figures.HalfUp); !valid || !ok {
		return false
	}
	f := audit.Finding{
		Severity:   audit.Warning,
		Span:       u.spanOf(s.Part),
		Expr:       fmt.Sprintf("%s ÷ 10000 ÷ %s = %s", s.Part.String(), base.String(), show(s.Rate)),
		Expected:   s.Part.String() + below,
		Actual:     show(s.Part),
		Confidence: 0.7,
		Related:    spans(u, &base, &s.Rate),
	}
	f.Message = fmt.Sprintf("%s 大于其总数 %s；按 %s%s 计，占比 %s 正好成立：单位疑写错（应为%s）。",
		show(s.Part), show(base), s.Part.String(), below, show(s.Rate), below)
	f.MessageEN = fmt.Sprintf("%s exceeds its whole %s; read in %s the share %s holds: the unit is probably wrong.", show(s.Part), show(base), below, show(s.Rate))
	locate(p, u, &f, s.Part.Start)
	p.Report(f)
	return true
}

// unitBelow is the unit of money ten thousand times smaller than u, ""
// when none.
func unitBelow(u string) string {
	switch u {
	case "万元":
		return "元"
	case "亿元":
		return "万元"
	}
	return ""
}
