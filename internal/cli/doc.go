// Package cli implements the crossfoot command line: subcommands, one
// FlagSet each (no globals), exit codes in one place. It wires parser, rules,
// audit and report together and is the only package that knows about files
// on disk and the terminal.
package cli
