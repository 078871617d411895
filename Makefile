# The two set-up commands are `make demo` and `make test`; both install what
# they need from the pinned package.json (Foundry and solc-js) and go.mod.

SHELL := /bin/bash
BIN   := node_modules/.bin
FORGE := $(BIN)/forge
GO    ?= go

.PHONY: all tools build bindings bindings-check fmt fmt-check lint-sol test test-sol test-go fuzz demo bench clean

all: build

# Install the pinned tools (exact versions and integrity hashes from
# package-lock.json) when the lockfile is newer than the installed tree.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools: node_modules/.package-lock.json

build: tools
	$(FORGE) build
	$(GO) build ./...

# Regenerate bindings/ from the contract (commit the result).
bindings: tools
	$(FORGE) build
	cd bindings && $(GO) generate

bindings-check: tools
	$(FORGE) build
	tools/check-bindings.sh

fmt: tools
	$(FORGE) fmt
	gofmt -w $$(git ls-files '*.go')

fmt-check: tools
	$(FORGE) fmt --check
	@out=$$(gofmt -l $$(git ls-files --cached --others --exclude-standard '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

test-sol: tools
	$(FORGE) test

# Static analysis of the contracts with the committed .solhint.json; any
# warning fails.
lint-sol: tools
	$(BIN)/solhint --max-warnings 0 'contracts/**/*.sol'


# The end-to-end tests in test/ start Anvil from node_modules; here they
# must run, not skip. FULL=1 runs the harness, crash and chain-fault tests
# at their full counts (SESSIONKEYSTORE_FULL=1), with a longer timeout.
FULL ?=
test-go: tools
	$(GO) vet ./...
	SESSIONKEYSTORE_E2E=require SESSIONKEYSTORE_FULL=$(FULL) $(GO) test $(if $(FULL),-timeout 60m,) ./...

fuzz:
	tools/fuzz.sh

# Everything CI runs: formatting, solhint, Solidity tests (unit, fuzz, invariant),
# binding freshness, go vet, every Go test, and each fuzz target briefly.
test: tools fmt-check lint-sol test-sol bindings-check test-go fuzz

# Start Anvil on 127.0.0.1:8545 (1 s blocks), deploy, run the three agents
# as processes, establish a Method 1 and two Method 2 sessions, print their
# on-chain timelines, run one encrypted inference in each and close it, stop
# everything; exit 0 only if all are Established with a valid inference.
# DEMO_FLAGS=-keep leaves Anvil running afterwards for cast.
demo: tools
	$(GO) run ./cmd/demo $(DEMO_FLAGS)

# Measure both methods side by side on an Anvil chain of its own (gas,
# latency, agent CPU and memory, scale, micro-benchmarks, integration
# code) and regenerate BENCHMARKS.md and docs/bench/*.png from that run.
# BENCH_FLAGS=-full runs the larger counts.
bench: tools
	$(GO) run ./cmd/bench $(BENCH_FLAGS)

clean:
	rm -rf out cache
