// Package cli implements the crossfoot command line: the subcommands audit,
// extract, rules, version and help, one FlagSet each (no globals), and the
// exit codes in one place (0 clean, 1 findings at or above --fail-on, 2
// usage or input error; an input error wins over findings).
//
// It wires parser, rules, audit and report together and is the only
// package that knows about files on disk, directories, parallelism and the
// terminal. Everything it needs from outside (parser, rule list, terminal
// detection, environment) goes through an env value, so tests drive Run's
// logic in-process with fakes; Run itself uses the real ones.
package cli
