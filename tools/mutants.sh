#!/usr/bin/env bash
# Mutation testing, on demand (not part of `make test` or CI): proves that
# the test suite catches deliberate bugs in the contract, the protocol
# machines, the crypto, the inference checks, the store, the chain layer
# and the log decoder.
#
# In a scratch copy of the tree (tracked and untracked files, forge's out/
# and cache/ reused, node_modules linked, as tools/check-the-checks.sh
# makes it), it first runs every target below on the unchanged tree (all
# must pass), then applies one mutation at a time with sed, runs the
# narrowest make target that should catch it, and restores the file. A
# mutation counts as caught only when the target fails with a failing
# test, not a build error. Every sed pattern is checked before anything
# runs: one that no longer applies stops the script at once (the code
# moved on and this file must follow).
#
# Some mutations also regenerate the session vectors (go test
# ./agent/protocol -run '^TestVectors$' -update), as someone fixing the
# "failing" vector test would: only tests anchored outside the code under
# test can catch those.
#
#   tools/mutants.sh            every mutation
#   tools/mutants.sh NAME...    only these (names as printed)
#   MUTANTS_KEEP=1 tools/mutants.sh ...   keep the scratch tree and each
#                               mutation's log (the path is printed)
#
# Exits 0 when every mutation was caught, 1 when one survived, 2 when the
# script itself cannot run (a pattern that does not apply, a red baseline).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

base=$(mktemp -d "${TMPDIR:-/tmp}/mutants.XXXXXX")
if [ -n "${MUTANTS_KEEP:-}" ]; then
  echo "mutants: scratch tree and logs in $base"
else
  trap 'rm -rf "$base"' EXIT
fi
scratch=$base/tree
mkdir "$scratch"
# The Wycheproof tests read ../shared/testdata next to the tree.
if [ -d "$root/../shared" ]; then
  ln -s "$(cd "$root/../shared" && pwd)" "$base/shared"
fi
git ls-files -z --cached --others --exclude-standard |
  tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$scratch"
for d in out cache; do
  [ -d "$d" ] && cp -a "$d" "$scratch/"
done
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"
pristine=$base/pristine
mkdir "$pristine"

selected=("$@")
caught=0
survived=0
survivors=()

