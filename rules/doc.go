// Package rules holds crossfoot's built-in rules. Each family lives in its own
// subpackage (rules/table, rules/prose, …), one file per rule ID; All returns
// them as one explicit list sorted by ID — no init() self-registration.
package rules
