#!/usr/bin/env bash
# bench/run.sh — crossfoot's speed and memory, in one run on the same inputs:
#   crossfoot audit throughput with --jobs 1 and --jobs 2 (documents/s, MB/s),
#   the floor (unzip + XML tokenize, bench/floor), python-docx reading every
#   table cell, and peak RSS auditing a 1,000-document batch.
# Ratios are the headline: audit/floor, crossfoot/python-docx, 2 jobs/1 job.
#
# Usage: bench/run.sh            (synthetic reports from internal/synth)
#        CORPUS=/work/shared/corpus/cn_gov_work_report bench/run.sh   (also real .docx)
# Knobs: N (throughput batch, default 300), NRSS (default 1000), SEED, REPEAT
#        (best of, default 3), WORK (scratch directory, default a new temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-300}
NRSS=${NRSS:-1000}
SEED=${SEED:-1}
REPEAT=${REPEAT:-3}
WORK=${WORK:-$(mktemp -d -t crossfoot-bench.XXXXXX)}
PY=/usr/bin/python3

echo "# crossfoot bench $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) CPUs, $(go version | cut -d' ' -f3), work dir $WORK"

mkdir -p "$WORK/bin"
go build -o "$WORK/bin/crossfoot" ./cmd/crossfoot
go build -o "$WORK/bin/floor" ./bench/floor
go build -o "$WORK/bin/gen" ./bench/gen
go build -o "$WORK/bin/rss" ./bench/rss

if ! "$PY" -c 'import docx' 2>/dev/null; then
	if [ "$(id -u)" = 0 ]; then
		echo "installing python3-docx…"
		apt-get install -y -q python3-docx >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q python3-docx >/dev/null; }
	else
		echo "python3-docx missing and not root: the python-docx column will be empty" >&2
	fi
fi

# Inputs: NRSS synthetic .docx; the first N of them are the throughput set.
rm -rf "$WORK/all" "$WORK/tp"
"$WORK/bin/gen" -n "$NRSS" -seed "$SEED" -out "$WORK/all" -format docx >/dev/null
mkdir -p "$WORK/tp"
ls "$WORK/all"/*.docx | sort | head -n "$N" | while read -r f; do ln -s "$f" "$WORK/tp/"; done

# best SECONDS of REPEAT runs of a command (stdout discarded).
best() {
	local rep=$1; shift
	local b=""
	for _ in $(seq "$rep"); do
		"$WORK/bin/rss" -o "$WORK/m" -- "$@" >/dev/null 2>"$WORK/err" || true
		local s
		s=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' "$WORK/m")
		if [ -z "$b" ] || awk "BEGIN{exit !($s < $b)}"; then b=$s; fi
	done
	echo "$b"
}

# measure SET_DIR LABEL: prints one table block for a set of .docx files.
measure() {
	local dir=$1 label=$2
	local files bytes
	files=$(find -L "$dir" -name '*.docx' | wc -l)
	bytes=$(find -L "$dir" -name '*.docx' -print0 | xargs -0 stat -L -c %s | awk '{s+=$1} END{print s}')
	local j1 j2 fl py xb
	xb=$("$WORK/bin/floor" "$dir" | sed -n 's/.*xml_bytes=\([0-9]*\).*/\1/p')
	j1=$(best "$REPEAT" "$WORK/bin/crossfoot" audit --jobs 1 --format line --fail-on error "$dir")
	j2=$(best "$REPEAT" "$WORK/bin/crossfoot" audit --jobs 2 --format line --fail-on error "$dir")
	fl=$(best "$REPEAT" "$WORK/bin/floor" "$dir")
	py=""
	if "$PY" -c 'import docx' 2>/dev/null; then
		py=$(best 1 "$PY" bench/pydocx_read.py "$dir")
	fi
	awk -v label="$label" -v n="$files" -v b="$bytes" -v j1="$j1" -v j2="$j2" -v fl="$fl" -v py="$py" -v xb="$xb" 'BEGIN{
		mb = b / 1e6; xmb = xb / 1e6
		printf "\n## %s: %d .docx, %.1f MB on disk, %.1f MB of document.xml (mean %.0f KB)\n\n", label, n, mb, xmb, xb / n / 1e3
		printf "| reader | seconds | docs/s | MB/s (files) | MB/s (document.xml) |\n|---|---:|---:|---:|---:|\n"
		printf "| crossfoot audit --jobs 1 | %.3f | %.0f | %.2f | %.1f |\n", j1, n / j1, mb / j1, xmb / j1
		printf "| crossfoot audit --jobs 2 | %.3f | %.0f | %.2f | %.1f |\n", j2, n / j2, mb / j2, xmb / j2
		printf "| floor: unzip + gosax tokenize (1 thread) | %.3f | %.0f | %.2f | %.1f |\n", fl, n / fl, mb / fl, xmb / fl
		if (py != "") printf "| python-docx, every table cell (1 thread) | %.3f | %.1f | %.2f | %.1f |\n", py, n / py, mb / py, xmb / py
		printf "\nRatios: audit(1 job)/floor = %.2f×", fl / j1
		if (py != "") printf "; crossfoot(1 job)/python-docx = %.1f×", py / j1
		printf "; 2 jobs/1 job = %.2f×\n", j1 / j2
	}'
}

measure "$WORK/tp" "synthetic reports (internal/synth, seed $SEED)"

if [ -n "${CORPUS:-}" ] && [ -d "$CORPUS" ]; then
	measure "$CORPUS" "real reports under $CORPUS"
fi

# Peak RSS auditing the whole NRSS batch in one process.
"$WORK/bin/rss" -o "$WORK/m" -- "$WORK/bin/crossfoot" audit --jobs 2 --format line --fail-on error "$WORK/all" >/dev/null 2>&1 || true
awk -v n="$NRSS" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
	END { printf "\nPeak RSS auditing %d documents (--jobs 2): %.1f MB in %.2f s (goal ≤ 150 MB)\n", n, v["maxrss_kb"] / 1024, v["seconds"] }' "$WORK/m"
echo "Goals: audit ≥ 0.5× floor; ≥ 20× python-docx; 2 jobs ≥ 1.7× 1 job; RSS ≤ 150 MB for 1,000 documents."
