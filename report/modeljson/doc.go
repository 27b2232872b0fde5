// Package modeljson is the versioned JSON wire form of a parsed document,
// written by `crossfoot extract --format json`. It is deliberately not the
// model package's structs: fields here change only with Version, so tools
// built on the output survive refactoring of the model.
//
// It knows the model; it knows nothing of parsers, rules or findings.
package modeljson
