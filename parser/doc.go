// Package parser turns a report file into a model.Document. It detects the
// format by content (zip with word/document.xml, OLE2, PDF, text), not only by
// extension, and dispatches to parser/docx or parser/text.
//
// Input problems are returned as errors wrapping one of the sentinels below,
// each with a message that says what the user should do. A document whose
// parts are damaged still comes back, with the problems in Document.Errors.
package parser
