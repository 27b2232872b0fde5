// Package testenv finds the files tests read from outside the package under
// test: the repository root, the bundled example, the shared corpus and a
// small sample document for formatter tests. It
// is imported by tests only.
package testenv
