// Package text reads plain-text reports into a model.Document.
//
// It understands:
//   - the text export of Word tables used by the reports crossfoot audits:
//     each cell a line that starts with a TAB, continuation lines without
//     one (joined with "\n"), a blank line ending a row, consecutive rows
//     forming one table; a line without TAB outside a row ends the table.
//     A table is as wide as its widest row and in a shorter row the last
//     cell spans the remaining columns — exactly how the example .docx was
//     rebuilt from its export, so both read to the same grid. A "table" of
//     nothing but long sentences is TAB-indented prose and read as
//     paragraphs;
//   - Markdown pipe tables (| a | b | over |---|---|) and tab-separated
//     rows (two or more consecutive lines with TABs inside);
//   - headings: Markdown "#" and short title-like lines numbered the
//     Chinese way (一、 level 1, （一） 2, 1. or 1、 3, （1） 4), with the label
//     in model.Heading.Number.
//
// The encoding is detected (Decode): UTF-8 with or without BOM, UTF-16
// with BOM (or without, when ASCII characters among the text give the byte
// order away), and GB18030/GBK; anything else fails with ErrEncoding.
// White-space-only lines and cells carry no text, as in the docx reader.
//
// The package builds documents only through model.Builder. It knows nothing
// about .docx, format detection (package parser does that) or auditing, and
// it keeps the text as written: normalising full-width digits is the job of
// package figures.
package text
