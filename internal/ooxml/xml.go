package ooxml

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/orisano/gosax"
)

// Kind is the kind of a Token.
type Kind uint8

const (
	StartElement Kind = 1 + iota
	EndElement
	CharData
)

// Token is one XML event. Its byte slices are valid only until the next call
// to Token or Skip.
type Token struct {
	Kind  Kind
	NS    NS     // element namespace (Start/End)
	Local []byte // element local name (Start/End)
	Text  []byte // character data with entities resolved (CharData)
}

// Is reports whether the token is an element of namespace ns with the given
// local name.
func (t Token) Is(ns NS, local string) bool {
	return t.NS == ns && string(t.Local) == local
}

type binding struct {
	prefix string
	ns     NS
}

type frame struct {
	nameStart int // this element's qualified name is Decoder.names[nameStart:nameEnd]
	nameEnd   int
	bindings  int // len(Decoder.bindings) before this element
	local     int // offset of the local name within the qualified name
	ns        NS  // resolved namespace of the element
}

// Decoder is a streaming, namespace-resolving XML reader on gosax. It checks
// that end tags match, bounds nesting depth and reports truncation; it does
// not validate XML further (it is a reader for parts, not a validator).
type Decoder struct {
	r        *gosax.Reader
	br       *bufio.Reader
	buf      []byte // the tokenizer's initial buffer, kept for reuse
	maxDepth int

	names    []byte // qualified names of open elements, back to back
	stack    []frame
	bindings []binding

	lastPrefix []byte // one-entry resolution cache
	lastNS     NS
	defNS      NS   // the default namespace, when defValid
	defValid   bool // defNS is up to date
	cache      map[string]NS

	tok Token // the token Next returned

	attrs      []byte // raw attributes of the last start tag
	pendingEnd bool   // the last start tag was self-closing
	endNS      NS
	endLocal   []byte
	scratch    []byte
	err        error
}

// decoders holds released decoders with their buffers (a 32 KiB bufio
// buffer, a 64 KiB tokenizer buffer and the stacks), so that reading the
// several parts of a package, or many packages, does not allocate them anew.
var decoders sync.Pool

// NewDecoder returns a decoder reading r. maxDepth ≤ 0 means DefaultMaxDepth.
// A UTF-16 part (with a byte-order mark) is transcoded to UTF-8. Call
// Release when done to let later decoders reuse its buffers.
func NewDecoder(r io.Reader, maxDepth int) *Decoder {
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	d, _ := decoders.Get().(*Decoder)
	if d == nil {
		d = &Decoder{
			br:    bufio.NewReaderSize(r, 32<<10),
			buf:   make([]byte, 0, 64<<10),
			cache: make(map[string]NS, 8),
		}
	} else {
		d.br.Reset(r)
	}
	br := d.br
	if b, _ := br.Peek(2); len(b) == 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) {
		be := b[0] == 0xFE
		br.Discard(2)
		r = &utf16Reader{r: br, be: be}
	} else {
		r = br
	}
	d.r = gosax.NewReaderBuf(r, d.buf[:0])
	d.maxDepth = maxDepth
	return d
}

// Release resets the decoder and makes its buffers available to later
// decoders. Neither d nor the slices it returned may be used afterwards.
func (d *Decoder) Release() {
	if d == nil || d.br == nil {
		return
	}
	br, buf, cache := d.br, d.buf, d.cache
	br.Reset(nil)
	clear(cache)
	*d = Decoder{
		br:         br,
		buf:        buf,
		cache:      cache,
		names:      d.names[:0],
		stack:      d.stack[:0],
		bindings:   d.bindings[:0],
		lastPrefix: d.lastPrefix[:0],
		scratch:    d.scratch[:0],
	}
	if cap(d.names) > 64<<10 || cap(d.stack) > 4096 || cap(d.bindings) > 1024 || cap(d.scratch) > 64<<10 {
		return // grown on a hostile part: let it go
	}
	decoders.Put(d)
}

// Depth returns the number of open elements (after a Start token it includes
// that element; after an End token it no longer does).
func (d *Decoder) Depth() int { return len(d.stack) }

func (d *Decoder) fail(err error) error {
	d.err = err
	return err
}

func corrupt(format string, a ...any) error {
	return fmt.Errorf("%w: XML: %s", ErrCorrupt, fmt.Sprintf(format, a...))
}

