// Package crossfoot is the module root; it holds only repository-wide tests
// (import direction). The tool is cmd/crossfoot; see README.md.
package crossfoot
