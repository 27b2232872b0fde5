// Package accuracy measures how well crossfoot finds known mistakes: it
// matches the findings of an audit of synthetic reports (internal/synth)
// against their ground truth and computes recall per mistake kind,
// precision per rule and false alarms per clean document.
//
// A finding matches a mistake when the finding's span or one of its related
// spans overlaps the mistake's place or one of the places the mistake
// involves (the row and column of a changed cell, the paragraphs restating
// it, the paragraph of a changed sentence, the neighbouring headings of a
// misnumbered one). That is generous about which of the contradicting
// figures a rule blames, and strict about the table or sentence.
//
// accuracy knows no file formats; the caller parses and audits.
package accuracy
