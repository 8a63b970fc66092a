# CP Funding Estimator. Two commands matter:
#   make serve   build everything and serve the demo on 127.0.0.1
#   make test    every check and test
# Both start from a fresh clone and install what they need (idempotent).

SHELL := /bin/bash
CARGO ?= cargo
export CARGO_TERM_COLOR ?= never
# The shared reference folder (acceptance cases), beside the project's root.
export CP_SHARED_DIR ?= $(abspath ../shared)

.PHONY: a11y-trees setup setup-native setup-web setup-nightly setup-fuzz build-web dist serve test test-native test-web fuzz lint bench bench-size bench-browser bench-phone bench-layout bench-engine bench-batch rules rules-docs mutants clean

PORT ?= 8080
# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
WASM_PACK_VERSION := 0.15.1
CARGO_FUZZ_VERSION := 0.13.2
# Each fuzz target runs this long in `make test` (set FUZZ_SECONDS=600 for a long run).
FUZZ_SECONDS ?= 20
FUZZ_TARGETS := money case_json share_link csv_row csv_decode
# The release wasm is built with this pinned nightly, which rebuilds std so
# that a panic is a trap (-Cpanic=immediate-abort), without source locations
# (-Zlocation-detail=none) and std's smaller variants (optimize_for_size):
# no panic formatting code or messages in the download (BENCHMARKS.md). The loader shows each widget's crash message on
# a trap. Fuzzing uses the same nightly.
NIGHTLY := nightly-2026-05-20
# Legacy symbol names (path first, hash last): wasm-opt's
# --reorder-functions-by-name then keeps a module's functions together, which
# brotli compresses better than the v0 names' order (crate hash first):
# -212 B (BENCHMARKS.md, issue 32).
WASM_RELEASE := CARGO_TARGET_DIR=target/wasm-release RUSTUP_TOOLCHAIN=$(NIGHTLY) \
  RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Csymbol-mangling-version=legacy' \
  wasm-pack build --target web --release --mode no-install --no-typescript --no-pack
WASM_STD := -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
# npm's binaryen (wasm-opt) first: Debian's is too old for current Rust output.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

## setup: everything the build and tests need
setup: setup-native setup-web

setup-native:
	@command -v $(CARGO) >/dev/null || { echo "cargo not found: install Rust (rustup) first"; exit 1; }
	@rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
	@rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy

