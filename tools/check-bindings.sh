#!/usr/bin/env bash
# Fails when bindings/ is not what the contract compiles to: extracts the ABI
# and bytecode from forge's fresh artifact, runs abigen (go.mod's version)
# into a scratch directory and compares with the committed files.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
node tools/artifact.js out/SessionKeystore.sol/SessionKeystore.json "$tmp"
go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --abi "$tmp/SessionKeystore.abi" \
  --bin "$tmp/SessionKeystore.bin" --pkg bindings --type SessionKeystore --out "$tmp/sessionkeystore.go"
stale=0
for f in SessionKeystore.abi SessionKeystore.bin sessionkeystore.go; do
  if ! diff -q "$tmp/$f" "bindings/$f" >/dev/null 2>&1; then
    echo "bindings/$f is stale: run 'make bindings' and commit the result" >&2
    diff -u "bindings/$f" "$tmp/$f" 2>&1 | head -20 >&2 || true
    stale=1
  fi
done
exit $stale
