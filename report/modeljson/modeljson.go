package modeljson

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/crossfoot/crossfoot/model"
)

// Version is the wire format's version. It changes only when a field is
// removed or changes meaning; fields may be added within a version.
const Version = 1

// Document is a parsed report. All numbers shown to people (table index,
// row, column, paragraph) are 1-based, as in "表3 第5行 第2列"; spans are
// 0-based byte offsets into Text, half-open.
type Document struct {
	Version int      `json:"version"`
	Name    string   `json:"name"`
	Format  string   `json:"format"` // "docx" or "text"
	Text    string   `json:"text"`   // the linear text every span indexes
	Blocks  []Block  `json:"blocks"`
	Tables  []Table  `json:"tables"` // every table, nested ones included, in document order
	Errors  []string `json:"errors,omitempty"`
}

// Block is a top-level heading, paragraph or table, in reading order.
type Block struct {
	Type     string `json:"type"` // "heading", "paragraph" or "table"
	Span     Span   `json:"span"`
	Text     string `json:"text,omitempty"`     // heading and paragraph
	Level    int    `json:"level,omitempty"`    // heading: 1 = top level
	Number   string `json:"number,omitempty"`   // heading: numbering label as displayed ("二、")
	Kind     string `json:"kind,omitempty"`     // paragraph: "body", "footnote", "endnote" or "textbox"
	Para     int    `json:"para,omitempty"`     // heading, paragraph: 1-based paragraph number
	Table    int    `json:"table,omitempty"`    // table: its index in Tables (1-based)
	Section  string `json:"section,omitempty"`  // section path in force, e.g. "二、（一）"
	Position string `json:"position,omitempty"` // human location, e.g. "二、（一） 第2段"
}

// Table is a grid whose merged cells appear once, with their spans.
type Table struct {
	Index   int      `json:"index"` // 1-based: 表N
	Caption string   `json:"caption"`
	Unit    string   `json:"unit,omitempty"` // a "单位：…" line next to the table
	Rows    int      `json:"rows"`
	Cols    int      `json:"cols"`
	Parent  *CellRef `json:"parent,omitempty"` // the cell holding a nested table
	Span    Span     `json:"span"`
	Cells   []Cell   `json:"cells"`
}

// Cell is one (possibly merged) cell; Row and Col are its top-left corner.
type Cell struct {
	Row      int    `json:"row"` // 1-based
	Col      int    `json:"col"` // 1-based
	RowSpan  int    `json:"rowSpan"`
	ColSpan  int    `json:"colSpan"`
	Text     string `json:"text"` // without the text of nested tables
	Position string `json:"position"`
	Span     Span   `json:"span"`
	Tables   []int  `json:"tables,omitempty"` // nested tables (1-based indices into Tables)
}

// CellRef names a cell by table and 1-based grid position.
type CellRef struct {
	Table int `json:"table"`
	Row   int `json:"row"`
	Col   int `json:"col"`
}

// Span is a half-open range of byte offsets into Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

func span(s model.Span) Span { return Span{s.Start, s.End} }

func kind(k model.ParaKind) string {
	switch k {
	case model.Footnote:
		return "footnote"
	case model.Endnote:
		return "endnote"
	case model.TextBox:
		return "textbox"
	}
	return "body"
}

// From converts a parsed document to its wire form.
func From(d *model.Document) *Document {
	out := &Document{
		Version: Version, Name: d.Name, Format: d.Format, Text: d.Text,
		Blocks: []Block{}, Tables: []Table{},
	}
	where := func(off int) string {
		p := d.Position(off)
		p.Column = 0
		return p.String()
	}
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *model.Heading:
			out.Blocks = append(out.Blocks, Block{Type: "heading", Span: span(b.Span), Text: d.Slice(b.Span),
				Level: b.Level, Number: b.Number, Para: b.Para, Section: d.SectionPath(b.Span.Start), Position: where(b.Span.Start)})
		case *model.Paragraph:
			out.Blocks = append(out.Blocks, Block{Type: "paragraph", Span: span(b.Span), Text: d.Slice(b.Span),
				Kind: kind(b.Kind), Para: b.Index, Section: d.SectionPath(b.Span.Start), Position: where(b.Span.Start)})
		case *model.Table:
			out.Blocks = append(out.Blocks, Block{Type: "table", Span: span(b.Span), Table: b.Index + 1,
				Section: d.SectionPath(b.Span.Start)})
		}
	}
	for _, t := range d.Tables {
		wt := Table{Index: t.Index + 1, Caption: t.Caption, Unit: d.UnitNote(t), Rows: t.Rows, Cols: t.Cols,
			Span: span(t.Span), Cells: []Cell{}}
		if p := t.Parent; p != nil && p.Table != nil {
			wt.Parent = &CellRef{Table: p.Table.Index + 1, Row: p.Row + 1, Col: p.Col + 1}
		}
		for _, c := range t.Cells {
			wc := Cell{Row: c.Row + 1, Col: c.Col + 1, RowSpan: c.RowSpan, ColSpan: c.ColSpan,
				Text: d.CellOwnText(c), Span: span(c.Span),
				Position: fmt.Sprintf("表%d 第%d行 第%d列", t.Index+1, c.Row+1, c.Col+1)}
			for _, nt := range c.Tables {
				wc.Tables = append(wc.Tables, nt.Index+1)
			}
			wt.Cells = append(wt.Cells, wc)
		}
		out.Tables = append(out.Tables, wt)
	}
	for _, e := range d.Errors {
		out.Errors = append(out.Errors, e.Error())
	}
	return out
}

// Write writes d's wire form as indented JSON.
func Write(w io.Writer, d *model.Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(From(d))
}

// Read decodes a document written by Write and checks its version.
func Read(r io.Reader) (*Document, error) {
	var d Document
	if err := json.NewDecoder(r).Decode(&d); err != nil {
		return nil, fmt.Errorf("reading crossfoot document JSON: %w", err)
	}
	if d.Version != Version {
		return nil, fmt.Errorf("crossfoot document JSON has version %d, this build reads version %d", d.Version, Version)
	}
	return &d, nil
}
