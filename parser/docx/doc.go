// Package docx reads Word packages (.docx, .docm, .dotx, .dotm) into a
// model.Document, streaming the main document part once.
//
// It owns the WordprocessingML semantics crossfoot needs: paragraphs and
// runs (each text piece keeps the 0-based ordinal of its w:r in the
// paragraph), tables with their grid (w:gridSpan, w:vMerge, w:gridBefore,
// nested tables), text in w:ins, w:sdt, w:fldSimple, w:hyperlink,
// w:smartTag and w:customXml; dropping w:del, w:moveFrom, hidden runs,
// field codes and tracked-deleted rows; text boxes once (one branch of
// mc:AlternateContent); automatic numbering rendered as label text from
// numbering.xml and styles.xml; heading levels from outline levels,
// heading styles or the numbering pattern of short titles (一、 （一） 1.
// （1））; footnotes and endnotes after the body.
//
// Run ordinals: a run's Index counts every w:r element whose nearest w:p
// ancestor is the paragraph, in document order, including runs inside
// w:del, w:ins, w:hyperlink, w:fldSimple, w:smartTag and w:sdtContent, but
// not runs inside the branch of an mc:AlternateContent that was not read,
// nor runs of paragraphs nested in text boxes (they have their own count).
// Numbering labels are generated text with Index -1 (no Run entry).
//
// Text layout: paragraphs whose text is only white space are dropped (the
// paragraph numbers of model.Position count visible paragraphs); trailing
// line breaks are trimmed; w:tab → "\t", w:br/w:cr → "\n" (a page break at
// the start of a paragraph adds nothing), w:noBreakHyphen → "-", w:sym as
// its character (Symbol-font operators and digits mapped to Unicode).
// Text boxes are emitted before the paragraph that anchors them. Headers,
// footers, comments, Office math and altChunk content are not read.
//
// Errors: see Parse. Sentinels (ErrNotZip, ErrEncrypted, ErrCorrupt,
// ErrNoDocument, ErrTooLarge, ErrTooDeep) are what package parser maps to
// its own user-facing errors.
//
// docx builds documents only through model.NewBuilder; it uses
// internal/ooxml for the zip, the part lookup and XML tokens. It knows
// nothing about figures, rules, audits or output formats, and it never
// writes .docx files (report/docx does).
package docx
