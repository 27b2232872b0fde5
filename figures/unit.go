package figures

import (
	"math/big"
	"strings"

	"github.com/crossfoot/crossfoot/internal/cjk"
)

// moneyUnits are the currency units a table or column may be stated in,
// longest first so that "万元" wins over "元".
var moneyUnits = []string{"万亿元", "亿元", "万元", "千元", "百元", "元"}

// otherUnits are non-currency units seen in table headers ("（人）", "（㎡）").
var otherUnits = []string{"平方米", "万人", "万户", "公里", "个百分点", "百分点", "人", "个", "户", "家", "项", "次", "件", "起", "宗", "辆", "台", "套", "㎡", "亩", "吨", "%", "分"}

// parenUnits are units declared only in brackets ("学校数（所）"): after a
// 单位 note their words open other things ("单位名称").
var parenUnits = []string{"所", "名", "张", "座", "处", "艘", "间"}

// countUnits are the units of whole things counted: integers in them are
// exact, not rounded (6 schools are 6, not 5.5 to 6.5).
var countUnits = []string{"人", "个", "户", "家", "项", "次", "件", "宗", "起", "辆", "台", "套", "台套", "所", "名", "张", "座", "处", "艘", "间", "笔"}

// IsCountUnit reports whether u counts whole things (人, 个, 所, 件, …).
func IsCountUnit(u string) bool {
	for _, c := range countUnits {
		if u == c {
			return true
		}
	}
	return false
}

// UnitIn finds the unit a table title, unit note or column header declares:
// "单位：万元", "金额单位：元", "（万元）", "年度收入情况（万元）",
// "2022年（万元）", "批复规模（㎡）". It returns "" when none is declared.
// Units inside running text ("投资5亿元") are not declarations and are
// ignored: only a "单位" note or a parenthesised unit counts.
func UnitIn(s string) string {
	var buf [128]byte // t is only looked at: a unit returned is one of the lists'
	t := normalizeInto(buf[:0], s)
	// every 单位: "编制单位：某局    2014年度    单位：元" names the unit
	// after its second
	for from := 0; ; {
		i := cjk.Index(t[from:], "单位")
		if i < 0 {
			break
		}
		from += i + len("单位")
		rest := strings.TrimLeft(t[from:], " :：")
		for _, u := range moneyUnits {
			if strings.HasPrefix(rest, u) {
				return u
			}
		}
		for _, u := range otherUnits {
			if strings.HasPrefix(rest, u) {
				return u
			}
		}
		if lead := strings.TrimLeft(t[from:], " "); strings.HasPrefix(lead, ":") || strings.HasPrefix(lead, "：") {
			// after a colon ("单位：所"), not "单位名称"
			for _, u := range parenUnits {
				if after, ok := strings.CutPrefix(rest, u); ok && (after == "" || strings.IndexByte(" )、,;", after[0]) >= 0) {
					return u
				}
			}
		}
	}
	// Parenthesised: (万元) or (单位:万元) after Normalize turned （） into ().
	for i := 0; i < len(t); i++ {
		if t[i] != '(' {
			continue
		}
		j := strings.IndexByte(t[i:], ')')
		if j < 0 {
			break
		}
		inner := strings.TrimSpace(t[i+1 : i+j])
		inner = strings.TrimPrefix(inner, "单位")
		inner = strings.TrimLeft(inner, " :：")
		inner = strings.TrimPrefix(inner, "金额")
		for _, u := range moneyUnits {
			if inner == u {
				return u
			}
		}
		for _, u := range otherUnits {
			if inner == u {
				return u
			}
		}
		for _, u := range parenUnits {
			if inner == u {
				return u
			}
		}
		i += j
	}
	return ""
}

// IsMoneyUnit reports whether u is a currency unit (元, 万元, 亿元, …).
func IsMoneyUnit(u string) bool {
	// every money unit ends in 元 (E5 85 83): most other units are told by
	// their last byte, without comparing with the list
	if len(u) < 3 || u[len(u)-1] != 0x83 || u[len(u)-3:] != "元" {
		return false
	}
	for _, m := range moneyUnits {
		if u == m {
			return true
		}
	}
	return false
}

// UnitScale returns how many 元 one u is (万元 → 10000), or nil when u is not
// a currency unit. Use it to compare figures from a 元 table with a 万元 one.
func UnitScale(u string) *big.Rat {
	switch u {
	case "元":
		return big.NewRat(1, 1)
	case "百元":
		return big.NewRat(100, 1)
	case "千元":
		return big.NewRat(1000, 1)
	case "万元":
		return big.NewRat(10000, 1)
	case "亿元":
		return big.NewRat(100000000, 1)
	case "万亿元":
		return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(12), nil))
	}
	return nil
}