want() { # want NAME: is this mutation selected?
  local n
  [ ${#selected[@]} -eq 0 ] && return 0
  for n in "${selected[@]}"; do [ "$n" = "$1" ] && return 0; done
  return 1
}

# run LOG TARGET [MAKE ARGS...]: make TARGET in the scratch tree.
run() {
  local log=$1
  shift
  make --no-print-directory -o node_modules/.package-lock.json "$@" >"$log" 2>&1
}

# A failing test in the output of test-go (go test) or test-sol (forge).
failed_test='--- FAIL\|^FAIL\|\[FAIL'
# A build error: the mutation did not compile, which proves nothing.
build_error='build failed\|setup failed\|Compiler run failed\|^Error (\|cannot use\|undefined:\|declared and not used'

# baseline TARGET [MAKE ARGS...]: the unmutated tree must pass it.
baselined=()
baseline() {
  local key="$*" k log
  for k in "${baselined[@]}"; do [ "$k" = "$key" ] && return 0; done
  log=$base/baseline.log
  printf 'baseline  make %s\n' "$key"
  if ! run "$log" "$@"; then
    echo "mutants: the unmutated tree fails make $key: mutants would prove nothing" >&2
    tail -30 "$log" >&2
    exit 2
  fi
  baselined+=("$key")
}

# mutant NAME FILE SED [--regen] -- TARGET [MAKE ARGS...]
mutant() {
  local name=$1 file=$2 expr=$3 regen=false code=0 log start
  shift 3
  if [ "$1" = --regen ]; then
    regen=true
    shift
  fi
  [ "$1" = -- ] && shift
  want "$name" || return 0
  if $checking; then
    if sed -e "$expr" "$file" | cmp -s - "$file"; then
      echo "mutants: $name: the pattern no longer applies to $file; update tools/mutants.sh:" >&2
      echo "  $expr" >&2
      stale=$((stale + 1))
    fi
    return 0
  fi
  baseline "$@"
  mkdir -p "$pristine/$(dirname "$file")"
  cp -p "$file" "$pristine/$file"
  sed -i -e "$expr" "$file"
  if cmp -s "$file" "$pristine/$file"; then
    echo "mutants: $name: the pattern no longer applies to $file; update tools/mutants.sh:" >&2
    echo "  $expr" >&2
    exit 2
  fi
  log=$base/$name.log
  start=$SECONDS
  if $regen; then
    rm -rf "$pristine/vectors"
    cp -a agent/protocol/testdata/vectors "$pristine/vectors"
    if ! go test ./agent/protocol -run '^TestVectors$' -update -count=1 >"$log" 2>&1; then
      echo "mutants: $name: regenerating the vectors failed:" >&2
      tail -20 "$log" >&2
      exit 2
    fi
  fi
  run "$log" "$@" || code=$?
  cp -p "$pristine/$file" "$file"
  if $regen; then
    rm -rf agent/protocol/testdata/vectors
    cp -a "$pristine/vectors" agent/protocol/testdata/vectors
  fi
  if [ "$code" -ne 0 ] && grep -q -- "$build_error" "$log"; then
    echo "mutants: $name: the mutation does not compile; fix tools/mutants.sh:" >&2
    grep -m5 -- "$build_error" "$log" >&2
    exit 2
  fi
  if [ "$code" -ne 0 ] && grep -q -- "$failed_test" "$log"; then
    printf 'caught    %-26s make %s (%ds): %s\n' "$name" "$*" $((SECONDS - start)) \
      "$(grep -E -- '--- FAIL|\[FAIL' "$log" | grep -oE -- '--- FAIL: [^ ]+|\] (test|invariant)[A-Za-z0-9_]*\(' |
        sed 's/^--- FAIL: //; s/^\] //; s/($//' |
        sort -u | head -4 | paste -sd, -)"
    caught=$((caught + 1))
  else
    printf 'SURVIVED  %-26s make %s exited %d\n' "$name" "$*" "$code"
    tail -15 "$log" | sed 's/^/          | /'
    survived=$((survived + 1))
    survivors+=("$name")
  fi
}

P=(test-go PKGS=./agent/protocol)
K=(test-go PKGS=./agent/skcrypto)
I=(test-go PKGS=./agent/inference)
S=(test-go PKGS=./agent/store)
H=(test-go PKGS=./agent/chain)
W=(test-go PKGS=./agent/wire)
N=(test-go PKGS=./internal/wirespec)

# mutations: every mutation, in the order they run.
mutations() {
# Protocol machines.
mutant attest-established agent/protocol/machine.go \
  's/if m.key == nil || e.Attestation != m.key.Attestation() {/if m.key == nil {/' -- "${P[@]}"
mutant attest-own agent/protocol/machine.go \
  's/if e.Role == m.cfg.Role && m.key != nil && e.Attestation != m.key.Attestation() {/if false \&\& e.Role == m.cfg.Role \&\& m.key != nil \&\& e.Attestation != m.key.Attestation() {/' -- "${P[@]}"
mutant partial-unchecked agent/protocol/combined.go \
  's/m\.accuse(e\.Role, session\.InvalidPartial, errors\.New("its partial is not X25519/_ = (errors.New("its partial is not X25519/' -- "${P[@]}"
mutant never-disclose agent/protocol/combined.go \
  's/if (m.params.Method != session.Combined || m.eph == nil) \&\& m.oneTimeScalar == nil {/if true {/' -- "${P[@]}"
mutant coordinator-new-wraps agent/protocol/coordinator.go \
  's/if w, ok := decodeWraps(m.storedWraps, pre); ok {/if w, ok := decodeWraps(m.storedWraps, pre); false \&\& ok {/' -- "${P[@]}"
mutant user-attests-again agent/protocol/machine.go \
  's/m.params.Coordinator == session.User \&\& m.lastIn == m.openedIn$/m.params.Coordinator == session.User \&\& m.lastIn == m.openedIn \&\& false/' -- "${P[@]}"
mutant open-without-attestation agent/protocol/open.go \
  's/^\t\tcall.Attestation = k.Attestation()$/\t\t_ = k.Attestation()/' -- "${P[@]}"

# Crypto. The --regen ones rewrite the committed vectors with the bug in.
mutant session-key-label+regen agent/skcrypto/keyschedule.go \
  's|labelSessionKey = "sessionkeystore/v1/session-key"|labelSessionKey = "sessionkeystore/v1/session-kex"|' --regen -- "${P[@]}"
mutant message-ad-no-th+regen agent/skcrypto/aead.go \
  's|^\tad = append(ad, t.th\[:\]...)$|\t// TH dropped|' --regen -- "${P[@]}"
mutant transcript-no-coord+regen agent/skcrypto/transcript.go \
  's|b = append(b, byte(p.Method), byte(p.Suite), byte(p.Coordinator))|b = append(b, byte(p.Method), byte(p.Suite))|' --regen -- "${P[@]}"
mutant wrap-info-no-role+regen agent/skcrypto/wrap.go \
  's|return append(info, byte(recipient))|return append(info, byte(0))|' --regen -- "${P[@]}"
mutant nonce-constant+regen agent/skcrypto/aead.go \
  's|binary.BigEndian.PutUint64(n\[4:\], counter)|binary.BigEndian.PutUint64(n[4:], 0)|' --regen -- "${P[@]}"
mutant nonce-constant agent/skcrypto/aead.go \
  's|binary.BigEndian.PutUint64(n\[4:\], counter)|binary.BigEndian.PutUint64(n[4:], 0)|' -- "${K[@]}"
mutant commitment-role-byte+regen agent/skcrypto/commitment.go \
  's|buf\[159\] = byte(role)|buf[158] = byte(role)|' --regen -- "${P[@]}"
mutant x25519-zero-accepted agent/skcrypto/x25519.go \
  's|^\t\treturn \[32\]byte{}, fmt.Errorf("%w: %v", ErrLowOrder, err)$|\t\treturn [32]byte{}, nil|' -- "${K[@]}"

# Inference.
mutant reason-8-9-swapped agent/inference/reason.go \
  's/^\tReasonMismatch$/\tReasonSwapTmp/; s/^\tReasonDoesNotFit$/\tReasonMismatch/; s/^\tReasonSwapTmp$/\tReasonDoesNotFit/; s/"refused", "mismatch", "does-not-fit",/"refused", "does-not-fit", "mismatch",/' \
  -- "${N[@]}"
mutant answer-without-model agent/inference/policy.go \
  's/^\tif a.Model == "" {$/\tif false \&\& a.Model == "" {/' -- "${I[@]}"
mutant commitment-unchecked agent/inference/conversation.go \
  's/if subtle.ConstantTimeCompare(want\[:\], e.Commitment\[:\]) != 1 {/if false \&\& subtle.ConstantTimeCompare(want[:], e.Commitment[:]) != 1 {/' -- "${I[@]}"
mutant prompt-counter-reuse agent/inference/conversation.go \
  's/^\tif err := c.seen(seq, session.User, counter); err != nil {$/\tif err := c.seen(seq, session.User, counter); false \&\& err != nil {/' -- "${I[@]}"

# Store.
mutant store-no-checksum agent/store/store.go \
  's/if sum := sha256.Sum256(body); rest\[:64\] != hex.EncodeToString(sum\[:\]) {/if sum := sha256.Sum256(body); false \&\& rest[:64] != hex.EncodeToString(sum[:]) {/' -- "${S[@]}"
mutant store-world-readable agent/store/store.go \
  's/if err := f.Chmod(0o600); err != nil {/if err := f.Chmod(0o644); err != nil {/' -- "${S[@]}"
mutant store-put-drops-others agent/store/store.go \
  's/^\treturn s.writeSession(id, cur)$/\treturn s.writeSession(id, Secrets{name: cur[name]})/' -- "${S[@]}"
mutant store-staged-outlives-write agent/store/store.go \
  's/^\tif err := s.writeRecord(path, rec); err != nil {$/\tif err := s.writeRecord(path, rec); true {/' -- "${S[@]}"
mutant store-cursor-new-file-each-write agent/store/store.go \
  's/^\tif cf.f == nil {$/\tif true || cf.f == nil {/' -- "${S[@]}"
mutant store-cursor-first-valid-slot agent/store/store.go \
  's/if best < 0 || r.Seq > out.Seq {/if best < 0 {/' -- "${S[@]}"
mutant store-pool-key-before-record agent/store/store.go \
  's/^\tdropped, err := s.commitSessions()$/\tdropped := slices.Clone(s.dropped); for _, k := range dropped { _ = os.Remove(s.oneTimePath(k.suite, k.pub)) }; dropped, err := s.commitSessions()/' -- "${S[@]}"

# Chain.
mutant receipt-status-ignored agent/chain/wait.go \
  's/if r.Status != types.ReceiptStatusSuccessful {/if false \&\& r.Status != types.ReceiptStatusSuccessful {/' -- "${H[@]}"
mutant reorg-no-removed agent/chain/sync.go \
  's/Event{Kind: LogRemoved, Log: l, Block: m.Cursor}/Event{Kind: LogAdded, Log: l, Block: m.Cursor}/' -- "${H[@]}"
mutant lost-read-not-asked-again agent/chain/transport.go \
  's/if req.Context().Err() != nil || lost >= maxLost || !readsOnly(req) {/if true {/' -- "${H[@]}"
mutant lost-send-asked-again agent/chain/transport.go \
  's/if req.Context().Err() != nil || lost >= maxLost || !readsOnly(req) {/if req.Context().Err() != nil || lost >= maxLost {/' -- "${H[@]}"
mutant lost-send-mined-is-failed agent/chain/sender.go \
  's/if isNonceTooLow(err) \&\& maybeSent \&\& s.mined(ctx, tx) {/if false \&\& isNonceTooLow(err) \&\& maybeSent \&\& s.mined(ctx, tx) {/' -- "${H[@]}"
mutant logrange-bound-not-kept agent/chain/logrange.go \
  's/^\t\t\tif r.bound == 0 || piece < r.bound {$/\t\t\tif false \&\& (r.bound == 0 || piece < r.bound) {/' -- "${H[@]}"
mutant logrange-refusal-not-halved agent/chain/logrange.go \
  's/^\t\t\t\tif n == 1 {$/\t\t\t\tif true {/' -- "${H[@]}"
mutant too-many-results-waited-out agent/chain/retry.go \
  's/return re.ErrorCode() == -32005 \&\& !IsTooManyResults(err)/return re.ErrorCode() == -32005/' -- "${H[@]}"

# Log decoding.
mutant decode-any-emitter agent/wire/events.go \
  's/if l.Address != d.contract {/if false \&\& l.Address != d.contract {/' -- "${W[@]}"
mutant decode-any-role agent/wire/events.go \
  's/if r := session.Role(v); r.Valid() {/if r := session.Role(v); true {/' -- "${W[@]}"
mutant decode-culprits-from-fault agent/wire/events.go \
  's/Culprits: session.RoleSet(e.Culprits), Reporter: r}/Culprits: session.RoleSet(e.Fault), Reporter: r}/' -- "${W[@]}"
mutant registry-prune-ignores-keep agent/wire/registry.go \
  's/if at >= before || keep(k.account, k.suite, k.number) {/if at >= before {/' -- "${W[@]}"
mutant registry-consumption-not-loaded agent/wire/registry.go \
  's/^\t\tif e.Used != 0 {$/\t\tif false \&\& e.Used != 0 {/' -- "${W[@]}"

# The contract (each recompiles it: slow, so last).
mutant sol-reveal-unchecked contracts/SessionKeystore.sol \
  's/if (_commitment(sessionId, role, msg.sender, ephemeralKey) != s.commitments\[uint8(role)\]) {/if (false \&\& _commitment(sessionId, role, msg.sender, ephemeralKey) != s.commitments[uint8(role)]) {/' \
  -- test-sol "FORGE_FLAGS=--match-contract Method1Test"
mutant sol-deadline-exclusive contracts/SessionKeystore.sol \
  '/function _enter(/,/^    }/s/if (block.timestamp > s.deadline)/if (block.timestamp >= s.deadline)/' \
  -- test-sol "FORGE_FLAGS=--match-contract Method1Test"
mutant sol-act-twice contracts/SessionKeystore.sol \
  '/function _enter(/,/^    }/s/if (s.acted & _bit(role) != 0) revert/if (false \&\& s.acted \& _bit(role) != 0) revert/' \
  -- test-sol "FORGE_FLAGS=--match-contract Method1Test"
mutant sol-wrong-culprit contracts/SessionKeystore.sol \
  's/if (u == m) culprits = _bit(Role.Oracle);/if (u == m) culprits = _bit(Role.Miner);/' \
  -- test-sol "FORGE_FLAGS=--match-contract LifecycleTest"
mutant sol-multicall-unpadded contracts/SessionKeystore.sol \
  's/tail := add(add(tail, 0x60), and(add(r, 0x1f), not(0x1f)))/tail := add(add(tail, 0x60), r)/' \
  -- test-sol "FORGE_FLAGS=--match-contract LifecycleTest"
mutant sol-multicall-padding-dirty contracts/SessionKeystore.sol \
  's/mstore(add(add(tail, 0x60), r), 0) \/\/ zero padding/pop(0)/' \
  -- test-sol "FORGE_FLAGS=--match-contract LifecycleTest"
}

# First check that every pattern still applies, so that a stale one stops
# the script at once rather than minutes in; then run them.
checking=true
stale=0
mutations
if [ "$stale" -ne 0 ]; then
  exit 2
fi
checking=false
mutations

total=$((caught + survived))
if [ "$total" -eq 0 ]; then
  echo "mutants: no mutation selected" >&2
  exit 2
fi
if [ "$survived" -ne 0 ]; then
  echo "mutants: $survived of $total mutations SURVIVED: ${survivors[*]}"
  exit 1
fi
echo "mutants: all $total mutations caught"
