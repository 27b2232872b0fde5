package figures

var cnDigit = map[rune]int64{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

var cnSmallUnit = map[rune]int64{'十': 10, '百': 100, '千': 1000}

// isCNNumeralRune reports whether r can be part of a Chinese numeral.
func isCNNumeralRune(r rune) bool {
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

// ParseChineseNumeral reads a Chinese numeral such as 十四, 三百零五,
// 两万, 二〇二二 or 三十点五 at the start of s. It returns the value as an
// exact Number (Mant, Dec) and the number of bytes read; n is 0 when s does
// not start with a numeral. Large-unit suffixes (万, 亿) at the very end are
// included: callers that treat 万元 as a unit should stop before them.
func ParseChineseNumeral(s string) (Number, int) {
	rs := []rune(s)
	v, dec, k := parseCN(rs, 0, len(rs), true)
	if k == 0 {
		return Number{Kind: Text}, 0
	}
	return Number{Mant: v, Dec: dec, Kind: Value}, len(string(rs[:k]))
}

// parseCN parses a numeral in rs[i:end]. withWan allows 万/亿 inside the
// numeral. It returns mantissa, decimals and runes consumed.
func parseCN(rs []rune, i, end int, withWan bool) (int64, int, int) {
	start := i
	// A plain digit string (二〇二二, 一二三) without unit characters.
	j := i
	for j < end {
		if _, ok := cnDigit[rs[j]]; !ok {
			break
		}
		j++
	}
	if j-i >= 2 && (j == end || (cnSmallUnit[rs[j]] == 0 && rs[j] != '万' && rs[j] != '亿')) {
		var v int64
		for k := i; k < j; k++ {
			v = v*10 + cnDigit[rs[k]]
		}
		return v, 0, j - i
	}
	var total, section, digit int64
	seen := false
	for i < end {
		r := rs[i]
		if d, ok := cnDigit[r]; ok {
			digit = d
			seen = true
			i++
			continue
		}
		if u, ok := cnSmallUnit[r]; ok {
			if digit == 0 && (r == '十' || i == start) {
				digit = 1 // 十四 = 14; a leading 百/千 is one hundred/thousand (百亿元)
			}
			section += digit * u
			digit = 0
			seen = true
			i++
			continue
		}
		if withWan && (r == '万' || r == '亿') && seen {
			// only as part of a numeral when more numeral follows or it ends the numeral
			mul := int64(10000)
			if r == '亿' {
				mul = 100000000
			}
			section += digit
			digit = 0
			if r == '亿' {
				total = (total + section) * mul
			} else {
				total += section * mul
			}
			section = 0
			i++
			continue
		}
		break
	}
	if !seen {
		return 0, 0, 0
	}
	v := total + section + digit
	dec := 0
	// decimals: 点五, 点零五
	if i+1 < end && rs[i] == '点' {
		if _, ok := cnDigit[rs[i+1]]; ok {
			i++
			for i < end {
				d, ok := cnDigit[rs[i]]
				if !ok || dec >= 6 {
					break
				}
				v = v*10 + d
				dec++
				i++
			}
		}
	}
	return v, dec, i - start
}
