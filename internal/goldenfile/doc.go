// Package goldenfile compares test output with a golden file, or rewrites
// the file when the test runs with -update. It is imported by tests only and
// knows nothing about what the output means.
package goldenfile
