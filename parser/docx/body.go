package docx

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/crossfoot/crossfoot/internal/ooxml"
	"github.com/crossfoot/crossfoot/model"
)

// act says what to undo when an element ends.
type act uint8

const (
	actNone act = iota
	actPara
	actRun
	actText
	actSuppress // w:del, w:moveFrom: text inside is not shown
	actTxbx
	actAlt
	actTable
	actRow
	actCell
)

type runMark struct {
	off int // offset into para.buf
	idx int // w:r ordinal, -1 for generated text
}

// para is a paragraph being read. Paragraphs nest when a text box sits in
// a run of an outer paragraph.
type para struct {
	buf     []byte
	marks   []runMark
	runs    int // w:r elements seen so far
	cur     int // ordinal of the open w:r, -1 outside runs
	hidden  bool
	style   string
	numID   string
	hasNum  bool // w:numPr/w:numId given directly (may be "0" = none)
	ilvl    int
	outline int
	ghost   bool // inside suppressed content: never emitted
	inTOC   bool
}

type tblState struct {
	ghost      bool
	rowOpen    bool // a w:tr is open
	rowBegun   bool // Builder.BeginRow called for it
	gridBefore int
	cellOpen   bool
	cellBegun  bool
	span       int
	vmerge     model.VMerge
	cellBytes  int
	cellGhost  bool // the open cell lies beyond maxGrid columns: dropped
	col        int  // next grid column of the open row
	rows       int  // rows begun
	cols       int  // widest row so far
}

type field struct {
	code  bool   // between begin and separate
	instr []byte // first bytes of the field code
	toc   bool
}

// walker streams one story (the body, or the notes of a notes part) into
// the builder.
type walker struct {
	ctx    context.Context
	d      *ooxml.Decoder
	b      *model.Builder
	opt    Options
	st     *styles
	num    *numbering
	kind   model.ParaKind // Body, Footnote or Endnote
	acts   []act
	paras  []*para
	tables []*tblState
	fields []field
	code   int // fields in their code phase
	sup    int // suppression depth
	txbx   int
	alts   []bool // per open mc:AlternateContent: a branch was taken
	events int
	inText bool
	tocs   int // open TOC fields
	// emitted counts paragraphs and cells handed to the builder.
	emitted int
	notes   bool            // reading footnotes.xml or endnotes.xml
	free    []*para         // finished paragraphs, reused
	runBuf  []model.RunText // reused by flush
}

// newPara takes a paragraph from the free list (keeping its buffers).
func (w *walker) newPara() *para {
	var p *para
	if n := len(w.free); n > 0 {
		p = w.free[n-1]
		w.free = w.free[:n-1]
		buf, marks := p.buf[:0], p.marks[:0]
		*p = para{buf: buf, marks: marks}
	} else {
		p = &para{}
	}
	p.cur, p.ilvl, p.outline = -1, -1, -1
	return p
}

func (w *walker) top() *para {
	if len(w.paras) == 0 {
		return nil
	}
	return w.paras[len(w.paras)-1]
}

func (w *walker) tbl() *tblState {
	if len(w.tables) == 0 {
		return nil
	}
	return w.tables[len(w.tables)-1]
}

// ensureCell begins the pending row and cell of the innermost table, now
// that their properties (w:trPr, w:tcPr) are known.
func (w *walker) ensureCell() {
	t := w.tbl()
	if t == nil || t.ghost {
		return
	}
	if t.rowOpen && !t.rowBegun {
		w.beginRow(t)
	}
	if t.cellOpen && !t.cellBegun {
		t.cellBegun = true
		if t.col >= maxGrid {
			t.cellGhost = true
			return
		}
		t.span = min(t.span, maxGrid-t.col)
		t.col += t.span
		t.cols = max(t.cols, t.col)
		w.b.BeginCell(t.span, t.vmerge)
		t.cellBytes = 0
	}
}

func (w *walker) beginRow(t *tblState) {
	w.b.BeginRow(t.gridBefore)
	t.rowBegun = true
	t.rows++
	t.col = t.gridBefore
	t.cols = max(t.cols, t.col)
}

// ghost reports whether content here must not reach the builder.
func (w *walker) ghost() bool {
	if w.sup > 0 {
		return true
	}
	if t := w.tbl(); t != nil && (t.ghost || t.cellGhost) {
		return true
	}
	return w.top() != nil && w.top().ghost
}

