package prose

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// chainItemRef is chainItem by its definition: the level mark found last in
// the head, with nothing but spaces after it.
func chainItemRef(clause string) (string, int) {
	head := clause
	if k := strings.IndexAny(head, "：:，,"); k >= 0 {
		head = head[:k]
	}
	last, end, digits := -1, 0, 0
	for i, w := range [...]string{"（项）", "(项)", "（款）", "(款)", "（类）", "(类)"} {
		if k := strings.LastIndex(head, w); k > last {
			last, end, digits = k, k+len(w), 7-2*(i/2)
		}
	}
	if last < 0 || strings.TrimSpace(head[end:]) != "" {
		return "", 0
	}
	start := 0
	if k := strings.LastIndexAny(head[:last], "）)"); k >= 0 {
		_, w := utf8.DecodeRuneInString(head[k:])
		start = k + w
	}
	return strings.TrimSpace(head[start:last]), digits
}

func TestChainItem(t *testing.T) {
	for _, tt := range []struct {
		clause, item string
		digits       int
	}{
		{"农林水支出（类）水利（款）水利工程建设（项）：", "水利工程建设", 7},
		{"教育支出(类)普通教育(款) ", "普通教育", 5},
		{"文化旅游体育与传媒支出（类）", "文化旅游体育与传媒支出", 3},
		{"水利工程建设（项）以外", "", 0},
		{"无层级的句子", "", 0},
	} {
		item, digits := chainItem(tt.clause)
		if item != tt.item || digits != tt.digits {
			t.Errorf("chainItem(%q) = %q, %d; want %q, %d", tt.clause, item, digits, tt.item, tt.digits)
		}
	}
}

// FuzzChainItem compares chainItem with its definition.
func FuzzChainItem(f *testing.F) {
	for _, s := range []string{"农林水支出（类）水利（款）水利工程建设（项）：支出", "(类)(项) \u3000", "（项）（项）", "a（款）b（项）", "（类）\u00a0", "x(项)\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		i1, d1 := chainItem(s)
		i2, d2 := chainItemRef(s)
		if i1 != i2 || d1 != d2 {
			t.Fatalf("chainItem(%q) = %q, %d; reference %q, %d", s, i1, d1, i2, d2)
		}
	})
}
