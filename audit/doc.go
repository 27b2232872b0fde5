// Package audit runs rules over a document and collects findings.
//
// It owns Rule, Finding, Severity, Location and Pass (the document plus facts
// computed once and shared by rules). It knows nothing about file formats,
// rule packs or output: parsers produce the model.Document it reads, the
// rules package supplies the rules and the report package prints findings.
package audit