func (w *walker) appendText(s []byte) error {
	p := w.top()
	if p == nil || p.ghost || w.sup > 0 || w.code > 0 || p.hidden || len(s) == 0 {
		return nil
	}
	if n := len(p.marks); n == 0 || p.marks[n-1].idx != p.cur {
		p.marks = append(p.marks, runMark{off: len(p.buf), idx: p.cur})
	}
	p.buf = append(p.buf, s...)
	if len(p.buf) > w.opt.maxCellBytes() {
		return fmt.Errorf("paragraph of more than %d bytes: %w", w.opt.maxCellBytes(), ErrTooLarge)
	}
	return nil
}

// walk reads tokens until the story's part ends.
func (w *walker) walk() error {
	for {
		if w.events++; w.events&1023 == 0 {
			if err := w.ctx.Err(); err != nil {
				return err
			}
		}
		t, err := w.d.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t.Kind {
		case ooxml.CharData:
			if w.inText {
				if err := w.appendText(t.Text); err != nil {
					return err
				}
			}
		case ooxml.EndElement:
			if err := w.end(); err != nil {
				return err
			}
		case ooxml.StartElement:
			a, err := w.start(t)
			if err != nil {
				return err
			}
			if a != skipped {
				w.acts = append(w.acts, a)
			}
		}
	}
}

// skipped marks an element consumed entirely by start (Skip or a
// property reader): it has no entry in the action stack.
const skipped act = 255

func (w *walker) skip() (act, error) { return skipped, w.d.Skip() }

func (w *walker) start(t *ooxml.Token) (act, error) {
	switch t.NS {
	case ooxml.NSW:
	case ooxml.NSMC:
		switch string(t.Local) {
		case "AlternateContent":
			w.alts = append(w.alts, false)
			return actAlt, nil
		case "Choice", "Fallback":
			// One branch only: the first Choice, else the Fallback.
			if n := len(w.alts); n > 0 {
				if w.alts[n-1] {
					return w.skip()
				}
				w.alts[n-1] = true
			}
		}
		return actNone, nil
	case ooxml.NSM:
		return w.skip() // Office math: not read
	default:
		return actNone, nil // drawing containers and other vocabularies are transparent
	}
	switch string(t.Local) {
	case "footnote", "endnote":
		if w.notes {
			typ, _ := w.d.Attr(ooxml.NSW, "type")
			switch string(typ) {
			case "separator", "continuationSeparator", "continuationNotice":
				return w.skip()
			}
		}
	case "p":
		w.ensureCell()
		np := w.newPara()
		np.ghost, np.inTOC = w.ghost(), w.tocs > 0
		w.paras = append(w.paras, np)
		return actPara, nil
	case "pPr":
		if p := w.top(); p != nil {
			return skipped, w.readPPr(p)
		}
		return w.skip()
	case "r":
		if p := w.top(); p != nil {
			p.cur = p.runs
			p.runs++
			p.hidden = false
		}
		return actRun, nil
	case "rPr":
		if p := w.top(); p != nil && p.cur >= 0 {
			return skipped, w.readRPr(p)
		}
		return w.skip()
	case "t":
		w.inText = true
		return actText, nil
	case "tab", "ptab":
		if p := w.top(); p != nil && p.cur >= 0 {
			return actNone, w.appendText([]byte("\t"))
		}
	case "br":
		if p := w.top(); p != nil && p.cur >= 0 {
			typ, _ := w.d.Attr(ooxml.NSW, "type")
			if (string(typ) == "page" || string(typ) == "column") && len(p.buf) == 0 {
				return actNone, nil
			}
			return actNone, w.appendText([]byte("\n"))
		}
	case "cr":
		if p := w.top(); p != nil && p.cur >= 0 {
			return actNone, w.appendText([]byte("\n"))
		}
	case "noBreakHyphen":
		return actNone, w.appendText([]byte("-"))
	case "sym":
		if s := w.sym(); s != "" {
			return actNone, w.appendText([]byte(s))
		}
	case "fldChar":
		typ, _ := w.d.Attr(ooxml.NSW, "fldCharType")
		w.fldChar(string(typ))
	case "instrText":
		return skipped, w.readInstr()
	case "delText", "delInstrText", "sdtPr", "sdtEndPr", "sectPr", "tblPr", "tblGrid", "tblPrEx", "rt",
		"commentRangeStart", "footnotePr", "endnotePr", "object", "pPrChange", "rPrChange":
		return w.skip()
	case "del", "moveFrom":
		w.sup++
		return actSuppress, nil
	case "txbxContent":
		w.txbx++
		return actTxbx, nil
	case "tbl":
		w.ensureCell()
		ghost := w.ghost()
		w.tables = append(w.tables, &tblState{ghost: ghost})
		if !ghost {
			w.b.BeginTable()
		}
		return actTable, nil
	case "tr":
		t := w.tbl()
		if t == nil {
			return w.skip()
		}
		t.rowOpen, t.rowBegun, t.gridBefore = true, false, 0
		return actRow, nil
	case "trPr":
		t := w.tbl()
		if t == nil {
			return w.skip()
		}
		deleted, err := w.readTrPr(t)
		if err != nil {
			return skipped, err
		}
		if deleted {
			// A tracked deleted row: drop it with its cells.
			t.rowOpen = false
			return skipped, w.skipRest()
		}
		return skipped, nil
	case "tc":
		t := w.tbl()
		if t == nil || !t.rowOpen {
			return w.skip()
		}
		if !t.ghost && !t.rowBegun {
			w.beginRow(t)
		}
		if t.rows*max(t.cols, 1) > maxTableCells {
			return skipped, fmt.Errorf("table of more than %d grid cells: %w", maxTableCells, ErrTooLarge)
		}
		t.cellOpen, t.cellBegun, t.cellGhost, t.span, t.vmerge = true, false, false, 1, model.NoVMerge
		return actCell, nil
	case "tcPr":
		t := w.tbl()
		if t == nil || !t.cellOpen || t.cellBegun {
			return w.skip()
		}
		return skipped, w.readTcPr(t)
	}
	return actNone, nil
}

