package prose

import (
	"fmt"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/figures"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
)

// PRS002 checks a stated change against the two figures it compares.
var PRS002 = &audit.Rule{
	ID:       "PRS002",
	Severity: audit.Error,
	Doc: audit.Doc{
		Title:   "增减额与两数之差不符",
		TitleEN: "Stated change differs from the difference of the two figures",
		Explain: "句中同时写出本期数 X、比较基数 Y 和增减额 D（“X比Y增加D”“X较Y多D”“X，与上年的Y相比，增加D”）时，D 应等于 X − Y（按四舍五入区间比较）。" +
			"只写“比上年增加D”而未写出基数时不检查。比较句不写主语（“……支出6014.13万元。与2023年度的Y相比，增加D”）时，取紧接其前一句所写的唯一同单位金额为 X（警告）；增减额与所写幅度按基数相符时，提示本期数有误。同段写出收入总计A、支出合计B，“收支相抵，结转下年X”中 X 应等于 A − B（只写“收支相抵，收支平衡”时 A 应等于 B）；" +
			"“当年收支结余D，年末滚存结余E（上年末滚存结余S）”中 E 应等于 S + D；" +
			"一句只写“年初结转结余S，本年收入I，本年支出O，年末结转结余E”四个金额时（顺序不限，年末数在最后；句首可另有“…总计X，其中”），E 应等于 S + I − O。项目段落同时写出年初预算、全年预算、实际支出和“年末结余”，而结余恰为年初预算减实际支出时，报告结余基数有误（应按全年预算）。段落写出现有车辆、购置、处置和年末车辆数时，年末数应等于现有加购置减处置。" +
			"“…比例为18.28%，比上年提高D个百分点”未写上年比例时，若表中只有一行（以该名称命名，或四位有效数字时唯一）在本年列显示18.28%且有上年比例，D 应等于两者之差（警告）。" +
			"“项目支出占比比上年的37.04%提高D个百分点”未写本年比例时，取同段此前“项目支出…占39.73%”的比例。" +
			"“人口出生率为8.21‰，死亡率为6.85‰，人口自然增长率为1.46‰”中自然增长率按定义等于出生率减死亡率（警告；婴儿、孕产妇死亡率不算）。" +
			"项目资金写作“上年结转资金S，到位资金I，实际支出O，年末结转结余资金E”时同样按 E = S + I − O 核对；资产写作“年初固定资产原值S，当年新增I、处置报废O，年末固定资产原值E”、财政拨款写作“年初财政拨款结转和结余S，本年财政拨款收入I，本年财政拨款支出O，年末财政拨款结转和结余E”、某类资金写作“上年结转S，本年收入I，本年支出O，结转下年E”时也同样核对。某一项按10的幂次错位后恰好相符时，指出该项。",
		ExplainEN: "When a sentence states the current figure X, the figure it is compared with Y and the change D " +
			"(\"X比Y增加D\"), D must equal X − Y within rounding. Nothing is checked when the base is not written. A comparison opening its sentence with no subject (\"…支出6014.13万元。与2023年度的Y相比，增加D\") takes as X the one amount in that unit of the sentence just before (a warning); when the change and the stated rate agree on the base, the hint names the current figure. " +
			"A paragraph netting its income total A and spending total B (\"收支相抵，结转下年X\") must have X = A − B (A = B when it says the two balance), " +
			"and a year-end balance E after last year-end's S and the year's surplus D must be S + D; " +
			"a sentence of exactly four amounts, opening balance S, income I, spending O and closing balance E, must have E = S + I − O (in any order, the closing one last). A project's 年末结余 equal to its initial budget less spending, where the paragraph gives the year's whole budget too, is reported as taken on the wrong budget. A fleet carried forward in a paragraph (共有车辆N辆 … 购置 … 处置 … 年末M辆) must have M = N + bought − disposed. " +
			"A change in percentage points after a share whose last year's figure is not written is checked against the one table row showing that share in the report year's column beside last year's (a warning); a share named by its part (\"项目支出占比比上年的37.04%提高D个百分点\") takes the part's share given earlier in the paragraph. A population's natural growth rate must be its birth rate less its death rate (\"人口出生率为8.21‰，死亡率为6.85‰，人口自然增长率为1.46‰\", a warning; infant and maternal death rates aside). " +
			"A project's funds written \"上年结转资金S，到位资金I，实际支出O，年末结转结余资金E\" roll forward the same way, and so do an asset's value (\"年初固定资产原值S，当年新增I、处置报废O，年末固定资产原值E\") one kind of funds' balance (\"年初财政拨款结转和结余S … 年末财政拨款结转和结余E\") and funds carried over (\"上年结转S，本年收入I，本年支出O，结转下年E\"). Where one term read at another power of ten makes the balance hold, that term is reported.",
		Bad:  "2022年三公经费预算73.30万元，同比2021年预算70.60万元，增加3.7万元。",
		Good: "2022年三公经费预算73.30万元，同比2021年预算70.60万元，增加2.7万元。",
	},
	Run: runPRS002,
}