// readErr classifies an error from the underlying reader: limits and
// corruption found by the zip layer pass through; a bare EOF inside markup
// means the part was truncated.
func readErr(err error) error {
	if errors.Is(err, ErrTooLarge) || errors.Is(err, ErrCorrupt) {
		return err
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return corrupt("unexpected end of part (truncated)")
	}
	return fmt.Errorf("%w: XML: %v", ErrCorrupt, err)
}

// Token returns the next start, end or character-data token. At the end of
// a well-formed part it returns io.EOF; errors wrap ErrCorrupt, ErrTooDeep
// or ErrTooLarge. Comments, processing instructions, doctype declarations
// and text outside the root element are skipped.
func (d *Decoder) Token() (Token, error) {
	t, err := d.Next()
	if err != nil {
		return Token{}, err
	}
	return *t, nil
}

// Next is Token without copying: it returns the decoder's own token, valid
// (like its byte slices) until the next call to Next, Token or Skip.
func (d *Decoder) Next() (*Token, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.pendingEnd {
		d.pendingEnd = false
		d.pop()
		t := &d.tok
		t.Kind, t.NS, t.Local, t.Text = EndElement, d.endNS, d.endLocal, nil
		return t, nil
	}
	for {
		ev, err := d.r.Event()
		if err != nil {
			return nil, d.fail(readErr(err))
		}
		switch ev.Type() {
		case gosax.EventStart:
			return d.start(ev.Bytes)
		case gosax.EventEnd:
			return d.end(ev.Bytes)
		case gosax.EventText:
			if len(d.stack) == 0 {
				continue
			}
			t, err := gosax.Unescape(ev.Bytes)
			if err != nil {
				return nil, d.fail(corrupt("%v", err))
			}
			d.tok = Token{Kind: CharData, Text: t}
			return &d.tok, nil
		case gosax.EventCData:
			if len(d.stack) == 0 {
				continue
			}
			b := ev.Bytes
			if len(b) >= 12 {
				b = b[9 : len(b)-3]
			} else {
				b = nil
			}
			d.tok = Token{Kind: CharData, Text: b}
			return &d.tok, nil
		case gosax.EventEOF:
			if len(d.stack) > 0 {
				return nil, d.fail(corrupt("unexpected end of part inside <%s> (truncated)", d.topName()))
			}
			return nil, d.fail(io.EOF)
		default: // comment, processing instruction, doctype
		}
	}
}

func (d *Decoder) topName() []byte {
	n := len(d.stack)
	if n == 0 {
		return nil
	}
	f := &d.stack[n-1]
	return d.names[f.nameStart:f.nameEnd]
}

// isSpace is gosax's notion of white space in tags.
var isSpace = [256]bool{' ': true, '\r': true, '\n': true, '\t': true}

// splitTag is gosax.Name that also returns the index of the first colon in
// the qualified name (-1 if none), in one pass.
func splitTag(b []byte) (qname, attrs []byte, colon int) {
	if len(b) > 1 && b[0] == '<' {
		b = b[1:]
	}
	if len(b) > 1 && b[0] == '/' {
		b = b[1:]
	}
	if len(b) > 1 && b[len(b)-1] == '>' {
		b = b[:len(b)-1]
	}
	if len(b) > 1 && b[len(b)-1] == '/' {
		b = b[:len(b)-1]
	}
	colon = -1
	for i, c := range b {
		if c > ':' {
			continue // letters and most name characters
		}
		if c == ':' {
			if colon < 0 {
				colon = i
			}
		} else if isSpace[c] {
			return b[:i], b[i+1:], colon
		}
	}
	return b, nil, colon
}

// hasXMLNS reports whether raw attributes may declare a namespace: whether
// they contain "xmlns" (as bytes.Contains would, found faster).
func hasXMLNS(a []byte) bool {
	for len(a) >= 5 {
		i := bytes.IndexByte(a, 'x')
		if i < 0 || len(a)-i < 5 {
			return false
		}
		if a[i+1] == 'm' && a[i+2] == 'l' && a[i+3] == 'n' && a[i+4] == 's' {
			return true
		}
		a = a[i+1:]
	}
	return false
}

