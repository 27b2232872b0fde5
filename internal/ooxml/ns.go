package ooxml

// NS identifies a namespace the readers care about. Names are resolved from
// the xmlns declarations in force, never from their prefixes, so "w:p",
// "<p xmlns=…main>" and "<x:p xmlns:x=…main>" are the same element; the
// Transitional and Strict URIs of a vocabulary map to the same NS.
type NS uint8

const (
	NSNone   NS = iota // no namespace: an unprefixed attribute, or no default namespace
	NSOther            // a namespace none of the readers interpret
	NSW                // WordprocessingML main
	NSMC               // markup compatibility (mc:AlternateContent)
	NSR                // officeDocument relationships (r:id)
	NSPkgRel           // package relationships (_rels/*.rels)
	NSCT               // package content types ([Content_Types].xml)
	NSXML              // the xml: prefix
	NSM                // Office math
	NSWP               // DrawingML WordprocessingDrawing
	NSA                // DrawingML main
	NSWPS              // Word 2010 shapes (wps:txbx)
	NSV                // VML
)

var knownNS = map[string]NS{
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main":           NSW,
	"http://purl.oclc.org/ooxml/wordprocessingml/main":                       NSW,
	"http://schemas.openxmlformats.org/markup-compatibility/2006":            NSMC,
	"http://schemas.openxmlformats.org/officeDocument/2006/relationships":    NSR,
	"http://purl.oclc.org/ooxml/officeDocument/relationships":                NSR,
	"http://schemas.openxmlformats.org/package/2006/relationships":           NSPkgRel,
	"http://schemas.openxmlformats.org/package/2006/content-types":           NSCT,
	"http://www.w3.org/XML/1998/namespace":                                   NSXML,
	"http://schemas.openxmlformats.org/officeDocument/2006/math":             NSM,
	"http://purl.oclc.org/ooxml/officeDocument/math":                         NSM,
	"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": NSWP,
	"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing":             NSWP,
	"http://schemas.openxmlformats.org/drawingml/2006/main":                  NSA,
	"http://purl.oclc.org/ooxml/drawingml/main":                              NSA,
	"http://schemas.microsoft.com/office/word/2010/wordprocessingShape":      NSWPS,
	"urn:schemas-microsoft-com:vml":                                          NSV,
}

// fallbackPrefix resolves prefixes a broken producer used without declaring
// them, by the conventional prefix.
var fallbackPrefix = map[string]NS{
	"w": NSW, "mc": NSMC, "r": NSR, "m": NSM, "wp": NSWP, "a": NSA, "wps": NSWPS, "v": NSV, "xml": NSXML,
}

// LookupNS returns the NS of a namespace URI (NSOther when unknown).
func LookupNS(uri string) NS {
	if ns, ok := knownNS[uri]; ok {
		return ns
	}
	return NSOther
}
