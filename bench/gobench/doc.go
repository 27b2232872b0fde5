// Package gobench holds Go benchmarks of crossfoot's pipeline on synthetic
// reports held in memory: the floor (unzip + tokenize), parsing and the full
// audit. MB/s counts the uncompressed word/document.xml (or the text file).
//
//	go test ./bench/gobench -run XXX -bench . -benchmem
//
// The audit-vs-parse benchmarks use the seed report (text and .docx) and a
// 200-table text document made of concatenated synthetic reports:
//
//	BenchmarkParseSeed     parsing alone
//	BenchmarkAuditSeed     all rules over the pre-parsed document
//	BenchmarkAuditVsParse  both in one loop; reports audit/parse and
//	                       TBL/parse, PRS/parse, … per rule family
//	BenchmarkFamily        one rule family at a time, for profiling
//	BenchmarkTablesAnalyze the table analysis shared by TBL and XRF
//	BenchmarkRule          each rule alone over the synthetic batch
//
//	go test ./bench/gobench -run XXX -bench AuditVsParse -benchtime 20x
package gobench
