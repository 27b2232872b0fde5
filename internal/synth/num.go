package synth

import (
	"strconv"
	"strings"
)

// unit is a display unit for amounts.
type unit struct {
	Name  string // 元, 万元, 亿元
	Cents int64  // cents per unit
	Dec   int    // decimals shown
	Comma bool   // thousands separators
}

var (
	unitYuan   = unit{"元", 100, 2, true}
	unitWan    = unit{"万元", 1_000_000, 2, false}
	unitYi     = unit{"亿元", 10_000_000_000, 4, false}
	pow10Table = [...]int64{1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000}
)

// divRound divides a by b (b > 0) rounding half away from zero (四舍五入).
func divRound(a, b int64) int64 {
	neg := a < 0
	if neg {
		a = -a
	}
	q := a / b
	if (a%b)*2 >= b {
		q++
	}
	if neg {
		q = -q
	}
	return q
}

// mant returns the displayed mantissa of cents in unit u.
func (u unit) mant(cents int64) int64 {
	return divRound(cents*pow10Table[u.Dec], u.Cents)
}

// format renders cents in unit u.
func (u unit) format(cents int64) string {
	return fixed(u.mant(cents), u.Dec, u.Comma)
}

// fixed renders mant·10^-dec with dec decimals and optional thousands separators.
func fixed(mant int64, dec int, comma bool) string {
	neg := mant < 0
	if neg {
		mant = -mant
	}
	s := strconv.FormatInt(mant, 10)
	for len(s) <= dec {
		s = "0" + s
	}
	ip, fp := s[:len(s)-dec], s[len(s)-dec:]
	if comma && len(ip) > 3 {
		var b strings.Builder
		for i, r := range ip {
			if i > 0 && (len(ip)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		ip = b.String()
	}
	if dec > 0 {
		ip += "." + fp
	}
	if neg {
		ip = "-" + ip
	}
	return ip
}

// rate returns (cur-prev)/prev in percent with 2 decimals as a mantissa.
// ok is false when prev is zero.
func rate(cur, prev int64) (int64, bool) {
	if prev == 0 {
		return 0, false
	}
	if prev < 0 {
		prev, cur = -prev, -cur
	}
	return divRound((cur-prev)*10000, prev), true
}

// share returns part/whole in percent with 2 decimals as a mantissa.
func share(part, whole int64) int64 {
	if whole == 0 {
		return 0
	}
	return divRound(part*10000, whole)
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}
