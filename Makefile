# The two set-up commands are `make demo` and `make test`; both install what
# they need from the pinned package.json (Foundry and solc-js) and go.mod.
#
# Every Foundry call goes through tools/foundry, which runs the platform
# binary and returns its real exit status (the npm launchers in
# node_modules/.bin exit 0 even when a test fails).

SHELL   := /bin/bash
.SHELLFLAGS := -o pipefail -ec
FORGE   := tools/foundry forge
SOLHINT := node_modules/.bin/solhint
GO      ?= go
# The step runner and go test reporter behind `make test` and `make test-go`.
TESTRUN := bin/testrun

# One step alone: `make test-sol FORGE_FLAGS='--match-contract OpenTest'`,
# `make test-go PKGS=./agent/store`.
FORGE_FLAGS ?=
PKGS        ?= ./...
# A gas figure may move this many percent from .gas-snapshot before
# gas-check fails; `make gas` rewrites the snapshot on purpose.
GAS_TOLERANCE ?= 1
# The snapshot holds the unit and fuzz tests; invariant runs report no gas.
GAS_FLAGS := --no-match-path 'test/solidity/invariant/*'

.PHONY: all tools build build-sol bindings bindings-check fmt fmt-check lint-sol test test-sol \
	gas gas-check vet test-go test-e2e test-unit fuzz check-the-checks demo bench clean

all: build

# Install the pinned tools (exact versions and integrity hashes from
# package-lock.json) when the lockfile is newer than the installed tree.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools: node_modules/.package-lock.json

build-sol: tools
	$(FORGE) build

# The four binaries a person runs: bin/user bin/miner bin/oracle bin/deploy
# (the contract's bytecode is in bindings/, so no Foundry is needed).
build:
	$(GO) build -o bin/ ./cmd/user ./cmd/miner ./cmd/oracle ./deploy

# Regenerate bindings/ from the contract (commit the result).
bindings: build-sol
	cd bindings && $(GO) generate

bindings-check: build-sol
	tools/check-bindings.sh

fmt: tools
	$(FORGE) fmt
	gofmt -w $$(git ls-files '*.go')

fmt-check: tools
	$(FORGE) fmt --check
	@out=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

# Static analysis of the contracts with the committed .solhint.json; any
# warning fails.
lint-sol: tools
	$(SOLHINT) --max-warnings 0 'contracts/**/*.sol'

test-sol: tools
	$(FORGE) test $(FORGE_FLAGS)

# Fails when a test's gas moved more than GAS_TOLERANCE percent from the
# committed .gas-snapshot.
gas-check: tools
	$(FORGE) snapshot --check --tolerance $(GAS_TOLERANCE) $(GAS_FLAGS) | { grep -v '^\[PASS\]' || true; }

# Rewrite .gas-snapshot after a change meant to move gas (commit it).
gas: tools
	$(FORGE) snapshot $(GAS_FLAGS)

vet:
	$(GO) vet ./...

# The end-to-end tests in test/ start Anvil from node_modules: here they
# must run, not skip. The Wycheproof tests read the shared test data beside
# the checkout (../shared/testdata/wycheproof) and skip, saying where they
# looked, on a clone that has none; WYCHEPROOF=require makes that a failure.
# FULL=1 runs the crash and chain-fault tests at their full counts
# (SESSIONKEYSTORE_FULL=1), with a longer timeout.
FULL ?=
WYCHEPROOF ?=
test-go: tools $(TESTRUN)
	SESSIONKEYSTORE_E2E=require SESSIONKEYSTORE_WYCHEPROOF=$(WYCHEPROOF) SESSIONKEYSTORE_FULL=$(FULL) \
	  $(TESTRUN) go $(if $(FULL),-timeout 60m,) $(PKGS)

# make test runs the Go tests as two steps side by side: the end-to-end
# tests (test/e2e: Anvil and the binaries, mostly waiting on blocks) and
# every other package, so that the end-to-end tests do not wait for the
# others' turn.
test-e2e:
	$(MAKE) --no-print-directory test-go PKGS=./test/e2e
test-unit:
	$(MAKE) --no-print-directory test-go PKGS="$$($(GO) list ./... | grep -v '/test/e2e$$' | tr '\n' ' ')"

fuzz:
	tools/fuzz.sh

# Proves that each check above fails on the defect it is meant to catch,
# in a scratch copy of the tree.
check-the-checks: tools
	tools/check-the-checks.sh

# Everything CI runs (all of them, even after a failure), ending with one
# line "test: N passed, N failed, N skipped": the Go tests (test-e2e and
# test-unit, together every package: test-go) beside the others from the
# start (the end-to-end tests mostly wait on blocks), the others in turn.
TEST_STEPS := fmt-check lint-sol test-sol gas-check bindings-check vet test-e2e test-unit fuzz check-the-checks
test: tools $(TESTRUN)
	@$(TESTRUN) steps -count test-sol,test-e2e,test-unit -beside test-e2e,test-unit $(TEST_STEPS)

$(TESTRUN): $(wildcard tools/testrun/*.go)
	$(GO) build -o $@ ./tools/testrun

# Start Anvil on 127.0.0.1:8545 (1 s blocks), deploy, run the three agents
# as processes, establish a Method 1 and two Method 2 sessions, print their
# on-chain timelines, run one encrypted inference in each and close it, then
# one streamed inference of a prompt over 16 KiB through the miner's
# endpoint; stop everything; exit 0 only if all are Established with a
# valid inference.
# DEMO_FLAGS=-keep leaves Anvil running afterwards for cast.
demo: tools
	$(GO) run ./cmd/demo $(DEMO_FLAGS)

# Measure both methods side by side on an Anvil chain of its own (gas,
# latency, agent CPU and memory, RPC requests from the agents' metrics,
# scale, micro-benchmarks, integration code) and regenerate BENCHMARKS.md
# and docs/bench/*.svg from that run.
# BENCH_FLAGS=-full runs the larger counts.
bench: tools
	$(GO) run ./cmd/bench $(BENCH_FLAGS)

clean:
	rm -rf out cache
