package docx

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/crossfoot/crossfoot/internal/ooxml"
	"github.com/crossfoot/crossfoot/model"
)

// Sentinel errors. Every error Parse returns wraps one of them (or the
// context's error), so callers can branch with errors.Is.
var (
	// ErrNotZip: the input is not a zip archive (nor an encrypted package).
	ErrNotZip = ooxml.ErrNotZip
	// ErrEncrypted: a password-protected .docx (an OLE2 container holding
	// an EncryptedPackage stream).
	ErrEncrypted = ooxml.ErrEncrypted
	// ErrCorrupt: the zip archive or the main document part is damaged or
	// truncated before any text could be read.
	ErrCorrupt = ooxml.ErrCorrupt
	// ErrNoDocument: a valid zip without a WordprocessingML main document
	// part (an .xlsx, an .odt, a plain zip).
	ErrNoDocument = errors.New("no Word main document part in the package")
	// ErrTooLarge: a size limit was hit: the inflated total, an entry's
	// inflate ratio (zip bomb), or one paragraph or cell longer than
	// Options.MaxCellBytes.
	ErrTooLarge = ooxml.ErrTooLarge
	// ErrTooDeep: XML nesting deeper than Options.MaxDepth.
	ErrTooDeep = ooxml.ErrTooDeep
)

// Defaults for the zero fields of Options.
const (
	DefaultMaxUncompressed = ooxml.DefaultMaxUncompressed
	DefaultMaxRatio        = ooxml.DefaultMaxRatio
	DefaultMaxDepth        = ooxml.DefaultMaxDepth
	DefaultMaxCellBytes    = 64 << 20
)

// Options limits what Parse accepts; each zero field means its default.
type Options struct {
	MaxUncompressed int64 // total bytes inflated from the package; default 512 MiB
	MaxRatio        int   // largest inflate ratio of one entry past its first MiB; default 200
	MaxDepth        int   // deepest XML nesting; default 512
	MaxCellBytes    int   // longest paragraph or table cell text; default 64 MiB
}

func (o Options) maxCellBytes() int {
	if o.MaxCellBytes <= 0 {
		return DefaultMaxCellBytes
	}
	return o.MaxCellBytes
}

// Parse reads a .docx, .docm, .dotx or .dotm package into a document built
// with model.NewBuilder(name, "docx").
//
// Error policy:
//   - The input is rejected (nil document, error wrapping a sentinel) when it
//     is not a zip, is encrypted, has no main document part, hits a size or
//     depth limit anywhere, when ctx is done, or when the main part is damaged
//     before any paragraph or cell could be read (ErrCorrupt).
//   - A damaged secondary part (styles, numbering, footnotes, endnotes) or a
//     main part that breaks off after some text was read yields the
//     document built so far with the problem recorded in Document.Errors
//     (via Builder.Error) and a nil error.
func Parse(ctx context.Context, r io.ReaderAt, size int64, name string, opt Options) (*model.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pkg, err := ooxml.Open(r, size, ooxml.Options{MaxUncompressed: opt.MaxUncompressed, MaxRatio: opt.MaxRatio, MaxDepth: opt.MaxDepth})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	main, err := pkg.MainDocument()
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %v", name, ErrNoDocument, err)
	}
	b := model.NewBuilder(name, "docx")
	// Secondary parts first: the body needs styles and numbering.
	st, err := readPart(pkg, pkg.Related(main, "styles"), opt, readStyles)
	if fatal(err) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		b.Error(err)
	}
	num, err := readPart(pkg, pkg.Related(main, "numbering"), opt, func(d *ooxml.Decoder) (*numbering, error) { return readNumbering(d, st) })
	if fatal(err) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		b.Error(err)
	}
	w := &walker{ctx: ctx, b: b, opt: opt, st: st, num: num, kind: model.Body}
	if err := w.story(pkg, main); err != nil {
		if fatal(err) || w.emitted == 0 {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		b.Error(err)
	}
	for _, n := range []struct {
		rel  string
		kind model.ParaKind
	}{{"footnotes", model.Footnote}, {"endnotes", model.Endnote}} {
		part := pkg.Related(main, n.rel)
		if part == "" {
			continue
		}
		nw := &walker{ctx: ctx, b: b, opt: opt, st: st, num: num, kind: n.kind, notes: true}
		if err := nw.story(pkg, part); err != nil {
			if fatal(err) {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			b.Error(err)
		}
	}
	return b.Document(), nil
}

// fatal reports errors that reject the whole input.
func fatal(err error) bool {
	return err != nil && (errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTooDeep) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded))
}

// readPart parses an optional part; a missing part (name "") yields nil.
func readPart[T any](pkg *ooxml.Package, name string, opt Options, read func(*ooxml.Decoder) (*T, error)) (*T, error) {
	if name == "" {
		return nil, nil
	}
	rc, err := pkg.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := ooxml.NewDecoder(rc, opt.MaxDepth)
	defer d.Release()
	v, err := read(d)
	if err != nil {
		err = fmt.Errorf("%s: %w", name, err)
	}
	return v, err
}

// story streams one part through the walker; on a damaged part it keeps
// what was read (open paragraphs and tables are closed) and returns the error.
func (w *walker) story(pkg *ooxml.Package, part string) error {
	rc, err := pkg.Open(part)
	if err != nil {
		return err
	}
	defer rc.Close()
	w.d = ooxml.NewDecoder(rc, w.opt.MaxDepth)
	defer func() {
		w.d.Release()
		w.d = nil
	}()
	err = w.walk()
	if err != nil && !fatal(err) {
		w.finish()
		err = fmt.Errorf("%s: %w", part, err)
	}
	return err
}
