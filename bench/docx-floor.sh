#!/usr/bin/env bash
# Throughput of the .docx reader against its floor (inflate word/document.xml
# + gosax's bare event loop), on a generated 200-table document and, when the
# shared corpus is present, on its most table-heavy files.
#
#   bench/docx-floor.sh            # COUNT=5 runs each, best of them
#   COUNT=10 BENCHTIME=20x bench/docx-floor.sh
#
# The best (minimum) time of COUNT runs is used: on a shared machine it is
# the least disturbed measurement. Goal: ratio ≥ 0.5.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${COUNT:-5}"
BENCHTIME="${BENCHTIME:-10x}"
go test -run '^$' -bench '^Benchmark(Parse|Floor)$' -benchtime "$BENCHTIME" -count "$COUNT" ./parser/docx |
awk '
/^Benchmark(Parse|Floor)\// {
	split($1, a, "/"); kind = a[1]; sub(/^Benchmark/, "", kind)
	name = $1; sub(/^[^\/]*\//, "", name); sub(/-[0-9]+$/, "", name)
	for (i = 2; i <= NF; i++) if ($(i+1) == "MB/s") mbs = $i
	key = kind SUBSEP name
	if (!(key in best) || mbs + 0 > best[key]) best[key] = mbs + 0
	names[name] = 1
}
END {
	printf "%-60s %12s %12s %7s\n", "input", "parse MB/s", "floor MB/s", "ratio"
	for (n in names) {
		p = best["Parse" SUBSEP n]; f = best["Floor" SUBSEP n]
		r = (f > 0) ? p / f : 0
		printf "%-60s %12.1f %12.1f %7.2f%s\n", n, p, f, r, (r >= 0.5 ? "" : "  (below goal 0.5)")
	}
}'
