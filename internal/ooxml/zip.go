package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Defaults for the zero fields of Options.
const (
	DefaultMaxUncompressed = 512 << 20
	DefaultMaxRatio        = 200
	DefaultMaxDepth        = 512

	// ratioGrace is how many bytes an entry may inflate to before the
	// ratio limit applies: tiny, highly repetitive parts legitimately
	// compress beyond any sensible ratio.
	ratioGrace = 1 << 20
)

// Options bounds what Open and the readers it returns accept. The zero value
// means the defaults documented on each field.
type Options struct {
	// MaxUncompressed is the total number of bytes that may be inflated
	// from the package over all parts read; default 512 MiB.
	MaxUncompressed int64
	// MaxRatio is the largest inflate ratio (inflated ÷ compressed bytes)
	// of one entry once it has inflated more than 1 MiB; default 200.
	MaxRatio int
	// MaxDepth is the deepest XML element nesting a Decoder accepts;
	// default 512.
	MaxDepth int
}

func (o Options) withDefaults() Options {
	if o.MaxUncompressed <= 0 {
		o.MaxUncompressed = DefaultMaxUncompressed
	}
	if o.MaxRatio <= 0 {
		o.MaxRatio = DefaultMaxRatio
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	return o
}

// Package is an opened OOXML package. It is not safe for concurrent use.
type Package struct {
	opt    Options
	files  map[string]*zip.File // by normalised part name
	budget int64                // bytes still allowed to inflate
	types  *ContentTypes        // loaded lazily
	rels   map[string][]Relationship
}

var (
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// "EncryptedPackage" in UTF-16LE: the stream an encrypted OOXML file
	// keeps inside its OLE2 container.
	encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")
)

// Open reads the zip directory of r. Errors wrap ErrNotZip, ErrEncrypted or
// ErrCorrupt.
func Open(r io.ReaderAt, size int64, opt Options) (*Package, error) {
	opt = opt.withDefaults()
	var head [8]byte
	n, _ := r.ReadAt(head[:], 0)
	switch {
	case n >= 8 && bytes.Equal(head[:8], oleMagic):
		if oleHas(r, size, encryptedPackage) {
			return nil, fmt.Errorf("OLE2 container with an EncryptedPackage stream: %w", ErrEncrypted)
		}
		return nil, fmt.Errorf("OLE2 compound file (legacy .doc?): %w", ErrNotZip)
	case n < 4 || string(head[:2]) != "PK":
		return nil, ErrNotZip
	}
	zr, err := zip.NewReader(r, size)
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	p := &Package{opt: opt, files: make(map[string]*zip.File, len(zr.File)), budget: opt.MaxUncompressed}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") {
			continue
		}
		name := normPart(f.Name)
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// oleHas reports whether the first 1 MiB of an OLE2 file contains pat.
func oleHas(r io.ReaderAt, size int64, pat []byte) bool {
	buf := make([]byte, min(size, 1<<20))
	n, _ := r.ReadAt(buf, 0)
	return bytes.Contains(buf[:n], pat)
}

// normPart turns a zip entry name or a part name ("/word/document.xml") into
// the map key: no leading slash, forward slashes, lower case (part names are
// case-insensitive in OPC).
func normPart(name string) string {
	name = strings.ReplaceAll(name, `\`, "/")
	name = strings.TrimLeft(name, "/")
	return strings.ToLower(name)
}

// Has reports whether the package holds the part.
func (p *Package) Has(name string) bool {
	_, ok := p.files[normPart(name)]
	return ok
}

// Parts lists the package's part names (as stored, without a leading slash).
func (p *Package) Parts() []string {
	out := make([]string, 0, len(p.files))
	for _, f := range p.files {
		out = append(out, f.Name)
	}
	return out
}

// Open returns a reader for the part's inflated bytes. It fails as soon as
// the part would exceed the package's remaining budget or the ratio limit;
// errors wrap ErrNoPart, ErrTooLarge or ErrCorrupt.
func (p *Package) Open(name string) (io.ReadCloser, error) {
	f, ok := p.files[normPart(name)]
	if !ok {
		return nil, fmt.Errorf("%s: %w", name, ErrNoPart)
	}
	// Fail fast on what the directory admits to; the reader below checks
	// what is really inflated, since the directory may lie.
	if f.UncompressedSize64 > uint64(max(p.budget, 0)) {
		return nil, fmt.Errorf("%s: %d bytes uncompressed, over the %d-byte limit: %w", name, f.UncompressedSize64, p.opt.MaxUncompressed, ErrTooLarge)
	}
	if f.UncompressedSize64 > ratioGrace && f.UncompressedSize64 > max(f.CompressedSize64, 1)*uint64(p.opt.MaxRatio) {
		return nil, fmt.Errorf("%s: inflate ratio over %d: %w", name, p.opt.MaxRatio, ErrTooLarge)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrCorrupt, err)
	}
	return &boundedReader{rc: rc, p: p, name: name, limit: max(int64(f.CompressedSize64), 1) * int64(p.opt.MaxRatio)}, nil
}

// ReadAll returns the whole inflated part, within the same limits as Open.
func (p *Package) ReadAll(name string) ([]byte, error) {
	rc, err := p.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

type boundedReader struct {
	rc    io.ReadCloser
	p     *Package
	name  string
	n     int64 // inflated so far
	limit int64 // ratio limit in bytes
	err   error
}

func (b *boundedReader) Read(buf []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	n, err := b.rc.Read(buf)
	b.n += int64(n)
	b.p.budget -= int64(n)
	switch {
	case b.p.budget < 0:
		b.err = fmt.Errorf("%s: inflating over the %d-byte limit: %w", b.name, b.p.opt.MaxUncompressed, ErrTooLarge)
		return 0, b.err
	case b.n > ratioGrace && b.n > b.limit:
		b.err = fmt.Errorf("%s: inflate ratio over %d: %w", b.name, b.p.opt.MaxRatio, ErrTooLarge)
		return 0, b.err
	}
	if err != nil && err != io.EOF {
		b.err = fmt.Errorf("%s: %w: %v", b.name, ErrCorrupt, err)
		return n, b.err
	}
	return n, err
}

func (b *boundedReader) Close() error { return b.rc.Close() }

// resolveTarget resolves a relationship target against its source part.
func resolveTarget(source, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if i := strings.IndexAny(target, "#?"); i >= 0 {
		target = target[:i]
	}
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	dir := path.Dir("/" + strings.TrimLeft(source, "/"))
	return strings.TrimPrefix(path.Clean(path.Join(dir, target)), "/")
}