// skipRest consumes tokens up to and including the end of the element that
// encloses the current position (used after its properties were read).
func (w *walker) skipRest() error {
	depth := w.d.Depth()
	for w.d.Depth() >= depth {
		t, err := w.d.Next()
		if err != nil {
			return noEOF(err)
		}
		if t.Kind == ooxml.StartElement {
			if err := w.d.Skip(); err != nil {
				return err
			}
		}
	}
	// The enclosing element's end was consumed here: undo its action.
	return w.end()
}

func (w *walker) end() error {
	n := len(w.acts)
	if n == 0 {
		return nil
	}
	a := w.acts[n-1]
	w.acts = w.acts[:n-1]
	switch a {
	case actPara:
		p := w.paras[len(w.paras)-1]
		w.paras = w.paras[:len(w.paras)-1]
		err := w.flush(p)
		if cap(p.buf) <= 64<<10 {
			w.free = append(w.free, p)
		}
		return err
	case actRun:
		if p := w.top(); p != nil {
			p.cur = -1
			p.hidden = false
		}
	case actText:
		w.inText = false
	case actSuppress:
		w.sup--
	case actTxbx:
		w.txbx--
	case actAlt:
		w.alts = w.alts[:len(w.alts)-1]
	case actTable:
		t := w.tables[len(w.tables)-1]
		w.tables = w.tables[:len(w.tables)-1]
		if !t.ghost {
			w.b.EndTable()
		}
	case actRow:
		if t := w.tbl(); t != nil && t.rowOpen {
			if !t.ghost {
				if !t.rowBegun {
					w.beginRow(t)
				}
				w.b.EndRow()
			}
			t.rowOpen, t.rowBegun = false, false
		}
	case actCell:
		if t := w.tbl(); t != nil && t.cellOpen {
			w.ensureCell()
			if !t.ghost && !t.cellGhost {
				w.b.EndCell()
				w.emitted++
			}
			t.cellOpen, t.cellBegun, t.cellGhost = false, false, false
		}
	}
	return nil
}

// finish flushes what is still open after a truncated part, innermost
// first, so the text read so far is kept.
func (w *walker) finish() {
	for len(w.acts) > 0 {
		if err := w.end(); err != nil {
			return
		}
	}
}

// The local names each property reader acts on, so that Decoder.ScanNames
// can pass over the formatting around them cheaply. They must list every
// name in the reader's switch.
var (
	pPrNames  = ooxml.NewNames("pStyle", "numId", "ilvl", "outlineLvl", "rPr", "pPrChange", "sectPr", "tabs", "framePr")
	rPrNames  = ooxml.NewNames("vanish", "rPrChange")
	trPrNames = ooxml.NewNames("gridBefore", "del", "trPrChange", "ins")
	tcPrNames = ooxml.NewNames("gridSpan", "vMerge", "tcPrChange")
)

// readPPr reads the paragraph properties the reader needs.
func (w *walker) readPPr(p *para) error {
	return w.d.ScanNames(pPrNames, func(ns ooxml.NS, local []byte) bool {
		if ns != ooxml.NSW {
			return false
		}
		switch string(local) {
		case "pStyle":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			p.style = string(v)
		case "numId":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			p.numID, p.hasNum = string(v), true
		case "ilvl":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			p.ilvl = atoiDefault(v, -1)
		case "outlineLvl":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			p.outline = atoiDefault(v, -1)
		case "rPr", "pPrChange", "sectPr", "tabs", "framePr":
			return true
		}
		return false
	})
}

