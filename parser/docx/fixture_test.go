package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// Namespaces used by the fixtures.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	relBase   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	relStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
	ctMain    = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
	rootAttrs = `xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"`
)

// pkg describes a .docx compactly: the body's inner XML (w: prefix bound to
// the main namespace), optional secondary parts, and knobs for odd packages.
type pkg struct {
	body      string            // inner XML of w:body; ignored when doc is set
	doc       string            // complete main part, verbatim
	styles    string            // inner XML of w:styles
	numbering string            // inner XML of w:numbering
	footnotes string            // inner XML of w:footnotes
	endnotes  string            // inner XML of w:endnotes
	main      string            // main part name; default word/document.xml
	ct        string            // main content type; default .docx's
	strict    bool              // Strict relationship type URIs
	noRels    bool              // omit _rels/.rels
	stored    bool              // store entries uncompressed (fuzz seeds reach the XML)
	extra     map[string]string // further entries, verbatim
}

func wrap(root, inner string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n<w:" + root + " " + rootAttrs + ">" + inner + "</w:" + root + ">"
}

// build writes the package as a zip.
func (p pkg) build() []byte {
	main := p.main
	if main == "" {
		main = "word/document.xml"
	}
	ct := p.ct
	if ct == "" {
		ct = ctMain
	}
	rel := relBase
	if p.strict {
		rel = relStrict
	}
	files := map[string]string{}
	doc := p.doc
	if doc == "" {
		doc = wrap("document", "<w:body>"+p.body+"</w:body>")
	}
	files[main] = doc
	dir := main[:strings.LastIndex(main, "/")+1]
	base := main[len(dir):]
	var docRels strings.Builder
	overrides := `<Override PartName="/` + main + `" ContentType="` + ct + `"/>`
	for i, part := range []struct{ name, root, inner, rel string }{
		{"styles.xml", "styles", p.styles, "styles"},
		{"numbering.xml", "numbering", p.numbering, "numbering"},
		{"footnotes.xml", "footnotes", p.footnotes, "footnotes"},
		{"endnotes.xml", "endnotes", p.endnotes, "endnotes"},
	} {
		if part.inner == "" {
			continue
		}
		files[dir+part.name] = wrap(part.root, part.inner)
		fmt.Fprintf(&docRels, `<Relationship Id="rId%d" Type="%s%s" Target="%s"/>`, i+1, rel, part.rel, part.name)
	}
	files[dir+"_rels/"+base+".rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + docRels.String() + `</Relationships>`
	if !p.noRels {
		files["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rel + `officeDocument" Target="` + main + `"/></Relationships>`
	}
	files["[Content_Types].xml"] = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` + overrides + `</Types>`
	for k, v := range p.extra {
		files[k] = v
	}
	names := make([]string, 0, len(files))
	for k := range files {
		names = append(names, k)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		method := zip.Deflate
		if p.stored {
			method = zip.Store
		}
		f, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: method})
		if err != nil {
			panic(err)
		}
		f.Write([]byte(files[n]))
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// Snippet helpers for bodies.

// p is a paragraph with one run per text.
func p(texts ...string) string { return pp("", texts...) }

// pp is a paragraph with properties (inner XML of w:pPr) and one run per text.
func pp(ppr string, texts ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if ppr != "" {
		b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
	}
	for _, t := range texts {
		b.WriteString(r(t))
	}
	b.WriteString("</w:p>")
	return b.String()
}

// r is a run of text.
func r(t string) string { return `<w:r><w:t xml:space="preserve">` + t + `</w:t></w:r>` }

// tbl is a table of rows; tr is a row of cells (trPr inner XML first, may be "").
func tbl(rows ...string) string { return "<w:tbl><w:tblPr/>" + strings.Join(rows, "") + "</w:tbl>" }
func tr(trPr string, cells ...string) string {
	s := "<w:tr>"
	if trPr != "" {
		s += "<w:trPr>" + trPr + "</w:trPr>"
	}
	return s + strings.Join(cells, "") + "</w:tr>"
}

// tc is a cell with properties (inner XML of w:tcPr) and content (paragraphs
// or tables; plain text becomes one paragraph).
func tc(tcPr, content string) string {
	if content != "" && !strings.HasPrefix(content, "<") {
		content = p(content)
	}
	s := "<w:tc>"
	if tcPr != "" {
		s += "<w:tcPr>" + tcPr + "</w:tcPr>"
	}
	return s + content + "</w:tc>"
}

const (
	span2    = `<w:gridSpan w:val="2"/>`
	span3    = `<w:gridSpan w:val="3"/>`
	vRestart = `<w:vMerge w:val="restart"/>`
	vCont    = `<w:vMerge/>`
)

func numPr(numID, ilvl int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>`, ilvl, numID)
}

// lvl is one numbering level.
func lvl(ilvl int, start int, numFmt, text string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="%d"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0"/></w:pPr></w:lvl>`, ilvl, start, numFmt, text)
}

// chineseLists is numbering.xml content: abstract 0 with the usual Chinese
// report levels 一、（一）1.（1）, num 1 using it and num 2 restarting it.
var chineseLists = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
	lvl(0, 1, "chineseCounting", "%1、") + lvl(1, 1, "chineseCounting", "（%2）") +
	lvl(2, 1, "decimal", "%3.") + lvl(3, 1, "decimal", "（%4）") + lvl(4, 1, "decimalEnclosedCircle", "%5") +
	lvl(5, 1, "ideographTraditional", "%6、") +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="1">` + lvl(0, 1, "bullet", "\uf0b7") + `</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>`
