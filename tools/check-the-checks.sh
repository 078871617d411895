#!/usr/bin/env bash
# Proves that each check of `make test` fails on the defect it is meant to
# catch. In a scratch copy of the tree (tracked and untracked files, forge's
# out/ and cache/ reused, node_modules linked), it injects one defect at a
# time, runs the make target meant to catch it, and asserts that the target
# exits non-zero with the expected words in its output; then it undoes the
# defect. A check that passes with its defect in place is a check that
# proves nothing: this script then fails, naming it.
#
# The contract cases come last: they recompile the contract once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Foundry's npm launchers exit 0 whatever the tool returns: nothing may call
# them instead of tools/foundry.
if launchers=$(git grep -nE 'node_modules/\.bin/(forge|anvil|cast|chisel)' -- Makefile '*.sh' '*.go' '*.md' .ci); then
  echo "check-the-checks: Foundry's npm launchers (exit 0 on failure) are called; use tools/foundry:" >&2
  echo "$launchers" >&2
  exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/check-the-checks.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# The tree as it is now, mtimes kept (so make sees node_modules as current).
git ls-files -z --cached --others --exclude-standard |
  tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$scratch"
for d in out cache; do
  [ -d "$d" ] && cp -a "$d" "$scratch/"
done
ln -s "$root/node_modules" "$scratch/node_modules"
# fmt-check lists Go files with git: give the copy an index of its own.
(
  cd "$scratch"
  git init -q
  echo /node_modules >>.git/info/exclude
  git add -A
)

cd "$scratch"
pristine=$(mktemp -d "$scratch/.pristine.XXXXXX")
echo /"${pristine##*/}" >>.git/info/exclude
caught=0
missed=0
made=()   # files a case created
saved=()  # files a case changed (originals in $pristine)

# change FILE: keep FILE's original, to be restored after the case.
change() {
  mkdir -p "$pristine/$(dirname "$1")"
  cp -p "$1" "$pristine/$1"
  saved+=("$1")
}

# create FILE: the case writes a new file (from stdin), removed after it.
create() {
  mkdir -p "$(dirname "$1")"
  cat >"$1"
  made+=("$1")
}

undo() {
  local f
  for f in "${saved[@]}"; do cp -p "$pristine/$f" "$f"; done
  for f in "${made[@]}"; do rm -f "$f"; done
  saved=()
  made=()
}

# applied FILE PATTERN: fail loudly when an injection did not take (the
# tree moved on and this script must follow).
applied() {
  if ! grep -q -- "$2" "$1"; then
    echo "check-the-checks: the injection into $1 did not apply (no '$2'); update tools/check-the-checks.sh" >&2
    exit 1
  fi
}

# expect NAME WHAT PATTERN TARGET [MAKE ARGS...]: run the target with the
# defect in place; it must fail and print PATTERN.
expect() {
  local name=$1 what=$2 pattern=$3 start log code=0
  shift 3
  log="$scratch/.case-$name.log"
  start=$SECONDS
  make --no-print-directory -o node_modules/.package-lock.json "$@" >"$log" 2>&1 || code=$?
  if [ "$code" -ne 0 ] && grep -q -- "$pattern" "$log"; then
    printf 'caught  %-16s %s: make %s failed (exit %d, %ds)\n' "$name" "$what" "$1" "$code" $((SECONDS - start))
    caught=$((caught + 1))
  else
    if [ "$code" -eq 0 ]; then
      printf 'MISSED  %-16s %s: make %s exited 0\n' "$name" "$what" "$1"
    else
      printf 'MISSED  %-16s %s: make %s failed (exit %d) but not for it: no "%s" in its output\n' \
        "$name" "$what" "$1" "$code" "$pattern"
    fi
    sed 's/^/        | /' "$log" | tail -30
    missed=$((missed + 1))
  fi
}

