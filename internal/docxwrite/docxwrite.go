package docxwrite

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Doc is a document: its body blocks in order, and optional footnotes.
type Doc struct {
	Blocks []Block
	// WordLike adds the run and paragraph properties Word writes everywhere
	// (fonts, sizes, spacing, cell alignment), so document.xml has the size
	// and markup density of a real report. Text and structure are unchanged.
	WordLike bool
	// Footnotes are footnote texts; the i-th one gets w:id i+1 and is
	// referenced by a Para whose FootnoteRef is i+1.
	Footnotes []string
}

// Block is a body-level element: Para, Table or Raw.
type Block interface {
	writeBody(b *bytes.Buffer)
}

// Para is a paragraph. Runs, if set, replace Text and become separate w:r
// elements (for run-offset tests); a "\t" inside a run becomes w:tab.
type Para struct {
	// PPr and RPr are raw XML placed inside w:pPr and each run's w:rPr.
	PPr, RPr string
	Text     string
	Runs     []string
	Style    string // paragraph style id, e.g. "Heading1" or "1"
	Outline  int    // 1-based outline level written as w:outlineLvl (0 = none)
	// NumText, if set, is prepended to the text as a literal label (Word's
	// automatic numbering is not modelled).
	NumText string
	// FootnoteRef, if > 0, appends a reference to that footnote.
	FootnoteRef int
}

// P returns a plain body paragraph.
func P(text string) Para { return Para{Text: text} }

// H returns a heading paragraph with style HeadingN and outline level n.
func H(level int, text string) Para {
	return Para{Text: text, Style: fmt.Sprintf("Heading%d", level), Outline: level}
}

// Raw is XML inserted verbatim into w:body (or into a cell, see Cell.Raw).
// It must be well-formed and use the w: prefix.
type Raw string

// VMerge is a cell's vertical merge state.
type VMerge int

const (
	NoMerge  VMerge = iota
	Restart         // first cell of a vertical merge (w:vMerge w:val="restart")
	Continue        // covered by the cell above (w:vMerge with no value)
)

// Cell is a table cell. Text may contain "\n" to make several paragraphs.
type Cell struct {
	// PPr and RPr apply to the cell's paragraphs (see Para).
	PPr, RPr string
	Text     string
	Span     int    // grid columns spanned (w:gridSpan); 0 or 1 = one column
	VMerge   VMerge // vertical merge state
	Tables   []Table
	// Raw, if non-empty, replaces the whole w:tc element of this cell.
	Raw string
}

// C is a shorthand for a plain cell.
func C(text string) Cell { return Cell{Text: text} }

// Across is a cell spanning n grid columns (w:gridSpan).
func Across(text string, n int) Cell { return Cell{Text: text, Span: n} }

// Down is the first cell of a vertical merge; Below the cells it covers.
func Down(text string) Cell { return Cell{Text: text, VMerge: Restart} }

// Below is a cell covered by the vertical merge above it.
var Below = Cell{VMerge: Continue}

// Table is a table. Rows hold the cells actually present in each row
// (a merged cell appears once, with its Span). GridBefore, if set,
// gives per-row w:gridBefore counts.
type Table struct {
	Rows       [][]Cell
	GridBefore []int
	Style      string // table style id; "" = none
}

// Bytes renders the document as a .docx file.
func (d Doc) Bytes() []byte {
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		// Writing to a bytes.Buffer cannot fail.
		panic(err)
	}
	return buf.Bytes()
}

// WriteTo writes the .docx to w.
func (d Doc) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	z := zip.NewWriter(cw)
	files := []struct{ name, body string }{
		{"[Content_Types].xml", d.contentTypes()},
		{"_rels/.rels", rootRels},
		{"word/_rels/document.xml.rels", d.docRels()},
		{"word/document.xml", d.DocumentXML()},
		{"word/styles.xml", stylesXML},
	}
	if len(d.Footnotes) > 0 {
		files = append(files, struct{ name, body string }{"word/footnotes.xml", d.footnotesXML()})
	}
	for _, f := range files {
		fw, err := z.Create(f.name)
		if err != nil {
			return cw.n, err
		}
		if _, err := io.WriteString(fw, f.body); err != nil {
			return cw.n, err
		}
	}
	err := z.Close()
	return cw.n, err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

const nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
const nsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