func runPRS002(p *audit.Pass) {
	us := proseUnits(p).units
	for i := range us {
		checkBalances(p, us, i)
		checkNaturalGrowth(p, us[i])
	}
	for _, u := range units(p) {
		for _, c := range u.st.Comparisons {
			c = withStatedBase(p, u, c) // "X为A，上年为B，增加D"
			if c.Base == nil {
				checkPointsByTable(p, u, c) // "…比例为18.28%，比上年提高0.98个百分点": last year's share in a table
				continue
			}
			sev, conf := audit.Error, 0.9
			if c.Cur == nil && c.Diff != nil {
				c.Cur = shareNamedBefore(u, c) // "…占39.73%。项目支出占比比上年的37.04%提高7.26个百分点"
			}
			if c.Cur == nil && c.Diff != nil {
				// "…支出6014.13万元。与2023年度的6014.13万元相比，增加768.17万元"
				if c.Cur = amountInSentenceBefore(u, c); c.Cur != nil {
					sev, conf = audit.Warning, 0.6
				}
			}
			if c.Cur == nil || c.Diff == nil || c.Cur.Approx || c.Base.Approx || c.Diff.Approx {
				continue
			}
			mag, dir, exp := figures.DiffCheck(c.Cur.Number, c.Base.Number, c.Diff.Number, c.DiffSign)
			if mag || !dir && c.DiffSign != 0 {
				continue // direction errors are PRS004's
			}
			absExp := exp
			if absExp.Mant < 0 {
				absExp.Mant = -absExp.Mant
			}
			// CheckSum's Diff, without its expression (the finding writes its own)
			_, dm, dd := figures.SumDiff([]figures.Number{absExp}, c.Diff.Number)
			diff := figures.Number{Mant: dm, Dec: dd, Kind: figures.Value}
			if diff.Mant < 0 {
				diff.Mant = -diff.Mant
			}
			f := audit.Finding{
				Severity:   sev,
				Span:       u.spanOf(*c.Diff),
				Expr:       fmt.Sprintf("%s − %s = %s ≠ %s，差 %s", c.Cur.String(), c.Base.String(), exp.String(), c.Diff.String(), figures.Trimmed(diff)),
				Expected:   absExp.String(),
				Actual:     c.Diff.String(),
				Difference: figures.Trimmed(diff),
				Confidence: conf,
			}
			f.Message = fmt.Sprintf("写「%s%s」，但 %s − %s = %s。", c.DiffWord, show(*c.Diff), show(*c.Cur), show(*c.Base), absExp.String()+c.Diff.Unit)
			f.MessageEN = fmt.Sprintf("The stated change %s does not match %s − %s = %s.", show(*c.Diff), show(*c.Cur), show(*c.Base), exp.String())
			if d := figures.Diagnose(c.Diff.Number, absExp); d.Slip != figures.NoSlip {
				f.Hint, f.HintEN = d.Hint, d.HintEN
			}
			if h, hEN := curSuspect(c); h != "" {
				f.Hint, f.HintEN = h, hEN
			}
			if c.Cur.Percent && cjk.Contains(c.Diff.Unit, "百分点") {
				// "由91.37%提高到96.02%，提高5.09个百分点": 4.65 ÷ 91.37 = 5.09%
				d := c.Diff.Number
				d.Percent = true
				if ok, valid := figures.RatioHolds(d, absExp, c.Base.Number, figures.HalfUp); valid && ok {
					f.Hint = "所写数等于相对增幅（两率之差 ÷ 基数），疑把增长率当作百分点。"
					f.HintEN = "The stated figure is the relative change (difference ÷ base): a growth rate written as percentage points."
				}
			}
			f.Related = spans(u, c.Cur, c.Base)
			locate(p, u, &f, c.Diff.Start)
			p.Report(f)
		}
	}
}

func spans(u *unit, qs ...*figures.Quantity) []model.Span {
	n := 0
	for _, q := range qs {
		if q != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]model.Span, 0, n)
	for _, q := range qs {
		if q != nil {
			out = append(out, u.spanOf(*q))
		}
	}
	return out
}

// curSuspect names the current figure as the wrong one when the stated
// change and rate agree on the base ("与2023年度的6014.13万元相比，增加
// 768.17万元，增长12.77%": 768.17 ÷ 6014.13 = 12.77%), so only the current
// figure breaks the comparison; it returns "" otherwise.
func curSuspect(c figures.Comparison) (string, string) {
	if c.Rate == nil || c.Rate.Approx || c.Cur.Percent || c.DiffSign == 0 {
		return "", ""
	}
	diff, base := c.Diff.Interval(figures.HalfUp), c.Base.Interval(figures.HalfUp)
	if ok, _, valid := figures.RateCheck(c.Rate.Number, diff, base); !valid || !ok {
		return "", ""
	}
	d := c.Diff.Number
	if c.DiffSign < 0 {
		d.Mant = -d.Mant
	}
	m, dec := figures.Sum([]figures.Number{c.Base.Number, d})
	want := figures.Number{Mant: m, Dec: dec, Kind: figures.Value}
	return fmt.Sprintf("增减额与所写幅度%s按基数相符，疑本期数 %s 有误（应为 %s%s）。", show(*c.Rate), show(*c.Cur), want.String(), c.Cur.Unit),
		fmt.Sprintf("The change and the stated rate %s agree on the base: the current figure %s is probably wrong (%s%s).", show(*c.Rate), show(*c.Cur), want.String(), c.Cur.Unit)
}
