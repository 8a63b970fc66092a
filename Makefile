# CP Funding Estimator. Two commands matter:
#   make serve   build everything and serve the demo on 127.0.0.1
#   make test    every check and test
# Both start from a fresh clone and install what they need (idempotent).

SHELL := /bin/bash
CARGO ?= cargo
export CARGO_TERM_COLOR ?= never
# The shared reference folder (acceptance cases), beside the project's root.
export CP_SHARED_DIR ?= $(abspath ../shared)

.PHONY: setup setup-native serve test test-native lint bench bench-batch rules clean

## setup: everything the build and tests need
setup: setup-native

setup-native:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust (rustup) first"; exit 1; }
	@rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

## test: formatting, lints and every test
test: setup lint test-native

lint: setup-native
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --all-targets --locked -- -D warnings

test-native: setup-native
	@test -f "$(CP_SHARED_DIR)/acceptance/cases.json" || { echo "acceptance cases not found at $(CP_SHARED_DIR); set CP_SHARED_DIR"; exit 1; }
	$(CARGO) test --locked

## serve: until the widget lands, print the rule sets
serve: setup-native
	$(CARGO) run --locked --quiet --bin cpfund -- rules

rules:
	$(CARGO) run --locked --quiet --bin cpfund -- rules

## bench: measured figures for BENCHMARKS.md
bench: bench-batch

bench-batch: setup-native
	$(CARGO) build --locked --profile cli --bin cpfund
	bench/batch.sh target/cli/cpfund

clean:
	$(CARGO) clean