func (d *Decoder) start(b []byte) (*Token, error) {
	selfClosing := len(b) >= 2 && b[len(b)-2] == '/'
	qname, attrs, colon := splitTag(b)
	if len(qname) == 0 || qname[0] == '<' || qname[0] == '>' || qname[0] == '/' {
		return nil, d.fail(corrupt("bad start tag %.40q", b))
	}
	if len(d.stack) >= d.maxDepth {
		return nil, d.fail(fmt.Errorf("%w: more than %d levels", ErrTooDeep, d.maxDepth))
	}
	nameStart := len(d.names)
	d.names = append(d.names, qname...)
	d.attrs = attrs
	nb := len(d.bindings)
	if hasXMLNS(attrs) {
		if err := d.declare(attrs); err != nil {
			return nil, d.fail(err)
		}
	}
	var ns NS
	local := qname
	if p := d.lastPrefix; colon > 0 && len(p) == colon && p[0] == qname[0] && string(p) == string(qname[:colon]) {
		ns, local = d.lastNS, qname[colon+1:] // the common case: same prefix as before
	} else {
		ns, local = d.resolveAt(qname, colon)
	}
	d.stack = append(d.stack, frame{nameStart: nameStart, nameEnd: len(d.names), bindings: nb, local: len(qname) - len(local), ns: ns})
	if selfClosing {
		d.pendingEnd = true
		d.endNS, d.endLocal = ns, local
	}
	t := &d.tok
	t.Kind, t.NS, t.Local, t.Text = StartElement, ns, local, nil
	return t, nil
}

func (d *Decoder) end(b []byte) (*Token, error) {
	var qname []byte
	if n := len(b); n > 3 && b[1] == '/' && b[n-1] == '>' && b[n-2] != '/' && !isSpace[b[n-2]] {
		qname = b[2 : n-1] // the common "</name>"
	} else {
		qname, _ = gosax.Name(b)
	}
	if len(d.stack) == 0 {
		return nil, d.fail(corrupt("unexpected end tag </%s>", qname))
	}
	// The start tag's resolution, taken before pop undoes its xmlns scope.
	// Local points into the event buffer, valid until the next call.
	f := &d.stack[len(d.stack)-1]
	if top := d.names[f.nameStart:f.nameEnd]; string(top) != string(qname) {
		return nil, d.fail(corrupt("end tag </%s> does not match <%s>", qname, top))
	}
	t := &d.tok
	t.Kind, t.NS, t.Local, t.Text = EndElement, f.ns, qname[f.local:], nil
	d.pop()
	return t, nil
}

func (d *Decoder) pop() {
	n := len(d.stack)
	f := &d.stack[n-1]
	d.names = d.names[:f.nameStart]
	if f.bindings != len(d.bindings) {
		d.bindings = d.bindings[:f.bindings]
		d.invalidate()
	}
	d.stack = d.stack[:n-1]
}

func (d *Decoder) invalidate() {
	d.lastPrefix = d.lastPrefix[:0]
	d.lastNS = 0
	d.defValid = false
	clear(d.cache)
}

func (d *Decoder) declare(attrs []byte) error {
	rest := attrs
	for len(rest) > 0 {
		a, r, err := gosax.NextAttribute(rest)
		if err != nil {
			return corrupt("%v", err)
		}
		rest = r
		if len(a.Key) == 0 {
			break
		}
		var prefix string
		switch {
		case string(a.Key) == "xmlns":
		case bytes.HasPrefix(a.Key, []byte("xmlns:")):
			prefix = string(a.Key[6:])
		default:
			continue
		}
		uri, err := d.value(a.Value)
		if err != nil {
			return err
		}
		ns := LookupNS(string(uri))
		if len(uri) == 0 {
			ns = NSNone // xmlns="" undeclares the default namespace
		}
		d.bindings = append(d.bindings, binding{prefix: prefix, ns: ns})
		d.invalidate()
	}
	return nil
}

// value strips the quotes of a raw attribute value and resolves entities,
// without touching the tokenizer's buffer.
func (d *Decoder) value(v []byte) ([]byte, error) {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	} else if len(v) >= 1 && (v[0] == '"' || v[0] == '\'') {
		return nil, corrupt("unterminated attribute value")
	}
	if bytes.IndexByte(v, '&') < 0 && bytes.IndexByte(v, '\r') < 0 {
		return v, nil
	}
	d.scratch = append(d.scratch[:0], v...)
	out, err := gosax.Unescape(d.scratch)
	if err != nil {
		return nil, corrupt("%v", err)
	}
	return out, nil
}

