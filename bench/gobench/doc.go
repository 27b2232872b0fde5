// Package gobench holds Go benchmarks of crossfoot's pipeline on synthetic
// reports held in memory: the floor (unzip + tokenize), parsing and the full
// audit. MB/s counts the uncompressed word/document.xml (or the text file).
//
//	go test ./bench/gobench -run XXX -bench . -benchmem
package gobench
