// Package cjk holds fast paths of standard-library string functions for
// the texts crossfoot reads, which are mostly Chinese: strings.TrimSpace
// and utf8.RuneCountInString decode every non-ASCII rune they meet, while
// a Han character can be recognised from its bytes. Each function equals
// its standard-library counterpart on every input (cjk_test.go fuzzes
// them against it); only the cost differs.
package cjk