// resolve splits a qualified element name and resolves its prefix (the
// default namespace for an unprefixed name).
func (d *Decoder) resolve(qname []byte) (NS, []byte) {
	return d.resolveAt(qname, bytes.IndexByte(qname, ':'))
}

// resolveAt is resolve with the index of the first colon known.
func (d *Decoder) resolveAt(qname []byte, colon int) (NS, []byte) {
	if colon < 0 {
		if !d.defValid {
			d.defNS, d.defValid = d.lookup(nil), true
		}
		return d.defNS, qname
	}
	prefix := qname[:colon]
	if p := d.lastPrefix; len(p) == len(prefix) && len(p) > 0 && p[0] == prefix[0] && string(p) == string(prefix) {
		return d.lastNS, qname[colon+1:]
	}
	return d.lookup(prefix), qname[colon+1:]
}

func (d *Decoder) lookup(prefix []byte) NS {
	if len(d.lastPrefix) > 0 && bytes.Equal(prefix, d.lastPrefix) {
		return d.lastNS
	}
	ns, ok := d.cache[string(prefix)]
	if !ok {
		ns = d.search(prefix)
		d.cache[string(prefix)] = ns
	}
	if len(prefix) > 0 {
		d.lastPrefix = append(d.lastPrefix[:0], prefix...)
		d.lastNS = ns
	}
	return ns
}

func (d *Decoder) search(prefix []byte) NS {
	for i := len(d.bindings) - 1; i >= 0; i-- {
		if d.bindings[i].prefix == string(prefix) {
			return d.bindings[i].ns
		}
	}
	if len(prefix) == 0 {
		return NSNone
	}
	if ns, ok := fallbackPrefix[string(prefix)]; ok {
		return ns
	}
	return NSOther
}

// Attr returns the value of the current start tag's attribute ns:local, with
// entities resolved; ok is false when it is absent. An unprefixed attribute
// matches any ns (attributes are unqualified in some producers' output).
// The value is valid until the next call to Attr, Token or Skip.
func (d *Decoder) Attr(ns NS, local string) (value []byte, ok bool) {
	rest := d.attrs
	for len(rest) > 0 {
		a, r, err := gosax.NextAttribute(rest)
		if err != nil || len(a.Key) == 0 {
			return nil, false
		}
		rest = r
		key := a.Key
		var prefix []byte
		if i := bytes.IndexByte(key, ':'); i >= 0 {
			prefix, key = key[:i], key[i+1:]
		}
		if string(key) != local {
			continue
		}
		if len(prefix) > 0 {
			if string(prefix) == "xmlns" || d.lookup(prefix) != ns {
				continue
			}
		}
		v, err := d.value(a.Value)
		if err != nil {
			return nil, false
		}
		return v, true
	}
	return nil, false
}

// Skip consumes the rest of the element whose start tag was the last token,
// including its end tag. It still bounds depth and detects truncation, but
// neither resolves names nor checks that end tags match.
func (d *Decoder) Skip() error {
	if d.err != nil {
		return d.err
	}
	if d.pendingEnd {
		d.pendingEnd = false
		d.pop()
		return nil
	}
	depth := 1
	base := len(d.stack)
	for depth > 0 {
		ev, err := d.r.Event()
		if err != nil {
			return d.fail(readErr(err))
		}
		switch ev.Type() {
		case gosax.EventStart:
			b := ev.Bytes
			if len(b) >= 2 && b[len(b)-2] == '/' {
				continue
			}
			depth++
			if base+depth-1 > d.maxDepth {
				return d.fail(fmt.Errorf("%w: more than %d levels", ErrTooDeep, d.maxDepth))
			}
		case gosax.EventEnd:
			depth--
		case gosax.EventEOF:
			return d.fail(corrupt("unexpected end of part inside <%s> (truncated)", d.topName()))
		}
	}
	d.pop()
	return nil
}

// Scan consumes the rest of the element whose start tag was the last token,
// like Skip, calling visit for every start tag inside it with the tag's
// namespace and local name; Attr works inside visit. When visit returns
// true the descendants of that tag are not visited. Scan is the fast path
// for property elements (w:rPr, w:pPr, w:tcPr): it does not check that end
// tags match (xmlns declarations inside are still honoured).
func (d *Decoder) Scan(visit func(ns NS, local []byte) (skip bool)) error {
	return d.ScanNames(nil, visit)
}

