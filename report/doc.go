// Package report writes audit results for people and programs: a terminal
// table (text), one stable line per finding (line, the oracle of end-to-end
// golden tests), a versioned JSON wire format (json), a spreadsheet (csv)
// and Markdown (md). Printers stream one document at a time, so a large
// batch is never held in memory.
//
// Formatters write to the io.Writer they are given and nowhere else. They
// know findings (package audit) but not files, parsers or the terminal: the
// caller says whether to colour and how wide the screen is. The JSON output
// is its own wire type (JSONReport), so refactoring audit cannot break users.
//
// Subpackages render a parsed model.Document instead of findings:
// report/modeljson (versioned JSON) and report/modelmd (Markdown).
package report
