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
all=("$WORK/all"/*.docx) # sorted by the shell
for f in "${all[@]:0:$N}"; do ln "$f" "$WORK/tp/" 2>/dev/null || cp "$f" "$WORK/tp/"; done

# run NAME CMD…: runs the command once under bench/rss and keeps the best
# (smallest) wall and CPU seconds seen for NAME in $WORK/best.NAME.
run() {
	local name=$1; shift
	"$WORK/bin/rss" -o "$WORK/m" -- "$@" >/dev/null 2>"$WORK/err" || true
	local s c
	s=$(sed -n 's/.*seconds=\([0-9.]*\) cpu.*/\1/p' "$WORK/m")
	c=$(sed -n 's/.*cpu_seconds=\([0-9.]*\).*/\1/p' "$WORK/m")
	if [ -f "$WORK/best.$name" ]; then
		read -r bs bc <"$WORK/best.$name"
		s=$(awk -v a="$s" -v b="$bs" 'BEGIN{print (a < b ? a : b)}')
		c=$(awk -v a="$c" -v b="$bc" 'BEGIN{print (a < b ? a : b)}')
	fi
	echo "$s $c" >"$WORK/best.$name"
}

# measure SET_DIR LABEL: prints one table block for a set of .docx files.
# The three Go readers run interleaved, REPEAT rounds, best of each kept, so
# they see the same machine load; python-docx runs once.
measure() {
	local dir=$1 label=$2
	local files bytes xb
	files=$(find "$dir" -name '*.docx' | wc -l)
	bytes=$(find "$dir" -name "*.docx" -print0 | xargs -0 stat -c %s | awk '{s+=$1} END{print s}')
	xb=$("$WORK/bin/floor" "$dir" | sed -n 's/.*xml_bytes=\([0-9]*\).*/\1/p')
	rm -f "$WORK"/best.*
	for _ in $(seq "$REPEAT"); do
		run j1 "$WORK/bin/crossfoot" audit --jobs 1 --format line --fail-on error "$dir"
		run j2 "$WORK/bin/crossfoot" audit --jobs 2 --format line --fail-on error "$dir"
		run fl "$WORK/bin/floor" "$dir"
	done
	if "$PY" -c 'import docx' 2>/dev/null; then
		run py "$PY" bench/pydocx_read.py "$dir"
	else
		echo "0 0" >"$WORK/best.py"
	fi
	read -r j1 j1c <"$WORK/best.j1"
	read -r j2 j2c <"$WORK/best.j2"
	read -r fl flc <"$WORK/best.fl"
	read -r py pyc <"$WORK/best.py"
	awk -v label="$label" -v n="$files" -v b="$bytes" -v xb="$xb" -v j1="$j1" -v j2="$j2" -v fl="$fl" -v py="$py" \
		-v j1c="$j1c" -v j2c="$j2c" -v flc="$flc" -v pyc="$pyc" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN{
		mb = b / 1e6; xmb = xb / 1e6
		printf "\n## %s: %d .docx, %.1f MB on disk, %.1f MB of document.xml (mean %.0f KB)\n\n", label, n, mb, xmb, xb / n / 1e3
		printf "| reader | wall s | CPU s | docs/s | MB/s (files) | MB/s (document.xml) |\n|---|---:|---:|---:|---:|---:|\n"
		printf "| crossfoot audit --jobs 1 | %.3f | %.3f | %.0f | %.2f | %.1f |\n", j1, j1c, n / j1, mb / j1, xmb / j1
		printf "| crossfoot audit --jobs 2 | %.3f | %.3f | %.0f | %.2f | %.1f |\n", j2, j2c, n / j2, mb / j2, xmb / j2
		printf "| floor: unzip + gosax tokenize | %.3f | %.3f | %.0f | %.2f | %.1f |\n", fl, flc, n / fl, mb / fl, xmb / fl
		if (py > 0) printf "| python-docx, every table cell | %.3f | %.3f | %.1f | %.2f | %.1f |\n", py, pyc, n / py, mb / py, xmb / py
		printf "\nRatios (wall): audit(1 job)/floor = %.2f×", fl / j1
		if (py > 0) printf "; crossfoot(1 job)/python-docx = %.0f×", py / j1
		printf "; 2 jobs/1 job = %.2f×\n", j1 / j2
		printf "Ratios (CPU time, insensitive to other load): audit/floor = %.2f×", flc / j1c
		if (py > 0) printf "; crossfoot/python-docx = %.0f×", pyc / j1c
		printf ". Load average during the run: %s on the machine'"'"'s CPUs.\n", load
	}'
}

measure "$WORK/tp" "synthetic reports (internal/synth, seed $SEED)"

if [ -n "${CORPUS:-}" ] && [ -d "$CORPUS" ]; then
	# Only the .docx files, so every reader gets the same inputs.
	rm -rf "$WORK/corpus" && mkdir -p "$WORK/corpus"
	i=0
	find "$CORPUS" -name '*.docx' -print0 | while IFS= read -r -d '' f; do
		i=$((i + 1))
		cp "$f" "$WORK/corpus/$i.docx"
	done
	measure "$WORK/corpus" "real .docx under $CORPUS"
fi

# Peak RSS auditing the whole NRSS batch in one process.
"$WORK/bin/rss" -o "$WORK/m" -- "$WORK/bin/crossfoot" audit --jobs 2 --format line --fail-on error "$WORK/all" >/dev/null 2>&1 || true
awk -v n="$NRSS" '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } }
	END { printf "\nPeak RSS auditing %d documents (--jobs 2): %.1f MB in %.2f s wall, %.2f s CPU (goal ≤ 150 MB)\n", n, v["maxrss_kb"] / 1024, v["seconds"], v["cpu_seconds"] }' "$WORK/m"
echo "Goals: audit ≥ 0.5× floor; ≥ 20× python-docx; 2 jobs ≥ 1.7× 1 job; RSS ≤ 150 MB for 1,000 documents."
