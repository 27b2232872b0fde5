package docx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/crossfoot/crossfoot/internal/ooxml"
)

// style is what the reader needs of one paragraph style from styles.xml.
type style struct {
	name    string
	basedOn string
	outline int    // w:outlineLvl 0..9, -1 when not set here
	numID   string // w:numPr/w:numId, "" when not set here
	ilvl    int    // w:numPr/w:ilvl, -1 when not set here
}

type styles struct {
	byID        map[string]*style
	defaultPara string
}

// chain calls f on the style and its basedOn ancestors until f returns true.
// Cycles and absurdly long chains are cut off.
func (s *styles) chain(id string, f func(*style) bool) {
	if s == nil {
		return
	}
	for i := 0; i < 32 && id != ""; i++ {
		st := s.byID[id]
		if st == nil || f(st) {
			return
		}
		id = st.basedOn
	}
}

// effective returns the style a paragraph uses: its w:pStyle or the default
// paragraph style.
func (s *styles) effective(id string) string {
	if id == "" && s != nil {
		return s.defaultPara
	}
	return id
}

// outline returns the outline level (0-based, 9 = body text) of the style
// chain, or -1.
func (s *styles) outline(id string) int {
	lvl := -1
	s.chain(id, func(st *style) bool {
		if st.outline >= 0 {
			lvl = st.outline
			return true
		}
		return false
	})
	return lvl
}

// numPr returns the numbering a style chain assigns: the nearest numId and
// the nearest ilvl (-1 when none says).
func (s *styles) numPr(id string) (numID string, ilvl int) {
	ilvl = -1
	s.chain(id, func(st *style) bool {
		if ilvl < 0 && st.ilvl >= 0 {
			ilvl = st.ilvl
		}
		if numID == "" && st.numID != "" {
			numID = st.numID
		}
		return numID != "" && ilvl >= 0
	})
	return numID, ilvl
}

// headingLevel returns N for a style chain named like a built-in heading
// ("heading N", "标题 N") or 0.
func (s *styles) headingLevel(id string) int {
	lvl := 0
	s.chain(id, func(st *style) bool {
		lvl = headingName(st.name)
		return lvl > 0
	})
	if lvl == 0 && s != nil && s.byID[id] == nil {
		lvl = headingName(id) // styleId without styles.xml: "Heading1"
	}
	return lvl
}

func headingName(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, p := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(n, p); ok {
			rest = strings.TrimSpace(rest)
			if len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
				return int(rest[0] - '0')
			}
		}
	}
	return 0
}

// isTOC reports whether the style chain is a table-of-contents style.
func (s *styles) isTOC(id string) bool {
	toc := false
	s.chain(id, func(st *style) bool {
		n := strings.ToLower(st.name)
		toc = strings.HasPrefix(n, "toc") || strings.HasPrefix(n, "目录")
		return toc
	})
	return toc
}

func atoiDefault(b []byte, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return def
	}
	return n
}

// styleNames are the local names readStyles acts on inside a w:style.
var styleNames = ooxml.NewNames("name", "basedOn", "outlineLvl", "numId", "ilvl",
	"rPr", "tblPr", "trPr", "tcPr", "tblStylePr", "pPrChange", "rPrChange")

// readStyles parses styles.xml. On error the styles read so far are kept.
// Each w:style is read with Decoder.Scan, the fast path: styles.xml is
// often as large as the document itself.
func readStyles(d *ooxml.Decoder) (*styles, error) {
	s := &styles{byID: map[string]*style{}}
	for {
		t, err := d.Next()
		if err == io.EOF {
			return s, nil
		}
		if err != nil {
			return s, fmt.Errorf("styles: %w", err)
		}
		if t.Kind != ooxml.StartElement || t.NS != ooxml.NSW {
			continue
		}
		switch string(t.Local) {
		case "style":
		case "docDefaults", "latentStyles":
			if err := d.Skip(); err != nil {
				return s, fmt.Errorf("styles: %w", err)
			}
			continue
		default:
			continue
		}
		typ, ok := d.Attr(ooxml.NSW, "type")
		if ok && string(typ) != "paragraph" {
			if err := d.Skip(); err != nil {
				return s, fmt.Errorf("styles: %w", err)
			}
			continue
		}
		id, _ := d.Attr(ooxml.NSW, "styleId")
		cur := &style{outline: -1, ilvl: -1}
		s.byID[string(id)] = cur
		if v, ok := d.Attr(ooxml.NSW, "default"); ok && onOff(v) && s.defaultPara == "" {
			s.defaultPara = string(id)
		}
		err = d.ScanNames(styleNames, func(ns ooxml.NS, local []byte) bool {
			if ns != ooxml.NSW {
				return false
			}
			val := func() []byte { v, _ := d.Attr(ooxml.NSW, "val"); return v }
			switch string(local) {
			case "name":
				cur.name = string(val())
			case "basedOn":
				cur.basedOn = string(val())
			case "outlineLvl":
				cur.outline = atoiDefault(val(), -1)
			case "numId":
				cur.numID = string(val())
			case "ilvl":
				cur.ilvl = atoiDefault(val(), -1)
			case "rPr", "tblPr", "trPr", "tcPr", "tblStylePr", "pPrChange", "rPrChange":
				return true
			}
			return false
		})
		if err != nil {
			return s, fmt.Errorf("styles: %w", err)
		}
	}
}

// onOff reads an ST_OnOff value; absent values are handled by callers.
func onOff(v []byte) bool {
	switch strings.ToLower(string(v)) {
	case "0", "false", "off", "none":
		return false
	}
	return true
}