// readRPr reads run properties: hidden text (w:vanish) is dropped.
func (w *walker) readRPr(p *para) error {
	return w.d.ScanNames(rPrNames, func(ns ooxml.NS, local []byte) bool {
		if ns != ooxml.NSW {
			return false
		}
		switch string(local) {
		case "vanish":
			v, ok := w.d.Attr(ooxml.NSW, "val")
			p.hidden = !ok || onOff(v)
		case "rPrChange":
			return true
		}
		return false
	})
}

// readTrPr reads w:gridBefore and whether the row is a tracked deletion.
func (w *walker) readTrPr(tb *tblState) (deleted bool, err error) {
	err = w.d.ScanNames(trPrNames, func(ns ooxml.NS, local []byte) bool {
		if ns != ooxml.NSW {
			return false
		}
		switch string(local) {
		case "gridBefore":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			tb.gridBefore = min(max(atoiDefault(v, 0), 0), maxGrid)
		case "del":
			deleted = true
		case "trPrChange", "ins":
			return true
		}
		return false
	})
	return deleted, err
}

// maxGrid bounds a table's width (Word allows 63 columns) so that hostile
// w:gridSpan/w:gridBefore values cannot make the builder allocate a huge
// grid; cells beyond it are dropped. maxTableCells bounds rows × columns.
const (
	maxGrid       = 1024
	maxTableCells = 1 << 22
)

// readTcPr reads w:gridSpan and w:vMerge.
func (w *walker) readTcPr(tb *tblState) error {
	return w.d.ScanNames(tcPrNames, func(ns ooxml.NS, local []byte) bool {
		if ns != ooxml.NSW {
			return false
		}
		switch string(local) {
		case "gridSpan":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			tb.span = min(max(atoiDefault(v, 1), 1), maxGrid)
		case "vMerge":
			v, _ := w.d.Attr(ooxml.NSW, "val")
			if string(v) == "restart" {
				tb.vmerge = model.VMergeRestart
			} else {
				tb.vmerge = model.VMergeContinue
			}
		case "tcPrChange":
			return true
		}
		return false
	})
}

// readInstr keeps the start of a field code to recognise TOC fields.
func (w *walker) readInstr() error {
	depth := w.d.Depth()
	for {
		t, err := w.d.Next()
		if err != nil {
			return noEOF(err)
		}
		switch {
		case t.Kind == ooxml.EndElement && w.d.Depth() < depth:
			return nil
		case t.Kind == ooxml.CharData && len(w.fields) > 0:
			f := &w.fields[len(w.fields)-1]
			if len(f.instr) < 32 {
				f.instr = append(f.instr, t.Text[:min(len(t.Text), 32-len(f.instr))]...)
			}
		}
	}
}

// maxFields bounds the field stack of a hostile document.
const maxFields = 1024

func (w *walker) fldChar(typ string) {
	switch typ {
	case "begin":
		if len(w.fields) >= maxFields {
			return
		}
		w.fields = append(w.fields, field{code: true})
		w.code++
	case "separate":
		if n := len(w.fields); n > 0 && w.fields[n-1].code {
			f := &w.fields[n-1]
			f.code = false
			w.code--
			if strings.HasPrefix(strings.TrimSpace(string(f.instr)), "TOC") {
				f.toc = true
				w.tocs++
			}
		}
	case "end":
		if n := len(w.fields); n > 0 {
			f := w.fields[n-1]
			if f.code {
				w.code--
			}
			if f.toc {
				w.tocs--
			}
			w.fields = w.fields[:n-1]
		}
	}
}

// symbolFont maps the Symbol font's private-use code points that matter in
// reports to Unicode.
var symbolFont = map[rune]string{
	0x2B: "+", 0x2D: "−", 0x3D: "=", 0x25: "%", 0x28: "(", 0x29: ")", 0x2E: ".", 0x2C: ",",
	0xB4: "×", 0xB8: "÷", 0xB1: "±", 0xA3: "≤", 0xB3: "≥", 0xB7: "•", 0xB0: "°", 0xAE: "→",
}

