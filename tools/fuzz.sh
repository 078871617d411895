#!/usr/bin/env bash
# Runs every Go fuzz target of the module for FUZZTIME each (default 3s),
# one after another (go test -fuzz takes one target per run).
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-3s}
log=$(mktemp "${TMPDIR:-/tmp}/fuzz.XXXXXX")
trap 'rm -f "$log"' EXIT
n=0
while IFS= read -r file; do
  pkg=./$(dirname "$file")
  for target in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //'); do
    echo "fuzz $pkg $target ($fuzztime)"
    run() { go test "$pkg" -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime "${FUZZMINIMIZETIME:-2s}" >"$log" 2>&1; }
    if ! run; then
      # The fuzzing engine itself sometimes ends a short run with "context
      # deadline exceeded" and no failing input (a worker busy when the time
      # is up, on a loaded machine). That is not a finding: run once more.
      if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
        echo "  (fuzzing engine timed out without a finding; running again)"
        run || { cat "$log"; exit 1; }
      else
        cat "$log"; exit 1
      fi
    fi
    n=$((n + 1))
  done
done < <(grep -rl --include='*_test.go' '^func Fuzz' agent bindings cmd test 2>/dev/null | sort)
echo "fuzz: $n targets clean"
