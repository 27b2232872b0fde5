package docx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/internal/ooxml"
)

// level is one w:lvl of an abstract numbering definition.
type level struct {
	start   int
	fmt     string // w:numFmt, "" = decimal
	text    string // w:lvlText
	hasText bool
	restart int // w:lvlRestart; -1 when absent
	isLgl   bool
	pStyle  string
	suff    string // "tab" (default), "space", "nothing"
}

func newLevel() level { return level{start: 1, restart: -1} }

type abstractNum struct {
	levels       [9]level
	numStyleLink string
}

type override struct {
	start    int
	hasStart bool
	lvl      *level
}

type num struct {
	abstract  string
	overrides [9]override
	hasAny    bool
}

// counters is the state of one list: the current value of each level and
// whether the level has been used since it was last reset.
type counters struct {
	value   [9]int
	started [9]bool
}

// numbering renders automatic list labels. Counters are kept per abstract
// definition (lists sharing one continue each other, as in Word), except for
// a w:num with level overrides, which is a restarted list of its own.
type numbering struct {
	abstract map[string]*abstractNum
	nums     map[string]*num
	state    map[string]*counters
	styles   *styles
}

// resolve returns the abstract definition of numId, following numStyleLink
// through the numbering style (bounded).
func (n *numbering) resolve(numID string) (*num, *abstractNum, string) {
	if n == nil {
		return nil, nil, ""
	}
	nm := n.nums[numID]
	if nm == nil {
		return nil, nil, ""
	}
	absID := nm.abstract
	for i := 0; i < 4; i++ {
		a := n.abstract[absID]
		if a == nil {
			return nil, nil, ""
		}
		if a.numStyleLink == "" {
			return nm, a, absID
		}
		linked, _ := n.styles.numPr(a.numStyleLink)
		ln := n.nums[linked]
		if ln == nil || ln.abstract == absID {
			return nm, a, absID
		}
		absID = ln.abstract
	}
	return nil, nil, ""
}

// levelFor returns the ilvl of the level linked to paragraph style id (via
// w:lvl/w:pStyle), or -1.
func (n *numbering) levelFor(numID, styleID string) int {
	_, a, _ := n.resolve(numID)
	if a == nil || styleID == "" {
		return -1
	}
	for i, l := range a.levels {
		if l.pStyle == styleID {
			return i
		}
	}
	return -1
}

// next advances the list numID at level ilvl and returns its label and the
// suffix to put between label and text. Bullets and "none" formats yield "".
func (n *numbering) next(numID string, ilvl int) (label, suff string) {
	nm, a, absID := n.resolve(numID)
	if a == nil {
		return "", ""
	}
	ilvl = min(max(ilvl, 0), 8)
	lv := func(k int) level {
		if o := nm.overrides[k]; o.lvl != nil {
			return *o.lvl
		}
		return a.levels[k]
	}
	key := "a" + absID
	if nm.hasAny {
		key = "n" + numID
	}
	st := n.state[key]
	if st == nil {
		st = &counters{}
		n.state[key] = st
	}
	startOf := func(k int) int {
		if o := nm.overrides[k]; o.hasStart {
			return o.start
		}
		return lv(k).start
	}
	if st.started[ilvl] {
		st.value[ilvl]++
	} else {
		st.value[ilvl] = startOf(ilvl)
		st.started[ilvl] = true
	}
	for k := ilvl + 1; k < 9; k++ {
		r := lv(k).restart
		if r == 0 || (r > 0 && ilvl >= r) {
			continue // restarts only after the level given by w:lvlRestart
		}
		st.started[k] = false
	}
	l := lv(ilvl)
	if l.fmt == "bullet" || l.fmt == "none" || !l.hasText {
		return "", ""
	}
	var b strings.Builder
	t := l.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			v := st.value[k]
			if !st.started[k] {
				v = startOf(k)
			}
			f := lv(k).fmt
			if l.isLgl {
				f = "decimal"
			}
			b.WriteString(formatNumber(v, f))
			i++
			continue
		}
		b.WriteByte(t[i])
	}
	return b.String(), l.suff
}

