// Package parser is crossfoot's front door: it turns a report file into a
// model.Document. It recognises the format by content, never by the name
// (Sniff), and dispatches:
//
//   - a zip holding a Word main part (.docx/.docm/.dotx/.dotm) → parser/docx;
//   - text (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK) →
//     parser/text;
//   - an OLE2 compound file is examined (a minimal directory walk, standard
//     library only): an EncryptedPackage stream → ErrEncrypted, a
//     WordDocument stream (.doc, .wps) → ErrLegacyDoc;
//   - PDF, RTF, HTML/MHT, XML, images, archives, Excel, PowerPoint, ODF,
//     OFD and unknown binary → ErrUnsupportedFormat with a hint.
//
// Input problems are returned as one-line errors that name the file, say
// what to do and wrap exactly one of the sentinels (ErrEncrypted,
// ErrLegacyDoc, ErrUnsupportedFormat, ErrTooLarge, ErrCorrupt, ErrEmpty);
// callers branch with errors.Is. A document whose secondary parts are
// damaged still comes back, with the problems in Document.Errors. Parse
// never panics: a panic in a reader becomes ErrCorrupt naming the file.
//
// parser knows nothing about auditing, rules or output formats.
package parser
