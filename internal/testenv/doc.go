// Package testenv finds the files tests read from outside the package under
// test: the repository root, the bundled example and the shared corpus. It
// is imported by tests only.
package testenv
