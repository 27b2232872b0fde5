// Package text reads plain-text reports into a model.Document.
//
// It understands the text export of Word tables used by the reports
// crossfoot audits (each cell a line that starts with a TAB, continuation
// lines without one, a blank line ending a row, consecutive rows forming one
// table), Markdown pipe tables, Markdown "#" headings and headings numbered
// the Chinese way (一、 （一） 1. （1）). The encoding is detected: UTF-8
// with or without BOM, UTF-16 with BOM (or without, when ASCII
// characters among the text give the byte order away), and GB18030/GBK.
//
// The package builds documents only through model.Builder. It knows nothing
// about .docx, format detection (package parser does that) or auditing, and
// it keeps the text as written: normalising full-width digits is the job of
// package figures.
package text