// sym renders a w:sym: a real character as itself; a symbol-font private
// use code point through symbolFont (digits as digits); others are dropped.
func (w *walker) sym() string {
	c, _ := w.d.Attr(ooxml.NSW, "char")
	v, err := strconv.ParseUint(string(c), 16, 32)
	if err != nil || v == 0 {
		return ""
	}
	r := rune(v)
	if r >= 0xF000 && r <= 0xF0FF {
		font, _ := w.d.Attr(ooxml.NSW, "font")
		if !strings.EqualFold(string(font), "Symbol") {
			return ""
		}
		r -= 0xF000
		if r >= '0' && r <= '9' {
			return string(r)
		}
		return symbolFont[r]
	}
	if !utf8.ValidRune(r) || r < 0x20 {
		return ""
	}
	return string(r)
}

// blank reports whether b holds only white space.
func blank(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			return false
		}
		b = b[n:]
	}
	return true
}

func noEOF(err error) error {
	if err == io.EOF {
		return fmt.Errorf("%w: unexpected end of part", ErrCorrupt)
	}
	return err
}

// flush hands a finished paragraph to the builder.
func (w *walker) flush(p *para) error {
	if p.ghost {
		return nil
	}
	// Numbering: direct w:numPr, else the style's.
	style := w.st.effective(p.style)
	numID, ilvl := p.numID, p.ilvl
	if !p.hasNum {
		var sl int
		numID, sl = w.st.numPr(style)
		if ilvl < 0 {
			ilvl = sl
		}
		if ilvl < 0 {
			ilvl = w.num.levelFor(numID, style)
		}
	}
	var label, suff string
	if numID != "" && numID != "0" && w.num != nil {
		label, suff = w.num.next(numID, max(ilvl, 0))
	}
	// Drop trailing line breaks (a soft return before the paragraph mark).
	body := p.buf
	for len(body) > 0 && body[len(body)-1] == '\n' {
		body = body[:len(body)-1]
	}
	if label == "" && blank(body) {
		return nil
	}
	// text aliases the paragraph's buffer: the builder copies run text, and
	// whatever outlives this call (a heading's number) is cloned.
	text := unsafe.String(unsafe.SliceData(body), len(body))
	runs := w.runBuf[:0]
	defer func() { w.runBuf = runs[:0] }()
	if label != "" {
		sep := ""
		switch suff {
		case "space":
			sep = " "
		case "nothing":
		default: // tab: a gap after "1.", none after "一、", "（一）" or "①"
			if r, _ := utf8.DecodeLastRuneInString(label); r < 0x80 {
				sep = " "
			}
		}
		runs = append(runs, model.RunText{Text: label + sep, Index: -1})
	}
	for i, m := range p.marks {
		if m.off >= len(text) {
			break
		}
		end := len(text)
		if i+1 < len(p.marks) {
			end = min(p.marks[i+1].off, len(text))
		}
		runs = append(runs, model.RunText{Text: text[m.off:end], Index: m.idx})
	}
	w.emitted++
	if t := w.tbl(); t != nil && w.b.InTable() {
		n := len(label) + len(text)
		t.cellBytes += n + 1
		if t.cellBytes > w.opt.maxCellBytes() {
			return fmt.Errorf("table cell of more than %d bytes: %w", w.opt.maxCellBytes(), ErrTooLarge)
		}
		w.b.Paragraph(model.Body, runs...)
		return nil
	}
	kind := w.kind
	if kind == model.Body && w.txbx > 0 {
		kind = model.TextBox
	}
	if kind == model.Body && w.txbx == 0 {
		if lvl, number := w.heading(p, style, label, label+text); lvl > 0 {
			w.b.Heading(lvl, strings.Clone(number), runs...)
			return nil
		}
	}
	w.b.Paragraph(kind, runs...)
	return nil
}

// heading decides whether a body paragraph is a section heading: by outline
// level (direct or through the style chain), by a built-in heading style
// name, or, for short title-like paragraphs, by the numbering pattern of
// its text. TOC entries never are.
func (w *walker) heading(p *para, style, label, text string) (int, string) {
	if p.inTOC || w.tocs > 0 || w.st.isTOC(style) {
		return 0, ""
	}
	number := strings.TrimSpace(label)
	_, pat := numberPattern(text)
	if number == "" {
		number = pat
	}
	lvl := p.outline
	if lvl < 0 {
		lvl = w.st.outline(style)
	}
	if lvl >= 0 && lvl <= 8 {
		return lvl + 1, number
	}
	if lvl < 0 {
		if h := w.st.headingLevel(style); h > 0 {
			return h, number
		}
	}
	if !titleLike(text) {
		return 0, ""
	}
	if l, lab := numberPattern(text); l > 0 {
		return l, lab
	}
	return 0, ""
}