setup-web: setup-native setup-nightly node_modules/.installed
	@rustup target list --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown
	@wasm-pack --version 2>/dev/null | grep -q '$(WASM_PACK_VERSION)' || cargo install wasm-pack --version $(WASM_PACK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -q '$(WASM_BINDGEN_VERSION)' || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --locked || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@# The three engines the browser tests run in (Debian's builds): Chromium,
	@# Firefox ESR, WebKitGTK's MiniBrowser over WebKitWebDriver under Xvfb;
	@# CJK fonts so that Chinese renders in the screenshots; poppler-utils reads
	@# the printed PDFs back as text (what is on paper).
	@# Orca, a real screen reader, reads an enquiry in Firefox ESR
	@# (tools/orca/, tests/e2e/orca.test.mjs): AT-SPI, speech-dispatcher, xdotool.
	@test -x /usr/bin/chromium && test -x /usr/bin/firefox-esr && test -x /usr/bin/WebKitWebDriver && test -x /usr/bin/Xvfb \
	  && test -d /usr/share/fonts/truetype/wqy && test -x /usr/bin/pdftotext \
	  && test -x /usr/bin/orca && test -x /usr/bin/xdotool && test -x /usr/bin/speech-dispatcher && test -x /usr/bin/bc && /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
	  || { apt-get update && apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-wqy-microhei poppler-utils \
	    orca python3-pyatspi at-spi2-core speech-dispatcher xdotool gir1.2-atspi-2.0 bc; }

setup-nightly:
	@rustup toolchain list | grep -q '^$(NIGHTLY)' || rustup toolchain install $(NIGHTLY) --profile minimal
	@rustup component list --toolchain $(NIGHTLY) --installed | grep -q '^rust-src' || rustup component add rust-src --toolchain $(NIGHTLY)
	@rustup target list --toolchain $(NIGHTLY) --installed | grep -q '^wasm32-unknown-unknown$$' || rustup target add wasm32-unknown-unknown --toolchain $(NIGHTLY)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

## build-web: the release wasm and its JS glue, into www/pkg (their import
## names shortened: tools/short-imports.mjs), the loader
## (minified, with the glue) and the languages' texts, and the demo
## pages (pages/*.html with the widget pre-rendered) into www/
build-web: setup-web
	$(WASM_RELEASE) --out-dir www/pkg --out-name cp_estimator -- --no-default-features --features web $(WASM_STD)
	node tools/short-imports.mjs www/pkg/cp_estimator_bg.wasm www/pkg/cp_estimator.js
	$(CARGO) run --locked --quiet -p cpfund --bin cpfund -- site --templates pages --out www
	node tools/minify.mjs assets/cp-funding-estimator.js www/cp-funding-estimator.js assets/cp-funding-estimator-staff.js www/cp-funding-estimator-staff.js \
	  assets/cp-funding-estimator.css www/cp-funding-estimator.css www/pkg/cp_estimator.js www/pkg/cp_estimator.js
	node tools/precompress.mjs www

## test: formatting, lints and every test (native, then in the browsers:
## tests/e2e/engines.test.mjs in Chromium, Firefox ESR and WebKitGTK, the
## other browser tests in Chromium)
test: setup lint test-native fuzz test-web

## The release build with the panic-test feature, for the crash message test
target/panic-test-pkg/cp_estimator_bg.wasm: $(shell find src crates -name '*.rs' -o -name '*.ftl') Cargo.toml Cargo.lock | setup-web
	$(WASM_RELEASE) --out-dir target/panic-test-pkg --out-name cp_estimator -- --no-default-features --features panic-test $(WASM_STD)
	node tools/short-imports.mjs target/panic-test-pkg/cp_estimator_bg.wasm target/panic-test-pkg/cp_estimator.js

## dist: the versioned release bundle (dist/cp-funding-estimator-VERSION/:
## content-hashed files, README.txt with the SRI snippet and the CSP,
## LICENSE, package.json), its .tar.gz and the npm tarball
dist: build-web
	node tools/dist.mjs

# CI=true: a browser engine that is missing fails the run (engines.test.mjs).
test-web: export CI ?= true
test-web: build-web dist target/panic-test-pkg/cp_estimator_bg.wasm
	$(CARGO) build --locked --quiet -p cp-serve -p cpfund
	cargo clippy --lib --tests --locked --target wasm32-unknown-unknown --no-default-features --features web -- -D warnings
	wasm-pack test --headless --chrome --mode no-install -- --no-default-features --features web --test web --test text_meaning
	node --test tests/e2e/

## fuzz: a bounded run of every fuzz target (cargo-fuzz, nightly), from the
## committed corpora; new finds go to target/fuzz-corpus, crashes to fuzz/artifacts
setup-fuzz: setup-native setup-nightly
	@cargo fuzz --version 2>/dev/null | grep -q '$(CARGO_FUZZ_VERSION)' || cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked

fuzz: setup-fuzz
	cargo +$(NIGHTLY) fuzz build -O
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p target/fuzz-corpus/$$t; \
	  cargo +$(NIGHTLY) fuzz run -O $$t target/fuzz-corpus/$$t fuzz/corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    > target/fuzz-$$t.log 2>&1 || { tail -40 target/fuzz-$$t.log; echo "fuzz target $$t failed: see fuzz/artifacts/$$t"; exit 1; }; \
	  echo "fuzz $$t: $$(grep -o 'stat::number_of_executed_units: *[0-9]*' target/fuzz-$$t.log | grep -o '[0-9]*$$') executions in $(FUZZ_SECONDS) s, no failure"; \
	done

lint: setup-native
	$(CARGO) fmt --all -- --check
	$(CARGO) fmt --manifest-path fuzz/Cargo.toml -- --check
	$(CARGO) fmt --manifest-path bench/engine/Cargo.toml -- --check
	$(CARGO) fmt --manifest-path bench/yew-floor/Cargo.toml -- --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

test-native: setup-native
	@test -f "$(CP_SHARED_DIR)/acceptance/cases.json" || { echo "acceptance cases not found at $(CP_SHARED_DIR); set CP_SHARED_DIR"; exit 1; }
	$(CARGO) test --workspace --locked
	@# The 200 MB batch run: too heavy for a plain `cargo test` (ignored
	@# there), run here optimised (profile release-test: no LTO).
	$(CARGO) test --locked --profile release-test -p cpfund --test cli -- --ignored
	@# The rehearsal of a new phase (issue 31): cpfund built again over a
	@# copy of rules/ with the next phase added (its own target folder).
	$(CARGO) test --locked -p cpfund --test rehearsal -- --ignored

## serve: build the widget and serve the demo pages on 127.0.0.1 the way a
## CDN would (cp-serve: brotli/gzip, caching headers, the CSP)
serve: build-web
	$(CARGO) build --locked --quiet -p cp-serve
	@echo "Serving the demo on http://127.0.0.1:$(PORT)/  (index.html, zh-hant.html, zh-hans.html, staff.html, hostile.html)"
	target/debug/cp-serve www --port $(PORT) --bind 127.0.0.1

## a11y-trees: tests/a11y/*.txt, the widget's accessibility trees as a
## screen reader gets them (Chromium) and what Orca says in Firefox ESR,
## written again from the built pages
## (a test fails when they differ: review the diff, then commit)
a11y-trees: build-web
	$(CARGO) build --locked --quiet -p cp-serve
	CPFE_WRITE_A11Y_TREES=1 node --test tests/e2e/a11y.test.mjs tests/e2e/orca.test.mjs

rules:
	$(CARGO) run --locked --quiet -p cpfund --bin cpfund -- rules

## rules-docs: docs/rules.<lang>.md from the rule data (a test fails when
## the committed pages differ from what the data generates)
RULES_LANGS := en zh-Hant zh-Hans
rules-docs:
	@mkdir -p docs
	@for l in $(RULES_LANGS); do \
	  $(CARGO) run --locked --quiet -p cpfund --bin cpfund -- rules --format markdown --lang $$l > docs/rules.$$l.md || exit 1; \
	  echo "wrote docs/rules.$$l.md"; \
	done

## bench: every measured figure for BENCHMARKS.md (BENCH_RUNS=20 page loads)
BENCH_RUNS ?= 20
PHONE_RUNS ?= 10
bench: bench-size bench-browser bench-phone bench-layout bench-engine bench-batch

bench-size: build-web
	@command -v twiggy >/dev/null || cargo install twiggy --version 0.8.0 --locked
	@command -v brotli >/dev/null || { apt-get update && apt-get install -y brotli; }
	bench/size.sh

bench-phone: build-web
	$(CARGO) build --locked --quiet -p cp-serve
	bench/floor.sh
	node bench/phone.mjs $(PHONE_RUNS)

## bench-layout: the pre-rendered widget's style and layout in Chromium;
## LAYOUT_AB="DIR ..." puts other builds' www/ beside this one, A/B
bench-layout: build-web
	$(CARGO) build --locked --quiet -p cp-serve
	node bench/layout.mjs www $(LAYOUT_AB)

bench-browser: build-web
	$(CARGO) build --locked --quiet -p cp-serve
	node bench/browser.mjs $(BENCH_RUNS)

bench-engine: setup-native
	$(CARGO) bench --manifest-path bench/engine/Cargo.toml --bench engine

bench-batch: setup-native
	$(CARGO) build --locked --profile cli -p cpfund --bin cpfund
	bench/batch.sh target/cli/cpfund

## mutants: cargo-mutants on the engine, money, dates, case input, the
## widget's state, screen, fields and share link, and the texts' catalogue
## and verdicts (not part of `make test`: it takes
## hours on two cores). It runs in a throwaway clone of HEAD (--in-place),
## so the work tree is never mutated; results in target/mutants/mutants.out.
## Every mutant runs the whole workspace's tests (`-- --workspace`: with
## 27.1.0, --test-workspace and --test-package did not widen them here).
CARGO_MUTANTS_VERSION := 27.1.0
MUTANTS_FILES ?= crates/engine/src/rules/engine.rs crates/engine/src/rules/conditions.rs crates/engine/src/rules/questions.rs crates/engine/src/rules/input.rs crates/engine/src/rules/case.rs crates/engine/src/money/mod.rs crates/engine/src/money/decimal.rs crates/engine/src/money/typed.rs crates/engine/src/date.rs src/widget/state.rs src/widget/screen.rs src/widget/share.rs src/widget/fields.rs crates/texts/src/catalogue.rs crates/texts/src/texts/verdicts.rs
mutants: setup-native
	@cargo mutants --version 2>/dev/null | grep -q '$(CARGO_MUTANTS_VERSION)' || cargo install cargo-mutants --version $(CARGO_MUTANTS_VERSION) --locked
	rm -rf target/mutants && git clone --quiet . target/mutants
	@# A missed mutant fails the run (cargo-mutants' exit code), after the counts.
	cd target/mutants && cargo mutants --in-place --workspace $(addprefix -f ,$(MUTANTS_FILES)) --timeout 300 -- --workspace; rc=$$?; \
	  echo "caught: $$(wc -l < mutants.out/caught.txt), missed: $$(wc -l < mutants.out/missed.txt), timeouts: $$(wc -l < mutants.out/timeout.txt), unviable: $$(wc -l < mutants.out/unviable.txt)"; \
	  exit $$rc

clean:
	$(CARGO) clean
