#!/usr/bin/env bash
# Builds the size and speed reference, the smallest Yew widget
# (bench/yew-floor), with the widget's toolchain, profile, wasm-bindgen and
# wasm-opt flags (the Makefile's pinned nightly, std rebuilt with panics as
# traps), into target/yew-floor/pkg. Used by size.sh and phone.mjs.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
floor=target/yew-floor
nightly=$(sed -n 's/^NIGHTLY := //p' Makefile)
RUSTFLAGS='-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none' cargo "+$nightly" build --quiet --locked --release \
  --target wasm32-unknown-unknown -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size \
  --manifest-path bench/yew-floor/Cargo.toml --target-dir "$floor"
wasm-bindgen --target web --no-typescript --out-dir "$floor/pkg" "$floor/wasm32-unknown-unknown/release/yew_floor.wasm"
wasm-opt $flags "$floor/pkg/yew_floor_bg.wasm" -o "$floor/pkg/yew_floor_bg.wasm"
# Its glue minified as the widget's is (tools/minify.mjs).
node tools/minify.mjs "$floor/pkg/yew_floor.js" "$floor/pkg/yew_floor.js" >/dev/null
