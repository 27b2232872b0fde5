#!/usr/bin/env bash
# The test command from README.md: vet, unit tests (with the corpus when
# ../shared/corpus is present) and a short run of every fuzz target.
set -euo pipefail
cd "$(dirname "$0")/.."
go vet ./...
go test -count=1 ./...
# Each fuzz target briefly (longer runs: see README "Fuzzing").
FUZZTIME="${FUZZTIME:-10s}"
grep -rl --include='*_test.go' '^func Fuzz' . | while read -r f; do
  dir=$(dirname "$f")
  for fn in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed 's/^func //'); do
    echo "fuzz $dir $fn ($FUZZTIME)"
    go test -run='^$' -fuzz="^${fn}\$" -fuzztime="$FUZZTIME" "$dir"
  done
done