// Names is a set of local names given to ScanNames, built by NewNames.
type Names struct {
	heads []uint16 // the first two bytes of each name
}

// NewNames returns the set of the given local names; each must be at
// least two bytes long.
func NewNames(names ...string) *Names {
	n := &Names{}
	for _, s := range names {
		if len(s) < 2 {
			panic("ooxml.NewNames: name shorter than two bytes: " + s)
		}
		n.heads = append(n.heads, uint16(s[0])<<8|uint16(s[1]))
	}
	return n
}

// mayHold reports whether a local name starting with a, b may be in the set.
func (n *Names) mayHold(a, b byte) bool {
	h := uint16(a)<<8 | uint16(b)
	for _, x := range n.heads {
		if x == h {
			return true
		}
	}
	return false
}

// ScanNames is Scan for a visit function that acts only on (and returns
// true only for) the local names in want: other tags are not resolved nor
// visited when that is evident from their first bytes, which saves most
// of the work on property elements full of formatting. A nil want visits
// every tag, as Scan does.
func (d *Decoder) ScanNames(want *Names, visit func(ns NS, local []byte) (skip bool)) error {
	if d.err != nil {
		return d.err
	}
	if d.pendingEnd {
		d.pendingEnd = false
		d.pop()
		return nil
	}
	depth := 1
	skipBelow := 0 // when > 0, ignore tags deeper than this
	base := len(d.stack)
	var scopes []scope // namespace declarations made inside, to undo
	for depth > 0 {
		ev, err := d.r.Event()
		if err != nil {
			return d.fail(readErr(err))
		}
		switch ev.Type() {
		case gosax.EventStart:
			b := ev.Bytes
			selfClosing := len(b) >= 2 && b[len(b)-2] == '/'
			if skipBelow == 0 && want != nil {
				// A tag with the usual prefix whose local name cannot be
				// wanted, and that declares no namespace, needs no work.
				if p := d.lastPrefix; len(p) > 0 && len(b) > len(p)+3 && b[len(p)+1] == ':' &&
					string(b[1:len(p)+1]) == string(p) && !want.mayHold(b[len(p)+2], b[len(p)+3]) && !hasXMLNS(b) {
					if selfClosing {
						continue
					}
					depth++
					if base+depth-1 > d.maxDepth {
						return d.fail(fmt.Errorf("%w: more than %d levels", ErrTooDeep, d.maxDepth))
					}
					continue
				}
			}
			if skipBelow == 0 {
				qname, attrs, colon := splitTag(b)
				d.attrs = attrs
				if hasXMLNS(attrs) {
					n := len(d.bindings)
					if err := d.declare(attrs); err != nil {
						return d.fail(err)
					}
					scopes = append(scopes, scope{depth, n})
				}
				var ns NS
				local := qname
				if p := d.lastPrefix; colon > 0 && len(p) == colon && p[0] == qname[0] && string(p) == string(qname[:colon]) {
					ns, local = d.lastNS, qname[colon+1:]
				} else {
					ns, local = d.resolveAt(qname, colon)
				}
				if visit(ns, local) && !selfClosing {
					skipBelow = depth
				}
			}
			if selfClosing {
				d.unscope(&scopes, depth)
				continue
			}
			depth++
			if base+depth-1 > d.maxDepth {
				return d.fail(fmt.Errorf("%w: more than %d levels", ErrTooDeep, d.maxDepth))
			}
		case gosax.EventEnd:
			depth--
			if depth == skipBelow {
				skipBelow = 0
			}
			d.unscope(&scopes, depth)
		case gosax.EventEOF:
			return d.fail(corrupt("unexpected end of part inside <%s> (truncated)", d.topName()))
		}
	}
	d.attrs = nil
	d.pop()
	return nil
}

// scope records namespace bindings declared by a scanned element.
type scope struct{ depth, bindings int }

// unscope undoes the namespace declarations of a scanned element that
// started at depth when it ends.
func (d *Decoder) unscope(scopes *[]scope, depth int) {
	s := *scopes
	for len(s) > 0 && s[len(s)-1].depth >= depth {
		d.bindings = d.bindings[:s[len(s)-1].bindings]
		d.invalidate()
		s = s[:len(s)-1]
	}
	*scopes = s
}