// readNumbering parses numbering.xml. On error what was read is kept.
func readNumbering(d *ooxml.Decoder, st *styles) (*numbering, error) {
	n := &numbering{abstract: map[string]*abstractNum{}, nums: map[string]*num{}, state: map[string]*counters{}, styles: st}
	var (
		abs     *abstractNum
		nm      *num
		lvl     *level
		ovr     *override
		altSeen bool // inside an mc:AlternateContent, a branch was taken
	)
	for {
		t, err := d.Next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("numbering: %w", err)
		}
		if t.Kind == ooxml.EndElement {
			switch {
			case t.Is(ooxml.NSW, "abstractNum"):
				abs = nil
			case t.Is(ooxml.NSW, "num"):
				nm = nil
			case t.Is(ooxml.NSW, "lvl"):
				lvl = nil
			case t.Is(ooxml.NSW, "lvlOverride"):
				ovr, lvl = nil, nil
			case t.Is(ooxml.NSMC, "AlternateContent"):
				altSeen = false
			}
			continue
		}
		if t.Kind != ooxml.StartElement {
			continue
		}
		if t.NS == ooxml.NSMC {
			switch string(t.Local) {
			case "Choice", "Fallback":
				if altSeen {
					if err := d.Skip(); err != nil {
						return n, fmt.Errorf("numbering: %w", err)
					}
					continue
				}
				altSeen = true
			}
			continue
		}
		if t.NS != ooxml.NSW {
			continue
		}
		val := func() string { v, _ := d.Attr(ooxml.NSW, "val"); return string(v) }
		switch string(t.Local) {
		case "abstractNum":
			id, _ := d.Attr(ooxml.NSW, "abstractNumId")
			abs = &abstractNum{}
			for i := range abs.levels {
				abs.levels[i] = newLevel()
			}
			n.abstract[string(id)] = abs
		case "num":
			id, _ := d.Attr(ooxml.NSW, "numId")
			nm = &num{}
			n.nums[string(id)] = nm
		case "abstractNumId":
			if nm != nil {
				nm.abstract = val()
			}
		case "lvlOverride":
			if nm != nil {
				v, _ := d.Attr(ooxml.NSW, "ilvl")
				if k := atoiDefault(v, -1); k >= 0 && k < 9 {
					ovr = &nm.overrides[k]
					nm.hasAny = true
				}
			}
		case "startOverride":
			if ovr != nil {
				ovr.start, ovr.hasStart = atoiDefault([]byte(val()), 1), true
			}
		case "lvl":
			v, _ := d.Attr(ooxml.NSW, "ilvl")
			k := atoiDefault(v, -1)
			switch {
			case ovr != nil:
				l := newLevel()
				ovr.lvl = &l
				lvl = ovr.lvl
			case abs != nil && k >= 0 && k < 9:
				lvl = &abs.levels[k]
			default:
				lvl = nil
			}
		case "start":
			if lvl != nil {
				lvl.start = atoiDefault([]byte(val()), 1)
			}
		case "numFmt":
			if lvl != nil {
				if f := val(); f != "custom" || lvl.fmt == "" {
					lvl.fmt = f
				}
			}
		case "lvlText":
			if lvl != nil {
				lvl.text, lvl.hasText = val(), true
			}
		case "lvlRestart":
			if lvl != nil {
				lvl.restart = atoiDefault([]byte(val()), -1)
			}
		case "isLgl":
			if lvl != nil {
				v, ok := d.Attr(ooxml.NSW, "val")
				lvl.isLgl = !ok || onOff(v)
			}
		case "pStyle":
			if lvl != nil {
				lvl.pStyle = val()
			}
		case "suff":
			if lvl != nil {
				lvl.suff = val()
			}
		case "numStyleLink":
			if abs != nil {
				abs.numStyleLink = val()
			}
		case "pPr", "rPr", "numPicBullet", "lvlPicBulletId":
			if err := d.Skip(); err != nil {
				return n, fmt.Errorf("numbering: %w", err)
			}
		}
	}
}

