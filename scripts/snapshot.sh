#!/usr/bin/env bash
# scripts/snapshot.sh — every finding, at every severity, that the current
# tree gives on the bundled example, the blind sets, 120 generated reports
# and the shared corpus, one line each, sorted. A change that should not
# alter what is found (a speed-up, a refactor, a fix aimed at one layout) is checked by
# diffing two snapshots:
#
#   scripts/snapshot.sh > /tmp/before.txt      # on the old commit
#   scripts/snapshot.sh > /tmp/after.txt       # on the new one
#   diff /tmp/before.txt /tmp/after.txt
#
# Knobs: CORPUS (default ../shared/corpus; skipped when absent), N (generated
# reports, default 120), WORK (scratch directory, default a new temp dir).
set -euo pipefail
cd "$(dirname "$0")/.."

CORPUS=${CORPUS:-../shared/corpus}
N=${N:-120}
WORK=${WORK:-$(mktemp -d -t crossfoot-snap.XXXXXX)}

go build -o "$WORK/crossfoot" ./cmd/crossfoot
if [ ! -d "$WORK/synth" ]; then
  go run ./bench/gen -n "$N" -seed 1 -out "$WORK/synth" -format both >/dev/null
fi

inputs=(testdata "$WORK/synth")
[ -d "$CORPUS" ] && inputs+=("$CORPUS")

# line format: path:location: severity rule message [expression]; the
# status is ignored (1 = findings, 2 = some files refused, which the
# corpus always has).
"$WORK/crossfoot" audit --format line --min-severity info --jobs 2 "${inputs[@]}" 2>&1 |
  sed "s|$WORK/||" | LC_ALL=C sort || true