# 1. A failing Solidity unit test.
create test/solidity/CheckTheChecks.t.sol <<'EOF'
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract InjectedDefectTest {
    function test_injectedDefect() public pure {
        require(false, "injected defect: failing unit test");
    }
}
EOF
expect sol-unit "a Solidity unit test that fails" "injected defect: failing unit test" \
  test-sol FORGE_FLAGS="--match-path test/solidity/CheckTheChecks.t.sol"
undo

# 2. A broken invariant.
create test/solidity/invariant/CheckTheChecks.t.sol <<'EOF'
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract InjectedCounter {
    uint256 public n;

    function inc() external {
        n++;
    }
}

contract InjectedInvariantTest {
    InjectedCounter internal c;

    function setUp() public {
        c = new InjectedCounter();
    }

    function invariant_injectedDefect() public view {
        require(c.n() == 0, "injected defect: invariant broken");
    }
}
EOF
expect sol-invariant "an invariant that breaks" "injected defect: invariant broken" \
  test-sol FORGE_FLAGS="--match-path test/solidity/invariant/CheckTheChecks.t.sol"
undo

# 3. A Solidity compile error (in a test file: the binding check does not
# compile those).
create test/solidity/CheckTheChecks.t.sol <<'EOF'
// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract InjectedCompileError {
    function f() public pure returns (uint256) {
        return injectedUndeclaredIdentifier;
    }
}
EOF
expect sol-compile "a Solidity compile error" "injectedUndeclaredIdentifier" \
  test-sol FORGE_FLAGS="--match-path test/solidity/CheckTheChecks.t.sol"
undo

# 4. A Solidity file that forge fmt would change.
change contracts/SessionKeystore.sol
sed -i '0,/^    function /s//      function /' contracts/SessionKeystore.sol
applied contracts/SessionKeystore.sol '^      function '
expect forge-fmt "a Solidity file needing forge fmt" "SessionKeystore.sol" fmt-check
undo

# 5. A solhint warning: an external function without NatSpec.
change contracts/SessionKeystore.sol
sed -i '$ s/^}$/    function injectedDefect() external pure returns (uint256) {\n        return 1;\n    }\n}/' \
  contracts/SessionKeystore.sol
applied contracts/SessionKeystore.sol 'function injectedDefect'
expect solhint "an external function without NatSpec" "injectedDefect\|natspec" lint-sol
undo

# 6. A gofmt violation.
change tools/testrun/main.go
sed -i '0,/^\t/s//    /' tools/testrun/main.go
applied tools/testrun/main.go '^    '
expect gofmt "a Go file gofmt would change" "gofmt needed" fmt-check
undo

# 7. A failing Go test.
create tools/testrun/injected_test.go <<'EOF'
package main

import "testing"

func TestInjectedDefect(t *testing.T) { t.Fatal("injected defect: failing Go test") }
EOF
expect go-test "a Go test that fails" "injected defect: failing Go test" test-go PKGS=./tools/testrun
undo

# 8 and 9. One contract change: registerKey emits KeyRegistered twice. The
# bindings are then stale, and registerKey's gas grows by several percent.
change contracts/SessionKeystore.sol
sed -i '0,/^\( *\)\(emit KeyRegistered(.*\)$/s//\1\2\n\1\2/' contracts/SessionKeystore.sol
[ "$(grep -c 'emit KeyRegistered(' contracts/SessionKeystore.sol)" -ge 2 ] ||
  applied contracts/SessionKeystore.sol 'emit KeyRegistered(.*emit KeyRegistered('
expect bindings "a contract change without regenerated bindings" "is stale" bindings-check
expect gas "a gas regression beyond GAS_TOLERANCE (registerKey emits twice)" "Diff in" gas-check
undo

total=$((caught + missed))
if [ "$missed" -ne 0 ]; then
  echo "check-the-checks: $missed of $total injected defects were NOT caught"
  exit 1
fi
echo "check-the-checks: all $total injected defects caught"