// DocumentXML returns the text of word/document.xml.
func (d Doc) DocumentXML() string {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	for _, bl := range d.Blocks {
		if d.WordLike {
			bl = wordLike(bl)
		}
		bl.writeBody(&b)
	}
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

func (p Para) writeBody(b *bytes.Buffer) {
	b.WriteString("<w:p>")
	if p.Style != "" || p.Outline > 0 || p.PPr != "" {
		b.WriteString("<w:pPr>")
		if p.Style != "" {
			fmt.Fprintf(b, `<w:pStyle w:val="%s"/>`, esc(p.Style))
		}
		if p.Outline > 0 {
			fmt.Fprintf(b, `<w:outlineLvl w:val="%d"/>`, p.Outline-1)
		}
		b.WriteString(p.PPr)
		b.WriteString("</w:pPr>")
	}
	runs := p.Runs
	if runs == nil && (p.Text != "" || p.NumText != "") {
		runs = []string{p.NumText + p.Text}
	} else if p.NumText != "" {
		runs = append([]string{p.NumText}, runs...)
	}
	for _, r := range runs {
		writeRun(b, r, p.RPr)
	}
	if p.FootnoteRef > 0 {
		fmt.Fprintf(b, `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, p.FootnoteRef)
	}
	b.WriteString("</w:p>")
}

func writeRun(b *bytes.Buffer, s, rpr string) {
	b.WriteString("<w:r>")
	if rpr != "" {
		b.WriteString("<w:rPr>" + rpr + "</w:rPr>")
	}
	for i, part := range strings.Split(s, "\t") {
		if i > 0 {
			b.WriteString("<w:tab/>")
		}
		if part == "" {
			continue
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		b.WriteString(esc(part))
		b.WriteString("</w:t>")
	}
	b.WriteString("</w:r>")
}

func (r Raw) writeBody(b *bytes.Buffer) { b.WriteString(string(r)) }

// Cols returns the number of grid columns of the table.
func (t Table) Cols() int {
	n := 0
	for i, row := range t.Rows {
		w := 0
		if i < len(t.GridBefore) {
			w = t.GridBefore[i]
		}
		for _, c := range row {
			w += max(c.Span, 1)
		}
		n = max(n, w)
	}
	return n
}

func (t Table) writeBody(b *bytes.Buffer) {
	cols := t.Cols()
	b.WriteString("<w:tbl><w:tblPr>")
	if t.Style != "" {
		fmt.Fprintf(b, `<w:tblStyle w:val="%s"/>`, esc(t.Style))
	}
	b.WriteString(`<w:tblW w:w="0" w:type="auto"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(b, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, side)
	}
	b.WriteString("</w:tblBorders></w:tblPr><w:tblGrid>")
	for i := 0; i < cols; i++ {
		b.WriteString(`<w:gridCol w:w="1500"/>`)
	}
	b.WriteString("</w:tblGrid>")
	for i, row := range t.Rows {
		b.WriteString("<w:tr>")
		if i < len(t.GridBefore) && t.GridBefore[i] > 0 {
			fmt.Fprintf(b, `<w:trPr><w:gridBefore w:val="%d"/></w:trPr>`, t.GridBefore[i])
		}
		for _, c := range row {
			c.write(b)
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

func (c Cell) write(b *bytes.Buffer) {
	if c.Raw != "" {
		b.WriteString(c.Raw)
		return
	}
	b.WriteString("<w:tc><w:tcPr>")
	span := max(c.Span, 1)
	fmt.Fprintf(b, `<w:tcW w:w="%d" w:type="dxa"/>`, 1500*span)
	if span > 1 {
		fmt.Fprintf(b, `<w:gridSpan w:val="%d"/>`, span)
	}
	switch c.VMerge {
	case Restart:
		b.WriteString(`<w:vMerge w:val="restart"/>`)
	case Continue:
		b.WriteString(`<w:vMerge/>`)
	}
	b.WriteString("</w:tcPr>")
	if c.VMerge == Continue {
		// Word writes an empty paragraph in covered cells.
		b.WriteString("<w:p/>")
	} else {
		for _, line := range strings.Split(c.Text, "\n") {
			Para{Text: line, PPr: c.PPr, RPr: c.RPr}.writeBody(b)
		}
	}
	for _, t := range c.Tables {
		t.writeBody(b)
		// A cell must end with a paragraph.
		b.WriteString("<w:p/>")
	}
	b.WriteString("</w:tc>")
}

func (d Doc) contentTypes() string {
	s := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`
	if len(d.Footnotes) > 0 {
		s += `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`
	}
	return s + `</Types>`
}

const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`

func (d Doc) docRels() string {
	s := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
	if len(d.Footnotes) > 0 {
		s += `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>`
	}
	return s + `</Relationships>`
}

func (d Doc) footnotesXML() string {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
	b.WriteString(`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`)
	b.WriteString(`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
	for i, f := range d.Footnotes {
		fmt.Fprintf(&b, `<w:footnote w:id="%d">`, i+1)
		Para{Text: f}.writeBody(&b)
		b.WriteString(`</w:footnote>`)
	}
	b.WriteString(`</w:footnotes>`)
	return b.String()
}

var stylesXML = func() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n")
	b.WriteString(`<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`)
	for i := 1; i <= 6; i++ {
		fmt.Fprintf(&b, `<w:style w:type="paragraph" w:styleId="Heading%d"><w:name w:val="heading %d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:outlineLvl w:val="%d"/></w:pPr></w:style>`, i, i, i-1)
	}
	b.WriteString(`</w:styles>`)
	return b.String()
}()

var xmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// esc escapes text for XML and drops characters XML 1.0 cannot carry.
func esc(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return -1
	}, s)
	return xmlEscaper.Replace(s)
}

// Properties Word typically writes on Chinese government reports.
const (
	bodyPPr = `<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>`
	bodyRPr = `<w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:cs="仿宋_GB2312" w:hint="eastAsia"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/>`
	headRPr = `<w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体" w:cs="黑体" w:hint="eastAsia"/><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>`
	cellPPr = `<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="center"/>`
	cellRPr = `<w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体" w:hint="eastAsia"/><w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="20"/><w:szCs w:val="20"/>`
)

// wordLike returns the block with Word's usual formatting added.
func wordLike(bl Block) Block {
	switch x := bl.(type) {
	case Para:
		if x.PPr == "" {
			x.PPr = bodyPPr
		}
		if x.RPr == "" {
			x.RPr = bodyRPr
			if x.Style != "" {
				x.RPr = headRPr
			}
		}
		return x
	case Table:
		rows := make([][]Cell, len(x.Rows))
		for i, row := range x.Rows {
			rows[i] = make([]Cell, len(row))
			for j, c := range row {
				if c.PPr == "" {
					c.PPr = cellPPr
				}
				if c.RPr == "" {
					c.RPr = cellRPr
				}
				c.Tables = append([]Table(nil), c.Tables...)
				for k := range c.Tables {
					c.Tables[k] = wordLike(c.Tables[k]).(Table)
				}
				rows[i][j] = c
			}
		}
		x.Rows = rows
		return x
	}
	return bl
}
