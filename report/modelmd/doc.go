// Package modelmd renders a parsed document as Markdown for reading and
// diffing (`crossfoot extract --format md`). Markdown cannot merge cells, so
// merges are shown explicitly: the cell that holds the text is marked
// ⟨跨2行⟩, ⟨跨3列⟩ or ⟨跨2行3列⟩, and every grid position it covers shows
// ⟨合并↑⟩ (covered by the cell above) or ⟨合并←⟩ (by the cell to the left).
// Nested tables follow their parent table and are referenced from their
// cell as ⟨表N⟩.
//
// It knows the model only; nothing of parsers, rules or findings.
package modelmd
