package sequence

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crossfoot/crossfoot/audit"
	"github.com/crossfoot/crossfoot/internal/cjk"
	"github.com/crossfoot/crossfoot/model"
	"github.com/crossfoot/crossfoot/tables"
)

// nounCountRe is a count of all of some things, the noun after 个 and
// before a stop: "共划分7个标段，", "分为三个片区。".
var nounCountRe = regexp.MustCompile(`(?:共|共有|共划分|划分为|分为|共设|共设置)\s*([1-9][0-9]?|[一二三四五六七八九十两]{1,3})\s*个\s*(\p{Han}{2,4}?)[，。；、,;（(]`)

// checkNounRows reports a count of all of some things ("共划分7个标段")
// against the one table whose label column is headed by that noun (标段,
// 标段名称) and lists another number of them, its totals aside. Projects
// and places are left to checkCountedRows and checkJurisdictionRows, which
// tie the count to the table more closely.
func checkNounRows(p *audit.Pass, sp model.Span, txt string) {
	if !cjk.Contains(txt, "个") || !cjk.ContainsAnyOf(txt, "共", "分为") {
		return // (every lead of nounCountRe holds 共 or 分为)
	}
	if !nounCountLead(txt) {
		return
	}
	var ta *tables.Analysis
	for _, m := range nounCountRe.FindAllStringSubmatchIndex(txt, -1) {
		noun := txt[m[4]:m[5]]
		if strings.HasSuffix(noun, "项目") || placesWithin(noun, noun) || strings.ContainsAny(noun, "乡镇县区市村") {
			continue
		}
		n := announced(txt[m[2]:m[3]])
		if n < 2 {
			continue
		}
		if ta == nil {
			ta = audit.Fact(p, tables.FactKey, tables.Analyze)
		}
		var hit *tables.Block
		var names []string // the items' names, in the noun's column
		for _, t := range ta.Tables {
			for _, b := range t.Blocks {
				col := headedBy(ta.Doc, t, b, noun)
				if col < 0 {
					continue
				}
				if hit != nil {
					hit = nil // two tables: which one the text counts is open
					goto next
				}
				hit = b
				for _, r := range b.Rows {
					if r.Total || r.Subtotal || r.Group || r.Subset {
						continue
					}
					if c := t.T.At(r.Row, col); c != nil {
						if name := strings.TrimSpace(ta.Doc.Slice(c.Span)); name != "" {
							names = append(names, name)
						}
					}
				}
			}
		}
		if hit == nil || len(names) < 2 || len(names) == n {
			continue
		}
		p.Report(audit.Finding{
			Severity:   audit.Warning,
			Message:    fmt.Sprintf("写「%s」，而表%d按%s逐行列出的是 %d 个：%s", txt[m[0]:m[5]], hit.Table.Number, noun, len(names), strings.Join(names, "、")),
			MessageEN:  fmt.Sprintf("the text counts %d, but table %d lists %d under %q: %s", n, hit.Table.Number, len(names), noun, strings.Join(names, "、")),
			Span:       model.Span{Start: sp.Start + m[2], End: sp.Start + m[5]},
			Expr:       fmt.Sprintf("%d ≠ %d", n, len(names)),
			Expected:   strconv.Itoa(len(names)),
			Actual:     strconv.Itoa(n),
			Confidence: 0.6,
		})
	next:
	}
}

// headedBy returns the grid column of block b of table t whose label
// column is headed noun or noun名称 ("标段", "标段名称"), −1 for none.
func headedBy(d *model.Document, t *tables.Table, b *tables.Block, noun string) int {
	for _, r := range b.HeaderRows {
		for _, c := range b.LabelCols {
			if cell := t.T.At(r, c); cell != nil {
				if h := tables.Squash(d.Slice(cell.Span)); h == noun || h == noun+"名称" {
					return c
				}
			}
		}
	}
	return -1
}

// nounCountLead reports whether s holds 个 after a numeral that follows
// the last rune of a lead of nounCountRe (共, 有, 分, 为, 设 or 置), white
// space aside: every match of the regexp does, and the regexp, without a
// literal to start from, is tried at every byte of the paragraph.
func nounCountLead(s string) bool {
	for i := 0; ; i += len("个") {
		k := cjk.Index(s[i:], "个")
		if k < 0 {
			return false
		}
		i += k
		j := trimSpaceBack(s, i)
		n := j // the numeral is s[n:j]
		for n > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:n])
			if !(r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九十两", r)) {
				break
			}
			n -= w
		}
		if n == j {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:trimSpaceBack(s, n)]); strings.ContainsRune("共有分为设置", r) {
			return true
		}
	}
}

// trimSpaceBack returns i less the white space (\s of a regexp) right before it.
func trimSpaceBack(s string, i int) int {
	for i > 0 && (s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n' || s[i-1] == '\f' || s[i-1] == '\r') {
		i--
	}
	return i
}
