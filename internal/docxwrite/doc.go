// Package docxwrite writes small WordprocessingML (.docx) files from a
// compact description: paragraphs (optionally headings with a style and an
// outline level), tables with horizontal (gridSpan) and vertical (vMerge)
// merges, nested tables, and raw XML for the odd cases a test needs.
//
// It exists so tests and the synthetic report generator can build .docx
// fixtures in code that stay readable. It knows nothing about parsing,
// figures or rules, and it is not a general-purpose Word writer: no
// formatting beyond what the parsers look at.
package docxwrite
