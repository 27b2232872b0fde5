package ooxml

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// ContentTypes is the parsed [Content_Types].xml.
type ContentTypes struct {
	Defaults  map[string]string // extension (lower case) → content type
	Overrides map[string]string // normalised part name → content type
}

// Relationship is one entry of a .rels part; Target is resolved to a part
// name (no leading slash) unless External.
type Relationship struct {
	ID, Type, Target string
	External         bool
}

// Main-part content types of the four WordprocessingML package kinds.
var mainContentTypes = []string{
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
	"application/vnd.ms-word.document.macroEnabled.main+xml",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
	"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}

// IsMainContentType reports whether ct is the content type of a
// WordprocessingML main document part (.docx, .docm, .dotx or .dotm).
func IsMainContentType(ct string) bool {
	ct = strings.TrimSpace(strings.ToLower(ct))
	for _, m := range mainContentTypes {
		if ct == strings.ToLower(m) {
			return true
		}
	}
	return false
}

// ContentTypes parses [Content_Types].xml once. A missing part yields empty
// maps and an error wrapping ErrNoPart.
func (p *Package) ContentTypes() (*ContentTypes, error) {
	if p.types != nil {
		return p.types, nil
	}
	ct := &ContentTypes{Defaults: map[string]string{}, Overrides: map[string]string{}}
	p.types = ct
	rc, err := p.Open("[Content_Types].xml")
	if err != nil {
		return ct, err
	}
	defer rc.Close()
	d := NewDecoder(rc, p.opt.MaxDepth)
	defer d.Release()
	for {
		t, err := d.Next()
		if err == io.EOF {
			return ct, nil
		}
		if err != nil {
			return ct, fmt.Errorf("[Content_Types].xml: %w", err)
		}
		if t.Kind != StartElement || (t.NS != NSCT && t.NS != NSNone) {
			continue
		}
		switch string(t.Local) {
		case "Default":
			ext, _ := d.Attr(NSNone, "Extension")
			e := strings.ToLower(string(ext))
			typ, _ := d.Attr(NSNone, "ContentType")
			ct.Defaults[e] = string(typ)
		case "Override":
			name, _ := d.Attr(NSNone, "PartName")
			n := normPart(string(name))
			typ, _ := d.Attr(NSNone, "ContentType")
			ct.Overrides[n] = string(typ)
		}
	}
}

// ContentType returns the content type of a part ("" when unknown).
func (p *Package) ContentType(part string) string {
	ct, _ := p.ContentTypes()
	n := normPart(part)
	if t, ok := ct.Overrides[n]; ok {
		return t
	}
	return ct.Defaults[strings.TrimPrefix(strings.ToLower(path.Ext(n)), ".")]
}

// relsName returns the relationships part of a source part ("" = package).
func relsName(source string) string {
	if source == "" {
		return "_rels/.rels"
	}
	dir, file := path.Split(strings.TrimLeft(source, "/"))
	return dir + "_rels/" + file + ".rels"
}

// Rels returns the relationships of a part (source "" for the package's own
// _rels/.rels). A missing .rels part yields nil and no error.
func (p *Package) Rels(source string) ([]Relationship, error) {
	key := normPart(source)
	if rs, ok := p.rels[key]; ok {
		return rs, nil
	}
	if p.rels == nil {
		p.rels = map[string][]Relationship{}
	}
	name := relsName(source)
	if !p.Has(name) {
		p.rels[key] = nil
		return nil, nil
	}
	rc, err := p.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	var out []Relationship
	d := NewDecoder(rc, p.opt.MaxDepth)
	defer d.Release()
	for {
		t, err := d.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			p.rels[key] = out
			return out, fmt.Errorf("%s: %w", name, err)
		}
		if t.Kind != StartElement || string(t.Local) != "Relationship" {
			continue
		}
		var r Relationship
		v, _ := d.Attr(NSNone, "Id")
		r.ID = string(v)
		v, _ = d.Attr(NSNone, "Type")
		r.Type = string(v)
		v, _ = d.Attr(NSNone, "TargetMode")
		r.External = strings.EqualFold(string(v), "External")
		v, _ = d.Attr(NSNone, "Target")
		r.Target = string(v)
		if !r.External {
			r.Target = p.partName(resolveTarget(source, r.Target))
		}
		out = append(out, r)
	}
	p.rels[key] = out
	return out, nil
}

// partName maps a resolved target to an existing part's name, trying the
// percent-decoded form too.
func (p *Package) partName(target string) string {
	if p.Has(target) {
		return target
	}
	if u, err := url.PathUnescape(target); err == nil && p.Has(u) {
		return u
	}
	return target
}

// RelTypeIs reports whether a relationship type URI names kind, for both
// Transitional (…/officeDocument/2006/relationships/kind) and Strict
// (http://purl.oclc.org/ooxml/officeDocument/relationships/kind) URIs.
func RelTypeIs(typ, kind string) bool {
	return strings.HasSuffix(typ, "/"+kind)
}

// Related returns the first internal part that source refers to with a
// relationship of the given kind ("styles", "numbering", "footnotes", …),
// or "" if none exists in the package.
func (p *Package) Related(source, kind string) string {
	rs, _ := p.Rels(source)
	for _, r := range rs {
		if !r.External && RelTypeIs(r.Type, kind) && p.Has(r.Target) {
			return r.Target
		}
	}
	return ""
}

// MainDocument finds the WordprocessingML main part: the target of the
// package's officeDocument relationship; failing that, a part whose content
// type is a main-document type; failing that, word/document.xml. The
// error wraps ErrNoPart when none exists.
func (p *Package) MainDocument() (string, error) {
	rs, relErr := p.Rels("")
	for _, r := range rs {
		if !r.External && RelTypeIs(r.Type, "officeDocument") && p.Has(r.Target) {
			return r.Target, nil
		}
	}
	ct, _ := p.ContentTypes()
	var best string
	for name, typ := range ct.Overrides {
		if IsMainContentType(typ) && p.Has(name) && (best == "" || name < best) {
			best = name
		}
	}
	if best != "" {
		return best, nil
	}
	if p.Has("word/document.xml") {
		return "word/document.xml", nil
	}
	err := fmt.Errorf("no WordprocessingML main document part: %w", ErrNoPart)
	if relErr != nil {
		err = errors.Join(err, relErr)
	}
	return "", err
}