var (
	cnDigits    = []string{"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	cnLegal     = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	heavenly    = []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"}
	earthly     = []string{"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"}
	romanValues = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	romanDigits = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
)

// formatNumber renders v in a w:numFmt. Unknown formats fall back to decimal.
func formatNumber(v int, f string) string {
	switch f {
	case "", "decimal", "decimalHalfWidth", "ordinal", "cardinalText", "ordinalText":
		return strconv.Itoa(v)
	case "decimalZero":
		if v >= 0 && v < 10 {
			return "0" + strconv.Itoa(v)
		}
		return strconv.Itoa(v)
	case "upperLetter", "lowerLetter":
		if v <= 0 || v > 26*8 {
			return strconv.Itoa(v)
		}
		s := strings.Repeat(string(rune('A'+(v-1)%26)), (v-1)/26+1)
		if f == "lowerLetter" {
			s = strings.ToLower(s)
		}
		return s
	case "upperRoman", "lowerRoman":
		if v <= 0 || v >= 4000 {
			return strconv.Itoa(v)
		}
		var b strings.Builder
		for i, rv := range romanValues {
			for v >= rv {
				b.WriteString(romanDigits[i])
				v -= rv
			}
		}
		if f == "lowerRoman" {
			return strings.ToLower(b.String())
		}
		return b.String()
	case "chineseCounting", "japaneseCounting", "taiwaneseCounting", "chineseCountingThousand", "japaneseDigitalTenThousand", "taiwaneseCountingThousand":
		if f == "chineseCounting" || f == "japaneseCounting" || f == "taiwaneseCounting" {
			if v >= 100 || v < 0 {
				return digitwise(v, cnDigits)
			}
		}
		return chineseNumber(v, cnDigits, "十", "百", "千", "零")
	case "chineseLegalSimplified":
		return chineseNumber(v, cnLegal, "拾", "佰", "仟", "零")
	case "ideographTraditional":
		if v <= 0 {
			return strconv.Itoa(v)
		}
		return heavenly[(v-1)%10]
	case "ideographZodiac":
		if v <= 0 {
			return strconv.Itoa(v)
		}
		return earthly[(v-1)%12]
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if v >= 1 && v <= 20 {
			return string(rune(0x2460 + v - 1))
		}
		return strconv.Itoa(v)
	case "decimalEnclosedParen":
		if v >= 1 && v <= 20 {
			return string(rune(0x2474 + v - 1))
		}
		return "(" + strconv.Itoa(v) + ")"
	case "decimalEnclosedFullstop":
		if v >= 1 && v <= 20 {
			return string(rune(0x2488 + v - 1))
		}
		return strconv.Itoa(v) + "."
	case "decimalFullWidth", "decimalFullWidth2":
		s := strconv.Itoa(v)
		var b strings.Builder
		for _, r := range s {
			if r >= '0' && r <= '9' {
				r += 0xFF10 - '0'
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	return strconv.Itoa(v)
}

func digitwise(v int, digits []string) string {
	s := strconv.Itoa(v)
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteString(digits[r-'0'])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// chineseNumber writes 1..9999 positionally (十一, 一百零一, 二千零二十);
// other values digit by digit.
func chineseNumber(v int, digits []string, ten, hundred, thousand, zero string) string {
	if v <= 0 || v >= 10000 {
		return digitwise(v, digits)
	}
	units := []string{thousand, hundred, ten, ""}
	div := []int{1000, 100, 10, 1}
	var b strings.Builder
	pendingZero := false
	for i, d := range div {
		q := v / d % 10
		if q == 0 {
			if b.Len() > 0 {
				pendingZero = true
			}
			continue
		}
		if pendingZero {
			b.WriteString(zero)
			pendingZero = false
		}
		// 十一 rather than 一十一 when ten is the leading unit.
		if !(d == 10 && q == 1 && b.Len() == 0 && digits[1] == "一") {
			b.WriteString(digits[q])
		}
		b.WriteString(units[i])
	}
	return b.String()
}
