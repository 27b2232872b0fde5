// Package ruletest is test support shared by the rule families: it reads
// rule fixtures, checks a rule's findings against the ⟦RULE:text⟧ markers
// placed in a fixture at the offending text, loads the bundled example
// report and the shared corpus.
//
// A fixture is a report in the TAB text format, read by parser/text as any
// text report is. Lines starting with # are comments. A marker
// ⟦RULE:text⟧ (or ⟦R1,R2:text⟧ for two rules at the same place) stands
// for text and expects one finding of that rule overlapping it.
//
// The package knows nothing about any rule; it is imported by tests only.
package ruletest
