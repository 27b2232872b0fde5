#!/usr/bin/env bash
# Throughput of the .docx reader against its floor (inflate word/document.xml
# + gosax's bare event loop), on a generated 200-table document and, when the
# shared corpus is present, on its most table-heavy files.
#
#   bench/docx-floor.sh            # COUNT=5 runs each, best of them
#   COUNT=10 BENCHTIME=20x bench/docx-floor.sh
#
# Throughput is per CPU second of the test process (the benchmarks' cpu-MB/s
# metric: user + system time, GC included), best of COUNT runs: on a shared
# machine wall time mostly measures the neighbours. Wall-clock MB/s (best
# of COUNT) is shown too. Goal: ratio ≥ 0.5.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${COUNT:-5}"
BENCHTIME="${BENCHTIME:-10x}"
go test -run '^$' -bench '^Benchmark(Parse|Floor)$' -benchtime "$BENCHTIME" -count "$COUNT" ./parser/docx |
awk '
/^Benchmark(Parse|Floor)\// {
	split($1, a, "/"); kind = a[1]; sub(/^Benchmark/, "", kind)
	name = $1; sub(/^[^\/]*\//, "", name); sub(/-[0-9]+$/, "", name)
	wall = 0; cpu = 0
	for (i = 2; i < NF; i++) {
		if ($(i+1) == "MB/s") wall = $i + 0
		if ($(i+1) == "cpu-MB/s") cpu = $i + 0
	}
	k = kind SUBSEP name
	if (!(k in bcpu) || cpu > bcpu[k]) bcpu[k] = cpu
	if (!(k in bwall) || wall > bwall[k]) bwall[k] = wall
	names[name] = 1
}
END {
	printf "%-52s %10s %10s %6s   %10s %10s %6s\n", "input (MB of document.xml)", "parse cpu", "floor cpu", "ratio", "parse wall", "floor wall", "ratio"
	for (n in names) {
		pc = bcpu["Parse" SUBSEP n]; fc = bcpu["Floor" SUBSEP n]
		pw = bwall["Parse" SUBSEP n]; fw = bwall["Floor" SUBSEP n]
		rc = (fc > 0) ? pc / fc : 0; rw = (fw > 0) ? pw / fw : 0
		printf "%-52s %10.1f %10.1f %6.2f   %10.1f %10.1f %6.2f%s\n", substr(n, 1, 52), pc, fc, rc, pw, fw, rw, (rc >= 0.5 ? "" : "  < goal 0.5")
	}
}'
