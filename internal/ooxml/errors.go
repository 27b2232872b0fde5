package ooxml

import "errors"

// Sentinel errors. Errors returned by this package wrap one of them with %w
// and add the part name or the limit that was hit.
var (
	// ErrNotZip: the input is not a zip archive at all.
	ErrNotZip = errors.New("not a zip archive")
	// ErrEncrypted: the input is an OLE2 compound file holding an
	// encrypted OOXML package (a password-protected .docx).
	ErrEncrypted = errors.New("encrypted (password-protected) package")
	// ErrCorrupt: a zip archive or an XML part is damaged or truncated.
	ErrCorrupt = errors.New("corrupt package")
	// ErrTooLarge: a size limit was exceeded (total inflated bytes,
	// inflate ratio of an entry, or a caller's text limit).
	ErrTooLarge = errors.New("size limit exceeded")
	// ErrTooDeep: XML nesting deeper than Options.MaxDepth.
	ErrTooDeep = errors.New("XML nesting too deep")
	// ErrNoPart: a requested part is not in the package.
	ErrNoPart = errors.New("part not found")
)
