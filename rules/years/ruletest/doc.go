// Package ruletest builds documents from the TAB text format used by the
// seed report and by rule fixtures, and checks a rule's findings against
// ⟦RULE:text⟧ markers placed in the fixture at the offending text.
//
// It is test support for the rules/years, rules/sequence and rules/scores
// families; it knows nothing about any rule. It prefers no parser: the
// format is read here with model.NewBuilder so the rules can be tested
// before (and independently of) parser/text.
package ruletest
