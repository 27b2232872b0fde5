// Package ooxml reads the raw parts of Office Open XML packages (.docx,
// .docm, .dotx, .dotm) safely and fast.
//
// It owns:
//   - bounded zip reading on archive/zip: a total budget of inflated bytes
//     and a per-entry inflate-ratio limit (Options; zero value = defaults),
//     so that zip bombs fail fast with an error wrapping ErrTooLarge;
//   - part lookup through [Content_Types].xml and the _rels relationships,
//     for Transitional and Strict (http://purl.oclc.org/ooxml/...) packages
//     and for producers whose main part is not word/document.xml;
//   - a streaming XML Decoder on github.com/orisano/gosax that tracks xmlns
//     declarations and resolves every element and attribute name to a
//     namespace (NS), so callers never compare prefixes, and that bounds the
//     nesting depth (ErrTooDeep).
//
// Tokenizer choice (BenchmarkTokenizer, numbers in tokenizer_test.go): on a
// 2 MB real document.xml, encoding/xml's RawToken loop reads 28 MB/s, bare
// gosax events 804 MB/s and this package's Decoder (gosax plus namespace
// resolution, end-tag checks and entities) 333 MB/s; hence gosax.
//
// ooxml knows nothing about the crossfoot document model, WordprocessingML
// semantics (paragraphs, tables, numbering) or rules: parser/docx (reading)
// and report/docx (writing comments) build on it.
package ooxml
